using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StatementGen.Parsing;

/// <summary>
/// Reads one YAML document into <see cref="YNode"/>s from YamlDotNet's parser events, which carry
/// exact marks. Aliases, explicit tags, complex keys, duplicate keys and further documents are
/// reported, not followed: a corpus file is plain data, and an alias could expand without bound.
/// </summary>
internal sealed class YamlTreeReader
{
    /// <summary>Deeper nesting than any schema type needs; stops pathological input early.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest text one value may hold; the longest excerpt in practice is a few hundred.</summary>
    public const int MaxScalarLength = 65536;

    /// <summary>The largest file read at all (in characters); a statement file is a few kilobytes.</summary>
    public const int MaxFileLength = 1 << 20;

    /// <summary>
    /// How much deeper than where reading stopped the rest of a refused file is still followed in
    /// search of a syntax error. YamlDotNet's scanner does work in proportion to the nesting for every
    /// token, so following nesting without bound would cost time in the square of the file's size.
    /// </summary>
    public const int MaxDrainDepth = 4 * MaxDepth;

    private readonly string path;
    private readonly SourceText text;
    private readonly ProblemLimit diagnostics;
    private readonly CancellationToken cancellationToken;
    private LineMap? lines; // made on first use

    /// <summary>1 when the text starts with a byte order mark that the parser does not see, else 0.</summary>
    private readonly int offset;

    /// <summary>
    /// The entries of the mappings being read, innermost last: each mapping's entries are gathered here
    /// and then copied into an array of their exact number, so no list is grown (and left half empty) per mapping.
    /// </summary>
    private readonly List<YEntry> openEntries = new();

    /// <summary>The items of the lists being read, innermost last (as <see cref="openEntries"/>).</summary>
    private readonly List<YNode> openItems = new();

    private YamlTreeReader(string path, SourceText text, ProblemLimit diagnostics, CancellationToken cancellationToken)
    {
        this.path = path;
        this.text = text;
        this.diagnostics = diagnostics;
        this.cancellationToken = cancellationToken;
        offset = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    /// <summary>Reads the file's single document; null when it is empty or unreadable (diagnostics say why).</summary>
    public static YNode? Read(string path, SourceText text, ProblemLimit diagnostics, CancellationToken cancellationToken)
        => new YamlTreeReader(path, text, diagnostics, cancellationToken).ReadDocument();

    private YNode? ReadDocument()
    {
        if (text.Length > MaxFileLength)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FileTooLarge, LocationInfo.FileStart(path),
                text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), MaxFileLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }

        var content = text.ToString(TextSpan.FromBounds(offset, text.Length));
        if (RefuseLineSeparators(content)) return null;

