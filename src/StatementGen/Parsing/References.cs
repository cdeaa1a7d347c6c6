using System.Collections.Generic;
using System.Linq;
using StatementGen.Schema;

namespace StatementGen.Parsing;

/// <summary>Reading and describing references: <c>person:sabrina-singh</c>, <c>stmt:slug#claim-key</c>.</summary>
internal static class References
{
    /// <summary>
    /// The kind of a well-formed reference to a known kind (<see cref="RefKind.Claim"/> for
    /// <c>stmt:slug#key</c>), or null. Reads the text in place: the reader checks every reference of a file.
    /// </summary>
    public static RefKind? KindOf(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0) return null;
        EntityKindDef? kind = null;
        for (var i = 0; i < SchemaCatalog.Kinds.Count && kind is null; i++)
        {
            var prefix = SchemaCatalog.Kinds[i].Prefix;
            if (prefix.Length == colon && string.CompareOrdinal(text, 0, prefix, 0, colon) == 0) kind = SchemaCatalog.Kinds[i];
        }

        if (kind is null) return null;
        var hash = text.IndexOf('#', colon + 1);
        if (hash < 0)
        {
            return Slugs.IsSlug(text, colon + 1, text.Length) ? kind.Kind : null;
        }

        if (kind.Kind != RefKind.Statement) return null;
        return Slugs.IsSlug(text, colon + 1, hash) && Slugs.IsSlug(text, hash + 1, text.Length) ? RefKind.Claim : null;
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
