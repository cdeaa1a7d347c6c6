using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using StatementGen.Model;

namespace StatementGen.Emit;

/// <summary>
/// Works out, from the keys of every statement emitted (in id order, so a statement's position is its
/// ordinal in the table), every index the queries read: the chronological order, the postings per
/// speaker, topic, place and the rest, the bounds for range queries, the relation edges by target and
/// the latest estimate per measure. Each is a list of numbers here, which the emitter lays
/// down as digits.
/// </summary>
internal sealed class IndexLayout
{
    /// <summary>The type of relation that marks an estimate as updated.</summary>
    private const string UpdatesEstimate = "updates_estimate";

    private IndexLayout(IReadOnlyList<StatementKeys> statements)
    {
        Statements = statements;
    }

    /// <summary>The statements, in id order.</summary>
    public IReadOnlyList<StatementKeys> Statements { get; }

    /// <summary>Statement ordinals in the order said.</summary>
    public int[] Chronological { get; private set; } = Array.Empty<int>();

    /// <summary>Per claim ordinal (statement by statement in id order): its statement's ordinal and its index there.</summary>
    public List<(int Statement, int Index)> ClaimOwners { get; } = new();

    /// <summary>Per relation ordinal (statement by statement in id order): its statement's ordinal and its index there.</summary>
    public List<(int Statement, int Index)> RelationOwners { get; } = new();

    /// <summary>Claim ordinals in the order said: statements in order, each statement's claims in its order.</summary>
    public List<int> ClaimChronological { get; } = new();

    /// <summary>Claims sorted by the last day of their time, then the order said: each as its bounds and its position in <see cref="ClaimChronological"/>.</summary>
    public List<(DateBounds Bounds, int Position)> ClaimsByLatest { get; } = new();

    /// <summary>The estimates' claim ordinals, in the order said.</summary>
    public List<int> Estimates { get; } = new();

    /// <summary>The keyed indexes, by name: each key with its postings, keys in the order first met.</summary>
    public List<(string Name, Postings Postings)> Keyed { get; } = new();

