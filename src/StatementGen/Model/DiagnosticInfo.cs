using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace StatementGen.Model;

/// <summary>A diagnostic waiting to be reported: its descriptor id, where it points and its message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments)
{
    /// <summary>The most characters of one message argument; corpus text beyond it is cut with "…".</summary>
    public const int MaxArgumentLength = 300;

    /// <summary>The most characters of one name in a list (<see cref="List"/>).</summary>
    public const int MaxListedNameLength = 40;

    /// <summary>How many names a list in a message shows before "and N more".</summary>
    public const int MaxListedNames = 5;

    /// <summary>
    /// A diagnostic whose arguments are shown safely: each is cut to <see cref="MaxArgumentLength"/>
    /// characters and escaped onto one line, so no file can make a message long or multi-line.
    /// </summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
        => new(descriptor.Id, location, arguments.Select(a => Escape(Excerpt(a, MaxArgumentLength))).ToEquatableArray());

    /// <summary>The start of <paramref name="text"/>: at most <paramref name="length"/> characters, then "…" when cut (never inside a surrogate pair).</summary>
    public static string Excerpt(string text, int length)
    {
        if (text.Length <= length) return text;
        var cut = length;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1])) cut--;
        return text.Substring(0, cut) + "…";
    }

    /// <summary>
    /// Names for a message, in the order given: the first <see cref="MaxListedNames"/> (each cut to
    /// <see cref="MaxListedNameLength"/> characters), then "and N more", so that a message stays short
    /// however many names there are and however long.
    /// </summary>
    public static string List(IReadOnlyCollection<string> names)
    {
        var shown = string.Join(", ", names.Take(MaxListedNames).Select(n => Excerpt(n, MaxListedNameLength)));
        if (names.Count <= MaxListedNames) return shown;
        return shown + " and " + (names.Count - MaxListedNames).ToString("N0", CultureInfo.InvariantCulture) + " more";
    }

    /// <summary>STMT0099 for an exception the generator did not expect while <paramref name="doing"/> something.</summary>
    public static DiagnosticInfo InternalError(LocationInfo location, string doing, System.Exception exception)
        => Create(DiagnosticDescriptors.InternalError, location, doing, exception.GetType().Name + ": " + FirstLine(exception.Message));

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(new[] { '\r', '\n' });
        return (end < 0 ? text : text.Substring(0, end)).Trim();
    }

    /// <summary>
    /// Corpus text quoted in a message is shown escaped: a line break or control character inside it
    /// could otherwise split the one-line file(line,col): error form, or forge lines in a build log;
    /// the characters <see cref="Escaping"/> names are shown as <c>\uXXXX</c>, as in generated code.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            switch (text[i])
            {
                case '\n': builder.Append("\\n"); i++; continue;
                case '\r': builder.Append("\\r"); i++; continue;
                case '\t': builder.Append("\\t"); i++; continue;
            }

            i += Escaping.AppendShown(builder, text, i);
        }
        return builder.ToString();
    }

    public DiagnosticSeverity Severity => DiagnosticDescriptors.ById(Id).DefaultSeverity;

    public Diagnostic ToDiagnostic()
    {
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++) args[i] = Arguments[i];
        return Diagnostic.Create(DiagnosticDescriptors.ById(Id), Location.ToLocation(), args);
    }
}
