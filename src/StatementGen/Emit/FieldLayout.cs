using System;
using System.Collections.Generic;
using System.Linq;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Emit;

/// <summary>How a field lies in the data, decided once per field by <see cref="FieldLayout"/>.</summary>
internal enum WireShape
{
    /// <summary>A count, then each item as a <see cref="Required"/> value.</summary>
    List,

    /// <summary>An optional boolean with a default: always its flag, the default when absent.</summary>
    DefaultedFlag,

    /// <summary>The value, always present (an empty one stands in should it be missing).</summary>
    Required,

    /// <summary>An optional string: its header says null, so no presence flag.</summary>
    NullableString,

    /// <summary>A presence flag, then the value when present.</summary>
    Optional,
}

/// <summary>
/// One field of a record, decided once from the catalogue: how it lies in the data, its C# type,
/// and how the generated decoder reads one value of it. <see cref="RecordEncoder"/> writes the data
/// by it and <see cref="DecoderEmitter"/> writes the decoders by it, so the two cannot disagree.
/// </summary>
internal sealed class FieldLayout
{
    private static readonly Dictionary<FieldDef, FieldLayout> ByField =
        TypeLayout.All.SelectMany(t => t.Fields).ToDictionary(f => f.Field!, f => f);

    private FieldLayout(string key, string propertyName, WireShape shape, FieldType value, bool defaultFlag, EntityKindDef? kind, FieldDef? field)
    {
        Key = key;
        PropertyName = propertyName;
        Shape = shape;
        Value = value;
        DefaultFlag = defaultFlag;
        Field = field;
        Codec = value is ScalarType scalar ? ScalarCodec.For(scalar.Kind) : null;
        ElementType = value switch
        {
            ObjectType obj => obj.TypeName,
            ScalarType scalarType => Codec!.CSharpType(scalarType, kind),
            _ => throw new InvalidOperationException("lists of lists are not in the schema"),
        };
        ReadValue = value is ScalarType read ? Codec!.Read(read, kind) : "Read" + ElementType + "(ref r)";
        (PropertyType, Initializer) = shape switch
        {
            WireShape.List => ("global::System.Collections.Generic.IReadOnlyList<" + ElementType + ">", " = global::System.Array.Empty<" + ElementType + ">();"),
            WireShape.DefaultedFlag => (ElementType, defaultFlag ? " = true;" : ""),
            WireShape.Required => (ElementType, ""),
            _ => (ElementType + "?", ""),
        };
        Local = LocalOf(propertyName);
    }

    /// <summary>The catalogue's field, or null for a stored computed member.</summary>
    public FieldDef? Field { get; }

    /// <summary>The YAML key the value is read from.</summary>
    public string Key { get; }

    /// <summary>The C# property.</summary>
    public string PropertyName { get; }

    /// <summary>How the field lies in the data: list, defaulted flag, required, nullable string or optional.</summary>
    public WireShape Shape { get; }

    /// <summary>The type of one value: the item type of a list, the field's type otherwise.</summary>
    public FieldType Value { get; }

    /// <summary>How one scalar value is written and read; null when <see cref="Value"/> is a record.</summary>
    public ScalarCodec? Codec { get; }

    /// <summary>For <see cref="WireShape.DefaultedFlag"/>: the value when the key is absent.</summary>
    public bool DefaultFlag { get; }

    /// <summary>The C# type of one value, e.g. <c>PersonId</c>, <c>Claim</c>, <c>int</c>.</summary>
    public string ElementType { get; }

    /// <summary>The C# type of the property, e.g. <c>int?</c> for an optional number.</summary>
    public string PropertyType { get; }

    /// <summary>The property's initializer: an optional list is empty, a defaulted flag holds its default.</summary>
    public string Initializer { get; }

    /// <summary>The decoder's C# expression that reads one value from <c>r</c>.</summary>
    public string ReadValue { get; }

    /// <summary>The field's local in its decoder: <c>@</c> and the property in camel case, never a keyword.</summary>
    public string Local { get; }

    /// <summary>The local (or field) named after a property: <c>@</c> and the property in camel case, never a keyword.</summary>
    public static string LocalOf(string propertyName) => "@" + char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);

    /// <summary>The layout of a field of the catalogue.</summary>
    public static FieldLayout Of(FieldDef field) => ByField[field];

    /// <summary>Whether a parsed value is one this field lays down; anything else counts as absent.</summary>
    public bool Takes(Value? value) => Value is ObjectType ? value is ObjectValue : Codec!.Takes(value);

    /// <summary>The layout of a catalogue field of a record owned by <paramref name="kind"/> (null for a nested record).</summary>
    internal static FieldLayout From(FieldDef field, EntityKindDef? kind) => new(
        field.Key,
        field.PropertyName,
        field.Type is ListType ? WireShape.List
            : field.DefaultBool is not null ? WireShape.DefaultedFlag
            : field.Required ? WireShape.Required
            : field.Type is ScalarType scalar && ScalarCodec.For(scalar.Kind).NullIsHeader ? WireShape.NullableString
            : WireShape.Optional,
        field.Type is ListType list ? list.Item : field.Type,
        field.DefaultBool ?? false,
        kind,
        field);

    /// <summary>The layout of a computed member the encoder stores: a required or optional scalar.</summary>
    internal static FieldLayout Stored(string propertyName, bool optional, ScalarKind kind) =>
        new(propertyName, propertyName, optional ? WireShape.Optional : WireShape.Required, new ScalarType(kind), false, null, null);
}

