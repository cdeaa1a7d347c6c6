namespace StatementGen.Model;

/// <summary>
/// What emission needs of one entity, and nothing else: no locations, so an edit that only moves
/// text around (whitespace, comments, key order) leaves it equal and the emitted code cached.
/// </summary>
/// <param name="Kind">The entity's kind.</param>
/// <param name="Id">Its id.</param>
/// <param name="MemberName">The C# member that names it.</param>
/// <param name="Summary">The doc comment text of that member.</param>
/// <param name="Literal">Its data (see <c>RecordEncoder</c>), escaped for the inside of a <c>"…"u8</c> literal.</param>
/// <param name="ByteLength">The length of the data in bytes.</param>
internal sealed record EncodedEntity(RefKind Kind, string Id, string MemberName, string Summary, string Literal, int ByteLength);
