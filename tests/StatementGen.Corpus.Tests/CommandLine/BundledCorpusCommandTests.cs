using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Tests.Cli;
using StatementGen.Tests.Infrastructure;
using Xunit;
using static StatementGen.Tests.Cli.CliRunner;

namespace StatementGen.Corpus.Tests.CommandLine;

/// <summary>The statementgen command line on the bundled corpus: it validates, exports without loss and counts what it holds.</summary>
public class BundledCorpusCommandTests
{
    [Fact]
    public void Validate_passes_the_real_corpus_and_counts_its_missing_wikidata_ids_as_info_not_warnings()
    {
        var (exit, output, _) = Run("validate", Paths.Corpus);
        Assert.Equal(0, exit);
        Assert.EndsWith("44 files, 44 valid entities: 0 errors, 0 warnings, 4 info." + Environment.NewLine, output);
        Assert.Equal(0, output.Split('\n').Count(l => l.Contains(": warning STMT00")));
        Assert.Equal(4, output.Split('\n').Count(l => l.Contains(": info STMT0071: Person '")));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("ndjson")]
    public void Export_is_lossless_the_export_reads_back_into_the_same_model(string format)
    {
        var (exit, output, _) = Run("export", Paths.Corpus, "--format", format);
        Assert.Equal(0, exit);
        var entries = format == "json"
            ? JsonNode.Parse(output)!.AsArray().Select(e => e!).ToArray()
            : output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Equal(44, entries.Length);
        foreach (var entry in entries)
        {
            var file = (string)entry["file"]!;
            var path = Path.Combine(Paths.Corpus, file);
            var original = CorpusGenerator.ReadAndCheck(path, SourceText.From(File.ReadAllText(path)), CancellationToken.None).Entity!.Root;
            var reimported = CorpusGenerator.ReadAndCheck(path, SourceText.From(entry["data"]!.ToJsonString()), CancellationToken.None);
            Assert.False(reimported.HasErrors, file);
            Assert.Equal(Canonical(original), Canonical(reimported.Entity!.Root));
        }
    }

    /// <summary>A value tree as text, without locations: equal text means equal values, types and key order.</summary>
    private static string Canonical(Value value) => value switch
    {
        ObjectValue obj => obj.TypeName + "{" + string.Join(",", obj.Fields.Select(f => f.Key + "=" + Canonical(f.Value))) + "}",
        ListValue list => "[" + string.Join(",", list.Items.Select(Canonical)) + "]",
        TextValue text => "text:" + System.Text.Json.JsonSerializer.Serialize(text.Text),
        IntValue number => "int:" + number.Number,
        NumberValue number => "number:" + number.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BoolValue flag => "bool:" + flag.Flag,
        DateValue date => "date:" + date.Date,
        EdtfValue edtf => "edtf:" + edtf.Text + "|" + edtf.Earliest + "|" + edtf.Latest,
        EnumValue member => "enum:" + member.Vocabulary + "." + member.Member,
        RefValue reference => "ref:" + reference.Kind + ":" + reference.Id,
        NullValue => "null",
        _ => throw new InvalidOperationException(),
    };

    [Fact]
    public void Export_csv_has_one_row_per_claim_and_writes_to_a_file()
    {
        using var corpus = new TempCorpus([]);
        var file = Path.Combine(corpus.Root, "claims.csv");
        var (exit, output, _) = Run("export", Paths.Corpus, "--format", "csv", "--output", file);
        Assert.Equal(0, exit);
        Assert.Contains("wrote " + file, output);
        var lines = File.ReadAllLines(file);
        Assert.Equal(1 + 21, lines.Length);
        Assert.StartsWith("statement,claim,kind,speaker,", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("stmt:2024-10-28-singh-dprk-troops-10000,troops-sent,assessment,person:sabrina-singh,org:us-dod,2024-10-28,2024-10-28,2024-10-28,quantity,dprk-troops-russia,troops_deployed,\"around 10,000 soldiers in total\",10000,,soldier,approximate,positive,probable,We believe,,place:eastern-russia,", StringComparison.Ordinal));
    }

    [Fact]
    public void Stats_counts_kinds_speakers_topics_and_problems()
    {
        var (exit, output, _) = Run("stats", Paths.Corpus);
        Assert.Equal(0, exit);
        Assert.Contains("     14  statement", output);
        Assert.Contains("      6  person:sabrina-singh", output);
        Assert.DoesNotContain("STMT0070", output);
        Assert.Contains("      4  STMT0071 info", output);
    }
}
