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

    /// <summary>One line made of parts, without joining them first (data literals are large).</summary>
    public CodeWriter Line(string prefix, System.Text.StringBuilder middle, string suffix)
    {
        builder.Append(' ', indent * 4).Append(prefix).Append(middle).Append(suffix).Append('\n');
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
