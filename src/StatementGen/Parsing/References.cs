using System.Collections.Generic;
using System.Linq;
using StatementGen.Schema;

namespace StatementGen.Parsing;

/// <summary>Reading and describing references: <c>person:sabrina-singh</c>, <c>stmt:slug#claim-key</c>.</summary>
internal static class References
{
    public readonly struct Parsed
    {
        public Parsed(RefKind kind, string slug, string? claimKey)
        {
            Kind = kind;
            Slug = slug;
            ClaimKey = claimKey;
        }

        public RefKind Kind { get; }

        public string Slug { get; }

        public string? ClaimKey { get; }
    }

    /// <summary>Null when the text is not a well-formed reference to a known kind.</summary>
    public static Parsed? Parse(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0) return null;
        var kind = SchemaCatalog.KindByPrefix(text.Substring(0, colon));
        if (kind is null) return null;
        var rest = text.Substring(colon + 1);
        var hash = rest.IndexOf('#');
        if (hash < 0)
        {
            return Slugs.IsSlug(rest) ? new Parsed(kind.Kind, rest, null) : null;
        }

        if (kind.Kind != RefKind.Statement) return null;
        var slug = rest.Substring(0, hash);
        var key = rest.Substring(hash + 1);
        return Slugs.IsSlug(slug) && Slugs.IsSlug(key) ? new Parsed(RefKind.Claim, slug, key) : null;
    }

    /// <summary>The statement id of a claim reference (<c>stmt:x#key</c> → <c>stmt:x</c>).</summary>
    public static string StatementOf(string claimId) => claimId.Substring(0, claimId.IndexOf('#'));

    /// <summary>"a person, org or polity id" / "person:…, org:… or polity:…".</summary>
    public static string Describe(RefKind kinds, bool example)
    {
        var names = new List<string>();
        foreach (var kind in SchemaCatalog.Kinds)
        {
            if ((kinds & kind.Kind) != 0) names.Add(example ? kind.Prefix + ":<slug>" : kind.SchemaName);
        }

        if ((kinds & RefKind.Claim) != 0) names.Add(example ? "stmt:<slug>#<claim-key>" : "claim");
        var joined = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names.Last();
        return example ? joined : "a " + joined + " id";
    }
}
