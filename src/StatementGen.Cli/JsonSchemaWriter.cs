using System.Text.Json;
using System.Text.Json.Nodes;
using StatementGen.Schema;

namespace StatementGen.Cli;

/// <summary>
/// Writes a JSON Schema (draft-07) per kind of corpus file from the schema catalogue the generator
/// uses, so that editors (the YAML extension of VS Code, for one) validate and complete corpus files as
/// the build would. Draft-07 because that is what yaml-language-server validates by (the YAML
/// extension of VS Code runs it, and monaco-yaml supports what it supports; versions of it warn that a
/// 2020-12 schema is "not yet fully supported"), so no keyword of a later draft (<c>$defs</c>,
/// <c>prefixItems</c>, <c>unevaluatedProperties</c>, <c>dependentRequired</c>, …) is used. Rules that need other files or several fields at once (quotes in
/// excerpts, references that resolve) stay with the generator and `statementgen validate`.
/// </summary>
internal static class JsonSchemaWriter
{
    private const string Date = "[0-9]{2}[0-9X]{2}(-([0-9]{2}|XX)(-([0-9]{2}|XX))?)?[?~%]?";
    private const string EdtfPattern = "^(" + Date + "|(" + Date + "|\\.\\.)?/(" + Date + "|\\.\\.)?)$";

    /// <summary>File name → schema text, for every kind.</summary>
    public static IReadOnlyList<(string FileName, string Json)> WriteAll() =>
        SchemaCatalog.Kinds.Select(kind => (kind.SchemaName + ".schema.json", Write(kind))).ToArray();

    public static string Write(EntityKindDef kind)
    {
        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = "StatementGen " + kind.SchemaName + " file (" + kind.SchemaName + "/1)",
            ["description"] = Plain(SchemaCatalog.Type(kind.TypeName).Doc) + " Lives in " + kind.Folder + (kind.Kind == RefKind.Statement ? "/YYYY/" : "/") + "; the id is '" + kind.Prefix + ":' and the file's stem.",
        };
        var definitions = new JsonObject();
        var needed = new SortedSet<string>(StringComparer.Ordinal);
        Collect(kind.TypeName, needed);
        foreach (var name in needed)
        {
            if (name == kind.TypeName) continue;
            definitions[name] = TypeSchema(SchemaCatalog.Type(name), kind);
        }

