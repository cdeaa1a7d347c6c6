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

/// <summary>Queries over statements.</summary>
public static partial class Statements
{
    /// <summary>Every statement in the order it was said (see <see cref="global::StatementGen.Generated.Chronology.Compare"/>).</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> Chronological => Indexes.Chronological;

    /// <summary>Statements whose speaker is <paramref name="speaker"/> (a person, organisation or polity), in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> BySpeaker(global::StatementGen.Generated.EntityId speaker) => Indexes.BySpeaker.Get(speaker.Value);

    /// <summary>Statements made on behalf of <paramref name="organisation"/> (an organisation or polity), in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> ByOnBehalfOf(global::StatementGen.Generated.EntityId organisation) => Indexes.ByOnBehalfOf.Get(organisation.Value);

    /// <summary>Statements with at least one claim on <paramref name="topic"/>, in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> ByTopic(string topic) => Indexes.ByTopic.Get(topic);

    /// <summary>Statements that name <paramref name="place"/> in a claim, a condition or as the occasion's venue, in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> ByPlace(global::StatementGen.Generated.EntityId place) => Indexes.ByPlace.Get(place.Value);

    /// <summary>Statements rendered by <paramref name="source"/>, in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> BySource(global::StatementGen.Generated.SourceId source) => Indexes.BySource.Get(source.Value);

    /// <summary>Statements that may have been said within <paramref name="from"/>..<paramref name="to"/> (overlap of Earliest..Latest), in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> Between(global::System.DateOnly from, global::System.DateOnly to)
    {
        // The chronological order sorts by Latest first, so the first candidate is found by halving;
        // from there on, Earliest decides. The bounds are kept in arrays, beside the statements.
        var latest = Indexes.Latest;
        var earliest = Indexes.Earliest;
        int low = 0, high = latest.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (latest[middle] < from) low = middle + 1;
            else high = middle;
        }

        var found = new global::System.Collections.Generic.List<global::StatementGen.Generated.Statement>();
        for (var i = low; i < latest.Length; i++)
        {
            if (earliest[i] <= to) found.Add(Indexes.Chronological[i]);
        }
        return found.ToArray();
    }

    private static class Indexes
    {
        internal static readonly global::StatementGen.Generated.Statement[] Chronological = All.OrderBy(s => s, global::StatementGen.Generated.Chronology.Comparer).ToArray();
        internal static readonly global::System.DateOnly[] Earliest = Chronological.Select(s => s.Said.Earliest ?? global::System.DateOnly.MinValue).ToArray();
        internal static readonly global::System.DateOnly[] Latest = Chronological.Select(s => s.Said.Latest ?? global::System.DateOnly.MaxValue).ToArray();
        internal static readonly Lookup BySpeaker = new(s => new[] { s.Speaker.Ref.Value });
        internal static readonly Lookup ByOnBehalfOf = new(s => s.Speaker.OnBehalfOf is { } o ? new[] { o.Value } : global::System.Array.Empty<string>());
        internal static readonly Lookup ByTopic = new(s => s.Claims.Select(c => c.Topic).OfType<string>());
        internal static readonly Lookup BySource = new(s => s.Renderings.Select(r => r.Source.Value));
        internal static readonly Lookup ByPlace = new(s => s.Claims.SelectMany(c => c.NamedPlaces).Select(p => p.Value)
            .Concat(s.Occasion?.Venue is { } venue ? new[] { venue.Value } : global::System.Array.Empty<string>()));
    }

    private sealed class Lookup
    {
        private readonly global::System.Collections.Generic.Dictionary<string, global::StatementGen.Generated.Statement[]> map;

        internal Lookup(global::System.Func<global::StatementGen.Generated.Statement, global::System.Collections.Generic.IEnumerable<string>> keys)
            => map = Indexes.Chronological
                .SelectMany(s => keys(s).Distinct().Select(k => (Key: k, Statement: s)))
                .GroupBy(p => p.Key, global::System.StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Statement).ToArray(), global::System.StringComparer.Ordinal);

        internal global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Statement> Get(string key) => map.TryGetValue(key, out var found) ? found : global::System.Array.Empty<global::StatementGen.Generated.Statement>();
    }
}

/// <summary>Every claim of every statement, and queries over them.</summary>
public static class Claims
{
    /// <summary>Every claim, statement by statement in id order, in the order each statement lists them.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Claim> All => Indexes.All;

