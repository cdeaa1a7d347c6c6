using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using StatementGen.Cli;
using StatementGen.Tests.Generator;
using StatementGen.Tests.Infrastructure;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatementGen.Tests.Cli;

/// <summary>
/// The JSON Schema files in schema/ are generated from the catalogue (a stale copy fails here), are
/// draft-07 with no keyword of a later draft (what every YAML editor's validator reads), the fixture corpus
/// validates against them under draft-07 semantics with a real validator (the bundled corpus: StatementGen.Corpus.Tests),
/// and schema-level mistakes fail.
/// </summary>
public class JsonSchemaTests
{

    /// <summary>Every keyword of JSON Schema draft-07 (json-schema.org/draft-07/schema), and no other.</summary>
    private static readonly HashSet<string> Draft07Keywords =
    [
        "$schema", "$id", "$ref", "$comment", "title", "description", "default", "readOnly", "writeOnly", "examples",
        "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern",
        "additionalItems", "items", "maxItems", "minItems", "uniqueItems", "contains", "maxProperties", "minProperties",
        "required", "additionalProperties", "definitions", "properties", "patternProperties", "dependencies",
        "propertyNames", "const", "enum", "type", "format", "contentMediaType", "contentEncoding", "if", "then", "else",
        "allOf", "anyOf", "oneOf", "not",
    ];

    /// <summary>The keywords used anywhere in a schema, each with the JSON path where it stands.</summary>
    private static IEnumerable<(string Keyword, string Path)> Keywords(JsonNode schema, string path)
    {
        if (schema is not JsonObject obj) yield break; // true/false schemas
        foreach (var (keyword, value) in obj)
        {
            yield return (keyword, path + "/" + keyword);
            var children = keyword switch
            {
                "properties" or "definitions" or "patternProperties" or "dependencies" =>
                    value!.AsObject().Select(p => (p.Value, path + "/" + keyword + "/" + p.Key)),
                "allOf" or "anyOf" or "oneOf" or "items" when value is JsonArray array =>
                    array.Select((item, i) => (item, path + "/" + keyword + "/" + i)),
                "items" or "additionalItems" or "additionalProperties" or "contains" or "propertyNames" or "not" or "if" or "then" or "else" =>
                    [(value, path + "/" + keyword)],
                _ => [],
            };
            foreach (var (child, childPath) in children)
            {
                if (child is null) continue;
                foreach (var found in Keywords(child, childPath)) yield return found;
            }
        }
    }

