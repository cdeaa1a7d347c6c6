using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using StatementGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StatementGen.EndToEnd.Tests;

/// <summary>Packs the generator once, into a local feed, with a version of its own for this run.</summary>
public sealed class PackedGenerator : IDisposable
{
    public PackedGenerator()
    {
        Root = Path.Combine(Path.GetTempPath(), "statementgen-package-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        Version = "0.1.0-e2e." + Guid.NewGuid().ToString("N")[..8];
        var (exit, output) = Dotnet.Run(Paths.Repository, $"pack src/StatementGen/StatementGen.csproj -c Release -o \"{Feed}\" -p:Version={Version}");
        if (exit != 0) throw new InvalidOperationException("dotnet pack failed:\n" + output);
        Package = Path.Combine(Feed, "StatementGen." + Version + ".nupkg");
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string Package { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
            var cached = Path.Combine(Dotnet.GlobalPackages, "statementgen", Version.ToLowerInvariant());
            if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Runs the dotnet CLI.</summary>
public static class Dotnet
{
    public static string GlobalPackages =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public static (int ExitCode, string Output) Run(string directory, string arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {arguments} did not finish in 5 minutes in {directory}");
        }
        return (process.ExitCode, output.Result + error.Result);
    }
}

/// <summary>
/// The package as users get it: consumer projects outside the repository (a net10.0 app, a net8.0
/// app, and a netstandard2.0 corpus library used by a net10.0 app) restore it from a local feed,
/// build, run and print answers from their own corpus; a broken file gives the canonical error; an
/// edited file shows up after a rebuild. Nothing of the repository's build output is used.
/// </summary>
[Trait("Category", "EndToEnd")]
public class PackageTests(PackedGenerator packed, ITestOutputHelper output) : IClassFixture<PackedGenerator>
{
    private const string Program = """
        using StatementGen.Generated;
        var early = Statements.Named._2024_05_01_AdaCrowd_2000;
        System.Console.WriteLine($"statements={Statements.All.Count} person={People.Named.AdaExample.Name} latest={Claims.LatestEstimate("attendance")!.Quantity!.Upper} date={early.Said.Earliest!.Value.GetType().Name}");
        """;

    private string NewConsumer(string name)
    {
        var directory = Path.Combine(packed.Root, name + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="statementgen-local" value="{packed.Feed}" />
              </packageSources>
            </configuration>
            """);
        return directory;
    }

    private static void WriteCorpus(string project, IEnumerable<(string Path, string Yaml)> files)
    {
        foreach (var (path, yaml) in files)
        {
            var full = Path.Combine(project, "corpus", path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, yaml);
        }
    }

    private string App(string directory, string name, string framework, string extra = "")
    {
        var project = Path.Combine(directory, name);
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{framework}</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="StatementGen" Version="{packed.Version}" PrivateAssets="all" />
                {extra}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), Program);
        WriteCorpus(project, Fixtures.All);
        return project;
    }

    private (int ExitCode, string Output) Dotnet(string directory, string arguments, IDictionary<string, string>? environment = null)
    {
        var watch = Stopwatch.StartNew();
        var result = global::StatementGen.EndToEnd.Tests.Dotnet.Run(directory, arguments, environment);
        output.WriteLine($"dotnet {arguments} in {Path.GetFileName(directory)}: exit {result.ExitCode}, {watch.Elapsed.TotalSeconds:F1} s");
        return result;
    }

    [Fact]
    public void The_package_holds_the_analyzer_its_parser_and_the_msbuild_files_and_nothing_else()
    {
        using var zip = ZipFile.OpenRead(packed.Package);
        var entries = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/", StringComparison.Ordinal) && !n.StartsWith("_rels/", StringComparison.Ordinal) && n != "[Content_Types].xml").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            ["README.md", "StatementGen.nuspec", "analyzers/dotnet/roslyn4.8/cs/StatementGen.dll", "analyzers/dotnet/roslyn4.8/cs/YamlDotNet.dll", "buildTransitive/StatementGen.props", "buildTransitive/StatementGen.targets", "docs/diagnostics.md", "docs/schema.md",
             "schema/event.schema.json", "schema/org.schema.json", "schema/person.schema.json", "schema/place.schema.json", "schema/polity.schema.json", "schema/source.schema.json", "schema/statement.schema.json"],
            entries);
        using var nuspec = new StreamReader(zip.GetEntry("StatementGen.nuspec")!.Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", text);
        Assert.Contains("<license type=\"expression\">MIT</license>", text);
        Assert.Contains("<readme>README.md</readme>", text);
        Assert.Contains("<version>" + packed.Version + "</version>", text);
        Assert.DoesNotContain("<dependencies>", text);
    }

    [Fact]
    public void A_net10_app_builds_runs_reports_a_broken_file_and_picks_up_an_edit()
    {
        var directory = NewConsumer("net10");
        // Another analyzer that bundles a different YamlDotNet must not disturb this one.
        var project = App(directory, "App", "net10.0", """<PackageReference Include="Vecc.YamlDotNet.Analyzers.StaticGenerator" Version="18.1.0" PrivateAssets="all" />""");

        var (exit, text) = Dotnet(project, "run");
        Assert.True(exit == 0, text);
        Assert.Contains("statements=2 person=Ada Example latest=5000 date=DateOnly", text);

        var person = Path.Combine(project, "corpus", "people", "ada-example.yaml");
        File.WriteAllText(person, Fixtures.Person.Replace("aliases:", "aliasses:"));
        (exit, text) = Dotnet(project, "build");
        Assert.NotEqual(0, exit);
        Assert.Contains(person + "(4,1): error STMT0011: Unknown key 'aliasses' in Person; did you mean 'aliases'?", text);

        File.WriteAllText(person, Fixtures.Person.Replace("name: Ada Example", "name: Ada B. Example"));
        (exit, text) = Dotnet(project, "run");
        Assert.True(exit == 0, text);
        Assert.Contains("person=Ada B. Example", text);
    }

    [Fact]
    public void A_net8_app_builds_and_runs()
    {
        var project = App(NewConsumer("net8"), "App", "net8.0");
        var (exit, text) = Dotnet(project, "build");
        Assert.True(exit == 0, text);
        (exit, text) = Dotnet(project, "run --no-build", new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" });
        Assert.True(exit == 0, text);
        Assert.Contains("statements=2 person=Ada Example latest=5000 date=DateOnly", text);
    }

    [Fact]
    public void A_netstandard20_corpus_library_serves_a_net10_app()
    {
        var directory = NewConsumer("netstandard");
        var library = Path.Combine(directory, "Corpus");
        Directory.CreateDirectory(library);
        File.WriteAllText(Path.Combine(library, "Corpus.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <StatementGenNamespace>Newsroom.Corpus</StatementGenNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="StatementGen" Version="{packed.Version}" PrivateAssets="all" />
                <PackageReference Include="System.Memory" Version="4.6.3" />
              </ItemGroup>
            </Project>
            """);
        WriteCorpus(library, Fixtures.All);

        var app = Path.Combine(directory, "App");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Corpus/Corpus.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program.Replace("using StatementGen.Generated;", "using Newsroom.Corpus;"));

        var (exit, text) = Dotnet(app, "run");
        Assert.True(exit == 0, text);
        Assert.Contains("statements=2 person=Ada Example latest=5000 date=DateTime", text);
    }

    [Fact]
    public async Task The_tool_package_targets_net8_rolls_forward_ships_english_only_and_runs_from_a_tool_path()
    {
        var feed = Path.Combine(packed.Root, "tool-feed");
        var (exit, text) = Dotnet(Paths.Repository, $"pack src/StatementGen.Cli/StatementGen.Cli.csproj -c Release -o \"{feed}\" -p:Version={packed.Version}");
        Assert.True(exit == 0, text);
        using (var zip = ZipFile.OpenRead(Path.Combine(feed, "StatementGen.Cli." + packed.Version + ".nupkg")))
        {
            var tools = zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("tools/", StringComparison.Ordinal)).ToArray();
            Assert.Contains("tools/net8.0/any/StatementGen.Cli.dll", tools);
            // English only: every file sits directly in the tool's folder, none in a culture folder (cs/, de/, …).
            Assert.All(tools, n => Assert.True(n.StartsWith("tools/net8.0/any/", StringComparison.Ordinal) && !n["tools/net8.0/any/".Length..].Contains('/'), n));
            Assert.NotNull(zip.GetEntry("README.md"));
            using var nuspec = new StreamReader(zip.GetEntry("StatementGen.Cli.nuspec")!.Open());
            var metadata = nuspec.ReadToEnd();
            Assert.Contains("<readme>README.md</readme>", metadata);
            Assert.Matches("<tags>[^<]*dotnet-tool[^<]*</tags>", metadata);
            Assert.Contains("<packageType name=\"DotnetTool\" />", metadata);
            using var config = System.Text.Json.JsonDocument.Parse(zip.GetEntry("tools/net8.0/any/StatementGen.Cli.runtimeconfig.json")!.Open());
            var options = config.RootElement.GetProperty("runtimeOptions");
            Assert.Equal("net8.0", options.GetProperty("tfm").GetString());
            Assert.Equal("Major", options.GetProperty("rollForward").GetString());
            Assert.Equal("8.0.0", options.GetProperty("framework").GetProperty("version").GetString());
        }

        // Installed as users install it, and run on the newest runtime here (a .NET 8 tool runs there only by rolling forward).
        var toolPath = Path.Combine(packed.Root, "tools");
        (exit, text) = Dotnet(packed.Root, $"tool install StatementGen.Cli --version {packed.Version} --tool-path \"{toolPath}\" --add-source \"{feed}\"");
        Assert.True(exit == 0, text);
        var corpus = Path.Combine(packed.Root, "tool-corpus");
        WriteCorpus(corpus, Fixtures.All);
        var start = new ProcessStartInfo(Path.Combine(toolPath, "statementgen"), ["validate", Path.Combine(corpus, "corpus")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var tool = Process.Start(start)!;
        var printed = tool.StandardOutput.ReadToEndAsync();
        var errors = tool.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await tool.WaitForExitAsync(limit.Token);
        Assert.True(tool.ExitCode == 0, await printed + await errors);
        Assert.Contains(": 0 errors,", await printed);
    }
}
