using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Running;
using StatementGen.Model;

namespace StatementGen.Benchmarks;

/// <summary>
/// <c>measure [--quick | --smoke]</c> runs every measurement and prints the results tables;
/// <c>first-query &lt;statements&gt; [--runs N] [--ready-to-run]</c> runs the first-query measurement alone (see <see cref="FirstQuery"/>), with
/// <c>--ready-to-run</c> on every app compiled ahead of time (see <see cref="ReadyToRun"/>);
/// <c>bdn [BenchmarkDotNet arguments]</c> runs the BenchmarkDotNet suites (generator, look-ups);
/// <c>corpus &lt;statements&gt; &lt;folder&gt;</c> writes a synthetic corpus;
/// <c>compile-breakdown &lt;statements&gt; &lt;folder&gt;… [--turns N]</c> compares the compile of folders of generated sources (see <see cref="CompileBreakdown"/>);
/// <c>literal-forms &lt;statements&gt; [--turns N]</c> compares what the compiler pays for the same data in each form C# holds it in (see <see cref="LiteralForms"/>);
/// <c>explorer &lt;statements&gt; [--requests N]</c> times the Explorer's pages over one (see <see cref="ExplorerPages"/>);
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
                return Measure.Run(args.Contains("--smoke") ? "smoke" : args.Contains("--quick") ? "quick" : "full");
            case "first-query":
                return FirstQueryAlone(Size(), args.SkipWhile(a => a != "--runs").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(5).First(), args.Contains("--ready-to-run"));
            case "bdn":
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Skip(1).ToArray());
                return 0;
            case "adversarial":
                return Adversarial.Run(args.Skip(1).ToArray());
            case "adversarial-case":
                Console.WriteLine(Adversarial.MeasureCase(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)));
                return 0;
            case "explorer":
                return ExplorerPages.Run(Size(), args.SkipWhile(a => a != "--requests").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(20).First());
            case "corpus":
                Console.WriteLine(SyntheticCorpus.Write(Size(), args[2], archiveTexts: args.Contains("--texts")).ToString(CultureInfo.InvariantCulture) + " bytes written");
                return 0;
            case "generate":
                Console.WriteLine(Artifacts.For(Size()).Generate());
                return 0;
            case "compile":
                Console.WriteLine(Artifacts.For(Size()).Compile());
                return 0;
            case "compile-breakdown":
                return CompileBreakdown.Run(Size(), args.Skip(2).TakeWhile(a => a != "--turns").ToArray(), args.SkipWhile(a => a != "--turns").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(3).First());
            case "literal-forms":
                return LiteralForms.Run(Size(), args.SkipWhile(a => a != "--turns").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(3).First());
            case "compile-reference":
                Console.WriteLine(CompileReference.Compile(Artifacts.For(Size())));
                return 0;
            case "steps":
                Steps(Size());
                return 0;
            default:
                Console.Error.WriteLine("usage: measure [--quick | --smoke] | first-query <statements> [--runs N] [--ready-to-run] | bdn [args] | corpus <statements> <folder> | compile-breakdown <statements> <folder>... [--turns N] | literal-forms <statements> [--turns N] | explorer <statements> [--requests N] | " + Adversarial.Options.Usage);
                return 2;
        }
    }

    /// <summary>
    /// Where the generator's time goes, for the same corpus without and with its sources' texts archived
    /// (the statements' YAML is the same; with texts, every excerpt and verbatim value is checked
    /// against them): the wall time of a cold run and of a run after one edit of a statement's value,
    /// and the time of checking one file against the texts. Then, for the corpus without texts, each
    /// pipeline step's time. Wall times are taken with step tracking off, as the compiler runs: Roslyn's
    /// tracking records every step's inputs, and with thousands of files fed by one collected value
    /// (the texts) that recording alone costs more than the generator.
    /// </summary>
    private static void Steps(int statements)
    {
        foreach (var archived in new[] { false, true })
        {
            var corpus = SyntheticCorpus.Build(statements, archiveTexts: archived);
            var harness = new GeneratorHarness(corpus);
            harness.RunCold(); // JIT
            var clock = Stopwatch.StartNew();
            var driver = harness.RunCold();
            var cold = clock.Elapsed;
            clock.Restart();
            driver = harness.RunAfterYamlEdit(driver, 1);
            var edit = clock.Elapsed;
            var errors = driver.GetRunResult().Diagnostics.Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
            if (errors > 0) throw new InvalidOperationException(errors + " errors in the synthetic corpus");
            var (checkedFiles, perFile) = CheckEveryFile(corpus);
            Console.WriteLine($"{(archived ? "with" : "without")} archived source texts ({corpus.Count(f => f.Path.EndsWith(".txt", StringComparison.Ordinal))} texts): " +
                $"cold {cold.TotalMilliseconds:0} ms, one statement edited {edit.TotalMilliseconds:0} ms, " +
                $"checking one file against the texts {perFile.TotalMicroseconds:0.0} µs on average over {checkedFiles} files");
        }

        var tracked = new GeneratorHarness(SyntheticCorpus.Build(statements));
        tracked.NewDriver(track: true).RunGenerators(tracked.Compilation); // JIT
        var steps = tracked.NewDriver(track: true).RunGenerators(tracked.Compilation);
        Print("steps, cold (without texts)", steps);
        steps = tracked.RunAfterYamlEdit(steps, 1);
        Print("steps, one statement edited (without texts)", steps);

        static void Print(string title, Microsoft.CodeAnalysis.GeneratorDriver driver)
        {
            var result = driver.GetRunResult().Results.Single();
            Console.WriteLine(title + ":");
            foreach (var (name, runs) in result.TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                var ran = runs.SelectMany(r => r.Outputs).Count(o => o.Reason is Microsoft.CodeAnalysis.IncrementalStepRunReason.New or Microsoft.CodeAnalysis.IncrementalStepRunReason.Modified);
                Console.WriteLine($"  {name,-24} {runs.Sum(r => r.ElapsedTime.TotalMilliseconds),8:0.0} ms over {runs.Length} runs, {ran} new or modified");
            }
        }
    }

    /// <summary>The check against the archived texts alone, as the generator's per-file step runs it: every YAML file, read once beforehand.</summary>
    private static (int Files, TimeSpan PerFile) CheckEveryFile(IReadOnlyList<(string Path, string Yaml)> corpus)
    {
        var texts = new Model.ArchivedTexts(corpus.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal))
            .Select(f => Parsing.ArchivedTextReader.Read("/corpus/" + f.Path, Microsoft.CodeAnalysis.Text.SourceText.From(f.Yaml), CancellationToken.None))
            .ToEquatableArray());
        var files = corpus.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(f => CorpusGenerator.ReadAndCheck("/corpus/" + f.Path, Microsoft.CodeAnalysis.Text.SourceText.From(f.Yaml), CancellationToken.None))
            .ToArray();
        foreach (var file in files.Take(100)) Validation.TextCheck.Check(file, texts, CancellationToken.None); // JIT
        var clock = Stopwatch.StartNew();
        var verified = 0;
        foreach (var file in files) verified += Validation.TextCheck.Check(file, texts, CancellationToken.None).VerifiedRenderings.Count;
        clock.Stop();
        GC.KeepAlive(verified);
        return (files.Length, clock.Elapsed / files.Length);
    }

    /// <summary>The first-query measurement alone, at one size: the artifacts made where missing, the apps built, then <paramref name="runs"/> interleaved runs.</summary>
    private static int FirstQueryAlone(int statements, int runs, bool readyToRun)
    {
        var artifacts = Artifacts.Prepare(statements, Measure.Log);
        artifacts.BuildFirstQueryApps();
        if (readyToRun) artifacts.BuildReadyToRunApps();
        var table = FirstQuery.Report([(statements, FirstQuery.Run(artifacts, runs, readyToRun))], readyToRun);
        Console.WriteLine();
        Console.WriteLine(table);
        return 0;
    }

    internal static string FindRepository()
    {
        var directory = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(directory, "StatementGen.sln")))
        {
            directory = Path.GetDirectoryName(directory.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("StatementGen.sln not found above " + AppContext.BaseDirectory);
        }
        return directory;
    }
}
