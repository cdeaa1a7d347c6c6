using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>
/// The generated code for the fixture corpus, one snapshot per generated file whatever their names,
/// as reviewed and committed; the runtime templates listed rather than copied; the data as JSON.
/// </summary>
public class SnapshotTests
{
    [Fact]
    public void Fixture_corpus()
    {
        var run = TestCorpus.Run(Fixtures.All);
        Snapshot.VerifyAll(GeneratedSnapshot.Of(run));
    }
}
