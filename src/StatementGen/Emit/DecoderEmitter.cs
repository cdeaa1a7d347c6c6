using System;
using System.Collections.Generic;
using System.Linq;
using StatementGen.Schema;

namespace StatementGen.Emit;

/// <summary>
/// Writes the decoders: one small method per schema type that reads a record back from the data
/// <see cref="RecordEncoder"/> laid down, field by field in the same order. Their size depends on the
/// schema only, never on the corpus, so what the first query has to JIT stays small.
/// </summary>
internal static class DecoderEmitter
{
    /// <summary>Whether a reference of these kinds has a typed id (<c>PersonId</c>, <c>ClaimId</c>) rather than <c>EntityId</c>.</summary>
    public static bool IsTypedReference(RefKind kinds) => kinds == RefKind.Claim || SchemaCatalog.Kinds.Any(k => k.Kind == kinds);

    public static void Write(CodeWriter w)
    {
        var lists = new SortedDictionary<string, (string Method, string Item)>(StringComparer.Ordinal);
        w.Line("/// <summary>Reads records back from the corpus data, one method per record type.</summary>");
        w.Open("internal static class CorpusDecoders");
        foreach (var type in SchemaCatalog.Types)
        {
            var kind = SchemaCatalog.Kinds.FirstOrDefault(k => k.TypeName == type.Name);
            w.Line("/// <summary>Reads " + Naming.Article(type.Name) + " <see cref=\"" + type.Name + "\"/>.</summary>");
            w.Line("public static " + type.Name + " Read" + type.Name + "(ref CorpusReader r)");
            w.Line("{");
            w.Indent();
            for (var i = 0; i < type.Fields.Count; i++)
            {
                var field = type.Fields[i];
                var optional = field.Type is not ListType && field.DefaultBool is null && !field.Required && !RecordEncoder.IsString(field.Type);
                var declared = optional ? ModelEmitter.ElementType(field.Type) + "?" : "var";
                w.Line(declared + " " + Local(field) + " = " + FieldExpression(field, kind, lists) + ";");
            }
            w.Line("return new " + type.Name);
            w.Line("{");
            w.Indent();
            foreach (var field in type.Fields)
            {
                w.Line(field.PropertyName + " = " + Local(field) + ",");
            }
            foreach (var computed in type.Computed)
            {
                w.Line(computed.PropertyName + " = " + ComputedExpression(type.Name, computed.PropertyName) + ",");
            }
            w.Outdent();
            w.Line("};");
            w.Outdent();
            w.Line("}");
            w.Line();
        }

        foreach (var list in lists)
        {
            w.Line("private static " + list.Key + "[] " + list.Value.Method + "(ref CorpusReader r)");
            w.Line("{");
            w.Indent();
            w.Line("var count = r.Varint();");
            w.Line("if (count == 0) return Array.Empty<" + list.Key + ">();");
            w.Line("var items = new " + list.Key + "[count];");
            w.Line("for (var i = 0; i < count; i++) items[i] = " + list.Value.Item + ";");
            w.Line("return items;");
            w.Outdent();
            w.Line("}");
            w.Line();
        }
        w.Close();
    }

    private static string FieldExpression(FieldDef field, EntityKindDef? kind, SortedDictionary<string, (string Method, string Item)> lists)
    {
        if (field.Type is ListType list)
        {
            var elementType = ModelEmitter.ElementType(list.Item);
            if (!lists.TryGetValue(elementType, out var reader))
            {
                reader = ("Read" + Naming.ToPascalCase(elementType) + "List", Required(list.Item, kind));
                lists.Add(elementType, reader);
            }
            return reader.Method + "(ref r)";
        }

        if (field.DefaultBool is not null || field.Required) return Required(field.Type, kind);
        if (RecordEncoder.IsString(field.Type)) return "r.String()";
        return "r.Flag() ? " + Required(field.Type, kind) + " : null";
    }

    private static string Required(FieldType type, EntityKindDef? kind)
    {
        switch (type)
        {
            case ObjectType obj:
                return "Read" + obj.TypeName + "(ref r)";
            case ScalarType scalar:
                switch (scalar.Kind)
                {
                    case ScalarKind.Int: return "r.Int()";
                    case ScalarKind.Number: return "r.Decimal()";
                    case ScalarKind.Bool: return "r.Flag()";
                    case ScalarKind.Date: return "r.Date()";
                    case ScalarKind.Enum: return "(" + scalar.Vocabulary + ")r.Varint()";
                    case ScalarKind.Id: return "new " + kind!.IdTypeName + "(r.RequiredString())";
                    case ScalarKind.Ref:
                        var typed = ModelEmitter.ElementType(scalar);
                        return typed == "EntityId" ? "new EntityId((EntityKind)r.Varint(), r.RequiredString())" : "new " + typed + "(r.RequiredString())";
                    default: return "r.RequiredString()";
                }
            default:
                throw new InvalidOperationException("lists of lists are not in the schema");
        }
    }

    /// <summary>A field's local in its decoder: <c>@</c> and the YAML key in camel case, never a keyword.</summary>
    private static string Local(FieldDef field) => "@" + char.ToLowerInvariant(field.PropertyName[0]) + field.PropertyName.Substring(1);

    /// <summary>
    /// What the generator works out for a record. Ids are derived here from the owning statement's id
    /// (which opens its data) rather than stored; the bounds of a time are stored (see RecordEncoder).
    /// </summary>
    private static string ComputedExpression(string typeName, string property) => (typeName, property) switch
    {
        ("Claim", "Id") => "new ClaimId(r.Owner + \"#\" + @key)",
        ("Claim", "StatementId") => "new StatementId(r.Owner)",
        ("Relation", "Owner") => "new StatementId(r.Owner)",
        ("Relation", "Origin") => "@from is null ? new EntityId(EntityKind.Statement, r.Owner) : new EntityId(EntityKind.Claim, r.Owner + \"#\" + @from)",
        ("TimeRef", "Earliest") or ("TimeRef", "Latest") => "r.Flag() ? r.Date() : null",
        ("Rendering", "Verified") => "r.Flag()",
        _ => throw new InvalidOperationException("no decoder for the computed " + typeName + "." + property),
    };
}
