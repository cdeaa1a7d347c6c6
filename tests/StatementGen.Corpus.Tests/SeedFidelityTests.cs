using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Tests.Infrastructure;
using Xunit;
using StatementGen.Schema;

namespace StatementGen.Corpus.Tests;

/// <summary>
/// The bundled corpus against its source, the seed article archived in
/// <c>corpus/sources/thehill-2024-10-28-dprk-troops.txt</c>, through the product's own check: the
/// build finds every verbatim value in the article and marks every rendering verified, and a change
/// of one character anywhere in a verbatim value, in the archived text, a paragraph number or the
/// hash fails the build at that value with the right diagnostic.
/// </summary>
public class SeedFidelityTests
{
    private const string SourcePath = "sources/thehill-2024-10-28-dprk-troops.yaml";
    private const string TextPath = "sources/thehill-2024-10-28-dprk-troops.txt";

    /// <summary>A character the article never uses, so a value holding it can occur nowhere in it.</summary>
    private const char Foreign = '\u00A4';

    private static readonly IReadOnlyList<(string Path, string Yaml)> Corpus = TestCorpus.RealCorpus();

    private static ArchivedTexts Texts()
    {
        var text = Corpus.Single(f => f.Path == TextPath);
        return new ArchivedTexts(ImmutableArray.Create(ArchivedTextReader.Read(TestCorpus.Root + text.Path, SourceText.From(text.Yaml), CancellationToken.None)).ToEquatableArray());
    }

    private static FileModel Parse(string path)
        => CorpusGenerator.ReadAndCheck(TestCorpus.Root + path, SourceText.From(Corpus.Single(f => f.Path == path).Yaml), CancellationToken.None);

    private static IEnumerable<string> YamlFiles => Corpus.Select(f => f.Path).Where(p => p.EndsWith(".yaml", StringComparison.Ordinal));

    [Fact]
    public void The_archived_text_is_the_article_with_its_fifteen_paragraphs_and_recorded_hash()
    {
        var text = Texts().For("src:thehill-2024-10-28-dprk-troops")!;
        Assert.True(text.IsUsable);
        Assert.Equal(15, text.Paragraphs.Count);
        Assert.StartsWith("North Korea has sent about 10,000 troops", text.Paragraphs[0]);
        var block = Parse(SourcePath).Entity!.Root.GetObject("text")!;
        Assert.Equal(text.Sha256, block.GetText("sha256"));
        Assert.Equal(15, ((IntValue)block.Get("paragraphs")!).Number);
        Assert.Equal("full", block.GetEnum("stored"));
    }

    [Fact]
    public void The_build_finds_every_verbatim_value_in_the_article_and_verifies_every_rendering()
    {
        var run = TestCorpus.Run(Corpus);
        Assert.Empty(run.CompileProblems);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        var texts = Texts();
        var renderings = 0;
        foreach (var path in YamlFiles)
        {
            var file = CorpusGenerator.CheckFile(Parse(path), texts, CancellationToken.None);
            Assert.False(file.HasErrors, path);
            var count = file.Entity!.Root.GetList("renderings").Count;
            Assert.Equal(Enumerable.Range(0, count), file.VerifiedRenderings);
            renderings += count;
        }
        Assert.True(renderings >= 14);
    }

