using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using StatementGen.Generated;

namespace StatementGen.Explorer;

/// <summary>A query string the Explorer understands was malformed; the message says which value and why.</summary>
internal sealed class BadQueryException(string message) : Exception(message);

/// <summary>
/// The filters every list, chart and JSON endpoint shares, read from the query string so each view has
/// a shareable URL: <c>speaker</c>, <c>topic</c>, <c>measure</c>, <c>place</c>, <c>from</c> and <c>to</c>
/// (yyyy-MM-dd) and <c>page</c> (from 1).
/// </summary>
internal sealed record Query(string? Speaker, string? Topic, string? Measure, string? Place, DateOnly? From, DateOnly? To, int Page)
{
    private static readonly string[] Names = ["speaker", "topic", "measure", "place", "from", "to", "page"];

    /// <summary>No filter, first page.</summary>
    public static Query Empty { get; } = new(null, null, null, null, null, null, 1);

    /// <summary>Reads the query string; an unknown or repeated name, a bad date or page is a <see cref="BadQueryException"/>.</summary>
    public static Query Parse(IQueryCollection values)
    {
        foreach (var (name, value) in values)
        {
            if (!Names.Contains(name, StringComparer.Ordinal))
            {
                throw new BadQueryException($"Unknown query parameter '{Clip(name)}'; use {string.Join(", ", Names)}.");
            }
            if (value.Count > 1)
            {
                throw new BadQueryException($"The query parameter '{name}' is given {value.Count} times; give it once.");
            }
        }

        string? Text(string name)
        {
            var value = values[name].ToString();
            if (value.Length == 0) return null;
            if (value.Length > 200 || value.Any(char.IsControl))
            {
                throw new BadQueryException($"The value of '{name}' is not an id, topic or measure: at most 200 characters, no control characters.");
            }
            return value;
        }

        DateOnly? Date(string name)
        {
            var value = values[name].ToString();
            if (value.Length == 0) return null;
            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new BadQueryException($"The value of '{name}' is '{Clip(value)}', not a date; write it yyyy-MM-dd, e.g. 2024-10-28.");
            }
            return date;
        }

        var from = Date("from");
        var to = Date("to");
        if (from is { } f && to is { } t && f > t)
        {
            throw new BadQueryException($"'from' ({f:yyyy-MM-dd}) is after 'to' ({t:yyyy-MM-dd}); swap them.");
        }

        var page = 1;
        var pageText = values["page"].ToString();
        if (pageText.Length > 0 && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            throw new BadQueryException($"The value of 'page' is '{Clip(pageText)}', not a page number; pages count from 1.");
        }

        return new Query(Text("speaker"), Text("topic"), Text("measure"), Text("place"), from, to, page);
    }

    /// <summary>True when no filter is set.</summary>
    public bool IsEmpty => Speaker is null && Topic is null && Measure is null && Place is null && From is null && To is null;

    /// <summary>The same filters on another page.</summary>
    public Query With(int page) => this with { Page = page };

    /// <summary><c>?speaker=…&amp;…</c>, or empty; the page only when it is not the first.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null) parts.Add(name + "=" + Uri.EscapeDataString(value));
        }
        Add("speaker", Speaker);
        Add("topic", Topic);
        Add("measure", Measure);
        Add("place", Place);
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (Page > 1) Add("page", Page.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts);
    }

    /// <summary>
    /// The statements that pass every filter, in the order said: a speaker matches the statements it
    /// said and, for an organisation or polity, those said on its behalf; a topic or measure, those with
    /// a claim on it; a place, those naming it; a date range, those whose date may fall in it.
    /// </summary>
    public IReadOnlyList<Statement> Statements()
    {
        IEnumerable<Statement>? found = null;
        void Narrow(IEnumerable<Statement> statements)
            => found = found is null ? statements : found.Intersect(statements);

        if (Speaker is not null)
        {
            var said = Generated.Statements.BySpeaker(new EntityId(EntityKind.Person, Speaker));
            var behalf = Generated.Statements.ByOnBehalfOf(new EntityId(EntityKind.Org, Speaker));
            Narrow(behalf.Count == 0 ? said : said.Union(behalf).OrderBy(s => s, Chronology.Comparer).ToArray());
        }
        if (Topic is not null) Narrow(Generated.Statements.ByTopic(Topic));
        if (Measure is not null) Narrow(Claims.ByMeasure(Measure).Select(c => c.Statement).Distinct());
        if (Place is not null) Narrow(Generated.Statements.ByPlace(new EntityId(EntityKind.Place, Place)));
        if (From is not null || To is not null)
        {
            Narrow(Generated.Statements.Between(From ?? DateOnly.MinValue, To ?? DateOnly.MaxValue));
        }
        return (found ?? Generated.Statements.Chronological).ToArray();
    }

    /// <summary>What the filters are, in words, for headings.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Speaker is not null) parts.Add("by " + Corpus.DisplayName(new EntityId(EntityKind.Person, Speaker)));
        if (Topic is not null) parts.Add("on " + Topic);
        if (Measure is not null) parts.Add("of " + Measure);
        if (Place is not null) parts.Add("naming " + Corpus.DisplayName(new EntityId(EntityKind.Place, Place)));
        if (From is not null) parts.Add(string.Create(CultureInfo.InvariantCulture, $"from {From:yyyy-MM-dd}"));
        if (To is not null) parts.Add(string.Create(CultureInfo.InvariantCulture, $"to {To:yyyy-MM-dd}"));
        return string.Join(", ", parts);
    }

    private static string Clip(string text)
    {
        var clipped = text.Length > 40 ? text[..40] + "…" : text;
        var builder = new StringBuilder(clipped.Length);
        foreach (var c in clipped) builder.Append(char.IsControl(c) ? '?' : c);
        return builder.ToString();
    }
}
