using Microsoft.CodeAnalysis;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>Every mistake in a corpus file is a located diagnostic; the rest of the corpus still builds.</summary>
public class DiagnosticsTests
{
    public static TheoryData<DiagnosticCase> Cases() => new(DiagnosticCases.All);

    /// <summary>The span the case expects: its text, found after the anchor (or from the start).</summary>
    private static Microsoft.CodeAnalysis.Text.TextSpan ExpectedSpan(DiagnosticCase @case)
    {
        var yaml = @case.Yaml;
        var from = @case.After is null ? 0 : yaml.IndexOf(@case.After, StringComparison.Ordinal) + @case.After.Length;
        Assert.True(from >= 0, "anchor not found");
        var at = @case.Span!.Length == 0 ? 0 : yaml.IndexOf(@case.Span, from, StringComparison.Ordinal);
        Assert.True(at >= 0, "span text not found in the case's YAML");
        return new Microsoft.CodeAnalysis.Text.TextSpan(at, @case.Span.Length);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_mistake_gives_exactly_its_diagnostic_at_the_offending_node(DiagnosticCase @case)
    {
        var run = TestCorpus.Run(@case.Corpus);
        var diagnostic = Assert.Single(run.Diagnostics);
        var descriptor = DiagnosticDescriptors.ById(@case.Id);
        Assert.Equal(@case.Id, diagnostic.Id);
        Assert.Equal(descriptor.DefaultSeverity, diagnostic.Severity);
        Assert.Contains(@case.Message, diagnostic.GetMessage());

        var lineSpan = diagnostic.Location.GetLineSpan();
        Assert.Equal(TestCorpus.Root + @case.Path, lineSpan.Path);
        if (@case.Span is null)
        {
            return;
        }

        var expected = ExpectedSpan(@case);
        Assert.Equal(expected, diagnostic.Location.SourceSpan);
        var text = Microsoft.CodeAnalysis.Text.SourceText.From(@case.Yaml);
        Assert.Equal(text.Lines.GetLinePositionSpan(expected), lineSpan.Span);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_near_miss_does_not_raise_it(DiagnosticCase @case)
    {
        var run = TestCorpus.Run(@case.NearMiss);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == @case.Id);
        if (!@case.NearMissIsClean) return;
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileProblems);
    }

    [Fact]
    public void Every_diagnostic_id_has_a_case()
    {
        var covered = DiagnosticCases.All.Select(c => c.Id).ToHashSet();
        // Not one mistake in a YAML text: bytes that are not UTF-8 (ValueFidelityTests), more problems than a
        // file lists (HostileInputTests), file names and links (CorpusPathTests, CorpusFileSafetyTests), no
        // corpus at all (CorpusSelectionTests), and an internal error, which no input should reach.
        string[] elsewhere = ["STMT0008", "STMT0083", "STMT0084", "STMT0090", "STMT0091", "STMT0092", "STMT0093", "STMT0094", "STMT0095", "STMT0099"];
        var uncovered = DiagnosticDescriptors.All.Select(d => d.Id).Where(id => !covered.Contains(id) && !elsewhere.Contains(id));
        Assert.Empty(uncovered);
    }

    [Fact]
    public void A_diagnostic_prints_in_the_canonical_msbuild_form()
    {
        var @case = DiagnosticCases.All.First(c => c.Id == "STMT0011");
        var diagnostic = Assert.Single(TestCorpus.Run(@case.Corpus).Diagnostics);
        Assert.Equal(
            "/repo/corpus/statements/2024/2024-05-01-ada-crowd-2000.yaml(4,1): error STMT0011: Unknown key 'speeker' in Statement; did you mean 'speaker'?",
            diagnostic.ToString());
    }

    [Fact]
    public void A_misspelt_required_key_is_reported_once_as_unknown_not_also_as_missing()
    {
        var @case = DiagnosticCases.All.First(c => c.Id == "STMT0011");
        Assert.Equal(["STMT0011"], TestCorpus.Run(@case.Corpus).Ids);
    }

    [Fact]
    public void A_misspelt_key_that_suggests_nothing_lists_the_allowed_keys()
    {
        var run = TestCorpus.Run(Fixtures.With("people/ada-example.yaml", Fixtures.Person + "\nzzz: 1\n"));
        Assert.Contains("allowed keys: schema, id, name, aliases, wikidata, positions", Assert.Single(run.Diagnostics).GetMessage());
    }

    [Fact]
    public void One_broken_file_costs_only_that_file_and_references_to_it_are_not_cascaded()
    {
        // Break the person every statement refers to: one error, and everything else still emitted.
        var run = TestCorpus.Run(Fixtures.With("people/ada-example.yaml", "schema: person/1\nid: person:ada-example\nname: [unclosed\n"));
        Assert.Equal(["STMT0001"], run.Ids);
        Assert.Empty(run.CompileProblems);
        Assert.DoesNotContain(run.Result.Results.Single().GeneratedSources, s => s.HintName.StartsWith("StatementGen.People.", StringComparison.Ordinal) && s.SourceText.ToString().Contains("AdaExample", StringComparison.Ordinal));
        Assert.Contains("_2024_05_01_AdaCrowd_2000", run.Source("StatementGen.Statements.Members0.g.cs"));
    }

