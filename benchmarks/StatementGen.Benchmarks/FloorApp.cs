using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

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
            var statements = corpus.GetType("StatementGen.Generated.Statements") ?? throw new InvalidOperationException("no Statements in " + corpusDll);
            var find = statements.GetMethod("Find", [typeof(string)]) ?? throw new InvalidOperationException("no Statements.Find(string) in " + corpusDll);
            var statement = find.Invoke(null, [id]) ?? throw new InvalidOperationException($"{id} is not in {corpusDll}");
            expression = ObjectExpression.Of(statement, statement.GetType());
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
        using StatementGen.Generated;

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

    /// <summary>
    /// Writes a decoded record as the C# expression that makes it again: each record by its constructor
    /// with the most parameters, the record's copy constructor left out (the one the decoders call, its
    /// parameters named as the properties they set), lists as arrays, enums as casts of their numbers, and strings, numbers and dates as
    /// literals.
    /// </summary>
    private static class ObjectExpression
    {
        public static string Of(object value, Type declared)
        {
            var text = new StringBuilder();
            Write(text, value, declared);
            return text.ToString();
        }

        private static void Write(StringBuilder text, object? value, Type declared)
        {
            if (value is null)
            {
                text.Append(Nullable.GetUnderlyingType(declared) is null ? "null" : "default(" + Name(declared) + ")");
                return;
            }

            var type = value.GetType();
            switch (value)
            {
                case string s:
                    text.Append(SymbolDisplay.FormatLiteral(s, quote: true));
                    return;
                case bool b:
                    text.Append(b ? "true" : "false");
                    return;
                case int i:
                    text.Append(i.ToString(CultureInfo.InvariantCulture));
                    return;
                case long l:
                    text.Append(l.ToString(CultureInfo.InvariantCulture)).Append('L');
                    return;
                case decimal m:
                    text.Append(m.ToString(CultureInfo.InvariantCulture)).Append('m');
                    return;
                case DateOnly d:
                    text.Append(CultureInfo.InvariantCulture, $"new global::System.DateOnly({d.Year}, {d.Month}, {d.Day})");
                    return;
            }

            if (type.IsEnum)
            {
                text.Append("((").Append(Name(type)).Append(")(").Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)).Append("))");
                return;
            }

            if (declared.IsGenericType && declared.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                var element = declared.GetGenericArguments()[0];
                var items = ((IEnumerable)value).Cast<object?>().ToList();
                if (items.Count == 0)
                {
                    text.Append("global::System.Array.Empty<").Append(Name(element)).Append(">()");
                    return;
                }

                text.Append("new ").Append(Name(element)).Append("[] { ");
                for (var i = 0; i < items.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    Write(text, items[i], element);
                }
                text.Append(" }");
                return;
            }

            if (type.Namespace != "StatementGen.Generated") throw new InvalidOperationException("no C# form for a " + type + " value");
            var constructor = type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(c => c.GetParameters() is not [{ } only] || only.ParameterType != type)
                .MaxBy(c => c.GetParameters().Length)
                ?? throw new InvalidOperationException("no constructor to write a " + type + " with");
            text.Append("new ").Append(Name(type)).Append('(');
            var parameters = constructor.GetParameters();
            for (var i = 0; i < parameters.Length; i++)
            {
                if (i > 0) text.Append(", ");
                var property = type.GetProperty(parameters[i].Name!, BindingFlags.Instance | BindingFlags.Public | BindingFlags.IgnoreCase)
                    ?? throw new InvalidOperationException($"{type.Name}'s constructor parameter {parameters[i].Name} names no property");
                Write(text, property.GetValue(value), parameters[i].ParameterType);
            }
            text.Append(')');
        }

        private static string Name(Type type)
        {
            if (type == typeof(string)) return "string";
            if (!type.IsGenericType) return "global::" + type.FullName!.Replace('+', '.');
            var name = type.GetGenericTypeDefinition().FullName!;
            return "global::" + name.Substring(0, name.IndexOf('`', StringComparison.Ordinal)) + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }
    }
}
