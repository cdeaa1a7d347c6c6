using StatementGen.Schema;

namespace StatementGen.Model;

/// <summary>
/// What emission needs of one entity, and nothing else: no locations, so an edit that only moves
/// text around (whitespace, comments, key order) leaves it equal and the emitted code cached.
/// </summary>
/// <param name="Kind">The entity's kind.</param>
/// <param name="Id">Its id.</param>
/// <param name="MemberName">The C# member that names it.</param>
/// <param name="Label">What the doc comment of that member says the entity is (see <c>MemberDoc</c>).</param>
/// <param name="Path">The path of its file.</param>
/// <param name="Data">
/// Its data (see <c>RecordEncoder</c>): the bytes of the structure, 7-bit, with the strings left out,
/// then the UTF-8 bytes of each distinct string the structure names, in order, the id first.
/// </param>
/// <param name="StructureBytes">How many of <paramref name="Data"/>'s bytes are the structure.</param>
/// <param name="Places">
/// Where its strings go in the structure and where each lies in <paramref name="Data"/>, and which may be laid
/// down as a slice of one of its excerpts (a quote, an attribution, an <c>as_stated</c> taken from the
/// words as printed), packed (see <c>EntityPlaces</c>).
/// </param>
internal sealed record EncodedEntity(RefKind Kind, string Id, string MemberName, string Label, string Path, EquatableBytes Data, int StructureBytes, EquatableBytes Places)
{
    /// <summary>For a statement, what the compile-time indexes need of it (see <c>IndexKeyReader</c>); null for other kinds.</summary>
    public StatementKeys? Keys { get; init; }
}
