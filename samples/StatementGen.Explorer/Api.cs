using System.Globalization;
using System.Text.Json.Nodes;
using StatementGen.Generated;

namespace StatementGen.Explorer;

/// <summary>The JSON endpoints: the same queries as the pages, as data.</summary>
internal static class Api
{
    /// <summary>Statements or estimates on one page of <c>/api/statements</c> and <c>/api/estimates</c>.</summary>
    public const int PageSize = 100;

    /// <summary>
    /// Page <paramref name="page"/> (from 1) of <paramref name="items"/>: empty past the last page, which
    /// is decided before any offset is worked out, so a page number near int.MaxValue cannot wrap round.
    /// </summary>
    private static IEnumerable<T> PageOf<T>(IReadOnlyList<T> items, int page)
        => page > (items.Count + PageSize - 1) / PageSize ? [] : items.Skip((page - 1) * PageSize).Take(PageSize);

    /// <summary><c>/api/statements?…</c>: the statements that pass the filters, a page at a time.</summary>
    public static JsonObject Statements(Query query)
    {
        var found = query.Statements();
        return new JsonObject
        {
            ["query"] = query.With(page: 1).ToQueryString(),
            ["total"] = found.Count,
            ["page"] = query.Page,
            ["pageSize"] = PageSize,
            ["statements"] = new JsonArray(PageOf(found, query.Page).Select(s => (JsonNode?)Statement(s)).ToArray()),
        };
    }

    /// <summary>One statement as JSON: who, when, renderings, claims and relations.</summary>
    public static JsonObject Statement(Statement statement) => new()
    {
        ["id"] = statement.Id.Value,
        ["url"] = Describe.PathOf(statement.Id.Value),
        ["kind"] = statement.Kind.ToYaml(),
        ["speaker"] = Entity(statement.Speaker.Ref),
        ["onBehalfOf"] = statement.Speaker.OnBehalfOf is { } behalf ? Entity(behalf) : null,
        ["role"] = statement.Speaker.Role,
        ["said"] = Time(statement.Said),
        ["renderings"] = new JsonArray(statement.Renderings.Select(r => (JsonNode?)new JsonObject
        {
            ["source"] = r.Source.Value,
            ["para"] = r.Para,
            ["mode"] = r.Mode.ToYaml(),
            ["excerpt"] = r.Excerpt,
            ["quote"] = new JsonArray(r.Quote.Select(q => (JsonNode?)q).ToArray()),
            ["fidelity"] = r.Fidelity.ToYaml(),
            ["verified"] = r.Verified,
        }).ToArray()),
        ["claims"] = new JsonArray(statement.Claims.Select(c => (JsonNode?)Claim(c)).ToArray()),
        ["relations"] = new JsonArray(statement.Relations.Select(r => (JsonNode?)new JsonObject
        {
            ["type"] = r.Type.ToYaml(),
            ["from"] = r.Origin.Value,
            ["to"] = r.To.Value,
        }).ToArray()),
    };

    /// <summary><c>/api/estimates?measure=…|topic=…</c>: the estimates in the order said, with what each updates, a page at a time.</summary>
    public static JsonObject Estimates(Query query)
    {
        var estimates = Pages.EstimatesOf(query);
        return new JsonObject
        {
            ["query"] = query.With(page: 1).ToQueryString(),
            ["total"] = estimates.Count,
            ["page"] = query.Page,
            ["pageSize"] = PageSize,
            ["estimates"] = new JsonArray(PageOf(estimates, query.Page).Select(c => (JsonNode?)Claim(c)).ToArray()),
        };
    }

    private static JsonObject Claim(Claim claim) => new()
    {
        ["id"] = claim.Id.Value,
        ["statement"] = claim.StatementId.Value,
        ["speaker"] = claim.Statement.Speaker.Ref.Value,
        ["said"] = claim.Statement.Said.Edtf,
        ["type"] = claim.Type.ToYaml(),
        ["text"] = claim.Text,
        ["topic"] = claim.Topic,
        ["measure"] = claim.Measure,
        ["quantity"] = claim.Quantity is { } q ? new JsonObject
        {
            ["value"] = q.Value,
            ["high"] = q.High,
            ["unit"] = q.Unit,
            ["qualifier"] = q.Qualifier.ToYaml(),
            ["disclosed"] = q.Disclosed,
            ["lower"] = q.Lower,
            ["upper"] = q.Upper,
        } : null,
        ["certainty"] = claim.Stance.Certainty.ToYaml(),
        ["icd203"] = claim.Stance.Icd203?.ToYaml(),
        ["updates"] = new JsonArray(claim.Outgoing.Where(r => r.Type == RelationType.UpdatesEstimate).Select(r => (JsonNode?)r.To.Value).ToArray()),
    };

    private static JsonObject Entity(EntityId id) => new() { ["id"] = id.Value, ["name"] = Corpus.DisplayName(id) };

    private static JsonObject Time(TimeRef time) => new()
    {
        ["edtf"] = time.Edtf,
        ["precision"] = time.Precision.ToYaml(),
        ["basis"] = time.Basis.ToYaml(),
        ["earliest"] = time.Earliest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["latest"] = time.Latest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
