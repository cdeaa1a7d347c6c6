using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Robustness;

/// <summary>
/// A failure the generator did not foresee is STMT0099 at the file concerned and hides nothing else.
/// The failure here comes from the host: an AdditionalText whose text cannot be read (a file that
/// vanished, a permission taken away), which the generator must not let escape as an exception.
/// </summary>
public class InternalFailureTests
{
    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("the file vanished");
    }

    [Fact]
    public void A_file_whose_reading_throws_is_STMT0099_there_and_the_rest_still_generates_and_reports()
    {
        var broken = Fixtures.With("people/ada-example.yaml", Fixtures.Person.Replace("aliases:", "aliasses:"));
        var texts = broken.Select(f => (AdditionalText)new InMemoryText(TestCorpus.Root + f.Path, f.Yaml))
            .Append(new UnreadableText(TestCorpus.Root + "people/gone.yaml"))
            .ToImmutableArray();
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create("Consumer", [], Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new CorpusGenerator().AsSourceGenerator()], texts, parse);

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Null(driver.GetRunResult().Results.Single().Exception);
        var failure = Assert.Single(diagnostics, d => d.Id == "STMT0099");
        Assert.Equal(TestCorpus.Root + "people/gone.yaml", failure.Location.GetLineSpan().Path);
        Assert.Contains("IOException: the file vanished", failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        // The real problem elsewhere is still reported, and the rest of the corpus is still generated.
        Assert.Single(diagnostics, d => d.Id == "STMT0011");
        Assert.Single(output.GetTypeByMetadataName("StatementGen.Generated.Orgs+Named")!.GetMembers("ExampleMinistry"));
    }
}
