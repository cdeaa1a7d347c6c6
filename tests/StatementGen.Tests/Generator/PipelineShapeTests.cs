using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatementGen.Benchmarks;
using StatementGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StatementGen.Tests.Generator;

/// <summary>
/// The shape of the pipeline keeps Roslyn's step tracking linear in the files. With tracking on (as the
/// IDE's and every test's driver run it), Roslyn walks the inputs of every output step as a tree, without
/// remembering what it saw, so a step per file fed by a value collected from all files makes that walk
/// grow with the square of the files (or the cube, when the collected value is itself fed by such steps).
/// </summary>
public class PipelineShapeTests(ITestOutputHelper output)
{
    [Fact]
    public void The_steps_recorded_with_tracking_on_grow_linearly_with_the_files()
    {
        var growth = Growth(new CorpusGenerator());
        output.WriteLine(growth.Said);

        // Linear: the steps grow as the files do (the fixed steps make it a little less); a step per file
        // that hangs on all files makes it about 2, one that hangs on such steps about 3.
        Assert.True(growth.Exponent <= 1.15, growth.Said);
    }

    [Fact]
    public void The_count_sees_a_step_per_file_that_hangs_on_all_files()
    {
        var growth = Growth(new EachOnAll());
        output.WriteLine(growth.Said);
        Assert.True(growth.Exponent >= 1.7, growth.Said);
    }

    /// <summary>
    /// How the steps recorded grow from a synthetic corpus of 100 statements to one of 200 (which has
    /// fewer than twice the files: people, organizations and sources are shared): the power of the
    /// ratio of files that gives the ratio of steps.
    /// </summary>
    private static (double Exponent, string Said) Growth(IIncrementalGenerator generator)
    {
        var (smallFiles, small) = RecordedSteps(generator, Corpus(100));
        var (largeFiles, large) = RecordedSteps(generator, Corpus(200));
        var exponent = Math.Log((double)large / small) / Math.Log((double)largeFiles / smallFiles);
        return (exponent, $"{small:N0} steps walked for {smallFiles} files, {large:N0} for {largeFiles}: they grow as the files to the power {exponent:F2}");
    }

    private static IReadOnlyList<(string Path, string Yaml)> Corpus(int statements) => SyntheticCorpus.Build(statements);

    /// <summary>The shape the pipeline must not have: a step per file fed by every file, collected.</summary>
    private sealed class EachOnAll : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var files = context.AdditionalTextsProvider.Select(static (text, _) => text.Path).WithTrackingName("File");
            var each = files.Combine(files.Collect()).Select(static (pair, _) => pair.Left.Length + pair.Right.Length).WithTrackingName("Each");
            context.RegisterSourceOutput(each.Collect(), static (_, _) => { });
        }
    }

    /// <summary>
    /// How many steps Roslyn's recording visits for one tracked run of <paramref name="generator"/> over
    /// <paramref name="files"/>: each output step and, again for each path to it, every
    /// step it hangs on.
    /// </summary>
    private static (int Files, long Steps) RecordedSteps(IIncrementalGenerator generator, IReadOnlyList<(string Path, string Yaml)> files)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }", parse)], Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var texts = files.Select(f => (AdditionalText)new InMemoryText(TestCorpus.Root + f.Path, f.Yaml)).ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], texts, parse, null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        var walked = new Dictionary<IncrementalGeneratorRunStep, long>(ReferenceEqualityComparer.Instance);
        var total = result.TrackedOutputSteps.Values.SelectMany(steps => steps).Sum(step => Walk(step, walked));
        return (files.Count, total);
    }

    /// <summary>
    /// The steps a walk from <paramref name="step"/> through all its inputs visits, a step reached by two
    /// paths counted twice, as Roslyn walks them; each step's count is remembered, so counting is cheap.
    /// </summary>
    private static long Walk(IncrementalGeneratorRunStep step, Dictionary<IncrementalGeneratorRunStep, long> walked)
    {
        if (walked.TryGetValue(step, out var known)) return known;
        var count = 1 + step.Inputs.Sum(input => Walk(input.Source, walked));
        walked[step] = count;
        return count;
    }
}
