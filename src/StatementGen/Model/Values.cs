using System;
using StatementGen.Schema;

namespace StatementGen.Model;

// The typed value tree of one corpus file, read against the schema catalogue. Every node keeps the
// location of the YAML it came from, so later rules can point at it. All records compare by value.

/// <summary>A value read from YAML and checked against its field's type.</summary>
internal abstract record Value(LocationInfo Location);

/// <summary>An explicit YAML null (<c>null</c>, <c>~</c> or nothing).</summary>
internal sealed record NullValue(LocationInfo Location) : Value(Location);

/// <summary>A string, exactly as written in the file.</summary>
internal sealed record TextValue(string Text, LocationInfo Location) : Value(Location);

/// <summary>A whole number.</summary>
internal sealed record IntValue(long Number, LocationInfo Location) : Value(Location);

/// <summary>A decimal number, kept exact.</summary>
internal sealed record NumberValue(decimal Number, LocationInfo Location) : Value(Location);

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed record BoolValue(bool Flag, LocationInfo Location) : Value(Location);

/// <summary>A calendar date (<c>YYYY-MM-DD</c>).</summary>
internal sealed record DateValue(SimpleDate Date, LocationInfo Location) : Value(Location);

/// <summary>An EDTF level 1 value with the bounds it covers; a null bound is open or unknown.</summary>
internal sealed record EdtfValue(string Text, SimpleDate? Earliest, SimpleDate? Latest, LocationInfo Location) : Value(Location);

/// <summary>A member of a closed vocabulary, by its YAML spelling.</summary>
internal sealed record EnumValue(string Vocabulary, string Member, LocationInfo Location) : Value(Location);

/// <summary>A reference to an entity or a claim: <c>person:sabrina-singh</c>, <c>stmt:…#key</c>.</summary>
internal sealed record RefValue(RefKind Kind, string Id, LocationInfo Location) : Value(Location);

/// <summary>A list of values of one type.</summary>
internal sealed record ListValue(EquatableArray<Value> Items, LocationInfo Location) : Value(Location);

/// <summary>A mapping read as one schema type; fields keep the file's order.</summary>
internal sealed record ObjectValue(string TypeName, EquatableArray<FieldValue> Fields, LocationInfo Location) : Value(Location)
{
    public Value? Get(string key)
    {
        foreach (var field in Fields)
        {
            if (field.Key == key) return field.Value;
        }
        return null;
    }

    public FieldValue? GetField(string key)
    {
        foreach (var field in Fields)
        {
            if (field.Key == key) return field;
        }
        return null;
    }

    public string? GetText(string key) => Get(key) is TextValue text ? text.Text : null;

    public string? GetEnum(string key) => Get(key) is EnumValue e ? e.Member : null;

    public ObjectValue? GetObject(string key) => Get(key) as ObjectValue;

    public EquatableArray<Value> GetList(string key) => Get(key) is ListValue list ? list.Items : EquatableArray<Value>.Empty;
}

/// <summary>One key of a mapping with its value; <paramref name="KeyLocation"/> points at the key itself.</summary>
internal sealed record FieldValue(string Key, Value Value, LocationInfo KeyLocation);

/// <summary>A proleptic Gregorian date without time or zone; compared and sorted by value.</summary>
internal readonly record struct SimpleDate(int Year, int Month, int Day) : IComparable<SimpleDate>
{
    public int CompareTo(SimpleDate other)
    {
        if (Year != other.Year) return Year.CompareTo(other.Year);
        if (Month != other.Month) return Month.CompareTo(other.Month);
        return Day.CompareTo(other.Day);
    }

    public static bool IsValid(int year, int month, int day)
        => year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static SimpleDate EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    public override string ToString() =>
        Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + "-" +
        Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "-" +
        Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
