using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using StatementGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StatementGen.EndToEnd.Tests;

/// <summary>
/// The editor's view of a consumer project: MSBuildWorkspace loads it with the .NET SDK's design-time
/// build, as an IDE does, so the package's props turn live diagnostics on; the analyzer and the generator
/// run over the workspace's compilation and must report exactly what <c>dotnet build</c> prints.
/// </summary>
[Trait("Category", "EndToEnd")]
public class DesignTimeTests(ITestOutputHelper output)
{
    private const string EarlyPath = "statements/2024/2024-05-01-ada-crowd-2000.yaml";
    private const string LatePath = "statements/2024/2024-05-02-ada-crowd-5000.yaml";

    /// <summary>The fixture corpus with one broken file per family, a cross-file error and advice (an info).</summary>
    private static (string Path, string Yaml)[] BrokenInEveryFamily => Fixtures.All
        .Select(f => f.Path switch
        {
            "polities/xa.yaml" => (f.Path, f.Yaml + "\nname: Other\n"),
            "events/2024-summit.yaml" => (f.Path, f.Yaml.Replace("edtf: 2024-21", "edtf: 2024-25")),
            EarlyPath => (f.Path, f.Yaml.Replace("ref: person:ada-example", "ref: person:ada-exampel")),
            LatePath => (f.Path, f.Yaml.Replace("icd203: likely", "icd203: almost_certain")),
            _ => f,
        })
        .Append(("people/bob-example.yaml", "schema: person/1\nid: person:bob-example\nname: Bob Example\n"))
        .Append(("people/ada-example.yml", Fixtures.Person))
        .ToArray();

    /// <summary>A diagnostic as the compiler prints it on the command line, help link included.</summary>
    private static string Printed(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var link = diagnostic.Descriptor.HelpLinkUri;
        return new PrintedDiagnostic(
            span.Path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            diagnostic.Severity.ToString().ToLowerInvariant(),
            diagnostic.Id,
            diagnostic.GetMessage(CultureInfo.InvariantCulture) + (string.IsNullOrEmpty(link) ? "" : " (" + link + ")")).ToString();
    }

