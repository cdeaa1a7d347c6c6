namespace StatementGen.Generated;

/// <summary>
/// Reads the literals of data the generator packed into string literals: a string literal costs the
/// compiler about a tenth of a <c>"…"u8</c> literal of the same bytes, which it lowers into a node per
/// byte. Which literals are packed, and why not all of them, is the generator's <c>DataLiteral</c>.
/// </summary>
internal static class CorpusLiterals
{
    /// <summary>
    /// The bytes packed two to a UTF-16 unit of <paramref name="units"/>, the first of each two in the low
    /// half. Read in place on a little-endian machine; on a big-endian one, where a unit holds its bytes
    /// the other way round, copied in order.
    /// </summary>
    public static global::System.ReadOnlySpan<byte> Packed(string units)
    {
        var bytes = global::System.Runtime.InteropServices.MemoryMarshal.AsBytes(global::System.MemoryExtensions.AsSpan(units));
        if (global::System.BitConverter.IsLittleEndian) return bytes;
        var ordered = new byte[bytes.Length];
        for (var i = 0; i < ordered.Length; i++) ordered[i] = bytes[i ^ 1];
        return ordered;
    }
}
