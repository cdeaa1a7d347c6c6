using System.Collections.Immutable;
using System.Diagnostics;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatementGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StatementGen.Tests.Robustness;

/// <summary>
/// A 10k-statement corpus passes through the generator within bounded memory, and a cancelled run
/// stops promptly. The figures are reported; the bounds are generous guards against a blow-up or a
/// hang, not performance targets (those live in the benchmarks).
/// </summary>
[Collection(nameof(ResourceTests))]
[CollectionDefinition(nameof(ResourceTests), DisableParallelization = true)]
public class ResourceTests(ITestOutputHelper output)
{
    private static readonly Lazy<ImmutableArray<AdditionalText>> LargeCorpus = new(() =>
        new RandomCorpus(10_000, r => RandomCorpus.RandomText(r)).Build(10_000)
            .Select(f => (AdditionalText)new InMemoryText(TestCorpus.Root + f.Path, f.Yaml))
            .ToImmutableArray());

    private static (GeneratorDriver Driver, Compilation Compilation) Prepare()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create("Consumer", [], Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new CorpusGenerator().AsSourceGenerator()], LargeCorpus.Value, parse, null);
        return (driver, compilation);
    }

    [Fact]
    public void Ten_thousand_statements_generate_within_bounded_memory()
    {
        var (driver, compilation) = Prepare();
        var corpusChars = LargeCorpus.Value.Sum(t => (long)t.GetText()!.Length);
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakBefore = process.PeakWorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();

        var result = driver.RunGenerators(compilation).GetRunResult();

        watch.Stop();
        process.Refresh();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var peak = process.PeakWorkingSet64;
        var generated = result.Results.Single().GeneratedSources.Sum(s => (long)s.SourceText.Length);
        output.WriteLine($"10,000 statements in {LargeCorpus.Value.Length:N0} files ({corpusChars / 1e6:F1} M chars of YAML): generated {generated / 1e6:F1} M chars of C# in {watch.Elapsed.TotalSeconds:F1} s; allocated {allocated / 1e6:F0} MB; process peak working set {peak / 1e6:F0} MB (was {peakBefore / 1e6:F0} MB before the run).");

        Assert.Null(result.Results.Single().Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(peak < 6_000_000_000, $"peak working set {peak / 1e6:F0} MB");
    }

    [Fact]
    public void A_cancelled_run_stops_promptly()
    {
        var (driver, compilation) = Prepare();
        using var cancellation = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        var cancelledAt = TimeSpan.Zero;
        cancellation.Token.Register(() => cancelledAt = watch.Elapsed);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(300));
        var stopped = TimeSpan.Zero;
        try
        {
            driver.RunGenerators(compilation, cancellation.Token);
            Assert.Fail("the run finished before it was cancelled; cancel it sooner");
        }
        catch (OperationCanceledException)
        {
            stopped = watch.Elapsed;
        }

        var latency = stopped - cancelledAt;
        output.WriteLine($"cancelled at {cancelledAt.TotalMilliseconds:F0} ms into the run, stopped at {stopped.TotalMilliseconds:F0} ms: {latency.TotalMilliseconds:F1} ms after the request.");
        Assert.True(latency < TimeSpan.FromSeconds(5), $"took {latency.TotalMilliseconds:F0} ms to stop");
    }
}
