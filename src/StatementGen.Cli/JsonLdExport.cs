using System.Text.Json;
using System.Text.Json.Nodes;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Cli;

/// <summary>
/// The corpus as schema.org JSON-LD: one document whose <c>@graph</c> holds, statement by statement in
/// id order, a <c>Quotation</c> per rendering (text, spokenByCharacter, dateCreated, isBasedOn the
/// source) and a <c>Claim</c> per claim (text, author, dateCreated, appearance in the sources). The
/// Explorer embeds the same nodes in each statement's page.
/// </summary>
internal static class JsonLdExport
{
    /// <summary>The JSON-LD document of every statement of <paramref name="corpus"/>.</summary>
    public static string Write(CorpusFolder corpus)
    {
        var entities = corpus.Corpus.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var graph = new JsonArray();
        foreach (var statement in corpus.Corpus.Entities.Where(e => e.Kind == RefKind.Statement).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            foreach (var node in Nodes(statement, entities)) graph.Add(node);
        }
        var document = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n") + "\n";
    }

    private static IEnumerable<JsonNode> Nodes(EntityFile statement, Dictionary<string, EntityFile> entities)
    {
        var root = statement.Root;
        var speaker = (root.GetObject("speaker")?.Get("ref") as RefValue)?.Id ?? string.Empty;
        var said = (root.GetObject("said")?.Get("edtf") as EdtfValue)?.Text;
        var renderings = root.GetList("renderings").OfType<ObjectValue>().ToArray();
        for (var i = 0; i < renderings.Length; i++)
        {
            yield return Object(
                ("@type", "Quotation"),
                ("identifier", statement.Id + "/rendering/" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("text", renderings[i].GetText("excerpt")),
                ("spokenByCharacter", Agent(speaker, entities)),
                ("dateCreated", said),
                ("isBasedOn", Work((renderings[i].Get("source") as RefValue)?.Id ?? string.Empty, entities)));
        }
        var sources = renderings.Select(r => (r.Get("source") as RefValue)?.Id ?? string.Empty).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var claim in root.GetList("claims").OfType<ObjectValue>())
        {
            yield return Object(
                ("@type", "Claim"),
                ("identifier", statement.Id + "#" + claim.GetText("key")),
                ("text", claim.GetText("text")),
                ("author", Agent(speaker, entities)),
                ("dateCreated", said),
                ("appearance", new JsonArray(sources.Select(s => (JsonNode?)Work(s, entities)).ToArray())));
        }
    }

    private static JsonObject Agent(string id, Dictionary<string, EntityFile> entities)
    {
        entities.TryGetValue(id, out var entity);
        var type = entity?.Kind switch
        {
            RefKind.Person => "Person",
            RefKind.Org => "Organization",
            RefKind.Polity => "Country",
            _ => "Thing",
        };
        return Object(("@type", type), ("identifier", id), ("name", NameOf(id, entities)));
    }

    private static JsonObject Work(string id, Dictionary<string, EntityFile> entities)
    {
        if (!entities.TryGetValue(id, out var source) || source.Kind != RefKind.Source)
        {
            return Object(("@type", "CreativeWork"), ("identifier", id));
        }
        var root = source.Root;
        return Object(
            ("@type", root.GetEnum("type") == "news_article" ? "NewsArticle" : "CreativeWork"),
            ("identifier", id),
            ("name", root.GetText("title")),
            ("url", root.GetText("url")),
            ("datePublished", (root.GetObject("published")?.Get("date") as DateValue)?.Date.ToString()),
            ("publisher", Agent((root.Get("publisher") as RefValue)?.Id ?? string.Empty, entities)));
    }

    /// <summary>An entity's name as the generated <c>Corpus.DisplayName</c> gives it: its name, a source's title, else the id.</summary>
    private static string NameOf(string id, Dictionary<string, EntityFile> entities)
        => entities.TryGetValue(id, out var entity)
            ? (entity.Kind == RefKind.Source ? entity.Root.GetText("title") : entity.Root.GetText("name")) ?? id
            : id;

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
