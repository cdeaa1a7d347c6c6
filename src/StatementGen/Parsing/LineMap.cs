using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace StatementGen.Parsing;

/// <summary>
/// Lines and columns of positions in one text, broken where the compiler breaks lines (CR LF, CR, LF,
/// U+0085, U+2028, U+2029), so a location says what the compiler's own would. The reader keeps one per
/// file while it reads: asking the text itself (<see cref="SourceText.Lines"/>) would leave its table of
/// lines on the text for as long as the compiler holds the file, for every file of the corpus.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> starts = new() { 0 };

    public LineMap(SourceText text)
    {
        var length = text.Length;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c is '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                starts.Add(i + 1);
            }
        }
    }

    /// <summary>The line and column of <paramref name="position"/>.</summary>
    public LinePosition PositionOf(int position)
    {
        // The last line that starts at or before the position.
        int low = 0, high = starts.Count - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (starts[middle] <= position) low = middle;
            else high = middle - 1;
        }
        return new LinePosition(low, position - starts[low]);
    }

    /// <summary>The lines and columns of <paramref name="span"/>'s ends.</summary>
    public LinePositionSpan SpanOf(TextSpan span) => new(PositionOf(span.Start), PositionOf(span.End));
}
