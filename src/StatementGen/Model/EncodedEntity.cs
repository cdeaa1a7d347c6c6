using StatementGen.Schema;

namespace StatementGen.Model;

/// <summary>
/// What emission needs of one entity, and nothing else: no locations, so an edit that only moves
/// text around (whitespace, comments, key order) leaves it equal and the emitted code cached.
/// </summary>
/// <param name="Kind">The entity's kind.</param>
/// <param name="Id">Its id.</param>
/// <param name="MemberName">The C# member that names it.</param>
/// <param name="Summary">The doc comment text of that member.</param>
/// <param name="Data">
/// Its data (see <c>RecordEncoder</c>): the bytes of the structure, 7-bit, with the strings left out,
/// then the UTF-8 bytes of each distinct string the structure names, in order, the id first.
/// </param>
/// <param name="StructureBytes">How many of <paramref name="Data"/>'s bytes are the structure.</param>
/// <param name="Slots">
/// Per place in the structure where a string goes, in order, two numbers: how many bytes of the
/// structure come before it, and the index of the string.
/// </param>
/// <param name="StringEnds">Per distinct string, the byte of <paramref name="Data"/> just past it (the first starts at <paramref name="StructureBytes"/>).</param>
/// <param name="Slices">
/// Per string that occurs in one of the entity's excerpts, three numbers: the string's index, the
/// excerpt's index, and the UTF-8 byte of the excerpt at which the string starts; it may be laid down as that slice.
/// </param>
internal sealed record EncodedEntity(RefKind Kind, string Id, string MemberName, string Summary, EquatableBytes Data, int StructureBytes, EquatableArray<int> Slots, EquatableArray<int> StringEnds, EquatableArray<int> Slices)
{
    /// <summary>How many distinct strings the entity has.</summary>
    public int StringCount => StringEnds.Count;

    /// <summary>The byte of <see cref="Data"/> at which string <paramref name="index"/> starts.</summary>
    public int StringStart(int index) => index == 0 ? StructureBytes : StringEnds[index - 1];

    /// <summary>The UTF-8 length of string <paramref name="index"/>.</summary>
    public int StringLength(int index) => StringEnds[index] - StringStart(index);

    /// <summary>The UTF-8 bytes of string <paramref name="index"/>.</summary>
    public System.ReadOnlySpan<byte> String(int index) => Data.Span.Slice(StringStart(index), StringLength(index));

    /// <summary>For a statement, what the compile-time indexes need of it (see <c>IndexKeyReader</c>); null for other kinds.</summary>
    public StatementKeys? Keys { get; init; }
}
