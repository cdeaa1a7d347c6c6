using System.Globalization;
using System.Text;

namespace StatementGen.Model;

/// <summary>
/// Which characters of corpus text are never shown as they are, in generated code or in a message:
/// control and format characters (the bidirectional controls of "Trojan Source", CVE-2021-42574,
/// among them), line and paragraph separators, private-use and unassigned characters, and lone
/// surrogates, and the few letters and marks that show nothing (the Hangul fillers among them);
/// beyond the Basic Multilingual Plane, the invisible format characters (the tag characters that can
/// spell hidden text among them), the planes with no character, the private-use planes and the
/// noncharacters. Printable text, typographic quotes and the other characters of a surrogate pair
/// (emoji, and the code points of planes 1 to 3 not yet assigned, which show as a box) are shown as
/// written.
/// </summary>
internal static class Escaping
{
    /// <summary>
    /// True for a character to write as a <c>\uXXXX</c> escape (a surrogate only when it is not part of
    /// a pair): by its category in the running framework's tables, and the invisible letters and marks
    /// of <see cref="IsInvisibleLetterOrMark"/>.
    /// </summary>
    public static bool MustEscape(char c)
    {
        if (IsInvisibleLetterOrMark(c)) return true;
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
    /// The characters of the Basic Multilingual Plane that show nothing although their category is a
    /// letter or a mark, so the category test lets them through: the Hangul fillers (U+115F, U+1160,
    /// U+3164, U+FFA0, a known way to hide text in an identifier), the combining grapheme joiner
    /// U+034F, the Khmer inherent vowels U+17B4 and U+17B5, and the Mongolian free variation selectors
    /// U+180B–U+180F. The variation selectors U+FE00–U+FE0F are shown: they follow most emoji.
    /// </summary>
    public static bool IsInvisibleLetterOrMark(char c)
        => c is '\u034F' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5' or '\u3164' or '\uFFA0'
            || c is >= '\u180B' and <= '\u180F';

    /// <summary>
    /// True for a character beyond the Basic Multilingual Plane (a surrogate pair's scalar value) to
    /// write as a <c>\UXXXXXXXX</c> escape. Decided by fixed ranges, not by the running framework's
    /// character tables (whose Unicode version differs between the compiler hosts, and would make the
    /// generated code differ with them): the format characters of planes 1 to 14 (U+110BD, U+110CD,
    /// U+13430–U+1343F, U+1BCA0–U+1BCA3, U+1D173–U+1D17A, and plane 14's tags), the rest of plane 14
    /// (its variation selectors are invisible too), planes 4 to 13, where no character is assigned,
    /// the private-use planes 15 and 16, and the two noncharacters at the end of every plane.
    /// </summary>
    public static bool MustEscapeSupplementary(int scalar)
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
    /// <see cref="MustEscapeSupplementary"/> names as its <c>\UXXXXXXXX</c> escape, any other as written.
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
        if (MustEscapeSupplementary(scalar)) builder.Append(Unicode(scalar));
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
        if (pair) return MustEscapeSupplementary(value) ? name : name + " " + text.Substring(index, 2);
        var c = text[index];
        return MustEscape(c) || char.IsWhiteSpace(c) ? name : name + " " + c;
    }
}
