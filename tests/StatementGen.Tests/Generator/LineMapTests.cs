using Microsoft.CodeAnalysis.Text;
using StatementGen.Parsing;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>The reader's own lines (<see cref="LineMap"/>) say what the compiler's would, at every position.</summary>
public class LineMapTests
{
    [Theory]
    [InlineData("")]
    [InlineData("one line")]
    [InlineData("a\nb\r\nc\rd\u0085e\u2028f\u2029g")]
    [InlineData("\r\n\r\n\n\r\r\n")]
    [InlineData("ends with a break\r")]
    [InlineData("key: value\r\nlist:\r\n  - item\r\n")]
    public void Every_position_has_the_line_and_column_the_compiler_gives(string content)
    {
        var text = SourceText.From(content);
        var map = new LineMap(text);
        for (var position = 0; position <= content.Length; position++)
        {
            Assert.Equal(text.Lines.GetLinePosition(position), map.PositionOf(position));
        }
    }

    [Fact]
    public void Random_texts_of_every_kind_of_break_agree_with_the_compiler()
    {
        var pieces = new[] { "a", "bc", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", " ", "\t" };
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var content = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var text = SourceText.From(content);
            var map = new LineMap(text);
            for (var start = 0; start <= content.Length; start++)
            {
                var span = TextSpan.FromBounds(start, Math.Min(content.Length, start + 3));
                Assert.Equal(text.Lines.GetLinePositionSpan(span), map.SpanOf(span));
            }
        }
    }
}
