namespace StatementGen.Cli;

/// <summary>A quotation: the marks at <paramref name="Open"/> and <paramref name="Close"/> (the paragraph's length when never closed).</summary>
internal readonly record struct Quotation(int Open, int Close)
{
    public int InnerStart => Open + 1;

    public bool Contains(int index) => index > Open && index < Close;
}

/// <summary>The quotations of a paragraph, with which one covers each position (from its opening mark to before its closing mark).</summary>
internal sealed class QuotationMarks
{
    private readonly int[] covering;

    public QuotationMarks(string text, List<Quotation> all)
    {
        All = all;
        covering = new int[text.Length + 1];
        Array.Fill(covering, -1);
        for (var k = 0; k < all.Count; k++)
        {
            for (var i = all[k].Open; i < all[k].Close && i < text.Length; i++) covering[i] = k;
        }
    }

    public List<Quotation> All { get; }

    /// <summary>The quotation whose marks enclose <paramref name="index"/> (not at a mark), or null.</summary>
    public Quotation? Enclosing(int index) => covering[index] >= 0 && All[covering[index]].Open != index ? All[covering[index]] : null;

    /// <summary>Whether <paramref name="index"/> is an opening mark or inside a quotation.</summary>
    public bool Covers(int index) => covering[index] >= 0;
}

/// <summary>A sentence of a paragraph: text[Start..End), without white space at either end.</summary>
internal readonly record struct Sentence(int Start, int End);

/// <summary>A word of a paragraph: text[Start..End), no white space in it.</summary>
internal readonly record struct Word(int Start, int Length, string Text)
{
    public int End => Start + Length;
}

/// <summary>
/// A paragraph of prose taken apart into quotations, sentences and words, by the first two rules of
/// drafting: where quotations open and close, and where sentences end.
/// </summary>
internal static class Prose
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm", "Cmdr", "Maj", "Brig", "Sen", "Rep", "Gov", "Pres", "Prof", "Rev", "Hon",
        "St", "Jr", "Sr", "No", "Nos", "Vol", "Inc", "Corp", "Co", "Ltd", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mt", "Ft",
    };

    /// <summary>
    /// The quotations of a paragraph, in order: “…” (never closed: to the paragraph's end), and "…" and
    /// ‘…’ opening at a word start; a ’ with a letter after it is an apostrophe and closes none.
    /// </summary>
    internal static List<Quotation> Quotations(string text)
    {
        var found = new List<Quotation>();
        // Once a search for a closing mark has failed, every later one would fail too: the text is searched once.
        var straightClosers = true;
        var singleClosers = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var close = -1;
            if (c == '\u201C')
            {
                close = text.IndexOf('\u201D', i + 1);
                if (close < 0) close = text.Length;
            }
            else if (c == '"' && straightClosers && WordStart(text, i))
            {
                close = text.IndexOf('"', i + 1);
                straightClosers = close >= 0;
            }
            else if (c == '\u2018' && singleClosers && WordStart(text, i))
            {
                for (var j = i + 1; j < text.Length; j++)
                {
                    if (text[j] == '\u2019' && !char.IsWhiteSpace(text[j - 1]) && (j + 1 == text.Length || !char.IsLetter(text[j + 1])))
                    {
                        close = j;
                        break;
                    }
                }
                singleClosers = close >= 0;
            }

            if (close > i)
            {
                found.Add(new Quotation(i, close));
                i = close + 1;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    /// <summary>An opening mark stands at the start of the text or after white space, an opening bracket or a dash.</summary>
    private static bool WordStart(string text, int index) => index == 0 || char.IsWhiteSpace(text[index - 1]) || "([{\u2014\u2013-/\u201C\u2018".Contains(text[index - 1]);

    private static bool IsClosingMark(char c) => c is '\u201D' or '"' or '\u2019' or ')';

    internal static bool IsOpeningMark(char c) => c is '\u201C' or '"' or '\u2018' or '(';

    /// <summary>
    /// The sentences of a paragraph: each ends at . ? or ! (and any closing marks) followed by white space
    /// and a capital, a digit or an opening mark, never inside a quotation nor after an abbreviation.
    /// </summary>
    internal static List<Sentence> Sentences(string text, QuotationMarks quotations)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '?' or '!')) continue;
            var end = i + 1;
            while (end < text.Length && IsClosingMark(text[end])) end++;
            // Inside a quotation only when the quotation closes right here ("… Europe.” He also …").
            if (quotations.Enclosing(i) is { } inside && inside.Close >= end) continue;
            if (end >= text.Length || !char.IsWhiteSpace(text[end])) continue;
            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next >= text.Length) continue;
            if (!(char.IsUpper(text[next]) || char.IsDigit(text[next]) || IsOpeningMark(text[next]))) continue;
            if (text[i] == '.' && IsAbbreviation(text, i)) continue;
            sentences.Add(Trimmed(text, start, end));
            start = next;
        }

        if (start < text.Length) sentences.Add(Trimmed(text, start, text.Length));
        return sentences.Where(s => s.End > s.Start).ToList();
    }

    private static Sentence Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new Sentence(start, end);
    }

    /// <summary>A period after a single letter (U.S., J.) or a known abbreviation (Gen., Mr.) does not end a sentence.</summary>
    private static bool IsAbbreviation(string text, int period)
    {
        var start = period;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var word = text[start..period];
        return word.Length == 1 || Abbreviations.Contains(word);
    }

    /// <summary>Whether each quotation-holding part of the sentence is quoted whole: it opens with the mark, or "X said: “…”" / "X said, “…”" ends with it.</summary>
    internal static bool WhollyQuoted(string text, Sentence sentence, List<Quotation> inSentence)
    {
        if (inSentence.Count == 0) return false;
        if (IsOpeningMark(text[sentence.Start]) && inSentence[0].Open == sentence.Start) return true;
        var last = inSentence[^1];
        var before = text[sentence.Start..last.Open].TrimEnd();
        var after = last.Close >= sentence.End ? "" : text[(last.Close + 1)..sentence.End].Trim();
        return inSentence.Count == 1 && (before.EndsWith(':') || before.EndsWith(',')) && after.Length == 0;
    }

    /// <summary>The white-space separated words of text[start..end).</summary>
    internal static IEnumerable<Word> Words(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            var from = i;
            while (i < end && !char.IsWhiteSpace(text[i])) i++;
            if (i > from) yield return new Word(from, i - from, text[from..i]);
        }
    }
}
