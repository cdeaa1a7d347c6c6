using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
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

    /// <summary>
    /// The id the file's place implies (<c>people/ada.yaml</c> → <c>person:ada</c>), or null. A file
    /// too broken to declare its id still claims this one, so references to it are not reported again.
    /// </summary>
    public static string? ImpliedId(string path)
    {
        if (path.IndexOfAny(Separators) < 0) return null;
        var (_, stem, folder, grandFolder) = Of(path);
        foreach (var kind in SchemaCatalog.Kinds)
        {
            if (folder == kind.Folder || (kind.Kind == RefKind.Statement && grandFolder == kind.Folder)) return kind.Prefix + ":" + stem;
        }
        return null;
    }
}

/// <summary>
/// What is kept of one corpus file once its own steps are done (read, checked alone and against the
/// archived texts, encoded): its problems, and of its entity only what the checks across files need
/// and what emission needs, never its value tree. This is all the pipeline holds per file between runs.
/// </summary>
/// <param name="Path">The file's path.</param>
/// <param name="Entity">What is kept of its entity, when the file got that far.</param>
/// <param name="Diagnostics">Its problems so far, located.</param>
internal sealed record FileSummary(string Path, EntitySummary? Entity, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>True when the file's own steps found an error.</summary>
    public bool HasErrors { get; init; }

    /// <summary>How many of the file's problems were counted but not listed (see <see cref="ProblemLimit"/>).</summary>
    public int Omitted { get; init; }
}

/// <summary>
/// What the checks across files need of one entity, and its location-free data for emission.
/// </summary>
/// <param name="Kind">The entity's kind.</param>
/// <param name="Id">Its id.</param>
/// <param name="IdLocation">Where its id is written, for problems with the id.</param>
/// <param name="MemberName">The C# member that would name it.</param>
/// <param name="Links">
/// In the order they appear in the file: every reference and every occasion's <c>before</c>, each with
/// its location, to be resolved against the corpus (see <see cref="Link"/>).
/// </param>
/// <param name="ClaimKeys">A statement's claim keys, in order, each once; empty for other kinds.</param>
/// <param name="OccasionKey">The key of its occasion, if it has one.</param>
/// <param name="OccasionBefore">The occasion's <c>before</c>, if it has one.</param>
internal sealed record EntitySummary(RefKind Kind, string Id, LocationInfo IdLocation, string MemberName, EquatableArray<Link> Links, EquatableArray<string> ClaimKeys, string? OccasionKey, TextValue? OccasionBefore)
{
    /// <summary>The location-free form emission works from (see <c>RecordEncoder</c>); null when the file was not encoded.</summary>
    public EncodedEntity? Encoded { get; init; }
}

/// <summary>Why one of a file's links (see <see cref="EntitySummary.Links"/>) does not resolve.</summary>
internal enum LinkProblem
{
    /// <summary>No entity has the id it names (for a claim, its statement's id): STMT0030.</summary>
    UnknownReference,

    /// <summary>The statement exists but has no claim with that key: STMT0034.</summary>
    UnknownClaim,

    /// <summary>No statement's occasion has the key an occasion's <c>before</c> names: STMT0035.</summary>
    UnknownOccasion,
}

/// <summary>
/// One link of a file, to be resolved against the corpus: a reference (its kind and id) or an occasion's
/// <c>before</c> (no kind; the key it names), and where it is written. Kept as a value, with its location
/// as numbers: the corpus has several links per file, and an object per link and one per location took
/// more memory than their text.
/// </summary>
/// <param name="Kind">The kind a reference points at; null for an occasion's <c>before</c>.</param>
/// <param name="Target">The id a reference names, or the occasion key a <c>before</c> names.</param>
/// <param name="Span">Where it is written in its file.</param>
/// <param name="LineSpan">The same as lines and columns.</param>
internal readonly record struct Link(RefKind? Kind, string Target, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The link of a reference.</summary>
    public static Link To(RefValue reference) => new(reference.Kind, reference.Id, reference.Location.Span, reference.Location.LineSpan);

    /// <summary>The link of an occasion's <c>before</c>.</summary>
    public static Link Before(TextValue before) => new(null, before.Text, before.Location.Span, before.Location.LineSpan);

    /// <summary>Where it is written, in the file at <paramref name="path"/>.</summary>
    public LocationInfo Location(string path) => new(path, Span, LineSpan);
}

/// <summary>One link of a file that does not resolve: its index in <see cref="EntitySummary.Links"/>, and why.</summary>
internal readonly record struct LinkMiss(int Link, LinkProblem Problem);

/// <summary>
/// What the ids of the corpus need of one file (see <c>CorpusIds</c>): its path, its mark and whether it
/// has errors, and of its entity the kind, id, C# member name, claim keys and occasion key. It holds no
/// value and no location, so an edit of a value (or one that only moves text) leaves it equal.
/// </summary>
/// <param name="Path">The file's path.</param>
/// <param name="Marked">Whether the package's targets marked it as a corpus file.</param>
/// <param name="HasErrors">True when the file's own steps found an error.</param>
/// <param name="Kind">Its entity's kind, when the file got that far.</param>
/// <param name="Id">Its entity's id, when the file got that far.</param>
/// <param name="MemberName">The C# member that would name its entity.</param>
/// <param name="ClaimKeys">A statement's claim keys, in order, each once; empty for other kinds.</param>
/// <param name="OccasionKey">The key of its entity's occasion, if it has one.</param>
internal sealed record FileIds(string Path, bool Marked, bool HasErrors, RefKind? Kind, string? Id, string? MemberName, EquatableArray<string> ClaimKeys, string? OccasionKey)
{
    /// <inheritdoc cref="CorpusPlace.ImpliedId(string)"/>
    public string? ImpliedId => CorpusPlace.ImpliedId(Path);

    /// <summary>What <paramref name="file"/> declares, and whether it is marked.</summary>
    public static FileIds Of(FileSummary file, bool marked) => file.Entity is { } entity
        ? new FileIds(file.Path, marked, file.HasErrors, entity.Kind, entity.Id, entity.MemberName, entity.ClaimKeys, entity.OccasionKey)
        : new FileIds(file.Path, marked, file.HasErrors, null, null, null, EquatableArray<string>.Empty, null);
}
