// Compiled into the generator as StatementGen.Emit.CorpusHash and emitted into the consumer's namespace.
namespace StatementGen.Emit;

/// <summary>
/// The hash of an id, the same at compile time (which lays out the id tables) and at run time (which
/// probes them). It reads four UTF-16 units per step as one 64-bit word.
/// </summary>
internal static class CorpusHash
{
    private const ulong Multiplier = 0xFF51AFD7ED558CCDUL;

    /// <summary>The 64-bit hash of <paramref name="text"/>.</summary>
    public static ulong Of(string text)
    {
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)text.Length;
        var i = 0;
        for (; i + 4 <= text.Length; i += 4)
        {
            var word = text[i] | ((ulong)text[i + 1] << 16) | ((ulong)text[i + 2] << 32) | ((ulong)text[i + 3] << 48);
            hash = (hash ^ word) * Multiplier;
            hash ^= hash >> 32;
        }

        for (; i < text.Length; i++)
        {
            hash = (hash ^ text[i]) * Multiplier;
            hash ^= hash >> 32;
        }

        return hash;
    }
}
