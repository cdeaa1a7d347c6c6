using System.Linq;

namespace StatementGen.Generated;

/// <summary>Anything in the corpus that has an id: an entity file or a claim.</summary>
public interface IEntity
{
    /// <summary>The id, with its kind.</summary>
    global::StatementGen.Generated.EntityId EntityId { get; }
}

/// <summary>A likelihood range, as fractions between 0 and 1.</summary>
/// <param name="Low">The lower end.</param>
/// <param name="High">The upper end.</param>
public readonly record struct LikelihoodRange(double Low, double High);

/// <summary>The computed bounds of a quantity.</summary>
public sealed partial record Quantity
{
    /// <summary>
    /// The lower bound the qualifier gives: the value for exact, at_least, more_than and range; null
    /// otherwise (approximate and unspecified give no hard bound).
    /// </summary>
    public decimal? Lower => Qualifier switch
    {
        global::StatementGen.Generated.QuantityQualifier.Exact or global::StatementGen.Generated.QuantityQualifier.AtLeast or global::StatementGen.Generated.QuantityQualifier.MoreThan or global::StatementGen.Generated.QuantityQualifier.Range => Value,
        _ => null,
    };

    /// <summary>The upper bound: the value for exact, at_most, up_to and fewer_than, the high value for range; null otherwise.</summary>
    public decimal? Upper => Qualifier switch
    {
        global::StatementGen.Generated.QuantityQualifier.Exact or global::StatementGen.Generated.QuantityQualifier.AtMost or global::StatementGen.Generated.QuantityQualifier.UpTo or global::StatementGen.Generated.QuantityQualifier.FewerThan => Value,
        global::StatementGen.Generated.QuantityQualifier.Range => High,
        _ => null,
    };

    /// <summary>False when the lower bound itself is excluded (more_than).</summary>
    public bool LowerInclusive => Qualifier != global::StatementGen.Generated.QuantityQualifier.MoreThan;

    /// <summary>False when the upper bound itself is excluded (fewer_than).</summary>
    public bool UpperInclusive => Qualifier != global::StatementGen.Generated.QuantityQualifier.FewerThan;
}

/// <summary>Date arithmetic on a resolved time.</summary>
public sealed partial record TimeRef
{
    /// <summary>
    /// Whether the time could fall within <paramref name="from"/>..<paramref name="to"/> (both included):
    /// its Earliest..Latest overlaps the range; an open end reaches as far as it needs.
    /// </summary>
    public bool Overlaps(global::System.DateOnly from, global::System.DateOnly to)
        => (Earliest ?? global::System.DateOnly.MinValue) <= to && (Latest ?? global::System.DateOnly.MaxValue) >= from;
}

/// <summary>Navigation from a claim.</summary>
public sealed partial record Claim : global::StatementGen.Generated.IEntity
{
    global::StatementGen.Generated.EntityId global::StatementGen.Generated.IEntity.EntityId => Id;

    /// <summary>The statement that makes this claim.</summary>
    public global::StatementGen.Generated.Statement Statement => global::StatementGen.Generated.Statements.Get(StatementId);

    /// <summary>The time the claim is about, or else when it was said.</summary>
    public global::StatementGen.Generated.TimeRef Time => When ?? Statement.Said;

    /// <summary>The places and polities the claim names, in <c>where</c> and in its condition's <c>where</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.EntityId> NamedPlaces => Where.Concat(Condition?.Where ?? global::System.Array.Empty<global::StatementGen.Generated.PlaceRole>()).Select(p => p.Ref).Distinct().ToArray();

    /// <summary>Relations that point at this claim (what updates, corroborates or responds to it).</summary>
    public global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Relation> Incoming => global::StatementGen.Generated.RelationGraph.To(Id);

    /// <summary>Relations that start from this claim.</summary>
    public global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Relation> Outgoing => global::StatementGen.Generated.RelationGraph.From(Id);
}

/// <summary>Navigation from a statement.</summary>
public sealed partial record Statement
{
    /// <summary>Relations that point at this statement as a whole.</summary>
    public global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Relation> Incoming => global::StatementGen.Generated.RelationGraph.To(Id);

    /// <summary>Every relation this statement stores (the same as <see cref="Relations"/>).</summary>
    public global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Relation> Outgoing => Relations;
}

