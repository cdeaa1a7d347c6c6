using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.EndToEnd.Tests;

/// <summary>
/// Files deleted, added and renamed between incremental <c>dotnet build</c>s in one folder, with the
/// compiler server on, as a curator works: every build sees the corpus as it is on disk now, and reports
/// nothing about files that are gone.
/// </summary>
[Trait("Category", "EndToEnd")]
public class IncrementalBuildTests
{
    private const string Program = """
        using StatementGen.Generated;
        System.Console.WriteLine($"people={People.All.Count} orgs={Orgs.All.Count} sources={Sources.All.Count} statements={Statements.All.Count}");
        """;

    private const string OtherPerson = """
        schema: person/1
        id: person:bob-example
        name: Bob Example
        wikidata: Q2
        """;

    /// <summary>
    /// A build that must succeed without a diagnostic. The first build of a test may be the one that
    /// starts the compiler server and compile in-process meanwhile; every later one must compile in the server.
    /// </summary>
    private static void CleanBuild(ConsumerProject project, bool mayStartServer = false)
    {
        var build = project.BuildIncrementally();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(build.Diagnostics);
        if (!mayStartServer) AssertCompiledByServer(build);
    }

    private static void AssertCompiledByServer(BuildLog build) =>
        Assert.True(build.CompiledByServer.Contains("Consumer"), "not compiled by the compiler server:\n" + build.CompilerServerReport);

    private static string Run(ConsumerProject project)
    {
        var (exit, output) = Dotnet.Run(project.Directory, Path.Combine("bin", "Debug", "net10.0", "Consumer.dll"));
        Assert.True(exit == 0, output);
        return output.Trim();
    }

    [Fact]
    public void Deleted_added_and_renamed_files_show_up_in_the_next_incremental_build()
    {
        using var project = new ConsumerProject(Fixtures.All, "<OutputType>Exe</OutputType>");
        project.WriteFile("Program.cs", Program);
        const string Initial = "people=1 orgs=1 sources=1 statements=2";

        CleanBuild(project, mayStartServer: true);
        Assert.Equal(Initial, Run(project));

        // A file added, then deleted again: the count follows, though no remaining file changed.
        project.Write("people/bob-example.yaml", OtherPerson);
        CleanBuild(project);
        Assert.Equal("people=2 orgs=1 sources=1 statements=2", Run(project));
        File.Delete(project.CorpusFile("people/bob-example.yaml"));
        CleanBuild(project);
        Assert.Equal(Initial, Run(project));

        // A file that others refer to, deleted: each reference is reported where it is, the file itself nowhere.
        var ministry = project.CorpusFile("orgs/example-ministry.yaml");
        File.Delete(ministry);
        var build = project.BuildIncrementally();
        Assert.NotEqual(0, build.ExitCode);
        AssertCompiledByServer(build);
        Assert.All(build.Diagnostics, d => Assert.Equal("STMT0030", d.Diagnostic.Id));
        Assert.All(build.Diagnostics, d => Assert.Contains("'org:example-ministry'", d.Diagnostic.Message));
        Assert.Equal(
            new[] { "people/ada-example.yaml", "sources/example-daily-2024-05-02.yaml", "statements/2024/2024-05-01-ada-crowd-2000.yaml" }.Select(project.CorpusFile),
            build.Diagnostics.Select(d => d.Diagnostic.Path).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(ministry, build.Minimal);

        // Restored: clean again.
        File.WriteAllText(ministry, Fixtures.Org);
        CleanBuild(project);
        Assert.Equal(Initial, Run(project));

        // Renamed, so that the id no longer matches the name: the error is at the new path, the old path is gone.
        var person = project.CorpusFile("people/ada-example.yaml");
        var renamed = project.CorpusFile("people/ada-renamed.yaml");
        File.Move(person, renamed);
        build = project.BuildIncrementally();
        Assert.NotEqual(0, build.ExitCode);
        AssertCompiledByServer(build);
        Assert.Equal(
            [new PrintedDiagnostic(renamed, 2, 5, "error", "STMT0016", "Id 'person:ada-example' does not match the file name 'ada-renamed.yaml'; name the file 'ada-example.yaml' or change the id to 'person:ada-renamed' (docs/diagnostics.md#stmt0016)")],
            build.Diagnostics.Select(d => d.Diagnostic));
        Assert.DoesNotContain(person, build.Minimal);

        // Renamed back: clean, with the same API as at the start.
        File.Move(renamed, person);
        CleanBuild(project);
        Assert.Equal(Initial, Run(project));
    }
}
