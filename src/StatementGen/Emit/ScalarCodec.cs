using System;
using System.Collections.Generic;
using System.Linq;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Emit;

/// <summary>The primitives of the data: what a <see cref="ScalarCodec"/> writes a value with.</summary>
internal interface IWireWriter
{
    /// <summary>An unsigned number: 5 bits per byte, low bits first (see <see cref="WireText.Varint"/>).</summary>
    void Varint(uint value);

    /// <summary><c>'1'</c> or <c>'0'</c>: a boolean, or whether an optional value follows.</summary>
    void Flag(bool flag);

    /// <summary>A string that is never null.</summary>
    void String(string text);
}

/// <summary>
/// One kind of scalar, described once: its C# type, how the encoder lays a value down and how the
/// generated decoder reads it back (a method of <c>CorpusReader</c>). Adding a <see cref="ScalarKind"/>
/// means adding one entry to <see cref="Codecs"/>.
/// </summary>
internal sealed class ScalarCodec
{
    private readonly Func<ScalarType, EntityKindDef?, string> csharpType;
    private readonly Func<Value?, bool> takes;
    private readonly Action<IWireWriter, ScalarType, Value?> write;
    private readonly Func<ScalarType, EntityKindDef?, string> read;

    private ScalarCodec(
        ScalarKind kind,
        bool nullIsHeader,
        Func<ScalarType, EntityKindDef?, string> csharpType,
        Func<Value?, bool> takes,
        Action<IWireWriter, ScalarType, Value?> write,
        Func<ScalarType, EntityKindDef?, string> read)
    {
        Kind = kind;
        NullIsHeader = nullIsHeader;
        this.csharpType = csharpType;
        this.takes = takes;
        this.write = write;
        this.read = read;
    }

    /// <summary>The kind this codec describes.</summary>
    public ScalarKind Kind { get; }

    /// <summary>
    /// Whether the value is a string the reader returns as null from its own header, so an optional
    /// one needs no presence flag (<see cref="WireShape.NullableString"/>).
    /// </summary>
    public bool NullIsHeader { get; }

    /// <summary>The codec of a scalar kind.</summary>
    public static ScalarCodec For(ScalarKind kind) => Codecs[kind];

    /// <summary>Every kind's codec; a test keeps it covering <see cref="ScalarKind"/>.</summary>
    public static IReadOnlyDictionary<ScalarKind, ScalarCodec> All => Codecs;

    /// <summary>The C# type of one value; <paramref name="kind"/> is the entity kind that owns the record (for its id).</summary>
    public string CSharpType(ScalarType type, EntityKindDef? kind) => csharpType(type, kind);

    /// <summary>Whether the parsed value is one this kind lays down (a placeholder reference is not).</summary>
    public bool Takes(Value? value) => takes(value);

    /// <summary>Lays a value down; a value the kind does not take becomes the kind's empty value.</summary>
    public void Write(IWireWriter writer, ScalarType type, Value? value) => write(writer, type, Takes(value) ? value : null);

    /// <summary>The decoder's C# expression that reads one value from <c>r</c>.</summary>
    public string Read(ScalarType type, EntityKindDef? kind) => read(type, kind);