    /// <summary>Every index of <paramref name="statements"/> (in id order).</summary>
    public static IndexLayout Build(IReadOnlyList<StatementKeys> statements, CancellationToken cancellationToken)
    {
        var layout = new IndexLayout(statements);
        layout.Chronological = ChronologicalOrder(statements, cancellationToken);

        var claimBase = new int[statements.Count];
        for (var s = 0; s < statements.Count; s++)
        {
            claimBase[s] = layout.ClaimOwners.Count;
            for (var c = 0; c < statements[s].Claims.Count; c++) layout.ClaimOwners.Add((s, c));
            for (var r = 0; r < statements[s].Relations.Count; r++) layout.RelationOwners.Add((s, r));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var bySpeaker = new Postings();
        var byOnBehalfOf = new Postings();
        var byTopic = new Postings();
        var byPlace = new Postings();
        var bySource = new Postings();
        var claimsByMeasure = new Postings();
        var claimsByTopic = new Postings();
        var claimsByPlace = new Postings();
        var estimatesByTopic = new Postings();
        var claimBounds = new List<DateBounds>();
        foreach (var s in layout.Chronological)
        {
            var statement = statements[s];
            bySpeaker.Add(statement.Speaker, s);
            if (statement.OnBehalfOf is { } onBehalfOf) byOnBehalfOf.Add(onBehalfOf, s);
            foreach (var source in statement.Sources) bySource.Add(source, s);
            for (var c = 0; c < statement.Claims.Count; c++)
            {
                var claim = statement.Claims[c];
                var ordinal = claimBase[s] + c;
                layout.ClaimChronological.Add(ordinal);
                claimBounds.Add(claim.When ?? statement.Said);
                if (claim.Topic is { } topic)
                {
                    byTopic.Add(topic, s);
                    claimsByTopic.Add(topic, ordinal);
                    if (claim.IsEstimate) estimatesByTopic.Add(topic, ordinal);
                }
                if (claim.Measure is { } measure) claimsByMeasure.Add(measure, ordinal);
                if (claim.IsEstimate) layout.Estimates.Add(ordinal);
                foreach (var place in claim.Places)
                {
                    byPlace.Add(place, s);
                    claimsByPlace.Add(place, ordinal);
                }
            }
            if (statement.Venue is { } venue) byPlace.Add(venue, s);
        }

        // Claims by the last day of their time (open counts as last), ties in the order said, for the
        // range query's halving.
        var positions = Enumerable.Range(0, claimBounds.Count).ToArray();
        Array.Sort(positions, (a, b) =>
        {
            var byLatest = LatestKey(claimBounds[a]).CompareTo(LatestKey(claimBounds[b]));
            return byLatest != 0 ? byLatest : a.CompareTo(b);
        });
        foreach (var position in positions) layout.ClaimsByLatest.Add((claimBounds[position], position));

        // The latest estimate per measure: the last said of its estimates that no relation updates.
        var updated = new HashSet<string>(statements.SelectMany(s => s.Relations).Where(r => r.Type == UpdatesEstimate).Select(r => r.To), StringComparer.Ordinal);
        var latestEstimate = new Dictionary<string, int>(StringComparer.Ordinal);
        var measures = new List<string>();
        foreach (var ordinal in layout.Estimates)
        {
            var (s, c) = layout.ClaimOwners[ordinal];
            if (statements[s].Claims[c].Measure is not { } measure || updated.Contains(statements[s].Id + "#" + statements[s].Claims[c].Key)) continue;
            if (!latestEstimate.ContainsKey(measure)) measures.Add(measure);
            latestEstimate[measure] = ordinal;
        }
        var latest = new Postings();
        foreach (var measure in measures) latest.Add(measure, latestEstimate[measure]);

        // Relation edges by target, in the order of all relations. (Those from an origin are all stored
        // in the origin's own statement, so that way needs no index.)
        var to = new Postings();
        for (var r = 0; r < layout.RelationOwners.Count; r++)
        {
            var (s, i) = layout.RelationOwners[r];
            to.Add(statements[s].Relations[i].To, r);
        }

        layout.Keyed.Add(("StatementsBySpeaker", bySpeaker));
        layout.Keyed.Add(("StatementsByOnBehalfOf", byOnBehalfOf));
        layout.Keyed.Add(("StatementsByTopic", byTopic));
        layout.Keyed.Add(("StatementsByPlace", byPlace));
        layout.Keyed.Add(("StatementsBySource", bySource));
        layout.Keyed.Add(("ClaimsByMeasure", claimsByMeasure));
        layout.Keyed.Add(("ClaimsByTopic", claimsByTopic));
        layout.Keyed.Add(("ClaimsByPlace", claimsByPlace));
        layout.Keyed.Add(("EstimatesByTopic", estimatesByTopic));
        layout.Keyed.Add(("LatestEstimate", latest));
        layout.Keyed.Add(("RelationsTo", to));
        return layout;
    }

    /// <summary>The last day as <c>Chronology.Compare</c> orders it: an open end counts as the latest date there is.</summary>
    public static int LatestKey(DateBounds bounds) => DayKey(bounds.Latest ?? new SimpleDate(9999, 12, 31));

    /// <summary>The first day as <c>Chronology.Compare</c> orders it: an open start counts as the earliest date there is.</summary>
    public static int EarliestKey(DateBounds bounds) => DayKey(bounds.Earliest ?? new SimpleDate(1, 1, 1));

    /// <summary>A date as a number that sorts as the date does (the runtime reads it back the same way).</summary>
    public static int DayKey(SimpleDate date) => (date.Year * 512) + (date.Month * 32) + date.Day;

    /// <summary>
    /// The order said: by the last day (open last), then the first day (open first); among statements
    /// with the same two, a statement whose occasion says it came <c>before</c> another's occasion
    /// comes before it, directly or through a chain of such, and otherwise the smaller id comes first.
    /// That is the order <c>Chronology.Compare</c> gives wherever it is consistent; where it is not
    /// (A's occasion before B's while ids put B before some C before A), the chain decides.
    /// </summary>
    internal static int[] ChronologicalOrder(IReadOnlyList<StatementKeys> statements, CancellationToken cancellationToken)
    {
        var order = Enumerable.Range(0, statements.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byLatest = LatestKey(statements[a].Said).CompareTo(LatestKey(statements[b].Said));
            if (byLatest != 0) return byLatest;
            var byEarliest = EarliestKey(statements[a].Said).CompareTo(EarliestKey(statements[b].Said));
            return byEarliest != 0 ? byEarliest : a.CompareTo(b);
        });

        var result = new int[order.Length];
        var start = 0;
        while (start < order.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = start + 1;
            while (end < order.Length
                   && LatestKey(statements[order[end]].Said) == LatestKey(statements[order[start]].Said)
                   && EarliestKey(statements[order[end]].Said) == EarliestKey(statements[order[start]].Said))
            {
                end++;
            }
            OrderTies(statements, order, start, end, result);
            start = end;
        }
        return result;
    }

