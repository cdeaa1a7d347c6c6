using System;
using System.Collections.Generic;

namespace StatementGen.Schema;

/// <summary>What a reference may point at. A field lists the kinds it accepts.</summary>
[Flags]
internal enum RefKind
{
    None = 0,
    Statement = 1,
    Claim = 2,
    Person = 4,
    Org = 8,
    Polity = 16,
    Place = 32,
    Event = 64,
    Source = 128,
    AnyEntity = Person | Org | Polity | Place | Event | Source | Statement,
}

/// <summary>The shapes a scalar can take in the corpus.</summary>
internal enum ScalarKind
{
    /// <summary>Any text.</summary>
    Text,
    /// <summary>A whole number (plain YAML scalar).</summary>
    Int,
    /// <summary>A decimal number (plain YAML scalar).</summary>
    Number,
    /// <summary><c>true</c> / <c>false</c>.</summary>
    Bool,
    /// <summary><c>YYYY-MM-DD</c>.</summary>
    Date,
    /// <summary>An EDTF level 1 date or interval.</summary>
    Edtf,
    /// <summary>One member of a closed vocabulary.</summary>
    Enum,
    /// <summary>A reference to another entity or a claim.</summary>
    Ref,
    /// <summary>The file's own id (<c>person:slug</c>), which must match the file.</summary>
    Id,
}

/// <summary>The type of a field: a scalar, a nested record or a list of either.</summary>
internal abstract class FieldType
{
}

internal sealed class ScalarType : FieldType
{
    public ScalarType(ScalarKind kind, string? vocabulary = null, RefKind refKinds = RefKind.None, string? pattern = null, string? patternHint = null, long? minimum = null)
    {
        Kind = kind;
        Minimum = minimum;
        Vocabulary = vocabulary;
        RefKinds = refKinds;
        Pattern = pattern;
        PatternHint = patternHint;
    }

    public ScalarKind Kind { get; }

    /// <summary>The vocabulary name, for <see cref="ScalarKind.Enum"/>.</summary>
    public string? Vocabulary { get; }

    /// <summary>The accepted kinds, for <see cref="ScalarKind.Ref"/>.</summary>
    public RefKind RefKinds { get; }

    /// <summary>A regular expression a text value must match in full.</summary>
    public string? Pattern { get; }

    /// <summary>The smallest value a whole number may take.</summary>
    public long? Minimum { get; }

    /// <summary>How to describe <see cref="Pattern"/> to a curator.</summary>
    public string? PatternHint { get; }
}

internal sealed class ObjectType : FieldType
{
    public ObjectType(string typeName) => TypeName = typeName;

    public string TypeName { get; }
}

internal sealed class ListType : FieldType
{
    public ListType(FieldType item) => Item = item;

    public FieldType Item { get; }
}

/// <summary>One key of a schema type.</summary>
internal sealed class FieldDef
{
    public FieldDef(string key, FieldType type, string doc, bool required, bool verbatim, bool? defaultBool)
    {
        Key = key;
        Type = type;
        Doc = doc;
        Required = required;
        Verbatim = verbatim;
        DefaultBool = defaultBool;
        PropertyName = Naming.ToPascalCase(key);
    }

    /// <summary>The YAML key, e.g. <c>on_behalf_of</c>.</summary>
    public string Key { get; }

    /// <summary>The C# property, e.g. <c>OnBehalfOf</c>.</summary>
    public string PropertyName { get; }

    public FieldType Type { get; }

    public string Doc { get; }

    /// <summary>The key must be present with a non-null value.</summary>
    public bool Required { get; }

    /// <summary>The value holds the source's exact characters (checked against the source text).</summary>
    public bool Verbatim { get; }

    /// <summary>For an optional boolean: the value when the key is absent.</summary>
    public bool? DefaultBool { get; }
}

