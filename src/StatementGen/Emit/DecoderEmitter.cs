using System;
using System.Collections.Generic;

namespace StatementGen.Emit;

/// <summary>
/// Writes the decoders: one small method per schema type that reads a record back from the data
/// <see cref="RecordEncoder"/> laid down, by the same <see cref="TypeLayout"/>, and builds it with the
/// record's internal constructor (its fields, then its computed members, in catalogue order). Their size depends on
/// the schema only, never on the corpus, so what the first query has to JIT stays small. Types of
/// <c>System</c> are named in full (<c>global::</c>); the generated namespace's own types are named
/// bare, which is safe because only the decoders' own methods are in scope here.
/// </summary>
internal static class DecoderEmitter
{
    public static void Write(CodeWriter w)
    {
        var lists = new SortedDictionary<string, (string Method, string Item)>(StringComparer.Ordinal);
        w.Line("/// <summary>Reads records back from the corpus data, one method per record type.</summary>");
        w.Open("internal static class CorpusDecoders");
        foreach (var layout in TypeLayout.All)
        {
            var name = layout.Type.Name;
            w.Line("/// <summary>Reads " + Naming.Article(name) + " <see cref=\"" + name + "\"/>.</summary>");
            w.Line("public static " + name + " Read" + name + "(ref CorpusReader r)");
            w.Line("{");
            w.Indent();
            foreach (var field in layout.Fields)
            {
                var declared = field.Shape == WireShape.Optional ? field.PropertyType : "var";
                w.Line(declared + " " + field.Local + " = " + FieldExpression(field, lists) + ";");
            }
            var arguments = new List<string>();
            foreach (var field in layout.Fields) arguments.Add(field.Local);
            foreach (var computed in layout.Computed) arguments.Add(computed.Stored is { } stored ? FieldExpression(stored, lists) : computed.Derived!);
            w.Line("return new " + name + "(");
            w.Indent();
            for (var i = 0; i < arguments.Count; i++) w.Line(arguments[i] + (i < arguments.Count - 1 ? "," : ");"));
            w.Outdent();
            w.Outdent();
            w.Line("}");
            w.Line();
        }

        foreach (var element in lists.Keys)
        {
            var (method, item) = lists[element];
            w.Line("private static " + element + "[] " + method + "(ref CorpusReader r)");
            w.Line("{");
            w.Indent();
            w.Line("var count = r.Varint();");
            w.Line("if (count == 0) return global::System.Array.Empty<" + element + ">();");
            w.Line("var items = new " + element + "[count];");
            w.Line("for (var i = 0; i < count; i++) items[i] = " + item + ";");
            w.Line("return items;");
            w.Outdent();
            w.Line("}");
            w.Line();
        }
        w.Close();
    }

    /// <summary>The expression that reads a field in its <see cref="WireShape"/>; a list's reader is shared by element type.</summary>
    private static string FieldExpression(FieldLayout field, SortedDictionary<string, (string Method, string Item)> lists)
    {
        switch (field.Shape)
        {
            case WireShape.List:
                if (!lists.TryGetValue(field.ElementType, out var reader))
                {
                    reader = ("Read" + Naming.ToPascalCase(field.ElementType) + "List", field.ReadValue);
                    lists.Add(field.ElementType, reader);
                }
                return reader.Method + "(ref r)";
            case WireShape.NullableString:
                return "r.String()";
            case WireShape.Optional:
                return "r.Flag() ? " + field.ReadValue + " : null";
            default:
                return field.ReadValue;
        }
    }
}
