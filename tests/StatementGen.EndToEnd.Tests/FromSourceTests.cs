using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.EndToEnd.Tests;

/// <summary>
/// A consumer that references the generator from source (a ProjectReference with
/// <c>OutputItemType="Analyzer"</c>, as the sample does) gets YamlDotNet beside it however it is built,
/// including with <c>-p:BuildProjectReferences=false</c>, where the referenced project is asked only
/// for its target path.
/// </summary>
[Trait("Category", "EndToEnd")]
public class FromSourceTests
{
    [Fact]
    public void A_source_reference_built_without_building_references_still_loads_YamlDotNet()
    {
        var directory = Path.Combine(Path.GetTempPath(), "statementgen-source-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var src = Path.Combine(Paths.Repository, "src", "StatementGen");
            File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <OutputType>Exe</OutputType>
                    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
                  </PropertyGroup>
                  <Import Project="{Path.Combine(src, "buildTransitive", "StatementGen.props")}" />
                  <ItemGroup>
                    <ProjectReference Include="{Path.Combine(src, "StatementGen.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                  </ItemGroup>
                  <Import Project="{Path.Combine(src, "buildTransitive", "StatementGen.targets")}" />
                </Project>
                """);
            File.WriteAllText(Path.Combine(directory, "Program.cs"), "System.Console.WriteLine(StatementGen.Generated.People.Named.AdaExample.Name);\n");
            foreach (var (path, yaml) in Fixtures.All)
            {
                var full = Path.Combine(directory, "corpus", path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, yaml);
            }

            // The generator project is built by this test run already; only its target path is asked for.
            var (exit, output) = Dotnet.Run(directory, "build -nologo -p:BuildProjectReferences=false");

            Assert.DoesNotContain("CS8785", output);
            Assert.True(exit == 0, output);
            var (runExit, runOutput) = Dotnet.Run(directory, "run --no-build");
            Assert.Equal(0, runExit);
            Assert.Contains("Ada Example", runOutput);
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
