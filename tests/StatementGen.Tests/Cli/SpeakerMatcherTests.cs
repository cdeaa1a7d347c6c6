using StatementGen.Cli;
using Xunit;

namespace StatementGen.Tests.Cli;

/// <summary>How <c>draft</c> names a speaker from the words the source uses for them.</summary>
public class SpeakerMatcherTests
{
    private static SpeakerMatcher Matcher()
    {
        using var corpus = new TempCorpus(
        [
            ("people/ada-smith.yaml", "schema: person/1\nid: person:ada-smith\nname: Ada Smith\nwikidata: Q1\n"),
            ("people/bo-smith.yaml", "schema: person/1\nid: person:bo-smith\nname: Bo Smith\nwikidata: Q2\n"),
            ("people/cy-jones.yaml", "schema: person/1\nid: person:cy-jones\nname: Cy Jones\naliases: [Cyrus Jones]\nwikidata: Q3\n"),
            ("orgs/example-ministry.yaml", "schema: org/1\nid: org:example-ministry\nname: Ministry of Examples\naliases: [the ministry, Examples Ministry]\ntype: government_department\n"),
            ("polities/xa.yaml", "schema: polity/1\nid: polity:xa\nname: Exampleland\niso3166: XA\naliases: [Exampleland, Examplia City]\n"),
        ]);
        return SpeakerMatcher.From(CorpusFolder.Load(corpus.Directory));
    }

    [Theory]
    [InlineData("Examples Ministry spokesperson Cyrus Jones", "person:cy-jones")]  // the person, not the organisation
    [InlineData("Jones", "person:cy-jones")]                                        // a surname one person has
    [InlineData("the ministry", "org:example-ministry")]
    [InlineData("Examplia City", "polity:xa")]
    [InlineData("Ada Smith", "person:ada-smith")]
    public void Names_the_one_entity_the_words_name(string words, string id) => Assert.Equal(id, Matcher().Find(words).Id);

    [Theory]
    [InlineData("Smith", new[] { "person:ada-smith", "person:bo-smith" })]  // a surname two people have
    [InlineData("Jones’s aide", new string[0])]                              // a possessive is not the person
    [InlineData("the Ministry", new string[0])]                              // characters exact
    [InlineData("officials", new string[0])]
    public void Names_no_one_when_the_words_are_ambiguous_or_unknown(string words, string[] candidates)
    {
        var match = Matcher().Find(words);
        Assert.Null(match.Id);
        Assert.Equal(candidates, match.Candidates);
    }
}
