using System.Globalization;
using System.Text;
using StatementGen.Parsing;

namespace StatementGen.Cli;

/// <summary>
/// An article's text as <c>source add</c> archives it (<c>sources/&lt;slug&gt;.txt</c>): one paragraph
/// per line, in the order printed, exact characters, every line ending with LF, in the format that
/// <see cref="ArchivedTextReader"/> reads back.
/// </summary>
internal sealed class ArticleText
{
    private ArticleText(IReadOnlyList<string> paragraphs)
    {
        Paragraphs = paragraphs;
        Bytes = Encoding.UTF8.GetBytes(string.Concat(paragraphs.Select(p => p + "\n")));
        Sha256 = ArchivedTextReader.Sha256Hex(paragraphs);
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
    public static ArticleText? FromArticle(string name, byte[] bytes, out string? problem)
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

        // The build's reader has the last word: what it would refuse is not written.
        var archived = new ArticleText(paragraphs);
        var check = ArchivedTextReader.Read(name, Microsoft.CodeAnalysis.Text.SourceText.From(Encoding.UTF8.GetString(archived.Bytes)), CancellationToken.None);
        if (!check.IsUsable)
        {
            problem = string.Join("\n", check.Problems.Select(p => p.ToDiagnostic().ToString()));
            return null;
        }

        problem = null;
        return archived;
    }

    private static int FirstControl(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if ((char.IsControl(line[i]) && line[i] != '\t') || line[i] is '\u2028' or '\u2029') return i;
        }
        return -1;
    }
}
