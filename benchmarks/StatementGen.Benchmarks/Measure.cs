using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace StatementGen.Benchmarks;

/// <summary>
/// Every figure of docs/performance.md in one run: per corpus size, the generator (cold, after a YAML
/// edit, after a C# edit, its peak memory) against the parser-events floor; the compile of what it
/// generates beside the compile of the one-static-array reference (<see cref="CompileReference"/>),
/// run in turns; and the first query of the generated corpus, a YamlDotNet load and a System.Text.Json
/// load beside a hello-world app (<see cref="FirstQuery"/>). Each step runs in its own process (so peak
/// memory is that step's); min, median and max are shown.
/// </summary>
public static class Measure
{
    /// <summary>Up to this size the reference is compiled: its string literals pass the compiler's 16 MiB limit (CS8103) well before 100,000 statements.</summary>
    private const int LargestReference = 10_000;

    /// <summary>
    /// <paramref name="mode"/> <c>full</c>: 1k, 10k and 100k statements, three runs of each generator and
    /// compile step and five of each first query; <c>quick</c>: 1k and 10k, the same runs; <c>smoke</c>:
    /// 500 statements, one run of each, every check made (for CI).
    /// </summary>
    public static int Run(string mode)
    {
        int[] sizes = mode switch { "smoke" => [500], "quick" => [1_000, 10_000], _ => [1_000, 10_000, 100_000] };
        var runs = mode == "smoke" ? 1 : 3;
        var firstQueryRuns = mode == "smoke" ? 1 : 5;
        var table = new StringBuilder();
        var started = Stopwatch.StartNew();
        Log($"measuring {string.Join(", ", sizes)} statements, {runs} runs per step, {firstQueryRuns} per first query, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var rows = new List<(int Size, Dictionary<string, List<Metrics>> Steps)>();
        var firstQueries = new List<(int Size, List<FirstQueryRun> Runs)>();
        foreach (var size in sizes)
        {
            var artifacts = Artifacts.For(size);
            var yamlBytes = artifacts.WriteCorpus();
            Log($"{size}: {yamlBytes / 1048576.0:0.0} MB of YAML in {artifacts.Corpus}");
            var steps = new Dictionary<string, List<Metrics>>();
            steps["generate"] = Repeat(runs, () => Child("generate", size));
            var reference = Path.Combine(artifacts.Root, "reference");
            if (Directory.Exists(reference)) Directory.Delete(reference, recursive: true);
            steps["compile"] = [];
            steps["compile-reference"] = [];
            for (var run = 0; run < runs; run++)
            {
                // In turns, so the generated code and the reference see the same machine.
                steps["compile"].Add(Child("compile", size));
                if (size <= LargestReference) steps["compile-reference"].Add(Child("compile-reference", size));
            }

            artifacts.WriteJson();
            artifacts.BuildFirstQueryApps();
            firstQueries.Add((size, FirstQuery.Run(artifacts, firstQueryRuns)));
            rows.Add((size, steps));
        }

        table.AppendLine(Report(rows, runs));
        table.AppendLine(FirstQuery.Report(firstQueries));
        Log($"done in {started.Elapsed.TotalMinutes:0.0} min");
        Console.WriteLine();
        Console.WriteLine(table);
        var file = Path.Combine(Program.ArtifactsRoot, "results-" + mode + ".md");
        File.WriteAllText(file, table.ToString());
        Log("written to " + file);
        return 0;
    }

    private static string Report(List<(int Size, Dictionary<string, List<Metrics>> Steps)> rows, int runs)
    {
        var b = new StringBuilder();
        string Cell(List<Metrics> runs, string name, string format) => FirstQuery.Cell(runs.Select(r => r[name]), format);
        double Median(List<Metrics> runs, string name) => FirstQuery.Median(runs.Select(r => r[name]));

        b.AppendLine("Medians with (min–max) of " + runs + " runs, each in a fresh process.");
        b.AppendLine();
        b.AppendLine("| statements | YAML | generated C# | generator cold (first in process) | generator cold (second) | parser-events floor | cold ÷ floor | one YAML edit | edit ÷ cold | C# edit | generator peak |");
        b.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (size, steps) in rows)
        {
            var g = steps["generate"];
            b.AppendLine($"| {size:N0} | {Median(g, "yaml-mb"):0.0} MB | {Median(g, "generated-mb"):0.0} MB | {Cell(g, "cold-first-s", "0.00")} s | {Cell(g, "cold-s", "0.00")} s | {Cell(g, "parser-events-s", "0.00")} s | " +
                $"{Median(g, "cold-s") / Median(g, "parser-events-s"):0.0}× | {Cell(g, "yaml-edit-again-s", "0.000")} s | {Median(g, "yaml-edit-again-s") / Median(g, "cold-s") * 100:0.0} % | {Cell(g, "csharp-edit-s", "0.0000")} s | {Cell(g, "peak-mb", "0")} MB |");
        }

        b.AppendLine();
        b.AppendLine("Compile, the generated code and the one-static-array reference in turns; the ratio is the median (min–max) of the per-turn ratios.");
        b.AppendLine();
        b.AppendLine("| statements | compile generated code | compile peak | assembly | compile one-static-array reference | reference peak | reference source | generated ÷ reference |");
        b.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (size, steps) in rows)
        {
            var c = steps["compile"];
            var r = steps["compile-reference"];
            var reference = r.Count == 0
                ? $"not compiled (over {LargestReference:N0} statements its string literals pass the compiler's limit) | | |"
                : $"{Cell(r, "compile-s", "0.00")} s | {Cell(r, "peak-mb", "0")} MB | {Median(r, "source-mb"):0.0} MB |";
            var ratio = r.Count == 0 ? "" : FirstQuery.Cell(c.Zip(r, (x, y) => x["compile-s"] / y["compile-s"]), "0.00") + "×";
            b.AppendLine($"| {size:N0} | {Cell(c, "compile-s", "0.00")} s | {Cell(c, "peak-mb", "0")} MB | {Median(c, "dll-mb"):0.0} MB | {reference} {ratio} |");
        }
        return b.ToString();
    }

    private static List<Metrics> Repeat(int count, Func<Metrics> run)
    {
        var runs = new List<Metrics>();
        for (var i = 0; i < count; i++) runs.Add(run());
        return runs;
    }

    private static Metrics Child(string step, int size)
    {
        var self = typeof(Program).Assembly.Location;
        var output = Execute("dotnet", [self, step, size.ToString(CultureInfo.InvariantCulture)]);
        var metrics = output.Split('\n').Select(l => Metrics.Parse(l.Trim())).LastOrDefault(m => m is not null)
            ?? throw new InvalidOperationException(step + " printed no metrics:\n" + output);
        Log(metrics.ToString().Substring(Metrics.Prefix.Length));
        return metrics;
    }

    private static string Execute(string file, string[] arguments)
    {
        var run = ChildProcess.Run(file, arguments);
        if (run.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({run.ExitCode}):\n{run.Output}\n{run.Errors}");
        return run.Output;
    }

    /// <summary>A progress line, with the time of day.</summary>
    internal static void Log(string line) => Console.WriteLine(DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + "  " + line);
}
