using System;
using System.Collections.Generic;
using System.Linq;

namespace StatementGen.Parsing;

/// <summary>
/// "Did you mean" hints, bounded in time and memory whatever the input. Only words up to
/// <see cref="MaxWordLength"/> characters are compared (a typo of a long key is not worth a guess),
/// only against candidates of about the same length, with three rows of at most
/// <see cref="MaxWordLength"/> + 1 cells and an early stop; and all the hints of one run draw on one
/// budget of comparison cells, after which no more hints are offered.
/// </summary>
/// <remarks>
/// One instance serves one run (a file's reading, or one validation of the corpus); it is not
/// thread-safe.
/// </remarks>
internal sealed class Suggestions
{
    /// <summary>The longest word, and the longest candidate, compared at all.</summary>
    public const int MaxWordLength = 64;

    /// <summary>Comparison cells (and candidates looked at) one run may spend: a few tens of milliseconds.</summary>
    public const long DefaultBudget = 20_000_000;

    private readonly long budget;
    /// <summary>Made for the first comparison: most runs (a file without a misspelling) never compare.</summary>
    private int[][]? rows;
    private long spent;

    public Suggestions(long budget = DefaultBudget) => this.budget = budget;

    /// <summary>What this run has spent of its budget so far.</summary>
    public long Spent => spent;

    /// <summary>"; did you mean 'speaker'?" for a near miss; else, with <paramref name="listPrefix"/>, the prefix and the candidates, else "".</summary>
    public string Suggest(string actual, IEnumerable<string> candidates, string? listPrefix)
    {
        var all = candidates as IReadOnlyCollection<string> ?? candidates.ToArray();
        var best = Nearest(actual, all);
        if (best is not null) return "; did you mean '" + best + "'?";
        return listPrefix is null ? "" : listPrefix + string.Join(", ", all);
    }

    /// <summary>The candidate closest to <paramref name="actual"/> in edits, if close enough to be a typo; ties go to the first in ordinal order.</summary>
    public string? Nearest(string actual, IEnumerable<string> candidates)
    {
        if (actual.Length > MaxWordLength || spent >= budget) return null;
        var word = actual.ToLowerInvariant();
        var limit = Math.Max(1, Math.Min(3, word.Length / 3));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (++spent > budget) return null;
            if (candidate.Length > MaxWordLength || Math.Abs(candidate.Length - word.Length) > limit) continue;
            spent += (long)word.Length * candidate.Length;
            if (spent > budget) return null;
            var distance = EditDistance(word, candidate, Math.Min(limit, bestDistance));
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>
    /// Edits between two words of at most <see cref="MaxWordLength"/> characters, a swap of neighbours
    /// counting as one (optimal string alignment); returns more than <paramref name="limit"/> as soon
    /// as the words cannot come within it. Three reused rows: the one before last is needed for swaps.
    /// </summary>
    private int EditDistance(string a, string b, int limit)
    {
        rows ??= new[] { new int[MaxWordLength + 1], new int[MaxWordLength + 1], new int[MaxWordLength + 1] };
        var before = rows[0];
        var previous = rows[1];
        var current = rows[2];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, before[j - 2] + 1);
                }
                current[j] = cell;
                rowMinimum = Math.Min(rowMinimum, cell);
            }
            if (rowMinimum > limit) return limit + 1;
            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }
}
