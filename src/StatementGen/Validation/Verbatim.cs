using System;
using System.Collections.Generic;
using StatementGen.Model;

namespace StatementGen.Validation;

/// <summary>
/// Matching of verbatim text, byte for byte (ordinal): an ellipsis (…) marks omitted words, and each
/// part between ellipses, trimmed, must appear in order. When a fragment does not occur, the first
/// character where it departs from the text is found, so a curator reads which character differs.
/// </summary>
internal static class Verbatim
{
    public const char Ellipsis = '\u2026';

    /// <summary>Whether every part of <paramref name="fragment"/> (split at …) occurs in <paramref name="text"/>, in order.</summary>
    public static bool OccursIn(string fragment, string text) => FindMismatch(fragment, text, budget: null) is null;

    /// <summary>Whether <paramref name="fragment"/> has a character other than white space and ellipses: one that has none occurs anywhere.</summary>
    public static bool HasWords(string fragment)
    {
        foreach (var c in fragment)
        {
            if (c != Ellipsis && !char.IsWhiteSpace(c)) return true;
        }
        return false;
    }

    /// <summary>
    /// Null when <paramref name="fragment"/> occurs in <paramref name="text"/> (the … rule applies);
    /// otherwise where it first departs from it. Each search is charged to <paramref name="budget"/>;
    /// once that is spent, the fragment counts as occurring (the caller reports the spent budget).
    /// </summary>
    public static Mismatch? FindMismatch(string fragment, string text, CheckBudget? budget)
    {
        var from = 0;
        var partStart = 0;
        while (partStart <= fragment.Length)
        {
            var partEnd = fragment.IndexOf(Ellipsis, partStart);
            if (partEnd < 0) partEnd = fragment.Length;
            var start = partStart;
            var end = partEnd;
            while (start < end && char.IsWhiteSpace(fragment[start])) start++;
            while (end > start && char.IsWhiteSpace(fragment[end - 1])) end--;
            partStart = partEnd + 1;
            if (start == end) continue;

            var part = fragment.Substring(start, end - start);
            if (budget is not null && !budget.Charge(text.Length - from + part.Length)) return null;
            var at = text.IndexOf(part, from, StringComparison.Ordinal);
            if (at >= 0)
            {
                from = at + part.Length;
                continue;
            }

            // The longest start of the part that occurs (shorter than the part, which does not).
            var low = LongestPrefix(part.Substring(0, part.Length - 1), text, from, budget, out var foundAt);
            if (budget is not null && budget.IsSpent) return null;

            // Never point into the middle of a surrogate pair.
            if (low > 0 && char.IsHighSurrogate(part[low - 1]))
            {
                low--;
                foundAt = low == 0 ? -1 : text.IndexOf(part.Substring(0, low), from, StringComparison.Ordinal);
            }

            if (low == 0 && part.Length > 1)
            {
                // Not even the first character occurs (a straight quote where the source has a curly
                // one, say): align the rest of the part instead, so the message can name the character
                // the source has in its place.
                var rest = part.Substring(char.IsHighSurrogate(part[0]) && part.Length > 2 ? 2 : 1);
                var restLength = LongestPrefix(rest, text, from + 1, budget, out var restAt);
                if (restLength >= Math.Min(8, rest.Length) && restAt > from)
                {
                    // The character in the source's place may be a surrogate pair: name it from its start.
                    var inPlace = restAt - 1;
                    if (inPlace > from && char.IsLowSurrogate(text[inPlace]) && char.IsHighSurrogate(text[inPlace - 1])) inPlace--;
                    return new Mismatch(start, inPlace, from > 0);
                }
            }

            return new Mismatch(start + low, low == 0 ? -1 : foundAt + low, from > 0);
        }

        return null;
    }

