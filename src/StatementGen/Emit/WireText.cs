namespace StatementGen.Emit;

/// <summary>The numbers of the data: varints, written by the encoder and by <see cref="DataLayout"/> alike.</summary>
internal static class WireText
{
    /// <summary>
    /// Appends a varint, 5 bits per byte, low bits first, each byte <c>'0' + bits</c>, plus 32 when
    /// more bytes follow; returns its length in bytes.
    /// </summary>
    public static int Varint(ByteBuffer output, uint value)
    {
        var length = 0;
        while (true)
        {
            output.Append((byte)('0' + (value & 31) + (value >= 32 ? 32 : 0)));
            length++;
            if (value < 32) return length;
            value >>= 5;
        }
    }

    /// <summary>The bytes <see cref="Varint"/> takes for <paramref name="value"/>.</summary>
    public static int VarintLength(uint value)
    {
        var length = 1;
        while (value >= 32)
        {
            value >>= 5;
            length++;
        }
        return length;
    }
}