    /// <summary>The claim with this id (<c>stmt:…#key</c>), or null.</summary>
    public static global::StatementGen.Generated.Claim? Find(string id) => Indexes.ById.TryGetValue(id, out var claim) ? claim : null;

    /// <summary>The claim with this id; throws <see cref="global::System.Collections.Generic.KeyNotFoundException"/> when there is none.</summary>
    public static global::StatementGen.Generated.Claim Get(global::StatementGen.Generated.ClaimId id) => Find(id.Value) ?? throw new global::System.Collections.Generic.KeyNotFoundException("No claim '" + id.Value + "' in the corpus.");

    /// <summary>Claims about <paramref name="measure"/> (e.g. troops_present), in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Claim> ByMeasure(string measure) => Indexes.Chronological.Where(c => c.Measure == measure).ToArray();

    /// <summary>Claims on <paramref name="topic"/>, in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Claim> ByTopic(string topic) => Indexes.Chronological.Where(c => c.Topic == topic).ToArray();

    /// <summary>Claims that name <paramref name="place"/>, in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Claim> ByPlace(global::StatementGen.Generated.EntityId place) => Indexes.Chronological.Where(c => c.NamedPlaces.Contains(place)).ToArray();

    /// <summary>Claims whose time (<see cref="global::StatementGen.Generated.Claim.Time"/>) overlaps <paramref name="from"/>..<paramref name="to"/>, in the order said.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Claim> Between(global::System.DateOnly from, global::System.DateOnly to) => Indexes.Chronological.Where(c => c.Time.Overlaps(from, to)).ToArray();

    /// <summary>
    /// Every estimate: a claim with a quantity that counts something in its own right (not a part of
    /// another claim's quantity), optionally on one topic, in the order said.
    /// </summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Claim> Estimates(string? topic = null)
        => Indexes.Chronological.Where(c => c.Quantity is { FractionOf: null } && (topic is null || c.Topic == topic)).ToArray();

    /// <summary>
    /// The latest estimate of <paramref name="measure"/>: among its estimates, those no other claim
    /// updates (<c>updates_estimate</c>), the last said; null when there is none.
    /// </summary>
    public static global::StatementGen.Generated.Claim? LatestEstimate(string measure)
        => Estimates().Where(c => c.Measure == measure && !c.Incoming.Any(r => r.Type == global::StatementGen.Generated.RelationType.UpdatesEstimate)).LastOrDefault();

    private static class Indexes
    {
        internal static readonly global::StatementGen.Generated.Claim[] All = global::StatementGen.Generated.Statements.All.SelectMany(s => s.Claims).ToArray();
        internal static readonly global::System.Collections.Generic.Dictionary<string, global::StatementGen.Generated.Claim> ById = All.ToDictionary(c => c.Id.Value, global::System.StringComparer.Ordinal);
        internal static readonly global::StatementGen.Generated.Claim[] Chronological = global::StatementGen.Generated.Statements.Chronological.SelectMany(s => s.Claims).ToArray();
    }
}

/// <summary>The relation graph, both ways.</summary>
public static class RelationGraph
{
    /// <summary>Every relation, statement by statement in id order.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Relation> All => Indexes.All;

    /// <summary>Relations that start at <paramref name="origin"/>: a claim (its <c>from</c>), or a statement (relations with no <c>from</c>).</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Relation> From(global::StatementGen.Generated.EntityId origin) => Indexes.From.TryGetValue(origin.Value, out var found) ? found : global::System.Array.Empty<global::StatementGen.Generated.Relation>();

    /// <summary>Relations that point at <paramref name="target"/> exactly: a statement, a claim or an event.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Relation> To(global::StatementGen.Generated.EntityId target) => Indexes.To.TryGetValue(target.Value, out var found) ? found : global::System.Array.Empty<global::StatementGen.Generated.Relation>();

    private static class Indexes
    {
        internal static readonly global::StatementGen.Generated.Relation[] All = global::StatementGen.Generated.Statements.All.SelectMany(s => s.Relations).ToArray();
        internal static readonly global::System.Collections.Generic.Dictionary<string, global::StatementGen.Generated.Relation[]> From = All.GroupBy(r => r.Origin.Value, global::System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), global::System.StringComparer.Ordinal);
        internal static readonly global::System.Collections.Generic.Dictionary<string, global::StatementGen.Generated.Relation[]> To = All.GroupBy(r => r.To.Value, global::System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), global::System.StringComparer.Ordinal);
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
