using StatementGen.Tests.Infrastructure;
using Xunit;
using static StatementGen.Tests.Cli.CliRunner;

namespace StatementGen.Tests.Cli;

/// <summary>A slug given on the command line that is not one is named in the error as messages name corpus text: escaped.</summary>
public class SlugArgumentTests
{
    [Fact]
    public void A_slug_argument_with_a_bidirectional_control_is_shown_escaped()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var (exit, _, error) = Run("new", "person", "ja\u202Ene", "--corpus", corpus.Directory);
        Assert.Equal(2, exit);
        Assert.Contains("error: 'ja\\u202Ene' is not a slug: use lower-case letters", error);
        Assert.True(!error.Contains('\u202E'), error);
    }
}
