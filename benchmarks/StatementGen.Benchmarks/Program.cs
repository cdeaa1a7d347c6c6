using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Running;

namespace StatementGen.Benchmarks;

/// <summary>
/// <c>measure [--quick]</c> runs every measurement and prints the results table;
/// <c>bdn [BenchmarkDotNet arguments]</c> runs the BenchmarkDotNet suites (generator, look-ups);
/// <c>corpus &lt;statements&gt; &lt;folder&gt;</c> writes a synthetic corpus;
/// <c>adversarial [--quick] [--size KiB] …</c> measures hostile files (see <see cref="Adversarial"/>).
/// The rest are the steps <c>measure</c> and <c>adversarial</c> run in fresh processes.
/// </summary>
public static class Program
{
    /// <summary>The corpus sizes of the generator benchmarks: <c>STATEMENTGEN_BENCH_SIZES</c> (comma separated), else 1k and 10k.</summary>
    public static IReadOnlyList<int> Sizes { get; } =
        (Environment.GetEnvironmentVariable("STATEMENTGEN_BENCH_SIZES") ?? "1000,10000")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => int.Parse(s, CultureInfo.InvariantCulture))
        .ToArray();

    public static string ArtifactsRoot { get; } = Path.Combine(FindRepository(), "benchmarks", "artifacts");

    public static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var command = args.Length > 0 ? args[0] : "measure";
        int Size() => int.Parse(args[1], CultureInfo.InvariantCulture);
        switch (command)
        {
            case "measure":
                return Measure.Run(quick: args.Contains("--quick"));
            case "bdn":
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Skip(1).ToArray());
                return 0;
            case "adversarial":
                return Adversarial.Run(args.Skip(1).ToArray());
            case "adversarial-case":
                Console.WriteLine(Adversarial.MeasureCase(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)));
                return 0;
            case "corpus":
                Console.WriteLine(SyntheticCorpus.Write(Size(), args[2]).ToString(CultureInfo.InvariantCulture) + " bytes of YAML");
                return 0;
            case "generate":
                Console.WriteLine(Artifacts.For(Size()).Generate());
                return 0;
            case "compile":
                Console.WriteLine(Artifacts.For(Size()).Compile());
                return 0;
            case "steps":
                Steps(Size());
                return 0;
            case "first-yaml":
            case "first-json":
                Console.WriteLine(FirstQueryBaseline(command, Size()));
                return 0;
            default:
                Console.Error.WriteLine("usage: measure [--quick] | bdn [args] | corpus <statements> <folder> | " + Adversarial.Options.Usage);
                return 2;
        }
    }

    /// <summary>Where the generator's time goes: each pipeline step's time on a cold run and after one YAML edit.</summary>
    private static void Steps(int statements)
    {
        var harness = new GeneratorHarness(SyntheticCorpus.Build(statements));
        harness.NewDriver(track: true).RunGenerators(harness.Compilation); // JIT
        var clock = Stopwatch.StartNew();
        var driver = harness.NewDriver(track: true).RunGenerators(harness.Compilation);
        Print("cold", driver, clock.Elapsed);
        clock.Restart();
        driver = harness.RunAfterYamlEdit(driver, 1);
        Print("one YAML edit", driver, clock.Elapsed);

        static void Print(string title, Microsoft.CodeAnalysis.GeneratorDriver driver, TimeSpan elapsed)
        {
            var result = driver.GetRunResult().Results.Single();
            Console.WriteLine($"{title}: {elapsed.TotalMilliseconds:0} ms");
            foreach (var (name, runs) in result.TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {name,-24} {runs.Sum(r => r.ElapsedTime.TotalMilliseconds),8:0.0} ms over {runs.Length} runs");
            }
        }
    }

    /// <summary>The first query of an app that loads the corpus at run time: load, then find one statement by id.</summary>
    private static Metrics FirstQueryBaseline(string command, int statements)
    {
        var artifacts = Artifacts.For(statements);
        var id = SyntheticCorpus.StatementId(statements, statements / 2);
        Stopwatch.StartNew().Stop();
        var clock = Stopwatch.StartNew();
        var all = command == "first-yaml" ? Baseline.LoadYaml(artifacts.Corpus) : Baseline.LoadJson(artifacts.JsonFile);
        var byId = all.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var text = byId[id].Claims[0].Text;
        clock.Stop();
        var metrics = new Metrics(command, statements);
        metrics["ms"] = clock.Elapsed.TotalMilliseconds;
        metrics["peak-mb"] = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        metrics["check"] = text.Length;
        return metrics;
    }

    private static string FindRepository()
    {
        var directory = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(directory, "StatementGen.sln")))
        {
            directory = Path.GetDirectoryName(directory.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("StatementGen.sln not found above " + AppContext.BaseDirectory);
        }
        return directory;
    }
}
