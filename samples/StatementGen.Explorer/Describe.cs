using System.Globalization;
using StatementGen.Generated;

namespace StatementGen.Explorer;

/// <summary>How the Explorer words and links corpus values: quantities, stances, dates and ids.</summary>
internal static class Describe
{
    /// <summary>The qualifier as a sign: ≈, ≥, &gt;, ≤, &lt;, or nothing for an exact value.</summary>
    public static string Sign(QuantityQualifier qualifier) => qualifier switch
    {
        QuantityQualifier.Approximate => "≈",
        QuantityQualifier.AtLeast => "≥",
        QuantityQualifier.MoreThan => ">",
        QuantityQualifier.AtMost or QuantityQualifier.UpTo => "≤",
        QuantityQualifier.FewerThan => "<",
        _ => "",
    };

    /// <summary>≈10,000 soldiers; 5,000–7,000 soldiers; unspecified (withheld).</summary>
    public static string Quantity(Quantity quantity)
    {
        if (quantity.Value is not { } value)
        {
            return quantity.Disclosed ? "unspecified" : "unspecified (withheld)";
        }
        var unit = value == 1 ? quantity.Unit : Plural(quantity.Unit);
        return quantity.High is { } high
            ? $"{Sign(quantity.Qualifier)}{Html.Number(value)}–{Html.Number(high)} {Plural(quantity.Unit)}"
            : $"{Sign(quantity.Qualifier)}{Html.Number(value)} {unit}";
    }

    /// <summary>The number alone, as a chart label: ≈10,000, ≥3,000, 5,000–7,000, or "unspecified".</summary>
    public static string Figure(Quantity quantity) => quantity.Value is not { } value
        ? (quantity.Disclosed ? "unspecified" : "withheld")
        : quantity.High is { } high ? $"{Sign(quantity.Qualifier)}{Html.Number(value)}–{Html.Number(high)}" : Sign(quantity.Qualifier) + Html.Number(value);

    private static string Plural(string unit) => unit.EndsWith('s') ? unit : unit + "s";

    /// <summary>probable · ICD 203 likely (55–80%) · belief.</summary>
    public static string Stance(Stance stance)
    {
        var parts = new List<string> { stance.Certainty.ToYaml() };
        if (stance.Icd203 is { } band)
        {
            var range = band.Range();
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"ICD 203 {band.ToYaml().Replace('_', ' ')} ({range.Low * 100:0}–{range.High * 100:0}%)"));
        }
        if (stance.Evidential is { } evidential) parts.Add(evidential.ToYaml());
        if (stance.Polarity != Polarity.Positive) parts.Add(stance.Polarity.ToYaml());
        return string.Join(" · ", parts);
    }

    /// <summary>The date said with its precision and basis: 2024-10-28 (day, relative to 2024-10-28: "Monday").</summary>
    public static string Time(TimeRef time)
    {
        var basis = time.Basis.ToYaml();
        if (time.Anchor is { } anchor) basis += " to " + anchor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var stated = time.AsStated is { } asStated ? $": “{asStated}”" : string.Empty;
        return $"{time.Edtf} ({time.Precision.ToYaml()}, {basis}{stated})";
    }

    /// <summary>The page of an id (<c>/people/sabrina-singh</c>), or null for a kind without pages.</summary>
    public static string? PathOf(string id)
    {
        var colon = id.IndexOf(':');
        if (colon < 0) return null;
        var slug = id[(colon + 1)..];
        var hash = slug.IndexOf('#');
        var fragment = string.Empty;
        if (hash >= 0)
        {
            fragment = "#claim-" + slug[(hash + 1)..];
            slug = slug[..hash];
        }
        var folder = id[..colon] switch
        {
            "stmt" => "statements",
            "person" => "people",
            "org" => "orgs",
            "polity" => "polities",
            "place" => "places",
            "src" => "sources",
            _ => null,
        };
        return folder is null ? null : $"/{folder}/{Uri.EscapeDataString(slug)}{fragment}";
    }

    /// <summary>A link to an id's page with its display name, or the name alone when it has no page.</summary>
    public static string Link(string id, string? text = null)
    {
        var label = Html.Encode(text ?? Corpus.DisplayName(new EntityId(EntityKind.Person, id)));
        return PathOf(id) is { } path && Corpus.Find(id.Split('#')[0]) is not null
            ? $"<a href=\"{Html.Encode(path)}\">{label}</a>"
            : label;
    }

    /// <summary>The organisation or polity a statement speaks for: on whose behalf, else the speaker's own org or polity, else the person's first position.</summary>
    public static string Affiliation(Statement statement)
    {
        if (statement.Speaker.OnBehalfOf is { } behalf) return behalf.Value;
        var speaker = statement.Speaker.Ref;
        if (Corpus.Find(speaker.Value) is Person { Positions.Count: > 0 } person) return person.Positions[0].Org.Value;
        return speaker.Value;
    }

    /// <summary>Who said it, for one line: Sabrina Singh (United States Department of Defense).</summary>
    public static string Who(Statement statement)
    {
        var speaker = Corpus.DisplayName(statement.Speaker.Ref);
        return statement.Speaker.OnBehalfOf is { } behalf ? $"{speaker} ({Corpus.DisplayName(behalf)})" : speaker;
    }
}
