using System.Text.RegularExpressions;
using StatementGen.Tests.Infrastructure;

namespace StatementGen.EndToEnd.Tests;

/// <summary>
/// A throwaway consumer project on disk that loads the generator as an analyzer (the assemblies this
/// test run built) and is built with the real <c>dotnet build</c>, as a user's project is.
/// </summary>
public sealed class ConsumerProject : IDisposable
{
    public ConsumerProject(IEnumerable<(string Path, string Yaml)> corpus, string extraProperties = "")
    {
        Directory = NewTemporaryDirectory();
        File.WriteAllText(Path.Combine(Directory, "Consumer.csproj"), ProjectFile(extraProperties));
        File.WriteAllText(Path.Combine(Directory, "Uses.cs"), "public static class Uses { public static int Count => StatementGen.Generated.Statements.All.Count; }\n");
        foreach (var (path, yaml) in corpus) Write(path, yaml);
    }

    public string Directory { get; }

    /// <summary>The full path of a corpus file, given its path inside <c>corpus/</c>.</summary>
    public string CorpusFile(string corpusPath) => Path.Combine(Directory, "corpus", corpusPath);

    public void Write(string corpusPath, string yaml)
    {
        var full = CorpusFile(corpusPath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, yaml);
    }

    public void WriteFile(string name, string text) => File.WriteAllText(Path.Combine(Directory, name), text);

    /// <summary>Runs <c>dotnet build</c>; returns the exit code and every line it printed.</summary>
    public (int ExitCode, string Output) Build() => Dotnet.Run(Directory, "build --no-incremental -nologo -clp:NoSummary");

    /// <summary>
    /// Runs <c>dotnet build</c> as a developer does between edits: incremental, with the shared compiler
    /// server, in the folder of the last build.
    /// </summary>
    public BuildLog BuildIncrementally() => BuildLog.Run(Directory, "");

    public void Dispose() => DeleteDirectory(Directory);

    /// <summary>
    /// The project file of a consumer: the package's props and targets imported from the repository and
    /// the generator assemblies this test run built as analyzers, plus <paramref name="extraProperties"/>.
    /// </summary>
    public static string ProjectFile(string extraProperties = "")
    {
        var bin = AppContext.BaseDirectory;
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
                {extraProperties}
              </PropertyGroup>
              <Import Project="{Path.Combine(Paths.Repository, "src", "StatementGen", "buildTransitive", "StatementGen.props")}" />
              <Import Project="{Path.Combine(Paths.Repository, "src", "StatementGen", "buildTransitive", "StatementGen.targets")}" />
              <ItemGroup>
                <Analyzer Include="{Path.Combine(bin, "StatementGen.dll")}" />
                <Analyzer Include="{Path.Combine(bin, "YamlDotNet.dll")}" />
              </ItemGroup>
            </Project>
            """;
    }

    /// <summary>A new empty folder of its own in the temporary folder, outside any repository.</summary>
    public static string NewTemporaryDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "statementgen-e2e-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    public static void DeleteDirectory(string directory)
    {
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>One diagnostic as the compiler prints it: <c>path(line,col): severity ID: message</c>.</summary>
public sealed record PrintedDiagnostic(string Path, int Line, int Column, string Severity, string Id, string Message)
{
    public override string ToString() => $"{Path}({Line},{Column}): {Severity} {Id}: {Message}";
}

/// <summary>
/// The outcome of one <c>dotnet build</c> with the shared compiler server on, read from two file logs:
/// a minimal one without summary, in which each diagnostic of each project appears exactly once, and a
/// detailed one that tells which project compiled on which node and whether the compiler server did it.
/// </summary>
public sealed partial record BuildLog(int ExitCode, string Output, string Minimal, string Detailed)
{
    /// <summary>
    /// Turns the compiler server on for a build, whatever the machine's environment says: the SDK's
    /// default, which an environment variable <c>UseSharedCompilation=false</c> would otherwise override.
    /// </summary>
    public static IDictionary<string, string> CompilerServer { get; } = new Dictionary<string, string> { ["UseSharedCompilation"] = "true" };

    /// <summary>Runs <c>dotnet build {arguments}</c> in <paramref name="directory"/> and reads its logs.</summary>
    public static BuildLog Run(string directory, string arguments)
    {
        var minimal = Path.Combine(directory, "build.log");
        var detailed = Path.Combine(directory, "build.detailed.log");
        var (exit, output) = Dotnet.Run(directory,
            $"build {arguments} -nologo \"-flp1:LogFile={minimal};Verbosity=minimal;NoSummary\" \"-flp2:LogFile={detailed};Verbosity=detailed\"",
            CompilerServer);
        return new BuildLog(exit, output, File.ReadAllText(minimal), File.ReadAllText(detailed));
    }

    /// <summary>Every STMT diagnostic in the minimal log, once per time it was printed, with the project it came from.</summary>
    public IReadOnlyList<(PrintedDiagnostic Diagnostic, string Project)> Diagnostics => Minimal
        .Split('\n')
        .Select(line => DiagnosticLine().Match(line.TrimEnd('\r')))
        .Where(m => m.Success)
        .Select(m => (new PrintedDiagnostic(m.Groups["path"].Value, int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["column"].Value),
            m.Groups["severity"].Value, m.Groups["id"].Value, m.Groups["message"].Value), m.Groups["project"].Value))
        .ToArray();

    /// <summary>The projects (by file name without extension) whose compilation the compiler server ran.</summary>
    public IReadOnlyList<string> CompiledByServer => ServerLine().Matches(Detailed).Select(m => m.Groups["project"].Value).ToArray();

    /// <summary>What the compiler client said about the server, for each compilation (to tell why one did not use it).</summary>
    public string CompilerServerReport
    {
        get
        {
            var lines = Regex.Matches(Detailed, "CompilerServer: .*").Select(m => m.Value.TrimEnd('\r')).ToArray();
            return lines.Length == 0 ? "nothing was compiled: CoreCompile was skipped as up to date" : string.Join("\n", lines);
        }
    }

    /// <summary>The nodes that built <paramref name="projectFile"/> (its default targets), from the detailed log.</summary>
    public IReadOnlySet<int> NodesBuilding(string projectFile) =>
        Regex.Matches(Detailed, "is building \"[^\"]*" + Regex.Escape(projectFile) + "\"" + @" \([0-9:]+\) on node (\d+) \(default targets\)")
            .Select(m => int.Parse(m.Groups[1].Value))
            .ToHashSet();

    public override string ToString() => $"exit {ExitCode}\n{Minimal}";

    [GeneratedRegex(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>STMT\d{4}): (?<message>.*) \[(?<project>[^\]]+)\]$")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"CompilerServer: server - server processed compilation - (?<project>\S+)")]
    private static partial Regex ServerLine();
}
