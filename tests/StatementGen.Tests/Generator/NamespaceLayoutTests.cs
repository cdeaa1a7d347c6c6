using System.Text.RegularExpressions;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>The generator's namespaces follow its folders, so a type is found where its namespace says.</summary>
public class NamespaceLayoutTests
{
    [Fact]
    public void Every_source_file_of_the_generator_declares_its_folders_namespace()
    {
        var root = Path.Combine(Paths.Repository, "src", "StatementGen");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            // Runtime/ holds code emitted into the consumer's own namespace; build output is not source.
            .Where(f => !f.StartsWith("Runtime/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(files);
        var wrong = files
            .Select(f => (File: f, Declared: Regex.Match(File.ReadAllText(Path.Combine(root, f)), @"^namespace ([A-Za-z.]+);", RegexOptions.Multiline).Groups[1].Value))
            .Where(f => f.Declared.Length > 0)
            .Where(f => f.Declared != "StatementGen" + string.Concat(Path.GetDirectoryName(f.File)!.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(d => "." + d)))
            .Select(f => f.File + ": " + f.Declared)
            .ToArray();
        Assert.Empty(wrong);
    }
}
