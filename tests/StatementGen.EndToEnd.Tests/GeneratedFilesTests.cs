using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.EndToEnd.Tests;

/// <summary>Generated sources written to disk inside the project are for reading, and are not compiled twice.</summary>
[Trait("Category", "EndToEnd")]
public class GeneratedFilesTests
{
    [Fact]
    public void Emitted_files_inside_the_project_do_not_break_the_build()
    {
        using var project = new ConsumerProject(Fixtures.All,
            "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles><CompilerGeneratedFilesOutputPath>Generated</CompilerGeneratedFilesOutputPath>");
        var (exit, output) = project.Build();
        Assert.True(exit == 0, output);
        var written = Directory.EnumerateFiles(Path.Combine(project.Directory, "Generated"), "*.g.cs", SearchOption.AllDirectories).Select(Path.GetFileName).ToArray();
        Assert.Contains("StatementGen.People.g.cs", written);

        // A second build sees the files on disk from the first; they must still not be compiled.
        (exit, output) = project.Build();
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("CS0101", output);
    }
}

/// <summary>Other YAML among the AdditionalFiles is not taken for corpus files.</summary>
[Trait("Category", "EndToEnd")]
public class OtherYamlTests
{
    [Fact]
    public void A_yaml_additional_file_outside_the_corpus_is_left_alone()
    {
        using var project = new ConsumerProject(Fixtures.All, "</PropertyGroup><ItemGroup><AdditionalFiles Include=\"openapi.yaml\" /></ItemGroup><PropertyGroup>");
        project.WriteFile("openapi.yaml", "openapi: 3.1.0\ninfo: {title: Not a corpus file, version: 1.0.0}\n");
        var (exit, output) = project.Build();
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("openapi.yaml", output);
    }
}

/// <summary>The generator loads in every compiler from the .NET 8 SDK on: it references Roslyn 4.8 at most.</summary>
public class HostCompatibilityTests
{
    [Theory]
    [InlineData("Microsoft.CodeAnalysis")]
    [InlineData("Microsoft.CodeAnalysis.CSharp")]
    public void The_generator_references_no_roslyn_newer_than_4_8(string name)
    {
        var reference = typeof(CorpusGenerator).Assembly.GetReferencedAssemblies().Single(a => a.Name == name);
        Assert.True(reference.Version <= new Version(4, 8, 0, 0), $"{name} {reference.Version} would not load in the .NET 8 SDK's compiler (CS9057)");
    }

    [Fact]
    public void The_generator_needs_only_what_the_compiler_host_provides_and_yamldotnet()
    {
        var references = typeof(CorpusGenerator).Assembly.GetReferencedAssemblies().ToDictionary(a => a.Name!, a => a.Version!);
        Assert.Equal(["Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable", "System.Memory", "YamlDotNet", "netstandard"], references.Keys.Order(StringComparer.Ordinal));

        // The .NET 8 SDK's compiler carries System.Collections.Immutable 8.0; Roslyn 4.8 was built on 7.0.
        Assert.True(references["System.Collections.Immutable"] <= new Version(8, 0, 0, 0));

        // The id hash reads words in place through spans. Roslyn 4.8 itself references System.Memory 4.5.5
        // (assembly 4.0.1.2), so every compiler that loads the generator has it, at that version or later.
        Assert.True(references["System.Memory"] <= new Version(4, 0, 1, 2));
    }
}
