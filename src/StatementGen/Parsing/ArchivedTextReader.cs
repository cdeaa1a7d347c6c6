using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Parsing;

/// <summary>
/// Reads a source's archived text (<c>sources/&lt;slug&gt;.txt</c>). The format, in one place:
/// strict UTF-8 as for YAML (a byte order mark is dropped); one paragraph per line, in the order
/// printed, with the source's exact characters; each line ends with a line feed (the last may not);
/// no carriage return, no empty line, and no control character other than a tab. The paragraphs'
/// SHA-256 is taken over their UTF-8 bytes, each followed by a line feed, so for a file written as
/// <c>statementgen source add</c> writes it (final line feed, no byte order mark) it is the file's own.
/// </summary>
internal static class ArchivedTextReader
{
    /// <summary>The file extension of an archived text.</summary>
    public const string Extension = ".txt";

    /// <summary>The most characters an archived text may have: a long report, not a book.</summary>
    public const int MaxTextLength = 4 << 20;

    /// <summary>Whether <paramref name="path"/> names an archived text.</summary>
    public static bool IsArchivedText(string path) => path.EndsWith(Extension, System.StringComparison.OrdinalIgnoreCase);

    /// <summary>The source a text at <paramref name="path"/> archives: <c>src:&lt;slug&gt;</c> for <c>sources/&lt;slug&gt;.txt</c>, else null.</summary>
    public static string? SourceIdOf(string path)
    {
        var parts = path.Split('/', '\\');
        if (parts.Length < 2) return null;
        var sources = SchemaCatalog.Kind(RefKind.Source);
        if (parts[parts.Length - 2] != sources.Folder) return null;
        var name = parts[parts.Length - 1];
        if (!IsArchivedText(name)) return null;
        var slug = name.Substring(0, name.Length - Extension.Length);
        return Slugs.IsSlug(slug) ? sources.Prefix + ":" + slug : null;
    }

    /// <summary>Reads the text at <paramref name="path"/>; a file that breaks the format comes back with its problems and no paragraphs.</summary>
    public static ArchivedText Read(string path, SourceText? text, CancellationToken cancellationToken)
    {
        var problems = new ProblemLimit();
        var sourceId = SourceIdOf(path);
        if (text is null)
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotACorpusFile, LocationInfo.FileStart(path), "The file could not be read"));
            return Unusable(path, sourceId, problems);
        }

        if (text.Length > MaxTextLength)
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FileTooLarge, LocationInfo.FileStart(path),
                text.Length.ToString(CultureInfo.InvariantCulture), MaxTextLength.ToString(CultureInfo.InvariantCulture)));
            return Unusable(path, sourceId, problems);
        }

        if (CorpusText.AsUtf8(path, text, out var notUtf8) is not { } utf8)
        {
            problems.Add(notUtf8!);
            return Unusable(path, sourceId, problems);
        }

        var content = utf8.ToString();
        if (content.Length == 0)
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArchivedTextMalformed, LocationInfo.FileStart(path),
                "The archived text is empty; it holds the source's paragraphs, one per line"));
            return Unusable(path, sourceId, problems);
        }

        var paragraphs = new List<string>();
        var start = 0;
        var line = 0;
        while (start < content.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = content.IndexOf('\n', start);
            if (end < 0) end = content.Length;
            CheckLine(path, content, start, end, line, problems);
            paragraphs.Add(content.Substring(start, end - start));
            start = end + 1;
            line++;
        }

        if (problems.Added > 0) return Unusable(path, sourceId, problems);
        return new ArchivedText(path, sourceId, paragraphs.ToEquatableArray(), Sha256Hex(paragraphs), EquatableArray<DiagnosticInfo>.Empty);
    }

    /// <summary>SHA-256 of the paragraphs as UTF-8, each followed by a line feed, in lower-case hex.</summary>
    public static string Sha256Hex(IEnumerable<string> paragraphs)
    {
        using var sha = System.Security.Cryptography.SHA256.Create();
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var lineFeed = new[] { (byte)'\n' };
        foreach (var paragraph in paragraphs)
        {
            var bytes = utf8.GetBytes(paragraph);
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
            sha.TransformBlock(lineFeed, 0, 1, null, 0);
        }
        sha.TransformFinalBlock(new byte[0], 0, 0);
        var hex = new StringBuilder(64);
        foreach (var b in sha.Hash) hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        return hex.ToString();
    }

    private static void CheckLine(string path, string content, int start, int end, int line, ProblemLimit problems)
    {
        var number = (line + 1).ToString(CultureInfo.InvariantCulture);
        if (end == start)
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArchivedTextMalformed, At(path, start, line, 0, 0),
                "Line " + number + " is empty; each line of an archived text is one paragraph, so it has no blank lines: remove it"));
            return;
        }

        for (var i = start; i < end; i++)
        {
            var c = content[i];
            if (c == '\r')
            {
                problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArchivedTextMalformed, At(path, i, line, i - start, 1),
                    "Line " + number + " holds a carriage return (U+000D), which would be a character of paragraph " + number + "; an archived text has LF line ends only: convert the file, and keep git from converting it back ('*.txt -text' in .gitattributes)"));
                return;
            }

            if ((c < ' ' && c != '\t') || c == '\u007F' || (c >= '\u0080' && c <= '\u009F') || c == '\u2028' || c == '\u2029')
            {
                problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArchivedTextMalformed, At(path, i, line, i - start, 1),
                    "Line " + number + " holds the control character " + Escaping.CodePoint(content, i) + "; an archived text holds the source's printed characters, one paragraph per line: remove it"));
                return;
            }
        }
    }

    private static LocationInfo At(string path, int offset, int line, int column, int length)
        => new(path, new TextSpan(offset, length), new LinePositionSpan(new LinePosition(line, column), new LinePosition(line, column + length)));

    private static ArchivedText Unusable(string path, string? sourceId, ProblemLimit problems)
        => new(path, sourceId, EquatableArray<string>.Empty, "", problems.ToArray());
}
