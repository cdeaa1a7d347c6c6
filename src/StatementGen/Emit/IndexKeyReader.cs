using System;
using System.Collections.Generic;
using System.Linq;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Emit;

/// <summary>
/// Works out a statement's <see cref="StatementKeys"/> from its typed tree, value by value as the
/// decoded record will hold it: a value the encoder lays down empty (a placeholder reference) is the
/// empty string here too, and a time's bounds come from the one definition the encoder stores them by
/// (<see cref="ComputedLayout"/>).
/// </summary>
internal static class IndexKeyReader
{
    private static readonly ObjectValue NoObject = new("", EquatableArray<FieldValue>.Empty, LocationInfo.FileStart(""));

    private static readonly Func<ObjectValue, ISet<ObjectValue>, Value?> EarliestOf = TimeBound("Earliest");

    private static readonly Func<ObjectValue, ISet<ObjectValue>, Value?> LatestOf = TimeBound("Latest");

    private static readonly VocabularyDef RelationTypes = SchemaCatalog.Vocabulary("RelationType");

    /// <summary>The keys of <paramref name="entity"/> when it is a statement; null otherwise.</summary>
    public static StatementKeys? Read(EntityFile entity)
    {
        if (entity.Kind != RefKind.Statement) return null;
        var root = entity.Root;
        var speaker = Object(root.Get("speaker"));
        var occasion = root.Get("occasion") as ObjectValue;
        return new StatementKeys(
            entity.Id,
            Reference(speaker.Get("ref")),
            OptionalReference(speaker.Get("on_behalf_of")),
            root.GetList("renderings").Select(r => Reference(Object(r).Get("source"))).ToEquatableArray(),
            Bounds(Object(root.Get("said"))),
            occasion is null ? null : Text(occasion.Get("key")),
            occasion is null ? null : Text(occasion.Get("before")),
            occasion is null ? null : OptionalReference(occasion.Get("venue")),
            root.GetList("claims").Select(c => Claim(Object(c))).ToEquatableArray(),
            root.GetList("relations").Select(r => Relation(Object(r))).ToEquatableArray());
    }

    private static ClaimKeys Claim(ObjectValue claim)
    {
        var places = claim.GetList("where")
            .Concat(claim.Get("condition") is ObjectValue condition ? condition.GetList("where") : EquatableArray<Value>.Empty)
            .Select(p => Reference(Object(p).Get("ref")))
            .Distinct(StringComparer.Ordinal)
            .ToEquatableArray();
        var quantity = claim.Get("quantity") as ObjectValue;
        return new ClaimKeys(
            Text(claim.Get("key")) ?? "",
            Text(claim.Get("topic")),
            Text(claim.Get("measure")),
            places,
            claim.Get("when") is ObjectValue when ? Bounds(when) : null,
            quantity is not null && quantity.Get("fraction_of") is not RefValue);
    }

    private static RelationKeys Relation(ObjectValue relation)
    {
        var type = relation.Get("type") is EnumValue e && RelationTypes.Members.Any(m => m.Yaml == e.Member) ? e.Member : RelationTypes.Members[0].Yaml;
        return new RelationKeys(Text(relation.Get("from")), Reference(relation.Get("to")), type);
    }

    /// <summary>A time's bounds, as the encoder stores <c>TimeRef.Earliest</c> and <c>Latest</c>.</summary>
    private static DateBounds Bounds(ObjectValue time) =>
        new((EarliestOf(time, EmptySet) as DateValue)?.Date, (LatestOf(time, EmptySet) as DateValue)?.Date);

    private static readonly ISet<ObjectValue> EmptySet = new HashSet<ObjectValue>();

    private static Func<ObjectValue, ISet<ObjectValue>, Value?> TimeBound(string name) =>
        TypeLayout.Of("TimeRef").Computed.Single(c => c.Computed.PropertyName == name).Source!;

    /// <summary>A record as the encoder takes it: anything else stands in as an empty record.</summary>
    private static ObjectValue Object(Value? value) => value as ObjectValue ?? NoObject;

    /// <summary>A required reference: its id, or the empty string the encoder lays down for anything else.</summary>
    private static string Reference(Value? value) => (value as RefValue)?.Id ?? "";

    private static string? OptionalReference(Value? value) => (value as RefValue)?.Id;

    private static string? Text(Value? value) => (value as TextValue)?.Text;
}
