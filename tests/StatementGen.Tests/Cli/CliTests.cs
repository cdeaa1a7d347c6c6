using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Tests.Generator;
using StatementGen.Tests.Infrastructure;
using Xunit;
using static StatementGen.Tests.Cli.CliRunner;

namespace StatementGen.Tests.Cli;

/// <summary>The statementgen command line, end to end on temporary corpora (on the bundled corpus: StatementGen.Corpus.Tests).</summary>
public class CliTests
{
    [Fact]
    public void Validate_fails_a_broken_copy_with_canonical_lines_and_json()
    {
        using var corpus = new TempCorpus(Fixtures.With("people/ada-example.yaml", Fixtures.Person.Replace("name:", "nmae:")));
        var (exit, output, _) = Run("validate", corpus.Directory);
        Assert.Equal(1, exit);
        Assert.Contains(corpus.PathOf("people/ada-example.yaml") + "(3,1): error STMT0011: Unknown key 'nmae' in Person; did you mean 'name'?", output);

        (exit, output, _) = Run("validate", corpus.Directory, "--format", "json");
        Assert.Equal(1, exit);
        var error = JsonNode.Parse(output)!.AsArray().Single(d => (string)d!["severity"]! == "error")!;
        Assert.Equal(("STMT0011", 3, 1, 3, 5), ((string)error["id"]!, (int)error["line"]!, (int)error["column"]!, (int)error["endLine"]!, (int)error["endColumn"]!));
    }

    public static TheoryData<DiagnosticCase> Cases() => DiagnosticsTests.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_cli_reports_exactly_what_the_build_reports(DiagnosticCase @case)
    {
        using var corpus = new TempCorpus(@case.Corpus);
        var fromGenerator = TestCorpus.Run(corpus.Files()).Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToArray();
        var (_, output, _) = Run("validate", corpus.Directory);
        var fromCli = output.Split('\n').Where(l => l.Contains(": error STMT") || l.Contains(": warning STMT") || l.Contains(": info STMT")).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(fromCli);
        Assert.Equal(fromGenerator, fromCli);
    }

    [Fact]
    public void New_scaffolds_valid_files_that_validate_and_refuses_to_overwrite()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var (exit, output, error) = Run("new", "person", "jane-doe", "--corpus", corpus.Directory, "--set", "name=Jane Doe");
        Assert.True(exit == 0, error);
        var person = File.ReadAllText(corpus.PathOf("people/jane-doe.yaml"));
        Assert.StartsWith("# yaml-language-server: $schema=../../schema/person.schema.json\nschema: person/1\nid: person:jane-doe\nname: \"Jane Doe\"\n", person);

        (exit, _, error) = Run("new", "statement", "2024-05-03-jane-remarks", "--corpus", corpus.Directory,
            "--set", "speaker.ref=person:jane-doe", "--set", "renderings.0.source=src:example-daily-2024-05-02",
            "--set", "said.edtf=2024-05-03", "--set", "claims.0.text=Jane spoke.", "--set", "claims.0.stance.cues.0=we think");
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(corpus.PathOf("statements/2024/2024-05-03-jane-remarks.yaml")));

        (exit, output, _) = Run("validate", corpus.Directory);
        Assert.Equal(0, exit);
        Assert.Contains("10 files, 10 valid entities: 0 errors", output);

        (exit, _, error) = Run("new", "person", "jane-doe", "--corpus", corpus.Directory);
        Assert.Equal(1, exit);
        Assert.Contains("already exists", error);
    }

    [Theory]
    [InlineData(new[] { "new", "statement", "2024-05-03-x" }, "--set speaker.ref=<person, org or polity id>")]
    [InlineData(new[] { "new", "person", "Jane" }, "is not a slug")]
    [InlineData(new[] { "new", "person", "jane", "--set", "nmae=Jane" }, "Person has no key 'nmae'; did you mean 'name'?")]
    [InlineData(new[] { "new", "persona", "jane" }, "persona")]
    [InlineData(new[] { "validate", "no-such-folder" }, "does not exist")]
    [InlineData(new[] { "frobnicate" }, "Unrecognized command or argument 'frobnicate'")]
    [InlineData(new[] { "export", "--format", "xml" }, "xml")]
    public void Usage_errors_exit_2_with_a_clear_message(string[] args, string message)
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var full = args.Select(a => a == "no-such-folder" ? Path.Combine(corpus.Root, a) : a).ToList();
        if (full[0] == "new") full.AddRange(["--corpus", corpus.Directory]);
        var (exit, _, error) = Run([.. full]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public void New_refuses_values_the_build_would_reject_and_writes_nothing()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var (exit, _, error) = Run("new", "person", "jane-doe", "--corpus", corpus.Directory, "--set", "wikidata=42");
        Assert.Equal(1, exit);
        Assert.Contains("error STMT0015", error);
        Assert.False(File.Exists(corpus.PathOf("people/jane-doe.yaml")));
    }

    [Fact]
    public void Help_is_available_everywhere()
    {
        foreach (var command in new[] { "", "validate", "new", "export", "stats", "schema", "draft", "source add" })
        {
            var (exit, output, _) = Run(command.Length == 0 ? ["--help"] : [.. command.Split(' '), "--help"]);
            Assert.Equal(0, exit);
            Assert.Contains("Usage:", output);
        }
    }

    [Fact]
    public void Export_refuses_a_broken_corpus()
    {
        using var corpus = new TempCorpus(Fixtures.With("people/ada-example.yaml", Fixtures.Person.Replace("name:", "nmae:")));
        var (exit, output, error) = Run("export", corpus.Directory);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("nothing exported", error);
    }

    [Fact]
    public void New_works_in_a_folder_that_does_not_exist_yet()
    {
        using var corpus = new TempCorpus([]);
        var fresh = Path.Combine(corpus.Root, "fresh-corpus");
        var (exit, output, error) = Run("new", "person", "jane-doe", "--corpus", fresh, "--set", "name=Jane Doe");
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(fresh, "people", "jane-doe.yaml")), output);
    }

    [Fact]
    public void New_refuses_an_id_another_file_already_declares()
    {
        using var corpus = new TempCorpus(Fixtures.All.Append(("people/jane-doe.yml", Fixtures.Person.Replace("person:ada-example", "person:jane-doe"))));
        var (exit, _, error) = Run("new", "person", "jane-doe", "--corpus", corpus.Directory, "--set", "name=Jane Doe");
        Assert.Equal(1, exit);
        Assert.Contains("STMT0032", error);
        Assert.False(File.Exists(corpus.PathOf("people/jane-doe.yaml")));
    }

    [Fact]
    public void New_statement_without_a_date_in_its_slug_goes_to_this_years_folder()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var (exit, output, error) = Run("new", "statement", "1st-briefing", "--corpus", corpus.Directory,
            "--set", "speaker.ref=person:ada-example", "--set", "renderings.0.source=src:example-daily-2024-05-02");
        Assert.True(exit == 0, error);
        Assert.Contains($"statements/{DateTime.UtcNow.Year}/1st-briefing.yaml", output.Replace('\\', '/'));
    }

    [Fact]
    public void Export_to_a_folder_that_does_not_exist_is_a_usage_error()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var (exit, _, error) = Run("export", corpus.Directory, "--output", Path.Combine(corpus.Root, "missing", "x.json"));
        Assert.Equal(2, exit);
        Assert.Contains("cannot write", error);
    }
}
