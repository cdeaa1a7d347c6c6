using StatementGen.Parsing;
using Xunit;

namespace StatementGen.Tests.Robustness;

/// <summary>"Did you mean" hints: still found for typos, and bounded in work and memory for any input.</summary>
public class SuggestionTests
{
    private static readonly string[] Keys = ["speaker", "said", "renderings", "claims", "relations", "curation", "occasion", "kind"];

    [Theory]
    [InlineData("speakr", "speaker")]
    [InlineData("Speaker", "speaker")]
    [InlineData("siad", "said")]
    [InlineData("claim", "claims")]
    [InlineData("relatoins", "relations")]
    [InlineData("xyz", null)]
    public void A_typo_gets_the_nearest_key(string typo, string? expected)
        => Assert.Equal(expected, new Suggestions().Nearest(typo, Keys));

    [Fact]
    public void Ties_go_to_the_first_candidate_in_ordinal_order()
        => Assert.Equal("bat", new Suggestions().Nearest("cat", ["hat", "bat", "mat"]));

    [Fact]
    public void A_word_longer_than_the_cap_is_not_compared_at_all()
    {
        var suggestions = new Suggestions();
        var word = new string('a', Suggestions.MaxWordLength + 1);
        Assert.Null(suggestions.Nearest(word, [word.Substring(1) + "b", word]));
        Assert.Equal(0, suggestions.Spent);
    }

    [Fact]
    public void Candidates_longer_than_the_cap_are_skipped()
    {
        var suggestions = new Suggestions();
        Assert.Null(suggestions.Nearest("abc", [new string('a', 20_000)]));
        Assert.Equal(1, suggestions.Spent);
    }

    [Fact]
    public void Once_the_budget_of_a_run_is_spent_no_more_hints_are_offered()
    {
        var suggestions = new Suggestions(budget: 1000);
        Assert.Equal("speaker", suggestions.Nearest("speakr", Keys));
        var spent = suggestions.Spent;
        Assert.InRange(spent, 1, 1000);
        string? last = "";
        for (var i = 0; i < 10 && last is not null; i++) last = suggestions.Nearest("speakr", Keys);
        Assert.Null(last);
        Assert.Null(suggestions.Nearest("said", Keys));
        Assert.Equal("", suggestions.Suggest("speakr", Keys, null));
    }

    [Fact]
    public void Comparing_words_at_the_cap_allocates_no_table()
    {
        var suggestions = new Suggestions();
        var word = new string('a', Suggestions.MaxWordLength);
        string[] candidates = [new string('a', Suggestions.MaxWordLength - 1) + "b", new string('b', Suggestions.MaxWordLength)];
        suggestions.Nearest(word, candidates);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) suggestions.Nearest(word, candidates);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Only the lower-cased word per call (about 150 bytes); a table would be 17 KB per comparison.
        Assert.True(allocated < 400_000, $"allocated {allocated:N0} bytes for 2,000 comparisons");
    }
}
