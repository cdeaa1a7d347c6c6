using System.Globalization;
using System.Text;
using System.Text.Json;
using StatementGen.Parsing;
using StatementGen.Schema;

namespace StatementGen.Cli;

/// <summary>
/// Builds a new corpus file from the schema catalogue: the schema line, the id, and every required
/// key (a statement also gets one claim) with a value that parses — a sensible vocabulary value, or a
/// "TODO: …" placeholder for text, which stays warning STMT0072 until filled — then the curator's own
/// values. References and dates are never guessed: each required reference, and each required plain
/// date (a source's <c>published.date</c>), must be given with --set; a required time (<c>said</c>, an
/// event's <c>when</c>) not given is written as the unspecified date <c>XXXX-XX-XX</c> with a placeholder
/// in its <c>as_stated</c>, so the file parses and warns until the date is filled in.
/// </summary>
internal static class Scaffolder
{
    private static readonly Dictionary<string, string> Defaults = new(StringComparer.Ordinal)
    {
        ["Statement.kind"] = "assertion",
        ["Speaker.identification"] = "named",
        ["Rendering.mode"] = "indirect",
        ["Rendering.fidelity"] = "faithful",
        ["Claim.key"] = "main",
        ["Claim.type"] = "characterization",
        ["Stance.polarity"] = "positive",
        ["Stance.certainty"] = "unknown",
        ["TimeRef.precision"] = "day",
        ["TimeRef.basis"] = "stated",
        ["Event.status"] = "scheduled",
        ["Source.type"] = "news_article",
        ["Source.language"] = "en",
        ["Quantity.qualifier"] = "unspecified",
        ["PlaceRole.role"] = "location",
    };

    /// <summary>A mapping whose keys keep the catalogue's order.</summary>
    private class Map : List<(string Key, object Value)>
    {
        public object? this[string key]
        {
            get => this.FirstOrDefault(e => e.Key == key).Value;
        }

        public void Set(string key, object value)
        {
            var index = FindIndex(e => e.Key == key);
            if (index >= 0) this[index] = (key, value);
            else Add((key, value));
        }
    }

    /// <summary>A value that cannot be guessed (a reference, a plain date); must be given with --set.</summary>
    private sealed record Missing(string Path, string Wanted, string[] Examples);

    /// <summary>The unspecified EDTF date a time holds until its real date is given.</summary>
    public const string UnknownDate = "XXXX-XX-XX";

    /// <summary>
    /// A required time the curator has not given: <see cref="UnknownDate"/> with a placeholder in
    /// <c>as_stated</c>. Giving <c>edtf</c> with --set removes the placeholder.
    /// </summary>
    private sealed class UnknownTime : Map
    {
        public UnknownTime(string placeholder) => Placeholder = placeholder;

        public string Placeholder { get; }

        public void DateGiven() => RemoveAll(e => e.Key == "as_stated" && e.Value is string text && text == Placeholder);
    }

    public static string Create(EntityKindDef kind, string slug, CorpusFolder corpus, IEnumerable<string> settings, string schemaLine)
    {
        var root = Build(SchemaCatalog.Type(kind.TypeName), "", corpus);
        root.Set("schema", kind.SchemaName + "/1");
        root.Set("id", kind.Prefix + ":" + slug);
        if (kind.Kind == RefKind.Statement) root.Set("claims", new List<object> { Build(SchemaCatalog.Type("Claim"), "claims.0", corpus) });
        if (kind.Kind == RefKind.Polity) root.Set("iso3166", slug.ToUpperInvariant());

        foreach (var setting in settings)
        {
            var equals = setting.IndexOf('=');
            if (equals <= 0) throw new ArgumentException($"--set '{setting}' must look like key=value");
            Apply(root, SchemaCatalog.Type(kind.TypeName), setting[..equals].Trim(), setting[(equals + 1)..], corpus);
        }

        var missing = Find<Missing>(root).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException("give the values a new " + kind.SchemaName + " needs (references and dates are never guessed): " + string.Join("; ", missing.Select(m =>
                $"--set {m.Path}=<{m.Wanted}>" + (m.Examples.Length == 0 ? "" : " (e.g. " + string.Join(", ", m.Examples) + ")"))));
        }

