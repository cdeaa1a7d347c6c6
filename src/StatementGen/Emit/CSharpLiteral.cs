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
        for (var i = 0; i < value.Length;)
        {
            switch (value[i])
            {
                case '"': builder.Append("\\\""); i++; continue;
                case '\\': builder.Append("\\\\"); i++; continue;
                case '\n': builder.Append("\\n"); i++; continue;
                case '\r': builder.Append("\\r"); i++; continue;
                case '\t': builder.Append("\\t"); i++; continue;
                case '\0': builder.Append("\\0"); i++; continue;
            }

            i += Escaping.AppendShown(builder, value, i);
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>
    /// Text for an XML doc comment: markup characters escaped, one line. The characters
    /// <see cref="Escaping"/> names become spaces (an escape would show as written in the docs);
    /// paired surrogates (emoji) stay, as in string literals.
    /// </summary>
    public static string Xml(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (Escaping.IsPairAt(value, i)) builder.Append(c).Append(value[++i]);
                    else builder.Append(Escaping.MustEscape(c) ? ' ' : c);
                    break;
            }
        }
        return builder.ToString();
    }
}
