using System.Runtime.Loader;
using System.Text;

namespace StatementGen.Benchmarks;

/// <summary>
/// The floor of a first <c>Find</c>: an app compiled with the same generated sources as the corpus app,
/// whose timed method makes the statement a first <c>Find</c> returns straight from constants in code,
/// by the same constructors the decoders call, with no table, hash, data or decoding. What it costs is
/// what making that record costs (the JIT of its constructors, the loads of its types), which a
/// look-up that returns the record pays too; it is a reference point rather than a strict bound (the
/// one method that makes the record is compiled as a whole, and holds the record's strings as literals).
/// </summary>
public static class FloorApp
{
    /// <summary>
    /// The app's Main (args: <c>find</c>), with the statement <paramref name="id"/> of the compiled corpus
    /// app <paramref name="corpusDll"/> written in as a C# expression. The statement is read from that app
    /// in a collectible load context, whose unloading starts before this returns.
    /// </summary>
    public static string Source(string corpusDll, string id)
    {
        var context = new AssemblyLoadContext("floor-" + Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(corpusDll))), isCollectible: true);
        string expression;
        try
        {
            var corpus = context.LoadFromAssemblyPath(Path.GetFullPath(corpusDll));
            var statements = corpus.GetType(RecordExpressions.Namespace + ".Statements") ?? throw new InvalidOperationException("no Statements in " + corpusDll);
            var find = statements.GetMethod("Find", [typeof(string)]) ?? throw new InvalidOperationException("no Statements.Find(string) in " + corpusDll);
            var statement = find.Invoke(null, [id]) ?? throw new InvalidOperationException($"{id} is not in {corpusDll}");
            expression = RecordExpressions.Of(statement, statement.GetType(), RecordForm.FullConstructor);
        }
        finally
        {
            context.Unload();
        }

        return Template.Replace("STATEMENT", expression, StringComparison.Ordinal) + FirstQueryApps.TextSource;
    }

    private const string Template = """
        using System;
        using System.Diagnostics;
        using System.Runtime.CompilerServices;

        namespace StatementGen.Generated;

        public static class FloorApp
        {
            /// <summary>The floor of a first Find (args: find), timed as the corpus app times its own.</summary>
            public static int Main(string[] args)
            {
                var clock = Stopwatch.StartNew();
                var answer = args[0] == "find" ? FloorFind() : -1;
                var ticks = clock.ElapsedTicks;
                Console.WriteLine(FirstQueryText.Result(ticks, answer));
                return answer < 0 ? 1 : 0;
            }

            /// <summary>The statement's first claim's text length, as the corpus app's first Find answers.</summary>
            [MethodImpl(MethodImplOptions.NoInlining)]
            private static int FloorFind() => Make() is { } statement ? statement.Claims[0].Text.Length : -1;

            /// <summary>The statement, made from constants (returned, so no compiler can leave it unmade).</summary>
            [MethodImpl(MethodImplOptions.NoInlining)]
            private static Statement? Make() => STATEMENT;
        }

        """;
}
