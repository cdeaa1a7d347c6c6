using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using StatementGen.Model;

namespace StatementGen.Emit;

/// <summary>
/// Lays the indexes of <see cref="IndexLayout"/> down as <c>"…"u8</c> literals in one class,
/// <c>CorpusIndexData</c>, which the queries (the <c>CorpusIndexes</c> and <c>CorpusQueries</c>
/// templates) read in place: numbers as fixed-width 6-bit digits (<c>'0' + bits</c>, most significant
/// first), dates as four such digits, and string keys in open-addressing hash tables probed from
/// <see cref="CorpusHash.Of"/>, as the id tables are.
/// </summary>
internal static class IndexEmitter
{
    /// <summary>The digits of a date: a day key (see <see cref="IndexLayout.DayKey"/>) fits in 24 bits.</summary>
    private const int DateWidth = 4;

    /// <summary>The date code of an open start: below every day.</summary>
    private const int OpenEarliest = 0;

    /// <summary>The date code of an open end: above every day.</summary>
    private const int OpenLatest = (1 << 24) - 1;

    /// <summary>The digits of a key's header: its length in UTF-16 units times two, plus one when it is written as hex units.</summary>
    private const int HeaderWidth = 3;

    private const string Span = "global::System.ReadOnlySpan<byte>";

    /// <summary>The file of the indexes, from the keys of every statement emitted, in id order.</summary>
    public static IEnumerable<(string HintName, string Source)> Sources(IReadOnlyList<StatementKeys> statements, EmitSettings settings, CancellationToken cancellationToken)
    {
        yield return ("StatementGen.IndexData.g.cs", Indexes(statements, settings, cancellationToken));
    }

    /// <summary>The index file for the statements' keys, in id order.</summary>
    public static string Indexes(IReadOnlyList<StatementKeys> statements, EmitSettings settings, CancellationToken cancellationToken)
    {
        var layout = IndexLayout.Build(statements, cancellationToken);
        var width = Width(layout);
        var w = GeneratedFile.Start(settings);
        w.Line("/// <summary>");
        w.Line("/// The indexes of the queries, laid down at compile time: numbers as " + width.ToString(CultureInfo.InvariantCulture) + " digits of 6 bits");
        w.Line("/// (<c>'0' + bits</c>), dates as four, string keys in hash tables (see CorpusIndex).");
        w.Line("/// </summary>");
        w.Line(GeneratedFile.GeneratedCode);
        w.Open("internal static class CorpusIndexData");
        w.Line("/// <summary>The digits of a number.</summary>");
        w.Line("internal const int Width = " + width.ToString(CultureInfo.InvariantCulture) + ";");

        var indexes = new List<(string Name, int Pieces)>();
        var text = new StringBuilder();
        foreach (var s in layout.Chronological) Digits(text, s, width);
        Literal(w, "StatementOrder", "Statement ordinals in the order said.", text, indexes, settings);

        foreach (var s in layout.Chronological)
        {
            Date(text, layout.Statements[s].Said.Latest, OpenLatest);
            Date(text, layout.Statements[s].Said.Earliest, OpenEarliest);
        }
        Literal(w, "StatementBounds", "Per statement in the order said: the last day said, then the first.", text, indexes, settings);
        Reach(w, "StatementReach", "statement's days said", layout.Chronological.Select(s => layout.Statements[s].Said));

        Owners(text, layout.ClaimOwners, width);
        Literal(w, "ClaimOwners", "Per claim (statement by statement in id order): its statement's ordinal and its index there.", text, indexes, settings);

        foreach (var c in layout.ClaimChronological) Digits(text, c, width);
        Literal(w, "ClaimOrder", "Claim ordinals in the order said.", text, indexes, settings);

        foreach (var (bounds, position) in layout.ClaimsByLatest)
        {
            Date(text, bounds.Latest, OpenLatest);
            Date(text, bounds.Earliest, OpenEarliest);
            Digits(text, position, width);
        }
        Literal(w, "ClaimBounds", "Claims by the last day of their time: that day, the first, and the claim's position in ClaimOrder.", text, indexes, settings);
        Reach(w, "ClaimReach", "claim's time", layout.ClaimsByLatest.Select(c => c.Bounds));

        Owners(text, layout.RelationOwners, width);
        Literal(w, "RelationOwners", "Per relation (statement by statement in id order): its statement's ordinal and its index there.", text, indexes, settings);

        foreach (var c in layout.Estimates) Digits(text, c, width);
        Literal(w, "Estimates", "The estimates' claim ordinals, in the order said.", text, indexes, settings);

        foreach (var (name, postings) in layout.Keyed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Keyed(w, name, postings, width, indexes, settings);
        }

        Dispatch(w, indexes);
        w.Close();
        return w.ToString();
    }

