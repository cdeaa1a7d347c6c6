using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>Sources' archived texts: their format, the verified mark in the generated records, what an edit re-checks, and bounds.</summary>
public class ArchivedTextTests
{
    private const string ShowVerified = """
        public static class Probe
        {
            public static string Verified() => string.Join(",", System.Linq.Enumerable.Select(StatementGen.Generated.Statements.All, s => s.Id.Value + "=" + string.Join("/", System.Linq.Enumerable.Select(s.Renderings, r => r.Verified))));
        }
        """;

    private static string Verified(GeneratorRun run)
    {
        Assert.Empty(run.CompileProblems);
        using var stream = new MemoryStream();
        Assert.True(run.Output.Emit(stream).Success);
        var assembly = System.Reflection.Assembly.Load(stream.ToArray());
        return (string)assembly.GetType("Probe")!.GetMethod("Verified")!.Invoke(null, null)!;
    }

    [Fact]
    public void Renderings_of_a_source_with_an_archived_text_are_verified_and_others_are_not()
    {
        var archived = TestCorpus.Run(Fixtures.WithArchivedText(), ShowVerified);
        Assert.Empty(archived.Diagnostics);
        Assert.Equal("stmt:2024-05-01-ada-crowd-2000=True,stmt:2024-05-02-ada-crowd-5000=True", Verified(archived));

        var plain = TestCorpus.Run(Fixtures.All, ShowVerified);
        Assert.Equal("stmt:2024-05-01-ada-crowd-2000=False,stmt:2024-05-02-ada-crowd-5000=False", Verified(plain));
    }

    [Theory]
    [InlineData("First paragraph.\r\nSecond paragraph.\n", "Line 1 holds a carriage return (U+000D)", 0, 16)]
    [InlineData("First paragraph.\n\nSecond paragraph.\n", "Line 2 is empty", 1, 0)]
    [InlineData("First paragraph.\nSecond\u2028paragraph.\n", "control character U+2028", 1, 6)]
    [InlineData("", "The archived text is empty", 0, 0)]
    public void A_malformed_text_is_reported_at_the_offending_line_and_checks_nothing(string text, string message, int line, int column)
    {
        var read = ArchivedTextReader.Read("/c/sources/x.txt", SourceText.From(text), CancellationToken.None);
        Assert.False(read.IsUsable);
        var problem = Assert.Single(read.Problems);
        Assert.Equal("STMT0040", problem.Id);
        Assert.Contains(message, problem.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new LinePosition(line, column), problem.Location.LineSpan.Start);
        Assert.Empty(read.Paragraphs);
    }

