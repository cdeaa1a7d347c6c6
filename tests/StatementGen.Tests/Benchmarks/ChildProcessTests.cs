using StatementGen.Benchmarks;
using Xunit;

namespace StatementGen.Tests.Benchmarks;

/// <summary>The benchmarks' child processes: one past its timeout is killed and said to be, one that crashes says why.</summary>
public class ChildProcessTests
{
    private static readonly string Benchmarks = typeof(ChildProcess).Assembly.Location;

    [Fact]
    public void A_child_past_its_timeout_is_killed_and_reported_as_timed_out()
    {
        // The runtime alone takes longer than this to start; the file (1 MiB of brackets) would take longer still.
        var run = ChildProcess.Run("dotnet", [Benchmarks, "adversarial-case", "deep-flow", AdversarialCorpus.MaxFileLength.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromMilliseconds(50));
        Assert.True(run.TimedOut);
        Assert.Null(run.ExitCode);
        Assert.DoesNotContain(Metrics.Prefix, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_child_that_crashes_reports_its_exit_code_and_the_runtimes_message()
    {
        var run = ChildProcess.Run("dotnet", [Benchmarks, "adversarial-case", "no-such-case", "1"], TimeSpan.FromMinutes(2));
        Assert.False(run.TimedOut);
        Assert.NotEqual(0, run.ExitCode);
        Assert.StartsWith("Unhandled exception. System.ArgumentException: no adversarial case 'no-such-case'", run.CrashMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_child_that_finishes_gives_its_output_and_peak_memory()
    {
        var run = ChildProcess.Run("dotnet", [Benchmarks, "adversarial-case", Adversarial.CorpusOnly, "0"], TimeSpan.FromMinutes(2));
        Assert.Equal(0, run.ExitCode);
        var metrics = Assert.Single(run.Output.Split('\n').Select(l => Metrics.Parse(l.Trim())).OfType<Metrics>());
        Assert.Equal(Adversarial.CorpusOnly, metrics.Step);
        Assert.Equal(0, metrics["errors"]);
        Assert.True(run.PeakWorkingSet > 0);
    }
}
