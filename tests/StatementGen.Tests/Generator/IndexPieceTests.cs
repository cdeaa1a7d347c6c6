using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatementGen.Emit;
using StatementGen.Model;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>
/// Indexes longer than a piece: cut into literals of at most a piece, and read in place through the
/// runtime's readers (the <c>CorpusIndexes</c> template), piece by piece, with no copy of a whole index
/// on first use, numbers and keys that straddle two pieces included.
/// </summary>
public class IndexPieceTests
{
    private static readonly EmitSettings Settings = new("Sample", "public", new TargetInfo(LanguageVersion.Latest, true, true, true, true, true));

    private static readonly SimpleDate Day = new(2024, 5, 1);

    [Fact]
    public void An_index_longer_than_a_piece_is_cut_into_pieces_and_reads_back_whole()
    {
        // 12,000 statements of one claim: the claim owners, two numbers of three digits per claim, pass a piece.
        const int count = 12_000;
        var source = IndexEmitter.Indexes(OneClaimEach(count, _ => "person:p"), Settings, CancellationToken.None);

        Assert.All(U8Literals(source), literal => Assert.True(literal.Length <= DataLayout.PieceSize, "a literal of " + literal.Length.ToString(CultureInfo.InvariantCulture) + " bytes"));

        var expected = new StringBuilder();
        for (var i = 0; i < count; i++) expected.Append(SixBitDigits(i, 3)).Append(SixBitDigits(0, 3));
        Assert.True(expected.Length > DataLayout.PieceSize);
        const string probe = """
            namespace Sample;
            public static class Probe
            {
                public static string Read()
                {
                    var reader = new CorpusIndexReader(CorpusIndexData.ClaimOwners);
                    var bytes = new char[reader.Length];
                    for (var i = 0; i < bytes.Length; i++) bytes[i] = (char)reader.Byte(i);
                    return new string(bytes);
                }
            }
            """;
        Assert.Equal(expected.ToString(), (string)Run(source, probe, "Read"));
    }

    [Fact]
    public void Reading_an_index_of_several_pieces_copies_none_of_it()
    {
        // The claim owners of 12,000 claims are two pieces (72,000 bytes): the last claim's owner is
        // read from the second piece where it lies, not from a copy of both.
        const int count = 12_000;
        var source = IndexEmitter.Indexes(OneClaimEach(count, _ => "person:p"), Settings, CancellationToken.None);
        const string probe = """
            namespace Sample;
            public static class Probe
            {
                public static long[] FirstRead()
                {
                    var before = System.GC.GetAllocatedBytesForCurrentThread();
                    var (statement, index) = CorpusIndex.Owner(CorpusIndexData.ClaimOwners, 11_999);
                    var allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;
                    return new long[] { statement, index, allocated };
                }
            }
            """;
        var read = (long[])Run(source, probe, "FirstRead");
        Assert.Equal(11_999, read[0]);
        Assert.Equal(0, read[1]);
        Assert.True(read[2] < 1024, read[2].ToString(CultureInfo.InvariantCulture) + " bytes allocated to read one owner of an index of 72,000 bytes");
    }

    [Fact]
    public void Keys_and_numbers_that_straddle_pieces_are_found_in_place()
    {
        // 400 speakers with long keys not in ASCII (four hex digits per unit, 1,200 bytes an entry)
        // fill eight pieces of entries, so entries and their numbers straddle piece boundaries; one key
        // is longer than a piece by itself.
        const int count = 400;
        string Speaker(int i) => "person:" + new string('\u015d', i == 7 ? 20_000 : 290) + i.ToString("D3", CultureInfo.InvariantCulture);
        var statements = OneClaimEach(count, Speaker);
        var source = IndexEmitter.Indexes(statements, Settings, CancellationToken.None);
        Assert.Contains("StatementsBySpeakerEntriesPiece7", source, StringComparison.Ordinal);
        Assert.All(U8Literals(source), literal => Assert.True(literal.Length <= DataLayout.PieceSize, "a literal of " + literal.Length.ToString(CultureInfo.InvariantCulture) + " bytes"));

        const string probe = """
            namespace Sample;
            public static class Probe
            {
                public static int[] Find(string[] keys)
                {
                    var found = new int[keys.Length];
                    for (var i = 0; i < keys.Length; i++)
                    {
                        found[i] = CorpusIndex.Find(CorpusIndexData.StatementsBySpeakerSlots, CorpusIndexData.StatementsBySpeakerSlotWidth, CorpusIndexData.StatementsBySpeakerEntries, keys[i], out var start, out var count) < 0
                            ? -1
                            : count == 1 ? CorpusIndex.At(CorpusIndexData.StatementsBySpeakerPostings, start) : -2;
                    }
                    return found;
                }
            }
            """;
        var keys = Enumerable.Range(0, count).Select(Speaker).Append("person:nobody").Append(Speaker(5) + "x").ToArray();
        var found = (int[])Run(source, probe, "Find", [keys]);
        Assert.Equal(Enumerable.Range(0, count).Append(-1).Append(-1), found);
    }

