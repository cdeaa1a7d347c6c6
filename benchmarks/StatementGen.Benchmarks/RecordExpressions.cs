using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace StatementGen.Benchmarks;

/// <summary>How <see cref="RecordExpressions"/> writes a record.</summary>
public enum RecordForm
{
    /// <summary>As a person would write it: a public positional constructor, then an object initializer of every other settable property that does not hold what a new record holds anyway.</summary>
    Initializer,

    /// <summary>As the generated decoders make it: the constructor that sets every member at once (the record's copy constructor never), every member given.</summary>
    FullConstructor,
}

/// <summary>
/// Records of the compiled corpus app, read by reflection, written back as C# expressions that make
/// them again, for code compiled in <see cref="Namespace"/> beside the generated model: strings,
/// numbers and dates as literals, enums by name, lists as arrays, and each record in a
/// <see cref="RecordForm"/>. The one-static-array reference (<see cref="CompileReference"/>) writes
/// initializers; the first query's floor (<see cref="FloorApp"/>) the decoders' constructors.
/// </summary>
public static class RecordExpressions
{
    /// <summary>The namespace of the generated types, which the written code is compiled in.</summary>
    public const string Namespace = "StatementGen.Generated";

    /// <summary><paramref name="value"/> as a C# expression of <paramref name="declared"/>, its records in <paramref name="form"/>.</summary>
    public static string Of(object? value, Type declared, RecordForm form)
    {
        var b = new StringBuilder();
        Write(b, value, declared, form);
        return b.ToString();
    }

    /// <summary>Appends <paramref name="value"/> as a C# expression of <paramref name="declared"/>, its records in <paramref name="form"/>.</summary>
    public static void Write(StringBuilder b, object? value, Type declared, RecordForm form)
    {
        switch (value)
        {
            case null:
                b.Append("null");
                return;
            case string text:
                b.Append(SymbolDisplay.FormatLiteral(text, quote: true));
                return;
            case bool flag:
                b.Append(flag ? "true" : "false");
                return;
            case int or short or byte:
                b.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                return;
            case long number:
                b.Append(number.ToString(CultureInfo.InvariantCulture)).Append('L');
                return;
            case decimal number:
                b.Append(number.ToString(CultureInfo.InvariantCulture)).Append('m');
                return;
            case double number when double.IsFinite(number):
                b.Append(number.ToString("R", CultureInfo.InvariantCulture)).Append('d');
                return;
            case DateOnly date:
                b.Append(CultureInfo.InvariantCulture, $"new DateOnly({date.Year}, {date.Month}, {date.Day})");
                return;
            case Enum:
                var enumType = value.GetType();
                b.Append(Enum.IsDefined(enumType, value)
                    ? TypeName(enumType) + "." + Enum.GetName(enumType, value)
                    : "(" + TypeName(enumType) + ")(" + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ")");
                return;
            case IEnumerable items:
                WriteList(b, items.Cast<object?>().ToList(), ElementType(declared, value.GetType()), form);
                return;
        }

        var type = value.GetType();
        if (type.Namespace != Namespace) throw new NotSupportedException("the record writer cannot write a " + type.FullName);
        if (form == RecordForm.FullConstructor) WriteConstructed(b, value, type);
        else WriteObject(b, value, type, form);
    }

