using StatementGen.Tests.Infrastructure;

namespace StatementGen.Tests.EndToEnd;

/// <summary>
/// A throwaway consumer project on disk that loads the generator as an analyzer (the assemblies this
/// test run built) and is built with the real <c>dotnet build</c>, as a user's project is.
/// </summary>
public sealed class ConsumerProject : IDisposable
{
    public ConsumerProject(IEnumerable<(string Path, string Yaml)> corpus, string extraProperties = "")
    {
        Directory = Path.Combine(Path.GetTempPath(), "statementgen-e2e-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        var bin = AppContext.BaseDirectory;
        File.WriteAllText(Path.Combine(Directory, "Consumer.csproj"), $"""
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
            """);
        File.WriteAllText(Path.Combine(Directory, "Uses.cs"), "public static class Uses { public static int Count => StatementGen.Generated.Statements.All.Count; }\n");
        foreach (var (path, yaml) in corpus) Write(path, yaml);
    }

    public string Directory { get; }

    public void Write(string corpusPath, string yaml)
    {
        var full = Path.Combine(Directory, "corpus", corpusPath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, yaml);
    }

    public void WriteFile(string name, string text) => File.WriteAllText(Path.Combine(Directory, name), text);

    /// <summary>Runs <c>dotnet build</c>; returns the exit code and every line it printed.</summary>
    public (int ExitCode, string Output) Build() => Dotnet.Run(Directory, "build --no-incremental -nologo -clp:NoSummary");

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
