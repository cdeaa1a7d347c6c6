using System.IO.Enumeration;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Schema;

namespace StatementGen.Cli;

/// <summary>
/// A corpus folder read and checked exactly as the generator does it, through the generator's own phases
/// (read, the rules of one file, the archived texts, the rules across files). Only real files in real folders
/// inside the corpus folder are read (the corpus folder itself may be a link): a linked file or folder
/// is STMT0094, a path with a character that file and folder names may not hold is STMT0093 (see
/// <see cref="CorpusPaths"/>), and neither is read. Folders are searched as deep as the build's globs.
/// Each file is read with a bounded read and decoded strictly as UTF-8.
/// </summary>
internal sealed class CorpusFolder
{
    private CorpusFolder(string directory, IReadOnlyList<FileModel> files, ArchivedTexts texts, CorpusModel corpus)
    {
        Directory = directory;
        Files = files;
        Texts = texts;
        Corpus = corpus;
    }

    public string Directory { get; }

    public IReadOnlyList<FileModel> Files { get; }

    public CorpusModel Corpus { get; }

    /// <summary>The archived source texts (<c>sources/&lt;slug&gt;.txt</c>).</summary>
    public ArchivedTexts Texts { get; }

    public IEnumerable<DiagnosticInfo> Errors => Corpus.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

    /// <summary>
    /// Every .yaml and .yml file under <paramref name="directory"/> (none if it does not exist), plus
    /// <paramref name="extra"/> files not yet on disk, each checked against the archived texts (.txt
    /// files below the folder itself) as the build checks them, names as if every kind had named members (the command line does not know the
    /// project's StatementGenMaxNamedMembers, and a name it lets through must not break a build); paths as the user gave the folder.
    /// </summary>
    public static CorpusFolder Load(string directory, IEnumerable<(string Path, string Text)>? extra = null, CancellationToken cancellationToken = default)
    {
        var texts = new List<ArchivedText>();
        var onDisk = System.IO.Directory.Exists(directory) ? Scan(directory, texts, cancellationToken) : [];
        var added = (extra ?? []).Select(p => CorpusGenerator.ReadAndCheck(p.Path, SourceText.From(p.Text), cancellationToken));
        var archived = new ArchivedTexts(texts.ToEquatableArray());
        var files = onDisk.Concat(added)
            .Select(f => CorpusGenerator.CheckFile(f, archived, cancellationToken))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        return new CorpusFolder(directory, files, archived, CorpusGenerator.ValidateCorpus([.. files], archived, int.MaxValue, cancellationToken));
    }

    /// <summary>Ids of the entities that are fit to use, by kind.</summary>
    public IEnumerable<string> Ids(RefKind kinds) => Corpus.Entities.Where(e => (kinds & e.Kind) != 0).Select(e => e.Id);

    /// <summary>The path of a file relative to the corpus folder, with '/' separators.</summary>
    public string Relative(string path) => Path.GetRelativePath(Directory, path).Replace('\\', '/');

    /// <summary>
    /// Walks the folder without following links (iteratively, so depth costs no stack): each corpus
    /// file becomes a <see cref="FileModel"/>, read or, when it must not be read, reported.
    /// </summary>
    private static List<FileModel> Scan(string root, List<ArchivedText> texts, CancellationToken cancellationToken)
    {
        var files = new List<FileModel>();
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false };
        var folders = new Stack<(string Path, string Relative, int Depth)>();
        folders.Push((root, "", 0));
        while (folders.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (folder, folderRelative, depth) = folders.Pop();
            List<(string Path, string Name, bool IsFolder, bool IsLink)> entries;
            try
            {
                entries = new FileSystemEnumerable<(string, string, bool, bool)>(folder,
                    (ref FileSystemEntry e) => (e.ToSpecifiedFullPath(), e.FileName.ToString(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0), options).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder that cannot be listed (no permission, gone): say so on the folder, lose nothing silently.
                files.Add(Unread(folder, "The folder '" + (folderRelative.Length == 0 ? "." : folderRelative) + "' could not be listed (" + e.GetType().Name + "), so its files were not checked; check that you may read it"));
                continue;
            }

            foreach (var (path, name, isFolder, isLink) in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var relative = folderRelative.Length == 0 ? name : folderRelative + "/" + name;
                var isText = depth > 0 && IsArchivedTextName(name);
                if (isLink && (isFolder || isText || IsCorpusFileName(name)))
                {
                    // Never followed: a link can point at a secret, at /dev/zero, or at a whole other tree.
                    files.Add(Unread(path, DiagnosticDescriptors.LinkedFile, Shown(root, relative)));
                }
                else if (isFolder)
                {
                    // As deep as the build's globs look, and no deeper.
                    if (depth < CorpusPaths.MaxFolderDepth) folders.Push((path, relative, depth + 1));
                }
                else if (isText)
                {
                    if (CorpusPaths.IsSafe(relative)) texts.Add(ReadText(path, cancellationToken));
                    else files.Add(Unread(path, DiagnosticDescriptors.UnsafeFileName, CorpusPaths.Show(Shown(root, relative))));
                }
                else if (IsCorpusFileName(name))
                {
                    files.Add(CorpusPaths.IsSafe(relative)
                        ? ReadFile(path, cancellationToken)
                        : Unread(path, DiagnosticDescriptors.UnsafeFileName, CorpusPaths.Show(Shown(root, relative))));
                }
            }
        }
        return files;
    }

