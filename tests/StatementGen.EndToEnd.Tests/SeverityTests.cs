using System.Text.RegularExpressions;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.EndToEnd.Tests;

/// <summary>
/// Severity control with the real <c>dotnet build</c>: the canonical error line for a broken file, and
/// <c>.globalconfig</c>, <c>NoWarn</c> and <c>WarningsAsErrors</c> on an advice warning. (Roslyn applies
/// <c>.editorconfig</c> sections to C# files only, so for YAML files the global config is the way.)
/// </summary>
[Trait("Category", "EndToEnd")]
public class SeverityTests
{
    private static (string, string)[] DraftCorpus =>
        Fixtures.With("statements/2024/2024-05-01-ada-crowd-2000.yaml", Fixtures.StatementEarly.Replace("status: reviewed", "status: draft"));

    private static int Count(string output, string pattern) =>
        output.Split('\n').Select(l => l.Trim()).Where(l => Regex.IsMatch(l, pattern)).Distinct().Count();

    [Fact]
    public void A_misspelt_key_fails_the_build_with_the_canonical_error_line()
    {
        using var project = new ConsumerProject(Fixtures.With("people/ada-example.yaml", Fixtures.Person.Replace("aliases:", "aliasses:")));
        var (exit, output) = project.Build();
        Assert.NotEqual(0, exit);
        var expected = Path.Combine(project.Directory, "corpus", "people", "ada-example.yaml") + "(4,1): error STMT0011: Unknown key 'aliasses' in Person; did you mean 'aliases'?";
        Assert.Contains(expected, output);
    }

    [Fact]
    public void Advice_is_a_warning_by_default_and_the_build_succeeds()
    {
        using var project = new ConsumerProject(DraftCorpus);
        var (exit, output) = project.Build();
        Assert.Equal(0, exit);
        Assert.Equal(1, Count(output, @"2024-05-01-ada-crowd-2000\.yaml\(24,20\): warning STMT0070"));
    }

    [Fact]
    public void A_globalconfig_can_turn_advice_off_or_into_an_error()
    {
        using var project = new ConsumerProject(DraftCorpus);
        project.WriteFile(".globalconfig", "is_global = true\ndotnet_diagnostic.STMT0070.severity = none\n");
        var (exit, output) = project.Build();
        Assert.Equal(0, exit);
        Assert.Equal(0, Count(output, "STMT0070"));

        project.WriteFile(".globalconfig", "is_global = true\ndotnet_diagnostic.STMT0070.severity = error\n");
        (exit, output) = project.Build();
        Assert.NotEqual(0, exit);
        Assert.Equal(1, Count(output, "error STMT0070"));
    }

    [Fact]
    public void NoWarn_and_WarningsAsErrors_in_the_project_work()
    {
        using (var quiet = new ConsumerProject(DraftCorpus, "<NoWarn>$(NoWarn);STMT0070</NoWarn>"))
        {
            var (exit, output) = quiet.Build();
            Assert.Equal(0, exit);
            Assert.Equal(0, Count(output, "STMT0070"));
        }

        using var strict = new ConsumerProject(DraftCorpus, "<WarningsAsErrors>$(WarningsAsErrors);STMT0070</WarningsAsErrors>");
        var (strictExit, strictOutput) = strict.Build();
        Assert.NotEqual(0, strictExit);
        Assert.Equal(1, Count(strictOutput, "error STMT0070"));
    }
}
