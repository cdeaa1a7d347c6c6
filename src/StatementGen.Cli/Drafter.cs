using System.Text.RegularExpressions;

namespace StatementGen.Cli;

/// <summary>One proposed statement: a rendering found in one paragraph, every text in it exact characters of the paragraph.</summary>
/// <param name="Para">The paragraph number, from 1.</param>
/// <param name="Excerpt">The whole sentence or sentences holding the quotations and the attribution.</param>
/// <param name="Quotes">The words inside each quotation mark pair, without a comma or period the source puts just inside the closing mark.</param>
/// <param name="Insertions">Editorial insertions in square brackets inside the quotations.</param>
/// <param name="AttributedAs">The words for the speaker, or null when the sentence names none.</param>
/// <param name="Cue">The reporting verb phrase, or null when the sentence has none.</param>
/// <param name="Mode">direct (whole sentences quoted), mixed (quoted fragments), indirect (no quotation marks) or non_statement (a negated cue: "have not confirmed").</param>
internal sealed record Draft(int Para, string Excerpt, IReadOnlyList<string> Quotes, IReadOnlyList<string> Insertions, string? AttributedAs, string? Cue, string Mode);

/// <summary>
/// Finds quotations and attributions in an archived text's paragraphs. The rules, in order:
/// <list type="number">
/// <item>Quotations: “…”, "…" (opening at a word start) and ‘…’ (opening at a word start, closed by a
/// ’ that no letter follows, so the apostrophes of they’ll and People’s never close one); marks inside a
/// quotation belong to it. A “ never closed runs to the paragraph's end (a quotation that goes on in the
/// next paragraph).</item>
/// <item>Sentences end at . ? or ! (and any closing marks) followed by a space and a capital, a digit or
/// an opening mark, never inside a quotation nor after an abbreviation (U.S., Gen., Mr.).</item>
/// <item>Attributions: a reporting verb outside quotations (<see cref="AttributionFinder.CueWords"/>) with the words for its
/// speaker just before it (a noun phrase of capitalised words, titles and role words, after any time
/// words such as "earlier Monday" or "last week"), or after it ("said Singh"), or after "according to".
/// Auxiliaries and negation before the verb belong to the cue ("have not directly confirmed"), and verbs
/// joined by "or"/"and" are one cue ("confirmed or denied"). A verb without such words (the noun
/// "reports") is not an attribution.</item>
/// <item>Each attribution is a draft whose excerpt is its sentence; the quotations of the sentence go to
/// the nearest attribution. A sentence with quotations and no attribution continues the draft of the
/// sentence before it when it opens with a quotation mark or its subject is a pronoun ("He also called
/// it …"); otherwise its subject and first verb are taken as the attribution ("Lavrov on Monday pushed
/// back …"), or none is given.</item>
/// <item>The mode: direct when every quoting sentence is quoted whole, mixed with quoted fragments,
/// non_statement without quotations when the cue is negated, else indirect.</item>
/// </list>
/// </summary>
internal static class Drafter
{
    /// <summary>The longest excerpt drafted: a longer sentence is not prose, and is left to the curator.</summary>
    public const int MaxExcerptLength = 4000;

    /// <summary>
    /// The drafts of a text, paragraph by paragraph, in the order printed; what the limits left out
    /// (<see cref="MaxExcerptLength"/>, <see cref="AttributionFinder.MaxAttributionsPerSentence"/>) is said in <paramref name="notes"/>.
    /// </summary>
    public static IReadOnlyList<Draft> Find(IReadOnlyList<string> paragraphs, List<string> notes)
    {
        var drafts = new List<Draft>();
        for (var i = 0; i < paragraphs.Count; i++) drafts.AddRange(FindInParagraph(i + 1, paragraphs[i], notes));
        return drafts;
    }

    private sealed class Building(Sentence first)
    {
        public Sentence First { get; } = first;

        public Sentence Last { get; set; } = first;

        public Attribution? Attribution { get; init; }

        public List<Quotation> Quotations { get; } = [];

        public bool AllWhollyQuoted { get; set; } = true;
    }

