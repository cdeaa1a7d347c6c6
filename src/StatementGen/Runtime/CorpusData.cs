using CorpusDate = System.DateOnly;

namespace StatementGen.Generated;

/// <summary>
/// Reads the data the generator laid down in <c>"…"u8</c> literals: varints of 5 bits per byte
/// (<c>'0' + bits</c>, plus 32 while more follow), flags <c>'0'</c>/<c>'1'</c>, decimals as their
/// sign, scale and 96-bit digits, and strings that are inline UTF-8, a repeat of an earlier string of
/// the same entity, bytes of one of the entity's excerpts, hex UTF-16 units, or a string of the
/// chunk's shared pool. Nothing here touches
/// culture or <c>System.Text.Encoding</c>, whose first use costs milliseconds: ASCII bytes are widened
/// to characters directly and other UTF-8 is decoded by hand.
/// </summary>
internal ref struct CorpusReader
{
    private readonly global::System.ReadOnlySpan<byte> data;
    private readonly CorpusTable table;
    private readonly int chunk;
    private readonly int start;
    private int position;

    /// <summary>A reader over one piece of chunk <paramref name="chunk"/> of a table's data, at the start of an entity.</summary>
    public CorpusReader(CorpusTable table, int chunk, global::System.ReadOnlySpan<byte> data, int start)
    {
        this.table = table;
        this.chunk = chunk;
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

    /// <summary>
    /// A decimal, exactly as it was parsed: a varint <c>words + 4 × (negative + 2 × scale)</c>, then the
    /// 96-bit digits as that many 32-bit words, low word first (zero words at the top are left out).
    /// </summary>
    public decimal Decimal()
    {
        var head = Varint();
        var words = head & 3;
        var low = words > 0 ? Varint() : 0;
        var middle = words > 1 ? Varint() : 0;
        var high = words > 2 ? Varint() : 0;
        return new decimal(low, middle, high, (head & 4) != 0, (byte)(head >> 3));
    }

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
            case 2 when (header & 4) == 0:
                var resume = position;
                position = start + (header >> 3);
                var repeated = String();
                position = resume;
                return repeated;
            case 2:
                var from = Varint();
                var count = Varint();
                var excerpt = this;
                excerpt.position = start + (header >> 3);
                return Text(excerpt.Utf8().Slice(from, count));
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
                return Text(Pooled(header));
        }
    }

    /// <summary>The UTF-8 bytes of the string here, which is inline or pooled (an excerpt a slice points at is one or the other).</summary>
    private global::System.ReadOnlySpan<byte> Utf8()
    {
        var header = Varint();
        return header % 4 == 1 ? data.Slice(position, (header - 1) / 4) : Pooled(header);
    }

    /// <summary>The UTF-8 bytes of the pooled string a header <c>4 + 4v</c> points at: piece <c>v &gt;&gt; 18</c> of the chunk's pool, byte <c>v &amp; 0x3FFFF</c>.</summary>
    private global::System.ReadOnlySpan<byte> Pooled(int header)
    {
        var pooled = (uint)(header - 4) / 4;
        var pool = new CorpusReader(table, chunk, table.Data(chunk, CorpusTable.FirstPoolPart - (int)(pooled >> 18)), (int)(pooled & 0x3FFFF));
        var length = (pool.Varint() - 1) / 4;
        return pool.data.Slice(pool.position, length);
    }

    private static string Inline(global::System.ReadOnlySpan<byte> data, ref int position, int length)
    {
        var text = Text(data.Slice(position, length));
        position += length;
        return text;
    }

    /// <summary>Strings up to this many UTF-16 units are built on the stack before they are copied into the string.</summary>
    private const int StackChars = 256;

    /// <summary>
    /// The string of well-formed UTF-8 <paramref name="bytes"/> (the generator wrote them from a string
    /// without lone surrogates), decoded by <see cref="Widen"/> into a buffer of the byte count, which
    /// always suffices: no byte sequence yields more UTF-16 units than it has bytes. The loop is a
    /// method of its own: the JIT compiles a method that has both a <c>stackalloc</c> and a loop fully
    /// optimized on its first call, not in the quick first tier every other method of a first query
    /// gets, and as one method they cost each first query at 10k about 1.5 ms more.
    /// </summary>
    internal static string Text(global::System.ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return string.Empty;
        global::System.Span<char> units = bytes.Length <= StackChars ? stackalloc char[bytes.Length] : new char[bytes.Length];
        return units.Slice(0, Widen(bytes, units)).ToString();
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> into <paramref name="units"/>, returning how many it wrote: an
    /// ASCII byte is widened to its character; a lead byte and its continuation bytes are decoded to a
    /// scalar value, one unit or a surrogate pair.
    /// </summary>
    private static int Widen(global::System.ReadOnlySpan<byte> bytes, global::System.Span<char> units)
    {
        var count = 0;
        for (var i = 0; i < bytes.Length;)
        {
            int lead = bytes[i];
            if (lead < 0x80)
            {
                units[count++] = (char)lead;
                i++;
            }
            else if (lead < 0xE0)
            {
                units[count++] = (char)(((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                i += 2;
            }
            else if (lead < 0xF0)
            {
                units[count++] = (char)(((lead & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 3;
            }
            else
            {
                var scalar = ((lead & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6) | (bytes[i + 3] & 0x3F);
                units[count++] = (char)(0xD7C0 + (scalar >> 10));
                units[count++] = (char)(0xDC00 | (scalar & 0x3FF));
                i += 4;
            }
        }
        return count;
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
}