    /// <summary>The digits every number but a slot needs: enough for every count and ordinal laid down.</summary>
    private static int Width(IndexLayout layout)
    {
        var largest = new[]
        {
            layout.Statements.Count,
            layout.ClaimOwners.Count,
            layout.RelationOwners.Count,
            layout.Statements.Select(s => System.Math.Max(s.Claims.Count, s.Relations.Count)).DefaultIfEmpty(0).Max(),
        }.Concat(layout.Keyed.Select(k => k.Postings.Total)).Max();
        return DigitsFor(largest);
    }

    /// <summary>How many 6-bit digits <paramref name="value"/> needs (at least one).</summary>
    private static int DigitsFor(int value)
    {
        var width = 1;
        while (1L << (6 * width) <= value) width++;
        return width;
    }

    /// <summary>
    /// One keyed index: <c>…Slots</c>, a power of two of slots at least twice the keys, each the offset
    /// of a key's entry plus one (0 for empty) in <c>…SlotWidth</c> digits; <c>…Entries</c>, per key its header, its text (ASCII as
    /// is, anything else as four hex digits per UTF-16 unit), and the start and count of its ordinals;
    /// <c>…Postings</c>, the ordinals.
    /// </summary>
    private static void Keyed(CodeWriter w, string name, Postings postings, int width, List<(string Name, int Pieces)> indexes, EmitSettings settings)
    {
        var entries = new StringBuilder();
        var offsets = new int[postings.Entries.Count];
        var ordinals = new StringBuilder();
        var start = 0;
        for (var k = 0; k < postings.Entries.Count; k++)
        {
            var (key, list) = postings.Entries[k];
            offsets[k] = entries.Length;
            var text = KeyText(key);
            Digits(entries, (key.Length * 2) + (IsAscii(key) ? 0 : 1), HeaderWidth);
            entries.Append(text);
            Digits(entries, start, width);
            Digits(entries, list.Count, width);
            foreach (var ordinal in list) Digits(ordinals, ordinal, width);
            start += list.Count;
        }

        var slotCount = postings.Entries.Count == 0 ? 0 : 1;
        while (slotCount < postings.Entries.Count * 2) slotCount *= 2;
        var slots = new int[slotCount];
        for (var k = 0; k < postings.Entries.Count; k++)
        {
            var slot = (int)(CorpusHash.Of(postings.Entries[k].Key) & (ulong)(slotCount - 1));
            while (slots[slot] != 0) slot = (slot + 1) & (slotCount - 1);
            slots[slot] = offsets[k] + 1;
        }
        var slotWidth = DigitsFor(entries.Length + 1);
        var slotText = new StringBuilder();
        foreach (var entry in slots) Digits(slotText, entry, slotWidth);

        w.Line();
        w.Line("/// <summary>The digits of a slot of " + name + "'s hash table.</summary>");
        w.Line("internal const int " + name + "SlotWidth = " + slotWidth.ToString(CultureInfo.InvariantCulture) + ";");

        Literal(w, name + "Slots", "The hash table of " + name + "'s keys: per slot, the offset of a key's entry plus one.", slotText, indexes, settings);
        Literal(w, name + "Entries", "Per key of " + name + ": its header, its text, and the start and count of its ordinals.", entries, indexes, settings);
        Literal(w, name + "Postings", "The ordinals of " + name + ", key by key, each key's in order.", ordinals, indexes, settings);
    }

    /// <summary>A key as laid down: ASCII as it is, anything else as four hex digits per UTF-16 unit.</summary>
    private static string KeyText(string key)
    {
        if (IsAscii(key)) return key;
        var hex = new StringBuilder(key.Length * 4);
        foreach (var unit in key) hex.Append(((int)unit).ToString("x4", CultureInfo.InvariantCulture));
        return hex.ToString();
    }

    private static bool IsAscii(string key) => key.All(c => c < 0x80);

