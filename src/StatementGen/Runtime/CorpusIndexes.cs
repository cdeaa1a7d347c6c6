namespace StatementGen.Generated;

/// <summary>
/// One index of <c>CorpusIndexData</c>: its number there (which <c>CorpusIndexData.Piece</c> takes) and
/// its true length in bytes. An index is laid down as one literal, or, when longer than
/// <c>CorpusIndexData.PieceSize</c>, as pieces of exactly that size (the last padded); it is read in
/// place through <see cref="CorpusIndexReader"/>, never copied into one array.
/// </summary>
internal readonly struct CorpusIndexText
{
    // Fields rather than properties: a getter is one more method to compile on a first query.

    /// <summary>The index's number in <c>CorpusIndexData.Piece</c>.</summary>
    internal readonly int Number;

    /// <summary>The index's length in bytes, padding left out.</summary>
    internal readonly int Length;

    /// <summary>The index numbered <paramref name="number"/> in <c>CorpusIndexData.Piece</c>, of <paramref name="length"/> bytes.</summary>
    internal CorpusIndexText(int number, int length)
    {
        Number = number;
        Length = length;
    }
}

/// <summary>
/// Reads one index in place: the byte at an offset is found in piece <c>offset / PieceSize</c> at
/// <c>offset % PieceSize</c>, and the piece last read is kept, so a run of reads in one piece asks for it
/// once. A number or key that straddles two pieces is read across them.
/// </summary>
internal ref struct CorpusIndexReader
{
    /// <summary>The index's length in bytes (a field, as <see cref="CorpusIndexText.Length"/> is).</summary>
    internal readonly int Length;

    private readonly int number;
    private global::System.ReadOnlySpan<byte> piece;
    private int start;

    /// <summary>A reader of <paramref name="text"/>, no piece read yet.</summary>
    internal CorpusIndexReader(global::StatementGen.Generated.CorpusIndexText text)
    {
        number = text.Number;
        Length = text.Length;
        piece = default;
        start = 0;
    }

    /// <summary>The byte at <paramref name="at"/>.</summary>
    internal byte Byte(int at)
    {
        var offset = at - start;
        if ((uint)offset >= (uint)piece.Length)
        {
            var index = at / global::StatementGen.Generated.CorpusIndexData.PieceSize;
            piece = global::StatementGen.Generated.CorpusIndexData.Piece(number, index);
            start = index * global::StatementGen.Generated.CorpusIndexData.PieceSize;
            offset = at - start;
        }
        return piece[offset];
    }

    /// <summary>The number of <paramref name="width"/> digits of 6 bits at <paramref name="at"/>.</summary>
    internal int Digits(int at, int width)
    {
        var value = 0;
        for (var i = 0; i < width; i++) value = (value << 6) | (Byte(at + i) - '0');
        return value;
    }

    /// <summary>The <paramref name="index"/>th number of a list of numbers.</summary>
    internal int At(int index) => Digits(index * global::StatementGen.Generated.CorpusIndexData.Width, global::StatementGen.Generated.CorpusIndexData.Width);

    /// <summary>The date code at <paramref name="at"/>.</summary>
    internal int Date(int at) => Digits(at, 4);

    /// <summary>
    /// Of the records from <paramref name="low"/> to <paramref name="high"/> (each <paramref name="size"/>
    /// bytes, its first a date code, in the order of those codes), the first whose code is past
    /// <paramref name="code"/>, found by halving; <paramref name="high"/> when there is none.
    /// </summary>
    internal int FirstPast(int size, int low, int high, int code)
    {
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Date(middle * size) <= code) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}

/// <summary>
/// Reads the indexes the generator laid down in <c>CorpusIndexData</c>: numbers of
/// <c>CorpusIndexData.Width</c> digits of 6 bits (<c>'0' + bits</c>, most significant first), dates
/// as four such digits (<c>year * 512 + month * 32 + day</c>; 0 for an open start, 2^24 - 1 for an
/// open end), and hash tables of string keys, each slot its table's own <c>…SlotWidth</c> digits. Nothing here builds a structure the size of the corpus:
/// a query reads the digits it needs, in place (see <see cref="CorpusIndexReader"/>), and decodes only the records it returns.
/// </summary>
internal static class CorpusIndex
{
    /// <summary>The date code of an open end.</summary>
    internal const int OpenLatest = (1 << 24) - 1;

    /// <summary>The <paramref name="index"/>th number of a list of numbers.</summary>
    internal static int At(global::StatementGen.Generated.CorpusIndexText data, int index) => new global::StatementGen.Generated.CorpusIndexReader(data).At(index);

    /// <summary>
    /// The owner of the claim or relation with this ordinal, from a list of owner pairs: the ordinal of
    /// its statement and its index in that statement's list.
    /// </summary>
    internal static (int Statement, int Index) Owner(global::StatementGen.Generated.CorpusIndexText owners, int ordinal)
    {
        var width = global::StatementGen.Generated.CorpusIndexData.Width;
        var reader = new global::StatementGen.Generated.CorpusIndexReader(owners);
        return (reader.Digits(ordinal * 2 * width, width), reader.Digits((ordinal * 2 * width) + width, width));
    }

    /// <summary>How many numbers a list of numbers holds.</summary>
    internal static int Count(global::StatementGen.Generated.CorpusIndexText data) => data.Length / global::StatementGen.Generated.CorpusIndexData.Width;

