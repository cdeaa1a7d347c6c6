using System.Text.RegularExpressions;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>
/// The shape of the source tree, checked with the compiler's own binding: no two source files use each
/// other (directly or round a longer loop), the rooms use each other as README.md's layout section says,
/// and a file over 400 lines says why at its top.
/// </summary>
public class SourceLayoutTests
{
    /// <summary>Longer files must open with a comment that starts like this and goes on with the reason.</summary>
    private const string LongFileMarker = "// Longer than 400 lines";

    [Fact]
    public void No_two_files_of_the_generator_use_each_other_even_round_a_loop()
    {
        var graph = Uses(Project.Generator);
        Assert.True(graph.Count > 30, "the generator's files were not found");
        Assert.True(DescribeCycles(graph) is [], string.Join(Environment.NewLine, DescribeCycles(graph)));
    }

    [Fact]
    public void No_two_files_of_the_command_line_tool_use_each_other_even_round_a_loop()
    {
        var graph = Uses(Project.Cli);
        Assert.True(graph.Count > 10, "the command line tool's files were not found");
        Assert.True(DescribeCycles(graph) is [], string.Join(Environment.NewLine, DescribeCycles(graph)));
    }

    [Fact]
    public void The_cycle_finder_finds_a_loop_of_three_and_a_pair()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["a"] = ["b"],
            ["b"] = ["c"],
            ["c"] = ["a"],
            ["d"] = ["e"],
            ["e"] = ["d", "a"],
            ["f"] = ["a"],
        };
        var cycles = DescribeCycles(graph);
        Assert.Equal(2, cycles.Count);
        Assert.Contains(cycles, c => c.StartsWith("a, b, c:", StringComparison.Ordinal));
        Assert.Contains(cycles, c => c.StartsWith("d, e:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rooms_of_the_generator_use_no_room_that_uses_them_and_as_the_readme_says()
    {
        var actual = Rooms(Uses(Project.Generator));
        Assert.True(DescribeCycles(actual) is [], string.Join(Environment.NewLine, DescribeCycles(actual)));
        var documented = DocumentedRooms();
        var lines = actual.Keys.Union(documented.Keys).Order(StringComparer.Ordinal)
            .Select(room => (Room: room,
                Actual: string.Join(", ", actual.GetValueOrDefault(room, []).Order(StringComparer.Ordinal)),
                Documented: string.Join(", ", documented.GetValueOrDefault(room, []).Order(StringComparer.Ordinal))))
            .Where(r => r.Actual != r.Documented)
            .Select(r => r.Room + " uses [" + r.Actual + "], README.md says [" + r.Documented + "]")
            .ToArray();
        Assert.True(lines.Length == 0, string.Join(Environment.NewLine, lines));
    }

    [Fact]
    public void A_source_file_over_400_lines_says_why_at_its_top()
    {
        var unexplained = Directory.EnumerateFiles(Path.Combine(Paths.Repository, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .Select(f => (File: f, Lines: File.ReadAllLines(f)))
            .Where(f => f.Lines.Length > 400 && !f.Lines.Take(20).Any(l => l.TrimStart().StartsWith(LongFileMarker, StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(Paths.Repository, f.File).Replace('\\', '/') + " (" + f.Lines.Length + " lines)")
            .ToArray();
        Assert.True(unexplained.Length == 0, string.Join(Environment.NewLine, unexplained));
    }

    private enum Project { Generator, Cli }

    /// <summary>
    /// For each compiled source file of a project (path relative to the project folder), the other
    /// files of the project it uses: those that declare a type, or a member's containing type, that the
    /// file names. Partial types count for every file that declares a part.
    /// </summary>
    private static Dictionary<string, HashSet<string>> Uses(Project project)
    {
        var folder = Path.Combine(Paths.Repository, "src", project == Project.Generator ? "StatementGen" : "StatementGen.Cli");
        var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .Select(f => (Relative: Path.GetRelativePath(folder, f).Replace('\\', '/'), Full: f))
            // Runtime/ is emitted into consumers and not compiled into the generator, except the id hash.
            .Where(f => !f.Relative.StartsWith("Runtime/", StringComparison.Ordinal) || f.Relative == "Runtime/CorpusHash.cs")
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f.Full), new CSharpParseOptions(LanguageVersion.Latest), f.Relative))
            .ToArray();
        var references = Net100.References.All.Concat(new[]
        {
            MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(YamlDotNet.Core.Parser).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(System.Collections.Immutable.ImmutableArray).Assembly.Location),
        });
        if (project == Project.Cli)
        {
            references = references.Append(MetadataReference.CreateFromFile(typeof(CorpusGenerator).Assembly.Location));
        }

        var compilation = CSharpCompilation.Create("Layout" + project, trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithMetadataImportOptions(MetadataImportOptions.All));

        var graph = trees.ToDictionary(t => t.FilePath, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var info = model.GetSymbolInfo(name);
                var symbols = info.Symbol is { } s ? new[] { s } : info.CandidateSymbols.ToArray();
                foreach (var symbol in symbols)
                {
                    var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
                    if (type is null) continue;
                    foreach (var declaration in type.OriginalDefinition.DeclaringSyntaxReferences)
                    {
                        var path = declaration.SyntaxTree.FilePath;
                        if (path != tree.FilePath && graph.ContainsKey(path)) graph[tree.FilePath].Add(path);
                    }
                }
            }
        }

        return graph;
    }

    /// <summary>Each group of files that use each other round a loop, as "a, b, c: a → b, b → c, c → a".</summary>
    private static List<string> DescribeCycles(Dictionary<string, HashSet<string>> graph)
    {
        // Tarjan's strongly connected components.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<List<string>>();

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph.GetValueOrDefault(v, []).Order(StringComparer.Ordinal))
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] != index[v]) return;
            var component = new List<string>();
            string x;
            do
            {
                x = stack.Pop();
                onStack.Remove(x);
                component.Add(x);
            }
            while (x != v);
            if (component.Count > 1) components.Add(component);
        }

        foreach (var v in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(v)) Visit(v);
        }

        return components
            .Select(c => c.Order(StringComparer.Ordinal).ToList())
            .Select(c => string.Join(", ", c) + ": " + string.Join(", ",
                c.SelectMany(a => graph[a].Where(c.Contains).Order(StringComparer.Ordinal).Select(b => a + " → " + b))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The room of a file is its first folder; a file at the top is a room of its own.</summary>
    private static string RoomOf(string file) => file.Contains('/') ? file[..file.IndexOf('/')] : file;

    private static Dictionary<string, HashSet<string>> Rooms(Dictionary<string, HashSet<string>> files)
    {
        var rooms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (file, uses) in files)
        {
            var room = RoomOf(file);
            if (!rooms.TryGetValue(room, out var set)) rooms[room] = set = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(uses.Select(RoomOf).Where(r => r != room));
        }

        return rooms;
    }

    /// <summary>
    /// README.md's table of rooms: the rows between the "| room | uses |" header and the end of the
    /// table, each "| `Room/` | `Other/`, `File.cs` |" (a dash when it uses none); in the first cell
    /// only the first code span names the room.
    /// </summary>
    private static Dictionary<string, HashSet<string>> DocumentedRooms()
    {
        var readme = File.ReadAllLines(Path.Combine(Paths.Repository, "README.md"));
        var start = Array.FindIndex(readme, l => Regex.IsMatch(l, @"^\|\s*room\s*\|\s*uses\b"));
        Assert.True(start >= 0, "README.md has no '| room | uses |' table");
        var rooms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in readme.Skip(start + 2).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            rooms[RoomName(Regex.Match(cells[1], "`([^`]+)`").Groups[1].Value)] = Regex.Matches(cells[2], "`([^`]+)`").Select(m => RoomName(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        }

        return rooms;
    }

    private static string RoomName(string cell) => cell.Trim().Trim('`').TrimEnd('/');

    private static bool IsBuildOutput(string path)
    {
        var separator = Path.DirectorySeparatorChar;
        return path.Contains(separator + "bin" + separator, StringComparison.Ordinal) || path.Contains(separator + "obj" + separator, StringComparison.Ordinal);
    }
}
