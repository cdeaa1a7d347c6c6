using System.Collections.Generic;
using System.Text;
using StatementGen.Model;

namespace StatementGen.Emit;

/// <summary>
/// The C# expression of one literal of data, in one of two forms, decided here alone. A <c>"…"u8</c>
/// literal is read in place from the assembly, but the compiler lowers it into an array creation with a
/// bound node per byte before it writes the bytes out as one blob: about 0.9 s of compiler CPU per MB
/// beyond reading its text, ten times a string literal of the same text (the benchmarks'
/// <c>literal-forms</c>). So the first literals of the statements' data and of the indexes are string
/// literals, their bytes packed two to a UTF-16 unit (<c>CorpusLiterals.Packed</c> reads them back as
/// bytes, in place). The string literals of one assembly share 16 MiB (the compiler stops at CS8103),
/// the app's own strings among them, so at most <see cref="PackedBudgetBytes"/> of data is packed,
/// whatever the corpus, and the rest stays in <c>u8</c> literals. Which literal is packed hangs on its
/// place alone (kind, chunk, part, piece) and never on other chunks' data, so an edit still re-emits
/// one chunk.
/// </summary>
internal static class DataLiteral
{
    /// <summary>The statements' chunks below this number have packed literals.</summary>
    public const int PackedStatementChunks = 4;

    /// <summary>In such a chunk, the data pieces below this number are packed (a chunk of the benchmarks' synthetic statements has 24).</summary>
    public const int PackedPiecesPerChunk = 24;

    /// <summary>In such a chunk, the pool pieces below this number are packed (the synthetic statements' chunks have 3).</summary>
    public const int PackedPoolPiecesPerChunk = 3;

    /// <summary>Of each index, the pieces below this number are packed.</summary>
    public const int PackedIndexPieces = 1;

    /// <summary>The indexes below this number (in the order the index file lays them down, the largest first) have packed pieces.</summary>
    public const int PackedIndexes = 32;

    /// <summary>
    /// The most data that can be packed: every packed literal is at most a piece, a directory at most
    /// 2,048 entries of seven digits (16 KiB padded), and each index packs at most its first piece:
    /// about 8.8 MiB, so the app keeps more than 7 MiB of the string literals' 16 MiB.
    /// </summary>
    public const long PackedBudgetBytes =
        (PackedStatementChunks * ((16L * 1024) + ((PackedPiecesPerChunk + PackedPoolPiecesPerChunk) * (long)DataLayout.PieceSize)))
        + (PackedIndexes * (long)PackedIndexPieces * DataLayout.PieceSize);

    /// <summary>Whether part <paramref name="part"/> of chunk <paramref name="chunk"/> of a kind's data is packed (see <c>CorpusTable.Data</c> for the part numbers).</summary>
    public static bool IsPackedData(bool statements, int chunk, int part) =>
        statements && chunk < PackedStatementChunks && part < 1 + PackedPiecesPerChunk && part > -1 - PackedPoolPiecesPerChunk;

    /// <summary>Whether piece <paramref name="piece"/> of index <paramref name="index"/> (its number in the index file) is packed.</summary>
    public static bool IsPackedIndex(int index, int piece) => index < PackedIndexes && piece < PackedIndexPieces;

    /// <summary>
    /// The expression of a literal whose text, escaped for a <c>"…"u8</c> literal, is
    /// <paramref name="escaped"/>: that literal, or when <paramref name="packed"/> (and the literal is no
    /// longer than a piece) a call of <paramref name="packedReader"/> on a string literal of its bytes.
    /// Built in a <see cref="StringBuilder"/>, whose chunks stay small: a piece's text as one string would
    /// be a large object, and these are the generator's largest.
    /// </summary>
    public static StringBuilder OfEscaped(StringBuilder escaped, bool packed, string packedReader)
    {
        if (packed && Utf8(escaped, unescape: true) is { } bytes) return Packed(bytes, packedReader);
        return new StringBuilder(escaped.Length + 4).Append('"').Append(escaped).Append("\"u8");
    }

    /// <summary>The expression of a literal of <paramref name="text"/>, as <see cref="OfEscaped"/> decides its form.</summary>
    public static StringBuilder OfText(string text, bool packed, string packedReader)
    {
        if (packed && Utf8(new StringBuilder(text), unescape: false) is { } bytes) return Packed(bytes, packedReader);
        return new StringBuilder(CSharpLiteral.String(text)).Append("u8");
    }

    /// <summary>
    /// A call of <paramref name="packedReader"/> on a string literal of the bytes, two to a UTF-16 unit,
    /// the first of each two in the low half (an odd last byte is paired with a zero, which the reader
    /// never reaches: every literal is padded to an even length anyway); a unit that is not a visible
    /// character becomes its escape, as <see cref="CSharpLiteral.String"/> writes them.
    /// </summary>
    private static StringBuilder Packed(List<byte> bytes, string packedReader)
    {
        var units = new char[(bytes.Count + 1) / 2];
        for (var i = 0; i < units.Length; i++)
        {
            var high = (2 * i) + 1 < bytes.Count ? bytes[(2 * i) + 1] : 0;
            units[i] = (char)(bytes[2 * i] | (high << 8));
        }

        var call = new StringBuilder(packedReader.Length + units.Length + 16).Append(packedReader).Append("(\"");
        for (var i = 0; i < units.Length; i++)
        {
            var unit = units[i];
            if (unit == '"' || unit == '\\') call.Append('\\').Append(unit);
            else if (char.IsHighSurrogate(unit) && i + 1 < units.Length && char.IsLowSurrogate(units[i + 1])) call.Append(unit).Append(units[++i]);
            else if (Escaping.MustEscape(unit)) call.Append(Escaping.Unicode(unit));
            else call.Append(unit);
        }
        return call.Append("\")");
    }

    /// <summary>
    /// The UTF-8 bytes of the text (its escapes read first when <paramref name="unescape"/>: the data's
    /// text has only those <see cref="CSharpLiteral.String"/> writes, and backslashes doubled by the
    /// encoder), or null once they pass a piece.
    /// </summary>
    private static List<byte>? Utf8(StringBuilder text, bool unescape)
    {
        var bytes = new List<byte>(System.Math.Min(text.Length, DataLayout.PieceSize));
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (unescape && c == '\\')
            {
                var next = text[++i];
                switch (next)
                {
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case 't': c = '\t'; break;
                    case '0': c = 0; break;
                    case 'u':
                        c = 0;
                        for (var k = 1; k <= 4; k++) c = (c << 4) | HexDigit(text[i + k]);
                        i += 4;
                        break;
                    default: c = next; break;
                }
            }
            else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.Length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
            {
                c = 0x10000 + ((c - 0xD800) << 10) + (text[++i] - 0xDC00);
            }

            if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else if (c < 0x800)
            {
                bytes.Add((byte)(0xC0 | (c >> 6)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
            }
            else if (c < 0x10000)
            {
                bytes.Add((byte)(0xE0 | (c >> 12)));
                bytes.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
            }
            else
            {
                bytes.Add((byte)(0xF0 | (c >> 18)));
                bytes.Add((byte)(0x80 | ((c >> 12) & 0x3F)));
                bytes.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
            }

            if (bytes.Count > DataLayout.PieceSize) return null;
        }
        return bytes;
    }

    private static int HexDigit(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
