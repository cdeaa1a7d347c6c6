using System.Globalization;
using System.Text;

namespace StatementGen.Benchmarks;

/// <summary>
/// The small apps of the first-query measurement, one per side, each compiled on its own with the same
/// compiler invocation as the generated corpus app (<see cref="Artifacts.CompilerArguments"/>) and run
/// with the same runtime settings (<see cref="Artifacts.RuntimeConfig"/>): the generated corpus
/// (<see cref="Hooks"/>), the floor of its first <c>Find</c> (<see cref="FloorApp"/>), a YamlDotNet load
/// of the statement files, a System.Text.Json source-generated load of one JSON file, and a hello-world app. Each Main starts its clock first, runs one query
/// behind a non-inlined method (so the type loads and JIT it causes are inside the clock; a baseline's
/// time includes loading the statements it needs), and prints the elapsed ticks and the answer with
/// <see cref="TextSource"/>, which touches neither culture nor number formatting, so no side warms what
/// another does not.
/// </summary>
public static class FirstQueryApps
{
    /// <summary>The sides, in the order each run starts them.</summary>
    public static readonly string[] Sides = ["hello", "generated", "floor", "yaml", "json"];

    /// <summary>The queries: one statement by id, all statements of one speaker, the statements of a date range.</summary>
    public static readonly string[] Queries = ["find", "speaker", "between"];

    /// <summary>
    /// What each side runs: hello world its greeting, the floor (<see cref="FloorApp"/>) the first
    /// <c>Find</c> alone, every other side each query.
    /// </summary>
    public static IReadOnlyList<string> QueriesOf(string side) => side switch
    {
        "hello" => ["hello"],
        "floor" => ["find"],
        _ => Queries,
    };

    /// <summary>Reads a date and writes the result line without culture, number formatting or an encoder's first use beyond the console's.</summary>
    public const string TextSource = """


        /// <summary>The first-query apps' argument and result text, without culture or number formatting.</summary>
        public static class FirstQueryText
        {
            /// <summary>A date written yyyy-mm-dd.</summary>
            public static System.DateOnly Date(string text) => new(Number(text, 0, 4), Number(text, 5, 2), Number(text, 8, 2));

            /// <summary><c>ticks=… frequency=… answer=…</c>, in decimal digits.</summary>
            public static string Result(long ticks, int answer)
                => "ticks=" + Digits(ticks) + " frequency=" + Digits(System.Diagnostics.Stopwatch.Frequency) + " answer=" + (answer < 0 ? "-" + Digits(-(long)answer) : Digits(answer));

            private static int Number(string text, int start, int length)
            {
                var value = 0;
                for (var i = start; i < start + length; i++)
                {
                    var digit = text[i] - '0';
                    if (digit is < 0 or > 9) throw new System.FormatException("not a yyyy-mm-dd date: " + text);
                    value = (value * 10) + digit;
                }
                return value;
            }

            private static string Digits(long value)
            {
                var digits = new char[20];
                var at = digits.Length;
                do
                {
                    digits[--at] = (char)('0' + (value % 10));
                    value /= 10;
                }
                while (value > 0);
                return new string(digits, at, digits.Length - at);
            }
        }
        """;

    /// <summary>The hello-world app: what every .NET app costs before it does anything.</summary>
    public const string HelloSource = """
        public static class HelloWorld
        {
            public static int Main()
            {
                System.Console.WriteLine("Hello, World!");
                return 0;
            }
        }
        """;

    /// <summary>
    /// A baseline app (args: find ID | speaker PERSON | between FROM TO, then where the statements
    /// are); <c>LOAD</c> is replaced by the call that loads every statement.
    /// </summary>
    private const string BaselineTemplate = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Runtime.CompilerServices;
        using StatementGen.Benchmarks;

        public static class BaselineApp
        {
            public static int Main(string[] args)
            {
                var clock = Stopwatch.StartNew();
                var answer = args[0] switch
                {
                    "find" => FirstFind(args[1], args[2]),
                    "speaker" => FirstBySpeaker(args[1], args[2]),
                    "between" => FirstBetween(FirstQueryText.Date(args[1]), FirstQueryText.Date(args[2]), args[3]),
                    _ => -1,
                };
                var ticks = clock.ElapsedTicks;
                Console.WriteLine(FirstQueryText.Result(ticks, answer));
                return answer < 0 ? 1 : 0;
            }

            /// <summary>The statement's first claim's text length, or -1 when the id is not found.</summary>
            [MethodImpl(MethodImplOptions.NoInlining)]
            private static int FirstFind(string id, string from)
            {
                foreach (var statement in LOAD(from))
                {
                    if (statement.Id == id) return statement.Claims[0].Text.Length;
                }
                return -1;
            }

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static int FirstBySpeaker(string person, string from)
            {
                var count = 0;
                foreach (var statement in LOAD(from))
                {
                    if (statement.Speaker.Ref == person) count++;
                }
                return count;
            }

            /// <summary>Statements said within the range: the synthetic corpus dates every statement to a day.</summary>
            [MethodImpl(MethodImplOptions.NoInlining)]
            private static int FirstBetween(DateOnly start, DateOnly end, string from)
            {
                var count = 0;
                foreach (var statement in LOAD(from))
                {
                    if (statement.Said.Edtf.Length != 10) throw new FormatException("not a day: " + statement.Said.Edtf);
                    var said = FirstQueryText.Date(statement.Said.Edtf);
                    if (said >= start && said <= end) count++;
                }
                return count;
            }
        }
        """;

    /// <summary>The global usings the baseline model (<c>Baseline.cs</c>) takes from the benchmarks project.</summary>
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        """;

    /// <summary>The source of one baseline side's app: its Main, the baseline model and loaders, and the text helpers.</summary>
    public static IReadOnlyList<(string Name, string Text)> BaselineSources(string side)
    {
        var load = side switch
        {
            "yaml" => "Baseline.LoadYaml",
            "json" => "Baseline.LoadJson",
            _ => throw new ArgumentException("not a baseline side: " + side, nameof(side)),
        };
        return
        [
            ("Main.cs", BaselineTemplate.Replace("LOAD(", load + "(", StringComparison.Ordinal)),
            ("Baseline.cs", BaselineModelSource()),
            ("GlobalUsings.cs", GlobalUsings),
            ("FirstQueryText.cs", TextSource),
        ];
    }

    /// <summary>Baseline.cs, as compiled into this assembly (embedded in it as a resource).</summary>
    public static string BaselineModelSource()
    {
        using var stream = typeof(FirstQueryApps).Assembly.GetManifestResourceStream("Baseline.cs")
            ?? throw new InvalidOperationException("Baseline.cs is not embedded in the benchmarks assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The arguments of one query for one side: the id of the statement in the middle, its speaker, or
    /// the week from its date; the baselines then take where their statements are.
    /// </summary>
    public static string[] Arguments(string side, string query, Artifacts artifacts, (string Id, string Speaker, DateOnly From, DateOnly To) on)
    {
        if (side == "hello") return [];
        if (side == "floor") return [query];
        var arguments = query switch
        {
            "find" => new List<string> { query, on.Id },
            "speaker" => [query, on.Speaker],
            "between" => [query, on.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), on.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
            _ => throw new ArgumentException("not a query: " + query, nameof(query)),
        };
        if (side == "yaml") arguments.Add(artifacts.Corpus);
        if (side == "json") arguments.Add(artifacts.JsonFile);
        return arguments.ToArray();
    }
}
