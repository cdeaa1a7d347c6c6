using System.Globalization;
using StatementGen.Emit;
using StatementGen.Model;
using Xunit;

namespace StatementGen.Tests.Robustness;

/// <summary>
/// One escaping policy (<see cref="Escaping"/>) for generated code and for messages: a C# string
/// literal and a message argument show exactly the same characters as escapes, and the same way;
/// only the escapes of each form's own syntax (a quote in a literal) differ.
/// </summary>
public class EscapingPolicyTests
{
    /// <summary>A literal's text between its quotes.</summary>
    private static string LiteralBody(string text)
    {
        var literal = CSharpLiteral.String(text);
        Assert.StartsWith("\"", literal, StringComparison.Ordinal);
        Assert.EndsWith("\"", literal, StringComparison.Ordinal);
        return literal.Substring(1, literal.Length - 2);
    }

    [Fact]
    public void A_string_literal_and_a_message_escape_the_same_characters_the_same_way()
    {
        var escaped = new List<int>();
        for (var code = 0; code <= 0xFFFF; code++)
        {
            var c = (char)code;
            if (c is '"' or '\\') continue; // C# syntax, not corpus policy: a message shows them as written
            var text = c.ToString();
            var literal = LiteralBody(text);
            var message = DiagnosticInfo.Escape(text);
            Assert.True((literal == text) == (message == text), $"U+{code:X4}: literal {literal}, message {message}");
            if (message == text) continue;
            escaped.Add(code);

            // Both spell it \uXXXX, but for the short escapes both forms share (\n, \r, \t) and C#'s \0.
            var unicode = "\\u" + code.ToString("X4", CultureInfo.InvariantCulture);
            if (c is not ('\n' or '\r' or '\t' or '\0')) Assert.Equal((unicode, unicode), (literal, message));
        }

        // Private use, unassigned, lone surrogate halves, bidirectional controls and line separators are in the set ...
        Assert.Contains(0xE000, escaped);
        Assert.Contains(0x0378, escaped);
        Assert.Contains(0xD800, escaped);
        Assert.Contains(0xDC00, escaped);
        Assert.Contains(0x202E, escaped);
        Assert.Contains(0x2028, escaped);
        Assert.Contains(0x0085, escaped);
        // ... printable text, typographic quotes and the no-break space are not.
        Assert.DoesNotContain('a', escaped);
        Assert.DoesNotContain(0x2019, escaped);
        Assert.DoesNotContain(0x00A0, escaped);
        Assert.DoesNotContain(0x05D0, escaped);
    }

    [Fact]
    public void A_pair_is_shown_as_written_and_a_lone_half_escaped_in_literals_and_messages_alike()
    {
        const string text = "a\uD800b\uDC00\uE000\U0001F600\u0378\uDBFF";
        const string shown = "a\\uD800b\\uDC00\\uE000\U0001F600\\u0378\\uDBFF";
        Assert.Equal(shown, LiteralBody(text));
        Assert.Equal(shown, DiagnosticInfo.Escape(text));
        var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.UnknownKey, LocationInfo.FileStart("a.yaml"), text, "T", "");
        Assert.Equal(shown, diagnostic.Arguments[0]);
    }

    [Fact]
    public void A_doc_comment_keeps_a_pair_and_blanks_each_character_a_literal_escapes()
    {
        Assert.Equal("Zoë \U0001F600 · a b c d &lt;x&gt;", CSharpLiteral.Xml("Zoë \U0001F600 · a\u202Eb\uE000c\uD800d <x>"));
    }

    [Fact]
    public void A_data_literal_written_from_UTF_8_is_the_string_literal_of_the_same_text()
    {
        // Every character that is not a surrogate, one by one, then text mixing one to four UTF-8 bytes per character.
        var texts = new List<string>();
        for (var code = 0; code <= 0xFFFF; code++)
        {
            if (!char.IsSurrogate((char)code)) texts.Add(((char)code).ToString());
        }
        texts.Add("Zoë said “\"no\"” \\ \n\t\0 \u202E \U0001F600 \U000F0000 \u2028 ’ ए 中");

        foreach (var text in texts)
        {
            var builder = new System.Text.StringBuilder();
            CSharpLiteral.AppendUtf8(builder, System.Text.Encoding.UTF8.GetBytes(text));
            Assert.Equal(LiteralBody(text), builder.ToString());
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xE2, 0x28, 0xA1 })]
    [InlineData(new byte[] { 0xF5, 0x80, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xE0, 0x80, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    public void Data_that_is_not_well_formed_UTF_8_is_refused_rather_than_written(byte[] bytes)
    {
        Assert.Throws<InvalidOperationException>(() => CSharpLiteral.AppendUtf8(new System.Text.StringBuilder(), bytes));
    }
}
