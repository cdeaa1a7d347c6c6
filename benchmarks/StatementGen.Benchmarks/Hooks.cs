namespace StatementGen.Benchmarks;

/// <summary>The C# compiled together with the generated corpus into a small app.</summary>
public static class Hooks
{
    /// <summary>
    /// Its Main times the first query in a fresh process: find a statement by id and read a claim.
    /// The other methods are entry points for the look-up benchmarks, in plain types.
    /// </summary>
    public const string Source = """
        using System;
        using System.Diagnostics;
        using StatementGen.Generated;

        public static class BenchmarkHooks
        {
            public static object? FindById(string id) => Statements.Find(id);

            public static int BySpeaker(string person) => Statements.BySpeaker(new EntityId(EntityKind.Person, person)).Count;

            public static int Between(DateOnly from, DateOnly to) => Statements.Between(from, to).Count;

            public static int Main(string[] args)
            {
                // The clock itself is warmed first, as in the baselines' process, so only the query is timed.
                Stopwatch.StartNew().Stop();
                var clock = Stopwatch.StartNew();
                var statement = Statements.Find(args[0]) ?? throw new InvalidOperationException("not found: " + args[0]);
                var text = statement.Claims[0].Text;
                clock.Stop();
                var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
                Console.WriteLine(FormattableString.Invariant($"ms={clock.Elapsed.TotalMilliseconds:0.000} peak-mb={peak:0.0} check={text.Length}"));
                return 0;
            }
        }
        """;
}
