using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Tests.Cli;
using StatementGen.Tests.Infrastructure;
using Xunit;
using static StatementGen.Tests.Cli.CliRunner;

namespace StatementGen.Corpus.Tests.CommandLine;

/// <summary>
/// <c>source add</c> and <c>draft</c> on the seed article: the text archived exactly, every quotation
/// and attribution drafted byte for byte, drafts that validate, and nothing ever overwritten.
/// </summary>
public class ArticleCommandTests
{
    private const string Slug = "thehill-2024-10-28-dprk-troops";
    private const string SourceId = "src:" + Slug;

    private static readonly string SeedText = Path.Combine(Paths.Corpus, "sources", Slug + ".txt");

    /// <summary>The 11 quotations of the seed article, read off the text: the words inside “…”, without the comma or period just inside the closing mark.</summary>
    private static readonly string[] SeedQuotations =
    [
        "the next several weeks",
        "We believe that the [Democratic People’s Republic of Korea (DPRK)] has sent around 10,000 soldiers in total to train in eastern Russia that will probably augment Russian forces near Ukraine over the next several weeks",
        "It is likely that they are moving in that direction towards Kursk. But I don’t have more details just yet",
        "dangerous expansion",
        "fueling a major conflict in the heart of Europe",
        "a threat to both the Indo-Pacific and Euro-Atlantic security",
        "If we see DPRK troops moving in and towards the front lines, they are co-belligerents in the war",
        "This is a calculation that North Korea has to make",
        "I think you can expect this to be a topic of discussion with the secretary and his counterparts",
        "This has broad interagency implications, not just for the United States, but for, as I mentioned, Europe and the Indo-Pacific",
        "attempt to retroactively justify",
    ];

    /// <summary>Each attribution of the seed article: paragraph, the words for the speaker, the cue, the mode, and who they are in the bundled corpus.</summary>
    private static readonly (int Para, string AttributedAs, string Cue, string Mode, string Speaker)[] SeedAttributions =
    [
        (1, "the Pentagon", "said", "mixed", "org:us-dod"),
        (2, "deputy press secretary Sabrina Singh", "told reporters", "direct", "person:sabrina-singh"),
        (3, "Singh", "said", "indirect", "person:sabrina-singh"),
        (3, "U.S. officials", "believe", "indirect", "polity:us"),
        (4, "Singh", "said", "direct", "person:sabrina-singh"),
        (5, "NATO Secretary-General Mark Rutte", "confirmed", "mixed", "person:mark-rutte"),
        (6, "Rutte", "said", "mixed", "person:mark-rutte"),
        (7, "Washington", "confirmed", "indirect", "polity:us"),
        (8, "Ukrainian President Volodymyr Zelensky", "said", "indirect", "person:volodymyr-zelensky"),
        (10, "Singh", "said", "indirect", "person:sabrina-singh"),
        (11, "Singh", "said", "direct", "person:sabrina-singh"),
        (13, "Singh", "said", "direct", "person:sabrina-singh"),
        (14, "Russian leaders", "have not directly confirmed or denied", "non_statement", "TODO"),
        (15, "Russian Foreign Minister Sergei Lavrov", "pushed back", "mixed", "person:sergey-lavrov"),
    ];

    /// <summary>An organisation file with nothing but what the schema requires.</summary>
    private const string TheHill = "schema: org/1\nid: org:the-hill\nname: The Hill\ntype: news_outlet\n";

    private sealed record DraftFile(string Path, string Ref, int Para, string Mode, string AttributedAs, string Cue, string Excerpt, string[] Quotes, string Fidelity);

    private static (int Exit, string Out, string Err) AddSeed(TempCorpus corpus, string input)
        => Run("source", "add", input, "--slug", Slug, "--outlet", "org:the-hill", "--url", "https://thehill.com/", "--date", "2024-10-28", "--corpus", corpus.Directory);

    private static string CopyOfSeed(TempCorpus corpus)
    {
        var input = Path.Combine(corpus.Root, "article.txt");
        File.Copy(SeedText, input);
        return input;
    }

