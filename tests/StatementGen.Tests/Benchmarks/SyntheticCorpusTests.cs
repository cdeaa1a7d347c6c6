using Microsoft.CodeAnalysis;
using StatementGen.Benchmarks;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Benchmarks;

/// <summary>
/// The benchmarks measure what they claim to: the synthetic corpus is valid, the same every time,
/// and the run-time baselines read the same statements the generated corpus holds.
/// </summary>
public class SyntheticCorpusTests
{
    private const int Size = 400;

    [Fact]
    public void The_synthetic_corpus_is_the_same_every_time()
    {
        Assert.Equal(SyntheticCorpus.Build(Size), SyntheticCorpus.Build(Size));
        Assert.NotEqual(SyntheticCorpus.Build(Size), SyntheticCorpus.Build(Size, seed: 1));
    }

    [Fact]
    public void The_synthetic_corpus_generates_without_errors_and_compiles()
    {
        var files = SyntheticCorpus.Build(Size);
        Assert.Equal(Size, files.Count(f => f.Path.StartsWith("statements/", StringComparison.Ordinal)));
        var run = TestCorpus.Run(files, Hooks.Source);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        // Only advice: every synthetic statement is a draft, and no person has a Wikidata id.
        Assert.All(run.Diagnostics, d => Assert.Contains(d.Id, new[] { "STMT0070", "STMT0071" }));
        Assert.Empty(run.CompileProblems);
    }

    [Fact]
    public void The_baselines_read_the_statements_the_generated_corpus_holds()
    {
        var folder = Path.Combine(Path.GetTempPath(), "statementgen-synthetic-" + Guid.NewGuid().ToString("N"));
        try
        {
            SyntheticCorpus.Write(Size, folder);
            var yaml = Baseline.LoadYaml(folder);
            var json = Path.Combine(folder, "statements.json");
            Baseline.WriteJson(yaml, json);
            var fromJson = Baseline.LoadJson(json);
            Assert.Equal(Size, yaml.Count);
            Assert.Equal(yaml.Select(s => (s.Id, s.Speaker.Ref, s.Claims.Count, s.Claims[0].Text)), fromJson.Select(s => (s.Id, s.Speaker.Ref, s.Claims.Count, s.Claims[0].Text)));

            var run = TestCorpus.Run(SyntheticCorpus.Build(Size), Hooks.Source);
            run.Load(assembly =>
            {
                var hooks = assembly.GetType("BenchmarkHooks")!;
                var find = hooks.GetMethod("FindById")!.CreateDelegate<Func<string, object?>>();
                var bySpeaker = hooks.GetMethod("BySpeaker")!.CreateDelegate<Func<string, int>>();
                var between = hooks.GetMethod("Between")!.CreateDelegate<Func<DateOnly, DateOnly, int>>();
                foreach (var statement in yaml.Take(50))
                {
                    Assert.NotNull(find(statement.Id));
                    Assert.Equal(yaml.Count(s => s.Speaker.Ref == statement.Speaker.Ref), bySpeaker(statement.Speaker.Ref));
                }
                Assert.Null(find("stmt:not-in-the-corpus"));
                var from = new DateOnly(2021, 1, 1);
                var to = new DateOnly(2021, 12, 31);
                Assert.Equal(yaml.Count(s => DateOnly.Parse(s.Said.Edtf, System.Globalization.CultureInfo.InvariantCulture) is var d && d >= from && d <= to), between(from, to));
                return 0;
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
