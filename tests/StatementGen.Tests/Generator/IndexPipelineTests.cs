using Microsoft.CodeAnalysis;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>The indexes are emitted from the statements' keys alone: an edit re-emits them only when it changes a key.</summary>
public class IndexPipelineTests
{
    private const string EarlyPath = "2024-05-01-ada-crowd-2000.yaml";

    private static (IncrementalStepRunReason Keys, IncrementalStepRunReason Sources, string IndexData) Edit(string edited)
    {
        var (driver, compilation, texts) = TestCorpus.StartTracked();
        var statement = texts.Single(t => t.Path.EndsWith(EarlyPath, StringComparison.Ordinal));
        Assert.NotEqual(Fixtures.StatementEarly, edited);
        driver = driver.ReplaceAdditionalText(statement, new InMemoryText(statement.Path, edited)).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var keys = Assert.Single(result.TrackedSteps[TrackingNames.IndexKeys].SelectMany(s => s.Outputs)).Reason;
        var sources = Assert.Single(result.TrackedSteps[TrackingNames.IndexSources].SelectMany(s => s.Outputs)).Reason;
        return (keys, sources, result.GeneratedSources.Single(s => s.HintName == "StatementGen.IndexData.g.cs").SourceText.ToString());
    }

    [Fact]
    public void An_edit_that_changes_no_key_does_not_emit_the_indexes_again()
    {
        // A claim's wording is no key of any index: the statement's data is emitted again, its keys are equal.
        var (keys, sources, _) = Edit(Fixtures.StatementEarly.Replace("At least 2,000 people attended.", "At least 2,000 people came."));
        Assert.Equal(IncrementalStepRunReason.Unchanged, keys);
        Assert.Equal(IncrementalStepRunReason.Cached, sources);
    }

    [Fact]
    public void An_edit_of_a_speaker_emits_the_indexes_again()
    {
        var (keys, sources, data) = Edit(Fixtures.StatementEarly.Replace("speaker: {ref: person:ada-example, on_behalf_of", "speaker: {ref: org:example-ministry, on_behalf_of"));
        Assert.Equal(IncrementalStepRunReason.Modified, keys);
        Assert.Equal(IncrementalStepRunReason.Modified, sources);
        Assert.Contains("org:example-ministry", data);
    }

    [Fact]
    public void An_edit_of_a_topic_or_a_date_emits_the_indexes_again()
    {
        var (keys, sources, _) = Edit(Fixtures.StatementEarly.Replace("topic: crowd-size", "topic: crowd-count"));
        Assert.Equal(IncrementalStepRunReason.Modified, keys);
        Assert.Equal(IncrementalStepRunReason.Modified, sources);
        (keys, sources, _) = Edit(Fixtures.StatementEarly.Replace("said: 2024-05-01", "said: 2024-04-30"));
        Assert.Equal(IncrementalStepRunReason.Modified, keys);
        Assert.Equal(IncrementalStepRunReason.Modified, sources);
    }
}
