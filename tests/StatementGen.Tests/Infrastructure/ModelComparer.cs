using System.Collections;
using System.Reflection;
using StatementGen.Model;
using Xunit;
using StatementGen.Schema;

namespace StatementGen.Tests.Infrastructure;

/// <summary>
/// Walks a file's value tree and a compiled record side by side, guided by the schema catalogue,
/// and asserts they hold the same values: nothing in the YAML may be lost or changed on the way.
/// </summary>
public static class ModelComparer
{
    /// <summary>Asserts the value equals the compiled object; returns how many scalars were compared.</summary>
    internal static int Compare(Value value, object? actual, string path)
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

    internal static string Expected(Value value) => value switch
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
