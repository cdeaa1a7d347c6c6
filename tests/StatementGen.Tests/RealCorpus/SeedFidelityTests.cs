using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Tests.Infrastructure;
using StatementGen.Validation;
using Xunit;

namespace StatementGen.Tests.RealCorpus;

/// <summary>
/// The bundled corpus against its source, the seed article: every verbatim field is the article's
/// exact characters, every quote sits in its excerpt, and the stored hash is the article's.
/// Which fields are verbatim comes from the schema catalogue, not from a list kept here.
/// </summary>
public class SeedFidelityTests
{
    private static readonly string SeedPath = Path.Combine(Paths.Corpus, "sources", "thehill-2024-10-28-dprk-troops.txt");

    private static string Seed => File.ReadAllText(SeedPath, Encoding.UTF8);

    private static string[] Paragraphs => Seed.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static EntityFile Parse(string relativePath)
    {
        var full = Path.Combine(Paths.Corpus, relativePath);
        var model = CorpusParser.ParseFile(full, SourceText.From(File.ReadAllText(full)), CancellationToken.None);
        Assert.False(model.HasErrors);
        return model.Entity!;
    }

    /// <summary>
    /// Every verbatim text in a value tree, with the key it sits under and the paragraph it must come
    /// from: a rendering's or narrator assertion's own <c>para</c>, else 0 (anywhere in the article).
    /// </summary>
    private static IEnumerable<(string Key, string Text, int Para)> VerbatimTexts(Value value, int para = 0)
    {
        if (value is ListValue list)
        {
            foreach (var item in list.Items)
            {
                foreach (var found in VerbatimTexts(item, para)) yield return found;
            }
        }
        else if (value is ObjectValue obj)
        {
            if (obj.TypeName is "Rendering" or "NarratorAssertion" && obj.Get("para") is IntValue own) para = (int)own.Number;
            var type = SchemaCatalog.Type(obj.TypeName);
            foreach (var field in obj.Fields)
            {
                var definition = type.Field(field.Key)!;
                if (definition.Verbatim)
                {
                    if (field.Value is TextValue text) yield return (field.Key, text.Text, para);
                    if (field.Value is ListValue texts)
                    {
                        foreach (var item in texts.Items.OfType<TextValue>()) yield return (field.Key, item.Text, para);
                    }
                }

                foreach (var found in VerbatimTexts(field.Value, para)) yield return found;
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestCorpus.RealCorpusFiles), MemberType = typeof(TestCorpus))]
    public void Every_verbatim_field_is_the_seed_articles_exact_text(string file)
    {
        var seed = Seed;
        var paragraphs = Paragraphs;
        var misses = VerbatimTexts(Parse(file).Root)
            .Where(v => !Verbatim.OccursIn(v.Text, v.Para == 0 ? seed : paragraphs[v.Para - 1]))
            .Select(v => v.Key + (v.Para == 0 ? "" : " (para " + v.Para + ")") + ": " + v.Text)
            .ToArray();
        Assert.Empty(misses);
    }

    [Theory]
    [MemberData(nameof(TestCorpus.RealCorpusFiles), MemberType = typeof(TestCorpus))]
    public void Every_quote_is_inside_its_excerpt(string file)
    {
        var renderings = Parse(file).Root.GetList("renderings").OfType<ObjectValue>().ToArray();
        foreach (var rendering in renderings)
        {
            var excerpt = rendering.GetText("excerpt")!;
            foreach (var quote in rendering.GetList("quote").OfType<TextValue>())
            {
                Assert.True(Verbatim.OccursIn(quote.Text, excerpt), $"quote '{quote.Text}' not in excerpt '{excerpt}'");
            }
        }
    }

    [Fact]
    public void The_verbatim_check_would_catch_straight_quotes()
    {
        Assert.False(Verbatim.OccursIn("I don't have more details just yet", Seed));
        Assert.True(Verbatim.OccursIn("I don’t have more details just yet", Seed));
        var lavrov = Paragraphs[14];
        Assert.True(Verbatim.OccursIn("pushed back at … calling it", lavrov));
        Assert.False(Verbatim.OccursIn("calling it … pushed back at", lavrov));
    }

    [Fact]
    public void The_corpus_covers_every_paragraph_of_the_seed()
    {
        var paragraphs = Paragraphs.Length;
        var files = TestCorpus.RealCorpus().Select(f => Parse(f.Path)).ToArray();
        var covered = files
            .SelectMany(e => e.Root.GetList("renderings").OfType<ObjectValue>().Select(r => r.Get("para")))
            .Concat(files.SelectMany(e => e.Root.GetList("narrator_assertions").OfType<ObjectValue>().Select(a => a.Get("para"))))
            .OfType<IntValue>()
            .Select(p => (int)p.Number)
            .ToHashSet();
        Assert.Equal(Enumerable.Range(1, paragraphs), covered.Order());
    }

    [Fact]
    public void The_source_records_the_seeds_hash_and_paragraph_count()
    {
        var paragraphs = Paragraphs;
        var canonical = string.Join("\n", paragraphs) + "\n";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))).ToLowerInvariant();
        var text = Parse("sources/thehill-2024-10-28-dprk-troops.yaml").Root.GetObject("text")!;
        Assert.Equal(hash, text.GetText("sha256"));
        Assert.Equal(paragraphs.Length, ((IntValue)text.Get("paragraphs")!).Number);
    }

    [Fact]
    public void The_real_corpus_generates_without_errors_and_compiles_cleanly()
    {
        var run = TestCorpus.Run(TestCorpus.RealCorpus());
        Assert.Empty(run.CompileProblems);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

        // Every statement has had its second review; the people whose Wikidata item could not be
        // checked have none, which is an info, never a warning.
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Assert.Equal(
            ["person:antony-blinken", "person:lloyd-austin", "person:sabrina-singh", "person:sergey-lavrov"],
            run.Diagnostics.Where(d => d.Id == "STMT0071" && d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Info)
                .Select(d => Path.GetFileNameWithoutExtension(d.Location.GetLineSpan().Path)).Order(StringComparer.Ordinal).Select(name => "person:" + name));
        Assert.Equal(4, run.Diagnostics.Count);
    }
}
