using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>
/// A value reaches the generated code exactly as the file holds it, or the file gets a located
/// error: no number rounded, no character turned into a line break, no byte guessed at.
/// </summary>
public class ValueFidelityTests
{
    private const string EarlyPath = "statements/2024/2024-05-01-ada-crowd-2000.yaml";
    private const string PersonPath = "people/ada-example.yaml";

    private static FileModel Parse(string path, string yaml) => CorpusGenerator.ReadAndCheck(TestCorpus.Root + path, SourceText.From(yaml), CancellationToken.None);

    private static FileModel WithValue(string number) => Parse(EarlyPath, Fixtures.StatementEarly.Replace("value: 2000", "value: " + number));

    [Theory]
    [InlineData("1e-30", "too small")]
    [InlineData("-1e-29", "too small")]
    [InlineData("0.1000000000000000000000000000001", "significant digits")]
    [InlineData("3.14159265358979323846264338327", "significant digits")]
    [InlineData("12345678901234567890123456789.5", "significant digits")]
    [InlineData("1e29", "too large")]
    [InlineData("-79228162514264337593543950336", "too large")]
    public void A_number_that_cannot_be_kept_exactly_is_refused_where_it_is_written(string number, string why)
    {
        var model = WithValue(number);
        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Equal("STMT0018", diagnostic.Id);
        Assert.Contains(why, diagnostic.ToDiagnostic().GetMessage());
        var span = diagnostic.Location.Span;
        Assert.Equal(number, Fixtures.StatementEarly.Replace("value: 2000", "value: " + number).Substring(span.Start, span.Length));
    }

    [Theory]
    [InlineData("10000.0", "10000.0")]
    [InlineData("1e5", "100000")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("1.000000000000000000000000000000000", "1.000000000000000000000000000")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("2.5E-3", "0.0025")]
    [InlineData("+7", "7")]
    [InlineData(".5", "0.5")]
    public void A_number_decimal_holds_exactly_is_kept(string number, string expected)
    {
        var model = WithValue(number);
        Assert.DoesNotContain(model.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var quantity = model.Entity!.Root.GetList("claims").OfType<ObjectValue>().Single().GetObject("quantity")!;
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ((NumberValue)quantity.Get("value")!).Number);
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void A_raw_line_or_paragraph_separator_is_refused_where_it_is_written(string separator)
    {
        foreach (var yaml in new[]
        {
            Fixtures.Person.Replace("name: Ada Example", "name: \"Ada" + separator + " Example\""),
            Fixtures.Person.Replace("name: Ada Example", "name: Ada Example # note" + separator + "x"),
            Fixtures.Person.Replace("name: Ada Example", "name: Ada" + separator + "Example"),
        })
        {
            var model = Parse(PersonPath, yaml);
            var diagnostic = Assert.Single(model.Diagnostics, d => d.Id == "STMT0009");
            Assert.Equal(yaml.IndexOf(separator, StringComparison.Ordinal), diagnostic.Location.Span.Start);
            Assert.Equal(1, diagnostic.Location.Span.Length);
            Assert.Contains(separator == "\u2028" ? "\\L" : separator == "\u2029" ? "\\P" : "\\N", diagnostic.ToDiagnostic().GetMessage());
            Assert.Null(model.Entity);
        }
    }

    [Theory]
    [InlineData("\\L", "\u2028")]
    [InlineData("\\P", "\u2029")]
    [InlineData("\\N", "\u0085")]
    public void The_escapes_for_line_and_paragraph_separators_read_back_exactly(string escape, string character)
    {
        var run = TestCorpus.Run(Fixtures.With(PersonPath, Fixtures.Person.Replace("name: Ada Example", "name: \"Ada" + escape + " Example" + escape + "\"")));
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var name = run.Load(assembly =>
        {
            var people = assembly.GetType("StatementGen.Generated.People+Named")!;
            var ada = people.GetProperty("AdaExample")!.GetValue(null)!;
            return (string)ada.GetType().GetProperty("Name")!.GetValue(ada)!;
        });
        Assert.Equal("Ada" + character + " Example" + character, name);
    }

    private static readonly byte[] Latin1Person = Encoding.Latin1.GetBytes(Fixtures.Person.Replace("name: Ada Example", "name: Ren\u00E9 Example"));

    /// <summary>An additional file as the compiler reads it: strict UTF-8, or its fallback when that fails.</summary>
    private sealed class CompilerReadText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>What the compiler hands a generator for these bytes (its own loader, through reflection).</summary>
    private static SourceText AsTheCompilerReadsIt(byte[] bytes)
    {
        var type = typeof(SourceText).Assembly.GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!;
        var create = type.GetMethods(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)
            .Single(m => m.Name == "Create" && m.GetParameters().Length > 1 && m.GetParameters()[1].ParameterType == typeof(Encoding));
        var arguments = create.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : null).ToArray();
        arguments[0] = new MemoryStream(bytes);
        return (SourceText)create.Invoke(null, arguments)!;
    }

