using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace StatementGen.Benchmarks;

/// <summary>An AdditionalText held in memory.</summary>
public sealed class MemoryText(string path, SourceText text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

/// <summary>Runs the generator the way the compiler does, over a corpus held in memory.</summary>
public sealed class GeneratorHarness
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    public GeneratorHarness(IReadOnlyList<(string Path, string Yaml)> corpus)
    {
        Texts = corpus.Select(f => (AdditionalText)new MemoryText("/corpus/" + f.Path, SourceText.From(f.Yaml))).ToImmutableArray();
        Compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("public static class App { }", Parse)], Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    public ImmutableArray<AdditionalText> Texts { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary>A driver that has not run yet.</summary>
    public GeneratorDriver NewDriver(bool track = false) => CSharpGeneratorDriver.Create(
        [new CorpusGenerator().AsSourceGenerator()], Texts, Parse, Options(),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>
    /// The build properties the generator reads: <c>StatementGenMaxNamedMembers</c> from the environment
    /// variable <c>STATEMENTGEN_BENCH_MAX_NAMED_MEMBERS</c> when set (0 takes the named members out of
    /// the compile figures), else none, so the generator's defaults apply.
    /// </summary>
    private static BuildProperties? Options() =>
        Environment.GetEnvironmentVariable("STATEMENTGEN_BENCH_MAX_NAMED_MEMBERS") is { Length: > 0 } max
            ? new BuildProperties(new Dictionary<string, string>(StringComparer.Ordinal) { ["build_property.StatementGenMaxNamedMembers"] = max })
            : null;

    /// <summary>The generator's first run: every file parsed, validated and emitted.</summary>
    public GeneratorDriver RunCold() => NewDriver().RunGenerators(Compilation);

    /// <summary>
    /// Runs again after an edit of one statement's value: <paramref name="version"/> picks one of two
    /// texts, so successive runs always see a change.
    /// </summary>
    public GeneratorDriver RunAfterYamlEdit(GeneratorDriver driver, int version)
    {
        var original = Texts.First(t => t.Path.Contains("/statements/", StringComparison.Ordinal));
        var text = original.GetText()!.ToString();
        // A claim's text is the curator's own words, so the edit is valid with or without archived texts.
        var edited = version % 2 == 0 ? text : text.Replace("    text: About ", "    text: Roughly ", StringComparison.Ordinal);
        var replacement = new MemoryText(original.Path, SourceText.From(edited));
        driver = driver.ReplaceAdditionalText(edits.TryGetValue(driver, out var current) ? current : original, replacement).RunGenerators(Compilation);
        edits.AddOrUpdate(driver, replacement);
        return driver;
    }

    // The text each driver holds in place of the edited file, so the next edit replaces the right one.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<GeneratorDriver, AdditionalText> edits = new();

    /// <summary>Runs again after a C# edit: one more syntax tree (alternating, so each run is a change).</summary>
    public GeneratorDriver RunAfterCSharpEdit(GeneratorDriver driver, int version)
        => driver.RunGenerators(Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class Edit" + (version % 2) + " { }", Parse)));

    /// <summary>The floor: YamlDotNet's parser events over every file, building nothing.</summary>
    public int ParserEventsPass()
    {
        var events = 0;
        foreach (var text in Texts)
        {
            var parser = new Parser(new StringReader(text.GetText()!.ToString()));
            while (parser.MoveNext()) events++;
        }
        return events;
    }
}

/// <summary>Build properties given to the generator as the compiler gives them, from an editorconfig-like global section.</summary>
public sealed class BuildProperties(IReadOnlyDictionary<string, string> values) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
{
    private readonly Options global = new(values);

    public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions => global;

    public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