/// <summary>
/// A member the generator works out rather than reads from a key, with its one source: either a value
/// the encoder stores (worked out from the parsed record) that the decoder reads back, or an expression
/// the decoder derives from what it has read.
/// </summary>
internal sealed class ComputedLayout
{
    private ComputedLayout(ComputedDef computed, FieldLayout? stored, Func<ObjectValue, ISet<ObjectValue>, Value?>? source, string? derived)
    {
        Computed = computed;
        Stored = stored;
        Source = source;
        Derived = derived;
    }

    /// <summary>The catalogue's description of the member.</summary>
    public ComputedDef Computed { get; }

    /// <summary>How a stored member lies in the data; null when the decoder derives it.</summary>
    public FieldLayout? Stored { get; }

    /// <summary>For a stored member: its value, from the record and the renderings found in their archived texts.</summary>
    public Func<ObjectValue, ISet<ObjectValue>, Value?>? Source { get; }

    /// <summary>For a derived member: the decoder's C# expression for it, from the fields it has read.</summary>
    public string? Derived { get; }

    /// <summary>
    /// The one place a computed member's source is written down. Claim and relation ids are derived
    /// from the owner's id, which opens every entity's data; the bounds of a time (worked out from its
    /// EDTF) and whether a rendering was verified are stored.
    /// </summary>
    internal static ComputedLayout For(TypeDef type, ComputedDef computed, Func<string, string> local) => (type.Name, computed.PropertyName) switch
    {
        ("Claim", "Id") => Derive(computed, "new ClaimId(r.Owner + \"#\" + " + local("key") + ")"),
        ("Claim", "StatementId") => Derive(computed, "new StatementId(r.Owner)"),
        ("Relation", "Owner") => Derive(computed, "new StatementId(r.Owner)"),
        ("Relation", "Origin") => Derive(computed, local("from") + " is null ? new EntityId(EntityKind.Statement, r.Owner) : new EntityId(EntityKind.Claim, r.Owner + \"#\" + " + local("from") + ")"),
        ("TimeRef", "Earliest") => Store(computed, optional: true, ScalarKind.Date, (time, _) => Bound(time, edtf => edtf.Earliest)),
        ("TimeRef", "Latest") => Store(computed, optional: true, ScalarKind.Date, (time, _) => Bound(time, edtf => edtf.Latest)),
        ("Rendering", "Verified") => Store(computed, optional: false, ScalarKind.Bool, (rendering, verified) => new BoolValue(verified.Contains(rendering), rendering.Location)),
        _ => throw new InvalidOperationException("no source for the computed " + type.Name + "." + computed.PropertyName),
    };

    private static ComputedLayout Derive(ComputedDef computed, string expression) => new(computed, null, null, expression);

    private static ComputedLayout Store(ComputedDef computed, bool optional, ScalarKind kind, Func<ObjectValue, ISet<ObjectValue>, Value?> source) =>
        new(computed, FieldLayout.Stored(computed.PropertyName, optional, kind), source, null);

    private static Value? Bound(ObjectValue time, Func<EdtfValue, SimpleDate?> bound) =>
        time.Get("edtf") is EdtfValue edtf && bound(edtf) is { } date ? new DateValue(date, edtf.Location) : null;
}

/// <summary>The layout of one record type: its fields in catalogue order, then its computed members.</summary>
internal sealed class TypeLayout
{
    private static readonly Dictionary<string, TypeLayout> ByName = new(StringComparer.Ordinal);

    private TypeLayout(TypeDef type)
    {
        Type = type;
        Kind = SchemaCatalog.Kinds.FirstOrDefault(k => k.TypeName == type.Name);
        Fields = type.Fields.Select(f => FieldLayout.From(f, Kind)).ToArray();
        Computed = type.Computed.Select(c => ComputedLayout.For(type, c, key => Fields.First(f => f.Key == key).Local)).ToArray();
    }

    /// <summary>Every record type's layout, in catalogue order.</summary>
    public static IReadOnlyList<TypeLayout> All { get; } = Build();

    /// <summary>The catalogue's record type.</summary>
    public TypeDef Type { get; }

    /// <summary>The entity kind whose file this record is, or null for a nested record.</summary>
    public EntityKindDef? Kind { get; }

    /// <summary>The layout of each field, in catalogue order (the order of the data).</summary>
    public IReadOnlyList<FieldLayout> Fields { get; }

    /// <summary>The computed members, in catalogue order; the stored ones follow the fields in the data.</summary>
    public IReadOnlyList<ComputedLayout> Computed { get; }

    /// <summary>The layout of a record type by name.</summary>
    public static TypeLayout Of(string typeName) => ByName[typeName];

    private static TypeLayout[] Build()
    {
        var all = SchemaCatalog.Types.Select(t => new TypeLayout(t)).ToArray();
        foreach (var layout in all) ByName.Add(layout.Type.Name, layout);
        return all;
    }
}
