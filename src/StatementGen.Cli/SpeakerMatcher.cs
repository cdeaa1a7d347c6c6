using StatementGen.Model;

namespace StatementGen.Cli;

/// <summary>
/// Finds who the words for a speaker ("deputy press secretary Sabrina Singh", "the Pentagon", "Singh")
/// name among the people, organisations and polities of a corpus, by their names and aliases as whole
/// words, case and characters exact. A person's full name or alias comes first, then a person's surname
/// alone, then an organisation's or polity's name or alias ("NATO Secretary-General Mark Rutte" is the
/// person, not NATO); within that order the longest name found decides, and only one entity may have it.
/// </summary>
internal sealed class SpeakerMatcher
{
    private readonly List<(string Id, RefKind Kind, string[] Names)> entities;

    private SpeakerMatcher(List<(string Id, RefKind Kind, string[] Names)> entities) => this.entities = entities;

    /// <summary>What the words name: one id, or none with the candidates (several when the words are ambiguous).</summary>
    public sealed record Match(string? Id, RefKind Kind, IReadOnlyList<string> Candidates);

    public static SpeakerMatcher From(CorpusFolder corpus)
    {
        var list = new List<(string, RefKind, string[])>();
        foreach (var entity in corpus.Corpus.Entities.Where(e => e.Kind is RefKind.Person or RefKind.Org or RefKind.Polity))
        {
            var names = new[] { entity.Root.GetText("name") }
                .Concat(entity.Root.GetList("aliases").OfType<TextValue>().Select(a => a.Text))
                .OfType<string>()
                .Select(n => n.Trim())
                .Where(n => n.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            list.Add((entity.Id, entity.Kind, names));
        }
        return new SpeakerMatcher(list);
    }

    public Match Find(string attributedAs)
    {
        var tiers = new[]
        {
            Candidates(attributedAs, RefKind.Person, surname: false),
            Candidates(attributedAs, RefKind.Person, surname: true),
            Candidates(attributedAs, RefKind.Org | RefKind.Polity, surname: false),
        };
        foreach (var tier in tiers)
        {
            if (tier.Count == 0) continue;
            var longest = tier.Max(c => c.Length);
            var best = tier.Where(c => c.Length == longest).Select(c => c.Entity).Distinct().ToList();
            return best.Count == 1
                ? new Match(best[0].Id, best[0].Kind, [best[0].Id])
                : new Match(null, RefKind.None, best.Select(b => b.Id).Order(StringComparer.Ordinal).ToList());
        }
        return new Match(null, RefKind.None, []);
    }

    private List<((string Id, RefKind Kind, string[] Names) Entity, int Length)> Candidates(string words, RefKind kinds, bool surname)
    {
        var found = new List<((string, RefKind, string[]), int)>();
        foreach (var entity in entities.Where(e => (e.Kind & kinds) != 0))
        {
            var names = surname ? entity.Names.Select(n => n.Split(' ')[^1]).Where(n => n.Length > 1 && char.IsUpper(n[0])) : entity.Names;
            var matched = names.Where(n => ContainsWords(words, n)).Select(n => n.Length).DefaultIfEmpty(0).Max();
            if (matched > 0) found.Add((entity, matched));
        }

        return found;
    }

    /// <summary>Whether <paramref name="name"/> occurs in <paramref name="words"/> as whole words, characters exact.</summary>
    private static bool ContainsWords(string words, string name)
    {
        for (var at = words.IndexOf(name, StringComparison.Ordinal); at >= 0; at = words.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(words[at - 1]);
            var endsWord = end == words.Length || !char.IsLetterOrDigit(words[end]) && words[end] != '\u2019' && words[end] != '\'';
            if (startsWord && endsWord) return true;
        }
        return false;
    }
}
