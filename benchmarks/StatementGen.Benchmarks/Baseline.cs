using System.Text.Json;
using System.Text.Json.Serialization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StatementGen.Benchmarks;

// The run-time baselines: the same statements read at run time, by YamlDotNet from the YAML files and
// by System.Text.Json (source generated) from one JSON file. Plain classes with the statement fields
// the queries use and most others; vocabulary values stay strings, which only makes the baselines cheaper.

public sealed class StatementDto
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public SpeakerDto Speaker { get; set; } = new();
    public OccasionDto? Occasion { get; set; }
    public TimeDto Said { get; set; } = new();
    public List<RenderingDto> Renderings { get; set; } = [];
    public List<ClaimDto> Claims { get; set; } = [];
    public List<RelationDto> Relations { get; set; } = [];
    public CurationDto? Curation { get; set; }
}

public sealed class SpeakerDto
{
    public string Ref { get; set; } = "";
    public string? OnBehalfOf { get; set; }
    public string? Role { get; set; }
    public string Identification { get; set; } = "";
}

public sealed class OccasionDto
{
    public string? Key { get; set; }
    public string? Setting { get; set; }
    public string? Audience { get; set; }
    public string? Venue { get; set; }
}

public sealed class TimeDto
{
    public string? AsStated { get; set; }
    public string Edtf { get; set; } = "";
    public string Precision { get; set; } = "";
    public string Basis { get; set; } = "";
    public string? Anchor { get; set; }
    public ExtentDto? Extent { get; set; }
}

public sealed class ExtentDto
{
    public string Amount { get; set; } = "";
    public string Unit { get; set; } = "";
}

public sealed class RenderingDto
{
    public string Source { get; set; } = "";
    public int Para { get; set; }
    public string Mode { get; set; } = "";
    public string AttributedAs { get; set; } = "";
    public string Cue { get; set; } = "";
    public string? CueClass { get; set; }
    public List<string> Quote { get; set; } = [];
    public string Excerpt { get; set; } = "";
    public string Fidelity { get; set; } = "";
}

public sealed class ClaimDto
{
    public string Key { get; set; } = "";
    public string Type { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Topic { get; set; }
    public string? Subject { get; set; }
    public string? Predicate { get; set; }
    public string? Measure { get; set; }
    public QuantityDto? Quantity { get; set; }
    public List<PlaceRoleDto> Where { get; set; } = [];
    public TimeDto? When { get; set; }
    public StanceDto Stance { get; set; } = new();
}

public sealed class QuantityDto
{
    public string? AsStated { get; set; }
    public decimal? Value { get; set; }
    public string Unit { get; set; } = "";
    public string Qualifier { get; set; } = "";
    public string? Scope { get; set; }
}

public sealed class PlaceRoleDto
{
    public string Ref { get; set; } = "";
    public string Role { get; set; } = "";
    public string? AsStated { get; set; }
}

public sealed class StanceDto
{
    public string Polarity { get; set; } = "";
    public string Certainty { get; set; } = "";
    public string? Evidential { get; set; }
    public List<string> Cues { get; set; } = [];
    public string? Icd203 { get; set; }
}

public sealed class RelationDto
{
    public string Type { get; set; } = "";
    public string? From { get; set; }
    public string To { get; set; } = "";
    public string Basis { get; set; } = "";
    public string? Confidence { get; set; }
    public string? Note { get; set; }
}

public sealed class CurationDto
{
    public string? Status { get; set; }
    public string? By { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(List<StatementDto>))]
public sealed partial class BaselineJson : JsonSerializerContext
{
}

/// <summary>Loads the statements at run time, the ways an app without the generator would.</summary>
public static class Baseline
{
    /// <summary>Every statement file under <paramref name="corpus"/>, read with YamlDotNet's deserializer.</summary>
    public static List<StatementDto> LoadYaml(string corpus)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        var statements = new List<StatementDto>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(corpus, "statements"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(file);
            statements.Add(deserializer.Deserialize<StatementDto>(reader));
        }
        return statements;
    }

    /// <summary>The statements from one JSON file, with System.Text.Json source generation.</summary>
    public static List<StatementDto> LoadJson(string file)
    {
        using var stream = File.OpenRead(file);
        return JsonSerializer.Deserialize(stream, BaselineJson.Default.ListStatementDto)!;
    }

    /// <summary>Writes the statements as one JSON file.</summary>
    public static void WriteJson(List<StatementDto> statements, string file)
    {
        using var stream = File.Create(file);
        JsonSerializer.Serialize(stream, statements, BaselineJson.Default.ListStatementDto);
    }
}