    /// <summary>
    /// The length of the longest start of <paramref name="part"/> that occurs in <paramref name="text"/>
    /// from <paramref name="from"/>, and where (-1 for none). Occurrence of a start is monotone in its
    /// length, so a binary search needs a logarithmic number of searches; 0 once the budget is spent.
    /// </summary>
    private static int LongestPrefix(string part, string text, int from, CheckBudget? budget, out int foundAt)
    {
        foundAt = -1;
        if (from > text.Length) return 0;
        var low = 0;
        var high = part.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (budget is not null && !budget.Charge(text.Length - from + mid)) return 0;
            var at = text.IndexOf(part.Substring(0, mid), from, StringComparison.Ordinal);
            if (at >= 0)
            {
                low = mid;
                foundAt = at;
            }
            else
            {
                high = mid - 1;
            }
        }
        return low;
    }

    /// <summary>
    /// Says where <paramref name="fragment"/> departs from <paramref name="text"/>, naming both code
    /// points: "after 'they' the source has U+2019 ’ where the excerpt has U+0027 '".
    /// </summary>
    public static string Describe(Mismatch mismatch, string fragment, string text, string fragmentName, string textName)
    {
        if (mismatch.TextIndex < 0)
        {
            return Escaping.CodePoint(fragment, mismatch.FragmentIndex) + ", with which '" + DiagnosticInfo.Excerpt(fragment.Substring(mismatch.FragmentIndex), 24)
                + "' starts, is nowhere in " + textName + (mismatch.AfterEarlierPart ? " after the part before the ellipsis" : "");
        }

        if (mismatch.TextIndex < text.Length && (mismatch.FragmentIndex == 0 || fragment[mismatch.FragmentIndex - 1] == Ellipsis || char.IsWhiteSpace(fragment[mismatch.FragmentIndex - 1]) && fragment.Substring(0, mismatch.FragmentIndex).Trim().Length == 0))
        {
            return "where " + fragmentName + " starts, " + textName + " has " + Escaping.CodePoint(text, mismatch.TextIndex) + " and " + fragmentName + " " + Escaping.CodePoint(fragment, mismatch.FragmentIndex);
        }

        var contextStart = Math.Max(0, mismatch.FragmentIndex - 32);
        if (contextStart > 0 && char.IsLowSurrogate(fragment[contextStart])) contextStart++;
        var context = (contextStart > 0 ? "…" : "") + fragment.Substring(contextStart, mismatch.FragmentIndex - contextStart);
        if (mismatch.TextIndex >= text.Length)
        {
            return "after '" + context + "' " + textName + " ends, where " + fragmentName + " goes on with " + Escaping.CodePoint(fragment, mismatch.FragmentIndex);
        }
        return "after '" + context + "' " + textName + " has " + Escaping.CodePoint(text, mismatch.TextIndex) + " where " + fragmentName + " has " + Escaping.CodePoint(fragment, mismatch.FragmentIndex);
    }

    /// <summary>Whether <paramref name="term"/> occurs in <paramref name="text"/> as whole words, ignoring case.</summary>
    public static bool ContainsWords(string text, string term)
    {
        var from = 0;
        while (true)
        {
            var at = text.IndexOf(term, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            var end = at + term.Length;
            var startsWord = at == 0 || !char.IsLetter(text[at - 1]);
            var endsWord = end == text.Length || !char.IsLetter(text[end]);
            if (startsWord && endsWord) return true;
            from = at + 1;
        }
    }
}

/// <summary>
/// Where a verbatim fragment first departs from a text: the index of the first character of the
/// fragment that does not follow, and of the character the text has there (the text's length when it
/// ends there; -1 when nothing in the text starts like that part of the fragment).
/// </summary>
internal sealed record Mismatch(int FragmentIndex, int TextIndex, bool AfterEarlierPart);

/// <summary>
/// How many characters the verbatim checks of one file may scan. Legitimate files scan a few
/// thousand per value; the bound keeps a file written to multiply work (thousands of renderings of a
/// megabyte paragraph) linear, and is reported as STMT0084 when spent.
/// </summary>
internal sealed class CheckBudget
{
    /// <summary>Characters one file's checks may scan.</summary>
    public const long PerFile = 64L << 20;

    public long Remaining { get; private set; } = PerFile;

    public bool IsSpent => Remaining < 0;

    /// <summary>Charges <paramref name="characters"/>; false once the budget is spent.</summary>
    public bool Charge(long characters)
    {
        Remaining -= characters;
        return Remaining >= 0;
    }
}
