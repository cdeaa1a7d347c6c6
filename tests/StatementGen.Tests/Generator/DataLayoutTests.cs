using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Emit;
using StatementGen.Model;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>How the data is laid down in the compiled assembly: a handful of literal lengths, whatever the corpus.</summary>
public class DataLayoutTests
{
    /// <summary>The fixture corpus, and people enough for a full piece and a partial one.</summary>
    public static TheoryData<string> Corpora() => new() { "fixtures", "people" };

    [Fact]
    public void The_data_literals_of_a_kind_are_members_of_a_fixed_few_classes_of_its_table_whatever_the_chunks()
    {
        // The compiler compiles separate types side by side and the members of one type in turn: a
        // class of literals per chunk put every chunk's literals in flight at once (at 100,000
        // statements, 3.3 times the compile's peak memory). Two chunks of people, two lanes of one table.
        var count = (1 << DataLayout.ChunkShift) + 20;
        var run = TestCorpus.Run(Enumerable.Range(0, count).Select(Person).ToArray());
        Assert.Empty(run.CompileProblems);
        var literals = run.Result.GeneratedTrees
            .Where(t => Regex.IsMatch(Path.GetFileName(t.FilePath), @"^StatementGen\.\w+\.Data\d+\.g\.cs$"))
            .SelectMany(t => t.GetRoot().DescendantNodes().Where(n => n.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.Utf8StringLiteralExpression)))
            .Select(n => (File: Path.GetFileName(n.SyntaxTree.FilePath), Types: string.Join(".", n.Ancestors().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>().Select(d => d.Identifier.Text).Reverse())))
            .ToArray();
        Assert.Contains(literals, l => l.File == "StatementGen.People.Data1.g.cs");
        var lanes = Enumerable.Range(0, DataEmitter.LiteralLanes).Select(DataEmitter.LaneClass).ToArray();
        Assert.All(literals, l => Assert.True(Regex.IsMatch(l.Types, @"^\w+\.\w+Table\.Literals\d+$") && lanes.Contains(l.Types.Split('.')[2]), l.File + ": a literal in " + l.Types));
        Assert.Equal(new[] { "People.PersonTable.Literals0", "People.PersonTable.Literals1" },
            literals.Where(l => l.File.StartsWith("StatementGen.People.", StringComparison.Ordinal)).Select(l => l.Types).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_id_of_a_kind_whose_id_table_has_slots_of_four_digits_is_found_and_an_absent_one_is_not()
    {
        // From 4,096 entities of a kind an id table's slot holds four digits, which the look-up reads as one number.
        const int count = 4_100;
        var ids = Enumerable.Range(0, count).Select(n => "person:" + Slug(n)).ToArray();
        Assert.Equal(4, DataLayout.IdSlots(ids).Width);
        var run = TestCorpus.Run(Enumerable.Range(0, count).Select(Person).ToArray());
        Assert.Empty(run.CompileProblems);
        run.Load(assembly =>
        {
            var people = assembly.GetType("StatementGen.Generated.People")!;
            var find = people.GetMethod("Find", [typeof(string)])!;
            var idOf = assembly.GetType("StatementGen.Generated.Person")!.GetProperty("Id")!;
            foreach (var id in ids)
            {
                var found = find.Invoke(null, [id]);
                Assert.True(found is not null, id + " not found");
                Assert.Equal(id, idOf.GetValue(found)!.ToString());
            }

            Assert.Null(find.Invoke(null, ["person:p-99999"]));
            return 0;
        });
    }

    [Fact]
    public void A_slot_of_four_digits_reads_back_every_value_four_digits_hold()
    {
        // The top digit of a slot is only set from 262,144 entities of a kind, far past any corpus a
        // test builds, so the run-time decoding is checked against the generator's digits directly.
        int[] edges = [0, 1, 63, 64, 4_095, 4_096, 262_143, 262_144, (1 << 24) - 1];
        var random = new Random(14);
        var values = edges.Concat(Enumerable.Range(0, 200).Select(_ => random.Next(1 << 24))).ToArray();
        var read = TestCorpus.Run(Fixtures.All).Load(assembly =>
        {
            var fourDigits = assembly.GetType("StatementGen.Generated.EntityTable`1")!.MakeGenericType(typeof(object))
                .GetMethod("FourDigits", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
            return values.Select(value =>
            {
                var digits = IndexPieceTests.SixBitDigits(value, 4);
                var number = ((uint)digits[0] << 24) | ((uint)digits[1] << 16) | ((uint)digits[2] << 8) | digits[3];
                return (int)fourDigits.Invoke(null, [number])!;
            }).ToArray();
        });
        Assert.Equal(values, read);
    }

    [Fact]
    public void Strings_pooled_in_several_pool_pieces_read_back_from_each_piece_of_both_chunks()
    {
        // Pairs of people share three long aliases, so each chunk's pool runs to several 64 KiB pieces,
        // read through part numbers below the directory's.
        var count = (1 << DataLayout.ChunkShift) + 800;
        string Alias(int pair, int k) => "Alias " + k.ToString(CultureInfo.InvariantCulture) + " of the pair " + pair.ToString(CultureInfo.InvariantCulture) + " " + new string((char)('a' + k), 70);
        string Aliases(int number) => string.Join(", ", Enumerable.Range(0, 3).Select(k => Alias(number / 2, k)));
        var run = TestCorpus.Run(Enumerable.Range(0, count).Select(n => PersonFile(n, Aliases(n))).ToArray());
        Assert.Empty(run.CompileProblems);
        foreach (var chunk in new[] { 0, 1 })
        {
            var data = run.Result.GeneratedTrees.Single(t => t.FilePath.EndsWith("StatementGen.People.Data" + chunk.ToString(CultureInfo.InvariantCulture) + ".g.cs", StringComparison.Ordinal)).ToString();
            Assert.True(Regex.Matches(data, @"PoolPiece\d+ =>").Count >= 2, "chunk " + chunk.ToString(CultureInfo.InvariantCulture) + " has fewer than two pool pieces");
        }

        var aliases = run.Load(assembly =>
        {
            var all = (System.Collections.IEnumerable)assembly.GetType("StatementGen.Generated.People")!.GetProperty("All")!.GetValue(null)!;
            return all.Cast<object>().Select(p => string.Join(", ", (IEnumerable<string>)p.GetType().GetProperty("Aliases")!.GetValue(p)!)).ToArray();
        });
        Assert.Equal(Enumerable.Range(0, count).Select(Aliases), aliases);
    }

    [Fact]
    public void A_chunk_is_no_type_but_one_method_of_its_lane_class_and_its_records_read_back_from_every_chunk()
    {
        // A class per chunk cost each new chunk's first read a type load, a constructor and five more
        // methods to compile: a chunk's data is one method of its lane class, reached by chunk number.
        var count = (1 << DataLayout.ChunkShift) + 20;
        var run = TestCorpus.Run(Enumerable.Range(0, count).Select(PersonWithSharedAlias).ToArray());
        Assert.Empty(run.CompileProblems);
        var data = run.Result.GeneratedTrees.Where(t => Regex.IsMatch(Path.GetFileName(t.FilePath), @"^StatementGen\.People\.Data\d+\.g\.cs$")).ToArray();
        Assert.Equal(2, data.Length);
        foreach (var tree in data)
        {
            var chunk = Regex.Match(Path.GetFileName(tree.FilePath), @"Data(\d+)").Groups[1].Value;
            var root = tree.GetRoot();
            Assert.Equal(new[] { "People", "PersonTable", "Literals" + chunk },
                root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>().Select(d => d.Identifier.Text));
            Assert.Equal(new[] { "Chunk" + chunk },
                root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Select(m => m.Identifier.Text));
        }

        // Records of both chunks, the first and last of each, with the alias every person shares (which
        // each chunk keeps in its pool) and one of their own (inline).
        int[] indexes = [0, (1 << DataLayout.ChunkShift) - 1, 1 << DataLayout.ChunkShift, count - 1];
        var aliases = run.Load(assembly =>
        {
            var all = (System.Collections.IEnumerable)assembly.GetType("StatementGen.Generated.People")!.GetProperty("All")!.GetValue(null)!;
            var people = all.Cast<object>().ToArray();
            return indexes.Select(i => string.Join("|", (IEnumerable<string>)people[i].GetType().GetProperty("Aliases")!.GetValue(people[i])!)).ToArray();
        });
        Assert.Equal(indexes.Select(i => "Alias every person has|Alias of person number " + i.ToString(CultureInfo.InvariantCulture)), aliases);

        // The second chunk's 20 people share their alias through its pool, which holds it once.
        Assert.Single(Regex.Matches(run.Result.GeneratedTrees.Single(t => t.FilePath.EndsWith("StatementGen.People.Data1.g.cs", StringComparison.Ordinal)).ToString(), "Alias every person has"));
    }

    [Fact]
    public void A_quote_attribution_or_as_stated_taken_from_the_excerpt_is_laid_down_once_in_it_and_reads_back_exactly()
    {
        // The quote comes before its excerpt in the data (a slice pointing forward), the claim's
        // as_stated after it (pointing back); characters of two and three UTF-8 bytes come before both,
        // so a slice's byte differs from its character. The last two statements share one short excerpt,
        // which goes to the pool, and each takes a quote of its own from it.
        const string excerpt = "„Über 4.000 Menschen — mindestens — kamen nach Example City“, Ada Example told the Zürich daily.";
        const string shared = "“Wir zählten 3.000 Gäste”, sagte Ada Example.";
        var files = Fixtures.All
            .Append(SlicedStatement("2024-05-03-ada-slices", excerpt, "Über 4.000 Menschen — mindestens — kamen nach Example City", "told the Zürich daily", "Über 4.000 Menschen"))
            .Append(SlicedStatement("2024-05-04-ada-shared-one", shared, "Wir zählten 3.000 Gäste", "sagte", "3.000 Gäste"))
            .Append(SlicedStatement("2024-05-05-ada-shared-two", shared, "zählten 3.000 Gäste", "sagte", "zählten 3.000 Gäste"))
            .ToArray();
        var run = TestCorpus.Run(files);
        Assert.Empty(run.CompileProblems);

        var read = run.Load(assembly =>
        {
            var find = assembly.GetType("StatementGen.Generated.Statements")!.GetMethod("Find", [typeof(string)])!;
            object Get(object owner, string property) => owner.GetType().GetProperty(property)!.GetValue(owner)!;
            return new[] { "2024-05-03-ada-slices", "2024-05-04-ada-shared-one", "2024-05-05-ada-shared-two" }.Select(slug =>
            {
                var statement = find.Invoke(null, ["stmt:" + slug])!;
                var rendering = ((System.Collections.IEnumerable)Get(statement, "Renderings")).Cast<object>().Single();
                var claim = ((System.Collections.IEnumerable)Get(statement, "Claims")).Cast<object>().Single();
                return string.Join("|", ((IEnumerable<string>)Get(rendering, "Quote")).Single(), (string)Get(rendering, "Excerpt"),
                    (string)Get(rendering, "AttributedAs"), (string)Get(rendering, "Cue"), (string)Get(Get(claim, "Quantity"), "AsStated"));
            }).ToArray();
        });
        Assert.Equal(
            new[]
            {
                "Über 4.000 Menschen — mindestens — kamen nach Example City|" + excerpt + "|Ada Example|told the Zürich daily|Über 4.000 Menschen",
                "Wir zählten 3.000 Gäste|" + shared + "|Ada Example|sagte|3.000 Gäste",
                "zählten 3.000 Gäste|" + shared + "|Ada Example|sagte|zählten 3.000 Gäste",
            },
            read);

        // Each text is in the statements' data once, in its excerpt (the shared one in the pool).
        var data = string.Concat(run.Result.GeneratedTrees.Where(t => Regex.IsMatch(Path.GetFileName(t.FilePath), @"^StatementGen\.Statements\.Data\d+\.g\.cs$")).Select(t => t.ToString()));
        Assert.Single(Regex.Matches(data, "kamen nach Example City"));
        Assert.Single(Regex.Matches(data, "rich daily"));
        Assert.Single(Regex.Matches(data, "3\\.000 G"));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_data_literal_has_one_of_a_few_fixed_lengths_so_the_compiler_makes_few_array_types(string corpus)
    {
        var files = corpus == "fixtures"
            ? Fixtures.All
            : Enumerable.Range(0, 300).Select(Person).ToArray();
        var run = TestCorpus.Run(files);
        Assert.Empty(run.CompileProblems);

        // A u8 literal's array holds its bytes and a terminating zero.
        var lengths = ArrayInitSizes(run).Select(size => size - 1).ToArray();
        Assert.NotEmpty(lengths);
        Assert.All(lengths, length => Assert.True(IsFixedLength(length),
            "a data literal of " + length.ToString(CultureInfo.InvariantCulture) + " bytes, in: " + string.Join(", ", lengths)));
        if (corpus == "people") Assert.Contains(DataLayout.PieceSize, lengths);
    }

    [Fact]
    public void No_data_literal_carries_more_padding_than_one_length_step()
    {
        // 300 people fill one piece and most of a second: a power of two would pad the second to a whole piece.
        var run = TestCorpus.Run(Enumerable.Range(0, 300).Select(Person).ToArray());
        var data = run.Result.GeneratedTrees.Single(t => t.FilePath.EndsWith("StatementGen.People.Data0.g.cs", StringComparison.Ordinal)).ToString();
        var literals = U8Literals(data).ToArray();
        Assert.True(literals.Length >= 3, "a directory and two pieces at least");

        // Padding is '.', which no piece, pool or directory of this corpus ends with (its entities end in digits).
        Assert.All(literals, literal => Assert.True(literal.Length - literal.TrimEnd('.').Length < DataLayout.LengthStep,
            "a literal of " + literal.Length.ToString(CultureInfo.InvariantCulture) + " bytes with " + (literal.Length - literal.TrimEnd('.').Length).ToString(CultureInfo.InvariantCulture) + " of padding"));
    }

    [Fact]
    public void Every_data_literal_is_a_member_of_its_own()
    {
        // The compiler's memory while it compiles a method grows with the bytes of its literals: a
        // method of many 64 KiB pieces cost it twice the peak memory of as many members of one.
        var run = TestCorpus.Run(Enumerable.Range(0, 300).Select(Person).ToArray());
        var data = run.Result.GeneratedTrees.Where(t => t.FilePath.Contains(".Data", StringComparison.Ordinal)).ToArray();
        Assert.Contains(data, t => t.FilePath.EndsWith("StatementGen.People.Data0.g.cs", StringComparison.Ordinal));
        var members = data.SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>())
            .Where(m => m is Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.BasePropertyDeclarationSyntax)
            .Select(m => (Name: m is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax method ? method.Identifier.Text : m is Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax property ? property.Identifier.Text : "?",
                Literals: m.DescendantNodes().Count(n => n.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.Utf8StringLiteralExpression))))
            .ToArray();
        Assert.Contains(members, m => m.Literals == 1);
        Assert.All(members, m => Assert.True(m.Literals <= 1, m.Name + " holds " + m.Literals.ToString(CultureInfo.InvariantCulture) + " literals"));
    }

    /// <summary>Whether <paramref name="length"/> is one of the lengths <see cref="DataLayout.PaddedLength"/> gives for a literal of at most a piece.</summary>
    private static bool IsFixedLength(int length) =>
        length >= DataLayout.MinimumLiteralBytes && length <= DataLayout.PieceSize &&
        (length <= DataLayout.LengthStep ? (length & (length - 1)) == 0 : length % DataLayout.LengthStep == 0);

    /// <summary>The text of every <c>"…"u8</c> literal of a generated source (its escapes taken as one byte each; the tests' literals are ASCII).</summary>
    private static IEnumerable<string> U8Literals(string source) =>
        Regex.Matches(source, @"""((?:[^""\\\n]|\\.)*)""u8").Select(m => Regex.Replace(m.Groups[1].Value, @"\\(u[0-9a-fA-F]{4}|.)", "x"));

    /// <summary>The sizes of the array types the compiler made for the literals (<c>__StaticArrayInitTypeSize=N</c> under <c>&lt;PrivateImplementationDetails&gt;</c>).</summary>
    private static int[] ArrayInitSizes(GeneratorRun run)
    {
        using var stream = new MemoryStream();
        var emitted = run.Output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        const string prefix = "__StaticArrayInitTypeSize=";
        return metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Where(type => type.GetDeclaringType() is { IsNil: false } outer && metadata.GetString(metadata.GetTypeDefinition(outer).Name) == "<PrivateImplementationDetails>")
            .Select(type => metadata.GetString(type.Name))
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name => int.Parse(name.Substring(prefix.Length), CultureInfo.InvariantCulture))
            .OrderBy(size => size)
            .ToArray();
    }

    [Theory]
    [InlineData('a')]
    [InlineData('\u0430')]
    public void The_search_of_an_entitys_excerpts_for_its_strings_stops_at_its_budget_and_the_rest_stay_whole(char firstLetter)
    {
        // 600 quotes, each a different stretch of one 200-character excerpt: found without a bound, each
        // would scan the excerpt, so the search would grow as strings times excerpt. The budget is
        // 64 Ki plus 16 times the excerpt's characters, 200 a search: at most 343 searches, in Latin
        // letters (one UTF-8 byte each) as in Cyrillic (two).
        var letters = new StringBuilder("Ada Example said ");
        var seed = 12345u;
        while (letters.Length < 200)
        {
            seed = (seed * 1103515245) + 12345;
            letters.Append((char)(firstLetter + ((seed >> 16) % 26)));
        }
        var excerpt = letters.ToString();
        var quotes = Enumerable.Range(0, 600).Select(i => excerpt.Substring(17 + (i % 170), 8 + (i / 170))).ToArray();
        Assert.Equal(600, quotes.Distinct().Count());
        var yaml = SlicedStatement("2024-05-06-ada-many", excerpt, "x", "said", excerpt.Substring(20, 6)).Yaml
            .Replace("quote: [\"x\"]", "quote: [" + string.Join(", ", quotes.Select(q => "\"" + q + "\"")) + "]", StringComparison.Ordinal);

        var file = CorpusGenerator.Encode(CorpusGenerator.ReadAndCheck(TestCorpus.Root + "statements/2024/2024-05-06-ada-many.yaml", SourceText.From(yaml), CancellationToken.None));
        Assert.DoesNotContain(file.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var sliced = EntityPlaces.Of(file.Entity!.Encoded!).Slices.Count / 3;

        // Strings of the record other than the quotes are looked for too (the speaker, the source), so a few fewer.
        Assert.InRange(sliced, 343 - 10, 343);
    }

    /// <summary>
    /// A statement of the fixture corpus's speaker whose rendering quotes <paramref name="quote"/> from
    /// <paramref name="excerpt"/>, attributed to "Ada Example" with <paramref name="cue"/>, and whose
    /// claim's quantity is stated as <paramref name="asStated"/>.
    /// </summary>
    private static (string Path, string Yaml) SlicedStatement(string slug, string excerpt, string quote, string cue, string asStated)
    {
        return ("statements/2024/" + slug + ".yaml",
            "schema: statement/1\nid: stmt:" + slug + "\nkind: assertion\nspeaker: {ref: person:ada-example, identification: named}\n" +
            "said: 2024-05-03\nrenderings:\n  - source: src:example-daily-2024-05-02\n    para: 2\n    mode: direct\n" +
            "    attributed_as: Ada Example\n    cue: " + cue + "\n    quote: [\"" + quote + "\"]\n    excerpt: \"" + excerpt + "\"\n    fidelity: verbatim\n" +
            "claims:\n  - key: crowd\n    type: quantity\n    text: People came.\n    topic: crowd-size\n    measure: attendance\n" +
            "    quantity: {as_stated: \"" + asStated + "\", value: 3000, unit: person, qualifier: at_least}\n    stance: {polarity: positive, certainty: certain}\n" +
            "curation: {status: published}\n");
    }

    /// <summary>A person (ids sort as their numbers), with an alias every person shares and one of their own.</summary>
    private static (string Path, string Yaml) PersonWithSharedAlias(int number)
        => PersonFile(number, "Alias every person has, Alias of person number " + number.ToString(CultureInfo.InvariantCulture));

    /// <summary>A person file of its own, with aliases enough that 300 people fill more than one piece.</summary>
    private static (string Path, string Yaml) Person(int number)
        => PersonFile(number, string.Join(", ", Enumerable.Range(0, 12).Select(a => "Alias " + a.ToString(CultureInfo.InvariantCulture) + " of person number " + number.ToString(CultureInfo.InvariantCulture))));

    /// <summary>The file of person <paramref name="number"/> with these aliases (a YAML flow list's items).</summary>
    private static (string Path, string Yaml) PersonFile(int number, string aliases)
        => ("people/" + Slug(number) + ".yaml", "schema: person/1\nid: person:" + Slug(number) + "\nname: Person " + number.ToString(CultureInfo.InvariantCulture) + "\naliases: [" + aliases + "]\n");

    /// <summary>The slug of person <paramref name="number"/>: five digits, so ids sort as their numbers.</summary>
    private static string Slug(int number) => "p-" + number.ToString("D5", CultureInfo.InvariantCulture);
}
