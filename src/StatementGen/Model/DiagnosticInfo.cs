using System.Linq;
using Microsoft.CodeAnalysis;

namespace StatementGen.Model;

/// <summary>A diagnostic waiting to be reported: its descriptor id, where it points and its message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
        => new(descriptor.Id, location, arguments.Select(OneLine).ToEquatableArray());

    /// <summary>
    /// Corpus text quoted in a message is shown escaped: a line break or control character inside it
    /// could otherwise split the one-line file(line,col): error form, or forge lines in a build log.
    /// </summary>
    public static string Escape(string text) => OneLine(text);

    private static string OneLine(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator or System.Globalization.UnicodeCategory.Format)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
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
