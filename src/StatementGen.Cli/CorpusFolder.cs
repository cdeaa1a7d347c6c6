using System.IO.Enumeration;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Validation;

namespace StatementGen.Cli;

/// <summary>
/// A corpus folder read and checked exactly as the generator does it, with the files the package's
/// MSBuild targets would hand it: .yaml and .yml files at most <see cref="MaxFolderDepth"/> folders deep.
/// Only real files in real folders inside the corpus folder are read (the corpus folder itself may be
/// a link): a linked file or folder is STMT0094, a path with a character other than ASCII letters,
/// digits, '-', '_' and '.' is STMT0093, and neither is read. Each file is read with a bounded read and
/// decoded strictly as UTF-8.
/// </summary>
internal sealed class CorpusFolder
{
    private CorpusFolder(string directory, IReadOnlyList<FileModel> files, CorpusModel corpus)
    {
        Directory = directory;
        Files = files;
        Corpus = corpus;
    }

    public string Directory { get; }

    public IReadOnlyList<FileModel> Files { get; }

    public CorpusModel Corpus { get; }

    public IEnumerable<DiagnosticInfo> Errors => Corpus.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

    /// <summary>
    /// Every .yaml and .yml file under <paramref name="directory"/> (none if it does not exist), plus
    /// <paramref name="extra"/> files not yet on disk; paths as the user gave the folder.
    /// </summary>
    public static CorpusFolder Load(string directory, IEnumerable<(string Path, string Text)>? extra = null, CancellationToken cancellationToken = default)
    {
        var onDisk = System.IO.Directory.Exists(directory) ? Scan(directory, cancellationToken) : [];
        var added = (extra ?? []).Select(p => CorpusParser.ParseFile(p.Path, SourceText.From(p.Text), cancellationToken));
        var files = onDisk.Concat(added).OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        return new CorpusFolder(directory, files, CorpusValidator.Validate([.. files], cancellationToken));
    }

    /// <summary>Ids of the entities that are fit to use, by kind.</summary>
    public IEnumerable<string> Ids(RefKind kinds) => Corpus.Entities.Where(e => (kinds & e.Kind) != 0).Select(e => e.Id);

    /// <summary>The path of a file relative to the corpus folder, with '/' separators.</summary>
    public string Relative(string path) => Path.GetRelativePath(Directory, path).Replace('\\', '/');

    /// <summary>How deep the package's globs look: kind/, statements/YYYY/, and one level more (reported as the wrong folder).</summary>
    public const int MaxFolderDepth = 3;

    /// <summary>
    /// Walks the folder without following links (iteratively, so depth costs no stack): each corpus
    /// file becomes a <see cref="FileModel"/>, read or, when it must not be read, reported.
    /// </summary>
    private static List<FileModel> Scan(string root, CancellationToken cancellationToken)
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
                if (isLink && (isFolder || IsCorpusFileName(name)))
                {
                    // Never followed: a link can point at a secret, at /dev/zero, or at a whole other tree.
                    files.Add(Unread(path, DiagnosticDescriptors.LinkedFile, relative));
                }
                else if (isFolder)
                {
                    if (depth < MaxFolderDepth) folders.Push((path, relative, depth + 1));
                }
                else if (IsCorpusFileName(name))
                {
                    files.Add(relative.All(IsSafe) ? ReadFile(path, cancellationToken) : Unread(path, DiagnosticDescriptors.UnsafeFileName, Show(relative)));
                }
            }
        }
        return files;
    }

    /// <summary>The same file names as the package's MSBuild globs (<c>**/*.yaml</c>, <c>**/*.yml</c>), case-sensitive where MSBuild's are.</summary>
    private static bool IsCorpusFileName(string name)
        => FileSystemName.MatchesSimpleExpression("*.yaml", name, ignoreCase: OperatingSystem.IsWindows())
        || FileSystemName.MatchesSimpleExpression("*.yml", name, ignoreCase: OperatingSystem.IsWindows());

    /// <summary>
    /// What corpus file and folder names are made of (ids' slugs, kinds, years): ASCII letters, digits,
    /// '-', '_' and '.', and '/' between names. Anything else could split or add a compiler argument or
    /// mean something to MSBuild, so the build never passes such a path on (STMT0093), and neither does this.
    /// </summary>
    private static bool IsSafe(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or '/';

    /// <summary>A control (U+0000–U+001F, U+007F, U+0085) or line-/paragraph-separator (U+2028, U+2029) character.</summary>
    private static bool IsControl(char c) => c <= '\u001F' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029';

    /// <summary>The path as the build shows it: each control or separator character written as <c>[U+000A]</c>.</summary>
    private static string Show(string path)
    {
        var builder = new StringBuilder(path.Length);
        foreach (var c in path)
        {
            if (IsControl(c)) builder.Append('[').Append(CodePoint(c)).Append(']');
            else builder.Append(c);
        }
        return builder.ToString();
    }

    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

    private static FileModel Unread(string path, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params string[] arguments)
        => new(path, null, new[] { DiagnosticInfo.Create(descriptor, LocationInfo.FileStart(path), arguments) }.ToEquatableArray());

    private static FileModel Unread(string path, string message) => Unread(path, DiagnosticDescriptors.NotACorpusFile, message);

    /// <summary>
    /// Reads and checks one real file: at most <see cref="CorpusBytes.MaxFileBytes"/> bytes plus one, so a
    /// larger file is STMT0080 without reading further; bytes that are not UTF-8 are STMT0008 at the
    /// first bad byte; a file that cannot be read (no permission, gone) is STMT0004, not a crash.
    /// </summary>
    public static FileModel ReadFile(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = CorpusBytes.ReadBounded(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unread(path, "The file could not be read (" + e.GetType().Name + "); check that it exists and that you may read it");
        }

        if (bytes.Length > CorpusBytes.MaxFileBytes)
        {
            var limit = YamlTreeReader.MaxFileLength.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Unread(path, DiagnosticDescriptors.FileTooLarge, "more than " + limit, limit);
        }

        var text = CorpusText.Decode(path, bytes, out var problem);
        return text is null
            ? new FileModel(path, null, new[] { problem! }.ToEquatableArray())
            : CorpusParser.ParseFile(path, text, cancellationToken);
    }
}
