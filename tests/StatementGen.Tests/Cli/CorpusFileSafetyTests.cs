using System.Text;
using StatementGen.Tests.Infrastructure;
using Xunit;
using static StatementGen.Tests.Cli.CliRunner;

namespace StatementGen.Tests.Cli;

/// <summary>
/// What the command line reads from a corpus folder: only real files inside it, each at most the size
/// limit, strictly UTF-8; links, unsafe names, unreadable files and internal failures are each a clear
/// result, never a crash, a hang or a leak of text from outside the corpus.
/// </summary>
public class CorpusFileSafetyTests
{
    private static string[] Lines(string output, string id) => output.Split('\n').Where(l => l.Contains(": error " + id + ":")).ToArray();

    [Fact]
    public void A_link_to_a_secret_file_is_reported_and_never_read()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var secret = Path.Combine(corpus.Root, "id_ed25519");
        File.WriteAllText(secret, "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA-SECRET-MATERIAL\n");
        File.CreateSymbolicLink(corpus.PathOf("people/jane-doe.yaml"), secret);

        foreach (var format in new[] { "text", "json" })
        {
            var (exit, output, error) = Run("validate", corpus.Directory, "--format", format);
            Assert.Equal(1, exit);
            Assert.DoesNotContain("SECRET-MATERIAL", output + error);
            Assert.DoesNotContain("OPENSSH", output + error);
            Assert.Contains("STMT0094", output);
        }

