using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Parsing;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Robustness;

/// <summary>
/// Files written to hurt the build: reading any of them costs work in proportion to its size,
/// "did you mean" hints cost bounded time and memory, and whatever a file holds, every message
/// and every file's list of problems has a bounded length.
/// </summary>
[Collection(nameof(ResourceTests))]
public class HostileInputTests
{
    private const string PersonPath = "people/ada-example.yaml";
    private const string EarlyPath = "statements/2024/2024-05-01-ada-crowd-2000.yaml";
    private const string LatePath = "statements/2024/2024-05-02-ada-crowd-5000.yaml";

    private static FileModelView Parse(string path, string yaml, CancellationToken cancellationToken = default)
    {
        var model = CorpusGenerator.ReadAndCheck(TestCorpus.Root + path, SourceText.From(yaml), cancellationToken);
        return new FileModelView(model.Diagnostics.Select(d => d.ToDiagnostic()).ToArray());
    }

    private sealed record FileModelView(IReadOnlyList<Diagnostic> Diagnostics)
    {
        public IReadOnlyList<string> Ids => Diagnostics.Select(d => d.Id).ToArray();
    }

    [Fact]
    public void A_mapping_with_many_keys_reports_each_repeated_key_at_its_repeat()
    {
        // The reader looks through the keys of a small mapping and keeps a set of them past a dozen or
        // so; a key first written before that point and repeated after it must still be found.
        var extra = string.Concat(Enumerable.Range(0, 30).Select(i => "x" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": 1\n"));
        var yaml = Fixtures.Person + "\n" + extra + "name: Ada Other\nx25: 2\nx3: 3\n";
        var model = Parse(PersonPath, yaml);

        var repeats = model.Diagnostics.Where(d => d.Id == "STMT0003").ToArray();
        Assert.Equal(new[] { "name", "x25", "x3" }, repeats.Select(d => yaml.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)));
        Assert.Equal(new[] { "name: Ada Other", "x25: 2", "x3: 3" }.Select(line => yaml.LastIndexOf(line, StringComparison.Ordinal)), repeats.Select(d => d.Location.SourceSpan.Start));
        Assert.Equal(30, model.Ids.Count(id => id == "STMT0011"));
    }

    [Fact]
    public void A_megabyte_of_open_brackets_is_read_in_bounded_work()
    {
        // Reading on after the depth limit went through YamlDotNet's scanner, whose work per token
        // grows with the nesting: about an hour for this file. The guard is generous; reading it
        // now takes milliseconds.
        var yaml = "schema: person/1\nid: person:ada-example\nx: " + new string('[', YamlTreeReader.MaxFileLength - 100);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var model = Parse(PersonPath, yaml, cancellation.Token);
        Assert.Contains("STMT0081", model.Ids);
    }

    [Fact]
    public void A_syntax_error_after_nesting_just_over_the_limit_is_still_reported()
    {
        var yaml = Fixtures.Person + "\nx: " + new string('[', 70) + new string(']', 70) + "\ny: [unclosed\n";
        var model = Parse(PersonPath, yaml);
        Assert.Equal(["STMT0081", "STMT0001"], model.Ids);
    }

    [Fact]
    public void A_long_claim_key_with_a_near_miss_costs_no_quadratic_memory()
    {
        // The edit distance used to fill an (n+1)×(m+1) table: 100 MB for these two 5,000-character keys.
        var key = new string('a', 5000);
        var early = Fixtures.StatementEarly.Replace("- key: crowd", "- key: " + key);
        var late = Fixtures.StatementLate.Replace("#crowd", "#" + key.Substring(1) + "b").Replace("from: crowd", "from: crowd");
        var files = Fixtures.With(EarlyPath, early).Where(f => f.Path != LatePath).Append((LatePath, late)).ToArray();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var run = TestCorpus.Run(files);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains("STMT0034", run.Ids);
        Assert.True(allocated < 30_000_000, $"allocated {allocated / 1e6:F0} MB");
    }

    [Fact]
    public void A_claim_key_of_thirty_thousand_characters_gets_its_diagnostic_not_an_out_of_memory_crash()
    {
        // At this length the table of the edit distance no longer fit: the generator died with
        // CS8785 (OutOfMemoryException) and reported no corpus diagnostic at all.
        var key = new string('a', 30_000);
        var early = Fixtures.StatementEarly.Replace("- key: crowd", "- key: " + key);
        var late = Fixtures.StatementLate.Replace("#crowd", "#" + key.Substring(1) + "b");
        var files = Fixtures.With(EarlyPath, early).Where(f => f.Path != LatePath).Append((LatePath, late)).ToArray();
        var run = TestCorpus.Run(files);
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "STMT0034");
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
        Assert.True(diagnostic.GetMessage().Length < 2000, $"message of {diagnostic.GetMessage().Length} characters");
    }

    [Fact]
    public void A_statement_with_thousands_of_claims_gives_bounded_messages_and_a_capped_list()
    {
        // Every STMT0055 listed every claim key of the statement: output grew with the square of the file.
        var claims = string.Concat(Enumerable.Range(0, 2000).Select(i => $"  - {{key: claim-{i}, type: characterization, text: x, topic: t, stance: {{polarity: positive, certainty: certain}}}}\n"));
        var relations = string.Concat(Enumerable.Range(0, 2000).Select(i => $"  - {{type: refers_to, from: missing-{i}, to: event:2024-summit, basis: curator_inference}}\n"));
        var head = Fixtures.StatementLate.Substring(0, Fixtures.StatementLate.IndexOf("claims:", StringComparison.Ordinal));
        var yaml = head + "claims:\n" + claims + "relations:\n" + relations + "curation: {status: published}\n";
        var run = TestCorpus.Run(Fixtures.With(LatePath, yaml));
        var inFile = run.Diagnostics.Where(d => d.Location.GetLineSpan().Path.EndsWith(LatePath, StringComparison.Ordinal)).ToArray();
        Assert.True(inFile.Length is >= 2 and <= 101, string.Join("\n", inFile.Take(5)));
        Assert.All(inFile, d => Assert.True(d.GetMessage().Length < 1000, $"{d.Id}: message of {d.GetMessage().Length} characters"));
        var summary = Assert.Single(inFile, d => d.Id == "STMT0083");
        Assert.Equal(0, summary.Location.SourceSpan.Start);
        Assert.Contains(" more problems in this file", summary.GetMessage());
        var relation = inFile.FirstOrDefault(d => d.Id == "STMT0055");
        Assert.True(relation is not null, string.Join("\n", inFile.Take(5)));
        Assert.Contains("and 1,995 more", relation.GetMessage());
    }

    [Fact]
    public void Cross_file_problems_of_one_file_are_capped_too()
    {
        var places = string.Concat(Enumerable.Range(0, 500).Select(i => $"{{ref: place:nowhere-{i}, role: location}}, "));
        var yaml = Fixtures.StatementEarly.Replace("where: [{ref: place:example-city, role: location}]", "where: [" + places + "{ref: place:example-city, role: location}]");
        var run = TestCorpus.Run(Fixtures.With(EarlyPath, yaml));
        var inFile = run.Diagnostics.Where(d => d.Location.GetLineSpan().Path.EndsWith(EarlyPath, StringComparison.Ordinal)).ToArray();
        Assert.Equal(101, inFile.Length);
        Assert.Equal(100, inFile.Count(d => d.Id == "STMT0030"));
        Assert.Contains("400 more problems in this file", Assert.Single(inFile, d => d.Id == "STMT0083").GetMessage());
    }

    [Fact]
    public void A_file_that_is_not_yaml_is_quoted_only_as_a_short_excerpt()
    {
        // A private key reached through a link, say: only a short, escaped excerpt may reach the log.
        var secret = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + string.Concat(Enumerable.Repeat("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n", 20)) + "-----END OPENSSH PRIVATE KEY-----\n";
        var model = Parse(PersonPath, secret);
        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Equal("STMT0004", diagnostic.Id);
        var message = diagnostic.GetMessage();
        Assert.Contains("-----BEGIN OPENSSH", message);
        Assert.DoesNotContain("AAAAMwAAAAtzc2gtZW", message);
        Assert.True(message.Length < 200, $"message of {message.Length} characters: {message}");
    }

    [Fact]
    public void A_long_value_is_quoted_as_an_excerpt()
    {
        var value = "x" + new string('y', 60_000);
        var model = Parse(EarlyPath, Fixtures.StatementEarly.Replace("fidelity: faithful", "fidelity: " + value));
        var diagnostic = Assert.Single(model.Diagnostics, d => d.Id == "STMT0013");
        Assert.True(diagnostic.GetMessage().Length < 1000, $"message of {diagnostic.GetMessage().Length} characters");
        Assert.Contains("xyyy", diagnostic.GetMessage());
        Assert.Contains("…", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("\uE000", "\\uE000")]
    [InlineData("\u0378", "\\u0378")]
    [InlineData("\u2028", "\\u2028")]
    [InlineData("\u202E", "\\u202E")]
    public void Characters_that_could_hide_or_forge_text_are_escaped_in_messages(string character, string escaped)
    {
        var model = Parse(PersonPath, Fixtures.Person.Replace("wikidata: Q42", "wikidata: \"Q42" + (character == "\u2028" ? "\\L" : character) + "\""));
        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Equal("STMT0015", diagnostic.Id);
        Assert.Contains("'Q42" + escaped + "'", diagnostic.GetMessage());
        Assert.False(diagnostic.GetMessage().Contains(character, StringComparison.Ordinal), "the raw character reached the message");
    }

    [Fact]
    public void A_lone_surrogate_and_private_use_characters_are_escaped_as_in_generated_code()
    {
        var diagnostic = Model.DiagnosticInfo.Create(DiagnosticDescriptors.UnknownKey, Model.LocationInfo.FileStart("a.yaml"), "a\uD800b\uDC00\uE000\U0001F600", "T", "");
        Assert.Equal("a\\uD800b\\uDC00\\uE000\U0001F600", diagnostic.Arguments[0]);
    }
}