    /// <summary>Every draft statement the corpus holds, read with the project's parser.</summary>
    private static List<DraftFile> Drafts(TempCorpus corpus)
    {
        var folder = corpus.PathOf("statements/2024");
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(path =>
        {
            var file = CorpusGenerator.ReadAndCheck(path, SourceText.From(File.ReadAllText(path)), CancellationToken.None);
            Assert.True(file.Entity is not null, string.Join("\n", file.Diagnostics));
            Assert.DoesNotContain(file.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
            var root = file.Entity!.Root;
            var rendering = (ObjectValue)Assert.Single(root.GetList("renderings"));
            var reference = root.GetObject("speaker")!.Get("ref") switch
            {
                RefValue r => r.Id,
                TextValue t => t.Text,
                _ => "",
            };
            return new DraftFile(path, reference, (int)((IntValue)rendering.Get("para")!).Number, rendering.GetEnum("mode")!, rendering.GetText("attributed_as")!,
                rendering.GetText("cue")!, rendering.GetText("excerpt")!, rendering.GetList("quote").Cast<TextValue>().Select(q => q.Text).ToArray(), rendering.GetEnum("fidelity")!);
        }).ToList();
    }

    private static string[] Paragraphs(TempCorpus corpus) => File.ReadAllText(corpus.PathOf("sources/" + Slug + ".txt")).TrimEnd('\n').Split('\n');

    private static string[] Errors(string validateOutput) => validateOutput.Split('\n').Where(l => l.Contains(": error STMT", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Source_add_archives_the_seed_article_exactly_with_its_sha256_and_paragraph_count()
    {
        using var corpus = new TempCorpus([("orgs/the-hill.yaml", TheHill)]);
        var (exit, output, error) = AddSeed(corpus, CopyOfSeed(corpus));
        Assert.True(exit == 0, error);

        // The seed file is already a paragraph per line; normalising it only adds the final LF it lacks.
        var seed = File.ReadAllBytes(SeedText);
        var expected = seed[^1] == (byte)'\n' ? seed : [.. seed, (byte)'\n'];
        var archived = File.ReadAllBytes(corpus.PathOf("sources/" + Slug + ".txt"));
        Assert.Equal(expected, archived);

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(archived));
        Assert.Equal("1b2abe728bfc8b623992bf073ab5f9926165c352db1b69e767150bb8a540f575", sha256); // as the bundled source records it
        var yaml = File.ReadAllText(corpus.PathOf("sources/" + Slug + ".yaml"));
        Assert.Contains("id: " + SourceId + "\n", yaml);
        Assert.Contains("publisher: org:the-hill\n", yaml);
        Assert.Contains("text:\n  paragraphs: 15\n  sha256: \"" + sha256 + "\"\n  stored: full\n", yaml);
        Assert.Contains("published:\n  date: 2024-10-28\n", yaml);
        Assert.Contains("curation:\n  status: draft\n", yaml);
        Assert.Contains("wrote " + corpus.PathOf("sources/" + Slug + ".txt") + " (15 paragraphs", output);
        Assert.DoesNotContain("note:", output);

        (exit, output, _) = Run("validate", corpus.Directory);
        Assert.True(exit == 0, output);
        Assert.Empty(Errors(output));
    }

    [Fact]
    public void Into_a_truly_empty_corpus_source_add_scaffolds_the_outlet_and_the_drafts_build()
    {
        using var corpus = new TempCorpus([]);
        var (exit, output, error) = AddSeed(corpus, CopyOfSeed(corpus));
        Assert.True(exit == 0, error);
        Assert.Contains("wrote " + corpus.PathOf("orgs/the-hill.yaml") + ": org:the-hill was not in the corpus", output);
        Assert.Contains("name: \"TODO:", File.ReadAllText(corpus.PathOf("orgs/the-hill.yaml")));
        Assert.Equal(0, Run("draft", SourceId, "--corpus", corpus.Directory).Exit);

        var (_, validation, _) = Run("validate", corpus.Directory);
        Assert.Empty(Errors(validation));
        var run = TestCorpus.Run(corpus.Files());
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Empty(run.CompileProblems);
    }

    [Fact]
    public void Source_add_leaves_an_outlet_file_that_exists_alone_even_when_it_is_broken()
    {
        using var corpus = new TempCorpus([("orgs/the-hill.yaml", "schema: org/1\nid: org:the-hill\nname: [\n")]);
        var (exit, output, error) = AddSeed(corpus, CopyOfSeed(corpus));
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("orgs/the-hill.yaml", output);
        Assert.Equal("schema: org/1\nid: org:the-hill\nname: [\n", File.ReadAllText(corpus.PathOf("orgs/the-hill.yaml")));
    }

    [Fact]
    public void Drafts_of_the_seed_article_hold_all_11_quotations_byte_exact_and_every_attribution()
    {
        using var corpus = new TempCorpus([("orgs/the-hill.yaml", TheHill)]);
        Assert.Equal(0, AddSeed(corpus, CopyOfSeed(corpus)).Exit);
        var (exit, output, error) = Run("draft", SourceId, "--corpus", corpus.Directory);
        Assert.True(exit == 0, error);

        var drafts = Drafts(corpus);
        Assert.Equal(SeedQuotations.Order(StringComparer.Ordinal), drafts.SelectMany(d => d.Quotes).Order(StringComparer.Ordinal));
        Assert.Equal(SeedAttributions.Select(a => (a.Para, a.AttributedAs, a.Cue, a.Mode)), drafts.OrderBy(d => d.Para).ThenBy(d => d.Path, StringComparer.Ordinal).Select(d => (d.Para, d.AttributedAs, d.Cue, d.Mode)));
        Assert.Equal(14, output.Split('\n').Count(l => l.StartsWith("wrote ", StringComparison.Ordinal)));
        Assert.Contains("wrote " + corpus.PathOf("statements/2024/2024-10-28-thehill-dprk-troops-p2-1.yaml") + " (paragraph 2, direct, 1 quote, speaker to fill in: \"deputy press secretary Sabrina Singh\")", output);

        // The verbatim rules, byte for byte: the excerpt in its paragraph, the rest in the excerpt.
        var paragraphs = Paragraphs(corpus);
        foreach (var draft in drafts)
        {
            Assert.Contains(draft.Excerpt, paragraphs[draft.Para - 1], StringComparison.Ordinal);
            Assert.Contains(draft.AttributedAs, draft.Excerpt, StringComparison.Ordinal);
            Assert.Contains(draft.Cue, draft.Excerpt, StringComparison.Ordinal);
            Assert.All(draft.Quotes, q => Assert.Contains(q, draft.Excerpt, StringComparison.Ordinal));
            Assert.Equal(draft.Mode == "direct" ? "verbatim" : "faithful", draft.Fidelity);
        }

        // Two sentences of one speaker are one draft; the excerpt is both sentences as printed.
        var p11 = Assert.Single(drafts, d => d.Para == 11);
        Assert.Equal(paragraphs[10], p11.Excerpt);
        Assert.Equal(2, p11.Quotes.Length);
    }

    [Fact]
    public void Drafts_name_the_speakers_the_corpus_knows_and_validate_without_errors()
    {
        // The people, organisations and polities of the bundled corpus, and the places they name.
        var known = TestCorpus.RealCorpus().Where(f => new[] { "people/", "orgs/", "polities/", "places/" }.Any(folder => f.Path.StartsWith(folder, StringComparison.Ordinal)));
        using var corpus = new TempCorpus(known);
        Assert.Equal(0, AddSeed(corpus, CopyOfSeed(corpus)).Exit);
        var (exit, _, error) = Run("draft", SourceId, "--corpus", corpus.Directory);
        Assert.True(exit == 0, error);

        var drafts = Drafts(corpus).OrderBy(d => d.Para).ThenBy(d => d.Path, StringComparer.Ordinal).ToList();
        Assert.Equal(SeedAttributions.Select(a => a.Speaker), drafts.Select(d => d.Ref.StartsWith("TODO:", StringComparison.Ordinal) ? "TODO" : d.Ref));
        Assert.Equal("TODO: who is \"Russian leaders\"? (no person, org or polity of the corpus has that name)", drafts.Single(d => d.Para == 14).Ref);

        var (validateExit, output, _) = Run("validate", corpus.Directory);
        Assert.True(validateExit == 0, output);
        Assert.Empty(Errors(output));
        var placeholders = output.Split('\n').Where(l => l.Contains(": warning STMT0072: ", StringComparison.Ordinal)).ToArray();
        // Per draft: said.as_stated and claims.0.text; and the one speaker nobody in the corpus is called.
        Assert.Equal(2 * drafts.Count + 1, placeholders.Length);
        Assert.Single(placeholders, l => l.Contains("'speaker.ref' still holds the placeholder", StringComparison.Ordinal));
    }

    [Fact]
    public void Drafts_build_and_every_rendering_is_verified_against_the_archived_text()
    {
        using var corpus = new TempCorpus([("orgs/the-hill.yaml", TheHill)]);
        Assert.Equal(0, AddSeed(corpus, CopyOfSeed(corpus)).Exit);
        Assert.Equal(0, Run("draft", SourceId, "--corpus", corpus.Directory).Exit);

        var run = TestCorpus.Run(corpus.Files(), """
            using System.Linq;
            using StatementGen.Generated;
            public static class Probe
            {
                public static string Count() => Statements.All.Count + " " + Statements.All.Count(s => s.Renderings.All(r => r.Verified));
            }
            """);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Empty(run.CompileProblems);
        Assert.Equal("14 14", run.Load(assembly => (string)assembly.GetType("Probe")!.GetMethod("Count")!.Invoke(null, null)!));
    }

    [Fact]
    public void Drafts_into_an_empty_corpus_leave_every_speaker_as_a_placeholder_and_validate_without_errors()
    {
        using var corpus = new TempCorpus([("orgs/the-hill.yaml", TheHill)]);
        Assert.Equal(0, AddSeed(corpus, CopyOfSeed(corpus)).Exit);
        Assert.Equal(0, Run("draft", SourceId, "--corpus", corpus.Directory).Exit);

        var drafts = Drafts(corpus);
        Assert.Equal(SeedAttributions.Length, drafts.Count);
        Assert.All(drafts, d => Assert.StartsWith("TODO: who is \"" + d.AttributedAs + "\"?", d.Ref, StringComparison.Ordinal));
        var (exit, output, _) = Run("validate", corpus.Directory);
        Assert.True(exit == 0, output);
        Assert.Empty(Errors(output));
        Assert.Equal(drafts.Count, output.Split('\n').Count(l => l.Contains("'speaker.ref' still holds the placeholder", StringComparison.Ordinal)));
    }

    [Fact]
    public void Draft_never_overwrites_a_draft_and_says_so()
    {
        using var corpus = new TempCorpus([("orgs/the-hill.yaml", TheHill)]);
        Assert.Equal(0, AddSeed(corpus, CopyOfSeed(corpus)).Exit);
        Assert.Equal(0, Run("draft", SourceId, "--corpus", corpus.Directory).Exit);
        var edited = corpus.PathOf("statements/2024/2024-10-28-thehill-dprk-troops-p8-1.yaml");
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("kind: assertion", "kind: forecast", StringComparison.Ordinal));
        var before = Directory.EnumerateFiles(corpus.PathOf("statements/2024")).ToDictionary(p => p, File.ReadAllBytes);
        File.Delete(corpus.PathOf("statements/2024/2024-10-28-thehill-dprk-troops-p1-1.yaml"));

        var (exit, output, error) = Run("draft", SourceId, "--corpus", corpus.Directory);
        Assert.True(exit == 0, error);
        Assert.Equal(13, output.Split('\n').Count(l => l.StartsWith("skipped ", StringComparison.Ordinal) && l.EndsWith("it already exists (not overwritten)", StringComparison.Ordinal)));
        Assert.Contains("wrote " + corpus.PathOf("statements/2024/2024-10-28-thehill-dprk-troops-p1-1.yaml"), output);
        Assert.Contains("1 drafts written, 13 skipped", output);
        foreach (var (path, bytes) in before) Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Contains("kind: forecast", File.ReadAllText(edited));
    }

    [Fact]
    public void Source_add_refuses_to_overwrite_either_file_and_writes_neither()
    {
        using var corpus = new TempCorpus([("orgs/the-hill.yaml", TheHill)]);
        var input = CopyOfSeed(corpus);
        Assert.Equal(0, AddSeed(corpus, input).Exit);
        var text = File.ReadAllBytes(corpus.PathOf("sources/" + Slug + ".txt"));
        var yaml = File.ReadAllBytes(corpus.PathOf("sources/" + Slug + ".yaml"));
        File.WriteAllText(input, "Another text.\n");

        var (exit, _, error) = AddSeed(corpus, input);
        Assert.Equal(1, exit);
        Assert.Contains("already exists; not overwritten, nothing written", error);
        Assert.Equal(text, File.ReadAllBytes(corpus.PathOf("sources/" + Slug + ".txt")));
        Assert.Equal(yaml, File.ReadAllBytes(corpus.PathOf("sources/" + Slug + ".yaml")));

        // Only the YAML there: the text is not written either.
        File.Delete(corpus.PathOf("sources/" + Slug + ".txt"));
        (exit, _, error) = AddSeed(corpus, input);
        Assert.Equal(1, exit);
        Assert.False(File.Exists(corpus.PathOf("sources/" + Slug + ".txt")));
    }

    [Fact]
    public void Source_add_never_writes_through_a_link()
    {
        using var corpus = new TempCorpus([("orgs/the-hill.yaml", TheHill)]);
        Directory.CreateDirectory(corpus.PathOf("sources"));
        var target = Path.Combine(corpus.Root, "elsewhere.txt");
        File.CreateSymbolicLink(corpus.PathOf("sources/" + Slug + ".txt"), target);

        var (exit, _, error) = AddSeed(corpus, CopyOfSeed(corpus));
        Assert.Equal(1, exit);
        Assert.Contains("is a symbolic link", error);
        Assert.False(File.Exists(target));
        Assert.False(File.Exists(corpus.PathOf("sources/" + Slug + ".yaml")));
    }

    [Theory]
    [InlineData("\n  \r\n\t\n", "holds no text")]
    [InlineData("A paragraph with a bell \u0007 in it.\n", "control character U+0007")]
    public void Source_add_refuses_text_it_cannot_archive_and_writes_nothing(string input, string message)
    {
        using var corpus = new TempCorpus([("orgs/the-hill.yaml", TheHill)]);
        var path = Path.Combine(corpus.Root, "article.txt");
        File.WriteAllText(path, input);
        var (exit, output, error) = AddSeed(corpus, path);
        Assert.Equal(1, exit);
        Assert.Contains(message, error);
        Assert.Empty(output);
        Assert.False(Directory.Exists(corpus.PathOf("sources")));
    }

    [Fact]
    public void Source_add_refuses_bytes_that_are_not_utf8_and_names_the_first_bad_byte()
    {
        using var corpus = new TempCorpus([("orgs/the-hill.yaml", TheHill)]);
        var path = Path.Combine(corpus.Root, "article.txt");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("First paragraph.\nCaf"), 0xE9, .. Encoding.UTF8.GetBytes(" au lait.\n")]);
        var (exit, _, error) = AddSeed(corpus, path);
        Assert.Equal(1, exit);
        Assert.Contains(path + "(2,4): error STMT0008: ", error);
        Assert.Contains("0xE9", error);
        Assert.False(Directory.Exists(corpus.PathOf("sources")));
    }

    [Theory]
    [InlineData("--slug", "The-Hill", "is not a slug")]
    [InlineData("--outlet", "The Hill", "is not an organisation id")]
    [InlineData("--date", "28/10/2024", "is not a date")]
    [InlineData("--type", "blog", "blog")]
    public void Source_add_refuses_bad_option_values_as_usage_errors(string option, string value, string message)
    {
        using var corpus = new TempCorpus([("orgs/the-hill.yaml", TheHill)]);
        var args = new List<string> { "source", "add", CopyOfSeed(corpus), "--slug", Slug, "--outlet", "the-hill", "--url", "https://thehill.com/", "--date", "2024-10-28", "--corpus", corpus.Directory };
        var at = args.IndexOf(option);
        if (at >= 0) args[at + 1] = value;
        else args.AddRange([option, value]);
        var (exit, _, error) = Run([.. args]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(corpus.PathOf("sources")));
    }

    [Fact]
    public void Source_add_reads_standard_input_for_a_dash()
    {
        using var corpus = new TempCorpus([("orgs/the-hill.yaml", TheHill)]);
        var (exit, output, error) = RunWithInput(File.ReadAllBytes(SeedText), "source", "add", "-", "--slug", Slug, "--outlet", "the-hill", "--url", "https://thehill.com/", "--date", "2024-10-28", "--corpus", corpus.Directory);
        Assert.True(exit == 0, error);
        Assert.Contains("(15 paragraphs, sha256 1b2abe728bfc8b623992bf073ab5f9926165c352db1b69e767150bb8a540f575)", output);
    }

    [Fact]
    public void Crlf_and_blank_lines_between_paragraphs_become_a_paragraph_per_line_with_every_other_character_kept()
    {
        using var corpus = new TempCorpus([("orgs/the-hill.yaml", TheHill)]);
        const string input = "\uFEFF  “We will not stop,” the minister said Monday.  \r\n\r\n \r\nThe\u00A0talks — he said — are ‘over’.\t\r\rThey’ll resume, officials said.\r\n";
        var (exit, _, error) = RunWithInput(Encoding.UTF8.GetBytes(input), "source", "add", "-", "--slug", "example-2024-05-02", "--outlet", "the-hill", "--url", "https://example.org/", "--date", "2024-05-02", "--corpus", corpus.Directory);
        Assert.True(exit == 0, error);
        const string expected = "“We will not stop,” the minister said Monday.\nThe\u00A0talks — he said — are ‘over’.\nThey’ll resume, officials said.\n";
        Assert.Equal(Encoding.UTF8.GetBytes(expected), File.ReadAllBytes(corpus.PathOf("sources/example-2024-05-02.txt")));
        Assert.Contains("  paragraphs: 3\n  sha256: \"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(expected))) + "\"\n",
            File.ReadAllText(corpus.PathOf("sources/example-2024-05-02.yaml")));

        Assert.Equal(0, Run("draft", "example-2024-05-02", "--corpus", corpus.Directory).Exit);
        var drafts = Drafts(corpus);
        Assert.Equal([(1, "the minister", "said", "direct"), (2, "he", "said", "mixed"), (3, "officials", "said", "indirect")], drafts.Select(d => (d.Para, d.AttributedAs, d.Cue, d.Mode)));
        Assert.Equal(["We will not stop"], drafts[0].Quotes);
        Assert.Equal(["over"], drafts[1].Quotes);
        Assert.Equal("2024-05-02-example-p1-1.yaml", Path.GetFileName(drafts[0].Path));
        var (_, output, _) = Run("validate", corpus.Directory);
        Assert.Empty(Errors(output));
    }

    [Fact]
    public void Draft_asks_for_the_archived_text_first()
    {
        using var corpus = new TempCorpus([("orgs/the-hill.yaml", TheHill)]);
        var (exit, output, error) = Run("draft", SourceId, "--corpus", corpus.Directory);
        Assert.Equal(1, exit);
        Assert.Contains("archive the text first with source add", error);
        Assert.Empty(output);
        Assert.False(Directory.Exists(corpus.PathOf("statements")));
    }
}