        foreach (var (key, value) in TypeSchema(SchemaCatalog.Type(kind.TypeName), kind).ToArray())
        {
            root[key] = value?.DeepClone();
        }
        if (definitions.Count > 0) root["definitions"] = definitions;
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n") + "\n";
    }

    private static void Collect(string typeName, SortedSet<string> seen)
    {
        if (!seen.Add(typeName)) return;
        foreach (var field in SchemaCatalog.Type(typeName).Fields)
        {
            var type = field.Type is ListType list ? list.Item : field.Type;
            if (type is ObjectType obj) Collect(obj.TypeName, seen);
        }
    }

    private static JsonObject TypeSchema(TypeDef type, EntityKindDef kind)
    {
        var properties = new JsonObject();
        foreach (var field in type.Fields)
        {
            var schema = FieldSchema(field.Type, field, kind);
            // Draft-07 ignores every keyword beside a $ref, so a described reference is wrapped.
            if (schema.ContainsKey("$ref")) schema = new JsonObject { ["allOf"] = new JsonArray(schema) };
            schema["description"] = Plain(field.Doc) + (field.Verbatim ? " Verbatim: the source's exact characters." : "");
            properties[field.Key] = schema;
        }

        var result = new JsonObject
        {
            ["type"] = "object",
            ["description"] = Plain(type.Doc),
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        var required = type.Fields.Where(f => f.Required).Select(f => (JsonNode?)f.Key).ToArray();
        if (required.Length > 0) result["required"] = new JsonArray(required);
        var rules = Rules(type.Name);
        if (rules.Count > 0) result["allOf"] = rules;

        if (!type.ScalarShorthand) return result;
        return new JsonObject
        {
            ["description"] = Plain(type.Doc) + " A bare date (2024-10-28, 2024-10, 2024, 2024-22) is short for a stated date of that precision.",
            ["anyOf"] = new JsonArray(result, new JsonObject { ["type"] = "string", ["pattern"] = "^" + Date + "$" }),
        };
    }

    /// <summary>The few cross-field rules JSON Schema can state: quotes by mode, quantity claims, ranges.</summary>
    private static JsonArray Rules(string typeName)
    {
        static JsonObject When(string key, JsonNode condition, JsonObject then) => new()
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { [key] = condition }, ["required"] = new JsonArray(key) },
            ["then"] = then,
        };

        return typeName switch
        {
            "Rendering" => new JsonArray(
                When("mode", new JsonObject { ["enum"] = new JsonArray("direct", "mixed") }, new JsonObject { ["required"] = new JsonArray("quote") }),
                When("mode", new JsonObject { ["enum"] = new JsonArray("indirect", "summary", "non_statement") }, new JsonObject { ["not"] = new JsonObject { ["required"] = new JsonArray("quote") } })),
            "Claim" => new JsonArray(
                When("type", new JsonObject { ["const"] = "quantity" }, new JsonObject { ["required"] = new JsonArray("quantity") })),
            "Quantity" => new JsonArray(
                When("qualifier", new JsonObject { ["const"] = "range" }, new JsonObject { ["required"] = new JsonArray("high") }),
                When("qualifier", new JsonObject { ["not"] = new JsonObject { ["const"] = "range" } }, new JsonObject { ["not"] = new JsonObject { ["required"] = new JsonArray("high") } })),
            _ => new JsonArray(),
        };
    }

    private static JsonObject FieldSchema(FieldType type, FieldDef field, EntityKindDef kind)
    {
        switch (type)
        {
            case ListType list:
                var array = new JsonObject { ["type"] = "array", ["items"] = FieldSchema(list.Item, field, kind) };
                if (field.Required) array["minItems"] = 1;
                return Nullable(array, field);
            case ObjectType obj:
                return Nullable(new JsonObject { ["$ref"] = "#/definitions/" + obj.TypeName }, field);
            case ScalarType scalar:
                return Nullable(Scalar(scalar, kind), field);
            default:
                throw new InvalidOperationException();
        }
    }

    private static JsonObject Scalar(ScalarType type, EntityKindDef kind) => type.Kind switch
    {
        ScalarKind.Text when type.Pattern is { } pattern => new JsonObject { ["type"] = "string", ["pattern"] = "^(" + pattern + ")$" },
        ScalarKind.Text => new JsonObject { ["type"] = "string" },
        ScalarKind.Int => new JsonObject { ["type"] = "integer", ["minimum"] = type.Minimum ?? 0 },
        ScalarKind.Number => new JsonObject { ["type"] = "number" },
        ScalarKind.Bool => new JsonObject { ["type"] = "boolean" },
        ScalarKind.Date => new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        ScalarKind.Edtf => new JsonObject { ["type"] = "string", ["pattern"] = EdtfPattern },
        ScalarKind.Enum => new JsonObject { ["enum"] = new JsonArray(SchemaCatalog.Vocabulary(type.Vocabulary!).Members.Select(m => (JsonNode?)m.Yaml).ToArray()) },
        ScalarKind.Ref => new JsonObject { ["type"] = "string", ["pattern"] = ReferencePattern(type.RefKinds) },
        ScalarKind.Id => new JsonObject { ["type"] = "string", ["pattern"] = "^" + kind.Prefix + ":" + SchemaCatalog.SlugPattern + "$" },
        _ => throw new InvalidOperationException(),
    };

    private static string ReferencePattern(RefKind kinds)
    {
        var alternatives = SchemaCatalog.Kinds.Where(k => (kinds & k.Kind) != 0).Select(k => k.Prefix + ":" + SchemaCatalog.SlugPattern).ToList();
        if ((kinds & RefKind.Claim) != 0) alternatives.Add("stmt:" + SchemaCatalog.SlugPattern + "#" + SchemaCatalog.SlugPattern);
        // A placeholder ("TODO: who is 'the ministry'?") is unfinished work, as in text: the build warns (STMT0072).
        alternatives.Add(@"\s*TODO:[\s\S]*");
        return "^(" + string.Join("|", alternatives.Select(a => "(" + a + ")")) + ")$";
    }

    /// <summary>An optional key may also be null.</summary>
    private static JsonObject Nullable(JsonObject schema, FieldDef field)
    {
        if (field.Required) return schema;
        return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
    }

    /// <summary>Catalogue docs carry a little XML (<c>…</c>); editors show plain text.</summary>
    private static string Plain(string doc) => doc.Replace("<c>", "'").Replace("</c>", "'");
}
