using System.Text;

namespace StatementGen.Emit;

/// <summary>Writes indented C# with LF line endings, whatever the platform.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder builder = new();
    private int indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0) builder.Append(' ', indent * 4).Append(text);
        builder.Append('\n');
        return this;
    }

    /// <summary>
    /// One line with a <c>"…"u8</c> literal of <paramref name="utf8"/> between <paramref name="prefix"/> and
    /// <paramref name="suffix"/>, escaped as it is written (data literals are large).
    /// </summary>
    public CodeWriter Utf8LiteralLine(string prefix, System.ReadOnlySpan<byte> utf8, string suffix)
    {
        builder.Append(' ', indent * 4).Append(prefix).Append('"');
        CSharpLiteral.AppendUtf8(builder, utf8);
        builder.Append("\"u8").Append(suffix).Append('\n');
        return this;
    }

    public CodeWriter Open(string text)
    {
        Line(text);
        Line("{");
        indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        indent--;
        Line("}" + suffix);
        return this;
    }

    public void Indent() => indent++;

    public void Outdent() => indent--;

    public override string ToString() => builder.ToString();
}
