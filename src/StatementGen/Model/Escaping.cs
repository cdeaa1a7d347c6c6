using System.Globalization;
using System.Text;

namespace StatementGen.Model;

/// <summary>
/// Which characters of corpus text are never shown as they are, in generated code or in a message:
/// control and format characters (the bidirectional controls of "Trojan Source", CVE-2021-42574,
/// among them), line and paragraph separators, private-use and unassigned characters, and lone
/// surrogates; beyond the Basic Multilingual Plane, the invisible format characters (the tag
/// characters that can spell hidden text among them), the planes with no character, the
/// private-use planes and the noncharacters. Printable text, typographic quotes and the other
/// characters of a surrogate pair (emoji) are shown as written.
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

    /// <summary>
    /// True for a character beyond the Basic Multilingual Plane (a surrogate pair's scalar value) to
    /// write as a <c>\UXXXXXXXX</c> escape. Decided by fixed ranges, not by the running framework's
    /// character tables (whose Unicode version differs between the compiler hosts, and would make the
    /// generated code differ with them): the format characters of planes 1 to 14 (U+110BD, U+110CD,
    /// U+13430–U+1343F, U+1BCA0–U+1BCA3, U+1D173–U+1D17A, and plane 14's tags), the rest of plane 14
    /// (its variation selectors are invisible too), planes 4 to 13, where no character is assigned,
    /// the private-use planes 15 and 16, and the two noncharacters at the end of every plane.
    /// </summary>
    public static bool MustEscape(int scalar)
        => (scalar & 0xFFFE) == 0xFFFE
            || scalar >= 0x40000
            || scalar is 0x110BD or 0x110CD
            || scalar is >= 0x13430 and <= 0x1343F
            || scalar is >= 0x1BCA0 and <= 0x1BCA3
            || scalar is >= 0x1D173 and <= 0x1D17A;

    /// <summary>True when <paramref name="text"/> has a surrogate pair starting at <paramref name="index"/>.</summary>
    public static bool IsPairAt(string text, int index)
        => index + 1 < text.Length && char.IsHighSurrogate(text[index]) && char.IsLowSurrogate(text[index + 1]);

    /// <summary>
    /// Appends the character at <paramref name="index"/> as generated code and messages both show it:
    /// a character <see cref="MustEscape(char)"/> names as its <c>\uXXXX</c> escape, a surrogate pair
    /// <see cref="MustEscape(int)"/> names as its <c>\UXXXXXXXX</c> escape, any other as written.
    /// Returns how many characters it took (2 for a pair, else 1). What else a form escapes for its
    /// own syntax (a quote in a C# literal) is the caller's.
    /// </summary>
    public static int AppendShown(StringBuilder builder, string text, int index)
    {
        var c = text[index];
        if (IsPairAt(text, index))
        {
            AppendShownPair(builder, c, text[index + 1]);
            return 2;
        }

        AppendShown(builder, c);
        return 1;
    }

    /// <summary>Appends a surrogate pair as <see cref="AppendShown(StringBuilder, string, int)"/> does.</summary>
    public static void AppendShownPair(StringBuilder builder, char high, char low)
    {
        var scalar = char.ConvertToUtf32(high, low);
        if (MustEscape(scalar)) builder.Append(Unicode(scalar));
        else builder.Append(high).Append(low);
    }

    /// <summary>Appends a character that is not half of a surrogate pair as <see cref="AppendShown(StringBuilder, string, int)"/> does.</summary>
    public static void AppendShown(StringBuilder builder, char c)
    {
        if ((c >= ' ' && c < 0x7F) || !MustEscape(c)) builder.Append(c);
        else builder.Append(Unicode(c));
    }

    /// <summary>The <c>\uXXXX</c> escape of a character.</summary>
    public static string Unicode(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>The <c>\UXXXXXXXX</c> escape of a character beyond the Basic Multilingual Plane.</summary>
    public static string Unicode(int scalar) => "\\U" + scalar.ToString("X8", CultureInfo.InvariantCulture);

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
        if (pair) return MustEscape(value) ? name : name + " " + text.Substring(index, 2);
        var c = text[index];
        return MustEscape(c) || char.IsWhiteSpace(c) ? name : name + " " + c;
    }
}
