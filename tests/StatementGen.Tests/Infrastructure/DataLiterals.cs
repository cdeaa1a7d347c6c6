using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StatementGen.Tests.Infrastructure;

/// <summary>The data literals of generated code, in either form the generator writes them in, read back as their bytes.</summary>
public static class DataLiterals
{
    /// <summary>
    /// The bytes of every data literal of <paramref name="tree"/>: a <c>"…"u8</c> literal's UTF-8, or the
    /// bytes a string literal passed to <c>CorpusLiterals.Packed</c> holds two to a unit, low byte first.
    /// </summary>
    public static IEnumerable<byte[]> Bytes(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Select(literal =>
            literal.IsKind(SyntaxKind.Utf8StringLiteralExpression) ? Encoding.UTF8.GetBytes(literal.Token.ValueText)
            : IsPacked(literal) ? Unpack(literal.Token.ValueText)
            : null).OfType<byte[]>();

    /// <summary>The data of every data literal of <paramref name="trees"/>, read as UTF-8 text and joined: what a search of the data for a text sees.</summary>
    public static string Text(IEnumerable<SyntaxTree> trees) =>
        string.Concat(trees.SelectMany(Bytes).Select(bytes => Encoding.UTF8.GetString(bytes)));

    private static bool IsPacked(LiteralExpressionSyntax literal) =>
        literal.IsKind(SyntaxKind.StringLiteralExpression) &&
        literal.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } &&
        invocation.Expression.ToString().EndsWith("CorpusLiterals.Packed", StringComparison.Ordinal);

    private static byte[] Unpack(string units)
    {
        var bytes = new byte[units.Length * 2];
        for (var i = 0; i < units.Length; i++)
        {
            bytes[2 * i] = (byte)units[i];
            bytes[(2 * i) + 1] = (byte)(units[i] >> 8);
        }
        return bytes;
    }
}
