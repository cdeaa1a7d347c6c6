using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>One set of rules, two hosts: the analyzer reports exactly what the generator reports.</summary>
public class AnalyzerTests
{
    private static async Task<IReadOnlyList<Diagnostic>> Analyze(IEnumerable<(string Path, string Yaml)> files, bool live = true)
    {
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }")], Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var texts = files.Select(f => (AdditionalText)new InMemoryText(TestCorpus.Root + f.Path, f.Yaml)).ToImmutableArray();
        var global = live
            ? ImmutableDictionary<string, string>.Empty.Add("build_property.StatementGenLiveDiagnostics", "true")
            : ImmutableDictionary<string, string>.Empty;
        var options = new AnalyzerOptions(texts, new TestOptionsProvider(global));
        var withAnalyzers = compilation.WithAnalyzers([new CorpusAnalyzer()], options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return diagnostics;
    }

    private static string[] Describe(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Select(d => d.ToString())
        .Order(StringComparer.Ordinal)
        .ToArray();

    [Theory]
    [MemberData(nameof(DiagnosticsTests.Cases), MemberType = typeof(DiagnosticsTests))]
    public async Task The_analyzer_reports_what_the_generator_reports(DiagnosticCase @case)
    {
        var fromGenerator = TestCorpus.Run(@case.Corpus).Diagnostics;
        var fromAnalyzer = await Analyze(@case.Corpus);
        Assert.NotEmpty(fromAnalyzer);
        Assert.Equal(Describe(fromGenerator), Describe(fromAnalyzer));
    }

    [Fact]
    public async Task The_analyzer_agrees_on_the_real_corpus()
    {
        var corpus = TestCorpus.RealCorpus();
        Assert.Equal(Describe(TestCorpus.Run(corpus).Diagnostics), Describe(await Analyze(corpus)));
    }

    [Fact]
    public async Task The_analyzer_is_silent_outside_live_analysis_so_builds_do_not_report_twice()
    {
        var @case = DiagnosticCases.All.First(c => c.Id == "STMT0011");
        Assert.Empty(await Analyze(@case.Corpus, live: false));
    }

    [Fact]
    public async Task A_file_over_its_problem_limit_gets_one_count_with_its_cross_file_problems_included()
    {
        // 150 bad places (checked across files) and 150 bad relations (checked in the file): one STMT0083 counts both.
        var places = string.Concat(Enumerable.Range(0, 150).Select(i => $"{{ref: place:nowhere-{i}, role: location}}, "));
        var relations = string.Concat(Enumerable.Range(0, 150).Select(i => $"  - {{type: refers_to, from: missing-{i}, to: event:2024-summit, basis: curator_inference}}\n"));
        var yaml = Fixtures.StatementEarly
            .Replace("where: [{ref: place:example-city, role: location}]", "where: [" + places + "{ref: place:example-city, role: location}]")
            .Replace("curation: {status: reviewed", "relations:\n" + relations + "curation: {status: reviewed");
        var corpus = Fixtures.With("statements/2024/2024-05-01-ada-crowd-2000.yaml", yaml);
        var fromGenerator = TestCorpus.Run(corpus).Diagnostics;
        var fromAnalyzer = await Analyze(corpus);
        Assert.Contains("200 more problems in this file", Assert.Single(fromGenerator, d => d.Id == "STMT0083").GetMessage());
        Assert.Equal(Describe(fromGenerator), Describe(fromAnalyzer));
    }
}
