using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>The generated code for the fixture corpus, file by file, as reviewed and committed.</summary>
public class SnapshotTests
{
    private static readonly string[] Hints =
    [
        "StatementGen.Ids.g.cs",
        "StatementGen.Vocabularies.g.cs",
        "StatementGen.Records.g.cs",
        "StatementGen.Queries.g.cs",
        "StatementGen.Data.g.cs",
        "StatementGen.Hash.g.cs",
        "StatementGen.Decoders.g.cs",
        "StatementGen.Statements.g.cs",
        "StatementGen.Statements.Data.g.cs",
        "StatementGen.People.g.cs",
        "StatementGen.People.Data.g.cs",
        "StatementGen.Orgs.g.cs",
        "StatementGen.Orgs.Data.g.cs",
        "StatementGen.Polities.g.cs",
        "StatementGen.Polities.Data.g.cs",
        "StatementGen.Places.g.cs",
        "StatementGen.Places.Data.g.cs",
        "StatementGen.Events.g.cs",
        "StatementGen.Events.Data.g.cs",
        "StatementGen.Sources.g.cs",
        "StatementGen.Sources.Data.g.cs",
        "StatementGen.Corpus.g.cs",
    ];

    public static TheoryData<string> HintNames() => new(Hints);

    [Theory]
    [MemberData(nameof(HintNames))]
    public void Fixture_corpus(string hintName)
    {
        var run = TestCorpus.Run(Fixtures.All);
        Snapshot.Verify(hintName.Replace(".g.cs", ".g"), run.Source(hintName));
    }

    [Fact]
    public void Every_generated_file_has_a_snapshot()
    {
        var run = TestCorpus.Run(Fixtures.All);
        Assert.Equal(Hints.Order(StringComparer.Ordinal),
            run.Result.Results.Single().GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
    }
}
