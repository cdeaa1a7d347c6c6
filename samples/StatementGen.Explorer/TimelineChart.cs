using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using StatementGen.Generated;

namespace StatementGen.Explorer;

/// <summary>
/// Statements on a date axis as an SVG drawn on the server. Each date is drawn as what it is: a day as a
/// day-wide block, a week or month as a block that wide, an open interval (<c>../2024-10-27</c>) as a
/// dashed line that runs off the edge of the axis. Marks are coloured by the organisation or polity the
/// speaker speaks for. More than <see cref="MaxMarks"/> statements are counted by week or month instead,
/// each bar linking to the timeline of its own week or month.
/// </summary>
internal static class TimelineChart
{
    /// <summary>The most statements drawn one by one; above it, the timeline aggregates.</summary>
    public const int MaxMarks = 150;

    private const double Left = 16, Right = 64, Top = 28, Lane = 22, Width = 960;

    /// <summary>The timeline of <paramref name="statements"/>; <paramref name="query"/> keeps the other filters in zoom links.</summary>
    public static string Draw(IReadOnlyList<Statement> statements, Query query, out string legend)
    {
        // The whole corpus is summarised once, on first use; a filtered list is summarised per request.
        var summary = query.IsEmpty ? Whole.Value : Summarise(statements);
        var counts = summary.Counts;
        var groups = counts.OrderByDescending(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => (g.Key, Colour: Svg.Palette[Math.Min(i, Svg.Palette.Length - 1)], Count: g.Value))
            .ToArray();
        var colour = groups.ToDictionary(g => g.Key, g => g.Colour, StringComparer.Ordinal);
        var legendHtml = new StringBuilder("<p class=\"legend\">");
        foreach (var group in groups.Take(Svg.Palette.Length - 1))
        {
            legendHtml.Append("<span><i style=\"background:").Append(group.Colour).Append("\"></i>").Append(Describe.Link(group.Key)).Append(CultureInfo.InvariantCulture, $" ({group.Count:#,0})</span>");
        }
        if (groups.Length >= Svg.Palette.Length)
        {
            legendHtml.Append("<span><i style=\"background:").Append(Svg.Palette[^1]).Append(CultureInfo.InvariantCulture, $"\"></i>others ({groups.Skip(Svg.Palette.Length - 1).Sum(g => g.Count):#,0})</span>");
        }
        legend = legendHtml.Append("</p>").ToString();

        if (summary.Earliest is not { } earliestKnown || summary.Latest is not { } latestKnown)
        {
            return "<p>No statement here has a known date.</p>";
        }
        var first = query.From ?? earliestKnown;
        var last = query.To ?? latestKnown;
        return statements.Count > MaxMarks
            ? Aggregate(summary.Days, query, first, last)
            : Marks(statements, colour, first, last);
    }

    /// <summary>Statements per organisation or polity, the first and last known day, and each statement's day (its last known one).</summary>
    private sealed record Summary(Dictionary<string, int> Counts, DateOnly? Earliest, DateOnly? Latest, DateOnly?[] Days);

    private static readonly Lazy<Summary> Whole = new(() => Summarise(Statements.Chronological));

