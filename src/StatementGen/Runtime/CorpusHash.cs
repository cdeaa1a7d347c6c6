// Compiled into the generator as StatementGen.Emit.CorpusHash and emitted into the consumer's namespace.
namespace StatementGen.Emit;

/// <summary>
/// The hash of an id, the same at compile time (which lays out the id tables) and at run time (which
/// probes them). Two 64-bit lanes each take four UTF-16 units per step (the units as one word, the
/// first unit in the lowest bits) with a rotate, an add and an xor, so eight units go per round with no
/// multiply in the loop. Of the units left over (up to seven), a whole word goes into the first lane,
/// and the last four units of the text into the second lane as one word, overlapping units already
/// taken, so the tail costs two steps side by side rather than one step per unit (a text of fewer than
/// four units goes into the first lane unit by unit). Two multiplies and shifts at the end spread the
/// bits, so the low bits that pick a slot depend on every unit.
/// </summary>
internal static class CorpusHash
{
    /// <summary>The 32-bit hash of <paramref name="text"/>.</summary>
    public static uint Of(string text) => global::System.BitConverter.IsLittleEndian ? OfWords(text) : OfUnits(text);

    /// <summary>
    /// The hash, its words read straight from the string's memory (so only on a little-endian machine).
    /// The words are read from the string's bytes (<c>MemoryMarshal.AsBytes</c> over <c>char</c>, then
    /// <c>MemoryMarshal.Read</c> of a <c>ulong</c>), not through a span cast from <c>char</c> to
    /// <c>ulong</c>: those two instantiations are compiled ahead of time in the runtime's own library,
    /// while <c>MemoryMarshal.Cast&lt;char, ulong&gt;</c> is not, and an app compiled with ReadyToRun
    /// would JIT-compile it on the first look-up, loading and starting the JIT for that one method.
    /// </summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static uint OfWords(string text)
    {
        var bytes = global::System.Runtime.InteropServices.MemoryMarshal.AsBytes(global::System.MemoryExtensions.AsSpan(text));
        var first = 0x9E3779B97F4A7C15ul ^ (ulong)text.Length;
        var second = 0xC2B2AE3D27D4EB4Ful;
        var at = 0;
        for (; at + 16 <= bytes.Length; at += 16)
        {
            // The round's 16 bytes as one slice of a known length, so that neither read checks its own.
            var round = bytes.Slice(at, 16);
            first = Step(first, WordAt(round, 0));
            second = Step(second, WordAt(round, 8));
        }

        var left = bytes.Length - at;
        if (text.Length < 4) return Finish(Units(first, text), second);
        if (left > 8) first = Step(first, WordAt(bytes, at));
        // The last four units start at any unit, overlapping units already taken.
        if (left > 0) second = Step(second, WordAt(bytes, bytes.Length - 8));
        return Finish(first, second);
    }

    /// <summary>
    /// The eight bytes at <paramref name="at"/> as one word, the first byte lowest. No word here need be
    /// 8-byte aligned (a string's units are not), and <c>MemoryMarshal.Read</c> reads unaligned on every
    /// architecture.
    /// </summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong WordAt(global::System.ReadOnlySpan<byte> bytes, int at)
        => global::System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes.Slice(at));

    /// <summary>The same hash, its words made from the units one by one, on a machine of either byte order.</summary>
    internal static uint OfUnits(string text)
    {
        var first = 0x9E3779B97F4A7C15ul ^ (ulong)text.Length;
        var second = 0xC2B2AE3D27D4EB4Ful;
        var at = 0;
        for (; at + 8 <= text.Length; at += 8)
        {
            first = Step(first, Word(text, at));
            second = Step(second, Word(text, at + 4));
        }

        var left = text.Length - at;
        if (text.Length < 4) return Finish(Units(first, text), second);
        if (left > 4) first = Step(first, Word(text, at));
        if (left > 0) second = Step(second, Word(text, text.Length - 4));
        return Finish(first, second);
    }

    private static ulong Word(string text, int at)
        => text[at] | ((ulong)text[at + 1] << 16) | ((ulong)text[at + 2] << 32) | ((ulong)text[at + 3] << 48);

    private static ulong Step(ulong lane, ulong word) => unchecked((((lane << 5) | (lane >> 59)) + lane) ^ word);

    /// <summary>Takes every unit of a short text into a lane one by one.</summary>
    private static ulong Units(ulong lane, string text)
    {
        foreach (var unit in text) lane = Step(lane, unit);
        return lane;
    }

    /// <summary>Mixes both lanes into 32 bits.</summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint Finish(ulong first, ulong second)
    {
        unchecked
        {
            var hash = first + (second * 0x9E3779B97F4A7C15ul);
            hash ^= hash >> 29;
            hash *= 0xBF58476D1CE4E5B9ul;
            hash ^= hash >> 32;
            return (uint)hash;
        }
    }
}
