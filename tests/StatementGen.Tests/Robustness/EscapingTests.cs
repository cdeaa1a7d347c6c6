using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Tests.Infrastructure;
using Xunit;
using StatementGen.Schema;

namespace StatementGen.Tests.Robustness;

/// <summary>
/// Hostile text in every free-text field of every kind: the compiled value equals the YAML value
/// exactly, each value becomes exactly one string literal, nothing else in the generated code
/// changes shape, and neither bidirectional controls (Trojan Source) nor the invisible tag and
/// private-use characters beyond the Basic Multilingual Plane appear raw in the source.
/// </summary>
public class EscapingTests
{
    public static readonly string[] Hostile =
    [
        "\"", "\\", "\"\"\"", "line\nbreak", "carriage\rreturn", "\r\n", "*/", "/*", "// comment", "#line 1 \"evil.cs\"", "#if false",
        "{", "}", "{0}", "{{}}", "@\"verbatim\"", "$\"{x}\"", "\\u0041", "\\n", "nul\0char", "😀 emoji", "שלום עולם", "مرحبا",
        "\u202Eevil\u202C", "\u2066isolate\u2069", "\u200F\u200E\u061C", "zero\u200Bwidth\u200D\uFEFF", "\u2028\u2029\u0085",
        "\u007F\u0001\u001F", "\t", "\"; System.Environment.Exit(1); //", "class", "null", "<summary>", "&amp;", "]]>", "ﬁ ligature",
        "tags\U000E0001\U000E0068\U000E0069\U000E007F hide text", "private\U000F0000\U0010FFFD use",
    ];

