using Microsoft.CodeAnalysis;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Corpus.Tests;

/// <summary>
/// Breaking any one file of the real corpus gives exactly the expected diagnostic at the right place,
/// and the rest of the corpus still generates.
/// </summary>
public class BreakageTests
{
    private static GeneratorRun RunWith(string path, Func<string, string> breakIt)
    {
        var files = TestCorpus.RealCorpus().Select(f => f.Path == path ? (f.Path, breakIt(f.Yaml)) : f).ToArray();
        return TestCorpus.Run(files);
    }

    private static Diagnostic SingleError(GeneratorRun run)
    {
        var errors = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.Empty(run.CompileProblems);
        return Assert.Single(errors);
    }

    [Theory]
    [MemberData(nameof(TestCorpus.RealCorpusFiles), MemberType = typeof(TestCorpus))]
    public void A_typo_in_the_third_key_is_one_unknown_key_error_at_that_key(string path)
    {
        var all = File.ReadAllLines(Path.Combine(Paths.Corpus, path));
        var offset = all.TakeWhile(l => l.StartsWith('#')).Count();
        var lines = all.Skip(offset).ToArray();
        var key = lines[2].Substring(0, lines[2].IndexOf(':'));
        var run = RunWith(path, yaml => yaml.Replace("\n" + key + ":", "\n" + key + "x:"));
        var error = SingleError(run);
        Assert.Equal("STMT0011", error.Id);
        Assert.Contains("did you mean '" + key + "'?", error.GetMessage());
        Assert.EndsWith(path, error.Location.GetLineSpan().Path);
        Assert.Equal(offset + 2, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(0, error.Location.GetLineSpan().StartLinePosition.Character);
        var generated = string.Concat(run.Result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
        var member = StatementGen.MemberNaming.MemberName(lines[1].Substring("id: ".Length).Split(' ')[0]);
        Assert.DoesNotContain(" " + member + " { get; } =", generated);
        Assert.Contains(" { get; } =", generated);
    }

    [Theory]
    [MemberData(nameof(TestCorpus.RealCorpusFiles), MemberType = typeof(TestCorpus))]
    public void A_syntax_error_is_one_syntax_error_in_that_file(string path)
    {
        var run = RunWith(path, yaml => yaml + "\nbroken: [unclosed\n");
        var error = SingleError(run);
        Assert.Equal("STMT0001", error.Id);
        Assert.EndsWith(path, error.Location.GetLineSpan().Path);
    }
}
