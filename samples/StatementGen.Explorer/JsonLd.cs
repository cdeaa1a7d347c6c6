using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatementGen.Generated;

namespace StatementGen.Explorer;

/// <summary>
/// schema.org JSON-LD for statements: a <c>Quotation</c> per rendering (text, spokenByCharacter,
/// dateCreated, isBasedOn the source) and a <c>Claim</c> per claim (text, author, dateCreated,
/// appearance in the sources). <c>statementgen export --format jsonld</c> writes the same nodes for the
/// whole corpus.
/// </summary>
internal static class JsonLd
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The JSON-LD document of one statement: <c>{"@context": "https://schema.org", "@graph": […]}</c>.</summary>
    public static string Document(Statement statement) => new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@graph"] = new JsonArray(Nodes(statement).ToArray()),
    }.ToJsonString(Indented);

    /// <summary>The Quotation and Claim nodes of one statement.</summary>
    public static IEnumerable<JsonNode> Nodes(Statement statement)
    {
        var said = statement.Said.Edtf;
        for (var i = 0; i < statement.Renderings.Count; i++)
        {
            var rendering = statement.Renderings[i];
            yield return Object(
                ("@type", "Quotation"),
                ("identifier", statement.Id.Value + "/rendering/" + (i + 1).ToString(CultureInfo.InvariantCulture)),
                ("text", rendering.Excerpt),
                ("spokenByCharacter", Agent(statement.Speaker.Ref)),
                ("dateCreated", said),
                ("isBasedOn", Work(rendering.Source)));
        }
        var sources = statement.Renderings.Select(r => r.Source).Distinct().ToArray();
        foreach (var claim in statement.Claims)
        {
            yield return Object(
                ("@type", "Claim"),
                ("identifier", claim.Id.Value),
                ("text", claim.Text),
                ("author", Agent(statement.Speaker.Ref)),
                ("dateCreated", said),
                ("appearance", new JsonArray(sources.Select(s => (JsonNode?)Work(s)).ToArray())));
        }
    }

    private static JsonObject Agent(EntityId id)
    {
        var type = Corpus.Find(id.Value) switch
        {
            Person => "Person",
            Org => "Organization",
            Polity => "Country",
            _ => "Thing",
        };
        return Object(("@type", type), ("identifier", id.Value), ("name", Corpus.DisplayName(id)));
    }

    private static JsonObject Work(SourceId id)
    {
        if (Sources.Find(id.Value) is not { } source)
        {
            return Object(("@type", "CreativeWork"), ("identifier", id.Value));
        }
        return Object(
            ("@type", source.Type.ToYaml() == "news_article" ? "NewsArticle" : "CreativeWork"),
            ("identifier", id.Value),
            ("name", source.Title),
            ("url", source.Url),
            ("datePublished", source.Published.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("publisher", Agent(source.Publisher)));
    }

    private static JsonObject Object(params (string Key, object? Value)[] fields)
    {
        var result = new JsonObject();
        foreach (var (key, value) in fields)
        {
            switch (value)
            {
                case null: break;
                case string text: result[key] = text; break;
                case JsonNode node: result[key] = node; break;
                default: throw new ArgumentException($"Unexpected JSON-LD value of type {value.GetType().Name} for '{key}'.", nameof(fields));
            }
        }
        return result;
    }
}
