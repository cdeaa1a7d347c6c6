// Compiled into the generator as StatementGen.Emit.CorpusHash and emitted into the consumer's namespace.
namespace StatementGen.Emit;

/// <summary>
/// The hash of an id, the same at compile time (which lays out the id tables) and at run time (which
/// probes them). Two lanes, each taking two UTF-16 units per step with a rotate, an add and an xor,
/// run side by side (four units per round, no multiply in the loop); one multiply and shifts at the
/// end spread the bits, so the low bits that pick a slot depend on every unit.
/// </summary>
internal static class CorpusHash
{
    /// <summary>The 32-bit hash of <paramref name="text"/>.</summary>
    public static uint Of(string text)
    {
        unchecked
        {
            var first = 0x9E3779B9u ^ (uint)text.Length;
            var second = 0x85EBCA6Bu;
            var i = 0;
            for (; i + 4 <= text.Length; i += 4)
            {
                first = (((first << 5) | (first >> 27)) + first) ^ (text[i] | ((uint)text[i + 1] << 16));
                second = (((second << 5) | (second >> 27)) + second) ^ (text[i + 2] | ((uint)text[i + 3] << 16));
            }

            for (; i < text.Length; i++) first = (((first << 5) | (first >> 27)) + first) ^ text[i];

            var hash = first + (second * 0x5D588B65u);
            hash ^= hash >> 15;
            hash *= 0x2C1B3C6Du;
            hash ^= hash >> 12;
            return hash;
        }
    }
}
