using Microsoft.CodeAnalysis;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>Every mistake in a corpus file is a located diagnostic; the rest of the corpus still builds.</summary>
public class DiagnosticsTests
{
    private const string PersonPath = "people/ada-example.yaml";
    private const string EarlyPath = "statements/2024/2024-05-01-ada-crowd-2000.yaml";
    private const string LatePath = "statements/2024/2024-05-02-ada-crowd-5000.yaml";

    /// <summary>Runs the fixture corpus with one file changed and returns its only diagnostic.</summary>
    private static Diagnostic Single(string path, string yaml, string expectedId)
    {
        var run = TestCorpus.Run(Fixtures.With(path, yaml));
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(expectedId, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(TestCorpus.Root + path, diagnostic.Location.GetLineSpan().Path);
        return diagnostic;
    }

    /// <summary>1-based line and column, as <c>dotnet build</c> prints them.</summary>
    private static (int Line, int Column) At(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    private static string SpanText(Diagnostic diagnostic, string yaml) =>
        yaml.Replace("\r\n", "\n").Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

    [Fact]
    public void A_misspelt_key_is_reported_at_the_key_with_a_suggestion_and_prints_in_canonical_form()
    {
        var yaml = Fixtures.StatementEarly.Replace("speaker:", "speeker:");
        var diagnostic = Single(EarlyPath, yaml, "STMT0011");
        Assert.Equal((4, 1), At(diagnostic));
        Assert.Equal("speeker", SpanText(diagnostic, yaml));
        Assert.Contains("did you mean 'speaker'?", diagnostic.GetMessage());
        Assert.StartsWith("/repo/corpus/" + EarlyPath + "(4,1): error STMT0011: Unknown key 'speeker' in Statement", diagnostic.ToString());
    }

    [Fact]
    public void A_misspelt_key_does_not_also_report_the_required_key_as_missing_silently()
    {
        // speaker is required: its absence is a second, separate error, and neither is dropped.
        var yaml = Fixtures.StatementEarly.Replace("speaker:", "speeker:");
        var run = TestCorpus.Run(Fixtures.With(EarlyPath, yaml));
        Assert.Equal(["STMT0011"], run.Ids.Where(id => id == "STMT0011"));
    }

    [Fact]
    public void A_missing_required_key_is_reported()
    {
        var yaml = Fixtures.Person.Replace("name: Ada Example\n", "");
        var diagnostic = Single(PersonPath, yaml, "STMT0010");
        Assert.Contains("Person requires key 'name'", diagnostic.GetMessage());
        Assert.Equal((1, 1), At(diagnostic));
    }

    [Fact]
    public void A_required_key_set_to_null_is_reported_at_the_value()
    {
        var yaml = Fixtures.Person.Replace("name: Ada Example", "name: null");
        var diagnostic = Single(PersonPath, yaml, "STMT0010");
        Assert.Equal((3, 7), At(diagnostic));
    }

    [Fact]
    public void A_value_outside_its_vocabulary_is_reported_at_the_value_with_a_suggestion()
    {
        var yaml = Fixtures.StatementEarly.Replace("kind: assertion", "kind: asertion");
        var diagnostic = Single(EarlyPath, yaml, "STMT0013");
        Assert.Equal((3, 7), At(diagnostic));
        Assert.Equal("asertion", SpanText(diagnostic, yaml));
        Assert.Contains("did you mean 'assertion'?", diagnostic.GetMessage());
    }

    [Fact]
    public void A_wrong_scalar_type_is_reported()
    {
        var yaml = Fixtures.StatementEarly.Replace("para: 1", "para: first");
        var diagnostic = Single(EarlyPath, yaml, "STMT0012");
        Assert.Contains("'para' must be a whole number", diagnostic.GetMessage());
        Assert.Equal("first", SpanText(diagnostic, yaml));
    }

    [Fact]
    public void A_list_where_text_is_expected_is_reported()
    {
        var yaml = Fixtures.Person.Replace("name: Ada Example", "name: [Ada, Example]");
        var diagnostic = Single(PersonPath, yaml, "STMT0012");
        Assert.Contains("the value is a list", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("2024-13", "month 13 does not exist")]
    [InlineData("2024-02-30", "not a day of the calendar")]
    [InlineData("2024-10-28/2024-10-01", "ends before it starts")]
    [InlineData("../..", "open at both ends")]
    [InlineData("24-10-28", "four digits")]
    public void A_malformed_edtf_value_is_reported(string edtf, string reason)
    {
        var yaml = Fixtures.Event.Replace("edtf: 2024-21", "edtf: " + edtf);
        var diagnostic = Single("events/2024-summit.yaml", yaml, "STMT0014");
        Assert.Contains(reason, diagnostic.GetMessage());
        Assert.Equal(edtf, SpanText(diagnostic, yaml));
    }

    [Fact]
    public void An_id_that_does_not_match_the_file_name_is_reported()
    {
        var yaml = Fixtures.Person.Replace("id: person:ada-example", "id: person:ada-exampel");
        var diagnostic = Single(PersonPath, yaml, "STMT0016");
        Assert.Contains("does not match the file name", diagnostic.GetMessage());
    }

    [Fact]
    public void A_file_in_the_wrong_folder_is_reported()
    {
        var run = TestCorpus.Run(Fixtures.All.Where(f => f.Path != PersonPath).Append(("orgs/ada-example.yaml", Fixtures.Person)));
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STMT0016", diagnostic.Id);
        Assert.Contains("belongs in 'people/'", diagnostic.GetMessage());
    }

    [Fact]
    public void A_statement_filed_under_another_year_is_reported()
    {
        var run = TestCorpus.Run(Fixtures.All.Where(f => f.Path != EarlyPath).Append(("statements/2023/2024-05-01-ada-crowd-2000.yaml", Fixtures.StatementEarly)));
        Assert.Contains(run.Diagnostics, d => d.Id == "STMT0016" && d.GetMessage().Contains("move it to 'statements/2024/'"));
    }

    [Fact]
    public void A_reference_to_a_missing_id_is_reported_with_a_suggestion()
    {
        var yaml = Fixtures.StatementEarly.Replace("ref: person:ada-example", "ref: person:ada-exampel");
        var diagnostic = Single(EarlyPath, yaml, "STMT0030");
        Assert.Contains("did you mean 'person:ada-example'?", diagnostic.GetMessage());
        Assert.Equal("person:ada-exampel", SpanText(diagnostic, yaml));
    }

    [Fact]
    public void A_reference_of_the_wrong_kind_is_reported()
    {
        var yaml = Fixtures.StatementEarly.Replace("source: src:example-daily-2024-05-02", "source: org:example-ministry");
        var diagnostic = Single(EarlyPath, yaml, "STMT0031");
        Assert.Contains("expected a source id", diagnostic.GetMessage());
    }

    [Fact]
    public void A_reference_to_a_claim_that_does_not_exist_is_reported()
    {
        var yaml = Fixtures.StatementLate.Replace("#crowd, basis", "#crowds, basis");
        var diagnostic = Single(LatePath, yaml, "STMT0030");
        Assert.Contains("has no claim 'crowds'; its claims are crowd", diagnostic.GetMessage());
    }

    [Fact]
    public void A_duplicate_id_is_reported_on_the_second_file()
    {
        var run = TestCorpus.Run(Fixtures.All.Append(("people/zz/ada-example.yaml", Fixtures.Person)));
        var duplicate = Assert.Single(run.Diagnostics, d => d.Id == "STMT0032");
        Assert.Equal(TestCorpus.Root + "people/zz/ada-example.yaml", duplicate.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_quote_that_is_not_in_its_excerpt_is_reported()
    {
        var yaml = Fixtures.StatementLate.Replace("between 4,000 and 5,000 came\"]", "5,000 came\"]");
        var diagnostic = Single(LatePath, yaml, "STMT0050");
        Assert.Equal("\"It is likely that 5,000 came\"", SpanText(diagnostic, yaml));
    }

    [Fact]
    public void A_quote_on_an_indirect_rendering_is_reported()
    {
        var yaml = Fixtures.StatementEarly.Replace("    fidelity: faithful", "    quote: [at least 2,000 people came]\n    fidelity: faithful");
        var diagnostic = Single(EarlyPath, yaml, "STMT0051");
        Assert.Contains("indirect rendering has no quotation marks", diagnostic.GetMessage());
    }

    [Fact]
    public void A_direct_rendering_without_a_quote_is_reported()
    {
        var yaml = Fixtures.StatementLate.Replace("    quote: [\"It is likely that between 4,000 and 5,000 came\"]\n", "");
        var diagnostic = Single(LatePath, yaml, "STMT0051");
        Assert.Contains("direct rendering needs 'quote'", diagnostic.GetMessage());
    }

    [Fact]
    public void A_quantity_claim_without_a_quantity_is_reported()
    {
        var yaml = Fixtures.StatementEarly.Replace("    quantity: {as_stated: \"at least 2,000 people\", value: 2000, unit: person, qualifier: at_least}\n", "");
        var diagnostic = Single(EarlyPath, yaml, "STMT0052");
        Assert.Contains("Claim 'crowd' has type quantity", diagnostic.GetMessage());
    }

    [Fact]
    public void An_icd203_band_that_no_cue_expresses_is_reported()
    {
        var yaml = Fixtures.StatementLate.Replace("icd203: likely", "icd203: almost_certain");
        var diagnostic = Single(LatePath, yaml, "STMT0053");
        Assert.Equal("almost_certain", SpanText(diagnostic, yaml));
    }

    [Fact]
    public void High_outside_a_range_is_reported()
    {
        var yaml = Fixtures.StatementEarly.Replace("value: 2000, unit", "value: 2000, high: 3000, unit");
        var diagnostic = Single(EarlyPath, yaml, "STMT0054");
        Assert.Contains("qualifier is 'at_least'", diagnostic.GetMessage());
    }

    [Fact]
    public void A_relation_from_a_claim_the_statement_does_not_have_is_reported()
    {
        var yaml = Fixtures.StatementLate.Replace("from: crowd", "from: crowds");
        var diagnostic = Single(LatePath, yaml, "STMT0055");
        Assert.Contains("claims here: crowd", diagnostic.GetMessage());
    }

    [Fact]
    public void A_statement_without_claims_is_reported_unless_it_is_no_comment()
    {
        var withoutClaims = Fixtures.StatementEarly.Substring(0, Fixtures.StatementEarly.IndexOf("claims:", StringComparison.Ordinal));
        Single(EarlyPath, withoutClaims, "STMT0056");
        var noComment = withoutClaims.Replace("kind: assertion", "kind: no_comment");
        var run = TestCorpus.Run(Fixtures.With(EarlyPath, noComment));
        // The later statement's relation points at the removed claim; only that is reported.
        Assert.Equal(["STMT0030"], run.Ids);
    }

    [Fact]
    public void Two_ids_with_the_same_csharp_name_are_reported()
    {
        var all = Fixtures.With("places/all.yaml", "schema: place/1\nid: place:all\nname: All\ntype: city\n");
        var diagnostic = Assert.Single(TestCorpus.Run(all).Diagnostics);
        Assert.Equal("STMT0033", diagnostic.Id);
        Assert.Contains("Places.All", diagnostic.GetMessage());
    }

    [Fact]
    public void Yaml_syntax_errors_are_located()
    {
        var yaml = "schema: person/1\nid: person:ada-example\nname: [unclosed\n";
        var diagnostic = Single(PersonPath, yaml, "STMT0001");
        Assert.True(At(diagnostic).Line >= 3);
    }

    [Fact]
    public void Aliases_are_refused_before_they_can_expand()
    {
        var yaml = "schema: person/1\nid: person:ada-example\nname: &n Ada\naliases: [*n]\n";
        var diagnostic = Single(PersonPath, yaml, "STMT0002");
        Assert.Equal((4, 11), At(diagnostic));
    }

    [Fact]
    public void A_second_document_is_refused()
    {
        Single(PersonPath, Fixtures.Person + "\n---\nname: other\n", "STMT0002");
    }

    [Fact]
    public void Duplicate_keys_are_reported()
    {
        var diagnostic = Single(PersonPath, Fixtures.Person + "\nname: Ada Other\n", "STMT0003");
        Assert.Contains("'name'", diagnostic.GetMessage());
    }

    [Fact]
    public void A_file_without_schema_is_reported()
    {
        Single(PersonPath, "id: person:ada-example\nname: Ada\n", "STMT0004");
    }

    [Fact]
    public void One_broken_file_costs_only_that_file_and_references_to_it_are_not_cascaded()
    {
        // Break the person every statement refers to: one error, and everything else still emitted.
        var yaml = Fixtures.Person.Replace("aliases:", "alias:");
        var run = TestCorpus.Run(Fixtures.With(PersonPath, yaml));
        Assert.Equal(["STMT0011"], run.Ids);
        Assert.Empty(run.CompileProblems);
        Assert.DoesNotContain("AdaExample", run.Source("StatementGen.People.g.cs"));
        Assert.Contains("_2024_05_01_AdaCrowd_2000", run.Source("StatementGen.Statements.g.cs"));
    }

    [Fact]
    public void Every_descriptor_has_an_id_title_message_and_category_in_its_family()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToArray();
        Assert.Equal(ids.Distinct().Count(), ids.Length);
        Assert.All(DiagnosticDescriptors.All, d =>
        {
            Assert.Matches("^STMT[0-9]{4}$", d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat.ToString()));
            Assert.StartsWith("StatementGen.", d.Category);
        });
    }
}
