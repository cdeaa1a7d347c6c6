using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StatementGen.Parsing;

namespace StatementGen.Cli;

/// <summary>
/// A source's archived text (<c>sources/&lt;slug&gt;.txt</c>): one paragraph per line, in the order
/// printed, exact characters, every line ending with LF. Made from an article as printed by
/// <see cref="FromArticle"/>, read back by <see cref="Read"/>.
/// </summary>
internal sealed class ArchivedText
{
    private ArchivedText(IReadOnlyList<string> paragraphs)
    {
        Paragraphs = paragraphs;
        Bytes = Encoding.UTF8.GetBytes(string.Concat(paragraphs.Select(p => p + "\n")));
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(Bytes));
    }

    /// <summary>The paragraphs; paragraph n (counted from 1) is item n - 1.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>The file's bytes: UTF-8, no byte order mark, each paragraph followed by LF.</summary>
    public byte[] Bytes { get; }

    /// <summary>The lower-case hex SHA-256 of <see cref="Bytes"/>, as the source's <c>text.sha256</c> holds it.</summary>
    public string Sha256 { get; }

    /// <summary>
    /// The paragraphs of an article as printed: strict UTF-8 (a byte order mark dropped), CRLF and CR
    /// taken as LF, each non-empty line a paragraph with its surrounding white space trimmed, blank lines
    /// dropped, and no other character changed. Null, with the reason in <paramref name="problem"/>, when
    /// the bytes are not UTF-8, a line holds a control character other than TAB, or there is no text.
    /// </summary>
    public static ArchivedText? FromArticle(string name, byte[] bytes, out string? problem)
    {
        var text = CorpusText.Decode(name, bytes, out var notUtf8);
        if (text is null)
        {
            problem = notUtf8!.ToDiagnostic().ToString();
            return null;
        }

        var lines = text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var paragraphs = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var paragraph = lines[i].Trim();
            if (paragraph.Length == 0) continue;
            var control = FirstControl(paragraph);
            if (control >= 0)
            {
                problem = $"{name}: line {(i + 1).ToString(CultureInfo.InvariantCulture)} holds the control character U+{(int)paragraph[control]:X4}; an archived text may hold no control character but TAB";
                return null;
            }
            paragraphs.Add(paragraph);
        }

        if (paragraphs.Count == 0)
        {
            problem = $"{name} holds no text (no line with anything but white space)";
            return null;
        }

        problem = null;
        return new ArchivedText(paragraphs);
    }

    /// <summary>
    /// Reads an archived text back: strict UTF-8, LF line ends (a missing final LF is tolerated), no CR,
    /// no empty line, no control character other than TAB. Null, with the reason, when it breaks a rule.
    /// </summary>
    public static ArchivedText? Read(string path, byte[] bytes, out string? problem)
    {
        var text = CorpusText.Decode(path, bytes, out var notUtf8);
        if (text is null)
        {
            problem = notUtf8!.ToDiagnostic().ToString();
            return null;
        }

        var content = text.ToString();
        if (content.EndsWith('\n')) content = content[..^1];
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (lines[i].Length == 0)
            {
                problem = $"{path}: line {line} is empty; an archived text has one paragraph on every line";
                return null;
            }

            var control = FirstControl(lines[i]);
            if (control >= 0)
            {
                problem = $"{path}: line {line} holds the control character U+{(int)lines[i][control]:X4} at column {(control + 1).ToString(CultureInfo.InvariantCulture)}; an archived text has LF line ends and no control character but TAB";
                return null;
            }
        }

        problem = null;
        return new ArchivedText(lines);
    }

    private static int FirstControl(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (char.IsControl(line[i]) && line[i] != '\t') return i;
        }
        return -1;
    }
}