        var builder = new StringBuilder();
        builder.Append(schemaLine).Append('\n');
        Write(builder, root, 0);
        return builder.ToString();
    }

    private static Map Build(TypeDef type, string path, CorpusFolder? corpus, Map? map = null)
    {
        map ??= new Map();
        foreach (var field in type.Fields.Where(f => f.Required))
        {
            var fieldPath = path.Length == 0 ? field.Key : path + "." + field.Key;
            map.Add((field.Key, Placeholder(type, field, field.Type, fieldPath, corpus)));
        }
        return map;
    }

    /// <summary>A required time not given: the unspecified date, and a placeholder that says what to fill in.</summary>
    private static UnknownTime Time(FieldDef field, string path, CorpusFolder? corpus)
    {
        var placeholder = Quote(Placeholders.Prefix + " " + Doc(field) + " Put the source's words here (or remove this line) and the date in edtf, e.g. 2024-10-28.");
        var time = new UnknownTime(placeholder);
        time.Add(("as_stated", placeholder));
        return (UnknownTime)Build(SchemaCatalog.Type("TimeRef"), path, corpus, time);
    }

    private static string Doc(FieldDef field) => field.Doc.Replace("<c>", "").Replace("</c>", "");

    private static object Placeholder(TypeDef owner, FieldDef field, FieldType type, string path, CorpusFolder? corpus)
    {
        switch (type)
        {
            case ListType list:
                return new List<object> { Placeholder(owner, field, list.Item, path + ".0", corpus) };
            case ObjectType { TypeName: "TimeRef" }:
                return Time(field, path, corpus);
            case ObjectType obj:
                return Build(SchemaCatalog.Type(obj.TypeName), path, corpus);
            case ScalarType scalar:
                if (Defaults.TryGetValue(owner.Name + "." + field.Key, out var value)) return value;
                switch (scalar.Kind)
                {
                    case ScalarKind.Enum:
                        return SchemaCatalog.Vocabulary(scalar.Vocabulary!).Members[0].Yaml;
                    case ScalarKind.Int:
                        return "1";
                    case ScalarKind.Date:
                        // A plain date has no room for a placeholder, and a guessed one would pass for real.
                        return new Missing(path, "date, YYYY-MM-DD", []);
                    case ScalarKind.Edtf:
                        return UnknownDate;
                    case ScalarKind.Ref:
                        // Never guess who said what: a required reference must be given.
                        return new Missing(path, Parsing.References.Describe(scalar.RefKinds, example: false)[2..], corpus?.Ids(scalar.RefKinds).Take(3).ToArray() ?? []);
                    default:
                        return Quote(Placeholders.Prefix + " " + Doc(field));
                }
            default:
                throw new InvalidOperationException();
        }
    }

    /// <summary>Sets a value at a dotted path such as <c>renderings.0.excerpt</c>, creating what is on the way.</summary>
    private static void Apply(Map root, TypeDef rootType, string path, string raw, CorpusFolder? corpus)
    {
        var parts = path.Split('.');
        object current = root;
        TypeDef type = rootType;
        for (var i = 0; i < parts.Length; i++)
        {
            var map = current as Map ?? throw new ArgumentException($"'{path}': '{parts[i]}' is not a key here");
            var field = type.Field(parts[i]) ?? throw new ArgumentException($"'{path}': {type.Name} has no key '{parts[i]}'{new Parsing.Suggestions().Suggest(parts[i], type.Fields.Select(f => f.Key), "; keys: ")}");
            var last = i == parts.Length - 1;
            var fieldType = field.Type;
            if (fieldType is ListType list)
            {
                var items = map[field.Key] as List<object> ?? new List<object>();
                map.Set(field.Key, items);
                if (last)
                {
                    if (list.Item is not ScalarType itemScalar) throw new ArgumentException($"'{path}' is a list of {((ObjectType)list.Item).TypeName}; set its keys, e.g. {path}.0.<key>=…");
                    items.Add(Scalar(itemScalar, raw, path));
                    return;
                }

                if (!int.TryParse(parts[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index > items.Count)
                {
                    throw new ArgumentException($"'{path}': after '{field.Key}' give an item number from 0 to {items.Count}");
                }

                if (list.Item is ObjectType itemType)
                {
                    if (index == items.Count) items.Add(Build(SchemaCatalog.Type(itemType.TypeName), string.Join(".", parts.Take(i + 1)), corpus));
                    current = items[index];
                    type = SchemaCatalog.Type(itemType.TypeName);
                    if (i == parts.Length - 1) throw new ArgumentException($"'{path}' is a {itemType.TypeName}; set its keys");
                    continue;
                }

                var scalarValue = Scalar((ScalarType)list.Item, raw, path);
                if (index == items.Count) items.Add(scalarValue);
                else items[index] = scalarValue;
                return;
            }

            if (fieldType is ObjectType objectType)
            {
                if (last && objectType.TypeName == "TimeRef")
                {
                    // The short form: said=2024-10-28 stands for {edtf: 2024-10-28, precision: day, basis: stated}.
                    map.Set(field.Key, Scalar((ScalarType)SchemaCatalog.Type("TimeRef").Field("edtf")!.Type, raw, path));
                    return;
                }

                if (last) throw new ArgumentException($"'{path}' is a {objectType.TypeName}; set its keys, e.g. {path}.<key>=…");
                var child = map[field.Key] as Map ?? (Map)Placeholder(type, field, objectType, string.Join(".", parts.Take(i + 1)), corpus);
                map.Set(field.Key, child);
                current = child;
                type = SchemaCatalog.Type(objectType.TypeName);
                continue;
            }

            if (!last) throw new ArgumentException($"'{path}': '{field.Key}' holds a single value");
            map.Set(field.Key, Scalar((ScalarType)fieldType, raw, path));
            if (map is UnknownTime time && field.Key == "edtf") time.DateGiven();
        }
    }

    /// <summary>A value as YAML: text quoted, everything else plain (the build checks it).</summary>
    private static string Scalar(ScalarType type, string raw, string path) => type.Kind switch
    {
        ScalarKind.Text => Quote(raw),
        // A reference not yet known (a draft's speaker): a placeholder that warns (STMT0072) until filled.
        ScalarKind.Ref when Placeholders.IsPlaceholder(raw) => Quote(raw),
        _ when raw.Length == 0 || raw.Any(c => char.IsWhiteSpace(c) || c == '"' || c == '\'' || c == '{' || c == '[') => throw new ArgumentException($"'{path}' takes a single word, not '{raw}'"),
        _ => raw,
    };

    private static string Quote(string text) => JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static IEnumerable<T> Find<T>(object node)
    {
        switch (node)
        {
            case T found:
                yield return found;
                break;
            case Map map:
                foreach (var (_, value) in map)
                {
                    foreach (var item in Find<T>(value)) yield return item;
                }
                break;
            case List<object> list:
                foreach (var value in list)
                {
                    foreach (var item in Find<T>(value)) yield return item;
                }
                break;
        }
    }

    private static void Write(StringBuilder builder, Map map, int indent, bool firstInItem = false)
    {
        var first = true;
        foreach (var (key, value) in map)
        {
            var pad = firstInItem && first ? "" : new string(' ', indent);
            first = false;
            switch (value)
            {
                case Map child:
                    builder.Append(pad).Append(key).Append(":\n");
                    Write(builder, child, indent + 2);
                    break;
                case List<object> list:
                    builder.Append(pad).Append(key).Append(":\n");
                    foreach (var item in list)
                    {
                        builder.Append(' ', indent + 2).Append("- ");
                        if (item is Map itemMap) Write(builder, itemMap, indent + 4, firstInItem: true);
                        else builder.Append((string)item).Append('\n');
                    }
                    break;
                default:
                    builder.Append(pad).Append(key).Append(": ").Append((string)value).Append('\n');
                    break;
            }
        }
    }

    /// <summary>The editor hint that points at the kind's JSON Schema in <c>schema/</c> beside the corpus folder.</summary>
    internal static string SchemaLine(string directory, string relative, EntityKindDef kind)
    {
        var depth = relative.Count(c => c == '/') + 1;
        return "# yaml-language-server: $schema=" + string.Concat(Enumerable.Repeat("../", depth)) + "schema/" + kind.SchemaName + ".schema.json";
    }
}