/// <summary>A value computed by the generator and emitted beside the YAML fields of a type.</summary>
internal sealed class ComputedDef
{
    public ComputedDef(string propertyName, string csharpType, string doc)
    {
        PropertyName = propertyName;
        CSharpType = csharpType;
        Doc = doc;
    }

    public string PropertyName { get; }

    public string CSharpType { get; }

    public string Doc { get; }
}

/// <summary>A record type of the schema: an entity file or a value nested in one.</summary>
internal sealed class TypeDef
{
    public TypeDef(string name, string doc, IReadOnlyList<FieldDef> fields, IReadOnlyList<ComputedDef>? computed = null, bool scalarShorthand = false)
    {
        Name = name;
        Doc = doc;
        Fields = fields;
        Computed = computed ?? Array.Empty<ComputedDef>();
        ScalarShorthand = scalarShorthand;
    }

    /// <summary>The C# record name.</summary>
    public string Name { get; }

    public string Doc { get; }

    public IReadOnlyList<FieldDef> Fields { get; }

    public IReadOnlyList<ComputedDef> Computed { get; }

    /// <summary>A bare scalar may stand for the whole mapping (only <c>TimeRef</c>).</summary>
    public bool ScalarShorthand { get; }

    /// <summary>The field of <paramref name="key"/>, or null; a loop by index, as the reader asks it for every key it reads.</summary>
    public FieldDef? Field(string key)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Key == key) return Fields[i];
        }
        return null;
    }
}

/// <summary>One member of a closed vocabulary.</summary>
internal sealed class VocabularyMember
{
    public VocabularyMember(string yaml, string doc)
    {
        Yaml = yaml;
        Doc = doc;
        CSharpName = Naming.ToPascalCase(yaml);
    }

    public string Yaml { get; }

    public string CSharpName { get; }

    public string Doc { get; }
}

/// <summary>A closed vocabulary, emitted as a C# enum.</summary>
internal sealed class VocabularyDef
{
    public VocabularyDef(string name, string doc, IReadOnlyList<VocabularyMember> members)
    {
        Name = name;
        Doc = doc;
        Members = members;
    }

    public string Name { get; }

    public string Doc { get; }

    public IReadOnlyList<VocabularyMember> Members { get; }

    /// <summary>The member spelt <paramref name="yaml"/>, or null; a loop by index, as the reader asks it for every value of a vocabulary.</summary>
    public VocabularyMember? Find(string yaml)
    {
        for (var i = 0; i < Members.Count; i++)
        {
            if (Members[i].Yaml == yaml) return Members[i];
        }
        return null;
    }
}

/// <summary>A kind of corpus file: its schema tag, id prefix, folder and C# names.</summary>
internal sealed class EntityKindDef
{
    public EntityKindDef(RefKind kind, string schemaName, string prefix, string folder, string typeName, string collectionName, string idTypeName, string? nameField)
    {
        Kind = kind;
        SchemaName = schemaName;
        Prefix = prefix;
        Folder = folder;
        TypeName = typeName;
        CollectionName = collectionName;
        IdTypeName = idTypeName;
        NameField = nameField;
    }

    public RefKind Kind { get; }

    /// <summary>The kind in <c>schema: person/1</c>.</summary>
    public string SchemaName { get; }

    /// <summary>The id prefix before the colon: <c>person</c>, <c>stmt</c>, <c>src</c>.</summary>
    public string Prefix { get; }

    /// <summary>The corpus folder the files live in.</summary>
    public string Folder { get; }

    /// <summary>The record type, e.g. <c>Person</c>.</summary>
    public string TypeName { get; }

    /// <summary>The static class holding the named members and lookups, e.g. <c>People</c>.</summary>
    public string CollectionName { get; }

    /// <summary>The typed id, e.g. <c>PersonId</c>.</summary>
    public string IdTypeName { get; }

    /// <summary>The field that names an entity in docs (<c>name</c>), if the kind has one.</summary>
    public string? NameField { get; }

    /// <summary>The C# <c>EntityKind</c> member.</summary>
    public string EnumMember => Kind.ToString();
}
