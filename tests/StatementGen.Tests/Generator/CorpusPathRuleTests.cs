using System.Text.RegularExpressions;
using StatementGen.Parsing;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>
/// The rule for paths inside the corpus folder is written twice, in C# for the command line and in
/// the package's MSBuild targets for the build; these tests keep the two the same rule.
/// </summary>
public class CorpusPathRuleTests
{
    private static readonly string Targets = File.ReadAllText(Path.Combine(Paths.Repository, "src", "StatementGen", "buildTransitive", "StatementGen.targets"));

    [Fact]
    public void The_targets_refuse_the_same_characters()
    {
        Assert.Contains("'" + CorpusPaths.MSBuildUnsafeCharacterPattern + "'", Targets);
        Assert.Equal(CorpusPaths.UnsafeCharacterPattern, CorpusPaths.MSBuildUnsafeCharacterPattern.Replace(@"\\", ""));
    }

    [Fact]
    public void The_targets_search_as_deep_as_the_command_line()
    {
        var globs = Regex.Matches(Targets, @"\$\(_StatementGenCorpusRoot\)((?:\*/)*)\*\.ya?ml").Select(m => m.Groups[1].Value.Length / 2).ToArray();
        Assert.NotEmpty(globs);
        Assert.Equal(CorpusPaths.MaxFolderDepth, globs.Max());
        Assert.Equal(Enumerable.Range(0, CorpusPaths.MaxFolderDepth + 1), globs.Distinct().Order());
    }

    [Theory]
    [InlineData("people/ada-example.yaml", true)]
    [InlineData("statements/2024/2024-10-28-x.yaml", true)]
    [InlineData("people/Ada_Example.YML", true)]
    [InlineData("people/a\n-errorlog:x.sarif\n#b.yaml", false)]
    [InlineData("people/sp ace.yaml", false)]
    [InlineData("people/q\"uote.yaml", false)]
    [InlineData("people/$(Secret).yaml", false)]
    [InlineData("people/ünï.yaml", false)]
    [InlineData("people/a\u2028b.yaml", false)]
    [InlineData("..\\..\\elsewhere\\x.yaml", false)]
    public void Safe_paths_are_ascii_names(string path, bool safe)
    {
        Assert.Equal(safe, CorpusPaths.IsSafe(path));
        Assert.Equal(!safe, Regex.IsMatch(path, CorpusPaths.UnsafeCharacterPattern));
    }

    [Fact]
    public void Control_characters_are_shown_as_code_points()
        => Assert.Equal("people/a[U+000A]b[U+2028]c[U+0009].yaml", CorpusPaths.Show("people/a\nb\u2028c\t.yaml"));
}
