using System.Globalization;
using System.Text;

namespace StatementGen.Explorer;

/// <summary>Small pieces the server-drawn SVG charts share: numbers, colours and the details box.</summary>
internal static class Svg
{
    /// <summary>Colours with at least 4.5:1 contrast on white, for series; the last is "other".</summary>
    public static readonly string[] Palette = ["#1f4e9c", "#b3261e", "#1d6b2a", "#7b3fa0", "#8a4b00", "#00707a", "#9c2a6b", "#595959"];

    /// <summary>A coordinate, invariant, one decimal.</summary>
    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// The details of a mark, hidden until the mark is hovered or focused (CSS in <see cref="Html"/>):
    /// a white box with a line of text per entry, kept inside the chart.
    /// </summary>
    public static void Detail(StringBuilder svg, double x, double y, double chartWidth, double chartHeight, IReadOnlyList<string> lines)
    {
        const double lineHeight = 17;
        var width = Math.Min(chartWidth - 8, 16 + (lines.Max(l => l.Length) * 7.2));
        var height = 10 + (lines.Count * lineHeight);
        var left = Math.Clamp(x + 12, 4, chartWidth - width - 4);
        var top = y + 14 + height > chartHeight - 4 ? Math.Max(4, y - 14 - height) : y + 14;
        svg.Append("<g class=\"detail\" aria-hidden=\"true\"><rect x=\"").Append(F(left)).Append("\" y=\"").Append(F(top))
            .Append("\" width=\"").Append(F(width)).Append("\" height=\"").Append(F(height))
            .Append("\" rx=\"4\" fill=\"#fff\" stroke=\"#1a1a1a\"/>");
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Append("<text x=\"").Append(F(left + 8)).Append("\" y=\"").Append(F(top + 4 + ((i + 1) * lineHeight) - 4))
                .Append("\" font-size=\"13\" fill=\"#1a1a1a\"").Append(i == 0 ? " font-weight=\"600\"" : "").Append('>')
                .Append(Html.Encode(lines[i])).Append("</text>");
        }
        svg.Append("</g>");
    }

    /// <summary>A label cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
