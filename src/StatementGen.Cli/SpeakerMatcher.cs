using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Cli;

/// <summary>
/// Finds who the words for a speaker ("deputy press secretary Sabrina Singh", "the Pentagon", "Singh")
/// name among the people, organisations and polities of a corpus, by their names and aliases as whole
/// words, case and characters exact. A person's full name or alias comes first, then a person's surname
/// alone, then an organisation's or polity's name or alias ("NATO Secretary-General Mark Rutte" is the
/// person, not NATO); within that order the longest name found decides, and only one entity may have it.
/// Names are indexed by their first word, so a look-up costs the words looked up, not the corpus.
/// </summary>
internal sealed class SpeakerMatcher
{
    private enum Tier
    {
        PersonName,
        Surname,
        OrgOrPolityName,
    }

    private readonly record struct Entry(string Id, RefKind Kind, string Name, Tier Tier);

    private readonly Dictionary<string, List<Entry>> byFirstWord = new(StringComparer.Ordinal);

    /// <summary>What the words name: one id, or none with the candidates (several when the words are ambiguous).</summary>
    public sealed record Match(string? Id, RefKind Kind, IReadOnlyList<string> Candidates);

    public static SpeakerMatcher From(CorpusFolder corpus)
    {
        var matcher = new SpeakerMatcher();
        foreach (var entity in corpus.Corpus.Entities.Where(e => e.Kind is RefKind.Person or RefKind.Org or RefKind.Polity))
        {
            var names = new[] { entity.Root.GetText("name") }
                .Concat(entity.Root.GetList("aliases").OfType<TextValue>().Select(a => a.Text))
                .OfType<string>()
                .Select(n => n.Trim())
                .Where(n => n.Length > 0)
                .Distinct(StringComparer.Ordinal);
            foreach (var name in names)
            {
                matcher.Add(new Entry(entity.Id, entity.Kind, name, entity.Kind == RefKind.Person ? Tier.PersonName : Tier.OrgOrPolityName));
                var surname = name.Split(' ')[^1];
                if (entity.Kind == RefKind.Person && surname.Length > 1 && surname != name && char.IsUpper(surname[0]))
                {
                    matcher.Add(new Entry(entity.Id, entity.Kind, surname, Tier.Surname));
                }
            }
        }
        return matcher;
    }

    private void Add(Entry entry)
    {
        var first = entry.Name.Split(' ')[0];
        if (!byFirstWord.TryGetValue(first, out var list)) byFirstWord.Add(first, list = []);
        if (!list.Contains(entry)) list.Add(entry);
    }

    public Match Find(string attributedAs)
    {
        // Every name whose first word starts a word of the attribution, and that occurs there as whole words.
        var found = new List<Entry>();
        for (var at = 0; at < attributedAs.Length; at++)
        {
            if (at > 0 && char.IsLetterOrDigit(attributedAs[at - 1])) continue;
            var end = at;
            while (end < attributedAs.Length && attributedAs[end] != ' ') end++;
            // The word, and the word without trailing punctuation ("Singh," or "U.S." both count).
            foreach (var word in new[] { attributedAs[at..end], attributedAs[at..end].TrimEnd(',', ';', ':') }.Distinct(StringComparer.Ordinal))
            {
                if (!byFirstWord.TryGetValue(word, out var entries)) continue;
                found.AddRange(entries.Where(e => At(attributedAs, at, e.Name)));
            }
            at = end;
        }

        foreach (var tier in new[] { Tier.PersonName, Tier.Surname, Tier.OrgOrPolityName })
        {
            var inTier = found.Where(e => e.Tier == tier).ToList();
            if (inTier.Count == 0) continue;
            var longest = inTier.Max(e => e.Name.Length);
            var best = inTier.Where(e => e.Name.Length == longest).Select(e => (e.Id, e.Kind)).Distinct().ToList();
            return best.Count == 1
                ? new Match(best[0].Id, best[0].Kind, [best[0].Id])
                : new Match(null, RefKind.None, best.Select(b => b.Id).Order(StringComparer.Ordinal).ToList());
        }
        return new Match(null, RefKind.None, []);
    }

    /// <summary>Whether <paramref name="name"/> stands at <paramref name="at"/> as whole words, characters exact.</summary>
    private static bool At(string text, int at, string name)
    {
        if (at + name.Length > text.Length || string.CompareOrdinal(text, at, name, 0, name.Length) != 0) return false;
        var end = at + name.Length;
        return end == text.Length || !char.IsLetterOrDigit(text[end]) && text[end] != '\u2019' && text[end] != '\'';
    }
}
