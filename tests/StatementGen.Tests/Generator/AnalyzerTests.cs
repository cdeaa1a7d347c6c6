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
}
