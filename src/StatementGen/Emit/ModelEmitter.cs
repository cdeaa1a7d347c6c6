using System;
using System.Globalization;
using System.Linq;
using StatementGen.Schema;

namespace StatementGen.Emit;

/// <summary>
/// The schema's model, in three files that depend on the schema alone: the ids (a kind enum, an untyped
/// id and a typed id per kind), the vocabularies (an enum each and their YAML spellings), and a record
/// per schema type.
/// </summary>
internal static class ModelEmitter
{
    private const string OutOfRange = "global::System.ArgumentOutOfRangeException";

    /// <summary>The enum of the kinds of id.</summary>
    private const string EntityKind = nameof(EntityKind);

    /// <summary>The class of extensions on the vocabularies.</summary>
    private const string Extensions = "VocabularyExtensions";

    /// <summary>The kinds of id, the untyped <c>EntityId</c> and a typed id per kind and for claims.</summary>
    public static string Ids(EmitSettings settings)
    {
        var v = settings.Visibility;
        var w = GeneratedFile.Start(settings);
        var entityKind = settings.Type(EntityKind);
        var entityId = settings.Type("EntityId");

        w.Line("/// <summary>The kinds of thing an id can name.</summary>");
        w.Line(GeneratedFile.GeneratedCode);
        w.Open(v + " enum " + EntityKind);
        foreach (var kind in SchemaCatalog.Kinds)
        {
            w.Line("/// <summary>" + Naming.WithArticle(kind.SchemaName, capital: true) + " (<c>" + kind.Prefix + ":</c>).</summary>");
            w.Line(kind.EnumMember + ",");
        }
        w.Line("/// <summary>A claim of a statement (<c>stmt:…#key</c>).</summary>");
        w.Line("Claim,");
        w.Close();
        w.Line();

        w.Line("/// <summary>An id of any kind, e.g. <c>person:sabrina-singh</c> or <c>stmt:…#key</c>.</summary>");
        w.Line("/// <param name=\"Kind\">What the id names.</param>");
        w.Line("/// <param name=\"Value\">The id as written in the corpus.</param>");
        w.Line(GeneratedFile.GeneratedCode);
        w.Open(IdStruct(v, "EntityId(" + entityKind + " Kind, string Value)"));
        w.Line("/// <summary>The id as written in the corpus.</summary>");
        w.Line("public override string ToString() => Value;");
        w.Close();

        foreach (var (idType, enumMember, what) in SchemaCatalog.Kinds.Select(k => (k.IdTypeName, k.EnumMember, Naming.WithArticle(k.SchemaName) + " (<c>" + k.Prefix + ":slug</c>)"))
                     .Concat(new[] { ("ClaimId", "Claim", "a claim (<c>stmt:slug#key</c>)") }))
        {
            w.Line();
            w.Line("/// <summary>The id of " + what + ".</summary>");
            w.Line("/// <param name=\"Value\">The id as written in the corpus.</param>");
            w.Line(GeneratedFile.GeneratedCode);
            w.Open(IdStruct(v, idType + "(string Value)"));
            w.Line("/// <summary>The same id, untyped.</summary>");
            w.Line("public static implicit operator " + entityId + "(" + settings.Type(idType) + " id) => new(" + entityKind + "." + enumMember + ", id.Value);");
            w.Line();
            w.Line("/// <summary>The id as written in the corpus.</summary>");
            w.Line("public override string ToString() => Value;");
            w.Close();
        }

        return w.ToString();
    }

    /// <summary>An enum per vocabulary, and the extensions that spell a value as in YAML and give an ICD 203 band's range and terms.</summary>
    public static string Vocabularies(EmitSettings settings)
    {
        var v = settings.Visibility;
        var w = GeneratedFile.Start(settings);
        var first = true;
        foreach (var vocabulary in SchemaCatalog.Vocabularies)
        {
            if (!first) w.Line();
            first = false;
            w.Line("/// <summary>" + vocabulary.Doc + "</summary>");
            w.Line(GeneratedFile.GeneratedCode);
            w.Open(v + " enum " + vocabulary.Name);
            foreach (var member in vocabulary.Members)
            {
                w.Line("/// <summary>" + member.Doc + " YAML: <c>" + member.Yaml + "</c>.</summary>");
                w.Line(member.CSharpName + ",");
            }
            w.Close();
        }

        w.Line();
        w.Line("/// <summary>The YAML spelling of every vocabulary value.</summary>");
        w.Line(GeneratedFile.GeneratedCode);
        w.Open(v + " static class " + Extensions);
        foreach (var vocabulary in SchemaCatalog.Vocabularies)
        {
            var type = settings.Type(vocabulary.Name);
            w.Line("/// <summary>The value as written in the corpus, e.g. <c>" + vocabulary.Members[0].Yaml + "</c>.</summary>");
            w.Line("public static string ToYaml(this " + type + " value) => value switch");
            w.Line("{");
            w.Indent();
            foreach (var member in vocabulary.Members)
            {
                w.Line(type + "." + member.CSharpName + " => \"" + member.Yaml + "\",");
            }
            w.Line("_ => throw new " + OutOfRange + "(nameof(value)),");
            w.Outdent();
            w.Line("};");
            w.Line();
        }
        var band = settings.Type("Icd203Band");
        var range = settings.Type("LikelihoodRange");
        w.Line("/// <summary>The likelihood range of an ICD 203 band.</summary>");
        w.Line("public static " + range + " Range(this " + band + " band) => band switch");
        w.Line("{");
        w.Indent();
        foreach (var entry in SchemaCatalog.Icd203)
        {
            w.Line(band + "." + Naming.ToPascalCase(entry.Band) + " => new " + range + "(" + Double(entry.Low) + ", " + Double(entry.High) + "),");
        }
        w.Line("_ => throw new " + OutOfRange + "(nameof(band)),");
        w.Outdent();
        w.Line("};");
        w.Line();
        w.Line("/// <summary>The words that express an ICD 203 band.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Terms(this " + band + " band) => band switch");
        w.Line("{");
        w.Indent();
        foreach (var entry in SchemaCatalog.Icd203)
        {
            w.Line(band + "." + Naming.ToPascalCase(entry.Band) + " => new[] { " + string.Join(", ", entry.Terms.Select(CSharpLiteral.String)) + " },");
        }
        w.Line("_ => throw new " + OutOfRange + "(nameof(band)),");
        w.Outdent();
        w.Line("};");
        w.Close();
        return w.ToString();
    }

