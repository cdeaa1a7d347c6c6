using System.Text;

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
    /// </summary>
    public static string OfEscaped(StringBuilder escaped, bool packed, string packedReader) =>
        packed && Packed(Unescape(escaped), packedReader) is { } call ? call : new StringBuilder(escaped.Length + 4).Append('"').Append(escaped).Append("\"u8").ToString();

    /// <summary>The expression of a literal of <paramref name="text"/>, as <see cref="OfEscaped"/> decides its form.</summary>
    public static string OfText(string text, bool packed, string packedReader) =>
        packed && Packed(text, packedReader) is { } call ? call : CSharpLiteral.String(text) + "u8";

    /// <summary>The call of <paramref name="packedReader"/> on the packed UTF-8 bytes of <paramref name="text"/>, or null past a piece.</summary>
    private static string? Packed(string text, string packedReader)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return bytes.Length <= DataLayout.PieceSize ? packedReader + "(" + CSharpLiteral.String(Pack(bytes)) + ")" : null;
    }

    /// <summary>
    /// The bytes two to a UTF-16 unit, the first of each two in the low half; an odd last byte is paired
    /// with a zero, which the reader never reaches (every literal is padded to an even length anyway).
    /// </summary>
    private static string Pack(byte[] bytes)
    {
        var units = new char[(bytes.Length + 1) / 2];
        for (var i = 0; i < units.Length; i++)
        {
            var high = (2 * i) + 1 < bytes.Length ? bytes[(2 * i) + 1] : 0;
            units[i] = (char)(bytes[2 * i] | (high << 8));
        }
        return new string(units);
    }

    /// <summary>
    /// The text an escaped literal body stands for. The data's text has only the escapes
    /// <see cref="CSharpLiteral.String"/> writes, and backslashes doubled by the encoder.
    /// </summary>
    private static string Unescape(StringBuilder escaped)
    {
        var text = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            var next = escaped[++i];
            switch (next)
            {
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case '0': text.Append('\0'); break;
                case 'u':
                    var unit = 0;
                    for (var k = 1; k <= 4; k++) unit = (unit << 4) | HexDigit(escaped[i + k]);
                    text.Append((char)unit);
                    i += 4;
                    break;
                default: text.Append(next); break;
            }
        }
        return text.ToString();
    }

    private static int HexDigit(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
