using StatementGen.Parsing;

namespace StatementGen.Cli;

/// <summary>
/// The bytes of one corpus file, read with a bound; <see cref="Parsing.CorpusText.Decode"/> then turns
/// them into text by the generator's own rule (strict UTF-8, a byte order mark allowed).
/// </summary>
internal static class CorpusBytes
{
    /// <summary>
    /// The most bytes a file of <see cref="YamlTreeReader.MaxFileLength"/> characters can take: UTF-8
    /// spends at most 3 bytes per UTF-16 character, plus 3 for a byte order mark. A larger file has more
    /// characters than the limit, so no more than this many bytes plus one are ever read.
    /// </summary>
    public const int MaxFileBytes = 3 * YamlTreeReader.MaxFileLength + 3;

    /// <summary>
    /// The most bytes an archived text of <see cref="ArchivedTextReader.MaxTextLength"/> characters can
    /// take, by the same reckoning as <see cref="MaxFileBytes"/>.
    /// </summary>
    public const int MaxTextBytes = 3 * ArchivedTextReader.MaxTextLength + 3;

    /// <summary>The file's bytes, at most <paramref name="maxBytes"/> + 1 of them (more means too large, not read to its end).</summary>
    public static byte[] ReadBounded(string path, int maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        return ReadBounded(stream, maxBytes);
    }

    /// <summary>The stream's bytes (standard input, say), at most <paramref name="maxBytes"/> + 1 of them, as for a file.</summary>
    public static byte[] ReadBounded(Stream stream, int maxBytes)
    {
        var limit = maxBytes + 1;
        // The length is only a hint (it can change, and is 0 for some special files); the read is bounded by the limit alone.
        var hint = stream.CanSeek ? (int)Math.Min(stream.Length, limit) : 0;
        var buffer = new byte[Math.Max(hint, 4096)];
        var count = 0;
        while (count < limit)
        {
            if (count == buffer.Length) Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
            var read = stream.Read(buffer, count, buffer.Length - count);
            if (read == 0) break;
            count += read;
        }
        Array.Resize(ref buffer, count);
        return buffer;
    }
}
