using System.Text.RegularExpressions;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.EndToEnd.Tests;

/// <summary>
/// Contributed file names and links, built with the real <c>dotnet build</c>: a name that could be
/// taken for compiler options (a line break starts a new response-file line) or MSBuild syntax, and a
/// link that reaches outside the corpus, never reach the compiler. Each is one MSBuild error that
/// names it, and the program and the rest of the corpus build as usual.
/// </summary>
[Trait("Category", "EndToEnd")]
public class CorpusPathTests
{
    private const string Program = """
        System.Console.WriteLine("people: " + StatementGen.Generated.People.All.Count);
        System.Console.WriteLine("ada: " + StatementGen.Generated.People.Named.AdaExample.Name);
        """;

    /// <summary>A person file whose id cannot match its hostile name: if it reached the generator, STMT0016 would say so.</summary>
    private const string Stray = "schema: person/1\nid: person:stray\nname: Stray\n";

    /// <summary>
    /// File and folder names (inside the corpus folder) that must never reach the compiler: line
    /// breaks and the other control and line-separator characters, and what splits or quotes an
    /// argument or means something to MSBuild.
    /// </summary>
    public static readonly string[] HostileNames =
    [
        "people/a\n-errorlog:INJECTED-LF.sarif\n#x.yaml",
        "people/b\r-errorlog:INJECTED-CR.sarif\r#x.yaml",
        "people/c\t-errorlog:INJECTED-TAB.sarif.yaml",
        "people/d\u0085-errorlog:INJECTED-NEL.sarif.yaml",
        "people/e\u2028-errorlog:INJECTED-LS.sarif.yaml",
        "people/f\u2029-errorlog:INJECTED-PS.sarif.yaml",
        "people/g\u007f\u0001\u001f.yaml",
        "people/x\" -errorlog:INJECTED-QUOTE.sarif \".yaml",
        "people/it's.yaml",
        "people/#hash.yaml",
        "people/@INJECTED.rsp.yaml",
        "people/-errorlog:INJECTED-DASH.sarif.yaml",
        "people/sp ace.yaml",
        "people/com,ma.yaml",
        "people/semi;colon.yaml",
        "people/ünïcode.yaml",
        "people/$(MSBuildProjectDirectory).yaml",
        "people/@(Compile).yaml",
        "people/%(Identity)%0A.yaml",
        "-analyzer:corpus/person.yaml",
        "a\n-analyzer:corpus/person.yaml",
        "#people/person.yaml",
    ];

    private static string Shown(string name) =>
        "corpus/" + Regex.Replace(name, "[\u0000-\u001f\u007f\u0085\u2028\u2029]", m => $"[U+{(int)m.Value[0]:X4}]");

    [Fact]
    public void Hostile_names_are_reported_and_never_reach_the_compiler()
    {
        using var project = new ConsumerProject(Fixtures.All, "<OutputType>Exe</OutputType>");
        project.WriteFile("Program.cs", Program);
        foreach (var name in HostileNames) project.Write(name, Stray);

        var (exit, output) = project.Build();

        Assert.NotEqual(0, exit);
        foreach (var name in HostileNames)
        {
            var line = $"error STMT0093: The path '{Shown(name)}' holds a character other than";
            Assert.True(output.Split('\n').Count(l => l.Contains(line, StringComparison.Ordinal)) >= 1, "no STMT0093 for " + Shown(name) + " in:\n" + output);
        }

        // Nothing the names carry took effect: no error log written, no source dropped (CS5001 for
        // Program.cs), no file of the name passed on (STMT0016 or CS2001 would name it).
        Assert.Empty(Directory.EnumerateFiles(project.Directory, "INJECTED*", SearchOption.AllDirectories));
        Assert.DoesNotContain("CS5001", output);
        Assert.DoesNotContain("CS2001", output);
        Assert.DoesNotContain("STMT0016", output);
        Assert.DoesNotMatch("error (CS|STMT00[0-8])", output);

        // The rest of the corpus and the program built: only STMT0093 failed the build.
        AssertTheCorpusBuilt(project);
    }

