using System.Linq;
using Microsoft.CodeAnalysis;
using StatementGen.Schema;
using RefKind = StatementGen.Schema.RefKind;

namespace StatementGen.Model;

/// <summary>One corpus file after reading: its entity (when the file got that far) and its problems.</summary>
internal sealed record FileModel(string Path, EntityFile? Entity, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>How many of the file's problems were counted but not listed (see <see cref="ProblemLimit"/>).</summary>
    public int Omitted { get; init; }

    /// <summary>The indexes of the file's renderings checked against an archived text and found in it (see <c>TextCheck</c>).</summary>
    public EquatableArray<int> VerifiedRenderings { get; init; } = EquatableArray<int>.Empty;

    /// <summary>
    /// The id the file's place implies (<c>people/ada.yaml</c> → <c>person:ada</c>), or null. A file
    /// too broken to declare its id still claims this one, so references to it are not reported again.
    /// </summary>
    public string? ImpliedId
    {
        get
        {
            if (Path.IndexOfAny(CorpusPlace.Separators) < 0) return null;
            var (_, stem, folder, grandFolder) = CorpusPlace.Of(Path);
            foreach (var kind in SchemaCatalog.Kinds)
            {
                if (folder == kind.Folder || (kind.Kind == RefKind.Statement && grandFolder == kind.Folder)) return kind.Prefix + ":" + stem;
            }
            return null;
        }
    }
}

/// <summary>The entity a file declares: its kind, id and value tree, and its data for emission once encoded.</summary>
internal sealed record EntityFile(RefKind Kind, string Id, LocationInfo IdLocation, ObjectValue Root)
{
    /// <summary>The location-free form emission works from (see <c>RecordEncoder</c>); null until encoded.</summary>
    public EncodedEntity? Encoded { get; init; }
}

/// <summary>Where a corpus file sits, as its id is checked against it: its name, the name without extension, its folder and the folder above.</summary>
internal sealed record CorpusPlace(string FileName, string Stem, string Folder, string GrandFolder)
{
    /// <summary>The folder separators of a path: '/', and the backslash of Windows paths.</summary>
    public static readonly char[] Separators = { '/', '\\' };

    /// <summary>The place of the file at <paramref name="path"/>; a folder it does not have is "".</summary>
    public static CorpusPlace Of(string path)
    {
        var parts = path.Split(Separators);
        var fileName = parts[parts.Length - 1];
        var dot = fileName.LastIndexOf('.');
        var stem = dot < 0 ? fileName : fileName.Substring(0, dot);
        var folder = parts.Length > 1 ? parts[parts.Length - 2] : "";
        var grandFolder = parts.Length > 2 ? parts[parts.Length - 3] : "";
        return new CorpusPlace(fileName, stem, folder, grandFolder);
    }
}
