using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Emit;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Schema;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>
/// The wire format is decided once: each field of the catalogue has one layout that both the encoder
/// and the generated decoders follow, each scalar kind one codec, each computed member one source;
/// and every field kind written by the encoder reads back unchanged through the decoders.
/// </summary>
public class WireLayoutTests
{
    private static IEnumerable<(TypeDef Type, FieldDef Field)> CatalogueFields() =>
        SchemaCatalog.Types.SelectMany(t => t.Fields.Select(f => (t, f)));

    [Fact]
    public void Every_field_of_the_catalogue_has_exactly_one_layout()
    {
        var fields = CatalogueFields().ToArray();
        Assert.Equal(fields.Length, fields.Select(f => f.Field).Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Equal(fields.Length, TypeLayout.All.Sum(t => t.Fields.Count));
        foreach (var (type, field) in fields)
        {
            var layout = FieldLayout.Of(field);
            Assert.Same(field, layout.Field);
            Assert.Same(layout, Assert.Single(TypeLayout.Of(type.Name).Fields, f => ReferenceEquals(f.Field, field)));
            Assert.Equal(field.Key, layout.Key);
            Assert.Equal(field.PropertyName, layout.PropertyName);
        }
        Assert.Equal(SchemaCatalog.Types.Select(t => t.Name), TypeLayout.All.Select(t => t.Type.Name));
    }

    public static TheoryData<string, string, string, string, string> Examples() => new()
    {
        { "Statement", "renderings", "List", "global::System.Collections.Generic.IReadOnlyList<Rendering>", " = global::System.Array.Empty<Rendering>();" },
        { "Place", "related", "List", "global::System.Collections.Generic.IReadOnlyList<EntityId>", " = global::System.Array.Empty<EntityId>();" },
        { "Claim", "inferred", "DefaultedFlag", "bool", "" },
        { "Quantity", "disclosed", "DefaultedFlag", "bool", " = true;" },
        { "Claim", "key", "Required", "string", "" },
        { "Person", "id", "Required", "PersonId", "" },
        { "Speaker", "ref", "Required", "EntityId", "" },
        { "Rendering", "source", "Required", "SourceId", "" },
        { "Claim", "note", "NullableString", "string?", "" },
        { "TimeRef", "as_stated", "NullableString", "string?", "" },
        { "TimeRef", "anchor", "Optional", "CorpusDate?", "" },
        { "Relation", "source_para", "Optional", "int?", "" },
        { "Quantity", "fraction_of", "Optional", "ClaimId?", "" },
        { "Statement", "occasion", "Optional", "Occasion?", "" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_field_s_shape_and_C_sharp_type_follow_its_definition(string type, string key, string shape, string propertyType, string initializer)
    {
        var layout = FieldLayout.Of(SchemaCatalog.Type(type).Field(key)!);
        Assert.Equal(shape, layout.Shape.ToString());
        Assert.Equal(propertyType, layout.PropertyType);
        Assert.Equal(initializer, layout.Initializer);
    }

    [Fact]
    public void Every_scalar_kind_has_one_codec()
    {
        foreach (var kind in Enum.GetValues<ScalarKind>())
        {
            Assert.True(ScalarCodec.All.TryGetValue(kind, out var codec), kind + " has no codec");
            Assert.Equal(kind, codec.Kind);
        }
        Assert.Equal(Enum.GetValues<ScalarKind>().Length, ScalarCodec.All.Count);
    }

    [Fact]
    public void Every_computed_member_has_one_source_and_the_type_the_model_declares()
    {
        foreach (var type in SchemaCatalog.Types)
        {
            var computed = TypeLayout.Of(type.Name).Computed;
            Assert.Equal(type.Computed, computed.Select(c => c.Computed));
            foreach (var member in computed)
            {
                Assert.True(member.Stored is null != member.Derived is null, type.Name + "." + member.Computed.PropertyName + " needs exactly one source");
                Assert.Equal(member.Stored is null, member.Source is null);
                if (member.Stored is { } stored) Assert.Equal(member.Computed.CSharpType, stored.PropertyType);
            }
        }
    }

    /// <summary>Seeds whose random corpora (of four statements) between them give every field of the catalogue a value.</summary>
    private static readonly int[] CoveringSeeds = [46, 62];

    /// <summary>
    /// Random corpora, drawn so that every field of the catalogue has held a value, are encoded, compiled
    /// and decoded: each present value reads back as written, each absent one as its empty value, and
    /// a time's stored bounds as its EDTF's.
    /// </summary>
    [Fact]
    public void Every_field_kind_round_trips_through_the_encoder_and_the_decoders()
    {
        var unseen = CatalogueFields().Select(f => f.Field).ToHashSet(ReferenceEqualityComparer.Instance);
        var compared = 0;
        foreach (var seed in CoveringSeeds)
        {
            var files = new RandomCorpus(seed).Build(4);
            var run = TestCorpus.Run(files);
            Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            compared += run.Load(assembly =>
            {
                var find = assembly.GetType("StatementGen.Generated.Corpus")!.GetMethod("Find", [typeof(string)])!;
                var count = 0;
                foreach (var (path, yaml) in files)
                {
                    var entity = CorpusGenerator.ReadAndCheck(TestCorpus.Root + path, SourceText.From(yaml), CancellationToken.None).Entity!;
                    count += Compare(entity.Root, find.Invoke(null, [entity.Id]), entity.Id, unseen);
                }
                return count;
            });
        }
        Assert.True(unseen.Count == 0, "fields these seeds never draw (choose others): " + string.Join(", ", unseen.Cast<FieldDef>().Select(f => f.Key)));
        Assert.True(compared > 0);
    }

    /// <summary>Compares every field and stored computed member of a record with the parsed value; returns how many were compared.</summary>
    private static int Compare(ObjectValue obj, object? record, string path, HashSet<object?> unseen)
    {
        Assert.NotNull(record);
        var layout = TypeLayout.Of(obj.TypeName);
        var count = 0;
        foreach (var field in layout.Fields)
        {
            var actual = Property(record, field.PropertyName);
            var value = obj.Get(field.Key) is NullValue ? null : obj.Get(field.Key);
            var at = path + "." + field.Key;
            if (value is null)
            {
                AssertEmpty(field.Field!, actual, at);
            }
            else
            {
                unseen.Remove(field.Field!);
                count += value switch
                {
                    ObjectValue nested => Compare(nested, actual, at, unseen),
                    ListValue list => CompareList(list, actual, at, unseen),
                    _ => ModelComparer.Compare(value, actual, at),
                };
            }
            count++;
        }

        if (obj.TypeName == "TimeRef")
        {
            var edtf = (EdtfValue)obj.Get("edtf")!;
            Assert.Equal(edtf.Earliest?.ToString(), Date(Property(record, "Earliest")));
            Assert.Equal(edtf.Latest?.ToString(), Date(Property(record, "Latest")));
            count += 2;
        }
        if (obj.TypeName == "Rendering")
        {
            // No archived texts in a random corpus: nothing is verified.
            Assert.Equal(false, Property(record, "Verified"));
            count++;
        }
        return count;
    }

    private static int CompareList(ListValue list, object? actual, string path, HashSet<object?> unseen)
    {
        var items = Assert.IsAssignableFrom<IEnumerable>(actual).Cast<object?>().ToArray();
        Assert.Equal(list.Items.Count, items.Length);
        return list.Items.Select((item, i) => item is ObjectValue nested
            ? Compare(nested, items[i], path + "[" + i + "]", unseen)
            : ModelComparer.Compare(item, items[i], path + "[" + i + "]")).Sum();
    }

    /// <summary>An absent key reads back as the catalogue says: its default flag, an empty list, or null.</summary>
    private static void AssertEmpty(FieldDef field, object? actual, string path)
    {
        if (field.DefaultBool is { } flag) Assert.Equal(flag, actual);
        else if (field.Type is ListType) Assert.Empty(Assert.IsAssignableFrom<IEnumerable>(actual));
        else Assert.True(actual is null, path + ": absent in the YAML, read back as " + actual);
    }

    private static object? Property(object record, string name) =>
        record.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!.GetValue(record);

    private static string? Date(object? value) => value is DateOnly date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : (string?)value;
}