    /// <summary>
    /// Finds <paramref name="key"/> in a keyed index: the slot it was found at (-1 when it is not
    /// there) and where its ordinals lie in the postings.
    /// </summary>
    internal static int Find(global::StatementGen.Generated.CorpusIndexText slotText, int slotWidth, global::StatementGen.Generated.CorpusIndexText entryText, string key, out int start, out int count)
    {
        start = 0;
        count = 0;
        var width = global::StatementGen.Generated.CorpusIndexData.Width;
        var slotCount = slotText.Length / slotWidth;
        if (slotCount == 0) return -1;
        var slots = new global::StatementGen.Generated.CorpusIndexReader(slotText);
        var entries = new global::StatementGen.Generated.CorpusIndexReader(entryText);
        var mask = slotCount - 1;
        var slot = (int)(global::StatementGen.Generated.CorpusHash.Of(key) & (ulong)mask);
        while (true)
        {
            var entry = slots.Digits(slot * slotWidth, slotWidth);
            if (entry == 0) return -1;
            var at = entry - 1;
            if (KeyEquals(ref entries, ref at, key))
            {
                start = entries.Digits(at, width);
                count = entries.Digits(at + width, width);
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Whether the key of the entry at <paramref name="at"/> is <paramref name="key"/>; moves <paramref name="at"/> past the key.</summary>
    private static bool KeyEquals(ref global::StatementGen.Generated.CorpusIndexReader entries, ref int at, string key)
    {
        var header = entries.Digits(at, 3);
        var length = header >> 1;
        var hex = (header & 1) == 1;
        var text = at + 3;
        at = text + (hex ? length * 4 : length);
        if (length != key.Length) return false;
        for (var i = 0; i < length; i++)
        {
            int unit;
            if (hex)
            {
                unit = 0;
                for (var k = 0; k < 4; k++)
                {
                    var digit = entries.Byte(text + (i * 4) + k);
                    unit = (unit << 4) | (digit <= '9' ? digit - '0' : digit - 'a' + 10);
                }
            }
            else
            {
                unit = entries.Byte(text + i);
            }
            if (unit != key[i]) return false;
        }
        return true;
    }

    /// <summary>
    /// The records a keyed index gives for <paramref name="key"/>, made once per key and then kept in
    /// <paramref name="cache"/> (one place per slot); an empty array when the key is not there. Statements
    /// have a typed copy of this (<c>Statements.Indexes.Keyed</c>), so a change to one is a change to both.
    /// </summary>
    internal static T[] Records<T>(global::StatementGen.Generated.CorpusIndexText slots, int slotWidth, global::StatementGen.Generated.CorpusIndexText entries, global::StatementGen.Generated.CorpusIndexText postings, string key, global::System.Func<int, T> record, ref T[]?[]? cache)
    {
        var slot = Find(slots, slotWidth, entries, key, out var start, out var count);
        if (slot < 0) return global::System.Array.Empty<T>();
        var kept = global::System.Threading.Volatile.Read(ref cache) ?? global::System.Threading.Interlocked.CompareExchange(ref cache, new T[]?[slots.Length / slotWidth], null) ?? cache!;
        if (global::System.Threading.Volatile.Read(ref kept[slot]) is { } found) return found;
        var made = Records(postings, start, count, record);
        global::System.Threading.Volatile.Write(ref kept[slot], made);
        return made;
    }

    /// <summary>The records of <paramref name="count"/> ordinals from <paramref name="start"/> of a list of numbers.</summary>
    internal static T[] Records<T>(global::StatementGen.Generated.CorpusIndexText postings, int start, int count, global::System.Func<int, T> record)
    {
        var made = new T[count];
        var reader = new global::StatementGen.Generated.CorpusIndexReader(postings);
        for (var i = 0; i < count; i++) made[i] = record(reader.At(start + i));
        return made;
    }

    /// <summary>The date code of a date given to a range query as its start: the first day on or after it.</summary>
    internal static int FromCode(global::System.DateOnly from)
    {
        var day = new global::System.DateOnly(from.Year, from.Month, from.Day);
        if (day >= from) return Code(day);

        // A date type with a time of day: the next day is the first whole day at or after it.
        return day.Year == 9999 && day.Month == 12 && day.Day == 31 ? OpenLatest : Code(day.AddDays(1));
    }

    /// <summary>The date code of a date given to a range query as its end: the day it falls on.</summary>
    internal static int ToCode(global::System.DateOnly to) => Code(to);

    private static int Code(global::System.DateOnly day) => (day.Year * 512) + (day.Month * 32) + day.Day;
}

/// <summary>A read-only list whose items are made on demand from their position (and kept by whoever makes them).</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class OrdinalList<T> : global::System.Collections.Generic.IReadOnlyList<T>
{
    private readonly global::System.Func<int, T> item;

    /// <summary>A list of <paramref name="count"/> items, the item at a position made by <paramref name="item"/>.</summary>
    internal OrdinalList(int count, global::System.Func<int, T> item)
    {
        Count = count;
        this.item = item;
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public T this[int index] => (uint)index < (uint)Count ? item(index) : throw new global::System.ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc />
    public global::System.Collections.Generic.IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return item(i);
    }

    global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
