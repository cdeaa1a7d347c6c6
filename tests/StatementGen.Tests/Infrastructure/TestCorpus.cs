using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace StatementGen.Tests.Infrastructure;

/// <summary>An AdditionalText held in memory.</summary>
public sealed class InMemoryText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}

/// <summary>The outcome of running the generator on an in-memory corpus.</summary>
public sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output)
{
    /// <summary>The generator's own diagnostics, ordered by file and position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics
        .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
        .ThenBy(d => d.Location.SourceSpan.Start)
        .ToArray();

    /// <summary>
    /// Warnings and errors from compiling the generated code together with the test's C# (missing XML
    /// docs are excused in the test's own Program.cs only; generated code must be documented).
    /// </summary>
    public IReadOnlyList<Diagnostic> CompileProblems => Output.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .Where(d => !(d.Id == "CS1591" && d.Location.SourceTree?.FilePath == "Program.cs"))
        .ToArray();

    public string Source(string hintName) =>
        Result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    public IReadOnlyList<string> Ids => Diagnostics.Select(d => d.Id).ToArray();

    /// <summary>Emits the compiled corpus, loads it into a collectible context and hands it to <paramref name="use"/>.</summary>
    public T Load<T>(Func<System.Reflection.Assembly, T> use)
    {
        using var stream = new MemoryStream();
        var emitted = Output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        var context = new System.Runtime.Loader.AssemblyLoadContext("corpus", isCollectible: true);
        try
        {
            return use(context.LoadFromStream(stream));
        }
        finally
        {
            context.Unload();
        }
    }
}

/// <summary>
/// Builds small corpora in memory and runs the generator over them, as the compiler would; every run
/// is repeated over the same inputs to check that the second one is cached (<see cref="IncrementalCheck"/>).
/// </summary>
public static class TestCorpus
{
    /// <summary>A corpus root that looks like a real path on every platform.</summary>
    public const string Root = "/repo/corpus/";

    /// <summary>Reference assemblies of the consumer's target framework.</summary>
    public enum Target
    {
        Net100,
        Net80,
        NetStandard20,
        Net472,
    }

    public static IEnumerable<MetadataReference> References(Target target, bool systemMemory = true) => target switch
    {
        Target.Net80 => Net80.References.All,
        Target.NetStandard20 => NetStandard20.References.All.Concat<MetadataReference>(systemMemory ? [SystemMemory] : []),
        Target.Net472 => Net472.References.All.Concat<MetadataReference>(systemMemory ? [SystemMemory] : []),
        _ => Net100.References.All,
    };

    /// <summary>System.Memory for netstandard2.0 and .NET Framework, as a consumer there references it (copied beside the tests).</summary>
    private static readonly MetadataReference SystemMemory =
        MetadataReference.CreateFromFile(System.IO.Path.Combine(AppContext.BaseDirectory, "refs", "System.Memory.dll"));

    public static GeneratorRun Run(
        IEnumerable<(string Path, string Yaml)> files,
        string csharp = "",
        string? ns = null,
        LanguageVersion language = LanguageVersion.Latest,
        Target target = Target.Net100,
        IReadOnlyDictionary<string, string>? properties = null,
        bool systemMemory = true)
    {
        var parse = new CSharpParseOptions(language, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(csharp, parse, path: "Program.cs") },
            References(target, systemMemory),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var texts = files.Select(f => (AdditionalText)new InMemoryText(Path.IsPathRooted(f.Path) ? f.Path : Root + f.Path, f.Yaml)).ToImmutableArray();
        var global = ImmutableDictionary<string, string>.Empty;
        if (ns is not null) global = global.Add("build_property.StatementGenNamespace", ns);
        foreach (var (key, value) in properties ?? new Dictionary<string, string>()) global = global.SetItem("build_property." + key, value);
        var options = new TestOptionsProvider(global);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            parse,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        IncrementalCheck.AssertRerunIsCached(driver, compilation);
        return new GeneratorRun(result, output);
    }

    public static GeneratorRun Run(params (string Path, string Yaml)[] files) => Run((IEnumerable<(string, string)>)files);

    /// <summary>
    /// A driver with step tracking on, run over the fixture corpus with its source's text archived (and
    /// run again to check that a rerun is cached), for tests of what a later edit re-runs; with the
    /// compilation and texts it ran on.
    /// </summary>
    public static (GeneratorDriver Driver, Compilation Compilation, ImmutableArray<AdditionalText> Texts) StartTracked()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }", parse)], Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var texts = Fixtures.WithArchivedText().Select(f => (AdditionalText)new InMemoryText(Root + f.Path, f.Yaml)).ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new CorpusGenerator().AsSourceGenerator()], texts, parse, null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        return (IncrementalCheck.AssertRerunIsCached(driver, compilation), compilation, texts);
    }

    /// <summary>The real corpus's file paths (relative to corpus/), one theory row each.</summary>
    public static TheoryData<string> RealCorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in RealCorpus(texts: false)) data.Add(path);
        return data;
    }

    /// <summary>The real corpus in <c>corpus/</c>, read from disk: its YAML files, with <paramref name="texts"/> its archived source texts too.</summary>
    public static IReadOnlyList<(string Path, string Yaml)> RealCorpus(bool texts = true)
    {
        var root = Paths.Corpus;
        return Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Concat(texts ? Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories) : [])
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (System.IO.Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToArray();
    }
}

/// <summary>Where the repository's folders are, found from this source file.</summary>
public static class Paths
{
    public static string Repository { get; } = FindRepository();

    public static string Corpus => System.IO.Path.Combine(Repository, "corpus");

    private static string FindRepository([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "")
    {
        var directory = System.IO.Path.GetDirectoryName(thisFile)!;
        while (!File.Exists(System.IO.Path.Combine(directory, "StatementGen.sln")))
        {
            directory = System.IO.Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("StatementGen.sln not found above " + thisFile);
        }
        return directory;
    }
}

internal sealed class TestOptionsProvider(ImmutableDictionary<string, string> global) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
{
    public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

    public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(ImmutableDictionary<string, string>.Empty);

    public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(ImmutableDictionary<string, string>.Empty);

    private sealed class Options(ImmutableDictionary<string, string> values) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
