using System;
using System.Linq;

namespace StatementGen.Model;

/// <summary>
/// A source's text as archived in the corpus (<c>sources/&lt;slug&gt;.txt</c>): one paragraph per line,
/// exact characters. Read by <c>ArchivedTextReader</c>; verbatim fields are checked against it.
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="SourceId">The source it archives (<c>src:&lt;slug&gt;</c>, from the file's name), or null when the file is not in a sources folder or its name is no slug.</param>
/// <param name="Paragraphs">The paragraphs, paragraph n at index n - 1; empty when the file has problems.</param>
/// <param name="Sha256">SHA-256 of the paragraphs as UTF-8, each followed by a line feed, in lower-case hex; empty when the file has problems.</param>
/// <param name="Problems">Why the file cannot be used (STMT0040, STMT0008, STMT0080); a text with problems checks nothing.</param>
internal sealed record ArchivedText(string Path, string? SourceId, EquatableArray<string> Paragraphs, string Sha256, EquatableArray<DiagnosticInfo> Problems)
{
    /// <summary>Whether the text can be checked against: it was read without problems.</summary>
    public bool IsUsable => Problems.Count == 0;

    /// <summary>
    /// Two reads of a text are equal when their paths, hashes and problems are: equal hashes mean
    /// equal paragraphs, so the paragraphs themselves are never compared, and a corpus of large texts
    /// costs the pipeline one hash comparison per text.
    /// </summary>
    public bool Equals(ArchivedText? other)
        => other is not null && Path == other.Path && SourceId == other.SourceId && Sha256 == other.Sha256
           && Paragraphs.Count == other.Paragraphs.Count && Problems.Equals(other.Problems);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ StringComparer.Ordinal.GetHashCode(Sha256);
}

/// <summary>Every archived text of the corpus, sorted by path, with a look-up by source id.</summary>
internal sealed class ArchivedTexts : IEquatable<ArchivedTexts>
{
    private readonly System.Collections.Generic.Dictionary<string, ArchivedText> bySource = new(StringComparer.Ordinal);

    public ArchivedTexts(EquatableArray<ArchivedText> all)
    {
        All = all.OrderBy(t => t.Path, StringComparer.Ordinal).ToEquatableArray();
        foreach (var text in All)
        {
            // The first of two texts for one source is the one checked against; the second is STMT0042.
            if (text.SourceId is { } id && !bySource.ContainsKey(id)) bySource.Add(id, text);
        }
    }

    /// <summary>Every text, sorted by path.</summary>
    public EquatableArray<ArchivedText> All { get; }

    /// <summary>The text archived for <paramref name="sourceId"/>, usable or not; null when there is none.</summary>
    public ArchivedText? For(string sourceId) => bySource.TryGetValue(sourceId, out var text) ? text : null;

    public bool Equals(ArchivedTexts? other) => other is not null && All.Equals(other.All);

    public override bool Equals(object? obj) => Equals(obj as ArchivedTexts);

    public override int GetHashCode() => All.GetHashCode();
}
