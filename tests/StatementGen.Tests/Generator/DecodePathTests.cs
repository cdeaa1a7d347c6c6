using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>
/// The first query decodes a record without touching culture, ICU or <c>System.Text.Encoding</c>
/// (whose first use costs milliseconds) and without calling an <c>init</c> accessor per property,
/// yet every value reads back exactly: decimals to the last digit and scale, strings to every scalar value.
/// </summary>
public class DecodePathTests
{
    private const string EarlyPath = "statements/2024/2024-05-01-ada-crowd-2000.yaml";
    private const string EarlyId = "stmt:2024-05-01-ada-crowd-2000";

    /// <summary>A probe in the consumer's assembly that hands bytes to the reader's string decoding.</summary>
    private const string TextProbe = """
        namespace StatementGen.Generated
        {
            public static class Probe
            {
                public static string Text(byte[] bytes) => CorpusReader.Text(bytes);
            }
        }
        """;

    [Fact]
    public void Neither_the_reader_nor_the_decoders_use_culture_or_encoding()
    {
        var run = TestCorpus.Run(Fixtures.All);
        Assert.Empty(run.CompileProblems);
        foreach (var hint in new[] { "StatementGen.Data.g.cs", "StatementGen.Decoders.g.cs" })
        {
            var source = run.Source(hint);
            foreach (var banned in new[] { "Text.Encoding.", "Encoding.UTF8", "GetString(", "Globalization", "CultureInfo", "decimal.Parse", ".Parse(" })
            {
                Assert.False(source.Contains(banned, StringComparison.Ordinal), hint + " uses " + banned);
            }
        }
    }

    [Fact]
    public void Every_scalar_value_reads_back_from_its_utf8_bytes()
    {
        var run = TestCorpus.Run(Fixtures.All, TextProbe);
        Assert.Empty(run.CompileProblems);
        var checkedUnits = run.Load(assembly =>
        {
            var text = assembly.GetType("StatementGen.Generated.Probe")!.GetMethod("Text")!;
            var units = 0;
            // Chunks of two sizes: short strings are built on the stack, long ones on the heap.
            foreach (var chunk in new[] { 97, 1021 })
            {
                var builder = new StringBuilder();
                for (var scalar = 0; scalar <= 0x10FFFF; scalar++)
                {
                    if (scalar is >= 0xD800 and <= 0xDFFF) continue;
                    builder.Append(char.ConvertFromUtf32(scalar));
                    if (builder.Length < chunk && scalar < 0x10FFFF) continue;
                    var expected = builder.ToString();
                    var actual = (string)text.Invoke(null, [Encoding.UTF8.GetBytes(expected)])!;
                    if (actual != expected) Assert.Fail("the bytes of U+" + char.ConvertToUtf32(expected, 0).ToString("X4") + "… read back as another string");
                    units += expected.Length;
                    builder.Clear();
                }
            }
            Assert.Equal(string.Empty, (string)text.Invoke(null, [Array.Empty<byte>()])!);
            return units;
        });
        // Every scalar value, twice: 0x10000 - 0x800 one-unit values and 0x100000 pairs.
        Assert.Equal(2 * ((0x10000 - 0x800) + (2 * 0x100000)), checkedUnits);
    }

