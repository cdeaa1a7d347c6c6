using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Validation;

namespace StatementGen.Cli;

/// <summary>A corpus folder read and checked exactly as the generator does it.</summary>
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
        // The same globs as the package's MSBuild files, so file-name case matters where MSBuild's does.
        var onDisk = System.IO.Directory.Exists(directory)
            ? System.IO.Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
                .Concat(System.IO.Directory.EnumerateFiles(directory, "*.yml", SearchOption.AllDirectories))
            : [];
        var paths = onDisk
            .Select(p => (Path: p, Text: File.ReadAllText(p)))
            .Concat(extra ?? [])
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ToArray();
        var files = paths.Select(p => CorpusParser.ParseFile(p.Path, SourceText.From(p.Text), cancellationToken)).ToArray();
        return new CorpusFolder(directory, files, CorpusValidator.Validate([.. files], cancellationToken));
    }

    /// <summary>Ids of the entities that are fit to use, by kind.</summary>
    public IEnumerable<string> Ids(RefKind kinds) => Corpus.Entities.Where(e => (kinds & e.Kind) != 0).Select(e => e.Id);

    /// <summary>The path of a file relative to the corpus folder, with '/' separators.</summary>
    public string Relative(string path) => Path.GetRelativePath(Directory, path).Replace('\\', '/');
}
