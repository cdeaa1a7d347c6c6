using System.Diagnostics;

namespace StatementGen.Benchmarks;

/// <summary>How a child process ended, with what it printed, how long it ran and the most memory it held.</summary>
/// <param name="ExitCode">The exit code; null when it was killed at the timeout.</param>
/// <param name="PeakWorkingSet">The largest working set seen, in bytes (the kernel's high-water mark, read while it ran).</param>
public sealed record ChildRun(int? ExitCode, string Output, string Errors, TimeSpan Elapsed, long PeakWorkingSet)
{
    /// <summary>It ran past its timeout and was killed.</summary>
    public bool TimedOut => ExitCode is null;

    /// <summary>What a crash says: the runtime's "Unhandled exception" line if it wrote one, else its last line on standard error, if any.</summary>
    public string CrashMessage
    {
        get
        {
            var lines = Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return lines.FirstOrDefault(l => l.StartsWith("Unhandled exception", StringComparison.Ordinal) || l.StartsWith("Out of memory", StringComparison.Ordinal))
                ?? lines.LastOrDefault() ?? "";
        }
    }
}

/// <summary>Runs a child process to its end or to a timeout, watching its peak memory.</summary>
public static class ChildProcess
{
    /// <summary>
    /// Runs <paramref name="file"/> with <paramref name="arguments"/> (and <paramref name="environment"/>
    /// added to this process's), reading its peak working set every 20 ms; past
    /// <paramref name="timeout"/> it is killed with its children.
    /// </summary>
    public static ChildRun Run(string file, IEnumerable<string> arguments, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var killed = false;
        while (!process.WaitForExit(20))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                // exited between the wait and the read
            }

            if (timeout is { } limit && clock.Elapsed > limit)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                killed = true;
                break;
            }
        }

        process.WaitForExit();
        var elapsed = clock.Elapsed;
        return new ChildRun(killed ? null : process.ExitCode, output.Result, errors.Result, elapsed, peak);
    }
}
