using System.Globalization;
using System.Text;

namespace StatementGen.Explorer;

/// <summary>HTML text: escaping and the page layout every view shares.</summary>
internal static class Html
{
    /// <summary>Text or an attribute value with &amp;, &lt;, &gt; and both quotes escaped.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>A query string value, percent-encoded.</summary>
    public static string Url(string text) => Uri.EscapeDataString(text);

    /// <summary>A number as the pages write it: invariant, with thousands separators.</summary>
    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A whole page: title, navigation, the content, and optional JSON-LD in the head.</summary>
    public static string Page(string title, string body, string? jsonLd = null)
    {
        var builder = new StringBuilder(body.Length + 4096);
        builder.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append(" · StatementGen Explorer</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n");
        if (jsonLd is not null)
        {
            builder.Append("<script type=\"application/ld+json\">").Append(jsonLd).Append("</script>\n");
        }
        builder.Append("</head>\n<body>\n<header><nav aria-label=\"Explorer\"><a href=\"/\">Explorer</a> <a href=\"/timeline\">Timeline</a> <a href=\"/estimates\">Estimates</a> <a href=\"/search\">Search</a></nav></header>\n<main>\n")
            .Append("<h1>").Append(Encode(title)).Append("</h1>\n")
            .Append(body)
            .Append("\n</main>\n</body>\n</html>\n");
        return builder.ToString();
    }

    /// <summary>Links to the previous and next page of a list, keeping the other query values.</summary>
    public static string Pager(string path, Query query, int page, int total, int pageSize)
    {
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        if (pages == 1) return string.Empty;
        var builder = new StringBuilder("<nav class=\"pager\" aria-label=\"Pages\">");
        if (page > 1) builder.Append("<a rel=\"prev\" href=\"").Append(Encode(path + query.With(page: page - 1).ToQueryString())).Append("\">← previous</a> ");
        builder.Append(CultureInfo.InvariantCulture, $"<span>page {page} of {pages} ({total:#,0})</span>");
        if (page < pages) builder.Append(" <a rel=\"next\" href=\"").Append(Encode(path + query.With(page: page + 1).ToQueryString())).Append("\">next →</a>");
        return builder.Append("</nav>").ToString();
    }

    private const string Style = """
        :root{color-scheme:light;--ink:#1a1a1a;--muted:#4a4a4a;--line:#767676;--accent:#0b5cad;--mark:#fff1a8}
        body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff;margin:0}
        header{background:#12263f;padding:.5rem 1rem}header a{color:#fff;margin-right:1rem;text-decoration:none;font-weight:600}
        header a:focus-visible,a:focus-visible{outline:3px solid #f5a700;outline-offset:2px}
        main{max-width:72rem;margin:0 auto;padding:1rem}
        a{color:var(--accent)}h1{font-size:1.6rem;line-height:1.25}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
        .scroll{overflow-x:auto}
        .rendering{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;border:1px solid #ccc;padding:.75rem;margin:.75rem 0}
        @media (max-width:40rem){.rendering{grid-template-columns:1fr}}
        blockquote{margin:0}mark{background:var(--mark);color:inherit;padding:0 .1em}
        .badge{display:inline-block;border:1px solid var(--line);border-radius:.3rem;padding:0 .35rem;font-size:.85rem;margin-right:.25rem}
        .divergent{border-color:#a4000f;color:#a4000f;font-weight:600}.verified{border-color:#1d6b2a;color:#1d6b2a}
        .muted{color:var(--muted)}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
        form.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}form.search label{display:flex;flex-direction:column;font-size:.9rem}
        input{font:inherit;padding:.25rem}button{font:inherit;padding:.3rem .8rem}
        svg.chart{width:100%;height:auto;min-width:36rem;font-family:system-ui,sans-serif}
        svg .detail{visibility:hidden}svg a:hover .detail,svg a:focus .detail{visibility:visible}
        svg a:focus{outline:none}svg a:focus .focus-ring{stroke:#f5a700;stroke-width:3}
        .legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.9rem;height:.9rem;vertical-align:-.1rem;margin-right:.3rem}
        .pager{margin:1rem 0}
        """;
}
