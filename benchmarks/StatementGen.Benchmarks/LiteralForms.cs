using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StatementGen.Benchmarks;

/// <summary>
/// <c>literal-forms &lt;statements&gt; [--turns N]</c>: what the compiler pays per byte of data in each
/// form C# can hold it in. The data pieces of the statements' generated code (run <c>generate</c>
/// first) are written into one class five ways: as they are generated (<c>"…"u8</c> properties); as
/// ordinary string literals of the same source text; with the same bytes packed two to a UTF-16 unit
/// into string literals (read at run time through <c>MemoryMarshal.AsBytes</c>); as comments (what
/// reading the text costs); and not at all. Each is compiled in turns with the SDK's csc in a fresh
/// process, and its CPU time (user and system) and peak memory printed beside the first form's.
/// </summary>
public static partial class LiteralForms
{
    /// <summary>At most this many pieces: string literals of one assembly share 16 MiB of UTF-16 (CS8103 past it).</summary>
    private const int MaxPieces = 100;

    public static int Run(int statements, int turns)
    {
        var artifacts = Artifacts.For(statements);
        var generated = Path.Combine(artifacts.Root, "generated");
        var files = Directory.Exists(generated) ? Directory.GetFiles(generated, "StatementGen.Statements.Data*.g.cs").Order(StringComparer.Ordinal).ToArray() : [];
        if (files.Length == 0)
        {
            Console.Error.WriteLine("no generated statement data in " + generated + ": run `generate " + statements.ToString(CultureInfo.InvariantCulture) + "` first");
            return 1;
        }

        var pieces = files.SelectMany(f => PieceLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).Take(MaxPieces).ToArray();
        var bytes = pieces.Select(p => Encoding.UTF8.GetBytes(ValueOf("\"" + p + "\""))).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pieces.Length} pieces, {bytes.Sum(b => (long)b.Length) / 1048576.0:0.00} MB of data"));

        var folder = Path.Combine(artifacts.Root, "literal-forms");
        Directory.CreateDirectory(folder);
        var forms = new (string Name, Func<int, string> Member)[]
        {
            ("u8", i => "    public static System.ReadOnlySpan<byte> P" + Number(i) + " => \"" + pieces[i] + "\"u8;"),
            ("string", i => "    public static string P" + Number(i) + " => \"" + pieces[i] + "\";"),
            ("packed", i => "    public static System.ReadOnlySpan<byte> P" + Number(i) + " => System.Runtime.InteropServices.MemoryMarshal.AsBytes(System.MemoryExtensions.AsSpan(" + Packed(bytes[i]) + "));"),
            ("comment", i => "    // " + pieces[i].Replace("\\", "/", StringComparison.Ordinal)),
            ("none", _ => ""),
        };
        var sources = forms.Select(form =>
        {
            var path = Path.Combine(folder, form.Name + ".cs");
            var text = new StringBuilder("namespace LiteralForms;\n\npublic static class Data\n{\n");
            for (var i = 0; i < pieces.Length; i++) text.Append(form.Member(i)).Append('\n');
            text.Append("}\n\npublic static class Program\n{\n    public static void Main()\n    {\n    }\n}\n");
            File.WriteAllText(path, text.ToString());
            return path;
        }).ToArray();

        var runs = forms.Select(_ => new List<(double Cpu, double PeakMb)>()).ToArray();
        for (var turn = 0; turn < turns; turn++)
        {
            for (var f = 0; f < forms.Length; f++)
            {
                var (_, cpu, peakMb) = CompileBreakdown.CompileTurn(turn, forms[f].Name, Path.Combine(folder, forms[f].Name, "Forms.dll"), [sources[f]]);
                runs[f].Add((cpu, peakMb));
            }
        }

        Console.WriteLine();
        Console.WriteLine("| form | source MB | cpu s | peak MB | cpu ÷ u8 | peak ÷ u8 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var f = 0; f < forms.Length; f++)
        {
            var r = runs[f];
            double Ratio(Func<(double Cpu, double PeakMb), double> pick) => FirstQuery.Median(Enumerable.Range(0, turns).Select(t => pick(r[t]) / pick(runs[0][t])));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {forms[f].Name} | {new FileInfo(sources[f]).Length / 1048576.0:0.00} | {FirstQuery.Cell(r.Select(x => x.Cpu), "0.00")} | {FirstQuery.Cell(r.Select(x => x.PeakMb), "0")} | {Ratio(x => x.Cpu):0.00} | {Ratio(x => x.PeakMb):0.00} |"));
        }
        return 0;
    }

    private static string Number(int i) => i.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value of a C# string literal, as the compiler reads it.</summary>
    private static string ValueOf(string literal) => ((LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal)).Token.ValueText;

    /// <summary>
    /// A string literal whose UTF-16 units hold <paramref name="data"/> two bytes each, low byte first
    /// (an odd last byte padded with a zero); every unit that is not a visible character is escaped.
    /// </summary>
    private static string Packed(byte[] data)
    {
        var text = new StringBuilder("\"", data.Length + 2);
        for (var i = 0; i < data.Length; i += 2)
        {
            var unit = (char)(data[i] | ((i + 1 < data.Length ? data[i + 1] : 0) << 8));
            if (Visible(unit)) text.Append(unit);
            else text.Append("\\u").Append(((int)unit).ToString("X4", CultureInfo.InvariantCulture));
        }
        return text.Append('"').ToString();
    }

    private static bool Visible(char unit) => unit is not ('"' or '\\') && char.GetUnicodeCategory(unit) is not
        (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
        or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);

    [GeneratedRegex(@"Piece\d+ => ""((?:[^""\\\n]|\\.)*)""u8")]
    private static partial Regex PieceLiteral();
}
