using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Parsing;

namespace StatementGen.Cli;

/// <summary>
/// The bytes of one corpus file: read with a bound, then decoded strictly as UTF-8 (a byte order mark
/// is allowed and dropped). The one place the command line turns file bytes into text.
/// </summary>
internal static class CorpusText
{
    /// <summary>
    /// The most bytes a file of <see cref="YamlTreeReader.MaxFileLength"/> characters can take: UTF-8
    /// spends at most 3 bytes per UTF-16 character, plus 3 for a byte order mark. A larger file has more
    /// characters than the limit, so no more than this many bytes plus one are ever read.
    /// </summary>
    public const int MaxFileBytes = 3 * YamlTreeReader.MaxFileLength + 3;

    /// <summary>
    /// The file's bytes, at most <see cref="MaxFileBytes"/> + 1 of them: a result longer than
    /// <see cref="MaxFileBytes"/> means the file is too large and was not read to its end.
    /// </summary>
    public static byte[] ReadBounded(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        const int limit = MaxFileBytes + 1;
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

    /// <summary>The text of a file, or the STMT0008 diagnostic at the line and column of its first byte that is not UTF-8.</summary>
    public static (string? Text, DiagnosticInfo? Problem) Decode(string path, byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var input = bytes.AsSpan(start);
        var chars = new char[input.Length];
        var status = Utf8.ToUtf16(input, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false, isFinalBlock: true);
        if (status == OperationStatus.Done) return (new string(chars, 0, charsWritten), null);

        // Everything before the bad byte decoded; its line and column are counted there, as the build counts them.
        var valid = SourceText.From(new string(chars, 0, charsWritten));
        var position = valid.Lines.GetLinePosition(charsWritten);
        var location = new LocationInfo(path, new TextSpan(charsWritten, 0), new LinePositionSpan(position, position));
        var reason = "byte 0x" + input[bytesRead].ToString("X2", CultureInfo.InvariantCulture) + " does not start a valid sequence";
        return (null, DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8, location, reason));
    }
}
