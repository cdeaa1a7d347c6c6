using System;
using System.Collections.Generic;
using System.Linq;
using StatementGen.Model;
using StatementGen.Parsing;

namespace StatementGen.Validation;

/// <summary>
/// "Did you mean" hints for unknown references, claims and occasions: candidates grouped by id
/// prefix, one <see cref="Suggestions"/> budget for the whole run, and each statement's list of
/// claims made once, so that a corpus with thousands of dangling references cannot make the build crawl.
/// </summary>
internal sealed class ReferenceHints
{
    private readonly Dictionary<string, string[]> byPrefix;
    private readonly Suggestions suggestions = new();
    private readonly Dictionary<string, string> claimLists = new(StringComparer.Ordinal);

    public ReferenceHints(IEnumerable<string> known)
        => byPrefix = known.GroupBy(Prefix, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static string Prefix(string id) => id.IndexOf(':') is var colon and >= 0 ? id.Substring(0, colon + 1) : "";

    /// <summary>The end of an unknown-reference message: the nearest known id of the same kind, else how to fix it.</summary>
    public string For(string id)
    {
        var suggestion = byPrefix.TryGetValue(Prefix(id), out var candidates) ? Among(id, candidates) : "";
        return suggestion.Length == 0 ? "; add a file for it or fix the id" : suggestion;
    }

    /// <summary>"; did you mean 'x'?" for the candidate nearest <paramref name="actual"/>, else "".</summary>
    public string Among(string actual, IEnumerable<string> candidates) => suggestions.Suggest(actual, candidates, null);

    /// <summary>"its claims are a, b and N more", made once per statement however many references miss it.</summary>
    public string ClaimsOf(string statementId, IReadOnlyCollection<string> keys)
    {
        if (!claimLists.TryGetValue(statementId, out var listed))
        {
            listed = keys.Count == 0 ? "it has no claims" : "its claims are " + DiagnosticInfo.List(keys.OrderBy(k => k, StringComparer.Ordinal).ToArray());
            claimLists.Add(statementId, listed);
        }
        return listed;
    }
}
