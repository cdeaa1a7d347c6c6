using System.Text;
using StatementGen.Model;

namespace StatementGen.Emit;

/// <summary>
/// C# string literals that no corpus text can break out of: quotes, backslashes, line breaks and
/// every character <see cref="Escaping"/> names become escapes. Printable text, typographic quotes
/// and paired surrogates (emoji) stay as written, so the code stays readable.
/// </summary>
internal static class CSharpLiteral
{
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); continue;
                case '\\': builder.Append("\\\\"); continue;
                case '\n': builder.Append("\\n"); continue;
                case '\r': builder.Append("\\r"); continue;
                case '\t': builder.Append("\\t"); continue;
                case '\0': builder.Append("\\0"); continue;
            }

            if (Escaping.IsPairAt(value, i))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (Escaping.MustEscape(c))
            {
                builder.Append(Escaping.Unicode(c));
                continue;
            }

            builder.Append(c);
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>Text for an XML doc comment: markup characters escaped, one line.</summary>
    public static string Xml(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    builder.Append(Escaping.MustEscape(c) ? ' ' : c);
                    break;
            }
        }
        return builder.ToString();
    }
}