    private static IEnumerable<Draft> FindInParagraph(int para, string text, List<string> notes)
    {
        var quotations = new QuotationMarks(text, Prose.Quotations(text));
        var built = new List<Building>();
        Building? previous = null;
        var nextQuotation = 0;
        var number = para.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var sentence in Prose.Sentences(text, quotations))
        {
            var inSentence = new List<Quotation>();
            while (nextQuotation < quotations.All.Count && quotations.All[nextQuotation].Open < sentence.End)
            {
                if (quotations.All[nextQuotation].Open >= sentence.Start) inSentence.Add(quotations.All[nextQuotation]);
                nextQuotation++;
            }

            if (sentence.End - sentence.Start > MaxExcerptLength)
            {
                notes.Add($"paragraph {number}: a sentence of more than {MaxExcerptLength.ToString(System.Globalization.CultureInfo.InvariantCulture)} characters (from '{DiagnosticInfoExcerpt(text, sentence.Start)}') was not drafted; draft it by hand");
                previous = null;
                continue;
            }

            var attributions = AttributionFinder.Find(text, sentence, quotations, out var more);
            if (more) notes.Add($"paragraph {number}: only the first {AttributionFinder.MaxAttributionsPerSentence.ToString(System.Globalization.CultureInfo.InvariantCulture)} attributions of the sentence from '{DiagnosticInfoExcerpt(text, sentence.Start)}' were drafted");
            if (attributions.Count == 0 && inSentence.Count > 0)
            {
                if (previous is not null && ContinuesQuotation(text, sentence) && sentence.End - previous.First.Start <= MaxExcerptLength)
                {
                    previous.Last = sentence;
                    previous.Quotations.AddRange(inSentence);
                    previous.AllWhollyQuoted &= Prose.WhollyQuoted(text, sentence, inSentence);
                    continue;
                }

                if (AttributionFinder.SubjectAndVerb(text, sentence) is { } subject) attributions.Add(subject);
            }

            if (attributions.Count == 0 && inSentence.Count == 0)
            {
                previous = null;
                continue;
            }

            var drafts = attributions.Count == 0
                ? [new Building(sentence)]
                : attributions.Select(a => new Building(sentence) { Attribution = a }).ToList();
            foreach (var quotation in inSentence)
            {
                // At most MaxAttributionsPerSentence drafts to compare.
                var nearest = drafts.OrderBy(d => d.Attribution is null ? 0 : Distance(d.Attribution, quotation)).First();
                nearest.Quotations.Add(quotation);
            }

            var whole = Prose.WhollyQuoted(text, sentence, inSentence);
            foreach (var draft in drafts) draft.AllWhollyQuoted = draft.Quotations.Count > 0 && whole;
            built.AddRange(drafts);
            previous = drafts[^1];
        }

        foreach (var draft in built)
        {
            var excerpt = text[draft.First.Start..draft.Last.End];
            var quotes = draft.Quotations.Select(q => QuoteWords(text, q)).Where(q => q.Length > 0).ToList();
            var insertions = quotes.SelectMany(q => Regex.Matches(q, @"\[[^\[\]]+\]").Select(m => m.Value)).Distinct(StringComparer.Ordinal).ToList();
            var mode = quotes.Count > 0 ? (draft.AllWhollyQuoted ? "direct" : "mixed") : IsNegated(draft.Attribution?.Cue) ? "non_statement" : "indirect";
            yield return new Draft(para, excerpt, quotes, insertions, draft.Attribution?.AttributedAs, draft.Attribution?.Cue, mode);
        }
    }

    /// <summary>The start of a sentence, as a note shows it.</summary>
    private static string DiagnosticInfoExcerpt(string text, int start) => StatementGen.Model.DiagnosticInfo.Excerpt(text.Substring(start, Math.Min(60, text.Length - start)), 40);

    /// <summary>A cue that reports that nothing was said ("have not confirmed", "did not say", "never denied").</summary>
    private static bool IsNegated(string? cue)
        => cue is not null && cue.Split(' ').Any(w => w is "not" or "never" || w.EndsWith("n\u2019t", StringComparison.Ordinal) || w.EndsWith("n't", StringComparison.Ordinal));

    private static int Distance(Attribution attribution, Quotation quotation)
        => quotation.Close < attribution.Start ? attribution.Start - quotation.Close : Math.Max(0, quotation.Open - attribution.End);

    /// <summary>The words inside the marks, without white space at either end and without one comma or period just inside the closing mark.</summary>
    private static string QuoteWords(string text, Quotation quotation)
    {
        var inner = text[quotation.InnerStart..Math.Min(quotation.Close, text.Length)].Trim();
        if (inner.Length > 0 && (inner[^1] == ',' || inner[^1] == '.') && !inner.EndsWith("..", StringComparison.Ordinal)) inner = inner[..^1].TrimEnd();
        return inner;
    }

    /// <summary>A sentence that goes on quoting the speaker before: it opens with a quotation mark or with a pronoun.</summary>
    private static bool ContinuesQuotation(string text, Sentence sentence)
    {
        if (Prose.IsOpeningMark(text[sentence.Start])) return true;
        var first = Prose.Words(text, sentence.Start, sentence.End).FirstOrDefault();
        return first.Length > 0 && AttributionFinder.IsPronoun(first.Text);
    }
}
