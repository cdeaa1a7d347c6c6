namespace StatementGen.Generated;

/// <summary>
/// The data of a kind's records, laid down in chunks of a fixed number of records in id order (the last
/// chunk fewer), each chunk in its own generated file with its own pool of shared strings, so that an
/// edit of one record changes one chunk's file and no other. A chunk is no object: its data is handed
/// out by chunk and part number, so the first read of a new chunk loads no type and compiles only the
/// chunk's one method of parts and the getters of the literals it reads.
/// </summary>
internal abstract class CorpusTable
{
    /// <summary>The part number of a chunk's directory: per record, seven digits of 6 bits (<c>'0' + bits</c>), its piece (three) and its offset in the piece (four).</summary>
    public const int DirectoryPart = 0;

    /// <summary>The part number of a chunk's data piece 0; piece n is part <c>FirstPiecePart + n</c> (1, 2, 3…).</summary>
    public const int FirstPiecePart = 1;

    /// <summary>The part number of piece 0 of a chunk's string pool; pool piece n is part <c>FirstPoolPart - n</c> (-1, -2, -3…).</summary>
    public const int FirstPoolPart = -1;

    /// <summary>
    /// Part <paramref name="part"/> of chunk <paramref name="chunk"/>'s data (see <see cref="DirectoryPart"/>,
    /// <see cref="FirstPiecePart"/> and <see cref="FirstPoolPart"/>): the numbers of a chunk's parts are one
    /// dense range, whatever its count of pieces and pool pieces, so each chunk's parts are one jump table.
    /// </summary>
    protected internal abstract global::System.ReadOnlySpan<byte> Data(int chunk, int part);
}

/// <summary>
/// The records of one kind, in id order, decoded from the data on first use and then kept. Ids are
/// found through a hash table laid out at compile time, so no look-up structure is built at run time.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal abstract class EntityTable<T> : CorpusTable, global::System.Collections.Generic.IReadOnlyList<T>
    where T : class
{
    private readonly Entry[] entries;
    private readonly int chunkShift;

    /// <summary>A table of <paramref name="count"/> records, in chunks of 2^<paramref name="chunkShift"/>.</summary>
    protected EntityTable(int count, int chunkShift)
    {
        entries = new Entry[count];
        this.chunkShift = chunkShift;
    }

    /// <summary>
    /// The id hash table: a power of two of slots of <see cref="SlotWidth"/> digits of 6 bits each
    /// (<c>'0' + bits</c>), holding a record's index plus one (0 for an empty slot); probed linearly
    /// from <see cref="CorpusHash.Of"/>.
    /// </summary>
    protected abstract global::System.ReadOnlySpan<byte> Slots { get; }

    /// <summary>The digits per slot: 1, 2 or 4, so that the table's length is a power of two.</summary>
    protected abstract int SlotWidth { get; }

    /// <summary>Decodes one record, the reader standing just after its id.</summary>
    protected abstract T Decode(ref CorpusReader reader);

    /// <inheritdoc />
    public int Count => entries.Length;

    /// <inheritdoc />
    // A record is read with a plain read: it is published by CompareExchange, after its fields are written.
    public T this[int index] => entries[index].Record ?? Materialize(index);

    /// <summary>The record with this id, or null.</summary>
    public T? Find(string id) => Find(id, Slots, SlotWidth);

    /// <summary>
    /// The record with this id, or null, the id table given by the caller (a generated class passes its
    /// own literal, which spares the virtual calls of <see cref="Slots"/> and <see cref="SlotWidth"/>).
    /// </summary>
    public T? Find(string id, global::System.ReadOnlySpan<byte> slots, int width)
    {
        var index = IndexOf(id, slots, width);
        return index < 0 ? null : entries[index].Record ?? Materialize(index);
    }

    /// <summary>The index of the record with this id, or -1.</summary>
    public int IndexOf(string id) => IndexOf(id, Slots, SlotWidth);

    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int IndexOf(string id, global::System.ReadOnlySpan<byte> slots, int width)
    {
        if (id is null) throw new global::System.ArgumentNullException(nameof(id));
        // The width is 1, 2 or 4 digits, so a slot's place is a shift (0, 1 or 2) rather than a division.
        var shift = width >> 1;
        var mask = (slots.Length >> shift) - 1;
        var slot = (int)CorpusHash.Of(id) & mask;
        while (true)
        {
            var at = slot << shift;
            var stored = shift switch
            {
                2 => FourDigits(global::System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(slots.Slice(at))),
                1 => ((slots[at] - '0') << 6) | (slots[at + 1] - '0'),
                _ => slots[at] - '0',
            };
            if (stored == 0) return -1;
            var index = stored - 1;

            // A record already decoded knows its id as a string, which compares fastest.
            var known = entries[index].Id;
            if (known is not null ? string.Equals(known, id) : Reader(index).IdEquals(id)) return index;
            slot = (slot + 1) & mask;
        }
    }

    /// <inheritdoc />
    public global::System.Collections.Generic.IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < entries.Length; i++) yield return this[i];
    }

    global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private T Materialize(int index)
    {
        var reader = Reader(index);
        reader.ReadOwner();
        var record = Decode(ref reader);
        global::System.Threading.Volatile.Write(ref entries[index].Id, reader.Owner);
        return global::System.Threading.Interlocked.CompareExchange(ref entries[index].Record, record, null) ?? record;
    }

    private CorpusReader Reader(int index)
    {
        var chunk = index >> chunkShift;
        var directory = Data(chunk, DirectoryPart);
        var at = (index & ((1 << chunkShift) - 1)) * 7;
        var piece = Digits(directory, at, 3);
        var offset = Digits(directory, at + 3, 4);
        return new CorpusReader(this, chunk, Data(chunk, FirstPiecePart + piece), offset);
    }

    /// <summary>A record's place: its id once known, and the record once decoded, side by side so a look-up reads one place.</summary>
    private struct Entry
    {
        /// <summary>The record's id, set when the record is decoded.</summary>
        public string? Id;

        /// <summary>The record, decoded on first use.</summary>
        public T? Record;
    }

    /// <summary>
    /// The value of four digits read as one number, the first digit in the highest byte: each byte is at
    /// least <c>'0'</c>, so one subtraction takes <c>'0'</c> from all four without a borrow.
    /// </summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int FourDigits(uint digits)
    {
        var bits = digits - 0x30303030u;
        return (int)(((bits >> 24) << 18) | (((bits >> 16) & 0xFF) << 12) | (((bits >> 8) & 0xFF) << 6) | (bits & 0xFF));
    }

    private static int Digits(global::System.ReadOnlySpan<byte> data, int at, int width)
    {
        var value = 0;
        for (var i = 0; i < width; i++) value = (value << 6) | (data[at + i] - '0');
        return value;
    }
}
