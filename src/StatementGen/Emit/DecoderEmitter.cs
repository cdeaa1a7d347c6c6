using System;
using System.Collections.Generic;
using System.Linq;

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
            w.Line("/// <summary>Reads " + Article(type.Name) + " <see cref=\"" + type.Name + "\"/>.</summary>");
            w.Line("public static " + type.Name + " Read" + type.Name + "(ref CorpusReader r) => new " + type.Name);
            w.Line("{");
            w.Indent();
            foreach (var field in type.Fields)
            {
                w.Line(field.PropertyName + " = " + FieldExpression(field, kind, lists) + ",");
            }
            foreach (var computed in type.Computed)
            {
                w.Line(computed.PropertyName + " = " + ComputedExpression(computed.CSharpType) + ",");
            }
            w.Outdent();
            w.Line("};");
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
            var elementType = CorpusEmitter.ElementType(list.Item);
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
                        var typed = CorpusEmitter.ElementType(scalar);
                        return typed == "EntityId" ? "new EntityId((EntityKind)r.Varint(), r.RequiredString())" : "new " + typed + "(r.RequiredString())";
                    default: return "r.RequiredString()";
                }
            default:
                throw new InvalidOperationException("lists of lists are not in the schema");
        }
    }

    private static string ComputedExpression(string csharpType) => csharpType switch
    {
        "EntityId" => "new EntityId((EntityKind)r.Varint(), r.RequiredString())",
        "CorpusDate?" => "r.Flag() ? r.Date() : null",
        _ => "new " + csharpType + "(r.RequiredString())",
    };

    private static string Article(string noun) => (noun[0] is 'A' or 'E' or 'I' or 'O' or 'U' ? "an" : "a");
}
