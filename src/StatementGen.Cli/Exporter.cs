using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Cli;

/// <summary>
/// The corpus as JSON (an array of {file, data}), NDJSON (one such object per line) or CSV (one row
/// per claim). JSON keeps every value with its type and every key in file order, so it reads back
/// (JSON is YAML) into the same model.
/// </summary>
internal static class Exporter
{
    public static string Json(CorpusFolder corpus)
        => new JsonArray(Entries(corpus).ToArray()).ToJsonString(new JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n") + "\n";

    public static string NdJson(CorpusFolder corpus)
        => string.Concat(Entries(corpus).Select(e => e.ToJsonString() + "\n"));

    private static IEnumerable<JsonNode> Entries(CorpusFolder corpus) => corpus.Corpus.Entities.Select(e => (JsonNode)new JsonObject
    {
        ["file"] = corpus.Relative(e.IdLocation.Path),
        ["data"] = ToJson(e.Root),
    });

    public static JsonNode? ToJson(Value value) => value switch
    {
        NullValue => null,
        TextValue text => JsonValue.Create(text.Text),
        EdtfValue edtf => JsonValue.Create(edtf.Text),
        IntValue number => JsonValue.Create(number.Number),
        NumberValue number => JsonValue.Create(number.Number),
        BoolValue flag => JsonValue.Create(flag.Flag),
        DateValue date => JsonValue.Create(date.Date.ToString()),
        EnumValue member => JsonValue.Create(member.Member),
        RefValue reference => JsonValue.Create(reference.Id),
        ListValue list => new JsonArray(list.Items.Select(ToJson).ToArray()),
        ObjectValue obj => new JsonObject(obj.Fields.Select(f => new KeyValuePair<string, JsonNode?>(f.Key, ToJson(f.Value)))),
        _ => throw new InvalidOperationException(value.GetType().Name),
    };

    private static readonly string[] Columns =
    [
        "statement", "claim", "kind", "speaker", "on_behalf_of", "said", "said_earliest", "said_latest", "claim_type", "topic", "measure",
        "quantity_as_stated", "value", "high", "unit", "qualifier", "polarity", "certainty", "cues", "icd203", "where", "text",
    ];

    /// <summary>The columns that hold numbers, written as they are (see <see cref="TextField"/>).</summary>
    private static readonly int[] NumberColumns = [Array.IndexOf(Columns, "value"), Array.IndexOf(Columns, "high")];

    public static string Csv(CorpusFolder corpus)
    {
        var builder = new StringBuilder();
        builder.Append(string.Join(",", Columns)).Append('\n');
        foreach (var statement in corpus.Corpus.Entities.Where(e => e.Kind == RefKind.Statement))
        {
            var root = statement.Root;
            var speaker = root.GetObject("speaker");
            var said = root.GetObject("said")?.Get("edtf") as EdtfValue;
            foreach (var claim in root.GetList("claims").OfType<ObjectValue>())
            {
                var quantity = claim.GetObject("quantity");
                var stance = claim.GetObject("stance");
                string? Number(string key) => quantity?.Get(key) is NumberValue n ? n.Number.ToString(CultureInfo.InvariantCulture) : null;
                var row = new[]
                {
                    statement.Id, claim.GetText("key"), root.GetEnum("kind"), (speaker?.Get("ref") as RefValue)?.Id, (speaker?.Get("on_behalf_of") as RefValue)?.Id,
                    said?.Text, said?.Earliest?.ToString(), said?.Latest?.ToString(), claim.GetEnum("type"), claim.GetText("topic"), claim.GetText("measure"),
                    quantity?.GetText("as_stated"), Number("value"), Number("high"), quantity?.GetText("unit"), quantity?.GetEnum("qualifier"),
                    stance?.GetEnum("polarity"), stance?.GetEnum("certainty"), string.Join("; ", stance?.GetList("cues").OfType<TextValue>().Select(c => c.Text) ?? []),
                    stance?.GetEnum("icd203"), string.Join("; ", claim.GetList("where").OfType<ObjectValue>().Select(w => (w.Get("ref") as RefValue)?.Id)), claim.GetText("text"),
                };
                builder.Append(string.Join(",", row.Select((cell, column) => NumberColumns.Contains(column) ? Field(cell) : TextField(cell)))).Append('\n');
            }
        }
        return builder.ToString();
    }

    /// <summary>RFC 4180: quote a field that holds a comma, a quote or a line break; double inner quotes.</summary>
    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : Quoted(value);
    }

    private static string Quoted(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

    /// <summary>
    /// A text cell. One that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return
    /// would be run as a formula by a spreadsheet ("CSV injection"), so, as OWASP advises, it gets a
    /// leading <c>'</c> and is quoted. Number cells (value, high) go through <see cref="Field"/> and keep
    /// their sign: <c>-5</c> is a number, not a formula.
    /// </summary>
    private static string TextField(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? Quoted("'" + value) : Field(value);
    }
}
