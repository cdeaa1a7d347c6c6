using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatementGen.Schema;

namespace StatementGen.Tests.Infrastructure;

/// <summary>
/// Builds random corpora that are valid by construction, driven by the schema catalogue: every kind,
/// every field (required ones always, optional ones at random), values of each field's type, and
/// references only to entities that exist. The rules the catalogue cannot express (quotes inside
/// excerpts, quantity claims, ICD 203 cues, ranges, relation keys, org venues, ISO codes) are applied
/// after each record is drawn. Files are written as JSON, which is YAML.
/// </summary>
public sealed class RandomCorpus
{
    private static readonly string[] Alphabet =
    [
        "a", "b", "z", "Q", " ", "  ", ",", ".", ":", "-", "#", "'", "\"", "\\", "{", "}", "[", "]", "@", "*", "&", "!", "%", "|", ">",
        "’", "“", "”", "—", "…", "é", "ß", "İ", "ı", "Ω", "中", "ش", "\u05D0", "😀", "\t", "\n", "\r\n",
    ];

    private readonly Random random;
    private readonly Func<Random, string> text;
    private readonly Dictionary<RefKind, List<string>> ids = new();
    private readonly List<string> claimIds = [];
    private readonly List<string> occasionKeys = [];
    private readonly bool escapeNonAscii;

    /// <param name="seed">Everything drawn follows from it.</param>
    /// <param name="text">Where free text comes from; by default random strings over a hostile alphabet.</param>
    public RandomCorpus(int seed, Func<Random, string>? text = null)
    {
        random = new Random(seed);
        this.text = text ?? RandomText;
        escapeNonAscii = random.Next(2) == 0;
    }

