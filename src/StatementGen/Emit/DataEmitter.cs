using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Emit;

/// <summary>
/// The data of one chunk of a kind (see <see cref="DataLayout"/>), in a file of its own: the pieces,
/// the pool of shared strings and the directory of where each record lies, as <c>"…"u8</c> literals,
/// and one method of the chunk that hands them out by part number, which the kind's table calls by
/// chunk number (<see cref="CollectionEmitter"/>). A chunk has no class: the first read of a new chunk
/// loaded its class, ran its constructor and compiled nine methods; now it compiles the chunk's method
/// and the getters of the literals it reads (four methods for a record of one piece and one pool
/// piece). In a probe at 10,000 statements, the first reads of four new chunks took 0.75 times as long
/// (0.72–0.78 between quartiles). That method is one switch over every part, compiled as the first
/// tier compiles it: marked for full optimization, the JIT inlined the getters (one method per chunk),
/// but compiling it cost more than it saved (1.4 times the class-per-chunk time in the same probe).
/// The literals and that method are members of one of a fixed few classes of the table
/// (<see cref="LiteralLanes"/>), named after their chunk: the compiler compiles separate types side by
/// side and the members of one type in turn, and with a class of literals per chunk it compiled every
/// chunk's literals at once (at 100,000 statements, 49 chunks, the compile's peak memory was 3.3 times,
/// and its CPU time 1.9 times, that of the same literals in one class).
/// </summary>
internal static class DataEmitter
{
    private const string Span = "global::System.ReadOnlySpan<byte>";

    /// <summary>
    /// How many classes of a kind's table hold its literals, chunk by chunk in turn: as many types as
    /// the compiler may take side by side, whatever the size of the corpus. One class for all took
    /// longer at 10,000 statements than a class per chunk (the data compiled on one core).
    /// </summary>
    public const int LiteralLanes = 4;

    /// <summary>The name of the class of a kind's table that holds the literals of chunk <paramref name="chunk"/>.</summary>
    public static string LaneClass(int chunk) => "Literals" + (chunk % LiteralLanes).ToString(CultureInfo.InvariantCulture);

    /// <summary>The name of the method (of its lane class) that hands out the parts of chunk <paramref name="chunk"/>'s data.</summary>
    public static string ChunkMethod(int chunk) => "Chunk" + chunk.ToString(CultureInfo.InvariantCulture);

    /// <summary>The part number of a chunk's directory, as the runtime's <c>CorpusTable.DirectoryPart</c> says.</summary>
    private const int DirectoryPart = 0;

    /// <summary>The part number of data piece <paramref name="piece"/>, as the runtime's <c>CorpusTable.FirstPiecePart</c> says.</summary>
    private static int PiecePart(int piece) => 1 + piece;

    /// <summary>The part number of pool piece <paramref name="piece"/>, as the runtime's <c>CorpusTable.FirstPoolPart</c> says.</summary>
    private static int PoolPart(int piece) => -1 - piece;

    /// <summary>The data of chunk <paramref name="chunk"/> of <paramref name="kind"/>: its literals and its method in its lane class of the kind's table.</summary>
    public static string Data(EntityKindDef kind, int chunk, IReadOnlyList<EncodedEntity> entities, EmitSettings settings, CancellationToken cancellationToken)
    {
        var layout = DataLayout.Build(entities, cancellationToken);
        var first = chunk << DataLayout.ChunkShift;
        var range = first.ToString(CultureInfo.InvariantCulture) + " to " + (first + entities.Count - 1).ToString(CultureInfo.InvariantCulture);
        var w = GeneratedFile.Start(settings);
        w.Line("// The " + kind.SchemaName + " records " + range + " as data (see the CorpusReader and CorpusDecoders types for the layout).");
        w.Open(settings.Visibility + " static partial class " + kind.CollectionName);
        w.Open("private sealed partial class " + kind.TypeName + "Table");
        var name = ChunkMethod(chunk);
        w.Open("private static partial class " + LaneClass(chunk));
        w.Line("/// <summary>");
        w.Line("/// Part <paramref name=\"part\"/> of the data of the records " + range + ", in id order: the directory, the");
        w.Line("/// data pieces and the pool pieces, numbered as <see cref=\"" + settings.Type("CorpusTable") + ".Data\"/> says.");
        w.Line("/// </summary>");
        w.Line("internal static " + Span + " " + name + "(int part) => part switch");
        w.Line("{");
        w.Indent();
        for (var p = layout.PoolPieces.Count - 1; p >= 0; p--) WriteCase(w, PoolPart(p), name + "PoolPiece" + p.ToString(CultureInfo.InvariantCulture));
        WriteCase(w, DirectoryPart, name + "Directory");
        for (var p = 0; p < layout.Pieces.Count; p++) WriteCase(w, PiecePart(p), name + "Piece" + p.ToString(CultureInfo.InvariantCulture));
        w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(part)),");
        w.Outdent();
        w.Line("};");
        w.Line();
        w.Utf8LiteralLine("internal static " + Span + " " + name + "Directory => ", layout.Directory.Written, ";");
        WriteLiterals(w, name + "Piece", layout.Pieces, cancellationToken);
        WriteLiterals(w, name + "PoolPiece", layout.PoolPieces, cancellationToken);
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static void WriteCase(CodeWriter w, int part, string member) =>
        w.Line(part.ToString(CultureInfo.InvariantCulture) + " => " + member + ",");

    /// <summary>
    /// Each literal in a member of its own: the compiler's memory while it compiles a method grows
    /// with the bytes of the literals in it, so one method of sixteen pieces costs it far more memory
    /// (and time) than sixteen methods of one.
    /// </summary>
    private static void WriteLiterals(CodeWriter w, string name, IReadOnlyList<ByteBuffer> pieces, CancellationToken cancellationToken)
    {
        for (var p = 0; p < pieces.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.Line();
            w.Utf8LiteralLine("internal static " + Span + " " + name + p.ToString(CultureInfo.InvariantCulture) + " => ", pieces[p].Written, ";");
        }
    }
}
