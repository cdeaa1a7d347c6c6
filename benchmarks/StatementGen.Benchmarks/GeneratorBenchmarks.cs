using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.CodeAnalysis;

namespace StatementGen.Benchmarks;

/// <summary>
/// The generator at driver level, side by side with the floor it cannot go below: YamlDotNet's parser
/// events over the same text. Also the incremental re-runs after one YAML edit and after a C# edit.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
[MinColumn, MedianColumn, MaxColumn]
public class GeneratorBenchmarks
{
    /// <summary>Runs of seconds each: measured one by one (no pilot), five times after one warm-up.</summary>
    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(1).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
    }

    private GeneratorHarness harness = null!;
    private GeneratorDriver warm = null!;
    private int version;

    [ParamsSource(nameof(Sizes))]
    public int Statements { get; set; }

    public static IEnumerable<int> Sizes => Program.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        harness = new GeneratorHarness(SyntheticCorpus.Build(Statements));
        warm = harness.RunCold();
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet parser events (floor)")]
    public int ParserEvents() => harness.ParserEventsPass();

    [Benchmark(Description = "generator, cold run")]
    public GeneratorDriver Cold() => harness.RunCold();

    [Benchmark(Description = "generator, after one YAML edit")]
    public GeneratorDriver YamlEdit() => warm = harness.RunAfterYamlEdit(warm, ++version);

    [Benchmark(Description = "generator, after a C# edit")]
    public GeneratorDriver CSharpEdit() => warm = harness.RunAfterCSharpEdit(warm, ++version);
}