    [Fact]
    public void The_reviewed_corpus_gives_no_warning_only_an_info_for_each_person_without_a_checked_wikidata_id()
    {
        var run = TestCorpus.Run(Corpus);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning);
        Assert.All(run.Diagnostics, d => Assert.Equal(("STMT0071", DiagnosticSeverity.Info), (d.Id, d.Severity)));
        Assert.Equal(
            ["antony-blinken", "lloyd-austin", "sabrina-singh", "sergey-lavrov"],
            run.Diagnostics.Select(d => Path.GetFileNameWithoutExtension(d.Location.GetLineSpan().Path)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_corpus_covers_every_paragraph_of_the_seed()
    {
        var files = YamlFiles.Select(p => Parse(p).Entity!).ToArray();
        var covered = files
            .SelectMany(e => e.Root.GetList("renderings").OfType<ObjectValue>().Select(r => r.Get("para")))
            .Concat(files.SelectMany(e => e.Root.GetList("narrator_assertions").OfType<ObjectValue>().Select(a => a.Get("para"))))
            .OfType<IntValue>()
            .Select(p => (int)p.Number)
            .ToHashSet();
        Assert.Equal(Enumerable.Range(1, Texts().For("src:thehill-2024-10-28-dprk-troops")!.Paragraphs.Count), covered.Order());
    }

    public static TheoryData<string, string, string, string, string, string[]> OneCharacterChanges() => new()
    {
        // file, text to find, its replacement, the diagnostic, the text of the line it points at, what the message says
        { "statements/2024/2024-10-28-singh-dprk-troops-10000.yaml", "expectation they’ll be", "expectation they'll be", "STMT0043", "excerpt: >-", ["paragraph 1", "U+2019 ’", "U+0027 '"] },
        { "statements/2024/2024-10-28-zelensky-deploy-within-days.yaml", "plans to deploy", "plans deploy", "STMT0043", "excerpt: >-", ["paragraph 8", "U+0074 t", "U+0064 d"] },
        { "statements/2024/2024-10-28-singh-co-belligerents.yaml", "para: 11", "para: 12", "STMT0043", "para: 12", ["is in paragraph 11", "not paragraph 12", "set para: 11"] },
        { SourcePath, "sha256: 1b2abe72", "sha256: 0b2abe72", "STMT0041", "sha256: 0b2abe72", ["0b2abe72", "1b2abe72"] },
        { "statements/2024/2024-10-28-singh-dprk-troops-10000.yaml", "role: deputy press secretary", "role: deputy press secretery", "STMT0044", "role: deputy press secretery", ["'speaker.role'", "U+0061 a", "U+0065 e"] },
        { "statements/2024/2024-10-28-singh-dprk-troops-10000.yaml", "cue: told reporters", "cue: told reporterz", "STMT0050", "cue: told reporterz", ["'cue'", "U+0073 s", "U+007A z"] },
    };

    [Theory]
    [MemberData(nameof(OneCharacterChanges))]
    public void A_one_character_change_fails_the_build_at_the_value(string file, string find, string replace, string id, string line, string[] says)
    {
        var original = Corpus.Single(f => f.Path == file).Yaml;
        Assert.Contains(find, original);
        var changed = original.Replace(find, replace);
        var run = TestCorpus.Run(Corpus.Select(f => f.Path == file ? (f.Path, changed) : f));

        var errors = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        var error = Assert.Single(errors);
        Assert.Equal(id, error.Id);
        Assert.EndsWith(file, error.Location.GetLineSpan().Path);
        var at = error.Location.GetLineSpan().StartLinePosition.Line;
        Assert.Contains(line, changed.Split('\n')[at]);
        var message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var part in says) Assert.Contains(part, message);
    }

    [Fact]
    public void A_changed_word_in_the_archived_text_fails_the_hash_and_every_excerpt_of_its_paragraph()
    {
        var changed = Corpus.Select(f => f.Path == TextPath ? (f.Path, f.Yaml.Replace("Europe’s biggest conflict", "Europe’s largest conflict")) : f);
        var errors = TestCorpus.Run(changed).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.Contains(errors, d => d.Id == "STMT0041" && d.Location.GetLineSpan().Path.EndsWith(SourcePath, StringComparison.Ordinal));
        var excerpt = Assert.Single(errors, d => d.Id == "STMT0043");
        Assert.Contains("paragraph 9", excerpt.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("U+006C l", excerpt.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, errors.Length);
    }

    /// <summary>Every verbatim value of the bundled corpus, one at a time, with one character replaced.</summary>
    public static TheoryData<string> YamlFilesData()
    {
        var data = new TheoryData<string>();
        foreach (var path in YamlFiles) data.Add(path);
        return data;
    }

    [Theory]
    [MemberData(nameof(YamlFilesData))]
    public void Any_verbatim_value_changed_by_one_character_is_an_error_at_that_value_naming_both_code_points(string path)
    {
        var texts = Texts();
        var file = Parse(path);
        var values = VerbatimValues(file.Entity!.Root).ToArray();
        foreach (var value in values)
        {
            // The middle character of the longest part between ellipses (after its first, so the message
            // has matched text before the change), moved off white space the … rule trims.
            var parts = value.Text.Split('…');
            var longest = Enumerable.Range(0, parts.Length).MaxBy(i => parts[i].Trim().Length);
            var partStart = parts.Take(longest).Sum(p => p.Length + 1) + (parts[longest].Length - parts[longest].TrimStart().Length);
            var index = partStart + Math.Max(1, parts[longest].Trim().Length / 2);
            while (index < value.Text.Length - 1 && (char.IsWhiteSpace(value.Text[index]) || char.IsLowSurrogate(value.Text[index]))) index++;
            if (parts[longest].Trim().Length < 2) continue; // a one-character part has no character after its first
            var mutated = value with { Text = value.Text.Substring(0, index) + Foreign + value.Text.Substring(index + 1) };
            var changed = file with { Entity = file.Entity! with { Root = (ObjectValue)Replace(file.Entity.Root, value, mutated) } };

            // The per-file rules and the check against the archived text, as the build runs them.
            var problems = CorpusGenerator.CheckFile(CorpusGenerator.CheckRules(changed, CancellationToken.None), texts, CancellationToken.None).Diagnostics;

            var error = problems.FirstOrDefault(d => d.Location == value.Location && d.Severity == DiagnosticSeverity.Error);
            Assert.True(error is not null, path + ": no error for '" + value.Text + "' changed at " + index);
            var message = error!.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains("U+00A4", message);
            Assert.Matches(@"has U\+[0-9A-F]{4,5}[^\n]* where [^\n]* has U\+[0-9A-F]{4,5}", message);
            Assert.Contains(error.Id, new[] { "STMT0043", "STMT0044", "STMT0050" });
        }
    }

    private static IEnumerable<TextValue> VerbatimValues(Value value, bool verbatim = false)
    {
        switch (value)
        {
            case TextValue text when verbatim && text.Text.Trim().Length > 0:
                yield return text;
                break;
            case ListValue list:
                foreach (var item in list.Items)
                {
                    foreach (var found in VerbatimValues(item, verbatim)) yield return found;
                }
                break;
            case ObjectValue obj:
                var type = SchemaCatalog.Type(obj.TypeName);
                foreach (var field in obj.Fields)
                {
                    foreach (var found in VerbatimValues(field.Value, type.Field(field.Key)!.Verbatim)) yield return found;
                }
                break;
        }
    }

    private static Value Replace(Value value, TextValue target, TextValue replacement) => value switch
    {
        _ when ReferenceEquals(value, target) => replacement,
        ObjectValue obj => obj with { Fields = obj.Fields.Select(f => f with { Value = Replace(f.Value, target, replacement) }).ToEquatableArray() },
        ListValue list => list with { Items = list.Items.Select(i => Replace(i, target, replacement)).ToEquatableArray() },
        _ => value,
    };
}
