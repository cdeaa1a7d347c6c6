using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using StatementGen.Cli;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatementGen.Tests.Cli;

/// <summary>
/// Corpus files checked against the JSON Schemas the command line writes, the way an editor checks them:
/// the YAML read as YAML 1.2's core schema reads it, then validated under draft-07.
/// </summary>
public static class SchemaValidation
{
    /// <summary>
    /// Draft-07 as the validator knows it, refusing any keyword it does not define; registered under
    /// draft-07's own id, since a schema's <c>$schema</c> picks the dialect it is read by.
    /// </summary>
    public static readonly BuildOptions Draft07 = Draft07Options();

    private static BuildOptions Draft07Options()
    {
        var strict = Dialect.Draft07.With([], id: Dialect.Draft07.Id, allowUnknownKeywords: false);
        var registry = new DialectRegistry();
        registry.Register(strict);
        return new BuildOptions { Dialect = strict, DialectRegistry = registry };
    }

    /// <summary>The schemas the command line writes, by kind, read as draft-07.</summary>
    public static readonly Dictionary<string, JsonSchema> Schemas = JsonSchemaWriter.WriteAll()
        .ToDictionary(s => s.FileName.Replace(".schema.json", ""), s => JsonSchema.FromText(s.Json, Draft07));

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

    /// <summary>Whether a corpus file validates against the schema its <c>schema:</c> key names, which <paramref name="kind"/> returns.</summary>
    public static bool Validates(string yaml, out string kind)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var json = ToJson(stream.Documents[0].RootNode)!;
        kind = ((string)json["schema"]!).Split('/')[0];
        var element = JsonDocument.Parse(json.ToJsonString()).RootElement;
        return Schemas[kind].Evaluate(element, new EvaluationOptions()).IsValid;
    }
}
