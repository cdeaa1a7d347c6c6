using System;
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
/// and the chunk's class inside the kind's table, which hands them out by number. The literals are
/// not members of the chunk's class but of one of a fixed few classes of the table
/// (<see cref="LiteralLanes"/>), named after their chunk: the compiler compiles separate types side by
/// side and the members of one type in turn, and with a class of literals per chunk it compiled every
/// chunk's literals at once (at 100,000 statements, 49 chunks, the compile's peak memory was 3.3 times,
/// and its CPU time 1.9 times, that of the same literals in one class).
/// </summary>
internal static class DataEmitter
{
    /// <summary>Pieces per group in the two-level dispatch, so the first query JITs two small switches, not one per piece.</summary>
    private const int PieceGroup = 16;

    private const string Span = "global::System.ReadOnlySpan<byte>";

    private const string OutOfRange = "throw new global::System.ArgumentOutOfRangeException(nameof(index))";

    /// <summary>
    /// How many classes of a kind's table hold its literals, chunk by chunk in turn: as many types as
    /// the compiler may take side by side, whatever the size of the corpus. One class for all took
    /// longer at 10,000 statements than a class per chunk (the data compiled on one core).
    /// </summary>
    public const int LiteralLanes = 4;

    /// <summary>The name of the class of a kind's table that holds the literals of chunk <paramref name="chunk"/>.</summary>
    public static string LaneClass(int chunk) => "Literals" + (chunk % LiteralLanes).ToString(CultureInfo.InvariantCulture);

    /// <summary>The name of the class that holds chunk <paramref name="chunk"/> of a kind's data.</summary>
    public static string ChunkClass(int chunk) => "Chunk" + chunk.ToString(CultureInfo.InvariantCulture);

    /// <summary>The data of chunk <paramref name="chunk"/> of <paramref name="kind"/>: its class inside the kind's table.</summary>
    public static string Data(EntityKindDef kind, int chunk, IReadOnlyList<EncodedEntity> entities, EmitSettings settings, CancellationToken cancellationToken)
    {
        var layout = DataLayout.Build(entities, cancellationToken);
        var first = chunk << DataLayout.ChunkShift;
        var range = first.ToString(CultureInfo.InvariantCulture) + " to " + (first + entities.Count - 1).ToString(CultureInfo.InvariantCulture);
        var w = GeneratedFile.Start(settings);
        w.Line("// The " + kind.SchemaName + " records " + range + " as data (see the CorpusReader and CorpusDecoders types for the layout).");
        w.Open(settings.Visibility + " static partial class " + kind.CollectionName);
        w.Open("private sealed partial class " + kind.TypeName + "Table");
        var prefix = ChunkClass(chunk);
        var lane = LaneClass(chunk);
        w.Line("/// <summary>The data of the records " + range + ", in id order.</summary>");
        w.Open("private sealed class " + prefix + " : " + settings.Type("CorpusChunk"));
        w.Line("/// <inheritdoc />");
        w.Line("protected internal override " + Span + " Directory => " + lane + "." + prefix + "Directory;");
        WriteDispatch(w, "Piece", "Group", lane + "." + prefix + "Piece", layout.Pieces.Count);
        WriteDispatch(w, "PoolPiece", "PoolGroup", lane + "." + prefix + "PoolPiece", layout.PoolPieces.Count);
        w.Close();
        w.Line();
        w.Open("private static partial class " + lane);
        w.Line("internal static " + Span + " " + prefix + "Directory => " + CSharpLiteral.String(layout.Directory.ToString()) + "u8;");
        WriteLiterals(w, prefix + "Piece", layout.Pieces, cancellationToken);
        WriteLiterals(w, prefix + "PoolPiece", layout.PoolPieces, cancellationToken);
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>
    /// The chunk's override that returns a piece by number, through groups of <see cref="PieceGroup"/>
    /// (methods of the chunk's class) to the table's member of each piece.
    /// </summary>
    private static void WriteDispatch(CodeWriter w, string method, string group, string piece, int pieces)
    {
        var size = PieceGroup.ToString(CultureInfo.InvariantCulture);
        var groups = (pieces + PieceGroup - 1) / PieceGroup;
        w.Line();
        w.Line("/// <inheritdoc />");
        if (groups == 0)
        {
            w.Line("protected internal override " + Span + " " + method + "(int index) => " + OutOfRange + ";");
            return;
        }

        w.Line("protected internal override " + Span + " " + method + "(int index) => (index / " + size + ") switch");
        w.Line("{");
        w.Indent();
        for (var g = 0; g < groups; g++)
        {
            var number = g.ToString(CultureInfo.InvariantCulture);
            w.Line(number + " => " + group + number + "(index % " + size + "),");
        }
        w.Line("_ => " + OutOfRange + ",");
        w.Outdent();
        w.Line("};");
        for (var g = 0; g < groups; g++)
        {
            w.Line();
            w.Line("private static " + Span + " " + group + g.ToString(CultureInfo.InvariantCulture) + "(int index) => index switch");
            w.Line("{");
            w.Indent();
            for (var p = g * PieceGroup; p < Math.Min(pieces, (g + 1) * PieceGroup); p++)
            {
                w.Line((p - (g * PieceGroup)).ToString(CultureInfo.InvariantCulture) + " => " + piece + p.ToString(CultureInfo.InvariantCulture) + ",");
            }
            w.Line("_ => " + OutOfRange + ",");
            w.Outdent();
            w.Line("};");
        }
    }

    /// <summary>
    /// Each literal in a member of its own: the compiler's memory while it compiles a method grows
    /// with the bytes of the literals in it, so one method of sixteen pieces costs it far more memory
    /// (and time) than sixteen methods of one.
    /// </summary>
    private static void WriteLiterals(CodeWriter w, string name, IReadOnlyList<StringBuilder> pieces, CancellationToken cancellationToken)
    {
        for (var p = 0; p < pieces.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.Line();
            w.Line("internal static " + Span + " " + name + p.ToString(CultureInfo.InvariantCulture) + " => \"", pieces[p], "\"u8;");
        }
    }
}