    /// <summary>A record per schema type; an entity's record is an <c>IEntity</c>.</summary>
    public static string Records(EmitSettings settings)
    {
        // Dates are named as the field layout names them, through an alias for the target's date type.
        var w = GeneratedFile.Start(settings, "using CorpusDate = " + settings.DateType + ";\n");
        var first = true;
        foreach (var type in SchemaCatalog.Types)
        {
            if (!first) w.Line();
            first = false;
            Record(w, type, settings);
        }
        return w.ToString();
    }

    /// <summary>
    /// A record: its properties (each over a field of its own), a public parameterless constructor for
    /// object initializers, and an internal constructor the decoders build it with. The decoders set
    /// every field in that one constructor instead of calling an <c>init</c> accessor per property,
    /// each of which the runtime would compile on the first query.
    /// </summary>
    private static void Record(CodeWriter w, TypeDef type, EmitSettings settings)
    {
        var layout = TypeLayout.Of(type.Name);
        var kind = layout.Kind;
        var members = layout.Fields.Select(f => (f.PropertyName, Type: f.PropertyType, f.Initializer, Required: f.Field!.Required)).Concat(
            type.Computed.Select(c => (c.PropertyName, Type: Computed(c, settings), Initializer: "", Required: !c.CSharpType.EndsWith("?", StringComparison.Ordinal))))
            .Select(m => (m.PropertyName, m.Type, m.Initializer, m.Required, Parameter: FieldLayout.LocalOf(m.PropertyName), Field: BackingField(m.PropertyName)))
            .ToArray();
        w.Line("/// <summary>" + type.Doc + "</summary>");
        w.Line(GeneratedFile.GeneratedCode);
        w.Open(settings.Visibility + " sealed partial record " + type.Name + (kind is null ? "" : " : " + settings.Type("IEntity")));
        // Nullable analysis follows a required property, not the field behind it: the object initializer
        // sets the required members of the first constructor, the second sets every field.
        w.Line("#nullable disable warnings");
        w.Line("/// <summary>" + Naming.Article(type.Name, capital: true) + " <see cref=\"" + type.Name + "\"/> to fill with an object initializer.</summary>");
        w.Line("public " + type.Name + "()");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Line("/// <summary>" + Naming.Article(type.Name, capital: true) + " <see cref=\"" + type.Name + "\"/> read from the corpus data, every member set at once.</summary>");
        w.Line("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]");
        w.Line("internal " + type.Name + "(" + string.Join(", ", members.Select(m => m.Type + " " + m.Parameter)) + ")");
        w.Line("{");
        w.Indent();
        foreach (var member in members) w.Line(member.Field + " = " + member.Parameter + ";");
        w.Outdent();
        w.Line("}");
        w.Line("#nullable restore warnings");
        w.Line();

        foreach (var member in members) w.Line("private readonly " + member.Type + " " + member.Field + member.Initializer.TrimEnd(';') + ";");

        for (var i = 0; i < members.Length; i++)
        {
            var member = members[i];
            w.Line();
            if (i < layout.Fields.Count)
            {
                var field = layout.Fields[i].Field!;
                w.Line("/// <summary>" + field.Doc + " YAML: <c>" + field.Key + "</c>" + (field.Verbatim ? ", verbatim" : "") + ".</summary>");
            }
            else
            {
                w.Line("/// <summary>" + type.Computed[i - layout.Fields.Count].Doc + " Computed by the generator.</summary>");
            }
            w.Line("public " + (member.Required ? "required " : "") + member.Type + " " + member.PropertyName + " { get => " + member.Field + "; init => " + member.Field + " = value; }");
        }

        if (kind is not null)
        {
            w.Line();
            w.Line(settings.Type("EntityId") + " " + settings.Type("IEntity") + ".EntityId => Id;");
        }

        w.Close();
    }

    /// <summary>The field behind a property: <c>_</c> and the property in camel case (never <c>value</c>, which an <c>init</c> accessor takes).</summary>
    private static string BackingField(string propertyName) => "_" + char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);

    /// <summary>The C# type of a computed member, named for the consumer's namespace.</summary>
    private static string Computed(ComputedDef computed, EmitSettings settings)
    {
        var nullable = computed.CSharpType.EndsWith("?", StringComparison.Ordinal);
        var name = computed.CSharpType.TrimEnd('?');
        var qualified = name switch
        {
            "bool" or "int" or "decimal" or "string" or "CorpusDate" => name,
            _ => settings.Type(name),
        };
        return qualified + (nullable ? "?" : "");
    }

    /// <summary>The declaration of an id: a <c>readonly record struct</c> of the given visibility.</summary>
    private static string IdStruct(string visibility, string declaration) => string.Join(" ", visibility, "readonly", "record", "struct", declaration);

    private static string Double(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