    [Fact]
    public void Every_schema_declares_draft_07_and_uses_no_keyword_of_a_later_draft()
    {
        foreach (var (name, json) in JsonSchemaWriter.WriteAll())
        {
            var root = JsonNode.Parse(json)!;
            Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)root["$schema"]);
            var outside = Keywords(root, "#").Where(k => !Draft07Keywords.Contains(k.Keyword)).Select(k => k.Path).ToArray();
            Assert.True(outside.Length == 0, $"{name} uses keywords outside draft-07: {string.Join(", ", outside.Take(5))}");
            // The draft-07 meta-schema accepts it, and so does a draft-07 validator that refuses unknown keywords.
            var metaResult = MetaSchemas.Draft7.Evaluate(JsonDocument.Parse(json).RootElement);
            Assert.True(metaResult.IsValid, name + " is not a valid draft-07 schema");
            JsonSchema.FromText(json, SchemaValidation.Draft07);
        }
    }

    [Fact]
    public void The_checks_refuse_a_keyword_of_a_later_draft()
    {
        const string json = """{ "$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": { "a": { "$ref": "#/$defs/A" } }, "$defs": { "A": { "type": "string" } } }""";
        Assert.Equal(["#/$defs"], Keywords(JsonNode.Parse(json)!, "#").Where(k => !Draft07Keywords.Contains(k.Keyword)).Select(k => k.Path));
        Assert.ThrowsAny<Exception>(() => JsonSchema.FromText(json, SchemaValidation.Draft07));
    }

    [Fact]
    public void No_reference_carries_sibling_keywords_that_draft_07_would_ignore()
    {
        foreach (var (name, json) in JsonSchemaWriter.WriteAll())
        {
            var withSiblings = Keywords(JsonNode.Parse(json)!, "#")
                .Where(k => k.Keyword == "$ref")
                .Select(k => k.Path[..^"/$ref".Length])
                .Where(path => Navigate(JsonNode.Parse(json)!, path).AsObject().Count > 1)
                .ToArray();
            Assert.True(withSiblings.Length == 0, $"{name}: a $ref with sibling keywords (draft-07 ignores them, descriptions included) at {string.Join(", ", withSiblings.Take(5))}");
        }
    }

    private static JsonNode Navigate(JsonNode root, string path) =>
        path.Split('/').Skip(1).Aggregate(root, (node, part) => node is JsonArray array ? array[int.Parse(part, CultureInfo.InvariantCulture)]! : node[part]!);

    [Fact]
    public void The_committed_schema_files_are_generated_from_the_catalogue()
    {
        foreach (var (name, json) in JsonSchemaWriter.WriteAll())
        {
            var committed = Path.Combine(Paths.Repository, "schema", name);
            Assert.True(File.Exists(committed), $"{committed} is missing: run 'statementgen schema -o schema'");
            Assert.True(json == File.ReadAllText(committed).Replace("\r\n", "\n"), $"{committed} is out of date: run 'dotnet run --project src/StatementGen.Cli -- schema -o schema'");
        }
        Assert.Equal(7, Directory.GetFiles(Path.Combine(Paths.Repository, "schema"), "*.schema.json").Length);
    }

    [Fact]
    public void Every_field_has_a_description_for_editors()
    {
        foreach (var (name, json) in JsonSchemaWriter.WriteAll())
        {
            var root = JsonNode.Parse(json)!;
            var objects = new[] { root }.Concat(root["definitions"]?.AsObject().Select(p => p.Value!) ?? []);
            foreach (var obj in objects)
            {
                var target = obj["anyOf"]?[0] ?? obj;
                foreach (var (key, property) in target["properties"]!.AsObject())
                {
                    Assert.False(string.IsNullOrWhiteSpace((string?)property!["description"]), $"{name}: {key} has no description");
                }
            }
        }
    }




    [Fact]
    public void The_fixture_corpus_validates()
    {
        Assert.All(Fixtures.All, f => Assert.True(SchemaValidation.Validates(f.Yaml, out _), f.Path));
    }

    [Fact]
    public void Drafts_with_a_placeholder_speaker_validate_and_other_text_in_a_reference_does_not()
    {
        var yaml = Fixtures.StatementEarly.Replace("{ref: person:ada-example,", "{ref: \"TODO: who is \\\"the ministry\\\"?\",", StringComparison.Ordinal);
        Assert.Contains("TODO: who is", yaml);
        Assert.True(SchemaValidation.Validates(yaml, out _));
        Assert.False(SchemaValidation.Validates(yaml.Replace("TODO: who", "who", StringComparison.Ordinal), out _));
    }

    /// <summary>Mistakes a schema can see on its own (unknown keys, types, vocabularies, patterns, required keys, the simple conditional rules).</summary>
    public static TheoryData<string> SchemaLevelCases() => new(DiagnosticCases.All
        .Where(c => c.Id is "STMT0010" or "STMT0011" or "STMT0012" or "STMT0013" or "STMT0015" or "STMT0051" or "STMT0052" or "STMT0054")
        .Where(c => !(c.Id == "STMT0010" && c.Name.Contains("null")))
        .Select(c => c.Id + " " + c.Name));

    [Theory]
    [MemberData(nameof(SchemaLevelCases))]
    public void Bad_fixtures_fail_the_schema(string name)
    {
        var @case = DiagnosticCases.All.Single(c => c.Id + " " + c.Name == name);
        Assert.False(SchemaValidation.Validates(@case.Yaml, out _), name + " should not validate");
    }
}
