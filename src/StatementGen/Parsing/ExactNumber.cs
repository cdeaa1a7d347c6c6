using System.Globalization;
using System.Text;

namespace StatementGen.Parsing;

/// <summary>
/// Reads a YAML number (already matched as <c>[-+]?(digits[.digits]|.digits)([eE][-+]?digits)?</c>)
/// into a <see cref="decimal"/> only when the decimal holds it exactly. The decision is made on the
/// written digits, not by parsing and comparing: the significant digits and the power of ten are
/// worked out from the text (leading and trailing zeros dropped), and a decimal holds the number
/// exactly when those digits, as a whole number, fit in 96 bits (at most 79228162514264337593543950335)
/// and it needs at most 28 digits after the decimal point. Trailing zeros (<c>10000.0</c>) cost nothing.
/// </summary>
internal static class ExactNumber
{
    /// <summary>The largest whole number a decimal's 96-bit digits hold: <see cref="decimal.MaxValue"/>.</summary>
    private const string MaxDigits = "79228162514264337593543950335";

    private const int MaxScale = 28;

    /// <summary>An exponent beyond this is out of every range already; larger ones are clamped, so no arithmetic overflows.</summary>
    private const long ExponentClamp = 1_000_000_000;

    /// <summary>
    /// The number as a decimal, or false with why it cannot be held (<paramref name="problem"/>) and
    /// how to write it instead (<paramref name="advice"/>).
    /// </summary>
    public static bool TryRead(string text, out decimal value, out string problem, out string advice)
    {
        value = 0m;
        problem = "";
        advice = "";
        var index = 0;
        var negative = false;
        if (index < text.Length && (text[index] == '-' || text[index] == '+')) negative = text[index++] == '-';

        var digits = new StringBuilder();
        long pointShift = 0;
        for (; index < text.Length && IsDigit(text[index]); index++) digits.Append(text[index]);
        if (index < text.Length && text[index] == '.')
        {
            for (index++; index < text.Length && IsDigit(text[index]); index++)
            {
                digits.Append(text[index]);
                pointShift--;
            }
        }

        long exponent = 0;
        if (index < text.Length && (text[index] == 'e' || text[index] == 'E'))
        {
            index++;
            var exponentNegative = false;
            if (index < text.Length && (text[index] == '-' || text[index] == '+')) exponentNegative = text[index++] == '-';
            for (; index < text.Length && IsDigit(text[index]); index++)
            {
                if (exponent < ExponentClamp) exponent = exponent * 10 + (text[index] - '0');
            }
            if (exponentNegative) exponent = -exponent;
        }

        // The number is significand × 10^power, with no leading or trailing zeros in the significand.
        var all = digits.ToString();
        var first = 0;
        while (first < all.Length && all[first] == '0') first++;
        var last = all.Length;
        while (last > first && all[last - 1] == '0') last--;
        if (first == last)
        {
            // Zero, however written: exact; parsed as written where decimal can (to keep "0.0" as written).
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var zero)) value = zero;
            return true;
        }

        var significand = all.Substring(first, last - first);
        var power = exponent + pointShift + (all.Length - last);
        var wholeDigits = significand.Length + power; // digits before the decimal point, when positive

        if (power >= 0)
        {
            if (wholeDigits > MaxDigits.Length || (wholeDigits == MaxDigits.Length && Compare(significand + new string('0', (int)power), MaxDigits) > 0))
            {
                problem = "it is too large (the largest number kept is " + MaxDigits + ")";
                advice = "give it in a larger unit (thousands, millions), or keep the figure as written in 'as_stated'";
                return false;
            }
        }
        else if (-power > MaxScale && wholeDigits <= -MaxScale)
        {
            problem = "it is too small (nothing closer to zero than 0.0000000000000000000000000001, that is 1e-28, is kept)";
            advice = "give it in a smaller unit, or keep the figure as written in 'as_stated'";
            return false;
        }
        else if (-power > MaxScale || significand.Length > MaxDigits.Length || (significand.Length == MaxDigits.Length && Compare(significand, MaxDigits) > 0))
        {
            problem = "it has too many significant digits (" + significand.Length.ToString(CultureInfo.InvariantCulture)
                + "; at most 28 or 29 are kept, and at most 28 after the decimal point)";
            advice = "round it in the file to the digits the source gives, or keep the full figure as written in 'as_stated'";
            return false;
        }

        // The value is exact; parsing the text as written also keeps its trailing zeros (10000.0).
        value = decimal.Parse(Canonical(negative, significand, power), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var written) && written == value) value = written;
        return true;
    }

    /// <summary>Plain positional notation of significand × 10^power, which a decimal parses without rounding.</summary>
    private static string Canonical(bool negative, string significand, long power)
    {
        var sign = negative ? "-" : "";
        if (power >= 0) return sign + significand + new string('0', (int)power);
        var scale = (int)-power;
        var padded = significand.Length > scale ? significand : new string('0', scale - significand.Length + 1) + significand;
        return sign + padded.Substring(0, padded.Length - scale) + "." + padded.Substring(padded.Length - scale);
    }

    /// <summary>Compares two digit strings of equal length as numbers.</summary>
    private static int Compare(string a, string b) => string.CompareOrdinal(a, b);

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
