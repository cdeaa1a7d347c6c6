using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Emit;

/// <summary>
/// The classes that hold the entities: per kind, a class with look-ups by id and its table, which hang
/// on the kind's ids alone; a named member per entity in the kind's nested class <c>Named</c>, written
/// per chunk of the data beside it; and <c>Corpus</c>, the look-up across kinds. The named members
/// live apart from the look-ups so that a query never loads a type of thousands of methods, and only
/// code that names an entity pays for that type. Every type and the table are named from
/// <c>global::</c>, so an entity member cannot hide one (see <see cref="MemberNaming.IsReservedMember"/>),
/// and the members reach the table through one private method whose name no member can take
/// (<see cref="MemberNaming.RecordAt"/>).
/// </summary>
internal static class CollectionEmitter
{
    private const string Span = "global::System.ReadOnlySpan<byte>";

    /// <summary>
    /// The class of <paramref name="kind"/> from its ids in order: <c>All</c>, <c>Find</c>, <c>Get</c>,
    /// and its table (the id hash table and the chunks of its data).
    /// </summary>
    public static string Collection(EntityKindDef kind, IReadOnlyList<string> ids, EmitSettings settings, CancellationToken cancellationToken)
    {
        var w = GeneratedFile.Start(settings);
        var type = settings.Type(kind.TypeName);
        var tableType = kind.TypeName + "Table";
        var (slots, width) = DataLayout.IdSlots(ids);
        cancellationToken.ThrowIfCancellationRequested();
        var slotWidth = width.ToString(CultureInfo.InvariantCulture);
        var named = Named(ids.Count, settings);
        w.Line(named
            ? "/// <summary>Every " + kind.SchemaName + " in the corpus, with look-ups by id, and a named member per " + kind.SchemaName + " in <see cref=\"" + MemberNaming.NamedClass + "\"/>.</summary>"
            : "/// <summary>Every " + kind.SchemaName + " in the corpus, with look-ups by id (more than StatementGenMaxNamedMembers, so no named members).</summary>");
        w.Line(GeneratedFile.GeneratedCode);
        w.Open(settings.Visibility + " static partial class " + kind.CollectionName);
        if (named)
        {
            w.Line("/// <summary>");
            w.Line("/// A member per " + kind.SchemaName + ", named from its id's slug in Pascal case (e.g. <c>" + kind.Prefix + ":slug-name</c> is");
            w.Line("/// <c>" + kind.CollectionName + "." + MemberNaming.NamedClass + ".SlugName</c>), so a mistyped name is a compile error; each is the record <see cref=\"" + settings.Type(kind.CollectionName) + ".Get\"/> gives.");
            w.Line("/// </summary>");
            w.Open("public static partial class " + MemberNaming.NamedClass);
            w.Line("/// <summary>The " + kind.SchemaName + " at this index of the table (in id order): what each named member returns.</summary>");
            w.Line("private static " + type + " " + MemberNaming.RecordAt + "(int index) => " + settings.Type(kind.CollectionName) + ".Table[index];");
            w.Close();
            w.Line();
        }

        w.Line("/// <summary>Every " + kind.SchemaName + ", ordered by id; each is decoded on first use and then kept.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + type + "> All => Table;");
        w.Line();
        w.Line("/// <summary>The " + kind.SchemaName + " with this id (e.g. <c>" + kind.Prefix + ":slug</c>), or null.</summary>");
        w.Line("public static " + type + "? Find(string id) => Table.Find(id, " + tableType + ".IdSlots, " + slotWidth + ");");
        w.Line();
        w.Line("/// <summary>The " + kind.SchemaName + " with this id; throws <see cref=\"global::System.Collections.Generic.KeyNotFoundException\"/> when there is none.</summary>");
        w.Line("public static " + type + " Get(" + settings.Type(kind.IdTypeName) + " id) => Find(id.Value) ?? throw new global::System.Collections.Generic.KeyNotFoundException(\"No " + kind.SchemaName + " '\" + id.Value + \"' in the corpus.\");");
        w.Line();
        w.Line("private static readonly " + tableType + " Table = new();");
        w.Line();
        w.Line("/// <summary>The " + kind.SchemaName + " data: the id hash table, the chunks of the data and the decoder.</summary>");
        w.Open("private sealed partial class " + tableType + " : " + settings.Type("EntityTable") + "<" + type + ">");
        w.Line("internal " + tableType + "()");
        w.Line("    : base(" + ids.Count.ToString(CultureInfo.InvariantCulture) + ", " + DataLayout.ChunkShift.ToString(CultureInfo.InvariantCulture) + ")");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Line("/// <summary>The id hash table (see <see cref=\"Slots\"/>), for the callers that pass it themselves.</summary>");
        w.Utf8LiteralLine("internal static " + Span + " IdSlots => ", slots.Written, ";");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("protected override " + Span + " Slots => IdSlots;");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("protected override int SlotWidth => " + slotWidth + ";");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("protected internal override " + Span + " Data(int chunk, int part) => chunk switch");
        w.Line("{");
        w.Indent();
        var chunks = (ids.Count + (1 << DataLayout.ChunkShift) - 1) >> DataLayout.ChunkShift;
        for (var c = 0; c < chunks; c++)
        {
            w.Line(c.ToString(CultureInfo.InvariantCulture) + " => " + DataEmitter.LaneClass(c) + "." + DataEmitter.ChunkMethod(c) + "(part),");
        }
        w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(chunk)),");
        w.Outdent();
        w.Line("};");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("protected override " + type + " Decode(ref " + settings.Type("CorpusReader") + " reader) => " + settings.Type("CorpusDecoders") + ".Read" + kind.TypeName + "(ref reader);");
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>Whether a kind of <paramref name="count"/> entities has a named member per entity.</summary>
    public static bool Named(int count, EmitSettings settings) => MemberNaming.HasNamedMembers(count, settings.MaxNamedMembers);

    /// <summary>
    /// The named members of the entities of chunk <paramref name="chunk"/> of <paramref name="kind"/>, in
    /// the kind's nested class <c>Named</c>, each calling that class's <see cref="MemberNaming.RecordAt"/>
    /// with its index (declared once per kind in <see cref="Collection"/>, which names the table from
    /// <c>global::</c>, so that an entity called <c>Table</c> does not hide it).
    /// </summary>
    public static string Members(EntityKindDef kind, int chunk, IReadOnlyList<EncodedEntity> entities, EmitSettings settings, CancellationToken cancellationToken)
    {
        var w = GeneratedFile.Start(settings);

        // The members keep their annotations (each is a record, never null), but their getters have nothing
        // for nullable analysis to find, and analysing thousands of them costs a third of their compile.
        w.Line("#nullable disable warnings");
        w.Line();
        var type = settings.Type(kind.TypeName);
        var first = chunk << DataLayout.ChunkShift;
        w.Open(settings.Visibility + " static partial class " + kind.CollectionName);
        w.Open("public static partial class " + MemberNaming.NamedClass);
        for (var i = 0; i < entities.Count; i++)
        {
            if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (i > 0) w.Line();
            w.Line("/// <summary>" + MemberDoc.Describe(entities[i]) + "</summary>");
            w.Line("public static " + type + " " + entities[i].MemberName + " => " + MemberNaming.RecordAt + "(" + (first + i).ToString(CultureInfo.InvariantCulture) + ");");
        }
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>The <c>Corpus</c> class's look-up of any id, by its prefix.</summary>
    public static string Lookup(EmitSettings settings)
    {
        var w = GeneratedFile.Start(settings);
        w.Line("/// <summary>Looks up any id in the corpus.</summary>");
        w.Line(GeneratedFile.GeneratedCode);
        w.Open(settings.Visibility + " static partial class Corpus");
        w.Line("/// <summary>The entity or claim with this id (any kind, told by its prefix), or null.</summary>");
        w.Open("public static " + settings.Type("IEntity") + "? Find(string id)");
        w.Line("var colon = id.IndexOf(':');");
        w.Line("if (colon < 0) return null;");
        w.Line("switch (id.Substring(0, colon))");
        w.Line("{");
        w.Indent();
        foreach (var kind in SchemaCatalog.Kinds)
        {
            w.Line("case \"" + kind.Prefix + "\":");
            w.Line(kind.Kind == RefKind.Statement
                ? "    return id.IndexOf('#') >= 0 ? " + settings.Type("Claims") + ".Find(id) : " + settings.Type(kind.CollectionName) + ".Find(id);"
                : "    return " + settings.Type(kind.CollectionName) + ".Find(id);");
        }
        w.Line("default:");
        w.Line("    return null;");
        w.Outdent();
        w.Line("}");
        w.Close();
        w.Close();
        return w.ToString();
    }
}
