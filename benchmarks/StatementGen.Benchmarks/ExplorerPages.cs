using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace StatementGen.Benchmarks;

/// <summary>
/// <c>explorer &lt;statements&gt; [--requests N]</c>: the Explorer's page render times over a synthetic
/// corpus. Writes the corpus (<see cref="SyntheticCorpus"/>), builds the Explorer over it in Release
/// (<c>-p:StatementGenCorpusDir</c>), serves it on a free port of 127.0.0.1, then asks each page once
/// (the first request: records decoded, indexes built, code jitted) and N more times, and prints the
/// server's own time per page (its <c>Server-Timing</c> header: request in to first byte out) — the
/// median and the slowest of the N — against the target of 50 ms.
/// </summary>
public static class ExplorerPages
{
    private const double TargetMilliseconds = 50;

    public static int Run(int statements, int requests)
    {
        var root = Path.Combine(Program.ArtifactsRoot, "explorer-" + statements.ToString(CultureInfo.InvariantCulture));
        var corpus = Path.Combine(root, "corpus");
        var output = Path.Combine(root, "bin");
        if (!Directory.Exists(corpus))
        {
            SyntheticCorpus.Write(statements, corpus);
        }

        Console.WriteLine($"building the Explorer over {statements:#,0} synthetic statements (Release)…");
        var project = Path.Combine(Program.FindRepository(), "samples", "StatementGen.Explorer", "StatementGen.Explorer.csproj");
        var build = ChildProcess.Run("dotnet", ["build", project, "-c", "Release", "-p:StatementGenCorpusDir=" + corpus, "-o", output, "-nologo", "-v:q"], TimeSpan.FromMinutes(40));
        if (build.ExitCode != 0)
        {
            Console.Error.WriteLine(build.Output + build.Errors);
            return 1;
        }
        Console.WriteLine($"built in {build.Elapsed.TotalSeconds:0} s, {build.PeakWorkingSet / 1048576.0:#,0} MB peak");

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(output, "StatementGen.Explorer.dll"), "--urls", $"http://127.0.0.1:{port}" }) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var server = Process.Start(start)!;
        var errors = new System.Text.StringBuilder();
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, line) => { lock (errors) errors.AppendLine(line.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            WaitUntilServing(client, server, errors);
            var pages = Pages(client);
            Console.WriteLine();
            Console.WriteLine($"{"page",-34} {"first request",14} {"median",9} {"slowest",9} {"size",10}  (server time, {requests} requests after the first)");
            var missed = 0;
            foreach (var (name, path) in pages)
            {
                var (first, _) = Time(client, path);
                var times = new List<double>(requests);
                long size = 0;
                for (var i = 0; i < requests; i++)
                {
                    var (milliseconds, bytes) = Time(client, path);
                    times.Add(milliseconds);
                    size = bytes;
                }
                times.Sort();
                var median = times[times.Count / 2];
                if (median >= TargetMilliseconds) missed++;
                Console.WriteLine($"{name,-34} {first,11:0.0} ms {median,6:0.0} ms {times[^1],6:0.0} ms {size / 1024.0,7:#,0.0} KB  {(median < TargetMilliseconds ? "" : "over the 50 ms target")}");
            }
            Console.WriteLine();
            ReadsWell(client, pages);
            Console.WriteLine(missed == 0 ? $"every page under {TargetMilliseconds} ms (median) after the first request" : $"{missed} pages over {TargetMilliseconds} ms (median)");
            return 0;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    /// <summary>The pages to time, with ids taken from the corpus the Explorer serves.</summary>
    private static List<(string Name, string Path)> Pages(HttpClient client)
    {
        using var listing = JsonDocument.Parse(client.GetStringAsync("/api/statements?page=2").Result);
        var statement = listing.RootElement.GetProperty("statements")[0];
        var id = statement.GetProperty("id").GetString()!;
        var speaker = statement.GetProperty("speaker").GetProperty("id").GetString()!;
        var behalf = statement.GetProperty("onBehalfOf").GetProperty("id").GetString()!;
        var said = DateOnly.ParseExact(statement.GetProperty("said").GetProperty("earliest").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var claim = statement.GetProperty("claims")[0];
        var measure = claim.GetProperty("measure").GetString()!;
        var topic = claim.GetProperty("topic").GetString()!;
        string Slug(string value) => Uri.EscapeDataString(value[(value.IndexOf(':') + 1)..]);
        string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return
        [
            ("start page", "/"),
            ("statement", "/statements/" + Slug(id)),
            ("person", "/people/" + Slug(speaker)),
            ("organisation", "/orgs/" + Slug(behalf)),
            ("search by speaker", "/search?speaker=" + Uri.EscapeDataString(speaker)),
            ("search by topic, page 3", "/search?topic=" + Uri.EscapeDataString(topic) + "&page=3"),
            ("search by a week", $"/search?from={Day(said)}&to={Day(said.AddDays(6))}"),
            ("timeline, everything (aggregated)", "/timeline"),
            ("timeline, one week", $"/timeline?from={Day(said)}&to={Day(said.AddDays(6))}"),
            ("estimates of a measure", "/estimates?measure=" + Uri.EscapeDataString(measure)),
            ("estimates on a topic, page 2", "/estimates?topic=" + Uri.EscapeDataString(topic) + "&page=2"),
            ("api: statements by speaker", "/api/statements?speaker=" + Uri.EscapeDataString(speaker)),
            ("api: estimates of a measure", "/api/estimates?measure=" + Uri.EscapeDataString(measure)),
            ("unknown id (404)", "/statements/no-such-statement"),
        ];
    }

    /// <summary>
    /// At this size the pages must still read: the whole timeline counted by week or month (not ten
    /// thousand marks), long lists and the estimates chart paged, every page under 1 MB.
    /// </summary>
    private static void ReadsWell(HttpClient client, List<(string Name, string Path)> pages)
    {
        var timeline = client.GetStringAsync("/timeline").Result;
        var marks = timeline.Split("<a class=\"statement\"").Length - 1;
        if (!timeline.Contains("class=\"chart timeline aggregated\"", StringComparison.Ordinal) || marks > 0)
        {
            throw new InvalidOperationException($"the timeline of the whole corpus is not aggregated ({marks} statement marks)");
        }
        foreach (var (name, path) in pages.Where(p => p.Name.Contains("page ", StringComparison.Ordinal)))
        {
            var html = client.GetStringAsync(path).Result;
            if (!html.Contains("rel=\"next\"", StringComparison.Ordinal) || !html.Contains("rel=\"prev\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{name} ({path}) has no links to the previous and next pages");
            }
        }
        foreach (var (name, path) in pages)
        {
            using var response = client.GetAsync(path).Result;
            var size = response.Content.ReadAsByteArrayAsync().Result.Length;
            if (size > 1 << 20) throw new InvalidOperationException($"{name} ({path}) is {size:#,0} bytes");
        }
        Console.WriteLine("the whole timeline is aggregated, long lists and estimates are paged, every page is under 1 MB");
    }

    private static (double Milliseconds, long Bytes) Time(HttpClient client, string path)
    {
        using var response = client.GetAsync(path).Result;
        var body = response.Content.ReadAsByteArrayAsync().Result;
        if (response.StatusCode != HttpStatusCode.OK && !path.Contains("no-such", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
        }
        var timing = response.Headers.GetValues("Server-Timing").Single();
        var duration = timing[(timing.IndexOf("dur=", StringComparison.Ordinal) + 4)..];
        return (double.Parse(duration, CultureInfo.InvariantCulture), body.Length);
    }

    private static void WaitUntilServing(HttpClient client, Process server, System.Text.StringBuilder errors)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (server.HasExited) throw new InvalidOperationException("the Explorer exited: " + errors);
            try
            {
                using var response = client.GetAsync("/statements/no-such-statement").Result;
                return;
            }
            catch (AggregateException)
            {
                Thread.Sleep(100);
            }
        }
        throw new TimeoutException("the Explorer did not answer within 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
