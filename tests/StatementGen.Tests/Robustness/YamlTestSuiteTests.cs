using StatementGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StatementGen.Tests.Robustness;

/// <summary>
/// The official YAML test suite's 402 inputs, each fed to the generator as a corpus file. None is a
/// valid corpus file, so each must end in diagnostics located in that file, and none may make the
/// generator throw. Invalid YAML must give a syntax error, except where YamlDotNet (the parser) is
/// known to accept it; valid YAML that YamlDotNet rejects is listed too (docs/diagnostics.md).
/// </summary>
public class YamlTestSuiteTests(ITestOutputHelper output)
{
    /// <summary>Invalid inputs that YamlDotNet 16.3.0 parses without an error.</summary>
    public static readonly string[] InvalidButAccepted = ["DK95/01", "MUS6/00", "Y79Y/003", "Y79Y/004", "Y79Y/005", "Y79Y/006", "Y79Y/008", "Y79Y/009"];

    /// <summary>Valid inputs on which YamlDotNet 16.3.0's parser reports an error.</summary>
    public static readonly string[] ValidButRejected = ["4MUZ/02", "DK95/04", "JEF9/01", "M2N8/00", "UKK6/00", "VJP3/01"];

    private static string SuiteRoot => Path.Combine(Paths.Repository, "tests", "StatementGen.Tests", "Robustness", "yaml-test-suite");

    private static IEnumerable<(string Name, string Yaml, bool Invalid)> Inputs() =>
        Directory.EnumerateFiles(SuiteRoot, "in.yaml", SearchOption.AllDirectories)
            .Select(path => (
                Name: Path.GetRelativePath(SuiteRoot, Path.GetDirectoryName(path)!).Replace('\\', '/'),
                Yaml: File.ReadAllText(path),
                Invalid: File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "error"))))
            .OrderBy(i => i.Name, StringComparer.Ordinal);

    [Fact]
    public void Every_input_ends_in_located_diagnostics_and_never_an_exception()
    {
        var inputs = Inputs().ToArray();
        Assert.Equal(402, inputs.Length);
        var syntaxErrors = 0;
        var acceptedInvalid = new List<string>();
        var rejectedValid = new List<string>();
        foreach (var (name, yaml, invalid) in inputs)
        {
            var path = "people/" + name.Replace('/', '-').ToLowerInvariant() + ".yaml";
            var run = TestCorpus.Run((path, yaml)); // asserts the generator did not throw
            Assert.True(run.Diagnostics.Count > 0, name + ": no diagnostic");
            Assert.All(run.Diagnostics, d => Assert.Equal(TestCorpus.Root + path, d.Location.GetLineSpan().Path));

            var syntax = run.Diagnostics.Any(d => d.Id == "STMT0001");
            if (syntax) syntaxErrors++;
            if (invalid && !syntax) acceptedInvalid.Add(name);
            if (!invalid && syntax) rejectedValid.Add(name);
        }

        output.WriteLine($"{inputs.Length} inputs ({inputs.Count(i => i.Invalid)} invalid YAML): all ended in located diagnostics, no exception.");
        output.WriteLine($"syntax errors: {syntaxErrors}; invalid YAML accepted by the parser: {acceptedInvalid.Count} ({string.Join(", ", acceptedInvalid)}); valid YAML rejected: {rejectedValid.Count} ({string.Join(", ", rejectedValid)})");
        Assert.Equal(InvalidButAccepted, acceptedInvalid);
        Assert.Equal(ValidButRejected, rejectedValid);
    }
}
