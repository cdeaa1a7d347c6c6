using System.Globalization;
using System.Text;

namespace StatementGen.Benchmarks;

/// <summary>One run of one first-query app: the parent's wall time of the process, and what the app printed.</summary>
/// <param name="WallMs">From just before the process is started to its exit, as the parent sees it.</param>
/// <param name="QueryMs">The app's own clock: from the top of Main to the end of the query; 0 for hello world.</param>
/// <param name="Answer">The query's answer (text length of the found statement's first claim, or a count).</param>
public sealed record FirstQueryRun(string Side, string Query, int Run, double WallMs, double QueryMs, int Answer);

/// <summary>
/// The first-query measurement of one corpus size: the five apps of <see cref="FirstQueryApps"/>, each
/// query in a fresh process, the sides interleaved within each run (hello world, generated, floor,
/// YamlDotNet, System.Text.Json, then again), and every side's answers checked against the others.
/// </summary>
public static class FirstQuery
{
    /// <summary>
    /// Runs every side and query <paramref name="runs"/> times (the apps as compiled, or with
    /// <paramref name="readyToRun"/> their ahead-of-time form); throws when a side fails or the
    /// generated app answers a query differently from a baseline.
    /// </summary>
    public static List<FirstQueryRun> Run(Artifacts artifacts, int runs, bool readyToRun = false)
    {
        var on = Target(artifacts);
        Measure.Log($"{artifacts.Statements}: first queries on {on.Id}, speaker {on.Speaker}, {on.From:yyyy-MM-dd}..{on.To:yyyy-MM-dd}");
        var results = new List<FirstQueryRun>();
        for (var run = 0; run < runs; run++)
        {
            foreach (var side in FirstQueryApps.Sides)
            {
                foreach (var query in FirstQueryApps.QueriesOf(side))
                {
                    var app = readyToRun ? artifacts.ReadyToRunApp(side) : artifacts.FirstQueryApp(side);
                    results.Add(RunOne(app, side, query, run, FirstQueryApps.Arguments(side, query, artifacts, on)));
                }
            }

            var last = results.Where(r => r.Run == run).ToList();
            Measure.Log($"{artifacts.Statements}: first-query run {run + 1}: " + string.Join(", ", last.Select(r => $"{r.Side}/{r.Query} {r.QueryMs:0.0} ms in {r.WallMs:0} ms")));
        }

        Check(results);
        return results;
    }

    /// <summary>The id of the statement the first <c>Find</c> looks up: the one in the middle.</summary>
    public static string FindId(Artifacts artifacts) => SyntheticCorpus.StatementId(artifacts.Statements, artifacts.Statements / 2);

    /// <summary>The statement in the middle, its speaker and the week from its day, read from the JSON baseline.</summary>
    private static (string Id, string Speaker, DateOnly From, DateOnly To) Target(Artifacts artifacts)
    {
        var id = FindId(artifacts);
        var statement = Baseline.LoadJson(artifacts.JsonFile).Single(s => s.Id == id);
        var day = DateOnly.ParseExact(statement.Said.Edtf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (id, statement.Speaker.Ref, day, day.AddDays(6));
    }

    private static FirstQueryRun RunOne(string app, string side, string query, int run, string[] arguments)
    {
        var process = ChildProcess.Run("dotnet", arguments.Prepend(app), TimeSpan.FromMinutes(10));
        if (process.ExitCode != 0) throw new InvalidOperationException($"{side} {query} failed ({process.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "timed out"}):\n{process.Output}\n{process.Errors}");
        var wall = process.Elapsed.TotalMilliseconds;
        if (side == "hello")
        {
            if (process.Output.Trim() != "Hello, World!") throw new InvalidOperationException("hello world printed: " + process.Output);
            return new FirstQueryRun(side, query, run, wall, 0, 0);
        }

        var values = process.Output.Trim().Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => long.Parse(p[1], CultureInfo.InvariantCulture));
        return new FirstQueryRun(side, query, run, wall, values["ticks"] * 1000.0 / values["frequency"], (int)values["answer"]);
    }

