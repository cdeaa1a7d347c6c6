using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Corpus.Tests;

/// <summary>
/// Nothing in a corpus file is lost: every field read from the YAML is present, with the same value,
/// in the record compiled into this assembly. Walks the file's values and the record's properties
/// side by side, guided by the schema catalogue.
/// </summary>
public class RoundTripTests
{
    [Theory]
    [MemberData(nameof(TestCorpus.RealCorpusFiles), MemberType = typeof(TestCorpus))]
    public void Every_field_of_the_file_is_in_the_compiled_record(string file)
    {
        var full = Path.Combine(Paths.Corpus, file);
        var model = CorpusGenerator.ReadAndCheck(full, SourceText.From(File.ReadAllText(full)), CancellationToken.None);
        Assert.False(model.HasErrors);
        var entity = model.Entity!;
        var compiled = StatementGen.Generated.Corpus.Find(entity.Id);
        Assert.NotNull(compiled);
        var compared = ModelComparer.Compare(entity.Root, compiled, entity.Id);
        Assert.True(compared >= entity.Root.Fields.Count, $"only {compared} values compared");
    }
}
