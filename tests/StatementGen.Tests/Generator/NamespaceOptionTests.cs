using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>
/// StatementGenNamespace is written into every generated file, so only a plain C# namespace passes:
/// dot-separated identifiers of letters, digits, connectors and combining marks, none a keyword.
/// </summary>
public class NamespaceOptionTests
{
    [Theory]
    [InlineData("Corpus\u202EdetareneG", "Corpus\\u202EdetareneG")]
    [InlineData("Corpus.Gener\u200Bated", "Corpus.Gener\\u200Bated")]
    [InlineData("Corpus\nGenerated", "Corpus\\nGenerated")]
    [InlineData("Corpus\tGenerated", "Corpus\\tGenerated")]
    [InlineData("Corpus\u0000Generated", "Corpus\\u0000Generated")]
    [InlineData("Corpus\u2028Generated", "Corpus\\u2028Generated")]
    [InlineData("A..B", "A..B")]
    [InlineData(".A", ".A")]
    [InlineData("A.", "A.")]
    [InlineData("global.X", "global.X")]
    [InlineData("X.global", "X.global")]
    [InlineData("Corpus.class", "Corpus.class")]
    [InlineData("1Corpus", "1Corpus")]
    [InlineData("@class", "@class")]
    [InlineData("Cor-pus", "Cor-pus")]
    public void A_namespace_that_is_not_plain_CSharp_is_refused_and_shown_escaped(string ns, string shown)
    {
        var run = TestCorpus.Run(Fixtures.All, ns: ns);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STMT0091", diagnostic.Id);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("StatementGenNamespace '" + shown + "' is not a valid C# namespace; no corpus code was generated", message);
        Assert.DoesNotContain(message, c => char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator);
        Assert.Empty(run.Result.Results.Single().GeneratedSources);
    }

    [Theory]
    [InlineData("Newsroom.Corpus")]
    [InlineData("_Corpus.V2_Data")]
    [InlineData("Données.Corpus")]
    [InlineData("Corpus.var")]
    [InlineData("Корпус")]
    public void A_plain_namespace_passes(string ns)
    {
        var run = TestCorpus.Run(Fixtures.All, ns: ns);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileProblems);
        Assert.Contains("namespace " + ns + ";", run.Source("StatementGen.Queries.g.cs"));
    }

    [Fact]
    public void A_long_bad_value_is_shown_shortened()
    {
        var run = TestCorpus.Run(Fixtures.All, ns: "A." + new string('\u202E', 5000));
        var message = Assert.Single(run.Diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(message.Length < 200, message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("… (5002 characters)", message);
    }
}
