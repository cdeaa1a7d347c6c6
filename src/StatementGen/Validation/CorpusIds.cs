using System;
using System.Collections.Generic;
using System.Linq;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Schema;

namespace StatementGen.Validation;

/// <summary>
/// The ids of the corpus and what each names, as each file's links are looked up in them: the ids that
/// the first file (by path) declaring them keeps, each statement's claim keys, the ids of files with
/// errors (so references to them are not reported a second time) and the occasion keys. Made once per
/// validation from the files' summaries, in work linear in the files; each reference is then one hash
/// look-up. Messages (and their hints) are made later, by <see cref="CorpusValidator"/>, once for the
/// whole corpus.
/// </summary>
internal sealed class CorpusIds
{
    private readonly EquatableArray<bool> statements;
    private readonly EquatableArray<EquatableArray<string>> claimKeys;

    // A statement's claim keys are searched in its array, or in a set made here for a statement with many claims.
    private readonly Dictionary<string, int> known;
    private readonly Dictionary<int, HashSet<string>> manyClaims = new();
    private readonly HashSet<string> broken;
    private readonly HashSet<string> occasions;

    /// <summary>The most claim keys searched one by one; a statement with more gets a set.</summary>
    private const int MostKeysSearched = 8;

    private CorpusIds(EquatableArray<string> ids, EquatableArray<bool> statements, EquatableArray<EquatableArray<string>> claimKeys, EquatableArray<string> brokenIds, EquatableArray<string> occasionKeys)
    {
        this.statements = statements;
        this.claimKeys = claimKeys;
        known = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            known.Add(ids[i], i);
            if (claimKeys[i].Count > MostKeysSearched) manyClaims.Add(i, new HashSet<string>(claimKeys[i], StringComparer.Ordinal));
        }
        broken = new HashSet<string>(brokenIds, StringComparer.Ordinal);
        occasions = new HashSet<string>(occasionKeys, StringComparer.Ordinal);
    }

    /// <summary>Whether the statement at <paramref name="index"/> has a claim with <paramref name="key"/>.</summary>
    private bool HasClaim(int index, string key)
    {
        if (manyClaims.TryGetValue(index, out var set)) return set.Contains(key);
        foreach (var claim in claimKeys[index])
        {
            if (claim == key) return true;
        }
        return false;
    }

    /// <summary>The ids of <paramref name="files"/>, in any order: work linear in the number of files (after one sort by path).</summary>
    public static CorpusIds Of(IReadOnlyList<FileSummary> files)
    {
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        var ids = new List<string>();
        var claimKeys = new List<EquatableArray<string>>();
        var isStatement = new List<bool>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var brokenIds = new List<string>();
        var seenBroken = new HashSet<string>(StringComparer.Ordinal);
        var occasionKeys = new List<string>();
        var seenOccasions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            if (file.Entity is { } entity && seen.Add(entity.Id))
            {
                var statement = entity.Kind == RefKind.Statement;
                ids.Add(entity.Id);
                isStatement.Add(statement);
                claimKeys.Add(statement ? entity.ClaimKeys : EquatableArray<string>.Empty);
                if (statement && entity.OccasionKey is { } occasion && seenOccasions.Add(occasion)) occasionKeys.Add(occasion);
            }
        }

        foreach (var file in ordered)
        {
            if (!file.HasErrors) continue;
            if (file.ImpliedId is { } implied && seenBroken.Add(implied)) brokenIds.Add(implied);
            if (file.Entity is { } entity && seenBroken.Add(entity.Id)) brokenIds.Add(entity.Id);
        }

        return new CorpusIds(ids.ToEquatableArray(), isStatement.ToEquatableArray(), claimKeys.ToEquatableArray(), brokenIds.ToEquatableArray(), occasionKeys.ToEquatableArray());
    }

    /// <summary>
    /// The links of <paramref name="file"/> that do not resolve, in order: a reference to an id no file
    /// declares (unless a file with errors claims it), a claim its statement does not have, an occasion's
    /// <c>before</c> that names no occasion.
    /// </summary>
    public EquatableArray<LinkMiss> Resolve(FileSummary file)
    {
        if (file.Entity is not { } entity || entity.Links.Count == 0) return EquatableArray<LinkMiss>.Empty;
        List<LinkMiss>? misses = null;
        void Miss(int link, LinkProblem problem) => (misses ??= new List<LinkMiss>()).Add(new LinkMiss(link, problem));
        for (var i = 0; i < entity.Links.Count; i++)
        {
            switch (entity.Links[i])
            {
                case RefValue reference when reference.Kind == RefKind.Claim:
                {
                    var statementId = References.StatementOf(reference.Id);
                    if (broken.Contains(statementId)) break;
                    if (!known.TryGetValue(statementId, out var index)) Miss(i, LinkProblem.UnknownReference);
                    else if (statements[index] && !HasClaim(index, reference.Id.Substring(statementId.Length + 1))) Miss(i, LinkProblem.UnknownClaim);
                    break;
                }

                case RefValue reference:
                    if (!known.ContainsKey(reference.Id) && !broken.Contains(reference.Id)) Miss(i, LinkProblem.UnknownReference);
                    break;

                case TextValue before:
                    if (!occasions.Contains(before.Text)) Miss(i, LinkProblem.UnknownOccasion);
                    break;
            }
        }
        return misses is null ? EquatableArray<LinkMiss>.Empty : misses.ToEquatableArray();
    }
}