    private static readonly char[] BidiControls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];

    public static TheoryData<int> Indexes() => new(Enumerable.Range(0, Hostile.Length));

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Hostile_text_compiles_to_exactly_the_same_value(int index)
    {
        var hostile = Hostile[index];
        var files = new RandomCorpus(1000 + index, _ => hostile).Build(2);
        var run = TestCorpus.Run(files);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(run.CompileProblems);

        // Shape: the hostile text sits only inside data literals (u8), in the data of every kind whose
        // entities hold it (once per kind when shared, once per entity otherwise); no stray directives or code.
        var holders = files
            .Select(f => CorpusGenerator.ReadAndCheck(TestCorpus.Root + f.Path, SourceText.From(f.Yaml), CancellationToken.None).Entity!)
            .Where(e => CountText(e.Root, hostile) > 0)
            .ToArray();
        Assert.True(holders.Length >= 2, "the hostile text should fill fields of several entities");
        var holdingKinds = holders.Select(e => SchemaCatalog.Kind(e.Kind).CollectionName).Distinct().ToArray();
        foreach (var kind in holdingKinds)
        {
            var data = run.Result.Results.Single().GeneratedSources.Where(s => s.HintName.StartsWith("StatementGen." + kind + ".Data", StringComparison.Ordinal))
                .SelectMany(s => CSharpSyntaxTree.ParseText(s.SourceText).GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
                .Where(l => l.IsKind(SyntaxKind.Utf8StringLiteralExpression))
                .Sum(l => Occurrences(l.Token.ValueText, hostile));
            Assert.True(data >= 1, kind + " data does not hold the text");
        }

        foreach (var source in run.Result.Results.Single().GeneratedSources)
        {
            var text = source.SourceText.ToString();
            Assert.Equal(-1, text.IndexOfAny(BidiControls));
            Assert.DoesNotContain(Enumerable.Range(0, text.Length - 1), i => char.IsSurrogatePair(text[i], text[i + 1]) && char.ConvertToUtf32(text[i], text[i + 1]) >= 0xE0000);
            var tree = CSharpSyntaxTree.ParseText(text);
            Assert.Empty(tree.GetDiagnostics());
            var root = tree.GetRoot();
            Assert.All(root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective), t => Assert.True(t.IsKind(SyntaxKind.NullableDirectiveTrivia), t.ToFullString()));
            Assert.DoesNotContain(root.DescendantNodes().OfType<LiteralExpressionSyntax>(), l => l.IsKind(SyntaxKind.StringLiteralExpression) && l.Token.ValueText == hostile);
        }

        // Value: load the compiled corpus and compare every field with the YAML.
        using var stream = new MemoryStream();
        Assert.True(run.Output.Emit(stream).Success);
        stream.Position = 0;
        var context = new AssemblyLoadContext("escaping", isCollectible: true);
        try
        {
            var find = context.LoadFromStream(stream).GetType("StatementGen.Generated.Corpus")!.GetMethod("Find", [typeof(string)])!;
            foreach (var (path, yaml) in files)
            {
                var entity = CorpusGenerator.ReadAndCheck(TestCorpus.Root + path, SourceText.From(yaml), CancellationToken.None).Entity!;
                ModelComparer.Compare(entity.Root, find.Invoke(null, [entity.Id]), entity.Id);
            }
        }
        finally
        {
            context.Unload();
        }
    }

    private static int Occurrences(string haystack, string needle)
    {
        var count = 0;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + needle.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static int CountText(Value value, string text) => value switch
    {
        TextValue t when t.Text == text => 1,
        ListValue list => list.Items.Sum(i => CountText(i, text)),
        ObjectValue obj => obj.Fields.Sum(f => CountText(f.Value, text)),
        _ => 0,
    };

    [Theory]
    [InlineData("name: \"\\uD800 lone\"")]
    [InlineData("name: \"\\uDC00\"")]
    [InlineData("name: \"\uD800 raw lone\"")]
    [InlineData("name: \"a\uDC00b\"")]
    public void Lone_surrogates_never_crash_and_never_reach_the_source_raw(string nameLine)
    {
        var yaml = Fixtures.Person.Replace("name: Ada Example", nameLine);
        var run = TestCorpus.Run(Fixtures.With("people/ada-example.yaml", yaml));
        Assert.Empty(run.CompileProblems);
        foreach (var source in run.Result.Results.Single().GeneratedSources)
        {
            var text = source.SourceText.ToString();
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else Assert.False(char.IsSurrogate(text[i]), "a lone surrogate reached " + source.HintName);
            }
        }
    }

    [Theory]
    [InlineData("person:a\"b")]
    [InlineData("person:Ada")]
    [InlineData("person:ä")]
    [InlineData("person:a/../b")]
    [InlineData("person:a--b")]
    [InlineData("person:-a")]
    [InlineData("person:a_b")]
    [InlineData("person:a b")]
    [InlineData("person:a\u202Eb")]
    public void Ids_outside_the_slug_rule_are_refused(string id)
    {
        var yaml = Fixtures.Person.Replace("id: person:ada-example", "id: \"" + id.Replace("\"", "\\\"") + "\"");
        var run = TestCorpus.Run(Fixtures.With("people/ada-example.yaml", yaml));
        Assert.Contains(run.Diagnostics, d => d.Id == "STMT0016");
        Assert.Empty(run.CompileProblems);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("namespace")]
    [InlineData("static")]
    [InlineData("int")]
    [InlineData("null")]
    [InlineData("value")]
    [InlineData("record")]
    [InlineData("global")]
    public void Keyword_slugs_become_valid_members(string slug)
    {
        var run = TestCorpus.Run(Fixtures.With("places/" + slug + ".yaml", $"schema: place/1\nid: place:{slug}\nname: N\ntype: city\n"));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileProblems);
        Assert.Matches(@"public static global::StatementGen\.Generated\.Place " + char.ToUpperInvariant(slug[0]) + slug.Substring(1) + @" => recordAt\(\d+\);", run.Source("StatementGen.Places.Members0.g.cs"));
    }

    [Theory]
    [InlineData("to-string", "ToString")]
    [InlineData("equals", "Equals")]
    [InlineData("get-hash-code", "GetHashCode")]
    [InlineData("get-type", "GetType")]
    [InlineData("reference-equals", "ReferenceEquals")]
    [InlineData("named", "Named")]
    public void Slugs_that_mangle_into_a_taken_name_are_refused(string slug, string member)
    {
        var run = TestCorpus.Run(Fixtures.With("places/" + slug + ".yaml", $"schema: place/1\nid: place:{slug}\nname: N\ntype: city\n"));
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STMT0033", diagnostic.Id);
        Assert.Contains("Places.Named." + member, diagnostic.GetMessage());
        Assert.Empty(run.CompileProblems);
    }
}
