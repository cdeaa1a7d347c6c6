using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Tests.Infrastructure;
using StatementGen.Validation;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>Occasions ordered by <c>before</c> must not come before each other in a circle of any length.</summary>
public class OccasionCycleTests
{
    /// <summary>A statement of the fixture corpus with its own id, occasion key and (optionally) before.</summary>
    private static (string Path, string Yaml) Statement(string slug, string key, string? before)
    {
        var occasion = "occasion: {key: " + key + ", setting: press_briefing" + (before is null ? "" : ", before: " + before) + "}";
        var yaml = Fixtures.StatementEarly
            .Replace("stmt:2024-05-01-ada-crowd-2000", "stmt:2024-05-01-" + slug)
            .Replace("occasion: {key: 2024-05-01-briefing, setting: press_briefing}", occasion);
        return ("statements/2024/2024-05-01-" + slug + ".yaml", yaml);
    }

    private static IEnumerable<(string Path, string Yaml)> Corpus(params (string Path, string Yaml)[] statements)
        => Fixtures.All.Where(f => !f.Path.StartsWith("statements/", StringComparison.Ordinal)).Concat(statements);

    [Fact]
    public void A_cycle_of_three_is_reported_at_each_before_and_named()
    {
        var run = TestCorpus.Run(Corpus(Statement("s1", "a", "b"), Statement("s2", "b", "c"), Statement("s3", "c", "a")));
        Assert.Equal(["STMT0035", "STMT0035", "STMT0035"], run.Ids);
        Assert.Equal(
            ["2024-05-01-s1.yaml(5,53)", "2024-05-01-s2.yaml(5,53)", "2024-05-01-s3.yaml(5,53)"],
            run.Diagnostics.Select(d => Path.GetFileName(d.Location.GetLineSpan().Path) + "(" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + "," + (d.Location.GetLineSpan().StartLinePosition.Character + 1) + ")").Order(StringComparer.Ordinal));
        Assert.All(run.Diagnostics, d => Assert.EndsWith("occasions cannot come before each other in a circle: a → b → c → a", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(run.Diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("No statement has an occasion with key 'b' that does not, through other occasions, come back before 'a';", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cycle_through_an_occasion_that_several_statements_share_is_found()
    {
        var run = TestCorpus.Run(Corpus(Statement("s1", "a", null), Statement("s2", "a", "b"), Statement("s3", "b", "c"), Statement("s4", "c", "d"), Statement("s5", "d", "a")));
        Assert.Equal(4, run.Diagnostics.Count(d => d.Id == "STMT0035"));
        Assert.All(run.Diagnostics, d => Assert.EndsWith("a → b → c → d → a", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_chain_without_a_cycle_is_fine()
    {
        var run = TestCorpus.Run(Corpus(Statement("s1", "a", "b"), Statement("s2", "b", "c"), Statement("s3", "c", null), Statement("s4", "d", "b")));
        Assert.Empty(run.Diagnostics);
    }

    private static TextValue Before(int statement, string key)
    {
        var position = new LinePosition(4, 57);
        return new TextValue(key, new LocationInfo("statements/2024/s" + statement + ".yaml", new TextSpan(100, key.Length), new LinePositionSpan(position, position)));
    }

    [Fact]
    public void A_cycle_of_100000_occasions_is_found_without_deep_recursion_and_named_briefly()
    {
        const int n = 100_000;
        var edges = Enumerable.Range(0, n).Select(i => ("k" + i, Before(i, "k" + ((i + 1) % n)))).ToArray();
        var loops = CorpusValidator.OccasionLoops(edges);
        Assert.Equal(n, loops.Count);
        Assert.All(loops.Values, message => Assert.True(message.Length < 300, message));
        Assert.EndsWith("k0 → k1 → k2 → k3 → k4 → k5 → … → k99999 → k0 (100000 occasions)", loops[edges[0].Item2.Location]);
    }

    [Fact]
    public void A_chain_of_100000_occasions_without_a_cycle_has_no_loop()
    {
        const int n = 100_000;
        var edges = Enumerable.Range(0, n - 1).Select(i => ("k" + i, Before(i, "k" + (i + 1)))).Append(("k" + (n - 1), Before(n, "elsewhere"))).ToArray();
        Assert.Empty(CorpusValidator.OccasionLoops(edges));
    }
}
