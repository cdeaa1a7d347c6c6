using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Emit;

/// <summary>
/// The data of one kind (see <see cref="DataLayout"/>): the pieces, the pool of shared strings, the
/// directory of where each record lies, and the id hash table, as <c>"…"u8</c> literals in the kind's table.
/// </summary>
internal static class DataEmitter
{
    /// <summary>Pieces per group in the two-level dispatch, so the first query JITs two small switches, not one per piece.</summary>
    private const int PieceGroup = 16;

    private const string Span = "global::System.ReadOnlySpan<byte>";

    private const string OutOfRange = "throw new global::System.ArgumentOutOfRangeException(nameof(index))";

    /// <summary>The data part of <paramref name="kind"/>'s table class.</summary>
    public static string Data(EntityKindDef kind, IReadOnlyList<EncodedEntity> entities, EmitSettings settings, CancellationToken cancellationToken)
    {
        var layout = DataLayout.Build(entities, cancellationToken);
        var w = GeneratedFile.Start(settings);
        w.Line("// The " + kind.SchemaName + " records as data (see the CorpusReader and CorpusDecoders types for the layout).");
        w.Open(settings.Visibility + " static partial class " + kind.CollectionName);
        w.Open("private sealed partial class " + kind.TypeName + "Table");
        w.Line("/// <inheritdoc />");
        w.Line("protected override int SlotWidth => " + layout.SlotWidth.ToString(CultureInfo.InvariantCulture) + ";");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("protected override " + Span + " Directory => " + CSharpLiteral.String(layout.Directory.ToString()) + "u8;");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("protected override " + Span + " Slots => " + CSharpLiteral.String(layout.Slots.ToString()) + "u8;");
        WritePieces(w, "protected override", "Piece", "Group", layout.Pieces, cancellationToken);
        WritePieces(w, "protected internal override", "PoolPiece", "PoolGroup", layout.PoolPieces, cancellationToken);
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>A method that returns a piece by number, through groups of <see cref="PieceGroup"/>, and the groups.</summary>
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
                cancellationToken.ThrowIfCancellationRequested();
                w.Line((p - (g * PieceGroup)).ToString(CultureInfo.InvariantCulture) + " => \"", pieces[p], "\"u8,");
            }
            w.Line("_ => " + OutOfRange + ",");
            w.Outdent();
            w.Line("};");
        }
    }
}
