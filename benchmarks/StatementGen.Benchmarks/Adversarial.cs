using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace StatementGen.Benchmarks;

/// <summary>
/// What hostile files cost the generator: for each case of <see cref="AdversarialCorpus"/>, a file of
/// size S and one of 2S is added to the small valid corpus and the generator runs over it as the
/// compiler would (a <c>CSharpGeneratorDriver</c>), each run in a fresh process so that peak memory
/// is that run's. A run past the timeout is killed and shown as such, a process that dies is shown
/// as dead, and the table gives the wall time, peak working set, allocations, the diagnostics on the
/// file and the characters of their messages, and how the time grows from S to 2S.
/// </summary>
public static class Adversarial
{
    /// <summary>The name of the row that measures the valid corpus alone.</summary>
    public const string CorpusOnly = "none";

    /// <summary>What to run: sizes, repetitions, the timeout and heap limit of each child process, which cases.</summary>
    public sealed record Options(int Size, int Runs, TimeSpan Timeout, long MemoryLimitMiB, IReadOnlyList<string> Cases, bool Quick)
    {
        public const string Usage =
            "adversarial [--quick] [--size KiB] [--runs N] [--timeout SECONDS] [--memory-limit MiB] [--cases name,name]";

        /// <summary>
        /// Defaults: S = 512 KiB (so 2S is the 1 MiB the generator reads at most), 3 runs, 120 s, an
        /// 8 GiB heap per process, every case. <c>--quick</c>: S = 32 KiB, one run and a 30 s timeout, a smoke run for CI.
        /// </summary>
        public static Options Parse(IReadOnlyList<string> args)
        {
            var quick = args.Contains("--quick");
            var options = new Options(quick ? 32 * 1024 : 512 * 1024, quick ? 1 : 3, TimeSpan.FromSeconds(quick ? 30 : 120), 8192,
                AdversarialCorpus.Instance.Cases.Select(c => c.Name).ToArray(), quick);
            for (var i = 0; i < args.Count; i++)
            {
                string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException(args[i] + " needs a value; usage: " + Usage);
                int Number() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException(args[i] + " must be a positive whole number");
                options = args[i] switch
                {
                    "--quick" => options,
                    "--size" => options with { Size = checked(Number() * 1024) },
                    "--runs" => options with { Runs = Number() },
                    "--timeout" => options with { Timeout = TimeSpan.FromSeconds(Number()) },
                    "--memory-limit" => options with { MemoryLimitMiB = Number() },
                    "--cases" => options with { Cases = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => AdversarialCorpus.Instance.Case(c).Name).ToArray() },
                    _ => throw new ArgumentException("unknown option " + args[i] + "; usage: " + Usage),
                };
            }
            return options;
        }
    }

    /// <summary>One child process's run of one case at one size: its figures if it finished, and what it reported.</summary>
    private sealed record Attempt(ChildRun Run, Metrics? Metrics, string Ids, string? Exception)
    {
        public bool Finished => Metrics is not null;

        public string Failure => Run.TimedOut ? "timeout" : $"died (exit {Run.ExitCode}{(Run.CrashMessage.Length > 0 ? ": " + Run.CrashMessage : "")})";
    }

    public static int Run(IReadOnlyList<string> args)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var started = Stopwatch.StartNew();
        var corpus = AdversarialCorpus.Instance;
        int[] sizes = [options.Size, 2 * options.Size];
        Measure.Log($"adversarial files of {Kib(sizes[0])} and {Kib(sizes[1])} added to a valid corpus of {corpus.Valid.Count} files; {options.Runs} run(s) per size, " +
            $"each in a fresh process with a {options.Timeout.TotalSeconds:0} s timeout and a {options.MemoryLimitMiB:N0} MiB heap limit; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        foreach (var size in sizes.Where(s => s > AdversarialCorpus.MaxFileLength))
        {
            Measure.Log($"{Kib(size)} is over the generator's limit of {AdversarialCorpus.MaxFileLength:N0} characters: files of that size are refused unread (STMT0080) and measure nothing");
        }

        var baseline = Repeat(CorpusOnly, 0, options);
        var rows = new List<(AdversarialCase Case, AdversarialFile[] Files, List<Attempt>[] Attempts)>();
        foreach (var name in options.Cases)
        {
            var @case = corpus.Case(name);
            var files = sizes.Select(s => @case.Make(s)).ToArray();
            rows.Add((@case, files, sizes.Select(s => Repeat(name, s, options)).ToArray()));
        }

        var table = Report(options, corpus, baseline, rows);
        Measure.Log($"done in {started.Elapsed.TotalMinutes:0.0} min");
        Console.WriteLine();
        Console.WriteLine(table);
        Directory.CreateDirectory(Program.ArtifactsRoot);
        var file = Path.Combine(Program.ArtifactsRoot, options.Quick ? "adversarial-quick.md" : "adversarial.md");
        File.WriteAllText(file, table);
        Measure.Log("written to " + file);
        return 0;
    }

    /// <summary>
    /// The child's side: the generator over the valid corpus plus the case's file, timed after a run
    /// over the valid corpus alone (which loads and compiles the generator's code) and a second one
    /// timed for comparison. Prints the figures, then the file's diagnostic ids and any exception the
    /// generator threw.
    /// </summary>
    public static Metrics MeasureCase(string name, int size)
    {
        var corpus = AdversarialCorpus.Instance;
        var file = name == CorpusOnly ? null : corpus.Case(name).Make(size);
        var valid = new GeneratorHarness(corpus.Valid);
        var harness = new GeneratorHarness(file is null ? corpus.Valid : [.. corpus.Valid, (file.Path, file.Yaml)]);
        valid.RunCold();

        var metrics = new Metrics(name, size);
        GC.Collect();
        var clock = Stopwatch.StartNew();
        valid.RunCold();
        metrics["corpus-s"] = clock.Elapsed.TotalSeconds;

        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        var result = harness.RunCold().GetRunResult();
        metrics["s"] = clock.Elapsed.TotalSeconds;
        metrics["allocated-mb"] = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
        metrics["peak-mb"] = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;

        // The file's own diagnostics, and any without a place (a generator that throws reports CS8785 so).
        var path = file is null ? null : harness.Texts[^1].Path;
        var diagnostics = result.Diagnostics
            .Where(d => d.Location == Location.None || (path is not null && d.Location.GetLineSpan().Path == path))
            .ToArray();
        metrics["diagnostics"] = diagnostics.Length;
        metrics["message-chars"] = diagnostics.Sum(d => (double)d.GetMessage(CultureInfo.InvariantCulture).Length);
        metrics["errors"] = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        metrics["file-chars"] = file?.Yaml.Length ?? 0;

        Console.WriteLine(IdsPrefix + string.Join(" ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + "×" + g.Count().ToString(CultureInfo.InvariantCulture))));
        if (result.Results.Single().Exception is { } exception)
        {
            Console.WriteLine(ExceptionPrefix + exception.GetType().Name + ": " + exception.Message.Split('\n')[0].Trim());
        }
        return metrics;
    }

    private const string IdsPrefix = "IDS ";
    private const string ExceptionPrefix = "EXCEPTION ";

    /// <summary>Up to <see cref="Options.Runs"/> fresh processes; after one that times out or dies, no more at this size.</summary>
    private static List<Attempt> Repeat(string name, int size, Options options)
    {
        var attempts = new List<Attempt>();
        for (var i = 0; i < options.Runs; i++)
        {
            var attempt = Child(name, size, options);
            attempts.Add(attempt);
            var label = name + " " + (size == 0 ? "" : Kib(size) + " ");
            Measure.Log(label + (attempt.Metrics is { } m
                ? $"{m["s"]:0.000} s (valid corpus alone {m["corpus-s"]:0.000} s), peak {m["peak-mb"]:0} MB, allocated {m["allocated-mb"]:0} MB, {m["diagnostics"]:0} diagnostics of {m["message-chars"]:N0} characters {attempt.Ids}{(attempt.Exception is null ? "" : "; generator threw " + attempt.Exception)}"
                : $"{attempt.Failure} after {attempt.Run.Elapsed.TotalSeconds:0.0} s, peak {attempt.Run.PeakWorkingSet / 1048576.0:0} MB"));
            if (!attempt.Finished) break;
        }
        return attempts;
    }

    private static Attempt Child(string name, int size, Options options)
    {
        var self = typeof(Program).Assembly.Location;
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_GCHeapHardLimit"] = (options.MemoryLimitMiB * 1048576).ToString("X", CultureInfo.InvariantCulture),
        };
        var run = ChildProcess.Run("dotnet", [self, "adversarial-case", name, size.ToString(CultureInfo.InvariantCulture)], options.Timeout, environment);
        var lines = run.Output.Split('\n').Select(l => l.Trim()).ToArray();
        var metrics = run.ExitCode == 0 ? lines.Select(Metrics.Parse).LastOrDefault(m => m is not null) : null;
        var ids = lines.LastOrDefault(l => l.StartsWith(IdsPrefix, StringComparison.Ordinal))?.Substring(IdsPrefix.Length) ?? "";
        var exception = lines.LastOrDefault(l => l.StartsWith(ExceptionPrefix, StringComparison.Ordinal))?.Substring(ExceptionPrefix.Length);
        if (run.ExitCode == 0 && metrics is null) throw new InvalidOperationException($"adversarial-case {name} {size} printed no metrics:\n{run.Output}\n{run.Errors}");
        return new Attempt(run, metrics, ids, exception);
    }

    private static string Report(Options options, AdversarialCorpus corpus, List<Attempt> baseline, List<(AdversarialCase Case, AdversarialFile[] Files, List<Attempt>[] Attempts)> rows)
    {
        var b = new StringBuilder();
        b.AppendLine($"Each case adds one file of S = {Kib(options.Size)} or 2S = {Kib(2 * options.Size)} to a valid corpus of {corpus.Valid.Count} files (one statement and what it refers to) " +
            $"and runs the generator once over it in a fresh process: median (min–max) of {options.Runs} process(es), " +
            $"fewer when one ran past the {options.Timeout.TotalSeconds:0} s timeout (killed) or died; each process's heap is limited to {options.MemoryLimitMiB:N0} MiB. " +
            "Diagnostics and message characters count the file's own diagnostics (and any without a place, such as a generator failure). " +
            "Time 2S ÷ S divides the median run at 2S by that at S (the valid corpus alone is the first row).");
        b.AppendLine();
        b.AppendLine("| case | attack | size | holds | generator run | peak working set | allocated | diagnostics | message characters | time 2S ÷ S | notes |");
        b.AppendLine("|---|---|---:|---|---:|---:|---:|---:|---:|---:|---|");
        b.AppendLine($"| {CorpusOnly} | the valid corpus alone | – | – | {Time(baseline, options)} | {Memory(baseline, "peak-mb")} | {Memory(baseline, "allocated-mb")} | – | – | – | |");
        foreach (var (@case, files, attempts) in rows)
        {
            for (var i = 0; i < files.Length; i++)
            {
                var runs = attempts[i];
                var finished = runs.Where(r => r.Finished).ToList();
                var notes = new List<string>();
                if (files[i].Yaml.Length > AdversarialCorpus.MaxFileLength)
                {
                    notes.Add($"over the {AdversarialCorpus.MaxFileLength:N0}-character limit: refused unread (STMT0080), measures nothing");
                }
                if (finished.Count > 0)
                {
                    var last = finished[^1];
                    if (last.Ids.Length > 0) notes.Add(last.Ids);
                    if (last.Exception is not null) notes.Add("generator threw " + last.Exception);
                    var missing = files[i].Expected.Where(id => !last.Ids.Split(' ').Any(x => x.StartsWith(id + "×", StringComparison.Ordinal))).ToArray();
                    if (missing.Length > 0) notes.Add("expected " + string.Join(", ", missing) + " not reported");
                }
                if (finished.Count < runs.Count && finished.Count > 0) notes.Add($"{finished.Count} of {runs.Count} runs finished");

                b.AppendLine($"| {(i == 0 ? @case.Name : "")} | {(i == 0 ? @case.Attack : "")} | {Kib(files[i].Yaml.Length)} | {files[i].Shape} | {Time(runs, options)} | {Memory(runs, "peak-mb")} | {Memory(runs, "allocated-mb")} | " +
                    $"{Count(finished, "diagnostics")} | {Count(finished, "message-chars")} | {(i == 0 ? "" : files.Any(f => f.Yaml.Length > AdversarialCorpus.MaxFileLength) ? "– (over the limit)" : Ratio(attempts[0], attempts[1], options))} | {string.Join("; ", notes).Replace("|", "\\|", StringComparison.Ordinal)} |");
            }
        }
        return b.ToString();
    }

    /// <summary>The finished runs' times, then how the one that did not finish ended.</summary>
    private static string Time(List<Attempt> runs, Options options)
    {
        var finished = runs.Where(r => r.Finished).ToList();
        var failed = runs.FirstOrDefault(r => !r.Finished);
        var times = finished.Count == 0 ? "" : Cell(finished, "s", "0.000") + " s";
        if (failed is null) return times;
        var failure = failed.Run.TimedOut ? $"> {options.Timeout.TotalSeconds:0} s (timeout)" : failed.Failure;
        return times.Length == 0 ? failure : times + ", then " + failure;
    }

    private static string Memory(List<Attempt> runs, string name)
    {
        var finished = runs.Where(r => r.Finished).ToList();
        var failed = runs.FirstOrDefault(r => !r.Finished);
        var figures = finished.Count == 0 ? "" : Cell(finished, name, "N0") + " MB";
        if (failed is null || name != "peak-mb") return figures.Length == 0 ? "–" : figures;
        var stopped = $"≥ {failed.Run.PeakWorkingSet / 1048576.0:N0} MB when stopped";
        return figures.Length == 0 ? stopped : figures + ", then " + stopped;
    }

    private static string Count(List<Attempt> finished, string name) =>
        finished.Count == 0 ? "–" : finished[^1].Metrics![name].ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The median, then (min–max) when there is more than one run: the convention of the other results tables.</summary>
    private static string Cell(List<Attempt> runs, string name, string format)
    {
        var values = runs.Select(r => r.Metrics![name]).Order().ToArray();
        string F(double v) => v.ToString(format, CultureInfo.InvariantCulture);
        return values.Length == 1 ? F(values[0]) : $"{F(values[values.Length / 2])} ({F(values[0])}–{F(values[^1])})";
    }

    /// <summary>
    /// The median time at 2S over that at S, of the runs that finished; a lower bound ("≥", "&gt;") when
    /// a run at 2S did not finish, as it ran longer than any that did.
    /// </summary>
    private static string Ratio(List<Attempt> small, List<Attempt> large, Options options)
    {
        static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
        var atS = small.Where(r => r.Finished).Select(a => a.Metrics!["s"]).ToArray();
        var at2S = large.Where(r => r.Finished).Select(a => a.Metrics!["s"]).ToArray();
        if (atS.Length == 0 || small.Any(r => !r.Finished)) return "–";
        if (large.All(r => r.Finished)) return $"{Median(at2S) / Median(atS):0.0}×";
        if (!large.Any(r => r.Run.TimedOut)) return "–";
        return at2S.Length > 0 ? $"≥ {Median(at2S) / Median(atS):0.0}×" : $"> {options.Timeout.TotalSeconds / Median(atS):0}×";
    }

    private static string Kib(int size) => size % 1024 == 0 ? (size / 1024).ToString("N0", CultureInfo.InvariantCulture) + " KiB" : size.ToString("N0", CultureInfo.InvariantCulture) + " B";
}