    /// <summary>Every side gives every query the same answer in every run, and finds something.</summary>
    private static void Check(List<FirstQueryRun> results)
    {
        foreach (var group in results.Where(r => r.Side != "hello").GroupBy(r => r.Query))
        {
            var answers = group.Select(r => r.Answer).Distinct().ToList();
            if (answers.Count != 1 || answers[0] <= 0)
            {
                throw new InvalidOperationException($"first {group.Key}: the sides disagree or find nothing: " + string.Join(", ", group.Select(r => $"{r.Side}={r.Answer}")));
            }
        }
    }

    /// <summary>The median and range of <paramref name="values"/>, as <c>median (min–max)</c>.</summary>
    public static string Cell(IEnumerable<double> values, string format)
    {
        var sorted = values.Order().ToArray();
        string F(double v) => v.ToString(format, CultureInfo.InvariantCulture);
        return sorted.Length == 1 ? F(sorted[0]) : $"{F(Median(sorted))} ({F(sorted[0])}–{F(sorted[^1])})";
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The two tables: the query in process per side, and process wall time per side as ratios to hello world.</summary>
    public static string Report(IReadOnlyList<(int Size, List<FirstQueryRun> Runs)> sizes, bool readyToRun = false)
    {
        var b = new StringBuilder();
        if (readyToRun) b.AppendLine("Every app, the generated corpus app included, compiled ahead of time with ReadyToRun (crossgen2, as PublishReadyToRun does).").AppendLine();
        IEnumerable<FirstQueryRun> Of(List<FirstQueryRun> runs, string side, string query) => runs.Where(r => r.Side == side && r.Query == query);
        IEnumerable<string> SidesOf(string query) => FirstQueryApps.Sides.Where(side => side != "hello" && FirstQueryApps.QueriesOf(side).Contains(query));

        b.AppendLine("First query in process, from the top of Main (type loads and JIT of the query included): ms, median (min–max); generated, then (first Find only) the floor, the same statement made from constants in code, then YamlDotNet load, then System.Text.Json source-gen load.");
        b.AppendLine();
        b.AppendLine("| statements | runs | first Find: generated | floor | YamlDotNet | STJ | first BySpeaker: generated | YamlDotNet | STJ | first Between: generated | YamlDotNet | STJ |");
        b.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (size, runs) in sizes)
        {
            b.Append($"| {size:N0} | {runs.Max(r => r.Run) + 1} |");
            foreach (var query in FirstQueryApps.Queries)
            {
                foreach (var side in SidesOf(query)) b.Append($" {Cell(Of(runs, side, query).Select(r => r.QueryMs), side is "generated" or "floor" ? "0.00" : "0")} ms |");
            }
            b.AppendLine();
        }

        b.AppendLine();
        b.AppendLine("Process wall (start to exit, measured by the parent) as a ratio to hello world's in the same run: median (min–max) of the per-run ratios.");
        b.AppendLine();
        b.AppendLine("| statements | hello world | Find app: generated | floor | YamlDotNet | STJ | BySpeaker app: generated | YamlDotNet | STJ | Between app: generated | YamlDotNet | STJ |");
        b.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (size, runs) in sizes)
        {
            var hello = runs.Where(r => r.Side == "hello").ToDictionary(r => r.Run, r => r.WallMs);
            b.Append($"| {size:N0} | {Cell(hello.Values, "0")} ms |");
            foreach (var query in FirstQueryApps.Queries)
            {
                foreach (var side in SidesOf(query)) b.Append($" {Cell(Of(runs, side, query).Select(r => r.WallMs / hello[r.Run]), "0.00")}× |");
            }
            b.AppendLine();
        }
        return b.ToString();
    }
}
