using System.Globalization;
using System.Text;
using StatementGen.Generated;

namespace StatementGen.Explorer;

/// <summary>
/// The estimates of a measure or topic as an SVG drawn on the server: one mark per estimate in the order
/// said (a point, or a bar for a range; a line towards the open side for ≥ and ≤; a hollow circle for a
/// figure withheld or not given), the figure with its qualifier above it, certainty as the colour and
/// the ICD 203 band under the figure, speaker and date under the axis, and an arrow from each estimate
/// to the one it updates (<c>updates_estimate</c>).
/// </summary>
internal static class EstimatesChart
{
    /// <summary>Estimates on one page of the chart; more are paged.</summary>
    public const int PageSize = 40;

    private const double Left = 76, NoFigureY = 50, PlotTop = 112, PlotBottom = 340, Height = 410, Column = 118, RightMargin = 90;

    /// <summary>The colour of each certainty, dark enough for text on white.</summary>
    public static string ColourOf(Certainty certainty) => certainty switch
    {
        Certainty.Certain => "#12263f",
        Certainty.Probable => "#1f4e9c",
        Certainty.Possible => "#7b3fa0",
        _ => "#595959",
    };

    /// <summary>The chart of <paramref name="estimates"/> (already paged), titled <paramref name="title"/>.</summary>
    public static string Draw(IReadOnlyList<Claim> estimates, string title)
    {
        var width = Math.Max(560, Left + 12 + (estimates.Count * Column) + RightMargin);
        var svg = new StringBuilder(4096 + (estimates.Count * 1500));
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart estimates\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Svg.F(width)} {Svg.F(Height)}\" role=\"group\" aria-labelledby=\"estimates-title estimates-desc\">");
        svg.Append("<title id=\"estimates-title\">").Append(Html.Encode(title)).Append("</title>");
        svg.Append("<desc id=\"estimates-desc\">").Append(Html.Encode(
            $"{estimates.Count} estimates in the order said, one mark each: a filled point for a figure, a bar for a range, a line up for at least and down for at most, a hollow circle for a figure withheld or not given. Colour is the certainty; arrows go from an estimate to the one it updates. The table below lists the same.")).Append("</desc>");
        svg.Append("<defs><marker id=\"arrowhead\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#8a4b00\"/></marker>")
            .Append("<marker id=\"open-end\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10\" fill=\"none\" stroke=\"context-stroke\" stroke-width=\"2\"/></marker></defs>");

        var max = estimates.Select(c => c.Quantity!.High ?? c.Quantity.Value).OfType<decimal>().DefaultIfEmpty(1).Max();
        var scale = NiceCeiling((double)max * 1.15);
        double Y(decimal value) => PlotBottom - ((double)value / scale * (PlotBottom - PlotTop));

        // Axes: the value axis with five ticks, and the band of estimates that give no figure.
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"axis\" font-size=\"12\" fill=\"#4a4a4a\"><line x1=\"{Left}\" y1=\"{PlotTop}\" x2=\"{Left}\" y2=\"{PlotBottom}\" stroke=\"#767676\"/>");
        for (var i = 0; i <= 4; i++)
        {
            var value = (decimal)(scale * i / 4);
            var y = Y(value);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Svg.F(y)}\" x2=\"{Svg.F(width - 8)}\" y2=\"{Svg.F(y)}\" stroke=\"#e0e0e0\"/><text x=\"{Left - 6}\" y=\"{Svg.F(y + 4)}\" text-anchor=\"end\">{Html.Number(Math.Round(value))}</text>");
        }
        var unit = estimates.Select(c => c.Quantity!.Unit).FirstOrDefault() ?? string.Empty;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Svg.F(PlotTop - 14)}\" text-anchor=\"end\">{Html.Encode(unit)}s</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"8\" y=\"{Svg.F(NoFigureY + 4)}\">no figure</text><line x1=\"{Left}\" y1=\"{Svg.F(NoFigureY + 18)}\" x2=\"{Svg.F(width - 8)}\" y2=\"{Svg.F(NoFigureY + 18)}\" stroke=\"#bdbdbd\" stroke-dasharray=\"3 3\"/></g>");

        var position = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (var i = 0; i < estimates.Count; i++)
        {
            var quantity = estimates[i].Quantity!;
            var x = Left + 12 + ((i + 0.5) * Column);
            var y = quantity.Value is { } v ? Y(v) : NoFigureY;
            position[estimates[i].Id.Value] = (x, y);
        }

        // Arrows first, so that the marks are drawn over them.
        svg.Append("<g class=\"arrows\">");
        foreach (var claim in estimates)
        {
            foreach (var relation in claim.Outgoing.Where(r => r.Type == RelationType.UpdatesEstimate))
            {
                if (!position.TryGetValue(relation.To.Value, out var older)) continue;
                var newer = position[claim.Id.Value];
                var olderClaim = Claims.Find(relation.To.Value);
                var lift = 30 + (Math.Abs(newer.X - older.X) / 6);
                var controlY = Math.Max(8, Math.Min(newer.Y, older.Y) - lift);
                var direction = relation.Direction is { } d ? d.ToYaml() : "change";
                var label = $"{Describe.Figure(claim.Quantity!)} ({claim.Statement.Said.Edtf}) updates {(olderClaim?.Quantity is { } q ? Describe.Figure(q) : relation.To.Value)} ({olderClaim?.Statement.Said.Edtf}): {direction}";
                var endX = older.X + (newer.X > older.X ? 6 : -6);
                svg.Append("<path class=\"update-arrow\" data-from=\"").Append(Html.Encode(claim.Id.Value)).Append("\" data-to=\"").Append(Html.Encode(relation.To.Value))
                    .Append(CultureInfo.InvariantCulture, $"\" d=\"M{Svg.F(newer.X)},{Svg.F(newer.Y - 9)} Q{Svg.F((newer.X + older.X) / 2)},{Svg.F(controlY)} {Svg.F(endX)},{Svg.F(older.Y - 10)}\" fill=\"none\" stroke=\"#8a4b00\" stroke-width=\"2\" marker-end=\"url(#arrowhead)\">")
                    .Append("<title>").Append(Html.Encode(label)).Append("</title></path>");
            }
        }
        svg.Append("</g>");

        svg.Append("<g class=\"marks\">");
        for (var i = 0; i < estimates.Count; i++)
        {
            DrawMark(svg, estimates[i], position[estimates[i].Id.Value], Y, width);
        }
        svg.Append("</g>");

        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"legend\" font-size=\"12\" transform=\"translate({Left},{Height - 14})\">");
        var legendX = 0;
        foreach (var certainty in Enum.GetValues<Certainty>())
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{legendX + 6}\" cy=\"-4\" r=\"6\" fill=\"{ColourOf(certainty)}\"/><text x=\"{legendX + 16}\" y=\"0\" fill=\"#1a1a1a\">{certainty.ToYaml()}</text>");
            legendX += 90;
        }
        svg.Append("</g></svg>");
        return svg.ToString();
    }

    private static void DrawMark(StringBuilder svg, Claim claim, (double X, double Y) at, Func<decimal, double> y, double width)
    {
        var quantity = claim.Quantity!;
        var statement = claim.Statement;
        var colour = ColourOf(claim.Stance.Certainty);
        var figure = Describe.Figure(quantity);
        var speaker = Corpus.DisplayName(statement.Speaker.Ref);
        var label = $"{figure} {quantity.Unit}, {claim.Stance.Certainty.ToYaml()}, said {statement.Said.Edtf} by {Describe.Who(statement)}";
        var (x, markY) = at;

        svg.Append("<a class=\"estimate\" href=\"").Append(Html.Encode(Describe.PathOf(claim.Id.Value) ?? "#"))
            .Append("\" data-claim=\"").Append(Html.Encode(claim.Id.Value))
            .Append("\" data-qualifier=\"").Append(quantity.Qualifier.ToYaml())
            .Append("\" data-figure=\"").Append(Html.Encode(figure))
            .Append("\" aria-label=\"").Append(Html.Encode(label)).Append("\">")
            .Append("<title>").Append(Html.Encode(label)).Append("</title>");

        if (quantity.Value is { } value)
        {
            if (quantity.High is { } high)
            {
                var top = y(high);
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"mark\" x=\"{Svg.F(x - 6)}\" y=\"{Svg.F(top)}\" width=\"12\" height=\"{Svg.F(Math.Max(4, markY - top))}\" rx=\"3\" fill=\"{colour}\"/>");
            }
            else
            {
                if (quantity.Qualifier is QuantityQualifier.AtLeast or QuantityQualifier.MoreThan)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Svg.F(x)}\" y1=\"{Svg.F(markY)}\" x2=\"{Svg.F(x)}\" y2=\"{PlotTop + 6}\" stroke=\"{colour}\" stroke-width=\"3\" stroke-dasharray=\"6 4\" marker-end=\"url(#open-end)\"/>");
                }
                else if (quantity.Qualifier is QuantityQualifier.AtMost or QuantityQualifier.UpTo or QuantityQualifier.FewerThan)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Svg.F(x)}\" y1=\"{Svg.F(markY)}\" x2=\"{Svg.F(x)}\" y2=\"{PlotBottom}\" stroke=\"{colour}\" stroke-width=\"3\" stroke-dasharray=\"6 4\"/>");
                }
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"mark\" cx=\"{Svg.F(x)}\" cy=\"{Svg.F(markY)}\" r=\"8\" fill=\"{colour}\"/>");
            }
        }
        else
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"mark hollow\" cx=\"{Svg.F(x)}\" cy=\"{Svg.F(markY)}\" r=\"8\" fill=\"#fff\" stroke=\"{colour}\" stroke-width=\"3\"/>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"focus-ring\" cx=\"{Svg.F(x)}\" cy=\"{Svg.F(markY)}\" r=\"13\" fill=\"none\" stroke=\"none\"/>");

        // The figure beside the mark, the band under it, speaker and date under the axis.
        var band = claim.Stance.Icd203 is { } b ? b.ToYaml().Replace('_', ' ') : claim.Stance.Certainty.ToYaml();
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"figure\" x=\"{Svg.F(x + 12)}\" y=\"{Svg.F(markY - 2)}\" font-size=\"13\" font-weight=\"600\" fill=\"#1a1a1a\">{Html.Encode(figure)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"band\" x=\"{Svg.F(x + 12)}\" y=\"{Svg.F(markY + 13)}\" font-size=\"11\" fill=\"#4a4a4a\">{Html.Encode(band)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"said\" x=\"{Svg.F(x)}\" y=\"{PlotBottom + 18}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1a1a1a\">{Html.Encode(Svg.Clip(statement.Said.Edtf, 22))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"speaker\" x=\"{Svg.F(x)}\" y=\"{PlotBottom + 33}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1a1a1a\">{Html.Encode(Svg.Clip(speaker, 18))}</text>");

        Svg.Detail(svg, x, markY, width, Height, [
            $"{Describe.Quantity(quantity)}",
            $"{Describe.Who(statement)}",
            $"said {statement.Said.Edtf}",
            Describe.Stance(claim.Stance),
        ]);
        svg.Append("</a>");
    }

    /// <summary>1, 2 or 5 times a power of ten, at least <paramref name="value"/>.</summary>
    private static double NiceCeiling(double value)
    {
        if (value <= 0) return 1;
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 2, 2.5, 5, 10 })
        {
            if (step * power >= value) return step * power;
        }
        return 10 * power;
    }
}