/// <summary>Orders statements by when they were said.</summary>
public static class Chronology
{
    /// <summary>
    /// Compares two statements by when they were said: the one that must have ended first comes
    /// first (an open end counts as latest), then the earlier start (an open start counts as earliest),
    /// then an occasion that says it came <c>before</c> the other's, then the id.
    /// </summary>
    /// <remarks>
    /// Among statements said at the same time, the occasion and id tie-breaks together need not be a
    /// consistent order (A's occasion came before B's while the ids put B before some C and C before A).
    /// <see cref="Statements.Chronological"/> is this order wherever it is consistent; among statements
    /// said at the same time, it takes, again and again, the smallest id that no statement left must
    /// precede by a chain of <c>before</c> occasions.
    /// </remarks>
    public static int Compare(global::StatementGen.Generated.Statement a, global::StatementGen.Generated.Statement b)
    {
        var byLatest = (a.Said.Latest ?? global::System.DateOnly.MaxValue).CompareTo(b.Said.Latest ?? global::System.DateOnly.MaxValue);
        if (byLatest != 0) return byLatest;
        var byEarliest = (a.Said.Earliest ?? global::System.DateOnly.MinValue).CompareTo(b.Said.Earliest ?? global::System.DateOnly.MinValue);
        if (byEarliest != 0) return byEarliest;
        if (a.Occasion?.Before is { } aBefore && aBefore == b.Occasion?.Key) return -1;
        if (b.Occasion?.Before is { } bBefore && bBefore == a.Occasion?.Key) return 1;
        return string.CompareOrdinal(a.Id.Value, b.Id.Value);
    }

    /// <summary>A comparer for <see cref="Compare"/>.</summary>
    public static global::System.Collections.Generic.IComparer<global::StatementGen.Generated.Statement> Comparer { get; } = global::System.Collections.Generic.Comparer<global::StatementGen.Generated.Statement>.Create(Compare);
}

/// <summary>Queries over statements, read from the indexes laid down at compile time.</summary>
public static partial class Statements
{
    /// <summary>
    /// Every statement in the order it was said (see <see cref="global::StatementGen.Generated.Chronology.Compare"/>);
    /// each is decoded when it is first read.
    /// </summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> Chronological => Indexes.InOrderSaid.List;

    /// <summary>Statements whose speaker is <paramref name="speaker"/> (a person, organisation or polity), in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> BySpeaker(global::StatementGen.Generated.EntityId speaker)
        => Indexes.Keyed(global::StatementGen.Generated.CorpusIndexData.StatementsBySpeakerSlots, global::StatementGen.Generated.CorpusIndexData.StatementsBySpeakerSlotWidth, global::StatementGen.Generated.CorpusIndexData.StatementsBySpeakerEntries, global::StatementGen.Generated.CorpusIndexData.StatementsBySpeakerPostings, Indexes.Key(speaker.Value), ref Indexes.BySpeaker);

    /// <summary>Statements made on behalf of <paramref name="organisation"/> (an organisation or polity), in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> ByOnBehalfOf(global::StatementGen.Generated.EntityId organisation)
        => Indexes.Keyed(global::StatementGen.Generated.CorpusIndexData.StatementsByOnBehalfOfSlots, global::StatementGen.Generated.CorpusIndexData.StatementsByOnBehalfOfSlotWidth, global::StatementGen.Generated.CorpusIndexData.StatementsByOnBehalfOfEntries, global::StatementGen.Generated.CorpusIndexData.StatementsByOnBehalfOfPostings, Indexes.Key(organisation.Value), ref Indexes.ByOnBehalfOf);

    /// <summary>Statements with at least one claim on <paramref name="topic"/>, in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> ByTopic(string topic)
        => Indexes.Keyed(global::StatementGen.Generated.CorpusIndexData.StatementsByTopicSlots, global::StatementGen.Generated.CorpusIndexData.StatementsByTopicSlotWidth, global::StatementGen.Generated.CorpusIndexData.StatementsByTopicEntries, global::StatementGen.Generated.CorpusIndexData.StatementsByTopicPostings, Indexes.Key(topic), ref Indexes.ByTopic);

    /// <summary>Statements that name <paramref name="place"/> in a claim, a condition or as the occasion's venue, in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> ByPlace(global::StatementGen.Generated.EntityId place)
        => Indexes.Keyed(global::StatementGen.Generated.CorpusIndexData.StatementsByPlaceSlots, global::StatementGen.Generated.CorpusIndexData.StatementsByPlaceSlotWidth, global::StatementGen.Generated.CorpusIndexData.StatementsByPlaceEntries, global::StatementGen.Generated.CorpusIndexData.StatementsByPlacePostings, Indexes.Key(place.Value), ref Indexes.ByPlace);

