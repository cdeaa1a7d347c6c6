using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace StatementGen.Benchmarks;

/// <summary>
/// Every figure of docs/performance.md in one run: per corpus size, the generator (cold, after a YAML
/// edit, after a C# edit, its peak memory) against the parser-events floor, the compile of what it
/// generates, and the first query in a fresh process against loading the corpus at run time. Each
/// step runs in its own process (so peak memory is that step's), three times; min, median and max are shown.
/// </summary>
public static class Measure
{
    private const int Runs = 3;

    public static int Run(bool quick)
    {
        int[] sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
        var table = new StringBuilder();
        var started = Stopwatch.StartNew();
        Log($"measuring {string.Join(", ", sizes)} statements, {Runs} runs per step, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var rows = new List<(int Size, Dictionary<string, List<Metrics>> Steps)>();
        foreach (var size in sizes)
        {
            var artifacts = Artifacts.For(size);
            var yamlBytes = artifacts.WriteCorpus();
            Log($"{size}: {yamlBytes / 1048576.0:0.0} MB of YAML in {artifacts.Corpus}");
            var steps = new Dictionary<string, List<Metrics>>();
            steps["generate"] = Repeat(() => Child("generate", size));
            steps["compile"] = Repeat(() => Child("compile", size));
            artifacts.WriteJson();
            var id = SyntheticCorpus.StatementId(size, size / 2);
            steps["first-generated"] = Repeat(() => FirstQueryGenerated(artifacts, id));
            steps["first-yaml"] = Repeat(() => Child("first-yaml", size));
            steps["first-json"] = Repeat(() => Child("first-json", size));
            rows.Add((size, steps));
        }

        table.AppendLine(Report(rows));
        Log($"done in {started.Elapsed.TotalMinutes:0.0} min");
        Console.WriteLine();
        Console.WriteLine(table);
        var file = Path.Combine(Program.ArtifactsRoot, quick ? "results-quick.md" : "results-full.md");
        File.WriteAllText(file, table.ToString());
        Log("written to " + file);
        return 0;
    }

    private static string Report(List<(int Size, Dictionary<string, List<Metrics>> Steps)> rows)
    {
        var b = new StringBuilder();
        string Cell(List<Metrics> runs, string name, string format, double scale = 1)
        {
            var values = runs.Select(r => r[name] * scale).Order().ToArray();
            return values.Length == 1
                ? values[0].ToString(format, CultureInfo.InvariantCulture)
                : $"{values[values.Length / 2].ToString(format, CultureInfo.InvariantCulture)} ({values[0].ToString(format, CultureInfo.InvariantCulture)}–{values[^1].ToString(format, CultureInfo.InvariantCulture)})";
        }
        double Median(List<Metrics> runs, string name) => runs.Select(r => r[name]).Order().ElementAt(runs.Count / 2);

        b.AppendLine("Medians with (min–max) of " + Runs + " runs, each in a fresh process.");
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
        b.AppendLine("| statements | compile generated code | compile peak | assembly | first query, generated | first query, YamlDotNet load | first query, STJ source-gen load | vs YamlDotNet | vs STJ | first-query peak (generated / YamlDotNet / STJ) |");
        b.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (size, steps) in rows)
        {
            var c = steps["compile"];
            var fg = steps["first-generated"];
            var fy = steps["first-yaml"];
            var fj = steps["first-json"];
            b.AppendLine($"| {size:N0} | {Cell(c, "compile-s", "0.00")} s | {Cell(c, "peak-mb", "0")} MB | {Median(c, "dll-mb"):0.0} MB | {Cell(fg, "ms", "0.0")} ms | {Cell(fy, "ms", "0")} ms | {Cell(fj, "ms", "0")} ms | " +
                $"{Median(fy, "ms") / Median(fg, "ms"):0}× | {Median(fj, "ms") / Median(fg, "ms"):0}× | {Median(fg, "peak-mb"):0} / {Median(fy, "peak-mb"):0} / {Median(fj, "peak-mb"):0} MB |");
        }
        return b.ToString();
    }

    private static List<Metrics> Repeat(Func<Metrics> run)
    {
        var runs = new List<Metrics>();
        for (var i = 0; i < Runs; i++) runs.Add(run());
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

    private static Metrics FirstQueryGenerated(Artifacts artifacts, string id)
    {
        var output = Execute("dotnet", [artifacts.CorpusDll, id]).Trim();
        var metrics = new Metrics("first-generated", artifacts.Statements);
        metrics.Read(output.Split(' '));
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