    private static void WriteList(StringBuilder b, List<object?> items, Type element, RecordForm form)
    {
        if (items.Count == 0)
        {
            b.Append("Array.Empty<").Append(TypeName(element)).Append(">()");
            return;
        }

        b.Append("new ").Append(TypeName(element)).Append("[] { ");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) b.Append(", ");
            Write(b, items[i], element, form);
        }
        b.Append(" }");
    }

    /// <summary>
    /// A record: its public constructor whose parameters are all properties (a positional record), then
    /// an initializer of every other settable property, leaving out optional ones that are null or empty.
    /// </summary>
    private static void WriteObject(StringBuilder b, object value, Type type, RecordForm form)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
        var constructor = type.GetConstructors()
            .Where(c => c.GetParameters().All(p => properties.Any(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();
        var parameters = constructor?.GetParameters() ?? [];
        if (constructor is null && !type.IsValueType) throw new NotSupportedException("no constructor the record writer can call: " + type.FullName);

        b.Append("new ").Append(TypeName(type));
        if (parameters.Length > 0)
        {
            b.Append('(');
            for (var i = 0; i < parameters.Length; i++)
            {
                if (i > 0) b.Append(", ");
                var property = properties.First(q => string.Equals(q.Name, parameters[i].Name, StringComparison.OrdinalIgnoreCase));
                Write(b, property.GetValue(value), property.PropertyType, form);
            }
            b.Append(')');
        }

        var fresh = parameters.Length == 0 ? Activator.CreateInstance(type) : null;
        var initialized = properties
            .Where(p => p.SetMethod is { IsPublic: true } && !parameters.Any(c => string.Equals(c.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
            .Select(p => (Property: p, Value: p.GetValue(value)))
            .Where(p => IsRequired(p.Property) || !IsDefault(p.Value, fresh is null ? null : p.Property.GetValue(fresh)))
            .ToList();
        if (initialized.Count == 0)
        {
            if (parameters.Length == 0) b.Append("()");
            return;
        }
        b.Append(" { ");
        for (var i = 0; i < initialized.Count; i++)
        {
            if (i > 0) b.Append(", ");
            b.Append(initialized[i].Property.Name).Append(" = ");
            Write(b, initialized[i].Value, initialized[i].Property.PropertyType, form);
        }
        b.Append(" }");
    }

    /// <summary>Whether an optional property holds what a new record holds anyway, so an initializer would leave it out.</summary>
    private static bool IsDefault(object? value, object? fresh) =>
        Equals(value, fresh) || (value is ICollection { Count: 0 } && fresh is ICollection { Count: 0 });

    private static bool IsRequired(PropertyInfo property) => property.GetCustomAttributes().Any(a => a.GetType().Name == "RequiredMemberAttribute");

    private static Type ElementType(Type declared, Type actual)
    {
        if (declared.IsArray) return declared.GetElementType()!;
        if (declared.IsGenericType) return declared.GetGenericArguments()[0];
        if (actual.IsArray) return actual.GetElementType()!;
        throw new NotSupportedException("the record writer cannot tell the element type of " + declared.FullName);
    }

    /// <summary>A type's name as code in <see cref="Namespace"/> writes it (the generated types by their short names).</summary>
    public static string TypeName(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "string";
        if (type.IsGenericType) throw new NotSupportedException("the record writer writes no generic type: " + type.FullName);
        return type.Namespace == Namespace && !type.IsNested ? type.Name : "global::" + type.FullName!.Replace('+', '.');
    }

    /// <summary>
    /// A record by the constructor with the most parameters, its copy constructor left out (the one the
    /// decoders call, its parameters named as the properties they set), every member given.
    /// </summary>
    private static void WriteConstructed(StringBuilder b, object value, Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(c => c.GetParameters() is not [{ } only] || only.ParameterType != type)
            .MaxBy(c => c.GetParameters().Length)
            ?? throw new NotSupportedException("no constructor to write a " + type.FullName + " with");
        b.Append("new ").Append(TypeName(type)).Append('(');
        var parameters = constructor.GetParameters();
        for (var i = 0; i < parameters.Length; i++)
        {
            if (i > 0) b.Append(", ");
            var property = type.GetProperty(parameters[i].Name!, BindingFlags.Instance | BindingFlags.Public | BindingFlags.IgnoreCase)
                ?? throw new NotSupportedException($"{type.Name}'s constructor parameter {parameters[i].Name} names no property");
            Write(b, property.GetValue(value), parameters[i].ParameterType, RecordForm.FullConstructor);
        }
        b.Append(')');
    }
}