    private static readonly Dictionary<ScalarKind, ScalarCodec> Codecs = new ScalarCodec[]
    {
        new(ScalarKind.Text, nullIsHeader: true, (_, _) => "string", v => v is TextValue,
            (w, _, v) => w.String((v as TextValue)?.Text ?? ""), (_, _) => "r.RequiredString()"),
        new(ScalarKind.Edtf, nullIsHeader: true, (_, _) => "string", v => v is EdtfValue,
            (w, _, v) => w.String((v as EdtfValue)?.Text ?? ""), (_, _) => "r.RequiredString()"),
        new(ScalarKind.Int, nullIsHeader: false, (_, _) => "int", v => v is IntValue,
            (w, _, v) => w.Varint(ZigZag(v is IntValue n ? (int)n.Number : 0)), (_, _) => "r.Int()"),
        new(ScalarKind.Number, nullIsHeader: false, (_, _) => "decimal", v => v is NumberValue,
            (w, _, v) => Decimal(w, v is NumberValue n ? n.Number : 0m), (_, _) => "r.Decimal()"),
        new(ScalarKind.Bool, nullIsHeader: false, (_, _) => "bool", v => v is BoolValue,
            (w, _, v) => w.Flag(v is BoolValue { Flag: true }), (_, _) => "r.Flag()"),
        new(ScalarKind.Date, nullIsHeader: false, (_, _) => "CorpusDate", v => v is DateValue,
            (w, _, v) => Date(w, v is DateValue d ? d.Date : new SimpleDate(1, 1, 1)), (_, _) => "r.Date()"),
        new(ScalarKind.Enum, nullIsHeader: false, (t, _) => t.Vocabulary!, v => v is EnumValue,
            (w, t, v) => w.Varint((uint)IndexOf(SchemaCatalog.Vocabulary(t.Vocabulary!), (v as EnumValue)?.Member)),
            (t, _) => "(" + t.Vocabulary + ")r.Varint()"),
        new(ScalarKind.Ref, nullIsHeader: false, (t, _) => RefType(t.RefKinds), v => v is RefValue,
            WriteReference, ReadReference),
        new(ScalarKind.Id, nullIsHeader: false, (_, k) => IdType(k), v => v is TextValue,
            (w, _, v) => w.String((v as TextValue)?.Text ?? ""), (_, k) => "new " + IdType(k) + "(r.RequiredString())"),
    }.ToDictionary(c => c.Kind);

    /// <summary>Whether a reference of these kinds has a typed id (<c>PersonId</c>, <c>ClaimId</c>) rather than <c>EntityId</c>.</summary>
    private static bool IsTypedReference(RefKind kinds) => kinds == RefKind.Claim || SchemaCatalog.Kinds.Any(k => k.Kind == kinds);

    private static string RefType(RefKind kinds) =>
        kinds == RefKind.Claim ? "ClaimId" : SchemaCatalog.Kinds.FirstOrDefault(k => k.Kind == kinds)?.IdTypeName ?? "EntityId";

    private static string IdType(EntityKindDef? kind) => kind?.IdTypeName ?? throw new InvalidOperationException("an id field outside an entity record");

    /// <summary>A typed reference is its id; an untyped one is the <c>EntityKind</c> index, then the id.</summary>
    private static void WriteReference(IWireWriter writer, ScalarType type, Value? value)
    {
        var reference = value as RefValue;
        if (!IsTypedReference(type.RefKinds)) writer.Varint(reference is null ? 0 : (uint)SchemaCatalog.KindIndex(reference.Kind));
        writer.String(reference?.Id ?? "");
    }

    private static string ReadReference(ScalarType type, EntityKindDef? kind) => IsTypedReference(type.RefKinds)
        ? "new " + RefType(type.RefKinds) + "(r.RequiredString())"
        : "new EntityId((EntityKind)r.Varint(), r.RequiredString())";

    /// <summary>A date is three varints: year, month, day.</summary>
    private static void Date(IWireWriter writer, SimpleDate date)
    {
        writer.Varint((uint)date.Year);
        writer.Varint((uint)date.Month);
        writer.Varint((uint)date.Day);
    }

    /// <summary>
    /// A decimal exactly as parsed, with no text to parse back: a varint <c>words + 4 × (negative + 2 × scale)</c>,
    /// then the 96-bit digits as <c>words</c> 32-bit varints, low word first, leaving out zero words at the top.
    /// </summary>
    private static void Decimal(IWireWriter writer, decimal value)
    {
        var bits = decimal.GetBits(value);
        var words = bits[2] != 0 ? 3 : bits[1] != 0 ? 2 : bits[0] != 0 ? 1 : 0;
        var negative = bits[3] < 0 ? 1u : 0u;
        var scale = (uint)(bits[3] >> 16) & 0xFF;
        writer.Varint((uint)words + (4 * (negative + (2 * scale))));
        for (var i = 0; i < words; i++) writer.Varint((uint)bits[i]);
    }

    private static uint ZigZag(int n) => (uint)((n << 1) ^ (n >> 31));

    private static int IndexOf(VocabularyDef vocabulary, string? yaml)
    {
        for (var i = 0; i < vocabulary.Members.Count; i++)
        {
            if (vocabulary.Members[i].Yaml == yaml) return i;
        }
        return 0;
    }
}