    private static Summary Summarise(IReadOnlyList<Statement> statements)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var days = new DateOnly?[statements.Count];
        DateOnly? earliest = null, latest = null;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, Describe.Affiliation(statement), out _);
            count++;
            var said = statement.Said;
            Extend(said.Earliest);
            Extend(said.Latest);
            days[i] = said.Latest ?? said.Earliest;
        }
        return new Summary(counts, earliest, latest, days);

        void Extend(DateOnly? day)
        {
            if (day is not { } known) return;
            if (earliest is null || known < earliest) earliest = known;
            if (latest is null || known > latest) latest = known;
        }
    }

    private static string Marks(IReadOnlyList<Statement> statements, Dictionary<string, string> colour, DateOnly first, DateOnly last)
    {
        var start = first.AddDays(-1);
        var days = Math.Max(3, last.DayNumber - start.DayNumber + 2);
        var plot = Width - Left - Right;
        double X(DateOnly date) => Left + (Math.Clamp(date.DayNumber - start.DayNumber, 0, days) * plot / days);

        // Lay each statement out as [x1, x2] and pack them into lanes, earliest first.
        var spans = statements.Select(s =>
        {
            var earliest = s.Said.Earliest;
            var latest = s.Said.Latest;
            var x1 = earliest is { } e ? X(e) : Left;
            var x2 = latest is { } l ? X(l.AddDays(1)) : Width - Right;
            if (x2 - x1 < 8) x2 = x1 + 8;
            var name = Svg.Clip(Corpus.DisplayName(s.Speaker.Ref), 26);
            var labelWidth = (name.Length * 6.6) + 8;
            return (Statement: s, X1: x1, X2: x2, Name: name, LabelLeft: x2 + labelWidth > Width - Right);
        }).OrderBy(s => s.X1).ThenBy(s => s.X2).ToArray();
        var laneEnds = new List<double>();
        var placed = new List<(Statement Statement, double X1, double X2, string Name, bool LabelLeft, int Lane)>(spans.Length);
        foreach (var span in spans)
        {
            var labelWidth = (span.Name.Length * 6.6) + 8;
            var from = span.LabelLeft ? span.X1 - labelWidth : span.X1;
            var to = span.LabelLeft ? span.X2 : span.X2 + labelWidth;
            var lane = laneEnds.FindIndex(laneEnd => laneEnd + 3 <= from);
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add(0);
            }
            laneEnds[lane] = to;
            placed.Add((span.Statement, span.X1, span.X2, span.Name, span.LabelLeft, lane));
        }
        var height = Top + (laneEnds.Count * Lane) + 110;
        var axisY = Top + (laneEnds.Count * Lane) + 8;

        var svg = new StringBuilder(4096 + (statements.Count * 1200));
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Svg.F(height)}\" role=\"group\" aria-labelledby=\"timeline-title timeline-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"timeline-title\">Timeline of {statements.Count} statements, {first:yyyy-MM-dd} to {last:yyyy-MM-dd}</title>");
        svg.Append("<desc id=\"timeline-desc\">Each statement is a mark as wide as its date is precise: a day, a week, a month; a dashed line running off the edge is an open interval. Colour is the organisation or polity the speaker speaks for. The list below the chart gives the same.</desc>");
        svg.Append("<defs><marker id=\"open-start\" viewBox=\"0 0 10 10\" refX=\"1\" refY=\"5\" markerWidth=\"4\" markerHeight=\"4\" orient=\"auto\"><path d=\"M10,0 L0,5 L10,10\" fill=\"none\" stroke=\"context-stroke\" stroke-width=\"2\"/></marker><marker id=\"open-end\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"4\" markerHeight=\"4\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10\" fill=\"none\" stroke=\"context-stroke\" stroke-width=\"2\"/></marker></defs>");
        Axis(svg, start, days, X, axisY);

        foreach (var (statement, x1, x2, name, labelLeft, lane) in placed)
        {
            var y = Top + (lane * Lane);
            var fill = colour[Describe.Affiliation(statement)];
            var said = statement.Said;
            var label = $"{Describe.Who(statement)}, {said.Edtf} ({said.Precision.ToYaml()}): {statement.Claims.FirstOrDefault()?.Text ?? statement.Kind.ToYaml()}";
            svg.Append("<a class=\"statement\" href=\"").Append(Html.Encode(Describe.PathOf(statement.Id.Value)!))
                .Append("\" data-statement=\"").Append(Html.Encode(statement.Id.Value))
                .Append("\" data-precision=\"").Append(said.Precision.ToYaml())
                .Append("\" aria-label=\"").Append(Html.Encode(label)).Append("\"><title>").Append(Html.Encode(label)).Append("</title>");
            if (said.Earliest is null || said.Latest is null)
            {
                // An open interval: a dashed line to the edge with an open arrow on its open side.
                var open = said.Earliest is null ? "marker-start=\"url(#open-start)\"" : "marker-end=\"url(#open-end)\"";
                svg.Append(CultureInfo.InvariantCulture, $"<line class=\"mark open\" x1=\"{Svg.F(x1 + 2)}\" y1=\"{Svg.F(y + 8)}\" x2=\"{Svg.F(x2 - 2)}\" y2=\"{Svg.F(y + 8)}\" stroke=\"{fill}\" stroke-width=\"4\" stroke-dasharray=\"8 5\" {open}/>");
                var known = said.Earliest is null ? x2 : x1;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Svg.F(known - 3)}\" y=\"{Svg.F(y + 1)}\" width=\"6\" height=\"14\" fill=\"{fill}\"/>");
            }
            else
            {
                var precise = said.Precision == TimePrecision.Day;
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"mark\" x=\"{Svg.F(x1)}\" y=\"{Svg.F(y + 1)}\" width=\"{Svg.F(x2 - x1)}\" height=\"14\" rx=\"2\" fill=\"{fill}\"{(precise ? "" : " fill-opacity=\"0.35\" stroke=\"" + fill + "\" stroke-width=\"2\"")}/>");
            }
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{Svg.F(labelLeft ? x1 - 4 : x2 + 4)}\" y=\"{Svg.F(y + 12)}\" font-size=\"11\" fill=\"#1a1a1a\"{(labelLeft ? " text-anchor=\"end\"" : "")}>{Html.Encode(name)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"focus-ring\" x=\"{Svg.F(x1 - 3)}\" y=\"{Svg.F(y - 2)}\" width=\"{Svg.F(x2 - x1 + 6)}\" height=\"20\" fill=\"none\" stroke=\"none\"/>");
            Svg.Detail(svg, (x1 + x2) / 2, y, Width, height, [
                Describe.Who(statement),
                $"said {said.Edtf} ({said.Precision.ToYaml()})",
                Svg.Clip(statement.Claims.FirstOrDefault()?.Text ?? statement.Kind.ToYaml(), 90),
            ]);
            svg.Append("</a>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static string Aggregate(DateOnly?[] days, Query query, DateOnly first, DateOnly last)
    {
        var byMonth = last.DayNumber - first.DayNumber > 26 * 7;
        DateOnly BinOf(DateOnly date) => byMonth
            ? new DateOnly(date.Year, date.Month, 1)
            : date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
        DateOnly EndOf(DateOnly bin) => byMonth ? bin.AddMonths(1).AddDays(-1) : bin.AddDays(6);

        // A statement counts in the bin of the last day it may have been said (its first, when open at the end).
        var counts = new SortedDictionary<DateOnly, int>();
        var undated = 0;
        foreach (var said in days)
        {
            if (said is not { } day)
            {
                undated++;
                continue;
            }
            var bin = BinOf(day < first ? first : day > last ? last : day);
            counts[bin] = counts.GetValueOrDefault(bin) + 1;
        }
        var bins = new List<DateOnly>();
        for (var bin = BinOf(first); bin <= last; bin = byMonth ? bin.AddMonths(1) : bin.AddDays(7)) bins.Add(bin);

        const double height = 320, axisY = 260, plotTop = 40;
        var plot = Width - Left - Right;
        var barWidth = plot / bins.Count;
        var max = Math.Max(1, counts.Values.DefaultIfEmpty(0).Max());
        var unit = byMonth ? "month" : "week";
        var svg = new StringBuilder(4096 + (bins.Count * 600));
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart timeline aggregated\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"group\" aria-labelledby=\"timeline-title timeline-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"timeline-title\">Statements per {unit}, {first:yyyy-MM-dd} to {last:yyyy-MM-dd}: {days.Length:#,0} in all</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"timeline-desc\">Too many statements to draw one by one, so each bar counts the statements of one {unit}, by the last day each may have been said; a bar links to the timeline of its {unit}.{(undated > 0 ? $" {undated} statements with no known day are not counted." : "")}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{axisY}\" x2=\"{Width - Right}\" y2=\"{axisY}\" stroke=\"#767676\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"20\" font-size=\"12\" fill=\"#4a4a4a\">most in one {unit}: {max:#,0}</text>");
        var labelEvery = Math.Max(1, (int)Math.Ceiling(bins.Count / 12.0));
        for (var i = 0; i < bins.Count; i++)
        {
            var bin = bins[i];
            var count = counts.GetValueOrDefault(bin);
            var x = Left + (i * barWidth);
            var barHeight = (axisY - plotTop) * count / max;
            var label = $"{count:#,0} statements, {unit} of {bin:yyyy-MM-dd} to {EndOf(bin):yyyy-MM-dd}";
            var zoom = "/timeline" + (query with { From = bin, To = EndOf(bin), Page = 1 }).ToQueryString();
            svg.Append("<a class=\"bin\" href=\"").Append(Html.Encode(zoom)).Append("\" data-count=\"").Append(count.ToString(CultureInfo.InvariantCulture))
                .Append("\" aria-label=\"").Append(Html.Encode(label)).Append("\"><title>").Append(Html.Encode(label)).Append("</title>")
                .Append(CultureInfo.InvariantCulture, $"<rect class=\"mark\" x=\"{Svg.F(x + 1)}\" y=\"{Svg.F(axisY - barHeight)}\" width=\"{Svg.F(Math.Max(1, barWidth - 2))}\" height=\"{Svg.F(barHeight)}\" fill=\"#1f4e9c\"/>")
                .Append(CultureInfo.InvariantCulture, $"<rect class=\"focus-ring\" x=\"{Svg.F(x)}\" y=\"{plotTop}\" width=\"{Svg.F(barWidth)}\" height=\"{axisY - plotTop}\" fill=\"transparent\" stroke=\"none\"/>");
            Svg.Detail(svg, x, axisY - barHeight, Width, height, [label]);
            svg.Append("</a>");
            if (i % labelEvery == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.F(x + 2)}\" y=\"{axisY + 16}\" font-size=\"11\" fill=\"#1a1a1a\">{bin:yyyy-MM-dd}</text>");
            }
        }
        return svg.Append("</svg>").ToString();
    }

    private static void Axis(StringBuilder svg, DateOnly start, int days, Func<DateOnly, double> x, double axisY)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"axis\" font-size=\"11\" fill=\"#1a1a1a\"><line x1=\"{Left}\" y1=\"{Svg.F(axisY)}\" x2=\"{Width - Right}\" y2=\"{Svg.F(axisY)}\" stroke=\"#767676\"/>");
        var step = days <= 14 ? 1 : days <= 70 ? 7 : days <= 400 ? 30 : 365;
        for (var day = 0; day <= days; day += step)
        {
            var date = start.AddDays(day);
            var at = x(date);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Svg.F(at)}\" y1=\"{Svg.F(axisY)}\" x2=\"{Svg.F(at)}\" y2=\"{Svg.F(axisY + 5)}\" stroke=\"#767676\"/><text x=\"{Svg.F(at)}\" y=\"{Svg.F(axisY + 18)}\" transform=\"rotate(35 {Svg.F(at)} {Svg.F(axisY + 18)})\">{date:yyyy-MM-dd}</text>");
        }
        svg.Append("</g>");
    }
}