    public static string RandomText(Random random)
    {
        var length = random.Next(0, 12);
        return string.Concat(Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)]));
    }

    /// <summary>The corpus files: path under the corpus root, and YAML.</summary>
    public (string Path, string Yaml)[] Build(int statements)
    {
        var plan = new List<(RefKind Kind, string Slug)>();
        void Plan(RefKind kind, int count, Func<int, string> slug)
        {
            ids[kind] = [];
            for (var i = 0; i < count; i++)
            {
                var s = slug(i);
                plan.Add((kind, s));
                ids[kind].Add(SchemaCatalog.Kind(kind).Prefix + ":" + s);
            }
        }

        var isoCodes = Enumerable.Range(0, 26 * 26).Select(i => $"{(char)('a' + (i / 26))}{(char)('a' + (i % 26))}").OrderBy(_ => random.Next()).ToArray();
        Plan(RefKind.Polity, random.Next(1, 4), i => isoCodes[i]);
        Plan(RefKind.Org, random.Next(1, 4), i => "org-" + i);
        Plan(RefKind.Person, random.Next(1, 4), i => "person-" + i);
        Plan(RefKind.Place, random.Next(1, 4), i => "place-" + i);
        Plan(RefKind.Event, random.Next(1, 3), i => "event-" + i);
        Plan(RefKind.Source, random.Next(1, 3), i => "source-" + i);
        Plan(RefKind.Statement, statements, i => $"2024-{1 + (i % 12):00}-{1 + (i % 28):00}-s{i}");

        // Claim keys and occasion keys are decided up front, so references to them can resolve.
        var claimKeys = new Dictionary<string, string[]>();
        foreach (var id in ids[RefKind.Statement])
        {
            var keys = Enumerable.Range(0, random.Next(1, 4)).Select(k => "claim-" + k).ToArray();
            claimKeys[id] = keys;
            claimIds.AddRange(keys.Select(k => id + "#" + k));
            occasionKeys.Add("occasion-" + id.Substring(5));
        }

        var files = new List<(string, string)>();
        foreach (var (kind, slug) in plan)
        {
            var definition = SchemaCatalog.Kind(kind);
            var id = definition.Prefix + ":" + slug;
            var root = Object(SchemaCatalog.Type(definition.TypeName), id);
            root["schema"] = definition.SchemaName + "/1";
            root["id"] = id;
            if (kind == RefKind.Statement) FixStatement(root, id, claimKeys[id]);
            if (kind == RefKind.Polity) root["iso3166"] = slug.ToUpperInvariant();
            var folder = kind == RefKind.Statement ? definition.Folder + "/2024" : definition.Folder;
            files.Add((folder + "/" + slug + ".yaml", Write(root)));
        }

        return files.ToArray();
    }

    private string Write(JsonObject root)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = random.Next(2) == 0,
            Encoder = escapeNonAscii ? JavaScriptEncoder.Default : JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        return root.ToJsonString(options) + "\n";
    }

    private bool Maybe() => random.Next(2) == 0;

    private JsonObject Object(TypeDef type, string ownerId)
    {
        var obj = new JsonObject();
        foreach (var field in type.Fields)
        {
            if (!field.Required && !Maybe()) continue;
            obj[field.Key] = Value(field.Type, field, ownerId);
        }

        Fix(type.Name, obj, ownerId);
        return obj;
    }

    private JsonNode? Value(FieldType type, FieldDef field, string ownerId)
    {
        switch (type)
        {
            case ListType list:
                var count = field.Required ? random.Next(1, 3) : random.Next(0, 3);
                var array = new JsonArray();
                for (var i = 0; i < count; i++) array.Add(Value(list.Item, field, ownerId));
                return array;
            case ObjectType obj:
                return Object(SchemaCatalog.Type(obj.TypeName), ownerId);
            case ScalarType scalar:
                return Scalar(scalar, field);
            default:
                throw new InvalidOperationException();
        }
    }

    private JsonNode? Scalar(ScalarType type, FieldDef field)
    {
        switch (type.Kind)
        {
            case ScalarKind.Text when type.Pattern is not null:
                return Patterned(type.Pattern);
            case ScalarKind.Text:
                return text(random);
            case ScalarKind.Int:
                return random.Next(1, 40);
            case ScalarKind.Number:
                return Maybe() ? random.Next(0, 100_000) : Math.Round((decimal)random.NextDouble() * 1000m, 2);
            case ScalarKind.Bool:
                return Maybe();
            case ScalarKind.Date:
                return RandomDate().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case ScalarKind.Edtf:
                return Edtf();
            case ScalarKind.Enum:
                var members = SchemaCatalog.Vocabulary(type.Vocabulary!).Members;
                return members[random.Next(members.Count)].Yaml;
            case ScalarKind.Ref:
                return Reference(type.RefKinds);
            case ScalarKind.Id:
                return null; // set by Build, which knows the id
            default:
                throw new InvalidOperationException("no random value for " + type.Kind + " (" + field.Key + ")");
        }
    }

    private string Patterned(string pattern) => pattern switch
    {
        SchemaCatalog.SlugPattern => "k" + random.Next(0, 1000).ToString(CultureInfo.InvariantCulture) + (Maybe() ? "-x" : ""),
        "Q[1-9][0-9]*" => "Q" + random.Next(1, 100000).ToString(CultureInfo.InvariantCulture),
        "[A-Z]{2}" => "XA",
        "[A-Z]{2}-[A-Z0-9]{1,3}" => "XA-" + random.Next(1, 999).ToString(CultureInfo.InvariantCulture),
        "[0-9a-f]{64}" => string.Concat(Enumerable.Range(0, 64).Select(_ => "0123456789abcdef"[random.Next(16)])),
        "[0-9]+|few|several|some" => new[] { "3", "few", "several", "some" }[random.Next(4)],
        _ when pattern.EndsWith("/1", StringComparison.Ordinal) => pattern,
        _ => throw new InvalidOperationException("no generator for pattern " + pattern),
    };

    private DateOnly RandomDate() => new DateOnly(2000, 1, 1).AddDays(random.Next(0, 365 * 30));

    private string Edtf()
    {
        var date = RandomDate();
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return random.Next(8) switch
        {
            0 => day,
            1 => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            2 => date.Year.ToString(CultureInfo.InvariantCulture),
            3 => date.Year.ToString(CultureInfo.InvariantCulture) + "-" + random.Next(21, 24).ToString(CultureInfo.InvariantCulture),
            4 => day + "/" + date.AddDays(random.Next(0, 30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            5 => "../" + day,
            6 => day + "/..",
            _ => day + "?",
        };
    }

    private string Reference(RefKind accepted)
    {
        var candidates = new List<string>();
        foreach (var (kind, list) in ids)
        {
            if ((accepted & kind) != 0) candidates.AddRange(list);
        }
        if ((accepted & RefKind.Claim) != 0) candidates.AddRange(claimIds);
        return candidates[random.Next(candidates.Count)];
    }

    /// <summary>The verbatim text values inside an object other than its excerpt, nested objects included.</summary>
    private static IEnumerable<string> VerbatimValues(JsonObject obj, TypeDef type)
    {
        foreach (var field in type.Fields)
        {
            if (field.Key == "excerpt" || obj[field.Key] is not { } node) continue;
            var items = node is JsonArray array ? array.ToArray() : new[] { node };
            foreach (var item in items)
            {
                if (item is JsonObject nested && (field.Type is ObjectType or ListType { Item: ObjectType }))
                {
                    var nestedType = SchemaCatalog.Type(field.Type is ObjectType o ? o.TypeName : ((ObjectType)((ListType)field.Type).Item).TypeName);
                    foreach (var text in VerbatimValues(nested, nestedType)) yield return text;
                }
                else if (field.Verbatim && item is JsonValue value && value.TryGetValue<string>(out var text))
                {
                    yield return text;
                }
            }
        }
    }

    /// <summary>The rules beyond field types, so that the corpus is valid.</summary>
    private void Fix(string typeName, JsonObject obj, string ownerId)
    {
        switch (typeName)
        {
            case "Rendering":
                // Every verbatim value of a rendering is taken from its excerpt, so the excerpt holds them all.
                obj["excerpt"] = string.Join(" ", VerbatimValues(obj, SchemaCatalog.Type("Rendering")).Append((string)obj["excerpt"]!));
                var mode = (string)obj["mode"]!;
                if (mode is "direct" or "mixed")
                {
                    obj["quote"] = new JsonArray((JsonNode?)(string)obj["excerpt"]!);
                }
                else
                {
                    obj.Remove("quote");
                }
                break;
            case "NarratorAssertion":
                obj["excerpt"] = string.Join(" ", VerbatimValues(obj, SchemaCatalog.Type("NarratorAssertion")).Append((string)obj["excerpt"]!));
                break;
            case "SourceText":
                // No random corpus archives a text, so none may say it is stored in full.
                if (obj.ContainsKey("stored")) obj["stored"] = "excerpts_only";
                break;
            case "Claim":
                if ((string)obj["type"]! == "quantity" && obj["quantity"] is null) obj["quantity"] = Object(SchemaCatalog.Type("Quantity"), ownerId);
                break;
            case "Quantity":
                if ((string)obj["qualifier"]! == "range")
                {
                    var low = random.Next(0, 1000);
                    obj["value"] = low;
                    obj["high"] = low + random.Next(0, 1000);
                }
                else
                {
                    obj.Remove("high");
                }
                if (obj["fraction_of"] is { } fraction && ((string)fraction!).StartsWith(ownerId + "#", StringComparison.Ordinal)) obj.Remove("fraction_of");
                break;
            case "Stance":
                if (obj["icd203"] is { } band)
                {
                    var terms = SchemaCatalog.Icd203.First(b => b.Band == (string)band!).Terms;
                    obj["cues"] = new JsonArray((JsonNode?)terms[random.Next(terms.Length)]);
                }
                break;
            case "PlaceRole":
                if (((string)obj["ref"]!).StartsWith("org:", StringComparison.Ordinal)) obj["role"] = "venue";
                break;
            case "Occasion":
                if (obj.ContainsKey("key")) obj["key"] = "occasion-" + ownerId.Substring(5);
                if (obj.ContainsKey("before"))
                {
                    // Only later statements' occasions, so that no occasion comes before itself or in a cycle.
                    var own = occasionKeys.IndexOf("occasion-" + ownerId.Substring(5));
                    var later = occasionKeys.Skip(own + 1).ToArray();
                    if (own < 0 || later.Length == 0) obj.Remove("before");
                    else obj["before"] = later[random.Next(later.Length)];
                }
                break;
        }
    }

    private void FixStatement(JsonObject root, string id, string[] keys)
    {
        // Every statement declares its occasion key, so any 'before' drawn from them resolves.
        var occasion = root["occasion"] as JsonObject ?? Object(SchemaCatalog.Type("Occasion"), id);
        occasion["key"] = "occasion-" + id.Substring(5);
        root["occasion"] = occasion;

        var claims = new JsonArray();
        foreach (var key in keys)
        {
            var claim = Object(SchemaCatalog.Type("Claim"), id);
            claim["key"] = key;
            claims.Add(claim);
        }
        root["claims"] = claims;
        if (root["relations"] is JsonArray relations)
        {
            foreach (var relation in relations.OfType<JsonObject>())
            {
                if (relation.ContainsKey("from")) relation["from"] = keys[random.Next(keys.Length)];
            }
        }
    }
}
