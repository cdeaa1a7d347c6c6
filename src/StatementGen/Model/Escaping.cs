using System.Globalization;
using System.Text;

namespace StatementGen.Model;

/// <summary>
/// Which characters of corpus text are never shown as they are, in generated code or in a message:
/// control and format characters (the bidirectional controls of "Trojan Source", CVE-2021-42574,
/// among them), line and paragraph separators, private-use and unassigned characters, and lone
/// surrogates. Printable text, typographic quotes and paired surrogates (emoji) are shown as written.
/// </summary>
internal static class Escaping
{
    /// <summary>True for a character to write as a <c>\uXXXX</c> escape (a surrogate only when it is not part of a pair).</summary>
    public static bool MustEscape(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return true;
            default:
                return false;
        }
    }

    /// <summary>True when <paramref name="text"/> has a surrogate pair starting at <paramref name="index"/>.</summary>
    public static bool IsPairAt(string text, int index)
        => index + 1 < text.Length && char.IsHighSurrogate(text[index]) && char.IsLowSurrogate(text[index + 1]);

    /// <summary>
    /// Appends the character at <paramref name="index"/> as generated code and messages both show it:
    /// a surrogate pair as written, a character <see cref="MustEscape"/> names as its <c>\uXXXX</c>
    /// escape, any other as written. Returns how many characters it took (2 for a pair, else 1).
    /// What else a form escapes for its own syntax (a quote in a C# literal) is the caller's.
    /// </summary>
    public static int AppendShown(StringBuilder builder, string text, int index)
    {
        var c = text[index];
        if (IsPairAt(text, index))
        {
            builder.Append(c).Append(text[index + 1]);
            return 2;
        }

        AppendShown(builder, c);
        return 1;
    }

    /// <summary>Appends a character that is not half of a surrogate pair as <see cref="AppendShown(StringBuilder, string, int)"/> does.</summary>
    public static void AppendShown(StringBuilder builder, char c)
    {
        if ((c >= ' ' && c < 0x7F) || !MustEscape(c)) builder.Append(c);
        else builder.Append(Unicode(c));
    }

    /// <summary>The <c>\uXXXX</c> escape of a character.</summary>
    public static string Unicode(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>
    /// The character at <paramref name="index"/> named for a curator: its code point, then the
    /// character itself when it is visible (<c>U+2019 ’</c>, <c>U+0027 '</c>, <c>U+00A0</c> for a
    /// no-break space). A surrogate pair is one code point.
    /// </summary>
    public static string CodePoint(string text, int index)
    {
        var pair = IsPairAt(text, index);
        var value = pair ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];
        var name = "U+" + value.ToString(value > 0xFFFF ? "X5" : "X4", CultureInfo.InvariantCulture);
        if (pair) return name + " " + text.Substring(index, 2);
        var c = text[index];
        return MustEscape(c) || char.IsWhiteSpace(c) ? name : name + " " + c;
    }
}