    /// <summary>
    /// Orders statements that said-time cannot tell apart (<paramref name="order"/>[start..end), in id
    /// order): repeatedly the smallest id none of the rest must follow; should occasions form a loop
    /// (the validator refuses one), the smallest id left breaks it.
    /// </summary>
    private static void OrderTies(IReadOnlyList<StatementKeys> statements, int[] order, int start, int end, int[] result)
    {
        if (end - start == 1)
        {
            result[start] = order[start];
            return;
        }

        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            if (statements[order[i]].OccasionKey is not { } key) continue;
            if (!byKey.TryGetValue(key, out var members)) byKey[key] = members = new List<int>();
            members.Add(order[i]);
        }

        var waiting = new Dictionary<int, int>();
        var after = new Dictionary<int, List<int>>();
        for (var i = start; i < end; i++)
        {
            var s = order[i];
            waiting[s] = 0;
        }
        for (var i = start; i < end; i++)
        {
            var s = order[i];
            if (statements[s].OccasionBefore is not { } before || !byKey.TryGetValue(before, out var targets)) continue;
            foreach (var target in targets)
            {
                if (target == s) continue;
                if (!after.TryGetValue(s, out var list)) after[s] = list = new List<int>();
                list.Add(target);
                waiting[target]++;
            }
        }

        var ready = new SortedSet<int>(waiting.Where(w => w.Value == 0).Select(w => w.Key));
        var left = new SortedSet<int>(waiting.Keys);
        var at = start;
        while (left.Count > 0)
        {
            var next = ready.Count > 0 ? ready.Min : left.Min;
            ready.Remove(next);
            left.Remove(next);
            result[at++] = next;
            if (!after.TryGetValue(next, out var followers)) continue;
            foreach (var follower in followers)
            {
                if (!left.Contains(follower)) continue;
                if (--waiting[follower] == 0) ready.Add(follower);
            }
        }
    }
}

/// <summary>Keys, each with its list of ordinals, in the order the keys were first added.</summary>
internal sealed class Postings
{
    private readonly Dictionary<string, List<int>> byKey = new(StringComparer.Ordinal);

    /// <summary>The keys in the order first added, with their ordinals.</summary>
    public List<(string Key, List<int> Ordinals)> Entries { get; } = new();

    /// <summary>Adds <paramref name="ordinal"/> under <paramref name="key"/>, unless it is already the last one there.</summary>
    public void Add(string key, int ordinal)
    {
        if (!byKey.TryGetValue(key, out var list))
        {
            list = new List<int>();
            byKey.Add(key, list);
            Entries.Add((key, list));
        }
        if (list.Count == 0 || list[list.Count - 1] != ordinal) list.Add(ordinal);
    }

    /// <summary>Every ordinal of every key.</summary>
    public int Total => Entries.Sum(e => e.Ordinals.Count);
}