    /// <summary>The STMT warnings and errors, as the build prints them; infos are shown only in the editor.</summary>
    private static string[] Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Id.StartsWith("STMT", StringComparison.Ordinal) && d.Severity >= DiagnosticSeverity.Warning).Select(Printed).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Whether <paramref name="diagnostics"/> hold the info for the person without a Wikidata id.</summary>
    private static bool HasMissingWikidataInfo(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.Id == "STMT0071" && d.Severity == DiagnosticSeverity.Info
            && d.Location.GetLineSpan().Path.EndsWith("bob-example.yaml", StringComparison.Ordinal));

    private static bool FromStatementGen(Type type) => type.Assembly.GetName().Name == "StatementGen";

    [Fact]
    public async Task The_editor_host_reports_what_the_build_reports()
    {
        using var project = new ConsumerProject(BrokenInEveryFamily);
        var build = project.BuildIncrementally();
        Assert.NotEqual(0, build.ExitCode);
        var fromBuild = build.Diagnostics.Select(d => d.Diagnostic.ToString()).Order(StringComparer.Ordinal).ToArray();
        Assert.Subset(
            new HashSet<string> { "STMT0003", "STMT0014", "STMT0030", "STMT0032", "STMT0053" },
            build.Diagnostics.Select(d => d.Diagnostic.Id).ToHashSet());
        // A person without a Wikidata id is an info: the build does not print it, the editor shows it.
        Assert.DoesNotContain(build.Diagnostics, d => d.Diagnostic.Id == "STMT0071");
        output.WriteLine($"dotnet build printed {fromBuild.Length} diagnostics:\n" + string.Join("\n", fromBuild));

        await using var buildHosts = new BuildHostWatch();
        using var workspace = MSBuildWorkspace.Create();
        var failures = new List<string>();
        workspace.WorkspaceFailed += (_, e) =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure) failures.Add(e.Diagnostic.Message);
        };
        var opened = await workspace.OpenProjectAsync(Path.Combine(project.Directory, "Consumer.csproj"));
        Assert.Empty(failures);
        if (OperatingSystem.IsLinux()) Assert.NotEmpty(buildHosts.Pipes);

        // The design-time build turned live diagnostics on, as it does in an IDE.
        opened.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.StatementGenLiveDiagnostics", out var live);
        Assert.Equal("true", live, ignoreCase: true);

        // The workspace ran the generator: the generated API is part of the editor's compilation.
        var generated = await opened.GetSourceGeneratedDocumentsAsync();
        Assert.Contains("StatementGen.People.g.cs", generated.Select(d => d.HintName));
        var compilation = (await opened.GetCompilationAsync())!;

        // What the editor shows as the curator types: the analyzer, over the workspace's compilation.
        var analyzers = opened.AnalyzerReferences.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).Where(a => FromStatementGen(a.GetType())).ToImmutableArray();
        Assert.Equal(["CorpusAnalyzer"], analyzers.Select(a => a.GetType().Name));
        var fromAnalyzer = await compilation.WithAnalyzers(analyzers, opened.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        Assert.Equal(fromBuild, Describe(fromAnalyzer));
        Assert.True(HasMissingWikidataInfo(fromAnalyzer), "the editor's analyzer must show info STMT0071");

        // The generator's own diagnostics in the editor host: the same generator, additional files and options.
        var generatedTrees = new List<SyntaxTree>();
        foreach (var document in generated) generatedTrees.Add((await document.GetSyntaxTreeAsync())!);
        var generators = opened.AnalyzerReferences.SelectMany(r => r.GetGenerators(LanguageNames.CSharp)).Where(g => FromStatementGen(g.GetGeneratorType())).ToImmutableArray();
        Assert.Single(generators);
        var driver = CSharpGeneratorDriver.Create(generators, opened.AnalyzerOptions.AdditionalFiles, (CSharpParseOptions)opened.ParseOptions!, opened.AnalyzerOptions.AnalyzerConfigOptionsProvider)
            .RunGenerators(compilation.RemoveSyntaxTrees(generatedTrees));
        Assert.Equal(fromBuild, Describe(driver.GetRunResult().Diagnostics));
        Assert.True(HasMissingWikidataInfo(driver.GetRunResult().Diagnostics), "the generator in the editor host must report info STMT0071");
    }
}

/// <summary>
/// Notes the build host processes that MSBuildWorkspace starts from this process, and on disposal removes
/// the socket file that each leaves behind in the temporary folder (on Linux, where a named pipe is a
/// file there). Only the pipes named on the command lines of this process's own children are touched.
/// </summary>
internal sealed class BuildHostWatch : IAsyncDisposable
{
    private const string BuildHost = "Microsoft.CodeAnalysis.Workspaces.MSBuild.BuildHost.dll";

    private readonly CancellationTokenSource stop = new();
    private readonly HashSet<string> pipes = [];
    private readonly Task watching;

    public BuildHostWatch() => watching = OperatingSystem.IsLinux() ? Task.Run(WatchAsync) : Task.CompletedTask;

    /// <summary>The pipe names seen so far.</summary>
    public IReadOnlyList<string> Pipes
    {
        get
        {
            lock (pipes) return pipes.ToArray();
        }
    }

    private async Task WatchAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var pipe in ChildPipes())
            {
                lock (pipes) pipes.Add(pipe);
            }
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    /// <summary>The <c>--pipe</c> argument of each running build host whose parent is this process.</summary>
    private static IEnumerable<string> ChildPipes()
    {
        var self = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            string[] arguments;
            try
            {
                var stat = File.ReadAllText(Path.Combine(process, "stat"));
                if (stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1] != self) continue;
                arguments = File.ReadAllText(Path.Combine(process, "cmdline")).Split('\0');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            var pipe = Array.IndexOf(arguments, "--pipe");
            if (pipe >= 0 && pipe + 1 < arguments.Length && arguments.Any(a => a.EndsWith(BuildHost, StringComparison.Ordinal)))
            {
                yield return arguments[pipe + 1];
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await watching;
        stop.Dispose();
        foreach (var pipe in Pipes)
        {
            var path = Path.Combine(Path.GetTempPath(), pipe);
            if (Path.GetFileName(path) == pipe && File.Exists(path)) File.Delete(path);
        }
    }
}
