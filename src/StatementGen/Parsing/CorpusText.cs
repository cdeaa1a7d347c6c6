using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;

namespace StatementGen.Parsing;

/// <summary>
/// The one rule for a corpus file's bytes: strict UTF-8, with or without a byte order mark. Bytes
/// that are not valid UTF-8 are never guessed at (no U+FFFD, no other code page): the file gets
/// STMT0008 at its first bad byte.
/// </summary>
internal static class CorpusText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Turns a corpus file's bytes into its text: strict UTF-8, a leading UTF-8 byte order mark
    /// dropped. When the bytes are not valid UTF-8, returns null and <paramref name="problem"/> is a
    /// STMT0008 located at the first bad byte (its line and column counted in the valid text before it).
    /// This is the rule wherever a corpus file is read from bytes (the command line reads files with it);
    /// for text the compiler has already decoded, <see cref="AsUtf8"/> applies the same rule.
    /// </summary>
    public static SourceText? Decode(string path, byte[] bytes, out DiagnosticInfo? problem)
    {
        var start = HasUtf8ByteOrderMark(bytes) ? 3 : 0;
        var bad = FirstInvalid(bytes, start, out var reason);
        if (bad >= 0)
        {
            var before = StrictUtf8.GetString(bytes, start, bad - start);
            var position = SourceText.From(before).Lines.GetLinePosition(before.Length);
            var span = new TextSpan(before.Length, 1);
            problem = DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8,
                new LocationInfo(path, span, new LinePositionSpan(position, new LinePosition(position.Line, position.Character + 1))), reason);
            return null;
        }

        problem = null;
        return SourceText.From(StrictUtf8.GetString(bytes, start, bytes.Length - start), StrictUtf8);
    }

    /// <summary>
    /// The text of a file as strict UTF-8 would read it, from text the compiler has already decoded;
    /// or null, with STMT0008 in <paramref name="problem"/>, when the file is not valid UTF-8. The
    /// compiler reads an additional file as strict UTF-8 and, when that fails, falls back to another
    /// encoding (<see cref="SourceText.Encoding"/> says which; a project's <c>CodePage</c> forces one
    /// from the start). From a single-byte code page (Windows-1252, say) the bytes come back exactly
    /// and are decoded by <see cref="Decode"/>, which names the first bad byte. From UTF-8 that puts
    /// U+FFFD for bad bytes, the first U+FFFD is reported. Any other encoding (UTF-16 after its byte
    /// order mark, a multi-byte code page) is reported at the start of the file. Text with no encoding
    /// (held in memory, as an editor or a test does) is taken as it is.
    /// </summary>
    public static SourceText? AsUtf8(string path, SourceText text, out DiagnosticInfo? problem)
    {
        problem = null;
        var encoding = text.Encoding;
        if (encoding is null) return text;
        if (encoding.CodePage == 65001)
        {
            // Strict UTF-8 read the file; a replacing decoder marks the bytes it could not read.
            if (encoding.DecoderFallback is DecoderExceptionFallback) return text;
            var replaced = IndexOf(text, '\uFFFD');
            if (replaced < 0) return text;
            problem = At(path, text, replaced,
                "the bytes here are not valid UTF-8 (the compiler read them as U+FFFD, the replacement character; a U+FFFD meant as such is written \\uFFFD in a double-quoted string)");
            return null;
        }

        if (encoding.IsSingleByte)
        {
            // One byte per character: the file's bytes come back exactly.
            return Decode(path, encoding.GetBytes(text.ToString()), out problem);
        }

        problem = DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8, LocationInfo.FileStart(path),
            "the compiler could not read it as UTF-8 and read it as " + encoding.WebName + " instead");
        return null;
    }

    private static DiagnosticInfo At(string path, SourceText text, int index, string reason)
    {
        var span = new TextSpan(index, Math.Min(1, text.Length - index));
        return DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8, new LocationInfo(path, span, text.Lines.GetLinePositionSpan(span)), reason);
    }

    private static int IndexOf(SourceText text, char wanted)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == wanted) return i;
        }
        return -1;
    }

    private static bool HasUtf8ByteOrderMark(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    /// <summary>
    /// The index of the first byte from <paramref name="start"/> that does not begin a valid UTF-8
    /// sequence (overlong forms, surrogates and code points above U+10FFFF are invalid), or -1.
    /// </summary>
    internal static int FirstInvalid(byte[] bytes, int start, out string reason)
    {
        reason = "";
        var i = start;
        while (i < bytes.Length)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            int length;
            byte low = 0x80, high = 0xBF; // the range allowed for the second byte
            if (lead >= 0xC2 && lead <= 0xDF) length = 2;
            else if (lead >= 0xE0 && lead <= 0xEF)
            {
                length = 3;
                if (lead == 0xE0) low = 0xA0;
                if (lead == 0xED) high = 0x9F;
            }
            else if (lead >= 0xF0 && lead <= 0xF4)
            {
                length = 4;
                if (lead == 0xF0) low = 0x90;
                if (lead == 0xF4) high = 0x8F;
            }
            else
            {
                reason = "byte " + Hex(lead) + " does not start a valid sequence";
                return i;
            }

            for (var k = 1; k < length; k++)
            {
                if (i + k >= bytes.Length)
                {
                    reason = "the sequence that byte " + Hex(lead) + " starts is cut short by the end of the file";
                    return i;
                }

                var next = bytes[i + k];
                var min = k == 1 ? low : (byte)0x80;
                var max = k == 1 ? high : (byte)0xBF;
                if (next < min || next > max)
                {
                    reason = "byte " + Hex(lead) + " starts a sequence that byte " + Hex(next) + " does not continue";
                    return i;
                }
            }

            i += length;
        }

        return -1;
    }

    private static string Hex(byte value) => "0x" + value.ToString("X2", CultureInfo.InvariantCulture);
}
