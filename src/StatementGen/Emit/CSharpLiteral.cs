using System.Text;
using StatementGen.Model;

namespace StatementGen.Emit;

/// <summary>
/// C# string literals that no corpus text can break out of: quotes, backslashes, line breaks and
/// every character <see cref="Escaping"/> names become escapes. Printable text, typographic quotes
/// and the other paired surrogates (emoji) stay as written, so the code stays readable.
/// </summary>
internal static class CSharpLiteral
{
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length;)
        {
            if (AppendSyntaxEscape(builder, value[i])) i++;
            else i += Escaping.AppendShown(builder, value, i);
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>
    /// Appends the inside of a <c>"…"u8</c> literal whose UTF-8 is exactly <paramref name="utf8"/>,
    /// escaped as <see cref="String"/> escapes the same text, without making a string of it first.
    /// The bytes are well-formed UTF-8 (the data lays text holding a lone surrogate down as ASCII digits).
    /// </summary>
    public static void AppendUtf8(StringBuilder builder, System.ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < utf8.Length;)
        {
            var lead = utf8[i];
            if (lead < 0x80)
            {
                AppendUnit(builder, (char)lead);
                i++;
                continue;
            }

            var length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            if (lead < 0xC2 || lead > 0xF4 || i + length > utf8.Length) throw new System.InvalidOperationException("the data is not well-formed UTF-8");
            var codePoint = lead & (0x7F >> length);
            for (var k = 1; k < length; k++)
            {
                var next = utf8[i + k];
                if ((next & 0xC0) != 0x80) throw new System.InvalidOperationException("the data is not well-formed UTF-8");
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            i += length;
            if (codePoint < (length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000) || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            {
                throw new System.InvalidOperationException("the data is not well-formed UTF-8");
            }

            if (codePoint >= 0x10000)
            {
                codePoint -= 0x10000;
                Escaping.AppendShownPair(builder, (char)(0xD800 + (codePoint >> 10)), (char)(0xDC00 + (codePoint & 0x3FF)));
            }
            else
            {
                AppendUnit(builder, (char)codePoint);
            }
        }
    }

    /// <summary>One UTF-16 unit that is not half of a pair, as a literal shows it.</summary>
    private static void AppendUnit(StringBuilder builder, char c)
    {
        if (!AppendSyntaxEscape(builder, c)) Escaping.AppendShown(builder, c);
    }

    /// <summary>Appends the C# escape of a character that the syntax of a literal needs escaped; false for any other.</summary>
    private static bool AppendSyntaxEscape(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '"': builder.Append("\\\""); return true;
            case '\\': builder.Append("\\\\"); return true;
            case '\n': builder.Append("\\n"); return true;
            case '\r': builder.Append("\\r"); return true;
            case '\t': builder.Append("\\t"); return true;
            case '\0': builder.Append("\\0"); return true;
            default: return false;
        }
    }

    /// <summary>
    /// Text for an XML doc comment: markup characters escaped, one line. The characters
    /// <see cref="Escaping"/> names become spaces (an escape would show as written in the docs);
    /// the other paired surrogates (emoji) stay, as in string literals.
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
                    if (Escaping.IsPairAt(value, i))
                    {
                        if (Escaping.MustEscapeSupplementary(char.ConvertToUtf32(c, value[i + 1]))) builder.Append(' ');
                        else builder.Append(c).Append(value[i + 1]);
                        i++;
                    }
                    else builder.Append(Escaping.MustEscape(c) ? ' ' : c);
                    break;
            }
        }
        return builder.ToString();
    }
}