    /// <summary>Statements rendered by <paramref name="source"/>, in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> BySource(global::StatementGen.Generated.SourceId source)
        => Indexes.Keyed(global::StatementGen.Generated.CorpusIndexData.StatementsBySourceSlots, global::StatementGen.Generated.CorpusIndexData.StatementsBySourceSlotWidth, global::StatementGen.Generated.CorpusIndexData.StatementsBySourceEntries, global::StatementGen.Generated.CorpusIndexData.StatementsBySourcePostings, Indexes.Key(source.Value), ref Indexes.BySource);

    /// <summary>Statements that may have been said within <paramref name="from"/>..<paramref name="to"/> (overlap of Earliest..Latest), in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> Between(global::System.DateOnly from, global::System.DateOnly to)
    {
        // The order said sorts by the last day first, so the first candidate (the first last day on
        // or after the start) is found by halving, and so is the end of the candidates: a statement
        // whose last day is past the range's end by more than any statement's reach (its last day's
        // code less its first's) has its first day past the end too. Between them, the first day
        // decides. Each statement's two days lie side by side.
        var bounds = new global::StatementGen.Generated.CorpusIndexReader(global::StatementGen.Generated.CorpusIndexData.StatementBounds);
        var order = new global::StatementGen.Generated.CorpusIndexReader(global::StatementGen.Generated.CorpusIndexData.StatementOrder);
        var fromCode = global::StatementGen.Generated.CorpusIndex.FromCode(from);
        var toCode = global::StatementGen.Generated.CorpusIndex.ToCode(to);
        var low = bounds.FirstPast(8, 0, bounds.Length / 8, fromCode - 1);
        var count = bounds.FirstPast(8, low, bounds.Length / 8, toCode + global::StatementGen.Generated.CorpusIndexData.StatementReach);

        // Counted first, then made: no list to grow.
        var matches = 0;
        for (var i = low; i < count; i++)
        {
            if (bounds.Date((i * 8) + 4) <= toCode) matches++;
        }
        var found = new global::StatementGen.Generated.Statement[matches];
        for (int i = low, made = 0; made < matches; i++)
        {
            if (bounds.Date((i * 8) + 4) <= toCode) found[made++] = All[order.At(i)];
        }
        return found;
    }

    /// <summary>
    /// What the queries keep: the results of each keyed query, made on first use per key; and how a
    /// statement is reached by its ordinal (its place in <see cref="All"/>).
    /// </summary>
    internal static class Indexes
    {
        internal static global::StatementGen.Generated.Statement[]?[]? BySpeaker;
        internal static global::StatementGen.Generated.Statement[]?[]? ByOnBehalfOf;
        internal static global::StatementGen.Generated.Statement[]?[]? ByTopic;
        internal static global::StatementGen.Generated.Statement[]?[]? ByPlace;
        internal static global::StatementGen.Generated.Statement[]?[]? BySource;

        /// <summary>The statement with this ordinal.</summary>
        internal static global::StatementGen.Generated.Statement ByOrdinal(int ordinal) => All[ordinal];

        /// <summary>
        /// The statements a keyed index gives for <paramref name="key"/>, made once per key and then kept in
        /// <paramref name="cache"/> (one place per slot); an empty array when the key is not there. Typed
        /// for statements, so the first query compiles no shared generic code and makes no delegate; the
        /// generic <c>CorpusIndex.Records</c> of a keyed index does the same for other records, so a change
        /// to one is a change to both.
        /// </summary>
        internal static global::StatementGen.Generated.Statement[] Keyed(global::StatementGen.Generated.CorpusIndexText slots, int slotWidth, global::StatementGen.Generated.CorpusIndexText entries, global::StatementGen.Generated.CorpusIndexText postings, string key, ref global::StatementGen.Generated.Statement[]?[]? cache)
        {
            var slot = global::StatementGen.Generated.CorpusIndex.Find(slots, slotWidth, entries, key, out var start, out var count);
            if (slot < 0) return global::System.Array.Empty<global::StatementGen.Generated.Statement>();
            var kept = global::System.Threading.Volatile.Read(ref cache) ?? global::System.Threading.Interlocked.CompareExchange(ref cache, new global::StatementGen.Generated.Statement[]?[slots.Length / slotWidth], null) ?? cache!;
            if (global::System.Threading.Volatile.Read(ref kept[slot]) is { } found) return found;
            var made = new global::StatementGen.Generated.Statement[count];
            var ordinals = new global::StatementGen.Generated.CorpusIndexReader(postings);
            for (var i = 0; i < count; i++) made[i] = All[ordinals.At(start + i)];
            global::System.Threading.Volatile.Write(ref kept[slot], made);
            return made;
        }