    public static TheoryData<string> Names() => new()
    {
        "Ada Example",
        "Zoë Ünal-Ørsted",
        "“Quoted” €100 — 漢字 and 한국어",
        "𝒜da 😀 Example 🇺🇦",
        string.Concat(Enumerable.Repeat("Ada é € 😀 ", 40)),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_string_of_any_script_reads_back_through_the_corpus(string name)
    {
        var yaml = Fixtures.Person.Replace("aliases: [A. Example]", "aliases: [A. Example, \"" + name + "\"]");
        var run = TestCorpus.Run(Fixtures.With("people/ada-example.yaml", yaml));
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var aliases = run.Load(assembly =>
        {
            var person = assembly.GetType("StatementGen.Generated.People")!.GetMethod("Find")!.Invoke(null, ["person:ada-example"])!;
            return ((IEnumerable<string>)person.GetType().GetProperty("Aliases")!.GetValue(person)!).ToArray();
        });
        Assert.Equal(new[] { "A. Example", name }, aliases);
    }

    /// <summary>The extremes of what <c>ExactNumber</c> keeps: all 96 bits, each sign, zero with a scale, the largest scale.</summary>
    public static readonly string[] Numbers =
    [
        "0", "0.00", "-0.0", "1", "-1", "2000", "0.5", "-0.5", "10000.0", "4294967295", "4294967296",
        "18446744073709551615", "18446744073709551616", "79228162514264337593543950335", "-79228162514264337593543950335",
        "0.0000000000000000000000000001", "-0.0000000000000000000000000001", "7.9228162514264337593543950335",
        "-7.9228162514264337593543950335", "1.000000000000000000000000000", "12345678901234567890.12345678",
    ];

    [Fact]
    public void Every_decimal_reads_back_with_its_digits_sign_and_scale()
    {
        var files = Fixtures.All.ToList();
        var expected = new Dictionary<string, decimal>();
        for (var i = 0; i < Numbers.Length; i++)
        {
            var id = "stmt:2024-05-01-ada-number-" + i;
            var yaml = Fixtures.StatementEarly.Replace(EarlyId, id).Replace("value: 2000", "value: " + Numbers[i]);
            files.Add((EarlyPath.Replace("ada-crowd-2000", "ada-number-" + i), yaml));
            var entity = CorpusGenerator.ReadAndCheck(TestCorpus.Root + files[^1].Item1, Microsoft.CodeAnalysis.Text.SourceText.From(yaml), CancellationToken.None);
            Assert.DoesNotContain(entity.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            var quantity = entity.Entity!.Root.GetList("claims").OfType<Model.ObjectValue>().Single().GetObject("quantity")!;
            expected.Add(id, ((Model.NumberValue)quantity.Get("value")!).Number);
        }

        var run = TestCorpus.Run(files);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var actual = run.Load(assembly =>
        {
            var find = assembly.GetType("StatementGen.Generated.Statements")!.GetMethod("Find")!;
            return expected.Keys.ToDictionary(id => id, id =>
            {
                var statement = find.Invoke(null, [id])!;
                var claim = ((System.Collections.IEnumerable)statement.GetType().GetProperty("Claims")!.GetValue(statement)!).Cast<object>().Single();
                var quantity = claim.GetType().GetProperty("Quantity")!.GetValue(claim)!;
                return (decimal)quantity.GetType().GetProperty("Value")!.GetValue(quantity)!;
            });
        });
        foreach (var (id, number) in expected)
        {
            Assert.True(decimal.GetBits(number).SequenceEqual(decimal.GetBits(actual[id])),
                id + ": " + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " read back as " + actual[id].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>An app whose first act is a <c>Find</c> of the id it is given, or nothing without one.</summary>
    private const string FirstFindApp = """
        public static class FirstFindApp
        {
            public static int Main(string[] args) => args.Length == 0 || StatementGen.Generated.Statements.Find(args[0]) is not null ? 0 : 1;
        }
        """;

    /// <summary>
    /// An app compiled ahead of time (ReadyToRun) still JIT-compiles a generic method of the runtime's
    /// library instantiated over the library's types alone unless the library's own image holds that
    /// instantiation; the first such method of a process also loads and starts the JIT, milliseconds
    /// in all. The corpus's own methods, and instantiations over its types, are what the app's image
    /// holds. So, run with the JIT (the runtime's library as it ships, ahead of time), a first
    /// <c>Find</c> compiles no method of the library beyond those an app that does nothing compiles
    /// (it compiled <c>MemoryMarshal.Cast&lt;char, ulong&gt;</c>, which the id hash then used).
    /// </summary>
    [Fact]
    public void A_first_find_JIT_compiles_no_method_of_the_runtime_library_that_its_image_lacks()
    {
        var run = TestCorpus.Run(Fixtures.All, FirstFindApp);
        Assert.Empty(run.CompileProblems);
        var folder = Path.Combine(Path.GetTempPath(), "statementgen-first-find-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var app = Path.Combine(folder, "FirstFind.dll");
            var emitted = run.Output.WithOptions(run.Output.Options.WithOutputKind(OutputKind.ConsoleApplication)).Emit(app);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            File.WriteAllText(Path.Combine(folder, "FirstFind.runtimeconfig.json"), """{"runtimeOptions":{"tfm":"net10.0","framework":{"name":"Microsoft.NETCore.App","version":"10.0.0"}}}""");

            var idle = JitCompiled(app, folder, "idle");
            var found = JitCompiled(app, folder, "find", EarlyId);
            Assert.Contains(found, m => m.StartsWith("StatementGen.Generated.CorpusHash:", StringComparison.Ordinal));
            // Nullable<T>'s members are marked non-versionable, so a ReadyToRun compiler inlines them into
            // the app's code whatever T is; the JIT's first tier calls them instead, hence they are left out.
            var library = found.Except(idle)
                .Where(m => m.StartsWith("System.", StringComparison.Ordinal) && !m.StartsWith("System.Nullable`1[", StringComparison.Ordinal) && !m.Contains("StatementGen.", StringComparison.Ordinal))
                .ToArray();
            Assert.True(library.Length == 0, "a first Find JIT-compiles " + string.Join(", ", library));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The methods the JIT compiled in one run of <paramref name="app"/> (as <c>DOTNET_JitDisasmSummary</c> lists them), by name and signature.</summary>
    private static HashSet<string> JitCompiled(string app, string folder, string name, params string[] arguments)
    {
        var list = Path.Combine(folder, name + ".jit.txt");
        var environment = new Dictionary<string, string> { ["DOTNET_JitStdOutFile"] = list, ["DOTNET_JitDisasmSummary"] = "1", ["DOTNET_ReadyToRun"] = "1" };
        var process = StatementGen.Benchmarks.ChildProcess.Run("dotnet", arguments.Prepend(app), TimeSpan.FromMinutes(2), environment);
        Assert.True(process.ExitCode == 0, name + ": " + process.Output + process.Errors);
        const string marker = "JIT compiled ";
        return File.ReadAllLines(list)
            .Select(line => line.IndexOf(marker, StringComparison.Ordinal) is var at and >= 0 ? line.Substring(at + marker.Length) : null)
            .OfType<string>()
            .Select(method => method.Substring(0, method.LastIndexOf(" [", StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
    }

    [Fact]
    public void The_decoders_build_every_record_with_its_constructor_and_set_no_property()
    {
        var run = TestCorpus.Run(Fixtures.All);
        Assert.Empty(run.CompileProblems);
        var tree = run.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith("StatementGen.Decoders.g.cs", StringComparison.Ordinal));
        var model = run.Output.GetSemanticModel(tree);
        var root = tree.GetRoot();
        Assert.DoesNotContain(root.DescendantNodes().OfType<InitializerExpressionSyntax>(), i => i.IsKind(SyntaxKind.ObjectInitializerExpression));
        var built = root.DescendantNodes().OfType<ObjectCreationExpressionSyntax>()
            .Select(creation => model.GetSymbolInfo(creation).Symbol as IMethodSymbol)
            .Where(constructor => constructor?.ContainingType.IsRecord == true && constructor.ContainingType.TypeKind == TypeKind.Class)
            .ToArray();
        Assert.NotEmpty(built);
        Assert.All(built, constructor =>
        {
            Assert.Equal(Accessibility.Internal, constructor!.DeclaredAccessibility);
            Assert.Contains(constructor.GetAttributes(), a => a.AttributeClass?.Name == "SetsRequiredMembersAttribute");
        });
    }

    /// <summary>What a consumer writes against the records: object initializers, <c>with</c>, value equality.</summary>
    private const string Consumer = """
        using StatementGen.Generated;

        public static class Use
        {
            public static Quantity Made() => new Quantity { Unit = "person", Qualifier = QuantityQualifier.AtLeast, Value = 2000m };

            public static bool Equal() => Made() == Made() with { } && Made() != Made() with { Unit = "soldier" } && Made().Disclosed && new Caveat { Type = "scope" }.AsStated is null;

            public static bool Decoded()
            {
                var claim = Statements.Find("stmt:2024-05-01-ada-crowd-2000")!.Claims[0];
                var copy = claim with { Note = claim.Note };
                return copy == claim && copy.GetHashCode() == claim.GetHashCode() && copy.Quantity == Made() with { AsStated = claim.Quantity!.AsStated }
                    && (claim with { Key = "other" }) != claim;
            }
        }
        """;

    [Fact]
    public void Records_keep_object_initializers_with_and_value_equality()
    {
        var run = TestCorpus.Run(Fixtures.All, Consumer);
        Assert.Empty(run.CompileProblems);
        var (made, decoded) = run.Load(assembly =>
        {
            var use = assembly.GetType("Use")!;
            return ((bool)use.GetMethod("Equal")!.Invoke(null, null)!, (bool)use.GetMethod("Decoded")!.Invoke(null, null)!);
        });
        Assert.True(made);
        Assert.True(decoded);
    }
}