    public static TheoryData<string> Fallbacks() => new() { "compiler", "windows-1252", "utf-8 with replacement" };

    [Theory]
    [MemberData(nameof(Fallbacks))]
    public void A_file_that_is_not_utf8_is_refused_at_its_first_bad_byte(string fallback)
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = fallback switch
        {
            "compiler" => AsTheCompilerReadsIt(Latin1Person),
            "windows-1252" => SourceText.From(Latin1Person, Latin1Person.Length, Encoding.GetEncoding(1252)),
            _ => SourceText.From(Latin1Person, Latin1Person.Length, Encoding.UTF8),
        };
        var files = Fixtures.All.Where(f => f.Path != PersonPath).Select(f => (AdditionalText)new InMemoryText(TestCorpus.Root + f.Path, f.Yaml))
            .Append(new CompilerReadText(TestCorpus.Root + PersonPath, text));
        var diagnostics = RunOn(files);
        var diagnostic = Assert.Single(diagnostics, d => d.Id == "STMT0008");
        var line = diagnostic.Location.GetLineSpan();
        Assert.Equal((2, 9), (line.StartLinePosition.Line, line.StartLinePosition.Character));
        // From a single-byte fallback the bytes come back, so the message can name the bad one.
        if (fallback == "windows-1252") Assert.Contains("byte 0xE9", diagnostic.GetMessage());
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true, "Ren\u00E9 Example")]
    [InlineData(false, "Ren\u00E9 Example \uFFFD")]
    public void A_valid_utf8_file_read_by_the_compiler_is_accepted(bool byteOrderMark, string name)
    {
        var bytes = (byteOrderMark ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(Fixtures.Person.Replace("name: Ada Example", "name: " + name))).ToArray();
        var files = Fixtures.All.Where(f => f.Path != PersonPath).Select(f => (AdditionalText)new InMemoryText(TestCorpus.Root + f.Path, f.Yaml))
            .Append(new CompilerReadText(TestCorpus.Root + PersonPath, AsTheCompilerReadsIt(bytes)));
        Assert.Empty(RunOn(files));
    }

    [Fact]
    public void A_utf8_file_decoded_under_a_forced_code_page_is_read_as_utf8_not_as_mojibake()
    {
        // A project's CodePage makes the compiler decode every additional file with it (here "RenÃ©").
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.UTF8.GetBytes(Fixtures.Person.Replace("name: Ada Example", "name: Ren\u00E9 Example"));
        var model = CorpusGenerator.ReadAndCheck(TestCorpus.Root + PersonPath, SourceText.From(bytes, bytes.Length, Encoding.GetEncoding(1252)), CancellationToken.None);
        Assert.Empty(model.Diagnostics);
        Assert.Equal("Ren\u00E9 Example", model.Entity!.Root.GetText("name"));
    }

    [Fact]
    public void Bytes_are_decoded_as_strict_utf8_or_refused_at_the_first_bad_byte()
    {
        var good = CorpusText.Decode("p.yaml", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("a: \u00E9\n")).ToArray(), out var none);
        Assert.Null(none);
        Assert.Equal("a: \u00E9\n", good!.ToString());

        foreach (var (bytes, line, column, reason) in new (byte[], int, int, string)[]
        {
            ([0x61, 0x0A, 0x62, 0xE9, 0x20], 1, 1, "byte 0xE9 starts a sequence that byte 0x20 does not continue"),
            ([0xC3, 0xA9, 0x80], 0, 1, "byte 0x80 does not start a valid sequence"),
            ([0xED, 0xA0, 0x80], 0, 0, "byte 0xED starts a sequence that byte 0xA0 does not continue"),
            ([0xC0, 0xAF], 0, 0, "byte 0xC0 does not start a valid sequence"),
            ([0x61, 0xF0, 0x9F], 0, 1, "the sequence that byte 0xF0 starts is cut short by the end of the file"),
        })
        {
            Assert.Null(CorpusText.Decode("p.yaml", bytes, out var problem));
            Assert.Equal("STMT0008", problem!.Id);
            Assert.Equal((line, column), (problem.Location.LineSpan.Start.Line, problem.Location.LineSpan.Start.Character));
            Assert.Equal(reason, problem.Arguments[0]);
        }
    }

    private static IReadOnlyList<Diagnostic> RunOn(IEnumerable<AdditionalText> files)
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Consumer", [], TestCorpus.References(TestCorpus.Target.Net100),
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create([new CorpusGenerator().AsSourceGenerator()], files.ToArray());
        var result = driver.RunGenerators(compilation).GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        return result.Diagnostics;
    }
}