        /// <summary>Every statement in the order said, made on first use rather than with the rest of <see cref="Statements"/>.</summary>
        internal static class InOrderSaid
        {
            /// <summary>The list <see cref="Chronological"/> gives.</summary>
            internal static readonly global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> List =
                new global::StatementGen.Generated.OrdinalList<global::StatementGen.Generated.Statement>(global::StatementGen.Generated.CorpusIndex.Count(global::StatementGen.Generated.CorpusIndexData.StatementOrder), static i => All[global::StatementGen.Generated.CorpusIndex.At(global::StatementGen.Generated.CorpusIndexData.StatementOrder, i)]);
        }

        /// <summary>A key to look up: a null one is refused, as a dictionary refuses it.</summary>
        internal static string Key(string key) => key ?? throw new global::System.ArgumentNullException(nameof(key));
    }
}

/// <summary>Every claim of every statement, and queries over them, read from the indexes laid down at compile time.</summary>
public static class Claims
{
    /// <summary>Every claim, statement by statement in id order, in the order each statement lists them; each is decoded when it is first read.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Claim> All { get; } =
        new global::StatementGen.Generated.OrdinalList<global::StatementGen.Generated.Claim>(global::StatementGen.Generated.CorpusIndexData.ClaimOwners.Length / (2 * global::StatementGen.Generated.CorpusIndexData.Width), ByOrdinal);

    /// <summary>The claim with this id (<c>stmt:…#key</c>), or null.</summary>
    public static global::StatementGen.Generated.Claim? Find(string id)
    {
        if (id is null) throw new global::System.ArgumentNullException(nameof(id));
        var hash = id.IndexOf('#');
        if (hash < 0 || global::StatementGen.Generated.Statements.Find(id.Substring(0, hash)) is not { } statement) return null;
        foreach (var claim in statement.Claims)
        {
            if (claim.Key.Length == id.Length - hash - 1 && string.CompareOrdinal(claim.Key, 0, id, hash + 1, claim.Key.Length) == 0) return claim;
        }
        return null;
    }

    /// <summary>The claim with this id; throws <see cref="global::System.Collections.Generic.KeyNotFoundException"/> when there is none.</summary>
    public static global::StatementGen.Generated.Claim Get(global::StatementGen.Generated.ClaimId id) => Find(id.Value) ?? throw new global::System.Collections.Generic.KeyNotFoundException("No claim '" + id.Value + "' in the corpus.");

    /// <summary>Claims about <paramref name="measure"/> (e.g. troops_present), in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Claim> ByMeasure(string measure)
        => measure is null
            ? InOrderSaid().Where(c => c.Measure is null).ToArray()
            : Keyed(global::StatementGen.Generated.CorpusIndexData.ClaimsByMeasureSlots, global::StatementGen.Generated.CorpusIndexData.ClaimsByMeasureSlotWidth, global::StatementGen.Generated.CorpusIndexData.ClaimsByMeasureEntries, global::StatementGen.Generated.CorpusIndexData.ClaimsByMeasurePostings, measure);

    /// <summary>Claims on <paramref name="topic"/>, in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Claim> ByTopic(string topic)
        => topic is null
            ? InOrderSaid().Where(c => c.Topic is null).ToArray()
            : Keyed(global::StatementGen.Generated.CorpusIndexData.ClaimsByTopicSlots, global::StatementGen.Generated.CorpusIndexData.ClaimsByTopicSlotWidth, global::StatementGen.Generated.CorpusIndexData.ClaimsByTopicEntries, global::StatementGen.Generated.CorpusIndexData.ClaimsByTopicPostings, topic);

    /// <summary>Claims that name <paramref name="place"/>, in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Claim> ByPlace(global::StatementGen.Generated.EntityId place)
        => place.Value is null
            ? global::System.Array.Empty<global::StatementGen.Generated.Claim>()
            : Keyed(global::StatementGen.Generated.CorpusIndexData.ClaimsByPlaceSlots, global::StatementGen.Generated.CorpusIndexData.ClaimsByPlaceSlotWidth, global::StatementGen.Generated.CorpusIndexData.ClaimsByPlaceEntries, global::StatementGen.Generated.CorpusIndexData.ClaimsByPlacePostings, place.Value).Where(c => c.NamedPlaces.Contains(place)).ToArray();

