namespace StatementGen.Generated;

/// <summary>
/// Reads the indexes the generator laid down in <c>CorpusIndexData</c>: numbers of
/// <c>CorpusIndexData.Width</c> digits of 6 bits (<c>'0' + bits</c>, most significant first), dates
/// as four such digits (<c>year * 512 + month * 32 + day</c>; 0 for an open start, 2^24 - 1 for an
/// open end), and hash tables of string keys, each slot its table's own <c>…SlotWidth</c> digits. Nothing here builds a structure the size of the corpus:
/// a query reads the digits it needs and decodes only the records it returns.
/// </summary>
internal static class CorpusIndex
{
    /// <summary>The date code of an open end.</summary>
    internal const int OpenLatest = (1 << 24) - 1;

    /// <summary>The number of <paramref name="width"/> digits at <paramref name="at"/>.</summary>
    internal static int Digits(global::System.ReadOnlySpan<byte> data, int at, int width)
    {
        var value = 0;
        for (var i = 0; i < width; i++) value = (value << 6) | (data[at + i] - '0');
        return value;
    }

    /// <summary>The <paramref name="index"/>th number of a list of numbers.</summary>
    internal static int At(global::System.ReadOnlySpan<byte> data, int index) => Digits(data, index * global::StatementGen.Generated.CorpusIndexData.Width, global::StatementGen.Generated.CorpusIndexData.Width);

    /// <summary>
    /// The owner of the claim or relation with this ordinal, from a list of owner pairs: the ordinal of
    /// its statement and its index in that statement's list.
    /// </summary>
    internal static (int Statement, int Index) Owner(global::System.ReadOnlySpan<byte> owners, int ordinal)
    {
        var width = global::StatementGen.Generated.CorpusIndexData.Width;
        return (Digits(owners, ordinal * 2 * width, width), Digits(owners, (ordinal * 2 * width) + width, width));
    }

    /// <summary>How many numbers a list of numbers holds.</summary>
    internal static int Count(global::System.ReadOnlySpan<byte> data) => data.Length / global::StatementGen.Generated.CorpusIndexData.Width;

    /// <summary>
    /// Finds <paramref name="key"/> in a keyed index: the slot it was found at (-1 when it is not
    /// there) and where its ordinals lie in the postings.
    /// </summary>
    internal static int Find(global::System.ReadOnlySpan<byte> slots, int slotWidth, global::System.ReadOnlySpan<byte> entries, string key, out int start, out int count)
    {
        start = 0;
        count = 0;
        var width = global::StatementGen.Generated.CorpusIndexData.Width;
        var slotCount = slots.Length / slotWidth;
        if (slotCount == 0) return -1;
        var mask = slotCount - 1;
        var slot = (int)(global::StatementGen.Generated.CorpusHash.Of(key) & (ulong)mask);
        while (true)
        {
            var entry = Digits(slots, slot * slotWidth, slotWidth);
            if (entry == 0) return -1;
            var at = entry - 1;
            if (KeyEquals(entries, ref at, key))
            {
                start = Digits(entries, at, width);
                count = Digits(entries, at + width, width);
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Whether the key of the entry at <paramref name="at"/> is <paramref name="key"/>; moves <paramref name="at"/> past the key.</summary>
    private static bool KeyEquals(global::System.ReadOnlySpan<byte> entries, ref int at, string key)
    {
        var header = Digits(entries, at, 3);
        var length = header >> 1;
        var hex = (header & 1) == 1;
        at += 3;
        var text = entries.Slice(at, hex ? length * 4 : length);
        at += text.Length;
        if (length != key.Length) return false;
        for (var i = 0; i < length; i++)
        {
            int unit;
            if (hex)
            {
                unit = 0;
                for (var k = 0; k < 4; k++)
                {
                    var digit = text[(i * 4) + k];
                    unit = (unit << 4) | (digit <= '9' ? digit - '0' : digit - 'a' + 10);
                }
            }
            else
            {
                unit = text[i];
            }
            if (unit != key[i]) return false;
        }
        return true;
    }

    /// <summary>
    /// The records a keyed index gives for <paramref name="key"/>, made once per key and then kept in
    /// <paramref name="cache"/> (one place per slot); an empty array when the key is not there.
    /// </summary>
    internal static T[] Records<T>(global::System.ReadOnlySpan<byte> slots, int slotWidth, global::System.ReadOnlySpan<byte> entries, global::System.ReadOnlySpan<byte> postings, string key, global::System.Func<int, T> record, ref T[]?[]? cache)
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
    internal static T[] Records<T>(global::System.ReadOnlySpan<byte> postings, int start, int count, global::System.Func<int, T> record)
    {
        var made = new T[count];
        for (var i = 0; i < count; i++) made[i] = record(At(postings, start + i));
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

    /// <summary>The date code at <paramref name="at"/>.</summary>
    internal static int Date(global::System.ReadOnlySpan<byte> data, int at) => Digits(data, at, 4);
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
