using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.EndToEnd.Tests;

/// <summary>
/// Two projects that compile one corpus folder (<c>StatementGenCorpusDir</c>), each into an API of its
/// own, and an app that uses both, built together by <c>dotnet build -m</c> on several nodes with the
/// compiler server on: each project sees every file, reports each problem once, and writes only to its
/// own obj and bin folders.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class SharedCorpusTests : IDisposable
{
    private static readonly string[] Projects = ["North", "South"];

    private static readonly string[] Kinds = ["People", "Orgs", "Polities", "Places", "Events", "Sources", "Statements"];

    private readonly string root = ConsumerProject.NewTemporaryDirectory();

    public SharedCorpusTests()
    {
        foreach (var (path, yaml) in Fixtures.All) Write(Path.Combine("corpus", path), yaml);
        foreach (var name in Projects)
        {
            Write(Path.Combine(name, name + ".csproj"), ConsumerProject.ProjectFile(
                $"<StatementGenCorpusDir>../corpus</StatementGenCorpusDir><StatementGenNamespace>{name}.Corpus</StatementGenNamespace>"));
        }
        Write(Path.Combine("App", "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../North/North.csproj" />
                <ProjectReference Include="../South/South.csproj" />
              </ItemGroup>
            </Project>
            """);
        Write(Path.Combine("App", "Program.cs"), string.Concat(Projects.Select(name =>
            $"System.Console.WriteLine(\"{name}:\"{string.Concat(Kinds.Select(kind => $" + \" {kind}=\" + {name}.Corpus.{kind}.All.Count"))});\n")));
        Write("All.slnx", """
            <Solution>
              <Project Path="North/North.csproj" />
              <Project Path="South/South.csproj" />
              <Project Path="App/App.csproj" />
            </Solution>
            """);
    }

    public void Dispose() => ConsumerProject.DeleteDirectory(root);

    private void Write(string relativePath, string text)
    {
        var full = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    [Fact]
    public void Two_projects_on_one_corpus_build_in_parallel_each_seeing_every_file_and_reporting_each_problem_once()
    {
        var build = BuildLog.Run(root, "All.slnx -m:2");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(build.Diagnostics);
        // Both compilations ask the compiler server at once; if this build starts it, one may lose the race and compile in-process.
        Assert.True(Projects.Any(build.CompiledByServer.Contains), "not compiled by the compiler server:\n" + build.CompilerServerReport);
        Assert.True(Projects.Concat(["App"]).SelectMany(p => build.NodesBuilding(p + ".csproj")).Distinct().Count() >= 2, "the build ran on one node only:\n" + build.Output);

        // Each project compiled every corpus file into its own API: the app prints the counts from both.
        var (exit, output) = Dotnet.Run(root, Path.Combine("App", "bin", "Debug", "net10.0", "App.dll"));
        Assert.True(exit == 0, output);
        var counts = " People=1 Orgs=1 Polities=1 Places=1 Events=1 Sources=1 Statements=2";
        Assert.Equal(Projects.Select(name => name + ":" + counts), output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        // Each project wrote only into its own folders; nothing was written into the shared corpus.
        foreach (var name in Projects)
        {
            Assert.True(File.Exists(Path.Combine(root, name, "obj", "Debug", "net10.0", name + ".dll")), name + " has no obj output");
            Assert.True(File.Exists(Path.Combine(root, name, "bin", "Debug", "net10.0", name + ".dll")), name + " has no bin output");
            Assert.True(File.Exists(Path.Combine(root, "App", "bin", "Debug", "net10.0", name + ".dll")), "the app lacks " + name);
        }
        var corpus = Path.Combine(root, "corpus");
        Assert.Equal(
            Fixtures.All.Select(f => f.Path).Order(StringComparer.Ordinal),
            Directory.EnumerateFileSystemEntries(corpus, "*", SearchOption.AllDirectories)
                .Where(File.Exists)
                .Select(p => Path.GetRelativePath(corpus, p).Replace('\\', '/'))
                .Order(StringComparer.Ordinal));

        // A broken file in the shared corpus: both projects report it, each exactly once.
        var person = Path.Combine(corpus, "people", "ada-example.yaml");
        File.WriteAllText(person, Fixtures.Person.Replace("aliases:", "aliasses:"));
        build = BuildLog.Run(root, "All.slnx -m:2");
        Assert.NotEqual(0, build.ExitCode);
        Assert.True(Projects.All(build.CompiledByServer.Contains), "not compiled by the compiler server:\n" + build.CompilerServerReport);
        var expected = new PrintedDiagnostic(person, 4, 1, "error", "STMT0011", "Unknown key 'aliasses' in Person; did you mean 'aliases'? (docs/diagnostics.md#stmt0011)");
        Assert.Equal(
            Projects.Select(name => (expected, Path.Combine(root, name, name + ".csproj"))),
            build.Diagnostics.OrderBy(d => d.Project, StringComparer.Ordinal));
    }
}