        var parser = new Parser(new StringReader(content));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotACorpusFile, LocationInfo.FileStart(path), "The file is empty; a corpus file starts with 'schema:' and 'id:'"));
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, 0);
            parser.Consume<DocumentEnd>();
            if (parser.Current is DocumentStart extra)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MultipleDocuments, Locate(extra.Start, extra.End)));
                return null;
            }

            return root;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (StopReading)
        {
            // The file is refused already; read on (events only, nothing built or expanded) so that
            // a syntax error later in the file is still reported.
            DrainForSyntaxErrors(parser);
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, Locate(e.Start, e.End), Clean(e.Message)));
            return null;
        }
        catch (Exception e)
        {
            // YamlDotNet throws a few non-YamlException errors on malformed input (an unclosed '[' among
            // them); report them, never crash.
            diagnostics.Add(ParserFailure(parser, e));
            return null;
        }
    }

    /// <summary>The characters YamlDotNet reads as line breaks besides CR and LF (see <see cref="RefuseLineSeparators"/>).</summary>
    private static readonly char[] LineSeparators = { '\u2028', '\u2029', '\u0085' };

    /// <summary>
    /// YamlDotNet reads U+2028, U+2029 and U+0085 as line breaks (as YAML 1.1 did), so a value holding
    /// one would silently change and a comment holding one would end early. Each raw one is reported
    /// (the escapes \L, \P and \N in a double-quoted string are the way to write them), and the file is
    /// not read further. <paramref name="content"/> is the text the parser reads (without the byte order mark).
    /// </summary>
    private bool RefuseLineSeparators(string content)
    {
        var found = false;
        for (var at = content.IndexOfAny(LineSeparators); at >= 0; at = content.IndexOfAny(LineSeparators, at + 1))
        {
            var i = at + offset;
            var c = content[at];
            var (name, escape) = c switch
            {
                '\u2028' => ("line separator", "\\L"),
                '\u2029' => ("paragraph separator", "\\P"),
                _ => ("next-line character", "\\N"),
            };
            var span = new TextSpan(i, 1);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LineSeparator, new LocationInfo(path, span, (lines ??= new LineMap(text)).SpanOf(span)),
                name, "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture), escape));
            found = true;
        }
        return found;
    }

    /// <summary>
    /// Reads on through the events of a refused file, building nothing, to report a later syntax
    /// error; stops, silently, where the nesting goes <see cref="MaxDrainDepth"/> levels deeper than
    /// where reading stopped, so that this costs time in proportion to the file's size.
    /// </summary>
    private void DrainForSyntaxErrors(IParser parser)
    {
        try
        {
            var depth = 0;
            while (parser.MoveNext())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (parser.Current)
                {
                    case SequenceStart or MappingStart when ++depth > MaxDrainDepth:
                        return;
                    case SequenceEnd or MappingEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (YamlException e)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, Locate(e.Start, e.End), Clean(e.Message)));
        }
        catch (Exception e)
        {
            diagnostics.Add(ParserFailure(parser, e));
        }
    }

    /// <summary>
    /// The parser's current event, refused (reading stops) when it is nested too deep, an alias, or
    /// carries an anchor or an explicit tag.
    /// </summary>
    private ParsingEvent Check(IParser parser, int depth)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var current = parser.Current ?? throw new YamlException("unexpected end of the file");
        if (depth > MaxDepth)
        {
            Fail(DiagnosticDescriptors.NestingTooDeep, LocateToken(current.Start, current.End), MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        switch (current)
        {
            case AnchorAlias alias:
                Fail(DiagnosticDescriptors.AnchorOrAlias, Locate(alias.Start, alias.End), "The alias *" + alias.Value);
                break;
            case NodeEvent node when !node.Anchor.IsEmpty:
                Fail(DiagnosticDescriptors.AnchorOrAlias, Locate(node.Start, node.End), "The anchor &" + node.Anchor);
                break;
            case NodeEvent node when !node.Tag.IsEmpty && !node.Tag.IsNonSpecific:
                Fail(DiagnosticDescriptors.ExplicitTag, Locate(node.Start, node.End), WrittenTag(node));
                break;
        }

        return current;
    }

    /// <summary>Moves past a scalar the parser is at, refused when too long; its location.</summary>
    private LocationInfo ReadScalar(IParser parser, Scalar scalar)
    {
        parser.MoveNext();
        if (scalar.Value.Length > MaxScalarLength)
        {
            Fail(DiagnosticDescriptors.ScalarTooLong, Locate(scalar.Start, scalar.End),
                scalar.Value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), MaxScalarLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return LocateScalar(scalar.Start, scalar.End);
    }

    private YNode ReadNode(IParser parser, int depth)
    {
        var current = Check(parser, depth);
        switch (current)
        {
            case Scalar scalar:
                var location = ReadScalar(parser, scalar);
                return new YScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, location);

            case SequenceStart start:
            {
                parser.MoveNext();
                var first = openItems.Count;
                while (parser.Current is not SequenceEnd)
                {
                    var item = ReadNode(parser, depth + 1);
                    openItems.Add(item);
                }
                var end = parser.Consume<SequenceEnd>();
                return new YSequence(Take(openItems, first), LocateContainer(start.Start, end.End));
            }

            case MappingStart start:
            {
                parser.MoveNext();
                var first = openEntries.Count;
                HashSet<string>? seen = null; // see IsDuplicate
                while (parser.Current is not MappingEnd)
                {
                    // A key is a scalar, kept as its text and location (no node of its own).
                    if (Check(parser, depth + 1) is not Scalar key)
                    {
                        var keyNode = ReadNode(parser, depth + 1);
                        Fail(DiagnosticDescriptors.ComplexKey, keyNode.Location, keyNode is YMapping ? "mapping" : "list");
                        throw new StopReading();
                    }

                    var keyLocation = ReadScalar(parser, key);
                    var value = ReadNode(parser, depth + 1);
                    if (IsDuplicate(openEntries, first, ref seen, key.Value))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, keyLocation, key.Value));
                        continue;
                    }

                    openEntries.Add(new YEntry(key.Value, keyLocation, value));
                }
                var end = parser.Consume<MappingEnd>();
                return new YMapping(Take(openEntries, first), LocateContainer(start.Start, end.End));
            }

            default:
                throw new YamlException(current.Start, current.End, "unexpected " + current.GetType().Name);
        }
    }

    /// <summary>The most keys of a mapping checked for duplicates by looking through them; beyond, a set of them is kept.</summary>
    private const int KeysLookedThrough = 16;

    /// <summary>
    /// Whether <paramref name="key"/> is already a key of the mapping read so far (its entries, each key
    /// once, are those of <paramref name="entries"/> from <paramref name="first"/> on); if not, it counts
    /// as seen. The keys of a corpus mapping (a dozen or so) are looked through; a larger mapping (a
    /// hostile file) gets a set of its keys, so its check stays linear.
    /// </summary>
    private static bool IsDuplicate(List<YEntry> entries, int first, ref HashSet<string>? seen, string key)
    {
        if (seen is null)
        {
            for (var i = first; i < entries.Count; i++)
            {
                if (entries[i].Key == key) return true;
            }
            if (entries.Count - first < KeysLookedThrough) return false;
            seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = first; i < entries.Count; i++) seen.Add(entries[i].Key);
        }
        return !seen.Add(key);
    }

    /// <summary>The nodes of <paramref name="open"/> from <paramref name="first"/> on, as an array of their own; they leave the list.</summary>
    private static T[] Take<T>(List<T> open, int first)
    {
        var count = open.Count - first;
        if (count == 0) return Array.Empty<T>();
        var taken = new T[count];
        open.CopyTo(first, taken, 0, count);
        open.RemoveRange(first, count);
        return taken;
    }

    private void Fail(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
    {
        diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
        throw new StopReading();
    }

    /// <summary>A mapping or list from its first character to its last, without the whitespace after it.</summary>
    private LocationInfo LocateContainer(Mark start, Mark end)
    {
        var from = (int)Math.Max(0, Math.Min(start.Index + offset, text.Length));
        var to = (int)Math.Max(from, Math.Min(end.Index + offset, text.Length));
        while (to > from && char.IsWhiteSpace(text[to - 1])) to--;

        // A flow collection's end mark stops before its closing bracket; include it.
        if (from < text.Length && to < text.Length && ((text[from] == '[' && text[to] == ']') || (text[from] == '{' && text[to] == '}'))) to++;
        var span = TextSpan.FromBounds(from, to);
        return new LocationInfo(path, span, (lines ??= new LineMap(text)).SpanOf(span));
    }

    /// <summary>Turns parser marks (1-based line and column, 0-based character index) into a location.</summary>
    private LocationInfo Locate(Mark start, Mark end)
    {
        var length = text.Length;
        var from = (int)Math.Max(0, Math.Min(start.Index + offset, length));
        var to = (int)Math.Max(from, Math.Min(end.Index + offset, length));
        var span = TextSpan.FromBounds(from, to);
        return new LocationInfo(path, span, (lines ??= new LineMap(text)).SpanOf(span));
    }

    /// <summary>
    /// A scalar's location, its line positions taken from the parser's marks, which count lines and
    /// columns over the same characters as the text's own lines do: the line separators YamlDotNet
    /// alone breaks lines at never get this far (see <see cref="RefuseLineSeparators"/>), and a byte
    /// order mark the parser does not see is one more column on the first line. Every value and key
    /// of a file is a scalar, so this saves looking up two line numbers per value. Marks that fall
    /// outside the text are located as <see cref="Locate"/> does.
    /// </summary>
    private LocationInfo LocateScalar(Mark start, Mark end)
    {
        var from = start.Index + offset;
        var to = end.Index + offset;
        if (from < 0 || to < from || to > text.Length) return Locate(start, end);
        return new LocationInfo(path, TextSpan.FromBounds((int)from, (int)to), new LinePositionSpan(PositionOf(start), PositionOf(end)));
    }

    /// <summary>A parser mark (1-based line and column, in the text after any byte order mark) as a line position in the file.</summary>
    private LinePosition PositionOf(Mark mark)
        => new((int)mark.Line - 1, (int)mark.Column - 1 + (mark.Line == 1 ? offset : 0));

    /// <summary>The tag as the file spells it (<c>!!str</c>), not as the parser resolves it.</summary>
    private string WrittenTag(NodeEvent node)
    {
        var from = (int)Math.Min(node.Start.Index + offset, text.Length);
        var end = from;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ',' && text[end] != ']' && text[end] != '}') end++;
        var written = text.ToString(TextSpan.FromBounds(from, end));
        return written.StartsWith("!", StringComparison.Ordinal) ? written : node.Tag.ToString();
    }

    /// <summary>A token's location, at least one character wide so that editors can underline it.</summary>
    private LocationInfo LocateToken(Mark start, Mark end)
        => end.Index > start.Index ? Locate(start, end) : Locate(start, new Mark(start.Index + 1, start.Line, start.Column + 1));

    private DiagnosticInfo ParserFailure(IParser parser, Exception e)
    {
        var mark = parser.Current?.Start ?? Mark.Empty;
        return DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, Locate(mark, mark),
            "the YAML parser could not read on from here (" + Clean(e.Message) + "); look for an unclosed bracket or quote");
    }

    private static string Clean(string message) => message.Replace("\r", " ").Replace("\n", " ").Trim();

    /// <summary>Ends reading after a problem already reported.</summary>
    private sealed class StopReading : Exception
    {
    }
}