    /// <summary>The same file names as the package's MSBuild globs (<c>**/*.yaml</c>, <c>**/*.yml</c>), case-sensitive where MSBuild's are.</summary>
    private static bool IsCorpusFileName(string name)
        => FileSystemName.MatchesSimpleExpression("*.yaml", name, ignoreCase: OperatingSystem.IsWindows())
        || FileSystemName.MatchesSimpleExpression("*.yml", name, ignoreCase: OperatingSystem.IsWindows());

    /// <summary>The same names as the package's globs for archived texts (<c>*/**/*.txt</c>: not in the corpus folder itself).</summary>
    private static bool IsArchivedTextName(string name)
        => FileSystemName.MatchesSimpleExpression("*" + ArchivedTextReader.Extension, name, ignoreCase: OperatingSystem.IsWindows());

    /// <summary>A path inside the corpus folder as messages show it: the folder as the user gave it, then the path inside.</summary>
    private static string Shown(string root, string relative) => root.TrimEnd('/', '\\') + "/" + relative;

    private static FileModel Unread(string path, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params string[] arguments)
        => new(path, null, new[] { DiagnosticInfo.Create(descriptor, LocationInfo.FileStart(path), arguments) }.ToEquatableArray());

    private static FileModel Unread(string path, string message) => Unread(path, DiagnosticDescriptors.NotACorpusFile, message);

    /// <summary>Reads one archived text by the generator's rule (see <see cref="ArchivedTextReader"/>), read and decoded as <see cref="ReadText(string, int, int, out DiagnosticInfo?)"/> says.</summary>
    public static ArchivedText ReadText(string path, CancellationToken cancellationToken)
    {
        var text = ReadText(path, CorpusBytes.MaxTextBytes, ArchivedTextReader.MaxTextLength, out var problem);
        return text is null
            ? new ArchivedText(path, ArchivedTextReader.SourceIdOf(path), EquatableArray<string>.Empty, "", new[] { problem! }.ToEquatableArray())
            : ArchivedTextReader.Read(path, text, cancellationToken);
    }

    /// <summary>Reads and checks one real corpus file, read and decoded as <see cref="ReadText(string, int, int, out DiagnosticInfo?)"/> says.</summary>
    public static FileModel ReadFile(string path, CancellationToken cancellationToken)
    {
        var text = ReadText(path, CorpusBytes.MaxFileBytes, YamlTreeReader.MaxFileLength, out var problem);
        return text is null
            ? new FileModel(path, null, new[] { problem! }.ToEquatableArray())
            : CorpusGenerator.ReadAndCheck(path, text, cancellationToken);
    }

    /// <summary>
    /// The text of one real file: at most <paramref name="maxBytes"/> bytes plus one are read, so a
    /// larger file is STMT0080 (more than <paramref name="maxLength"/> characters) without reading
    /// further; bytes that are not UTF-8 are STMT0008 at the first bad byte; a file that cannot be read
    /// (no permission, gone) is STMT0004, not a crash. Null, with the diagnostic, when it has no text.
    /// </summary>
    private static SourceText? ReadText(string path, int maxBytes, int maxLength, out DiagnosticInfo? problem)
    {
        byte[] bytes;
        try
        {
            bytes = CorpusBytes.ReadBounded(path, maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = DiagnosticInfo.Create(DiagnosticDescriptors.NotACorpusFile, LocationInfo.FileStart(path),
                "The file could not be read (" + e.GetType().Name + "); check that it exists and that you may read it");
            return null;
        }

        if (bytes.Length > maxBytes)
        {
            var limit = maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture);
            problem = DiagnosticInfo.Create(DiagnosticDescriptors.FileTooLarge, LocationInfo.FileStart(path), "more than " + limit, limit);
            return null;
        }

        return CorpusText.Decode(path, bytes, out problem);
    }
}
