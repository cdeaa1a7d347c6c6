using System.Globalization;
using StatementGen.Tests.Infrastructure;
using Xunit;
using static StatementGen.Tests.Cli.CliRunner;

namespace StatementGen.Tests.Cli;

/// <summary>
/// <c>new</c> writes "TODO: …" placeholders where it cannot know a value, never invents a date, and
/// every placeholder left in a file is warning STMT0072 at the value until it is filled.
/// </summary>
public class PlaceholderTests
{
    private static string[] Placeholders(string output) => output.Split('\n').Where(l => l.Contains(": warning STMT0072: ")).ToArray();

    [Fact]
    public void A_new_person_left_as_scaffolded_warns_at_its_placeholder()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var (exit, created, error) = Run("new", "person", "jane-doe", "--corpus", corpus.Directory);
        Assert.True(exit == 0, error);
        Assert.Contains("1 placeholder", created);

        var (validateExit, output, _) = Run("validate", corpus.Directory);
        Assert.Equal(0, validateExit);
        var line = Assert.Single(Placeholders(output));
        Assert.Equal(corpus.PathOf("people/jane-doe.yaml") + "(4,7): warning STMT0072: 'name' still holds the placeholder 'TODO: The usual name.'; replace it with the real value", line);
    }

    [Fact]
    public void A_new_statement_has_no_invented_date_and_warns_at_every_placeholder()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var (exit, _, error) = Run("new", "statement", "2024-05-03-jane-remarks", "--corpus", corpus.Directory,
            "--set", "speaker.ref=person:ada-example", "--set", "renderings.0.source=src:example-daily-2024-05-02");
        Assert.True(exit == 0, error);
        var yaml = File.ReadAllText(corpus.PathOf("statements/2024/2024-05-03-jane-remarks.yaml"));
        Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), yaml);
        Assert.DoesNotContain(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), yaml);
        Assert.Contains("said:\n  as_stated: \"TODO: ", yaml);
        Assert.Contains("  edtf: XXXX-XX-XX\n", yaml);

        var (validateExit, output, _) = Run("validate", corpus.Directory);
        Assert.Equal(0, validateExit);
        var where = Placeholders(output).Select(l => l[(l.IndexOf("STMT0072: '", StringComparison.Ordinal) + 11)..l.IndexOf("' still", StringComparison.Ordinal)]).ToArray();
        Assert.Equal(["said.as_stated", "renderings.0.attributed_as", "renderings.0.cue", "renderings.0.excerpt", "claims.0.text"], where);
    }

    [Theory]
    [InlineData("said=2024-05-03", "said: 2024-05-03\n")]
    [InlineData("said.edtf=2024-05-03", "said:\n  edtf: 2024-05-03\n  precision: day\n  basis: stated\n")]
    public void A_date_given_with_set_replaces_the_placeholder(string setting, string expected)
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var (exit, _, error) = Run("new", "statement", "2024-05-03-jane-remarks", "--corpus", corpus.Directory,
            "--set", "speaker.ref=person:ada-example", "--set", "renderings.0.source=src:example-daily-2024-05-02", "--set", setting);
        Assert.True(exit == 0, error);
        var yaml = File.ReadAllText(corpus.PathOf("statements/2024/2024-05-03-jane-remarks.yaml"));
        Assert.Contains(expected, yaml);
        Assert.DoesNotContain("XXXX", yaml);
        var (_, output, _) = Run("validate", corpus.Directory);
        Assert.DoesNotContain(Placeholders(output), l => l.Contains("'said", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plain_date_is_never_guessed_it_must_be_given()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var (exit, _, error) = Run("new", "source", "example-daily-2024-05-03", "--corpus", corpus.Directory, "--set", "publisher=org:example-ministry");
        Assert.Equal(2, exit);
        Assert.Contains("--set published.date=<date, YYYY-MM-DD>", error);

        (exit, _, error) = Run("new", "source", "example-daily-2024-05-03", "--corpus", corpus.Directory, "--set", "publisher=org:example-ministry", "--set", "published.date=2024-05-03");
        Assert.True(exit == 0, error);
        Assert.Contains("  date: 2024-05-03\n", File.ReadAllText(corpus.PathOf("sources/example-daily-2024-05-03.yaml")));
    }

    [Fact]
    public void Filling_the_placeholders_silences_the_warnings()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        Run("new", "person", "jane-doe", "--corpus", corpus.Directory);
        var path = corpus.PathOf("people/jane-doe.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"TODO: The usual name.\"", "Jane Doe"));
        var (_, output, _) = Run("validate", corpus.Directory);
        Assert.Empty(Placeholders(output));
    }
}
