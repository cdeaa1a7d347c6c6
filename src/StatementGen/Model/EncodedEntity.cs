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
/// <param name="Structure">Its data (see <c>RecordEncoder</c>), escaped for a literal, with a slot for each string.</param>
/// <param name="StructureBytes">The bytes of the data outside the slots.</param>
/// <param name="SlotOffsets">Per slot, in order, how many bytes of the data outside the slots come before it.</param>
/// <param name="Strings">The distinct strings the slots name, escaped for the inside of a <c>"…"u8</c> literal; the id first.</param>
/// <param name="StringBytes">The UTF-8 length of each string.</param>
/// <param name="Slices">
/// Per string that occurs in one of the entity's excerpts, three numbers: the string's index, the
/// excerpt's index, and the UTF-8 byte of the excerpt at which the string starts; it may be laid down as that slice.
/// </param>
internal sealed record EncodedEntity(RefKind Kind, string Id, string MemberName, string Summary, string Structure, int StructureBytes, EquatableArray<int> SlotOffsets, EquatableArray<string> Strings, EquatableArray<int> StringBytes, EquatableArray<int> Slices)
{
    /// <summary>For a statement, what the compile-time indexes need of it (see <c>IndexKeyReader</c>); null for other kinds.</summary>
    public StatementKeys? Keys { get; init; }
}
