using StatementGen.Cli;
using Xunit;

namespace StatementGen.Tests.Cli;

/// <summary>The rules by which <c>draft</c> finds quotations, sentences and attributions in a paragraph.</summary>
public class DrafterTests
{
    private static IReadOnlyList<Draft> Find(string paragraph) => Drafter.Find([paragraph], []);

    private static Draft Single(string paragraph) => Assert.Single(Find(paragraph));

    [Fact]
    public void An_apostrophe_never_opens_or_closes_a_single_quotation()
    {
        var draft = Single("Officials said it was ‘a grave mistake’ that they’ll regret, and that People’s Daily erred.");
        Assert.Equal(["a grave mistake"], draft.Quotes);
        Assert.Equal(("Officials", "said", "mixed"), (draft.AttributedAs, draft.Cue, draft.Mode));

        // ’ followed by a letter is an apostrophe, so the quotation closes at the ’ after "Pyongyang’s".
        draft = Single("Rutte called it ‘Pyongyang’s war’.");
        Assert.Equal(["Pyongyang’s war"], draft.Quotes);
    }

    [Fact]
    public void Straight_quotes_and_an_inverted_attribution_are_found()
    {
        var draft = Single("\"We will not stop,\" said Deputy Minister Ada Example.");
        Assert.Equal(["We will not stop"], draft.Quotes);
        Assert.Equal(("Deputy Minister Ada Example", "said", "direct"), (draft.AttributedAs, draft.Cue, draft.Mode));
    }

    [Fact]
    public void According_to_names_its_speaker_after_it()
    {
        var draft = Single("About 3,000 troops are there, according to U.S. officials.");
        Assert.Equal(("U.S. officials", "according to", "indirect"), (draft.AttributedAs, draft.Cue, draft.Mode));
        Assert.Empty(draft.Quotes);
    }

    [Fact]
    public void A_period_inside_a_quotation_or_after_an_abbreviation_ends_no_sentence()
    {
        var draft = Single("“It is over. We are leaving,” Gen. Ada Example told The Daily on Monday. The U.S. team left.");
        Assert.Equal("“It is over. We are leaving,” Gen. Ada Example told The Daily on Monday.", draft.Excerpt);
        Assert.Equal(["It is over. We are leaving"], draft.Quotes);
        Assert.Equal(("Ada Example", "told The Daily", "direct"), (draft.AttributedAs, draft.Cue, draft.Mode));
    }

    [Fact]
    public void A_noun_that_looks_like_a_verb_is_no_attribution()
    {
        Assert.Empty(Find("The claims followed similar intelligence reports from Kyiv and Seoul."));
    }

    [Fact]
    public void A_quotation_that_goes_on_in_the_next_paragraph_runs_to_the_end_of_this_one()
    {
        var draft = Single("“We will hold the line. Nobody will cross it.");
        Assert.Equal(["We will hold the line. Nobody will cross it"], draft.Quotes);
        Assert.Null(draft.AttributedAs);
        Assert.Null(draft.Cue);
    }

    [Fact]
    public void A_quotation_sentence_after_an_attribution_continues_it_unless_it_names_another_speaker()
    {
        var drafts = Find("“We are ready,” Singh said. “Nobody doubts it.” Rutte called it “a relief.”");
        Assert.Equal(2, drafts.Count);
        Assert.Equal(["We are ready", "Nobody doubts it"], drafts[0].Quotes);
        Assert.Equal("“We are ready,” Singh said. “Nobody doubts it.”", drafts[0].Excerpt);
        Assert.Equal(("Rutte", "called"), (drafts[1].AttributedAs, drafts[1].Cue));
        Assert.Equal(["a relief"], drafts[1].Quotes);
    }

    [Fact]
    public void A_sentence_longer_than_prose_is_left_to_the_curator_and_said()
    {
        var notes = new List<string>();
        var drafts = Drafter.Find(["Singh said " + string.Join(" ", Enumerable.Repeat("more", 1000)) + ". Rutte said no."], notes);
        var draft = Assert.Single(drafts);
        Assert.Equal("Rutte said no.", draft.Excerpt);
        Assert.StartsWith("paragraph 1: a sentence of more than 4000 characters (from 'Singh said more", Assert.Single(notes));
    }

    [Fact]
    public void At_most_eight_attributions_of_one_sentence_are_drafted_and_the_rest_said()
    {
        var notes = new List<string>();
        var drafts = Drafter.Find([string.Join(", ", Enumerable.Range(1, 10).Select(i => "Official" + (char)('A' + i) + " said yes")) + "."], notes);
        Assert.Equal(8, drafts.Count);
        Assert.Equal("OfficialB", drafts[0].AttributedAs);
        Assert.Contains("only the first 8 attributions", Assert.Single(notes));
    }

    [Fact]
    public async Task Marks_that_never_close_are_searched_once_not_once_each()
    {
        // 200,000 openers without a closer: searching from each one to the end was quadratic (hours); now one pass.
        var text = string.Concat(Enumerable.Repeat("x \u2018y ", 200_000));
        var drafts = await Task.Run(() => Drafter.Find([text], [])).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(drafts);
    }
}
