using System;

namespace StatementGen.Validation;

/// <summary>Matching of verbatim text: an ellipsis (…) marks omitted words, and each part must appear in order.</summary>
internal static class Verbatim
{
    public const char Ellipsis = '\u2026';

    /// <summary>Whether every part of <paramref name="fragment"/> (split at …) occurs in <paramref name="text"/>, in order.</summary>
    public static bool OccursIn(string fragment, string text)
    {
        var from = 0;
        foreach (var rawPart in fragment.Split(Ellipsis))
        {
            var part = rawPart.Trim();
            if (part.Length == 0) continue;
            var at = text.IndexOf(part, from, StringComparison.Ordinal);
            if (at < 0) return false;
            from = at + part.Length;
        }
        return true;
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