    [Fact]
    public void Linked_files_and_folders_and_names_that_leave_the_corpus_are_reported_and_never_read()
    {
        using var outside = new TempFolder();
        var secret = Path.Combine(outside.Path, "id_ed25519");
        File.WriteAllText(secret, "-----BEGIN OPENSSH PRIVATE KEY-----\nSECRET-KEY-MATERIAL\n");
        Directory.CreateDirectory(Path.Combine(outside.Path, "elsewhere"));
        File.WriteAllText(Path.Combine(outside.Path, "elsewhere", "secrets.yaml"), "password: SECRET-FROM-A-LINKED-FOLDER\n");

        using var project = new ConsumerProject(Fixtures.All, "<OutputType>Exe</OutputType>");
        project.WriteFile("Program.cs", Program);
        var people = Path.Combine(project.Directory, "corpus", "people");
        File.CreateSymbolicLink(Path.Combine(people, "key.yaml"), secret);
        File.CreateSymbolicLink(Path.Combine(people, "zero.yaml"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(people, "dangling.yaml"), Path.Combine(outside.Path, "missing"));
        File.CreateSymbolicLink(Path.Combine(project.Directory, "corpus", "sources", "key.txt"), secret); // as an archived text
        Directory.CreateSymbolicLink(Path.Combine(people, "linked"), Path.Combine(outside.Path, "elsewhere"));
        Directory.CreateSymbolicLink(Path.Combine(project.Directory, "corpus", "orgs2"), Path.Combine(outside.Path, "elsewhere"));

        // Not a link but a name: on Linux and macOS MSBuild reads '\' as a folder separator, so this
        // file in the corpus folder would stand for a valid person file outside the project.
        File.WriteAllText(Path.Combine(outside.Path, "elsewhere", "exfiltrated.yaml"), "schema: person/1\nid: person:exfiltrated\nname: SECRET-PERSON\n");
        var escape = @"..\..\" + Path.GetFileName(outside.Path) + @"\elsewhere\exfiltrated.yaml";
        File.WriteAllText(Path.Combine(project.Directory, "corpus", escape), "x: 1\n");

        var (exit, output) = project.Build();

        Assert.NotEqual(0, exit);
        foreach (var linked in new[] { "people/key.yaml", "people/zero.yaml", "people/dangling.yaml", "sources/key.txt", "people/linked", "orgs2" })
        {
            Assert.Contains($"error STMT0094: 'corpus/{linked}' is a symbolic link, or lies in a linked folder", output);
        }

        if (!OperatingSystem.IsWindows())
        {
            Assert.Contains("error STMT0093: The path '" + project.Directory + "/corpus/../../" + Path.GetFileName(outside.Path) + "/elsewhere/exfiltrated.yaml' holds a character", output);
        }

        Assert.DoesNotContain("SECRET", output);
        Assert.DoesNotMatch("error (CS|STMT00[0-8])", output);
        AssertTheCorpusBuilt(project);
    }

    /// <summary>The program ran on the generated API: the valid corpus was compiled, and nothing else.</summary>
    private static void AssertTheCorpusBuilt(ConsumerProject project)
    {
        var dll = Path.Combine(project.Directory, "bin", "Debug", "net10.0", "Consumer.dll");
        var (exit, output) = Dotnet.Run(project.Directory, $"\"{dll}\"");
        Assert.Equal(0, exit);
        Assert.Contains("people: 1", output);
        Assert.Contains("ada: Ada Example", output);
    }

    /// <summary>A folder outside any project, deleted with its links (not their targets).</summary>
    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "statementgen-outside-" + Guid.NewGuid().ToString("N"));

        public TempFolder() => Directory.CreateDirectory(Path);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