    [Theory]
    [InlineData(8_192, 1)]
    [InlineData(8_193, 2)]
    public void An_index_of_exactly_one_piece_is_one_literal_and_one_byte_more_starts_a_second(int count, int pieces)
    {
        // Eight bytes of bounds per statement: 8,192 statements fill a piece to its last byte.
        var source = IndexEmitter.Indexes(OneClaimEach(count, _ => "person:p"), Settings, CancellationToken.None);
        Assert.Equal(pieces, Regex.Matches(source, @"StatementBoundsPiece\d+ =>").Count);

        const string probe = """
            namespace Sample;
            public static class Probe
            {
                public static int[] Bounds()
                {
                    var reader = new CorpusIndexReader(CorpusIndexData.StatementBounds);
                    var codes = new int[(reader.Length / 4) + 1];
                    for (var i = 0; i + 1 < codes.Length; i++) codes[i] = reader.Date(i * 4);
                    codes[codes.Length - 1] = CorpusIndex.ToCode(new System.DateOnly(2024, 5, 1));
                    return codes;
                }
            }
            """;
        var codes = (int[])Run(source, probe, "Bounds");
        Assert.Equal((2 * count) + 1, codes.Length);
        Assert.All(codes, code => Assert.Equal(codes[^1], code));
    }

    /// <summary><paramref name="count"/> statements in id order, said on one day, each of one claim, the speaker of each from <paramref name="speaker"/>.</summary>
    private static StatementKeys[] OneClaimEach(int count, Func<int, string> speaker)
    {
        var said = new DateBounds(Day, Day);
        return Enumerable.Range(0, count).Select(i => new StatementKeys(
            "stmt:s-" + i.ToString("D5", CultureInfo.InvariantCulture), speaker(i), null, EquatableArray<string>.Empty, said, null, null, null,
            new[] { new ClaimKeys("c1", null, null, EquatableArray<string>.Empty, null, false) }.ToEquatableArray(),
            EquatableArray<RelationKeys>.Empty)).ToArray();
    }

    /// <summary>The text of every <c>"…"u8</c> literal of a generated source (its escapes taken as one byte each; the tests' literals are ASCII).</summary>
    private static IEnumerable<string> U8Literals(string source) =>
        Regex.Matches(source, @"""((?:[^""\\\n]|\\.)*)""u8").Select(m => Regex.Replace(m.Groups[1].Value, @"\\(u[0-9a-fA-F]{4}|.)", "x"));

    /// <summary>A value as the generator writes it in <paramref name="width"/> digits of 6 bits (<c>'0' + bits</c>), the highest first.</summary>
    internal static string SixBitDigits(int value, int width) =>
        new(Enumerable.Range(0, width).Select(i => (char)('0' + ((value >> (6 * (width - 1 - i))) & 63))).ToArray());

    /// <summary>Compiles the index source with the runtime's readers and a probe, and runs the probe's <paramref name="method"/>.</summary>
    private static object Run(string source, string probe, string method, object?[]? arguments = null)
    {
        var trees = new[] { source, TemplateEmitter.Emit("CorpusIndexes.cs", Settings), TemplateEmitter.Emit("CorpusHash.cs", Settings), probe }
            .Select(text => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest)));
        var compilation = CSharpCompilation.Create("IndexProbe", trees, Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        var assembly = System.Reflection.Assembly.Load(stream.ToArray());
        return assembly.GetType("Sample.Probe")!.GetMethod(method)!.Invoke(null, arguments)!;
    }
}
