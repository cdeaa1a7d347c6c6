using CorpusDate = System.DateOnly;

namespace StatementGen.Generated;

/// <summary>
/// Reads the data the generator laid down in <c>"…"u8</c> literals: varints of 5 bits per byte
/// (<c>'0' + bits</c>, plus 32 while more follow), flags <c>'0'</c>/<c>'1'</c>, and strings that are
/// inline UTF-8, a repeat of an earlier string of the same entity, hex UTF-16 units, or a string of
/// the kind's shared pool.
/// </summary>
internal ref struct CorpusReader
{
    private readonly global::System.ReadOnlySpan<byte> data;
    private readonly CorpusTable table;
    private readonly int start;
    private int position;

    /// <summary>A reader over one piece of a table's data, at the start of an entity.</summary>
    public CorpusReader(CorpusTable table, global::System.ReadOnlySpan<byte> data, int start)
    {
        this.table = table;
        this.data = data;
        this.start = start;
        position = start;
    }

    /// <summary>The id of the entity being read, which claim and relation ids derive from.</summary>
    public string Owner { get; private set; } = string.Empty;

    /// <summary>Reads the entity's id, which opens its data, as <see cref="Owner"/>.</summary>
    public void ReadOwner() => Owner = RequiredString();

    /// <summary>An unsigned number.</summary>
    public int Varint()
    {
        uint value = 0;
        var shift = 0;
        while (true)
        {
            var digit = (uint)(data[position++] - '0');
            value |= (digit & 31) << shift;
            if (digit < 32) return (int)value;
            shift += 5;
        }
    }

    /// <summary>A signed number (zig-zag encoded).</summary>
    public int Int()
    {
        var zigzag = (uint)Varint();
        return (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
    }

    /// <summary>A flag: a boolean, or whether an optional value follows.</summary>
    public bool Flag() => data[position++] == (byte)'1';

    /// <summary>A date: year, month, day.</summary>
    public CorpusDate Date()
    {
        var year = Varint();
        var month = Varint();
        var day = Varint();
        return new CorpusDate(year, month, day);
    }

    /// <summary>A decimal, from its invariant text.</summary>
    public decimal Decimal() => decimal.Parse(RequiredString(), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A string that is never null.</summary>
    public string RequiredString() => String() ?? string.Empty;

    /// <summary>A string, or null.</summary>
    public string? String()
    {
        var header = Varint();
        if (header == 0) return null;
        switch (header % 4)
        {
            case 1:
                return Inline(data, ref position, (header - 1) / 4);
            case 2 when header == 2 && Owner.Length > 0:
                return Owner;
            case 2:
                var resume = position;
                position = start + ((header - 2) / 4);
                var repeated = String();
                position = resume;
                return repeated;
            case 3:
                var units = new char[(header - 3) / 4];
                for (var i = 0; i < units.Length; i++)
                {
                    var unit = 0;
                    for (var k = 0; k < 4; k++)
                    {
                        var digit = data[position++];
                        unit = (unit << 4) | (digit <= '9' ? digit - '0' : digit - 'a' + 10);
                    }
                    units[i] = (char)unit;
                }
                return new string(units);
            default:
                var pooled = (uint)(header - 4) / 4;
                var pool = new CorpusReader(table, table.PoolPiece((int)(pooled >> 18)), (int)(pooled & 0x3FFFF));
                var length = (pool.Varint() - 1) / 4;
                return Inline(pool.data, ref pool.position, length);
        }
    }

    private static string Inline(global::System.ReadOnlySpan<byte> data, ref int position, int length)
    {
        var text = Utf8(data.Slice(position, length));
        position += length;
        return text;
    }

    /// <summary>
    /// Whether the entity's id, which opens its data inline, is <paramref name="id"/>. Bytes are
    /// compared with characters one to one: ids are ASCII, as the schema's slug pattern requires.
    /// </summary>
    public bool IdEquals(string id)
    {
        var length = (Varint() - 1) / 4;
        if (length != id.Length) return false;
        var bytes = data.Slice(position, length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != id[i]) return false;
        }
        return true;
    }

    private static string Utf8(global::System.ReadOnlySpan<byte> bytes) => global::System.Text.Encoding.UTF8.GetString(bytes);
}

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
