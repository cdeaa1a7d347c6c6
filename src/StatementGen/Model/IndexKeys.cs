namespace StatementGen.Model;

/// <summary>
/// What the compile-time indexes need of one statement, worked out once when the file is encoded:
/// the values the queries look at, as the decoded record will hold them, and nothing else. It holds
/// no location, so an edit that changes none of these values (a quote, a claim's text) leaves it equal
/// and the indexes are not emitted again.
/// </summary>
/// <param name="Id">The statement's id.</param>
/// <param name="Speaker">The speaker's reference (<c>speaker.ref</c>).</param>
/// <param name="OnBehalfOf">The organisation or polity spoken for, or null.</param>
/// <param name="Sources">The source of each rendering, in order.</param>
/// <param name="Said">When it was said, as <c>TimeRef.Earliest</c> and <c>Latest</c> give it.</param>
/// <param name="OccasionKey">The occasion's key, or null.</param>
/// <param name="OccasionBefore">The key of the occasion this one came before, or null.</param>
/// <param name="Venue">The occasion's venue, or null.</param>
/// <param name="Claims">Each claim's keys, in order.</param>
/// <param name="Relations">Each relation's keys, in order.</param>
internal sealed record StatementKeys(
    string Id,
    string Speaker,
    string? OnBehalfOf,
    EquatableArray<string> Sources,
    DateBounds Said,
    string? OccasionKey,
    string? OccasionBefore,
    string? Venue,
    EquatableArray<ClaimKeys> Claims,
    EquatableArray<RelationKeys> Relations);

/// <summary>The first and last day a time covers; null where open or unknown.</summary>
/// <param name="Earliest">The first day, or null.</param>
/// <param name="Latest">The last day, or null.</param>
internal readonly record struct DateBounds(SimpleDate? Earliest, SimpleDate? Latest);

/// <summary>What the indexes need of one claim.</summary>
/// <param name="Key">The claim's key.</param>
/// <param name="Topic">Its topic, or null.</param>
/// <param name="Measure">Its measure, or null.</param>
/// <param name="Places">The places it names (<c>where</c>, then the condition's <c>where</c>), each once, in order.</param>
/// <param name="When">When the claim holds, or null when it says nothing (the statement's time then counts).</param>
/// <param name="IsEstimate">Whether it has a quantity that is not a part of another claim's (<c>fraction_of</c> absent).</param>
internal sealed record ClaimKeys(string Key, string? Topic, string? Measure, EquatableArray<string> Places, DateBounds? When, bool IsEstimate);

/// <summary>What the indexes need of one relation.</summary>
/// <param name="From">The key of the claim it starts from, or null when it starts from the statement.</param>
/// <param name="To">What it points at.</param>
/// <param name="Type">Its type, as spelled in YAML.</param>
internal sealed record RelationKeys(string? From, string To, string Type);
