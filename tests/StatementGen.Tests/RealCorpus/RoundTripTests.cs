using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.RealCorpus;

/// <summary>
/// Nothing in a corpus file is lost: every field read from the YAML is present, with the same value,
/// in the record compiled into this assembly. Walks the file's values and the record's properties
/// side by side, guided by the schema catalogue.
/// </summary>
public class RoundTripTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in TestCorpus.RealCorpus()) data.Add(path);
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_field_of_the_file_is_in_the_compiled_record(string file)
    {
        var full = Path.Combine(Paths.Corpus, file);
        var model = CorpusParser.ParseFile(full, SourceText.From(File.ReadAllText(full)), CancellationToken.None);
        Assert.False(model.HasErrors);
        var entity = model.Entity!;
        var compiled = StatementGen.Generated.Corpus.Find(entity.Id);
        Assert.NotNull(compiled);
        var compared = Compare(entity.Root, compiled, entity.Id);
        Assert.True(compared >= entity.Root.Fields.Count, $"only {compared} values compared");
    }

    /// <summary>Asserts the value equals the compiled object; returns how many scalars were compared.</summary>
    private static int Compare(Value value, object? actual, string path)
    {
        switch (value)
        {
            case ObjectValue obj:
            {
                Assert.NotNull(actual);
                var type = SchemaCatalog.Type(obj.TypeName);
                Assert.Equal(type.Name, actual.GetType().Name);
                var count = 0;
                foreach (var field in obj.Fields)
                {
                    var definition = type.Field(field.Key)!;
                    var property = actual.GetType().GetProperty(definition.PropertyName, BindingFlags.Public | BindingFlags.Instance);
                    Assert.True(property is not null, $"{path}.{field.Key}: no property {definition.PropertyName}");
                    count += Compare(field.Value, property.GetValue(actual), path + "." + field.Key);
                }
                return count;
            }

            case ListValue list:
            {
                var items = Assert.IsAssignableFrom<IEnumerable>(actual).Cast<object?>().ToArray();
                Assert.True(list.Items.Count == items.Length, $"{path}: {list.Items.Count} items in YAML, {items.Length} compiled");
                return list.Items.Select((item, i) => Compare(item, items[i], path + "[" + i + "]")).Sum();
            }

            case NullValue:
                // An explicit null and an absent key mean the same; optional flags keep their default.
                Assert.True(actual is null || actual is bool || (actual is IEnumerable e and not string && !e.Cast<object>().Any()), $"{path}: expected null, got {actual}");
                return 1;

            default:
                Assert.Equal(Expected(value), Actual(actual), StringComparer.Ordinal);
                return 1;
        }
    }

    private static string Expected(Value value) => value switch
    {
        TextValue text => text.Text,
        EdtfValue edtf => edtf.Text,
        IntValue number => number.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NumberValue number => number.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BoolValue flag => flag.Flag ? "True" : "False",
        DateValue date => date.Date.ToString(),
        EnumValue member => Naming.ToPascalCase(member.Member),
        RefValue reference => reference.Id,
        _ => throw new InvalidOperationException(value.GetType().Name),
    };

    private static string Actual(object? actual) => actual switch
    {
        null => "<null>",
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        decimal number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        bool flag => flag ? "True" : "False",
        Enum member => member.ToString(),
        _ when actual.GetType().GetProperty("Value") is { } id && id.PropertyType == typeof(string) => (string)id.GetValue(actual)!,
        _ => Convert.ToString(actual, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}
