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
/// <item>Attributions: a reporting verb outside quotations (<see cref="CueWords"/>) with the words for its
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
    /// <summary>Reporting verbs, as printed (lower case): each is a cue when words for a speaker go with it.</summary>
    public static readonly IReadOnlyList<string> CueWords =
    [
        "said", "says", "told", "tells", "believe", "believes", "believed", "confirmed", "confirms", "denied", "denies",
        "warned", "warns", "estimated", "estimates", "added", "adds", "noted", "notes", "claimed", "claims", "announced",
        "announces", "stated", "states", "reported", "reports", "insisted", "insists", "argued", "argues", "acknowledged",
        "acknowledges", "admitted", "admits", "explained", "explains", "asserted", "asserts", "alleged", "alleges",
        "predicted", "predicts", "wrote", "writes", "stressed", "stresses", "emphasized", "emphasised",
    ];

    /// <summary>Verbs that can come before their speaker ("…,” said Singh).</summary>
    private static readonly HashSet<string> Invertible = new(StringComparer.Ordinal) { "said", "says", "added", "adds", "noted", "notes", "told", "wrote", "writes", "stressed", "warned", "explained", "insisted" };

    private static readonly Regex CuePattern = new(@"\b(?:according to|" + string.Join("|", CueWords) + @")\b", RegexOptions.CultureInvariant);

    /// <summary>Auxiliaries, negation and adverbs that go with the verb ("have not directly confirmed").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "have", "has", "had", "did", "does", "do", "not", "never", "will", "would", "could", "can", "may", "might", "should", "must",
    };

    /// <summary>Adverbs between a speaker and the verb that are not part of the cue.</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal) { "also", "again", "still", "just", "then", "now", "later", "earlier", "previously", "once" };

    /// <summary>Lower-case words that can be part of the words for a speaker ("deputy press secretary", "U.S. officials").</summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "deputy", "press", "secretary", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "minister", "ministers", "ministry",
        "official", "officials", "leader", "leaders", "president", "vice", "prime", "chief", "head", "director", "ambassador", "envoy",
        "aide", "aides", "adviser", "advisers", "advisor", "advisors", "analyst", "analysts", "source", "sources", "foreign", "defense",
        "defence", "general", "senior", "assistant", "national", "security", "department", "government", "governments", "authorities",
        "agency", "office", "military", "army", "commander", "commanders", "lawmakers", "lawmaker", "senator", "representative",
        "governor", "mayor", "police", "investigators", "experts", "expert", "diplomats", "diplomat", "officers", "officer",
        "administration", "cabinet", "staff", "spokesmen", "spokeswomen",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "The", "a", "A", "an", "An", "his", "His", "her", "Her", "their", "Their", "its", "Its" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "He", "she", "She", "they", "They", "we", "We", "I", "it", "It" };

    /// <summary>Capitalised words that open a sentence or clause but are never part of a speaker's name.</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal)
    {
        "And", "But", "Or", "So", "Yet", "Meanwhile", "However", "Still", "Then", "Also", "Now", "Later", "Earlier", "Separately", "In", "On", "At", "After", "Before", "When", "While", "If", "As",
    };

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm", "Cmdr", "Maj", "Brig", "Sen", "Rep", "Gov", "Pres", "Prof", "Rev", "Hon",
        "St", "Jr", "Sr", "No", "Nos", "Vol", "Inc", "Corp", "Co", "Ltd", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mt", "Ft",
    };

    private const string Weekday = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    /// <summary>Time words and asides between a speaker and the verb ("earlier Monday", "last week", ", meanwhile,").</summary>
    private static readonly Regex TrailingAdverbial = new(
        @"(?:\s*,\s*(?:meanwhile|however|too|though|in turn|for (?:his|her|their|its) part|in a statement)\s*,|\s(?:(?:on|earlier|later|late|early)\s+)?" + Weekday + @"(?:\s+(?:morning|afternoon|evening|night))?|\s(?:on\s+)?" + Month + @"\s+[0-9]{1,2}|\s(?:last|this|next|earlier this|later this)\s+(?:week|month|year|weekend)|\s(?:earlier|later|previously|recently|yesterday|today|again|also|still|once))\s*$",
        RegexOptions.CultureInvariant);

    private static readonly Regex LeadingAdverbial = new(
        @"^(?:\s*,\s*(?:meanwhile|however|too|though|in turn|for (?:his|her|their|its) part)\s*,|\s+(?:(?:on|earlier|later|late|early)\s+)?" + Weekday + @"(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:on\s+)?" + Month + @"\s+[0-9]{1,2}|\s+(?:last|this|next|earlier this|later this)\s+(?:week|month|year|weekend)|\s+(?:earlier|later|previously|recently|yesterday|today|again|also|still|once))(?=[\s,.;:]|$)",
        RegexOptions.CultureInvariant);

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "back", "up", "out", "down", "off" };

    /// <summary>A quotation: the marks at <paramref name="Open"/> and <paramref name="Close"/> (the paragraph's length when never closed).</summary>
    private readonly record struct Quotation(int Open, int Close)
    {
        public int InnerStart => Open + 1;

        public bool Contains(int index) => index > Open && index < Close;
    }

    /// <summary>The quotations of a paragraph, with which one covers each position (from its opening mark to before its closing mark).</summary>
    private sealed class Marks
    {
        private readonly int[] covering;

        public Marks(string text, List<Quotation> all)
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

    private readonly record struct Sentence(int Start, int End);

    private sealed record Attribution(int Start, int End, int CueStart, int CueEnd, string AttributedAs, string Cue);

    /// <summary>The longest excerpt drafted: a longer sentence is not prose, and is left to the curator.</summary>
    public const int MaxExcerptLength = 4000;

    /// <summary>The most attributions drafted from one sentence; more are left to the curator.</summary>
    public const int MaxAttributionsPerSentence = 8;

    /// <summary>How many words before or after a reporting verb are searched for the words for its speaker.</summary>
    private const int SpeakerWindow = 16;

    /// <summary>
    /// The drafts of a text, paragraph by paragraph, in the order printed; what the limits left out
    /// (<see cref="MaxExcerptLength"/>, <see cref="MaxAttributionsPerSentence"/>) is said in <paramref name="notes"/>.
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
        var quotations = new Marks(text, Quotations(text));
        var built = new List<Building>();
        Building? previous = null;
        var nextQuotation = 0;
        var number = para.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var sentence in Sentences(text, quotations))
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

            var attributions = Attributions(text, sentence, quotations, out var more);
            if (more) notes.Add($"paragraph {number}: only the first {MaxAttributionsPerSentence.ToString(System.Globalization.CultureInfo.InvariantCulture)} attributions of the sentence from '{DiagnosticInfoExcerpt(text, sentence.Start)}' were drafted");
            if (attributions.Count == 0 && inSentence.Count > 0)
            {
                if (previous is not null && ContinuesQuotation(text, sentence) && sentence.End - previous.First.Start <= MaxExcerptLength)
                {
                    previous.Last = sentence;
                    previous.Quotations.AddRange(inSentence);
                    previous.AllWhollyQuoted &= WhollyQuoted(text, sentence, inSentence);
                    continue;
                }

                if (SubjectAndVerb(text, sentence) is { } subject) attributions.Add(subject);
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

            var whole = WhollyQuoted(text, sentence, inSentence);
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

    // ---- quotations and sentences -------------------------------------------------------------------

    private static List<Quotation> Quotations(string text)
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

    private static bool IsOpeningMark(char c) => c is '\u201C' or '"' or '\u2018' or '(';

    private static List<Sentence> Sentences(string text, Marks quotations)
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
    private static bool WhollyQuoted(string text, Sentence sentence, List<Quotation> inSentence)
    {
        if (inSentence.Count == 0) return false;
        if (IsOpeningMark(text[sentence.Start]) && inSentence[0].Open == sentence.Start) return true;
        var last = inSentence[^1];
        var before = text[sentence.Start..last.Open].TrimEnd();
        var after = last.Close >= sentence.End ? "" : text[(last.Close + 1)..sentence.End].Trim();
        return inSentence.Count == 1 && (before.EndsWith(':') || before.EndsWith(',')) && after.Length == 0;
    }

    /// <summary>A sentence that goes on quoting the speaker before: it opens with a quotation mark or with a pronoun.</summary>
    private static bool ContinuesQuotation(string text, Sentence sentence)
    {
        if (IsOpeningMark(text[sentence.Start])) return true;
        var first = Words(text, sentence.Start, sentence.End).FirstOrDefault();
        return first.Length > 0 && Pronouns.Contains(first.Text);
    }

    // ---- attributions -------------------------------------------------------------------------------

    private readonly record struct Word(int Start, int Length, string Text)
    {
        public int End => Start + Length;
    }

    /// <summary>The white-space separated words of text[start..end).</summary>
    private static IEnumerable<Word> Words(string text, int start, int end)
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

    private static List<Attribution> Attributions(string text, Sentence sentence, Marks quotations, out bool more)
    {
        var found = new List<Attribution>();
        Attribution? last = null;
        more = false;
        for (var match = CuePattern.Match(text, sentence.Start, sentence.End - sentence.Start); match.Success; match = match.NextMatch())
        {
            if (quotations.Covers(match.Index)) continue;
            if (found.Count == MaxAttributionsPerSentence)
            {
                more = true;
                break;
            }

            if (last is not null)
            {
                // "confirmed or denied": one cue.
                var between = text[last.CueEnd..match.Index];
                if (between is " or " or " and " or " nor " or ", ")
                {
                    var joined = last with { CueEnd = match.Index + match.Length, End = Math.Max(last.End, match.Index + match.Length), Cue = text[last.CueStart..(match.Index + match.Length)] };
                    found[^1] = joined;
                    last = joined;
                    continue;
                }
            }

            var attribution = Attribute(text, sentence, quotations, match);
            if (attribution is null) continue;
            found.Add(attribution);
            last = attribution;
        }
        return found;
    }

    private static Attribution? Attribute(string text, Sentence sentence, Marks quotations, Match match)
    {
        var verb = match.Value;
        var verbEnd = match.Index + match.Length;
        if (verb == "according to")
        {
            var speaker = PhraseAfter(text, verbEnd, sentence.End, quotations, anyWords: true);
            return speaker is null ? null : new Attribution(match.Index, speaker.Value.End, match.Index, verbEnd, text[speaker.Value.Start..speaker.Value.End], verb);
        }

        // The cue: the verb with the auxiliaries and negation before it ("have not directly confirmed");
        // adverbs before the first auxiliary ("also said") are not part of it.
        var cueStart = match.Index;
        var cueEnd = verbEnd;
        var before = WordsBefore(text, sentence.Start, match.Index);
        var chainStart = match.Index;
        for (var k = before.Count - 1; k >= 0 && IsPlainWord(before[k].Text); k--)
        {
            var word = before[k].Text;
            var auxiliary = Auxiliaries.Contains(word) || word.EndsWith("n\u2019t", StringComparison.Ordinal) || word.EndsWith("n't", StringComparison.Ordinal);
            var adverb = Adverbs.Contains(word) || (char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal));
            if (!auxiliary && !adverb) break;
            chainStart = before[k].Start;
            if (auxiliary) cueStart = before[k].Start;
        }

        if (verb is "told" or "tells") cueEnd = ToldWhom(text, verbEnd, sentence.End, quotations);

        var subject = Subject(text, sentence.Start, chainStart, quotations);
        if (subject is null && Invertible.Contains(verb)) subject = PhraseAfter(text, cueEnd, sentence.End, quotations, anyWords: false);
        if (subject is null) return null;
        var (start, end) = subject.Value;
        return new Attribution(Math.Min(start, cueStart), Math.Max(end, cueEnd), cueStart, cueEnd, text[start..end], text[cueStart..cueEnd]);
    }

    /// <summary>A word of letters (with inner apostrophes, hyphens and periods), no punctuation at either end.</summary>
    private static bool IsPlainWord(string word) => word.Length > 0 && char.IsLetter(word[0]) && (char.IsLetter(word[^1]) || word[^1] == '.' && word.Length > 1 && word[^2] != '.' && word.Count(c => c == '.') > 1);

    /// <summary>The last <see cref="SpeakerWindow"/> words from <paramref name="start"/> to <paramref name="end"/>, whole.</summary>
    private static List<Word> WordsBefore(string text, int start, int end)
    {
        var from = end;
        for (var count = 0; from > start && count < SpeakerWindow; count++)
        {
            while (from > start && char.IsWhiteSpace(text[from - 1])) from--;
            while (from > start && !char.IsWhiteSpace(text[from - 1])) from--;
        }
        return Words(text, from, end).ToList();
    }

    /// <summary>The words for the speaker that end where the verb (and its time words) begin, or null.</summary>
    private static (int Start, int End)? Subject(string text, int sentenceStart, int verbStart, Marks quotations)
    {
        var window = WordsBefore(text, sentenceStart, verbStart);
        if (window.Count == 0) return null;
        sentenceStart = window[0].Start;
        var prefix = text[sentenceStart..verbStart];
        for (var guard = 0; guard < 4; guard++)
        {
            var adverbial = TrailingAdverbial.Match(prefix);
            if (!adverbial.Success) break;
            prefix = prefix[..adverbial.Index];
        }

        var end = sentenceStart + prefix.TrimEnd().Length;
        var words = Words(text, sentenceStart, end).ToList();
        var first = words.Count;
        for (var k = words.Count - 1; k >= 0; k--)
        {
            var word = words[k];
            if (quotations.Enclosing(word.Start) is not null) break;
            if (!IsPlainWord(word.Text) && !IsAbbreviationWord(word.Text)) break;
            if (Connectives.Contains(word.Text) && k == 0) break;
            if (Determiners.Contains(word.Text))
            {
                if (k < words.Count - 1) first = k;
                break;
            }

            if (Pronouns.Contains(word.Text))
            {
                if (k == words.Count - 1) first = k;
                break;
            }

            if (IsCapitalised(word.Text) && !Connectives.Contains(word.Text) || RoleWords.Contains(word.Text) || (word.Text == "of" && k > 0 && k < words.Count - 1 && IsCapitalised(words[k - 1].Text)))
            {
                first = k;
                continue;
            }
            break;
        }

        if (first >= words.Count) return null;
        var chosen = words.Skip(first).ToList();
        if (chosen[0].Text == "of") chosen.RemoveAt(0);
        if (!chosen.Any(w => IsCapitalised(w.Text) || RoleWords.Contains(w.Text) || Pronouns.Contains(w.Text))) return null;
        return (chosen[0].Start, chosen[^1].End);
    }

    /// <summary>Words such as U.S. or D.C.: capital letters each followed by a period.</summary>
    private static bool IsAbbreviationWord(string word) => word.Length >= 2 && word[^1] == '.' && word.All(c => char.IsUpper(c) || c == '.');

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>
    /// The words for a speaker after <paramref name="from"/> ("said Singh", "according to U.S. officials"):
    /// up to the next punctuation; with <paramref name="anyWords"/> any words, else capitalised and role words only.
    /// </summary>
    private static (int Start, int End)? PhraseAfter(string text, int from, int end, Marks quotations, bool anyWords)
    {
        int? start = null;
        var last = from;
        var count = 0;
        foreach (var word in Words(text, from, end).Take(SpeakerWindow))
        {
            if (quotations.Covers(word.Start)) break;
            // "U.S." keeps its last period unless the sentence ends there.
            var core = IsAbbreviationWord(word.Text) && word.End < end ? word.Text : word.Text.TrimEnd(',', '.', ';', ':', '!', '?', '\u201D', '"', ')');
            var stops = core.Length < word.Length;
            if (core.Length == 0) break;
            var fits = anyWords
                ? count < 12 && !(core is "that" or "who" or "which")
                : IsCapitalised(core) && !Connectives.Contains(core) || RoleWords.Contains(core) || (start is null && Determiners.Contains(core)) || (start is not null && core == "of");
            if (!fits) break;
            start ??= word.Start;
            last = word.Start + core.Length;
            count++;
            if (stops) break;
        }

        if (start is null) return null;
        var phrase = text[start.Value..last];
        var words = phrase.Split(' ');
        if (!words.Any(w => IsCapitalised(w) || RoleWords.Contains(w) || anyWords)) return null;
        if (Determiners.Contains(words[^1]) || words[^1] == "of") return null;
        return (start.Value, last);
    }

    /// <summary>
    /// "told reporters", "told The Hill", "told a news conference": the verb with whom it was told to
    /// (a lower-case word, a run of capitalised words, or a determiner and the words after it, at most four).
    /// </summary>
    private static int ToldWhom(string text, int verbEnd, int end, Marks quotations)
    {
        var cueEnd = verbEnd;
        var count = 0;
        var kind = 0; // 1 lower-case word, 2 capitalised run, 3 after a determiner
        foreach (var word in Words(text, verbEnd, end).Take(4))
        {
            if (quotations.Covers(word.Start)) break;
            var core = word.Text.TrimEnd(',', '.', ';', ':', '!', '?', '\u201D', '"', ')');
            if (core.Length == 0 || !char.IsLetter(core[0]) || ToldStops.Contains(core)) break;
            if (count == 0) kind = Determiners.Contains(core) ? 3 : IsCapitalised(core) ? 2 : 1;
            else if (kind == 2 && !IsCapitalised(core)) break;
            cueEnd = word.Start + core.Length;
            count++;
            if (kind == 1 || count == 4 || core.Length < word.Length) break;
        }
        return cueEnd;
    }

    private static readonly HashSet<string> ToldStops = new(StringComparer.Ordinal)
    {
        "that", "on", "in", "at", "during", "after", "before", "when", "while", "as", "if", "him", "her", "them", "us", "me", "it", "of", "about", "by", "to",
    };

    /// <summary>
    /// For a sentence with quotations and no reporting verb: its subject (a speaker's words at its start,
    /// after "And"/"But") and the verb after it, with a particle ("pushed back"), as the attribution.
    /// </summary>
    private static Attribution? SubjectAndVerb(string text, Sentence sentence)
    {
        var words = Words(text, sentence.Start, sentence.End).ToList();
        var k = 0;
        if (k < words.Count && Connectives.Contains(words[k].Text)) k++;
        var first = k;
        while (k < words.Count && (IsPlainWord(words[k].Text) || IsAbbreviationWord(words[k].Text))
               && (IsCapitalised(words[k].Text) && !Connectives.Contains(words[k].Text) || RoleWords.Contains(words[k].Text) || (k == first && Determiners.Contains(words[k].Text))))
        {
            k++;
        }

        if (k == first || (k == first + 1 && Determiners.Contains(words[first].Text)) || k >= words.Count) return null;
        var subjectStart = words[first].Start;
        var subjectEnd = words[k - 1].End;
        var rest = text[subjectEnd..sentence.End];
        for (var guard = 0; guard < 4; guard++)
        {
            var adverbial = LeadingAdverbial.Match(rest);
            if (!adverbial.Success) break;
            rest = rest[adverbial.Length..];
        }

        var restStart = sentence.End - rest.Length;
        var verbs = Words(text, restStart, sentence.End).Take(2).ToList();
        if (verbs.Count == 0 || !IsPlainWord(verbs[0].Text) || IsCapitalised(verbs[0].Text) || Determiners.Contains(verbs[0].Text)) return null;
        var cueEnd = verbs[0].End;
        if (verbs.Count > 1 && Particles.Contains(verbs[1].Text.TrimEnd(',', '.'))) cueEnd = verbs[1].Start + verbs[1].Text.TrimEnd(',', '.').Length;
        return new Attribution(subjectStart, cueEnd, verbs[0].Start, cueEnd, text[subjectStart..subjectEnd], text[verbs[0].Start..cueEnd]);
    }
}
