// Compiled into the generator as StatementGen.Emit.CorpusHash and emitted into the consumer's namespace.
namespace StatementGen.Emit;

/// <summary>
/// The hash of an id, the same at compile time (which lays out the id tables) and at run time (which
/// probes them). Two 64-bit lanes each take four UTF-16 units per step (the units as one word, the
/// first unit in the lowest bits) with a rotate, an add and an xor, so eight units go per round with no
/// multiply in the loop; the units left over go into the first lane one by one; two multiplies and
/// shifts at the end spread the bits, so the low bits that pick a slot depend on every unit.
/// </summary>
internal static class CorpusHash
{
    /// <summary>The 32-bit hash of <paramref name="text"/>.</summary>
    public static uint Of(string text) => global::System.BitConverter.IsLittleEndian ? OfWords(text) : OfUnits(text);

    /// <summary>The hash, its words read straight from the string's memory (so only on a little-endian machine).</summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static uint OfWords(string text)
    {
        var words = global::System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(global::System.MemoryExtensions.AsSpan(text));
        var first = 0x9E3779B97F4A7C15ul ^ (ulong)text.Length;
        var second = 0xC2B2AE3D27D4EB4Ful;
        var word = 0;
        for (; word + 2 <= words.Length; word += 2)
        {
            first = Step(first, words[word]);
            second = Step(second, words[word + 1]);
        }

        return Finish(first, second, text, word * 4);
    }

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

        return Finish(first, second, text, at);
    }

    private static ulong Word(string text, int at)
        => text[at] | ((ulong)text[at + 1] << 16) | ((ulong)text[at + 2] << 32) | ((ulong)text[at + 3] << 48);

    private static ulong Step(ulong lane, ulong word) => unchecked((((lane << 5) | (lane >> 59)) + lane) ^ word);

    /// <summary>Takes the units from <paramref name="at"/> on into the first lane, then mixes both lanes into 32 bits.</summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint Finish(ulong first, ulong second, string text, int at)
    {
        unchecked
        {
            for (; at < text.Length; at++) first = Step(first, text[at]);
            var hash = first + (second * 0x9E3779B97F4A7C15ul);
            hash ^= hash >> 29;
            hash *= 0xBF58476D1CE4E5B9ul;
            hash ^= hash >> 32;
            return (uint)hash;
        }
    }
}
