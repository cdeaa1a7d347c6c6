using System.Text;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>
/// The phases of one file, each its own function: the reader only reads, the rules of one file run
/// on what it read, and the two together report what reading and checking in one go reported, the
/// cap on a file's problems included.
/// </summary>
public class PhaseTests
{
    private const string PersonPath = TestCorpus.Root + "people/ada-example.yaml";

    [Fact]
    public void The_reader_reports_no_rule_and_the_rules_report_theirs_after_it()
    {
        // An id that does not match the file name (a rule) and a placeholder (a rule), in a file the reader accepts.
        var yaml = Fixtures.Person.Replace("id: person:ada-example", "id: person:ada-other").Replace("name: Ada Example", "name: \"TODO: who?\"");
        var read = CorpusParser.Read(PersonPath, SourceText.From(yaml), CancellationToken.None);
        Assert.NotNull(read.Entity);
        Assert.Empty(read.Diagnostics);

        var checkedAlone = CorpusGenerator.CheckRules(read, CancellationToken.None);
        Assert.Equal([DiagnosticDescriptors.BadId.Id, DiagnosticDescriptors.PlaceholderNotFilled.Id], checkedAlone.Diagnostics.Select(d => d.Id).Order().ToArray());
        Assert.Same(read.Entity, checkedAlone.Entity);
        Assert.Equal(checkedAlone, CorpusGenerator.ReadAndCheck(PersonPath, SourceText.From(yaml), CancellationToken.None));
    }

    [Fact]
    public void A_file_the_reader_makes_nothing_of_passes_the_rules_as_it_is()
    {
        var read = CorpusParser.Read(PersonPath, SourceText.From("- not a mapping"), CancellationToken.None);
        Assert.Null(read.Entity);
        Assert.Same(read, CorpusGenerator.CheckRules(read, CancellationToken.None));
    }

    [Fact]
    public void The_rules_count_into_the_readers_cap_on_a_files_problems()
    {
        // More unknown keys than a file lists, then an id that does not match the file name.
        var yaml = new StringBuilder(Fixtures.Person.Replace("id: person:ada-example", "id: person:ada-other"));
        for (var i = 0; i < ProblemLimit.MaxPerFile + 20; i++) yaml.Append("\nnot_a_key_").Append(i).Append(": x");
        var read = CorpusParser.Read(PersonPath, SourceText.From(yaml.ToString()), CancellationToken.None);
        Assert.Equal(20, read.Omitted);

        var checkedAlone = CorpusGenerator.CheckRules(read, CancellationToken.None);
        Assert.Equal(21, checkedAlone.Omitted);
        Assert.Equal(ProblemLimit.MaxPerFile + 1, checkedAlone.Diagnostics.Count);
        var summary = Assert.Single(checkedAlone.Diagnostics, d => d.Id == DiagnosticDescriptors.MoreProblems.Id);
        Assert.Equal("21", summary.Arguments[0]);
        Assert.DoesNotContain(checkedAlone.Diagnostics, d => d.Id == DiagnosticDescriptors.BadId.Id);
    }
}
