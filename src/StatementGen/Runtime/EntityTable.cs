namespace StatementGen.Generated;

/// <summary>The data every table has: the pool of strings its records share.</summary>
internal abstract class CorpusTable
{
    /// <summary>The piece of the string pool with this number.</summary>
    protected internal abstract global::System.ReadOnlySpan<byte> PoolPiece(int index);
}

/// <summary>
/// The records of one kind, in id order, decoded from the data on first use and then kept. Ids are
/// found through a hash table laid out at compile time, so no look-up structure is built at run time.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal abstract class EntityTable<T> : CorpusTable, global::System.Collections.Generic.IReadOnlyList<T>
    where T : class
{
    private readonly T?[] records;
    private readonly string?[] ids;

    /// <summary>A table of <paramref name="count"/> records.</summary>
    protected EntityTable(int count)
    {
        records = new T?[count];
        ids = new string?[count];
    }

    /// <summary>Per record, seven digits of 6 bits (<c>'0' + bits</c>): its piece (three) and its offset in the piece (four).</summary>
    protected abstract global::System.ReadOnlySpan<byte> Directory { get; }

    /// <summary>
    /// The id hash table: a power of two of slots of <see cref="SlotWidth"/> digits each, holding a
    /// record's index plus one (0 for an empty slot); probed linearly from <see cref="CorpusHash.Of"/>.
    /// </summary>
    protected abstract global::System.ReadOnlySpan<byte> Slots { get; }

    /// <summary>The digits per slot.</summary>
    protected abstract int SlotWidth { get; }

    /// <summary>The data piece with this number.</summary>
    protected abstract global::System.ReadOnlySpan<byte> Piece(int index);

    /// <summary>Decodes one record, the reader standing just after its id.</summary>
    protected abstract T Decode(ref CorpusReader reader);

    /// <inheritdoc />
    public int Count => records.Length;

    /// <inheritdoc />
    public T this[int index] => global::System.Threading.Volatile.Read(ref records[index]) ?? Materialize(index);

    /// <summary>The record with this id, or null.</summary>
    public T? Find(string id)
    {
        if (id is null) throw new global::System.ArgumentNullException(nameof(id));
        var index = IndexOf(id);
        return index < 0 ? null : this[index];
    }

    /// <summary>The index of the record with this id, or -1.</summary>
    public int IndexOf(string id)
    {
        var slots = Slots;
        var width = SlotWidth;
        var mask = (slots.Length / width) - 1;
        var slot = (int)(CorpusHash.Of(id) & (ulong)mask);
        while (true)
        {
            var entry = Digits(slots, slot * width, width);
            if (entry == 0) return -1;
            var index = entry - 1;

            // A record already decoded knows its id as a string, which compares fastest.
            if (global::System.Threading.Volatile.Read(ref ids[index]) is { } known ? string.Equals(known, id) : Reader(index).IdEquals(id)) return index;
            slot = (slot + 1) & mask;
        }
    }

    /// <inheritdoc />
    public global::System.Collections.Generic.IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < records.Length; i++) yield return this[i];
    }

    global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private T Materialize(int index)
    {
        var reader = Reader(index);
        reader.ReadOwner();
        var record = Decode(ref reader);
        global::System.Threading.Volatile.Write(ref ids[index], reader.Owner);
        return global::System.Threading.Interlocked.CompareExchange(ref records[index], record, null) ?? record;
    }

    private CorpusReader Reader(int index)
    {
        var directory = Directory;
        var piece = Digits(directory, index * 7, 3);
        var offset = Digits(directory, (index * 7) + 3, 4);
        return new CorpusReader(this, Piece(piece), offset);
    }

    private static int Digits(global::System.ReadOnlySpan<byte> data, int at, int width)
    {
        var value = 0;
        for (var i = 0; i < width; i++) value = (value << 6) | (data[at + i] - '0');
        return value;
    }
}