        var (_, text, _) = Run("validate", corpus.Directory);
        var line = Assert.Single(Lines(text, "STMT0094"));
        Assert.StartsWith(corpus.PathOf("people/jane-doe.yaml") + "(1,1): error STMT0094: '" + corpus.Directory + "/people/jane-doe.yaml' is a symbolic link", line);
        Assert.Contains("9 files, 8 valid entities: 1 errors", text);
    }

    [Fact]
    public void A_linked_archived_text_or_one_with_an_unsafe_name_is_reported_and_never_read()
    {
        using var corpus = new TempCorpus(Fixtures.WithArchivedText().Where(f => f.Path != Fixtures.ArchivedTextPath));
        var secret = Path.Combine(corpus.Root, "id_ed25519");
        File.WriteAllText(secret, "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA-SECRET-MATERIAL\n");
        File.CreateSymbolicLink(corpus.PathOf(Fixtures.ArchivedTextPath), secret);
        File.WriteAllText(corpus.PathOf("sources/a b.txt"), "SECRET-MATERIAL\n");

        var (exit, output, error) = Run("validate", corpus.Directory);
        Assert.Equal(1, exit);
        Assert.DoesNotContain("SECRET-MATERIAL", output + error);
        Assert.Contains(corpus.PathOf(Fixtures.ArchivedTextPath) + "(1,1): error STMT0094", output);
        Assert.Contains(corpus.PathOf("sources/a b.txt") + "(1,1): error STMT0093", output);
        // The source then has no usable text, which its stored: full says it should.
        Assert.Contains("error STMT0041: text.stored is full, but there is no archived text", output);
    }

    [Fact]
    public void A_link_to_dev_zero_is_reported_at_once()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        File.CreateSymbolicLink(corpus.PathOf("people/zero.yaml"), "/dev/zero");
        var (exit, output, error) = Run("validate", corpus.Directory);
        Assert.Equal(1, exit);
        Assert.Equal("", error);
        Assert.Single(Lines(output, "STMT0094"));
    }

    [Fact]
    public void A_dangling_link_is_reported_not_a_crash()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        File.CreateSymbolicLink(corpus.PathOf("people/gone.yaml"), Path.Combine(corpus.Root, "no-such-file.yaml"));
        var (exit, output, error) = Run("validate", corpus.Directory);
        Assert.Equal(1, exit);
        Assert.Equal("", error);
        Assert.Single(Lines(output, "STMT0094"));
        Assert.Contains("9 files, 8 valid entities: 1 errors", output);
    }

    [Fact]
    public void A_linked_folder_is_reported_once_and_not_entered()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var outside = Path.Combine(corpus.Root, "elsewhere");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "mallory.yaml"), Fixtures.Person.Replace("ada-example", "mallory").Replace("Q42", "Q43"));
        File.WriteAllText(Path.Combine(outside, "oscar.yml"), Fixtures.Person.Replace("ada-example", "oscar").Replace("Q42", "Q44"));
        Directory.CreateDirectory(corpus.PathOf("people/more"));
        Directory.CreateSymbolicLink(corpus.PathOf("people/more/linked"), outside);

        var (exit, output, error) = Run("validate", corpus.Directory);
        Assert.Equal(1, exit);
        Assert.Equal("", error);
        var line = Assert.Single(Lines(output, "STMT0094"));
        Assert.StartsWith(corpus.PathOf("people/more/linked") + "(1,1): error STMT0094: '" + corpus.Directory + "/people/more/linked' is a symbolic link", line);
        Assert.DoesNotContain("mallory", output);
        Assert.DoesNotContain("oscar", output);
    }

    [Fact]
    public void The_corpus_folder_itself_may_be_a_link()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var link = Path.Combine(corpus.Root, "linked-corpus");
        Directory.CreateSymbolicLink(link, corpus.Directory);
        var (exit, output, _) = Run("validate", link);
        Assert.Equal(0, exit);
        Assert.Contains("8 files, 8 valid entities: 0 errors", output);
    }

    [Fact]
    public void A_line_break_in_a_file_name_is_reported_with_the_character_shown_and_the_file_not_read()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        corpus.Write("people/a\n-errorlog:x.sarif\n#b.yaml", "schema: person/1\nid: person:leaked-secret-text\n");
        var (exit, output, error) = Run("validate", corpus.Directory);
        Assert.Equal(1, exit);
        Assert.Equal("", error);
        var line = Assert.Single(Lines(output, "STMT0093"));
        Assert.Contains("error STMT0093: The path '" + corpus.Directory + "/people/a[U+000A]-errorlog:x.sarif[U+000A]#b.yaml' holds a character other than the ASCII letters, digits, '-', '_' and '.'", line);
        Assert.DoesNotContain("leaked-secret-text", output);
        Assert.Equal(1, output.Split('\n').Count(l => l.Contains("error STMT")));
    }

    [Theory]
    [InlineData('\u0001', "U+0001")]
    [InlineData('\u007F', "U+007F")]
    [InlineData('\u0085', "U+0085")]
    [InlineData('\u2028', "U+2028")]
    [InlineData('\u2029', "U+2029")]
    public void Every_control_and_line_separator_character_in_a_name_is_refused_and_shown(char c, string codePoint)
    {
        using var corpus = new TempCorpus(Fixtures.All);
        corpus.Write("people/x" + c + "y/z.yaml", Fixtures.Person);
        var (exit, output, _) = Run("validate", corpus.Directory);
        Assert.Equal(1, exit);
        var line = Assert.Single(Lines(output, "STMT0093"));
        Assert.Contains("'" + corpus.Directory + "/people/x[" + codePoint + "]y/z.yaml' holds a character other than", line);
    }

    [Theory]
    [InlineData("people/sp ace.yaml")]
    [InlineData("people/a\"b.yaml")]
    [InlineData("people/$(Secret).yaml")]
    [InlineData("people/caf\u00E9.yaml")]
    [InlineData("people/a;b.yaml")]
    [InlineData("people/a\\b.yaml")]
    public void Any_name_the_build_would_not_pass_on_is_refused_as_the_build_refuses_it(string path)
    {
        using var corpus = new TempCorpus(Fixtures.All);
        corpus.Write(path, Fixtures.Person);
        var (exit, output, _) = Run("validate", corpus.Directory);
        Assert.Equal(1, exit);
        var line = Assert.Single(Lines(output, "STMT0093"));
        Assert.Contains("The path '" + corpus.Directory + "/" + path + "' holds a character other than", line);
    }

    [Fact]
    public void Files_deeper_than_the_builds_globs_are_not_corpus_files()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        corpus.Write("a/b/c/d/deep.yaml", "not: [a corpus file");
        corpus.Write("a/b/c/shallow.yaml", Fixtures.Person.Replace("ada-example", "shallow").Replace("Q42", "Q45"));
        var (_, output, _) = Run("validate", corpus.Directory);
        Assert.DoesNotContain("deep.yaml", output);
        Assert.Contains("shallow.yaml", output);
    }

    [Fact]
    public void Invalid_utf8_is_a_located_error()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var bytes = Encoding.UTF8.GetBytes("schema: person/1\nid: person:rene-example\n# é\nname: Ren").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" Example\n")).ToArray();
        File.WriteAllBytes(corpus.PathOf("people/rene-example.yaml"), bytes);
        var (exit, output, _) = Run("validate", corpus.Directory);
        Assert.Equal(1, exit);
        var line = Assert.Single(Lines(output, "STMT0008"));
        Assert.StartsWith(corpus.PathOf("people/rene-example.yaml") + "(4,10): error STMT0008: The file is not valid UTF-8: byte 0xE9 ", line);
        Assert.DoesNotContain("\uFFFD", output);
    }

    [Fact]
    public void A_byte_order_mark_is_allowed()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        File.WriteAllBytes(corpus.PathOf("people/ada-example.yaml"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Fixtures.Person)]);
        var (exit, output, _) = Run("validate", corpus.Directory);
        Assert.Equal(0, exit);
        Assert.Contains("8 files, 8 valid entities: 0 errors", output);
    }

    [Fact]
    public void An_oversize_file_is_reported_without_reading_it_all()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var path = corpus.PathOf("people/huge.yaml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(64L << 20); // 64 MiB of NUL bytes: more than the limit, read no further than it
        }
        var (exit, output, error) = Run("validate", corpus.Directory);
        Assert.Equal(1, exit);
        Assert.Equal("", error);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("STMT0080"));
        Assert.Equal(corpus.PathOf("people/huge.yaml") + "(1,1): error STMT0080: The file has more than 1048576 characters; a corpus file may have at most 1048576", line);
    }

    [Fact]
    public void A_file_just_over_the_limit_gets_the_builds_exact_count()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        corpus.Write("people/long.yaml", Fixtures.Person + "\n" + new string('#', 1 << 20) + "\n");
        var (exit, output, _) = Run("validate", corpus.Directory);
        Assert.Equal(1, exit);
        Assert.Contains("error STMT0080: The file has " + (Fixtures.Person.Length + 2 + (1 << 20)) + " characters", output);
    }

    [Fact]
    public void New_never_writes_through_a_link()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var outside = Path.Combine(corpus.Root, "outside.yaml");
        File.CreateSymbolicLink(corpus.PathOf("people/jane-doe.yaml"), outside);
        var (exit, _, error) = Run("new", "person", "jane-doe", "--corpus", corpus.Directory, "--set", "name=Jane Doe");
        Assert.Equal(1, exit);
        Assert.Contains("symbolic link", error);
        Assert.False(File.Exists(outside));

        var elsewhere = Path.Combine(corpus.Root, "elsewhere");
        Directory.Move(corpus.PathOf("orgs"), elsewhere);
        Directory.CreateSymbolicLink(corpus.PathOf("orgs"), elsewhere);
        (exit, _, error) = Run("new", "org", "acme", "--corpus", corpus.Directory, "--set", "name=Acme", "--set", "type=company");
        Assert.Equal(1, exit);
        Assert.Contains("linked folder", error);
        Assert.Equal(["example-ministry.yaml"], Directory.EnumerateFileSystemEntries(elsewhere).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_that_vanishes_before_it_is_read_is_a_located_error_not_a_crash()
    {
        using var corpus = new TempCorpus([]);
        var path = corpus.PathOf("vanished.yaml");
        var file = StatementGen.Cli.CorpusFolder.ReadFile(path, CancellationToken.None);
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(path + "(1,1): error STMT0004: The file could not be read (FileNotFoundException); check that it exists and that you may read it", diagnostic.ToDiagnostic().ToString());
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void WriteLine(string? value) => throw new InvalidOperationException("the output went away\nsecond line");
    }

    [Fact]
    public void An_internal_failure_has_its_own_exit_code_and_one_line()
    {
        using var corpus = new TempCorpus(Fixtures.All);
        var stderr = new StringWriter();
        var exit = StatementGen.Cli.Cli.Run(["validate", corpus.Directory], new FailingWriter(), stderr);
        Assert.Equal(3, exit);
        Assert.Equal("error: internal failure: System.InvalidOperationException: the output went away\\nsecond line" + Environment.NewLine, stderr.ToString());
    }
}
