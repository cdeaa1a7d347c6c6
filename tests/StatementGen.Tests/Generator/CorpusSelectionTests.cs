using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>
/// Which AdditionalFiles are corpus files, as the package's props and targets present them to the
/// generator: every file carries the <c>StatementGenCorpus</c> key (empty unless the targets set it),
/// and a generator that finds nothing says where it looked.
/// </summary>
public class CorpusSelectionTests
{
    private const string OpenApi = "openapi: 3.1.0\ninfo: {title: Not a corpus file, version: '1'}\n";

    /// <summary>Runs the generator with per-file metadata values (null: the key is absent).</summary>
    private static (ImmutableArray<Diagnostic> Diagnostics, Compilation Output) Run(IEnumerable<(string Path, string Text, string? Mark)> files, string? root = null, bool enabled = true)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create("Consumer", [], Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var texts = files.Select(f => (AdditionalText)new InMemoryText(TestCorpus.Root + f.Path, f.Text)).ToImmutableArray();
        var marks = files.ToDictionary(f => TestCorpus.Root + f.Path, f => f.Mark);
        var global = new Dictionary<string, string> { ["build_property.StatementGenEnabled"] = enabled ? "true" : "false" };
        if (root is not null) global["build_property._StatementGenCorpusRoot"] = root;
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new CorpusGenerator().AsSourceGenerator()], texts, parse, new MarkedOptions(global, marks));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.All(driver.GetRunResult().Results, r => Assert.Null(r.Exception));
        return (diagnostics, output);
    }

    private static bool HasPerson(Compilation output) => output.GetTypeByMetadataName("StatementGen.Generated.People+Named")?.GetMembers("AdaExample").Length == 1;

    [Fact]
    public void Files_added_by_hand_are_the_corpus_when_none_is_marked()
    {
        // With the props imported, a hand-added AdditionalFile carries the key with an empty value.
        var (diagnostics, output) = Run(Fixtures.All.Select(f => (f.Path, f.Yaml, (string?)"")));
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Id == "STMT0095");
        Assert.True(HasPerson(output));
    }

    [Fact]
    public void Where_files_are_marked_other_yaml_is_left_alone()
    {
        var files = Fixtures.All.Select(f => (f.Path, f.Yaml, (string?)"true")).Append(("api/openapi.yaml", OpenApi, ""));
        var (diagnostics, output) = Run(files);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(HasPerson(output));
    }

    [Fact]
    public void Where_files_are_marked_an_unmarked_text_is_left_alone()
    {
        // A second text for the fixture's source, in another sources folder: picked, it would be the second text of one source.
        (string Path, string Text, string? Mark) second = ("elsewhere/sources/example-daily-2024-05-02.txt", "Another text altogether.\n", "");
        var marked = Fixtures.WithArchivedText().Select(f => (Path: f.Path, Text: f.Yaml, Mark: (string?)"true")).Append(second).ToArray();
        var (diagnostics, output) = Run(marked);
        Assert.Empty(diagnostics);
        Assert.True(HasPerson(output));

        // Where nothing is marked, the same text is picked, and reported.
        var (unmarked, _) = Run(marked.Select(f => (f.Path, f.Text, (string?)"")));
        Assert.Contains(unmarked, d => d.Id == "STMT0042");
    }

    [Fact]
    public void A_file_marked_false_is_not_a_corpus_file()
    {
        var files = Fixtures.All.Select(f => (f.Path, f.Yaml, (string?)null)).Append(("api/openapi.yaml", OpenApi, "false"));
        var (diagnostics, output) = Run(files);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(HasPerson(output));
    }

    [Fact]
    public void No_corpus_file_is_a_warning_that_says_where_the_targets_looked()
    {
        var (diagnostics, _) = Run([("api/openapi.yaml", OpenApi, "false")], root: "/src/app/curpus/");
        var warning = Assert.Single(diagnostics, d => d.Id == "STMT0095");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("(looked in '/src/app/curpus/')", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        var (none, _) = Run([], root: "/src/app/curpus/");
        Assert.Single(none, d => d.Id == "STMT0095");
    }

    [Fact]
    public void A_generator_turned_off_says_nothing()
    {
        var (diagnostics, _) = Run([], root: "/src/app/corpus/", enabled: false);
        Assert.Empty(diagnostics);
    }

    private sealed class MarkedOptions(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, string?> marks) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Options(marks.TryGetValue(textFile.Path, out var mark) && mark is not null
                ? new Dictionary<string, string> { ["build_metadata.AdditionalFiles.StatementGenCorpus"] = mark }
                : new Dictionary<string, string>());

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
