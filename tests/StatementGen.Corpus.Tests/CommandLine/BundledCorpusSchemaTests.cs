using StatementGen.Tests.Cli;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Corpus.Tests.CommandLine;

/// <summary>Every file of the bundled corpus validates against its JSON Schema and points its editor at it.</summary>
public class BundledCorpusSchemaTests
{
    [Theory]
    [MemberData(nameof(TestCorpus.RealCorpusFiles), MemberType = typeof(TestCorpus))]
    public void Every_corpus_file_validates_against_its_schema(string file)
    {
        var yaml = File.ReadAllText(Path.Combine(Paths.Corpus, file));
        Assert.True(SchemaValidation.Validates(yaml, out var kind), $"{file} does not validate against {kind}.schema.json");
        Assert.StartsWith($"# yaml-language-server: $schema=", yaml);
        Assert.Contains($"schema/{kind}.schema.json", yaml.Split('\n')[0]);
    }
}
