using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Emit;

/// <summary>
/// The data of one chunk of a kind (see <see cref="DataLayout"/>): the pieces, the pool of shared
/// strings and the directory of where each record lies, as <c>"…"u8</c> literals in a class of its
/// own inside the kind's table, in a file of its own.
/// </summary>
internal static class DataEmitter
{
    /// <summary>Pieces per group in the two-level dispatch, so the first query JITs two small switches, not one per piece.</summary>
    private const int PieceGroup = 16;

    private const string Span = "global::System.ReadOnlySpan<byte>";

    private const string OutOfRange = "throw new global::System.ArgumentOutOfRangeException(nameof(index))";

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
        w.Line("/// <summary>The data of the records " + range + ", in id order.</summary>");
        w.Open("private sealed class " + ChunkClass(chunk) + " : " + settings.Type("CorpusChunk"));
        w.Line("/// <inheritdoc />");
        w.Line("protected internal override " + Span + " Directory => " + CSharpLiteral.String(layout.Directory.ToString()) + "u8;");
        WritePieces(w, "protected internal override", "Piece", "Group", layout.Pieces, cancellationToken);
        WritePieces(w, "protected internal override", "PoolPiece", "PoolGroup", layout.PoolPieces, cancellationToken);
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>A method that returns a piece by number, through groups of <see cref="PieceGroup"/>, the groups, and a property per piece.</summary>
    private static void WritePieces(CodeWriter w, string modifiers, string method, string group, IReadOnlyList<StringBuilder> pieces, CancellationToken cancellationToken)
    {
        var size = PieceGroup.ToString(CultureInfo.InvariantCulture);
        var groups = (pieces.Count + PieceGroup - 1) / PieceGroup;
        w.Line();
        w.Line("/// <inheritdoc />");
        if (groups == 0)
        {
            w.Line(modifiers + " " + Span + " " + method + "(int index) => " + OutOfRange + ";");
            return;
        }

        w.Line(modifiers + " " + Span + " " + method + "(int index) => (index / " + size + ") switch");
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
            for (var p = g * PieceGroup; p < Math.Min(pieces.Count, (g + 1) * PieceGroup); p++)
            {
                w.Line((p - (g * PieceGroup)).ToString(CultureInfo.InvariantCulture) + " => " + method + p.ToString(CultureInfo.InvariantCulture) + ",");
            }
            w.Line("_ => " + OutOfRange + ",");
            w.Outdent();
            w.Line("};");
        }

        // Each literal in a member of its own: the compiler's memory while it compiles a method grows
        // with the bytes of the literals in it, so one method of sixteen pieces costs it far more
        // memory (and time) than sixteen methods of one.
        for (var p = 0; p < pieces.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.Line();
            w.Line("private static " + Span + " " + method + p.ToString(CultureInfo.InvariantCulture) + " => \"", pieces[p], "\"u8;");
        }
    }
}