    /// <summary>
    /// One index: a <c>CorpusIndexText</c> property naming its number and true length, and its text as
    /// <c>"…"u8</c> literals, each in a member of its own. Padded (see <see cref="DataLayout.CutAscii"/>),
    /// so the indexes add no array type beyond the data's few. An index longer than a piece is cut into
    /// pieces, which the compiler takes in with far less memory than one large literal; the reader
    /// (<c>CorpusIndexReader</c>) finds a byte in piece <c>offset / PieceSize</c> through <see cref="Dispatch"/>,
    /// so no index is ever copied whole.
    /// </summary>
    private static void Literal(CodeWriter w, string name, string summary, StringBuilder text, List<(string Name, int Pieces)> indexes, EmitSettings settings)
    {
        var bytes = text.Length.ToString(CultureInfo.InvariantCulture);
        var pieces = DataLayout.CutAscii(text);
        text.Clear();
        var number = indexes.Count.ToString(CultureInfo.InvariantCulture);
        indexes.Add((name, pieces.Count));
        w.Line();
        w.Line("/// <summary>" + summary + "</summary>");
        w.Line("internal static " + settings.Type("CorpusIndexText") + " " + name + " => new(" + number + ", " + bytes + ");");

        if (pieces.Count > 1)
        {
            w.Line();
            w.Line("/// <summary>The piece of " + name + " with this number.</summary>");
            w.Open("private static " + Span + " " + name + "Piece(int piece) => piece switch");
            for (var p = 0; p < pieces.Count; p++) w.Line(p.ToString(CultureInfo.InvariantCulture) + " => " + name + "Piece" + p.ToString(CultureInfo.InvariantCulture) + ",");
            w.Line("_ => default,");
            w.Close(";");
        }

        // Each piece in a member of its own, as the data's pieces are (see DataEmitter).
        for (var p = 0; p < pieces.Count; p++)
        {
            w.Line();
            w.Utf8LiteralLine("private static " + Span + " " + name + "Piece" + p.ToString(CultureInfo.InvariantCulture) + " => ", pieces[p].Written, ";");
        }
    }

    /// <summary>
    /// <c>Piece(index, piece)</c>: the piece of the index with this number (see <see cref="Literal"/>) that
    /// holds its bytes from <c>piece * PieceSize</c>; an index of one piece has only piece 0.
    /// </summary>
    private static void Dispatch(CodeWriter w, List<(string Name, int Pieces)> indexes)
    {
        w.Line();
        w.Line("/// <summary>The bytes of a piece of an index: pieces hold <c>PieceSize</c> bytes each, the last one what is left, padded.</summary>");
        w.Line("internal const int PieceSize = " + DataLayout.PieceSize.ToString(CultureInfo.InvariantCulture) + ";");
        w.Line();
        w.Line("/// <summary>The piece numbered <paramref name=\"piece\"/> of the index numbered <paramref name=\"index\"/> (an index of one piece has only piece 0).</summary>");
        w.Open("internal static " + Span + " Piece(int index, int piece) => index switch");
        for (var i = 0; i < indexes.Count; i++)
        {
            var (name, pieces) = indexes[i];
            w.Line(i.ToString(CultureInfo.InvariantCulture) + " => " + name + (pieces == 1 ? "Piece0" : "Piece(piece)") + ",");
        }
        w.Line("_ => default,");
        w.Close(";");
    }

    private static void Date(StringBuilder output, SimpleDate? date, int open) => Digits(output, DateCode(date, open), DateWidth);

    /// <summary>The date code laid down for <paramref name="date"/>, or <paramref name="open"/> for an open end.</summary>
    private static int DateCode(SimpleDate? date, int open) => date is { } day ? IndexLayout.DayKey(day) : open;

    /// <summary>
    /// The widest reach of <paramref name="bounds"/> (a last day's code less its first day's, as laid
    /// down, an open end counted as its code), as a constant: the range queries stop their candidates
    /// at the range's end plus this (0 when there are none).
    /// </summary>
    private static void Reach(CodeWriter w, string name, string what, IEnumerable<DateBounds> bounds)
    {
        var reach = System.Math.Max(0, bounds.Select(b => DateCode(b.Latest, OpenLatest) - DateCode(b.Earliest, OpenEarliest)).DefaultIfEmpty(0).Max());
        w.Line();
        w.Line("/// <summary>The widest reach of a " + what + ": its last day's date code less its first's.</summary>");
        w.Line("internal const int " + name + " = " + reach.ToString(CultureInfo.InvariantCulture) + ";");
    }

    /// <summary>Appends owner pairs (a statement's ordinal, an index in its list), as <c>CorpusIndex.Owner</c> reads them.</summary>
    private static void Owners(StringBuilder output, IEnumerable<(int Statement, int Index)> owners, int width)
    {
        foreach (var (statement, index) in owners)
        {
            Digits(output, statement, width);
            Digits(output, index, width);
        }
    }

    /// <summary>Appends <paramref name="value"/> as <paramref name="width"/> digits of 6 bits, most significant first.</summary>
    private static void Digits(StringBuilder output, int value, int width)
    {
        for (var i = width - 1; i >= 0; i--) output.Append((char)('0' + ((value >> (6 * i)) & 63)));
    }
}