    /// <summary>Claims whose time (<see cref="global::StatementGen.Generated.Claim.Time"/>) overlaps <paramref name="from"/>..<paramref name="to"/>, in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Claim> Between(global::System.DateOnly from, global::System.DateOnly to)
    {
        // Claims sorted by the last day of their time: the candidates are found by halving, from the
        // first last day on or after the start to the last within the range's end and the widest reach
        // of any claim (as Statements.Between finds them), the first day decides between them; the
        // matches are then put back in the order said.
        var bounds = new global::StatementGen.Generated.CorpusIndexReader(global::StatementGen.Generated.CorpusIndexData.ClaimBounds);
        var width = global::StatementGen.Generated.CorpusIndexData.Width;
        var size = 8 + width;
        var fromCode = global::StatementGen.Generated.CorpusIndex.FromCode(from);
        var toCode = global::StatementGen.Generated.CorpusIndex.ToCode(to);
        var low = bounds.FirstPast(size, 0, bounds.Length / size, fromCode - 1);
        var count = bounds.FirstPast(size, low, bounds.Length / size, toCode + global::StatementGen.Generated.CorpusIndexData.ClaimReach);

        var positions = new global::System.Collections.Generic.List<int>();
        for (var i = low; i < count; i++)
        {
            if (bounds.Date((i * size) + 4) <= toCode) positions.Add(bounds.Digits((i * size) + 8, width));
        }
        positions.Sort();
        var order = new global::StatementGen.Generated.CorpusIndexReader(global::StatementGen.Generated.CorpusIndexData.ClaimOrder);
        var found = new global::StatementGen.Generated.Claim[positions.Count];
        for (var i = 0; i < found.Length; i++) found[i] = ByOrdinal(order.At(positions[i]));
        return found;
    }

    /// <summary>
    /// Every estimate: a claim with a quantity that counts something in its own right (not a part of
    /// another claim's quantity), optionally on one topic, in the order said.
    /// </summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Claim> Estimates(string? topic = null)
    {
        if (topic is not null) return Keyed(global::StatementGen.Generated.CorpusIndexData.EstimatesByTopicSlots, global::StatementGen.Generated.CorpusIndexData.EstimatesByTopicSlotWidth, global::StatementGen.Generated.CorpusIndexData.EstimatesByTopicEntries, global::StatementGen.Generated.CorpusIndexData.EstimatesByTopicPostings, topic);
        var estimates = global::StatementGen.Generated.CorpusIndexData.Estimates;
        return global::StatementGen.Generated.CorpusIndex.Records(estimates, 0, global::StatementGen.Generated.CorpusIndex.Count(estimates), ByOrdinal);
    }

    /// <summary>
    /// The latest estimate of <paramref name="measure"/>: among its estimates, those no other claim
    /// updates (<c>updates_estimate</c>), the last said; null when there is none.
    /// </summary>
    public static global::StatementGen.Generated.Claim? LatestEstimate(string measure)
    {
        if (measure is null) return Estimates().Where(c => c.Measure is null && !c.Incoming.Any(r => r.Type == global::StatementGen.Generated.RelationType.UpdatesEstimate)).LastOrDefault();
        var found = Keyed(global::StatementGen.Generated.CorpusIndexData.LatestEstimateSlots, global::StatementGen.Generated.CorpusIndexData.LatestEstimateSlotWidth, global::StatementGen.Generated.CorpusIndexData.LatestEstimateEntries, global::StatementGen.Generated.CorpusIndexData.LatestEstimatePostings, measure);
        return found.Length == 0 ? null : found[0];
    }

    /// <summary>The claim with this ordinal (its place in <see cref="All"/>).</summary>
    internal static global::StatementGen.Generated.Claim ByOrdinal(int ordinal)
    {
        var (statement, index) = global::StatementGen.Generated.CorpusIndex.Owner(global::StatementGen.Generated.CorpusIndexData.ClaimOwners, ordinal);
        return global::StatementGen.Generated.Statements.Indexes.ByOrdinal(statement).Claims[index];
    }

