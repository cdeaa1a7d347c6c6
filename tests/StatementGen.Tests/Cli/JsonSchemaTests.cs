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
/// The JSON Schema files in schema/ are generated from the catalogue (a stale copy fails here), the
/// real corpus validates against them with a real validator, and schema-level mistakes fail.
/// </summary>
public class JsonSchemaTests
{
    private static readonly Dictionary<string, JsonSchema> Schemas = JsonSchemaWriter.WriteAll()
        .ToDictionary(s => s.FileName.Replace(".schema.json", ""), s => JsonSchema.FromText(s.Json));

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
            var objects = new[] { root }.Concat(root["$defs"]?.AsObject().Select(p => p.Value!) ?? []);
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

    /// <summary>YAML to JSON the way YAML 1.2's core schema reads plain scalars.</summary>
    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => new KeyValuePair<string, JsonNode?>(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar when scalar.Style != ScalarStyle.Plain => JsonValue.Create(scalar.Value),
        YamlScalarNode { Value: null or "" or "~" or "null" or "Null" or "NULL" } => null,
        YamlScalarNode { Value: "true" or "True" or "TRUE" } => JsonValue.Create(true),
        YamlScalarNode { Value: "false" or "False" or "FALSE" } => JsonValue.Create(false),
        YamlScalarNode scalar when Regex.IsMatch(scalar.Value!, "^[-+]?[0-9]+$") => JsonValue.Create(long.Parse(scalar.Value!, CultureInfo.InvariantCulture)),
        YamlScalarNode scalar when Regex.IsMatch(scalar.Value!, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$") => JsonValue.Create(decimal.Parse(scalar.Value!, NumberStyles.Float, CultureInfo.InvariantCulture)),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException(),
    };

    private static bool Validates(string yaml, out string kind)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var json = ToJson(stream.Documents[0].RootNode)!;
        kind = ((string)json["schema"]!).Split('/')[0];
        var element = JsonDocument.Parse(json.ToJsonString()).RootElement;
        return Schemas[kind].Evaluate(element, new EvaluationOptions()).IsValid;
    }

    [Theory]
    [MemberData(nameof(TestCorpus.RealCorpusFiles), MemberType = typeof(TestCorpus))]
    public void Every_corpus_file_validates_against_its_schema(string file)
    {
        var yaml = File.ReadAllText(Path.Combine(Paths.Corpus, file));
        Assert.True(Validates(yaml, out var kind), $"{file} does not validate against {kind}.schema.json");
        Assert.StartsWith($"# yaml-language-server: $schema=", yaml);
        Assert.Contains($"schema/{kind}.schema.json", yaml.Split('\n')[0]);
    }

    [Fact]
    public void The_fixture_corpus_validates()
    {
        Assert.All(Fixtures.All, f => Assert.True(Validates(f.Yaml, out _), f.Path));
    }

    [Fact]
    public void Drafts_with_a_placeholder_speaker_validate_and_other_text_in_a_reference_does_not()
    {
        var yaml = Fixtures.StatementEarly.Replace("{ref: person:ada-example,", "{ref: \"TODO: who is \\\"the ministry\\\"?\",", StringComparison.Ordinal);
        Assert.Contains("TODO: who is", yaml);
        Assert.True(Validates(yaml, out _));
        Assert.False(Validates(yaml.Replace("TODO: who", "who", StringComparison.Ordinal), out _));
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
        Assert.False(Validates(@case.Yaml, out _), name + " should not validate");
    }
}
