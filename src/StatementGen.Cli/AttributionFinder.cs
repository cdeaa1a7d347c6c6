using System.Text.RegularExpressions;

namespace StatementGen.Cli;

/// <summary>
/// An attribution: the words for a speaker (<paramref name="AttributedAs"/>) and the reporting verb
/// phrase (<paramref name="Cue"/>, text[<paramref name="CueStart"/>..<paramref name="CueEnd"/>)), which
/// together span text[<paramref name="Start"/>..<paramref name="End"/>).
/// </summary>
internal sealed record Attribution(int Start, int End, int CueStart, int CueEnd, string AttributedAs, string Cue);

/// <summary>
/// Finds who is reported as saying something in a sentence, by the third rule of drafting: a reporting
/// verb outside quotations with the words for its speaker before it, after it or after "according to";
/// and, for a sentence that quotes with another verb, its subject and that verb.
/// </summary>
internal static class AttributionFinder
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

    /// <summary>The most attributions drafted from one sentence; more are left to the curator.</summary>
    public const int MaxAttributionsPerSentence = 8;

    /// <summary>How many words before or after a reporting verb are searched for the words for its speaker.</summary>
    private const int SpeakerWindow = 16;

    /// <summary>Whether a word is a personal pronoun ("He", "they"), which can stand for a speaker.</summary>
    internal static bool IsPronoun(string word) => Pronouns.Contains(word);

    /// <summary>
    /// The attributions of a sentence, in order, at most <see cref="MaxAttributionsPerSentence"/>;
    /// <paramref name="more"/> tells whether more were left out.
    /// </summary>
    internal static List<Attribution> Find(string text, Sentence sentence, QuotationMarks quotations, out bool more)
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

    private static Attribution? Attribute(string text, Sentence sentence, QuotationMarks quotations, Match match)
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
        return Prose.Words(text, from, end).ToList();
    }

    /// <summary>The words for the speaker that end where the verb (and its time words) begin, or null.</summary>
    private static (int Start, int End)? Subject(string text, int sentenceStart, int verbStart, QuotationMarks quotations)
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
        var words = Prose.Words(text, sentenceStart, end).ToList();
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
    private static (int Start, int End)? PhraseAfter(string text, int from, int end, QuotationMarks quotations, bool anyWords)
    {
        int? start = null;
        var last = from;
        var count = 0;
        foreach (var word in Prose.Words(text, from, end).Take(SpeakerWindow))
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
    private static int ToldWhom(string text, int verbEnd, int end, QuotationMarks quotations)
    {
        var cueEnd = verbEnd;
        var count = 0;
        var kind = 0; // 1 lower-case word, 2 capitalised run, 3 after a determiner
        foreach (var word in Prose.Words(text, verbEnd, end).Take(4))
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
    internal static Attribution? SubjectAndVerb(string text, Sentence sentence)
    {
        var words = Prose.Words(text, sentence.Start, sentence.End).ToList();
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
        var verbs = Prose.Words(text, restStart, sentence.End).Take(2).ToList();
        if (verbs.Count == 0 || !IsPlainWord(verbs[0].Text) || IsCapitalised(verbs[0].Text) || Determiners.Contains(verbs[0].Text)) return null;
        var cueEnd = verbs[0].End;
        if (verbs.Count > 1 && Particles.Contains(verbs[1].Text.TrimEnd(',', '.'))) cueEnd = verbs[1].Start + verbs[1].Text.TrimEnd(',', '.').Length;
        return new Attribution(subjectStart, cueEnd, verbs[0].Start, cueEnd, text[subjectStart..subjectEnd], text[verbs[0].Start..cueEnd]);
    }
}