    /// <summary>Every claim in the order said, each decoded as it is reached.</summary>
    private static global::System.Collections.Generic.IEnumerable<global::StatementGen.Generated.Claim> InOrderSaid()
    {
        var count = global::StatementGen.Generated.CorpusIndex.Count(global::StatementGen.Generated.CorpusIndexData.ClaimOrder);
        for (var i = 0; i < count; i++) yield return ByOrdinal(global::StatementGen.Generated.CorpusIndex.At(global::StatementGen.Generated.CorpusIndexData.ClaimOrder, i));
    }

    private static global::StatementGen.Generated.Claim[] Keyed(global::StatementGen.Generated.CorpusIndexText slots, int slotWidth, global::StatementGen.Generated.CorpusIndexText entries, global::StatementGen.Generated.CorpusIndexText postings, string key)
        => global::StatementGen.Generated.CorpusIndex.Find(slots, slotWidth, entries, key, out var start, out var count) < 0
            ? global::System.Array.Empty<global::StatementGen.Generated.Claim>()
            : global::StatementGen.Generated.CorpusIndex.Records(postings, start, count, ByOrdinal);
}

/// <summary>The relation graph, both ways, read from the indexes laid down at compile time.</summary>
public static class RelationGraph
{
    /// <summary>Every relation, statement by statement in id order; each is decoded when it is first read.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Relation> All { get; } =
        new global::StatementGen.Generated.OrdinalList<global::StatementGen.Generated.Relation>(global::StatementGen.Generated.CorpusIndexData.RelationOwners.Length / (2 * global::StatementGen.Generated.CorpusIndexData.Width), ByOrdinal);

    /// <summary>Relations that start at <paramref name="origin"/>: a claim (its <c>from</c>), or a statement (relations with no <c>from</c>).</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Relation> From(global::StatementGen.Generated.EntityId origin)
    {
        // A relation is stored by the statement it starts from (or whose claim it starts from), so that
        // statement alone is read.
        var value = origin.Value ?? throw new global::System.ArgumentNullException(nameof(origin));
        var hash = value.IndexOf('#');
        if (global::StatementGen.Generated.Statements.Find(hash < 0 ? value : value.Substring(0, hash)) is not { } statement) return global::System.Array.Empty<global::StatementGen.Generated.Relation>();
        return statement.Relations.Where(r => r.Origin.Value == value).ToArray();
    }

    /// <summary>Relations that point at <paramref name="target"/> exactly: a statement, a claim or an event.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Relation> To(global::StatementGen.Generated.EntityId target)
        => global::StatementGen.Generated.CorpusIndex.Records(global::StatementGen.Generated.CorpusIndexData.RelationsToSlots, global::StatementGen.Generated.CorpusIndexData.RelationsToSlotWidth, global::StatementGen.Generated.CorpusIndexData.RelationsToEntries, global::StatementGen.Generated.CorpusIndexData.RelationsToPostings, target.Value ?? throw new global::System.ArgumentNullException(nameof(target)), ByOrdinal, ref Kept.To);

    /// <summary>The relation with this ordinal (its place in <see cref="All"/>).</summary>
    private static global::StatementGen.Generated.Relation ByOrdinal(int ordinal)
    {
        var (statement, index) = global::StatementGen.Generated.CorpusIndex.Owner(global::StatementGen.Generated.CorpusIndexData.RelationOwners, ordinal);
        return global::StatementGen.Generated.Statements.Indexes.ByOrdinal(statement).Relations[index];
    }

    /// <summary>The relations of each target, made on first use per key and then kept.</summary>
    private static class Kept
    {
        internal static global::StatementGen.Generated.Relation[]?[]? To;
    }
}

/// <summary>Looks up any id in the corpus.</summary>
public static partial class Corpus
{
    /// <summary>The entity or claim with <paramref name="id"/>, or null.</summary>
    public static global::StatementGen.Generated.IEntity? Find(global::StatementGen.Generated.EntityId id) => Find(id.Value);

    /// <summary>
    /// A name to show for <paramref name="id"/>: the name of a person, organisation, polity, place or
    /// event, a source's title; otherwise (and for an id not in the corpus) the id itself.
    /// </summary>
    public static string DisplayName(global::StatementGen.Generated.EntityId id) => Find(id.Value) switch
    {
        global::StatementGen.Generated.Person person => person.Name,
        global::StatementGen.Generated.Org org => org.Name,
        global::StatementGen.Generated.Polity polity => polity.Name,
        global::StatementGen.Generated.Place place => place.Name,
        global::StatementGen.Generated.Event @event => @event.Name,
        global::StatementGen.Generated.Source { Title: { } title } => title,
        _ => id.Value,
    };
}
