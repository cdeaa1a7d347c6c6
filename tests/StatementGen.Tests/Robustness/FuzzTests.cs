using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Parsing;
using StatementGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StatementGen.Tests.Robustness;

/// <summary>
/// Property-based fuzzing: random valid corpora from the schema catalogue must generate, compile and
/// round-trip; the same corpora mutated (keys deleted, duplicated or misspelt, types swapped, random
/// characters, truncation, invalid UTF-8, BOMs, tabs, long lines, deep nesting) must end in
/// diagnostics inside the corpus, never an exception, and whatever is emitted must compile.
/// Seeded and bounded for CI; set STATEMENTGEN_FUZZ_ITERATIONS for a longer run.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const ulong Seed = 20241028;

    private static int Iterations(int fast) =>
        int.TryParse(Environment.GetEnvironmentVariable("STATEMENTGEN_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : fast;

    /// <summary>Runs <paramref name="check"/> on values drawn from <paramref name="gen"/> with a fixed seed; a failure names the state that reproduces it.</summary>
    private void Run<T>(Gen<T> gen, int iterations, Action<T> check)
    {
        var pcg = new PCG(1, Seed);
        for (var i = 0; i < iterations; i++)
        {
            var state = pcg.ToString();
            var value = gen.Generate(pcg, null!, out _);
            try
            {
                check(value);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"iteration {i} (PCG {state}, value {value}) failed: {e.Message}", e);
            }
        }
        output.WriteLine($"{iterations} cases run (seed {Seed}).");
    }

    [Fact]
    public void Random_valid_corpora_generate_compile_and_round_trip()
    {
        var gen = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 6], (seed, statements) => (seed, statements));
        Run(gen, Iterations(8), c =>
        {
            var files = new RandomCorpus(c.seed).Build(c.statements);
            var run = TestCorpus.Run(files);
            Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Empty(run.CompileProblems);
            RoundTrip(run, files);
        });
    }

    public enum Mutation
    {
        DeleteKey,
        DuplicateKey,
        MisspellKey,
        SwapType,
        AddUnknownKey,
        RandomCharacters,
        Truncate,
        InvalidUtf8,
        ByteOrderMark,
        Tabs,
        LongLine,
        DeepNesting,
        CarriageReturns,
    }

    [Fact]
    public void Mutated_corpora_end_in_located_diagnostics_and_emit_only_compilable_code()
    {
        var gen = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Enum<Mutation>().Array[1, 3], Gen.Int[0, int.MaxValue], (seed, mutations, where) => (seed, mutations, where));
        var counts = new Dictionary<Mutation, int>();
        Run(gen, Iterations(60), c =>
        {
            var files = new RandomCorpus(c.seed).Build(2);
            var random = new Random(c.where);
            var target = random.Next(files.Length);
            var text = files[target].Yaml;
            foreach (var mutation in c.mutations)
            {
                text = Mutate(text, mutation, random);
                counts[mutation] = counts.GetValueOrDefault(mutation) + 1;
            }
            files[target] = (files[target].Path, text);

            var run = TestCorpus.Run(files);
            var paths = files.ToDictionary(f => TestCorpus.Root + f.Path, f => f.Yaml);
            foreach (var diagnostic in run.Diagnostics)
            {
                var path = diagnostic.Location.GetLineSpan().Path;
                Assert.True(paths.ContainsKey(path), $"{diagnostic} is not inside a corpus file");
                Assert.True(diagnostic.Location.SourceSpan.End <= paths[path].Length, $"{diagnostic} points past the end of its file");
            }

            if (run.Result.Results.Single().GeneratedSources.Length > 0)
            {
                Assert.Empty(run.CompileProblems);
            }
        });
        output.WriteLine("mutations applied: " + string.Join(", ", counts.OrderBy(p => p.Key).Select(p => p.Key + " " + p.Value)));
    }

    private static string Mutate(string text, Mutation mutation, Random random)
    {
        switch (mutation)
        {
            case Mutation.DeleteKey:
            case Mutation.DuplicateKey:
            case Mutation.MisspellKey:
            case Mutation.SwapType:
            case Mutation.AddUnknownKey:
                try
                {
                    return MutateTree(text, mutation, random);
                }
                catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
                {
                    return text; // an earlier mutation left text that is not JSON (or has duplicate keys)
                }
            case Mutation.RandomCharacters:
            {
                var at = random.Next(text.Length + 1);
                var noise = new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => (char)random.Next(0, 0x3000)).ToArray());
                return text.Insert(at, noise);
            }
            case Mutation.Truncate:
                return text.Substring(0, random.Next(text.Length + 1));
            case Mutation.InvalidUtf8:
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                if (bytes.Length > 0) bytes[random.Next(bytes.Length)] = (byte)(random.Next(2) == 0 ? 0xFF : 0xC3);
                return random.Next(2) == 0 ? new UTF8Encoding(false, false).GetString(bytes) : Encoding.Latin1.GetString(bytes);
            }
            case Mutation.ByteOrderMark:
                return random.Next(2) == 0 ? "\uFEFF" + text : text.Insert(random.Next(text.Length + 1), "\uFEFF");
            case Mutation.Tabs:
                return text.Replace("  ", "\t");
            case Mutation.LongLine:
                return text.Insert(Math.Max(0, text.LastIndexOf('}')), ", \"long\": \"" + new string('w', random.Next(1000, 90_000)) + "\"");
            case Mutation.DeepNesting:
            {
                var depth = random.Next(10, 200);
                return text.Insert(Math.Max(0, text.LastIndexOf('}')), ", \"deep\": " + new string('[', depth) + new string(']', depth));
            }
            default:
                return text.Replace("\n", "\r\n");
        }
    }

    /// <summary>Structural changes, made on the JSON tree the file was written from.</summary>
    private static string MutateTree(string text, Mutation mutation, Random random)
    {
        var root = JsonNode.Parse(text);

        var objects = new List<JsonObject>();
        void Collect(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                objects.Add(obj);
                foreach (var pair in obj.ToArray()) Collect(pair.Value);
            }
            else if (node is JsonArray array)
            {
                foreach (var item in array) Collect(item);
            }
        }
        Collect(root);
        var target = objects[random.Next(objects.Count)];
        var keys = target.Select(p => p.Key).ToArray();
        if (keys.Length == 0) return text;
        var key = keys[random.Next(keys.Length)];
        switch (mutation)
        {
            case Mutation.DeleteKey:
                target.Remove(key);
                return root!.ToJsonString();
            case Mutation.DuplicateKey:
            {
                var json = root!.ToJsonString();
                var value = target[key]?.ToJsonString() ?? "null";
                var at = json.IndexOf("\"" + key + "\":", StringComparison.Ordinal);
                return json.Insert(at, "\"" + key + "\":" + value + ",");
            }
            case Mutation.MisspellKey:
            {
                var value = target[key];
                target.Remove(key);
                target[key.Length > 1 ? key.Remove(random.Next(key.Length), 1) : key + key] = value;
                return root!.ToJsonString();
            }
            case Mutation.SwapType:
            {
                JsonNode?[] replacements = [12, true, null, "text", new JsonArray(), new JsonObject(), new JsonArray(1, new JsonArray(2)), 1.5, "person:nobody"];
                target[key] = replacements[random.Next(replacements.Length)];
                return root!.ToJsonString();
            }
            default:
                target["unknown_" + random.Next(100)] = "x";
                return root!.ToJsonString();
        }
    }

    /// <summary>Compiles the generated code, loads it, and compares every file's values with the loaded records.</summary>
    private static void RoundTrip(GeneratorRun run, (string Path, string Yaml)[] files)
    {
        using var stream = new MemoryStream();
        var emit = run.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("fuzz", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            var find = assembly.GetType("StatementGen.Generated.Corpus")!.GetMethod("Find", [typeof(string)])!;
            foreach (var (path, yaml) in files)
            {
                var model = CorpusGenerator.ReadAndCheck(TestCorpus.Root + path, SourceText.From(yaml), CancellationToken.None);
                var entity = model.Entity!;
                var compiled = find.Invoke(null, [entity.Id]);
                Assert.NotNull(compiled);
                ModelComparer.Compare(entity.Root, compiled, entity.Id);
            }
        }
        finally
        {
            context.Unload();
        }
    }
}