    [Fact]
    public void Several_broken_files_each_report_their_own_problem()
    {
        var files = Fixtures.All
            .Select(f => f.Path switch
            {
                "people/ada-example.yaml" => (f.Path, f.Yaml.Replace("name:", "nam:")),
                "polities/xa.yaml" => (f.Path, f.Yaml.Replace("iso3166: XA", "iso3166: xa")),
                "events/2024-summit.yaml" => (f.Path, f.Yaml.Replace("status: occurred", "status: happened")),
                _ => f,
            })
            .ToArray();
        var run = TestCorpus.Run(files);
        Assert.Equal(["STMT0013", "STMT0011", "STMT0015"], run.Ids);
        Assert.Empty(run.CompileProblems);
    }

    [Fact]
    public void A_billion_laughs_file_fails_fast_at_the_first_anchor()
    {
        var lines = new List<string> { "schema: person/1", "id: person:ada-example", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (var i = 1; i < 10; i++) lines.Add($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9)) + "]");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var run = TestCorpus.Run(Fixtures.With("people/ada-example.yaml", string.Join("\n", lines) + "\n"));
        watch.Stop();
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STMT0002", diagnostic.Id);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "the generator must not expand aliases");
    }

    [Fact]
    public void Every_descriptor_has_an_id_title_message_category_and_help_link_in_its_family()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToArray();
        Assert.Equal(ids.Distinct().Count(), ids.Length);
        Assert.All(DiagnosticDescriptors.All, d =>
        {
            Assert.Matches("^STMT[0-9]{4}$", d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat.ToString()));
            Assert.StartsWith("StatementGen.", d.Category);
            Assert.Equal("docs/diagnostics.md#" + d.Id.ToLowerInvariant(), d.HelpLinkUri);
            var number = int.Parse(d.Id.AsSpan(4));
            var expectedCategory = number switch
            {
                < 10 => "StatementGen.Syntax",
                < 30 => "StatementGen.Schema",
                < 40 => "StatementGen.Reference",
                < 50 => "StatementGen.Verbatim",
                < 70 => "StatementGen.Semantics",
                < 80 => "StatementGen.Advice",
                < 90 => "StatementGen.Limits",
                _ => "StatementGen.Consumer",
            };
            Assert.Equal(expectedCategory, d.Category);
            // Advice is a warning, and so are a kind too large for named members and an empty corpus (the code still builds);
            // a person without a Wikidata id is normal, so that advice is only an info, never a build warning.
            var expectedSeverity = d.Id == "STMT0071" ? DiagnosticSeverity.Info
                : expectedCategory == "StatementGen.Advice" || d.Id is "STMT0092" or "STMT0095" ? DiagnosticSeverity.Warning
                : DiagnosticSeverity.Error;
            Assert.Equal(expectedSeverity, d.DefaultSeverity);
        });
    }

    [Fact]
    public void A_whole_number_too_large_for_the_generated_int_is_refused()
    {
        var run = TestCorpus.Run(Fixtures.With("statements/2024/2024-05-01-ada-crowd-2000.yaml", Fixtures.StatementEarly.Replace("para: 1", "para: 3000000000")));
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STMT0012", diagnostic.Id);
        Assert.Contains("from 1 to 2147483647", diagnostic.GetMessage());
        Assert.Empty(run.CompileProblems);
    }

    [Fact]
    public void A_trailing_line_break_does_not_pass_a_pattern_and_the_message_stays_on_one_line()
    {
        var run = TestCorpus.Run(Fixtures.With("people/ada-example.yaml", Fixtures.Person.Replace("wikidata: Q42", "wikidata: \"Q42\\n#line 1\"")));
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STMT0015", diagnostic.Id);
        Assert.Contains("'Q42\\n#line 1'", diagnostic.GetMessage());
        Assert.DoesNotContain('\n', diagnostic.ToString());
    }

    [Theory]
    [InlineData("setting: press_briefing}", "setting: press_briefing, before: 2024-05-01-briefing}", "cannot come before itself")]
    public void An_occasion_cannot_come_before_itself(string from, string to, string message)
    {
        var run = TestCorpus.Run(Fixtures.With("statements/2024/2024-05-01-ada-crowd-2000.yaml", Fixtures.StatementEarly.Replace(from, to)));
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STMT0035", diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage());
    }

    [Fact]
    public void Two_occasions_cannot_each_come_first()
    {
        var early = Fixtures.StatementEarly.Replace("setting: press_briefing}", "setting: press_briefing, before: 2024-05-02-talk}");
        var late = Fixtures.StatementLate.Replace("speaker: {ref: person:ada-example, identification: named}",
            "speaker: {ref: person:ada-example, identification: named}\noccasion: {key: 2024-05-02-talk, before: 2024-05-01-briefing}");
        var run = TestCorpus.Run(Fixtures.With("statements/2024/2024-05-01-ada-crowd-2000.yaml", early).Where(f => !f.Item1.Contains("5000")).Append(("statements/2024/2024-05-02-ada-crowd-5000.yaml", late)));
        Assert.Equal(["STMT0035", "STMT0035"], run.Ids);
        Assert.All(run.Diagnostics, d => Assert.Contains("cannot each come first", d.GetMessage()));
    }
}