    [Fact]
    public void A_text_without_a_final_line_feed_or_with_a_byte_order_mark_has_the_same_paragraphs_and_hash()
    {
        var plain = ArchivedTextReader.Read("/c/sources/x.txt", SourceText.From("One.\nTwo.\n"), CancellationToken.None);
        var unended = ArchivedTextReader.Read("/c/sources/x.txt", SourceText.From("One.\nTwo."), CancellationToken.None);
        Assert.Equal(["One.", "Two."], plain.Paragraphs);
        Assert.Equal(plain, unended);
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData("One.\nTwo.\n"u8.ToArray())).ToLowerInvariant(), plain.Sha256);
    }

    [Fact]
    public void Text_files_a_project_lists_for_other_tools_are_not_archived_texts()
    {
        var run = TestCorpus.Run(Fixtures.All.Append(("PublicAPI.Shipped.txt", "#nullable enable\n")).Append(("notes/readme.txt", "\n\n")).ToArray());
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void A_source_that_says_its_text_is_stored_in_full_needs_the_text()
    {
        var corpus = Fixtures.WithArchivedText().Where(f => f.Path != Fixtures.ArchivedTextPath).ToArray();
        var error = Assert.Single(TestCorpus.Run(corpus).Diagnostics);
        Assert.Equal("STMT0041", error.Id);
        Assert.Contains("text.stored is full, but there is no archived text 'example-daily-2024-05-02.txt'", error.GetMessage());
    }

    [Fact]
    public void A_source_with_an_archived_text_and_no_hash_is_told_the_values_to_add()
    {
        var corpus = Fixtures.All.Append((Fixtures.ArchivedTextPath, Fixtures.ArchivedText)).ToArray();
        var messages = TestCorpus.Run(corpus).Diagnostics.Select(d => d.Id + " " + d.GetMessage()).ToArray();
        Assert.Contains(messages, m => m.StartsWith("STMT0041", StringComparison.Ordinal) && m.Contains("so text.stored is full, not excerpts_only"));
        Assert.Contains(messages, m => m.StartsWith("STMT0041", StringComparison.Ordinal) && m.Contains("add sha256: " + ArchivedTextReader.Sha256Hex(Fixtures.ArchivedText.TrimEnd('\n').Split('\n'))));
    }

    private static (GeneratorDriver Driver, Compilation Compilation, ImmutableArray<AdditionalText> Texts) Start() => TestCorpus.StartTracked();

    private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step)
        => driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    [Fact]
    public void Editing_one_statement_rechecks_only_that_statement_against_the_cached_text()
    {
        var (driver, compilation, texts) = Start();
        var early = texts.Single(t => t.Path.EndsWith("2024-05-01-ada-crowd-2000.yaml", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(early, new InMemoryText(early.Path, Fixtures.StatementEarly.Replace("role: spokesperson", "role: Ministry spokesperson"))).RunGenerators(compilation);

        Assert.All(Reasons(driver, TrackingNames.ReadText), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TrackingNames.Texts), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        var checks = Reasons(driver, TrackingNames.ReadFile);
        Assert.Equal(1, checks.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(checks.Length - 1, checks.Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void Editing_the_archived_text_rechecks_every_file_and_reports_the_change()
    {
        var (driver, compilation, texts) = Start();
        var text = texts.Single(t => t.Path.EndsWith(".txt", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(text, new InMemoryText(text.Path, Fixtures.ArchivedText.Replace("2,000 people", "2,000 persons"))).RunGenerators(compilation);

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(driver, TrackingNames.ReadText));
        Assert.All(Reasons(driver, TrackingNames.ReadFile), r => Assert.NotEqual(IncrementalStepRunReason.Cached, r));
        var ids = driver.GetRunResult().Diagnostics.Select(d => d.Id).Order().ToArray();
        Assert.Equal(["STMT0041", "STMT0043", "STMT0044"], ids);
    }

    [Fact]
    public void Renderings_of_a_megabyte_paragraph_cost_a_bounded_check_reported_once()
    {
        var paragraph = string.Concat(Enumerable.Repeat("the ministry said ", 60_000));
        var excerpts = string.Concat(Enumerable.Range(0, 40).Select(i => $"  - {{source: src:example-daily-2024-05-02, para: 1, mode: indirect, attributed_as: the ministry, cue: said, excerpt: the ministry said the ministry says {i}, fidelity: faithful}}\n"));
        var statement = Fixtures.StatementEarly.Substring(0, Fixtures.StatementEarly.IndexOf("renderings:", StringComparison.Ordinal)) + "renderings:\n" + excerpts
            + Fixtures.StatementEarly.Substring(Fixtures.StatementEarly.IndexOf("claims:", StringComparison.Ordinal)).Replace("as_stated: \"at least 2,000 people\", ", "");
        var text = paragraph + "\nSecond.\n";
        var sha = ArchivedTextReader.Sha256Hex(text.TrimEnd('\n').Split('\n'));
        var corpus = Fixtures.WithArchivedText(text)
            .Select(f => f.Path.EndsWith("example-daily-2024-05-02.yaml", StringComparison.Ordinal) ? (f.Path, System.Text.RegularExpressions.Regex.Replace(f.Yaml, "sha256: [0-9a-f]{64}", "sha256: " + sha)) : f)
            .Select(f => f.Path.EndsWith("2024-05-01-ada-crowd-2000.yaml", StringComparison.Ordinal) ? (f.Path, statement) : f)
            .Where(f => !f.Path.EndsWith("2024-05-02-ada-crowd-5000.yaml", StringComparison.Ordinal) && !f.Path.StartsWith("events/", StringComparison.Ordinal))
            .ToArray();

        var clock = Stopwatch.StartNew();
        var diagnostics = TestCorpus.Run(corpus).Diagnostics.Where(d => d.Location.GetLineSpan().Path.EndsWith("2024-05-01-ada-crowd-2000.yaml", StringComparison.Ordinal)).ToArray();
        clock.Stop();
        Assert.Single(diagnostics, d => d.Id == "STMT0084");
        Assert.InRange(diagnostics.Count(d => d.Id == "STMT0043"), 1, 39);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "a guard against a hang: " + clock.Elapsed);
    }

    /// <summary>The fixture corpus with <paramref name="text"/> archived (its hash and count set) and the early statement replaced by <paramref name="statement"/>.</summary>
    private static (string Path, string Yaml)[] WithTextAndStatement(string text, string statement)
    {
        var paragraphs = text.TrimEnd('\n').Split('\n');
        var sha = ArchivedTextReader.Sha256Hex(paragraphs);
        return Fixtures.WithArchivedText(text)
            .Select(f => f.Path.EndsWith("example-daily-2024-05-02.yaml", StringComparison.Ordinal)
                ? (f.Path, System.Text.RegularExpressions.Regex.Replace(f.Yaml, "sha256: [0-9a-f]{64}", "sha256: " + sha).Replace("paragraphs: 2", "paragraphs: " + paragraphs.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                : f)
            .Select(f => f.Path.EndsWith("2024-05-01-ada-crowd-2000.yaml", StringComparison.Ordinal) ? (f.Path, statement) : f)
            .Where(f => !f.Path.EndsWith("2024-05-02-ada-crowd-5000.yaml", StringComparison.Ordinal) && !f.Path.StartsWith("events/", StringComparison.Ordinal))
            .ToArray();
    }

    /// <summary>The early statement with <paramref name="renderings"/> in place of its own and its claim's as_stated left out.</summary>
    private static string EarlyStatementWith(string renderings, string claimStance = "stance: {polarity: positive, certainty: certain}")
        => Fixtures.StatementEarly.Substring(0, Fixtures.StatementEarly.IndexOf("renderings:", StringComparison.Ordinal)) + "renderings:\n" + renderings
           + Fixtures.StatementEarly.Substring(Fixtures.StatementEarly.IndexOf("claims:", StringComparison.Ordinal))
               .Replace("as_stated: \"at least 2,000 people\", ", "")
               .Replace("stance: {polarity: positive, certainty: certain}", claimStance);

    [Fact]
    public void Values_not_in_a_text_of_many_paragraphs_cited_by_many_renderings_cost_a_check_linear_in_the_file()
    {
        // 3,000 renderings cite 3,000 of 60,000 paragraphs; each of 10 values found nowhere is looked for in
        // every paragraph, and each paragraph was looked up among the cited ones one by one (minutes).
        const int paragraphs = 60_000, renderings = 3_000, cues = 10;
        var text = string.Concat(Enumerable.Range(1, paragraphs).Select(i => "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n"));
        var list = string.Concat(Enumerable.Range(1, renderings).Select(i => $"  - {{source: src:example-daily-2024-05-02, para: {i}, mode: indirect, attributed_as: p{i}, cue: p{i}, excerpt: p{i}, fidelity: faithful}}\n"));
        var statement = EarlyStatementWith(list, "stance: {polarity: positive, certainty: certain, cues: [" + string.Join(", ", Enumerable.Repeat("nowhere", cues)) + "]}");

        var clock = Stopwatch.StartNew();
        var diagnostics = TestCorpus.Run(WithTextAndStatement(text, statement)).Diagnostics;
        clock.Stop();
        Assert.Equal(cues + 1, diagnostics.Count(d => d.Id == "STMT0044")); // the cues and the speaker's role
        Assert.DoesNotContain(diagnostics, d => d.Id == "STMT0084");
        // Thousands of cited paragraphs are listed short, so the message keeps the character that differs.
        Assert.All(diagnostics.Where(d => d.Id == "STMT0044"), d => Assert.Matches(@"cites paragraphs 1, 2, 3, 4, 5 and [0-9,]+ more\): .*U\+[0-9A-F]{4}", d.GetMessage()));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "a guard against a hang (minutes before the fix): " + clock.Elapsed);
    }

    [Theory]
    [InlineData("\U0001F600 and the rest of it", "x \U0001F601 and the rest of it", "the source has U+1F601 \U0001F601 and the excerpt U+1F600 \U0001F600")]
    [InlineData("X and the rest of it", "x \U0001F601 and the rest of it", "the source has U+1F601 \U0001F601 and the excerpt U+0058 X")]
    public void A_first_character_that_differs_from_one_beyond_the_basic_plane_is_named_by_its_code_point(string excerpt, string paragraph, string expected)
    {
        var mismatch = StatementGen.Validation.Verbatim.FindMismatch(excerpt, paragraph, budget: null);
        Assert.NotNull(mismatch);
        Assert.Equal("where the excerpt starts, " + expected, StatementGen.Validation.Verbatim.Describe(mismatch, excerpt, paragraph, "the excerpt", "the source"));
    }

    [Theory]
    [InlineData("\"…\"")]
    [InlineData("\" … \"")]
    [InlineData("\"\u00A0\"")]
    public void An_excerpt_with_no_words_is_not_verified_but_reported(string nothing)
    {
        // Every part of such an excerpt is empty, so it "occurs" in any paragraph, and so do an attribution and a cue like it.
        var corpus = Fixtures.WithArchivedText().Select(f => f.Path.EndsWith("2024-05-01-ada-crowd-2000.yaml", StringComparison.Ordinal)
            ? (f.Path, f.Yaml.Replace("excerpt: The ministry said at least 2,000 people came.", "excerpt: " + nothing)
                .Replace("attributed_as: The ministry", "attributed_as: " + nothing).Replace("cue: said", "cue: " + nothing))
            : f).ToArray();
        var run = TestCorpus.Run(corpus, ShowVerified);
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("STMT0043", error.Id);
        Assert.Equal("The excerpt holds no words, only white space and ellipses, so it shows nothing of paragraph 1 of src:example-daily-2024-05-02; copy the printed sentence from the archived text", error.GetMessage());
        Assert.Equal(12, error.Location.GetLineSpan().StartLinePosition.Line); // the excerpt
    }

    [Fact]
    public void A_report_of_a_paragraph_the_archived_text_does_not_have_is_reported()
    {
        // The event's as_stated, misspelt, was checked against nothing when its one report cited no real paragraph.
        var corpus = Fixtures.WithArchivedText().Select(f => f.Path.StartsWith("events/", StringComparison.Ordinal)
            ? (f.Path, f.Yaml.Replace("para: 1}", "para: 99}").Replace("as_stated: in Example City", "as_stated: in Exemple City")) : f).ToArray();
        var error = Assert.Single(TestCorpus.Run(corpus).Diagnostics);
        Assert.Equal("STMT0043", error.Id);
        Assert.Equal("src:example-daily-2024-05-02 has 2 paragraphs, so there is no paragraph 99", error.GetMessage());
        Assert.Equal(new LinePosition(8, 59), error.Location.GetLineSpan().StartLinePosition);
    }
}
