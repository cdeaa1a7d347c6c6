using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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

    /// <summary>Characters beyond the Basic Multilingual Plane that no reader should meet raw, and some that are plain text.</summary>
    public static TheoryData<int, bool> Supplementary() => new()
    {
        { 0xE0041, true },   // TAG LATIN CAPITAL LETTER A: invisible, spells hidden text
        { 0xE0001, true },   // LANGUAGE TAG
        { 0xE007F, true },   // CANCEL TAG
        { 0xE0100, true },   // VARIATION SELECTOR-17
        { 0xF0000, true },   // plane 15, private use
        { 0x10FFFD, true },  // plane 16, private use
        { 0x50000, true },   // plane 5: no character
        { 0x1FFFE, true },   // a noncharacter
        { 0x3FFFF, true },   // a noncharacter
        { 0x110BD, true },   // KAITHI NUMBER SIGN, a format character
        { 0x1BCA0, true },   // SHORTHAND FORMAT LETTER OVERLAP
        { 0x1D173, true },   // MUSICAL SYMBOL BEGIN BEAM
        { 0x1F600, false },  // an emoji
        { 0x1F3F4, false },  // the black flag a tag sequence modifies
        { 0x20000, false },  // a CJK ideograph of plane 2
        { 0x1D11E, false },  // MUSICAL SYMBOL G CLEF
        { 0x10000, false },  // LINEAR B SYLLABLE B008 A
    };

    [Theory]
    [MemberData(nameof(Supplementary))]
    public void A_character_beyond_the_BMP_is_escaped_or_shown_alike_in_literals_data_messages_docs_and_names(int scalar, bool escaped)
    {
        var character = char.ConvertFromUtf32(scalar);
        var text = "a" + character + "b";
        var escape = "\\U" + scalar.ToString("X8", CultureInfo.InvariantCulture);
        var shown = escaped ? "a" + escape + "b" : text;
        Assert.Equal(shown, LiteralBody(text));
        Assert.Equal(shown, DiagnosticInfo.Escape(text));
        var data = new System.Text.StringBuilder();
        CSharpLiteral.AppendUtf8(data, System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal(shown, data.ToString());
        Assert.Equal(escaped ? "a b" : text, CSharpLiteral.Xml(text));
        var name = "U+" + scalar.ToString("X5", CultureInfo.InvariantCulture);
        Assert.Equal(escaped ? name : name + " " + character, Escaping.CodePoint(text, 1));

        // The escape is read back by the compiler as the character, in a string literal and in a u8 literal.
        var literal = CSharpLiteral.String(text);
        var tree = CSharpSyntaxTree.ParseText("class C { string s = " + literal + "; System.ReadOnlySpan<byte> u => \"" + data + "\"u8; }");
        Assert.Empty(tree.GetDiagnostics());
        var literals = tree.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.Utf8StringLiteralToken)).ToList();
        Assert.Equal(2, literals.Count);
        Assert.All(literals, t => Assert.Equal(text, t.ValueText));
    }

    [Fact]
    public void Every_format_and_private_use_character_beyond_the_BMP_is_escaped_and_the_ranges_end_where_they_should()
    {
        // What this framework's tables call format or private use must be in the fixed ranges (a
        // format character added to Unicode later fails here once the tests run on a framework that knows it).
        for (var scalar = 0x10000; scalar <= 0x10FFFF; scalar++)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(scalar), 0);
            if (category is UnicodeCategory.Format or UnicodeCategory.PrivateUse)
            {
                Assert.True(Escaping.MustEscapeSupplementary(scalar), $"U+{scalar:X5} ({category}) is shown raw");
            }
        }

        int[] escaped = [0x110BD, 0x110CD, 0x13430, 0x1343F, 0x1BCA0, 0x1BCA3, 0x1D173, 0x1D17A, 0x1FFFE, 0x1FFFF, 0x2FFFE, 0x3FFFE, 0x40000, 0xDFFFF, 0xE0000, 0xE0FFF, 0xFFFFD, 0x10FFFF];
        int[] shown = [0x10000, 0x110BC, 0x110BE, 0x110CC, 0x110CE, 0x1342F, 0x1BC9F, 0x1D172, 0x1D17B, 0x1FFFD, 0x2FFFD, 0x3FFFD];
        Assert.All(escaped, s => Assert.True(Escaping.MustEscapeSupplementary(s), $"U+{s:X5}"));
        Assert.All(shown, s => Assert.False(Escaping.MustEscapeSupplementary(s), $"U+{s:X5}"));
    }

    [Theory]
    [InlineData('\u3164', true)] // HANGUL FILLER, a letter that shows nothing
    [InlineData('\u115F', true)]
    [InlineData('\u1160', true)]
    [InlineData('\uFFA0', true)]
    [InlineData('\u034F', true)] // COMBINING GRAPHEME JOINER
    [InlineData('\u17B4', true)]
    [InlineData('\u180B', true)]
    [InlineData('\uFE0F', false)] // the variation selector that follows most emoji
    [InlineData('\u3163', false)] // HANGUL LETTER I
    public void Letters_and_marks_that_show_nothing_are_escaped(char c, bool escaped)
    {
        var text = "x" + c + "y";
        var shown = escaped ? "x\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "y" : text;
        Assert.Equal(shown, LiteralBody(text));
        Assert.Equal(shown, DiagnosticInfo.Escape(text));
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
