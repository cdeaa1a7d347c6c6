using System.Globalization;
using System.Text;
using StatementGen.Generated;

namespace StatementGen.Explorer;

/// <summary>The Explorer's HTML pages, each built from the generated API alone.</summary>
internal static class Pages
{
    /// <summary>Statements on one page of a list.</summary>
    public const int PageSize = 50;

    /// <summary>The estimates of each measure and on each topic, in the order said, indexed once on first use.</summary>
    private static readonly Lazy<ILookup<string, Claim>> EstimatesByMeasure = new(() => Claims.Estimates().Where(c => c.Measure is not null).ToLookup(c => c.Measure!, StringComparer.Ordinal));

    private static readonly Lazy<ILookup<string, Claim>> EstimatesByTopic = new(() => Claims.Estimates().Where(c => c.Topic is not null).ToLookup(c => c.Topic!, StringComparer.Ordinal));

    /// <summary>The measures and topics that have estimates, with their counts.</summary>
    private static readonly Lazy<(string Name, int Count)[]> EstimateMeasures = new(() => EstimatesByMeasure.Value
        .Select(g => (g.Key, g.Count())).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray());

    private static readonly Lazy<(string Name, int Count)[]> EstimateTopics = new(() => EstimatesByTopic.Value
        .Select(g => (g.Key, g.Count())).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray());

    /// <summary>The start page: what the corpus holds, the search form and the charts.</summary>
    public static string Home()
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p>{Statements.All.Count:#,0} statements by {People.All.Count:#,0} people, {Orgs.All.Count:#,0} organisations and {Polities.All.Count:#,0} polities, from {Sources.All.Count:#,0} sources, compiled into this program.</p>");
        body.Append(SearchForm(Query.Empty));
        body.Append("<h2>Charts</h2><ul><li><a href=\"/timeline\">Timeline of every statement</a></li>");
        foreach (var (name, count) in EstimateMeasures.Value.Take(20))
        {
            body.Append("<li><a href=\"/estimates?measure=").Append(Html.Encode(Html.Url(name))).Append("\">Estimates of ").Append(Html.Encode(name)).Append(CultureInfo.InvariantCulture, $"</a> ({count:#,0})</li>");
        }
        foreach (var (name, count) in EstimateTopics.Value.Take(20))
        {
            body.Append("<li><a href=\"/estimates?topic=").Append(Html.Encode(Html.Url(name))).Append("\">Estimates on ").Append(Html.Encode(name)).Append(CultureInfo.InvariantCulture, $"</a> ({count:#,0})</li>");
        }
        body.Append("</ul>");
        EntityList(body, "People", People.All.Take(100).Select(p => p.Id.Value), People.All.Count);
        EntityList(body, "Organisations", Orgs.All.Take(100).Select(o => o.Id.Value), Orgs.All.Count);
        EntityList(body, "Polities", Polities.All.Take(100).Select(p => p.Id.Value), Polities.All.Count);
        EntityList(body, "Places", Places.All.Take(100).Select(p => p.Id.Value), Places.All.Count);
        EntityList(body, "Sources", Sources.All.Take(100).Select(s => s.Id.Value), Sources.All.Count);
        return Html.Page("StatementGen Explorer", body.ToString());
    }

    private static void EntityList(StringBuilder body, string heading, IEnumerable<string> ids, int total)
    {
        body.Append("<h2>").Append(heading).Append("</h2><ul class=\"entities\">");
        foreach (var id in ids) body.Append("<li>").Append(Describe.Link(id)).Append("</li>");
        body.Append("</ul>");
        if (total > 100) body.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">The first 100 of {total:#,0}; search to find the others.</p>");
    }

    /// <summary>The search form, filled with <paramref name="query"/>.</summary>
    public static string SearchForm(Query query)
    {
        string Field(string name, string label, string? value, string type = "text")
            => $"<label>{label}<input name=\"{name}\" type=\"{type}\" value=\"{Html.Encode(value)}\"></label>";
        return "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
            + Field("speaker", "Speaker id (person:…, org:…, polity:…)", query.Speaker)
            + Field("topic", "Topic", query.Topic)
            + Field("place", "Place id (place:…, polity:…)", query.Place)
            + Field("from", "From", query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "date")
            + Field("to", "To", query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "date")
            + "<button type=\"submit\">Search</button></form>";
    }

    /// <summary>Search results: the statements that pass the filters, paged, with links to the same as a timeline and as JSON.</summary>
    public static string Search(Query query)
    {
        var found = query.Statements();
        var body = new StringBuilder(SearchForm(query));
        var description = query.IsEmpty ? "all statements" : query.Describe();
        var filters = query.With(page: 1).ToQueryString();
        body.Append(CultureInfo.InvariantCulture, $"<p>{found.Count:#,0} statements, {Html.Encode(description)}. <a href=\"/timeline{Html.Encode(filters)}\">As a timeline</a> · <a href=\"/api/statements{Html.Encode(filters)}\">As JSON</a></p>");
        StatementTable(body, found, query, "/search");
        return Html.Page("Search", body.ToString());
    }

    /// <summary>A page of statements as a table, with the pager.</summary>
    public static void StatementTable(StringBuilder body, IReadOnlyList<Statement> statements, Query query, string path)
    {
        var page = Math.Min(query.Page, Math.Max(1, (statements.Count + PageSize - 1) / PageSize));
        body.Append("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">said</th><th scope=\"col\">who</th><th scope=\"col\">kind</th><th scope=\"col\">what</th></tr></thead><tbody>");
        foreach (var statement in statements.Skip((page - 1) * PageSize).Take(PageSize))
        {
            body.Append("<tr><td>").Append(Html.Encode(statement.Said.Edtf)).Append("</td><td>").Append(Describe.Link(statement.Speaker.Ref.Value));
            if (statement.Speaker.OnBehalfOf is { } behalf) body.Append(" for ").Append(Describe.Link(behalf.Value));
            body.Append("</td><td>").Append(statement.Kind.ToYaml()).Append("</td><td>")
                .Append(Describe.Link(statement.Id.Value, statement.Claims.FirstOrDefault()?.Text ?? statement.Id.Value)).Append("</td></tr>");
        }
        body.Append("</tbody></table></div>");
        body.Append(Html.Pager(path, query, page, statements.Count, PageSize));
    }

    /// <summary>One statement: who, when, each rendering beside its source, claims, relations and JSON-LD.</summary>
    public static string Statement(Statement statement)
    {
        var body = new StringBuilder();
        var speaker = statement.Speaker;
        body.Append("<dl>");
        body.Append("<dt>Speaker</dt><dd>").Append(Describe.Link(speaker.Ref.Value)).Append(" <span class=\"muted\">(").Append(speaker.Identification.ToYaml()).Append(")</span></dd>");
        if (speaker.Role is { } role) body.Append("<dt>Role</dt><dd>").Append(Html.Encode(role)).Append("</dd>");
        if (speaker.OnBehalfOf is { } behalf) body.Append("<dt>On behalf of</dt><dd>").Append(Describe.Link(behalf.Value)).Append("</dd>");
        body.Append("<dt>Said</dt><dd><time>").Append(Html.Encode(Describe.Time(statement.Said))).Append("</time></dd>");
        body.Append("<dt>Kind</dt><dd>").Append(statement.Kind.ToYaml()).Append("</dd>");
        if (statement.Occasion is { } occasion)
        {
            var parts = new[] { occasion.Setting?.ToYaml(), occasion.Audience, occasion.Key }.OfType<string>();
            body.Append("<dt>Occasion</dt><dd>").Append(Html.Encode(string.Join(", ", parts)));
            if (occasion.Venue is { } venue) body.Append(", at ").Append(Describe.Link(venue.Value));
            body.Append("</dd>");
        }
        if (statement.Curation?.Status is { } status) body.Append("<dt>Curation</dt><dd>").Append(status.ToYaml()).Append("</dd>");
        body.Append("</dl>");

        body.Append("<h2>Renderings</h2>");
        foreach (var rendering in statement.Renderings)
        {
            body.Append("<section class=\"rendering\"><blockquote>").Append(Highlight(rendering.Excerpt, rendering.Quote)).Append("</blockquote><div>");
            body.Append("<p>").Append(Describe.Link(rendering.Source.Value)).Append(CultureInfo.InvariantCulture, $", paragraph {rendering.Para}");
            if (Sources.Find(rendering.Source.Value) is { } source)
            {
                body.Append("<br>").Append(Describe.Link(source.Publisher.Value)).Append(", ").Append(source.Published.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (source.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http"))
                {
                    body.Append("<br><a rel=\"external\" href=\"").Append(Html.Encode(uri.AbsoluteUri)).Append("\">").Append(Html.Encode(url)).Append("</a>");
                }
            }
            body.Append("</p><p>");
            body.Append("<span class=\"badge\">").Append(rendering.Mode.ToYaml()).Append("</span>");
            body.Append("<span class=\"badge fidelity").Append(rendering.Fidelity == Fidelity.Divergent ? " divergent" : "").Append("\">")
                .Append(rendering.Fidelity == Fidelity.Divergent ? "⚠ divergent" : rendering.Fidelity.ToYaml()).Append("</span>");
            if (rendering.Verified) body.Append("<span class=\"badge verified\" title=\"The build found this excerpt in the archived text of its source\">✓ verified against the archived text</span>");
            body.Append("</p><p class=\"muted\">“").Append(Html.Encode(rendering.AttributedAs)).Append("” · ").Append(Html.Encode(rendering.Cue)).Append("</p>");
            if (rendering.FidelityNote is { } note) body.Append("<p class=\"fidelity-note\">").Append(Html.Encode(note)).Append("</p>");
            body.Append("</div></section>");
        }

        body.Append("<h2>Claims</h2>");
        foreach (var claim in statement.Claims)
        {
            body.Append("<section class=\"claim\" id=\"claim-").Append(Html.Encode(claim.Key)).Append("\"><h3>").Append(Html.Encode(claim.Text)).Append("</h3><dl>");
            body.Append("<dt>Type</dt><dd>").Append(claim.Type.ToYaml()).Append("</dd>");
            if (claim.Topic is { } topic) body.Append("<dt>Topic</dt><dd><a href=\"/search?topic=").Append(Html.Encode(Html.Url(topic))).Append("\">").Append(Html.Encode(topic)).Append("</a></dd>");
            if (claim.Quantity is { } quantity)
            {
                body.Append("<dt>How many</dt><dd>").Append(Html.Encode(Describe.Quantity(quantity)));
                if (quantity.AsStated is { } asStated) body.Append(" <span class=\"muted\">“").Append(Html.Encode(asStated)).Append("”</span>");
                if (claim.Measure is { } measure) body.Append(" · <a href=\"/estimates?measure=").Append(Html.Encode(Html.Url(measure))).Append("\">").Append(Html.Encode(measure)).Append("</a>");
                body.Append("</dd>");
            }
            body.Append("<dt>Stance</dt><dd>").Append(Html.Encode(Describe.Stance(claim.Stance)));
            if (claim.Stance.Cues.Count > 0) body.Append(" <span class=\"muted\">").Append(Html.Encode(string.Join(", ", claim.Stance.Cues.Select(c => "“" + c + "”")))).Append("</span>");
            body.Append("</dd>");
            if (claim.Where.Count > 0) body.Append("<dt>Where</dt><dd>").Append(string.Join(", ", claim.Where.Select(w => Describe.Link(w.Ref.Value) + " (" + w.Role.ToYaml() + ")"))).Append("</dd>");
            if (claim.When is { } when) body.Append("<dt>When</dt><dd>").Append(Html.Encode(Describe.Time(when))).Append("</dd>");
            body.Append("</dl></section>");
        }

        body.Append("<h2>Relations</h2>");
        Relations(body, "From this statement", statement.Relations, r => r.To.Value);
        Relations(body, "To this statement", statement.Incoming.Concat(statement.Claims.SelectMany(c => c.Incoming)).Distinct().ToArray(), r => r.Origin.Value);
        body.Append("<p><a href=\"/api/statements/").Append(Html.Encode(Html.Url(Slug(statement.Id.Value)))).Append("\">As JSON</a></p>");
        return Html.Page(Describe.Who(statement) + ", " + statement.Said.Edtf, body.ToString(), JsonLd.Document(statement));
    }

    private static void Relations(StringBuilder body, string heading, IReadOnlyList<Relation> relations, Func<Relation, string> other)
    {
        body.Append("<h3>").Append(heading).Append("</h3>");
        if (relations.Count == 0)
        {
            body.Append("<p class=\"muted\">None.</p>");
            return;
        }
        body.Append("<ul class=\"relations\">");
        foreach (var relation in relations)
        {
            var target = other(relation);
            var text = Claims.Find(target)?.Text ?? Corpus.DisplayName(new EntityId(EntityKind.Statement, target));
            body.Append("<li><span class=\"badge\">").Append(relation.Type.ToYaml()).Append("</span>");
            if (relation.Direction is { } direction) body.Append("<span class=\"badge\">").Append(direction.ToYaml()).Append("</span>");
            body.Append(Describe.Link(target, text));
            if (relation.Note is { } note) body.Append(" <span class=\"muted\">").Append(Html.Encode(note)).Append("</span>");
            body.Append("</li>");
        }
        body.Append("</ul>");
    }

    /// <summary>The excerpt with each quoted span marked, the rest escaped.</summary>
    public static string Highlight(string excerpt, IReadOnlyList<string> quotes)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var quote in quotes.Where(q => q.Length > 0))
        {
            var at = excerpt.IndexOf(quote, StringComparison.Ordinal);
            while (at >= 0 && spans.Any(s => at < s.End && at + quote.Length > s.Start))
            {
                at = excerpt.IndexOf(quote, at + 1, StringComparison.Ordinal);
            }
            if (at >= 0) spans.Add((at, at + quote.Length));
        }
        var builder = new StringBuilder();
        var position = 0;
        foreach (var (start, end) in spans.OrderBy(s => s.Start))
        {
            builder.Append(Html.Encode(excerpt[position..start])).Append("<mark>").Append(Html.Encode(excerpt[start..end])).Append("</mark>");
            position = end;
        }
        return builder.Append(Html.Encode(excerpt[position..])).ToString();
    }

    /// <summary>A person, organisation, polity, place or source, and its statements.</summary>
    public static string Entity(IEntity entity, Query query)
    {
        var body = new StringBuilder("<dl>");
        IReadOnlyList<Statement> statements;
        string title;
        switch (entity)
        {
            case Person person:
                title = person.Name;
                if (person.Aliases.Count > 0) body.Append("<dt>Also</dt><dd>").Append(Html.Encode(string.Join(", ", person.Aliases))).Append("</dd>");
                foreach (var position in person.Positions) body.Append("<dt>Position</dt><dd>").Append(Html.Encode(position.Title)).Append(", ").Append(Describe.Link(position.Org.Value)).Append("</dd>");
                statements = Statements.BySpeaker(person.Id);
                break;
            case Org org:
                title = org.Name;
                body.Append("<dt>Type</dt><dd>").Append(Html.Encode(org.Type)).Append("</dd>");
                if (org.Country is { } country) body.Append("<dt>Country</dt><dd>").Append(Describe.Link(country.Value)).Append("</dd>");
                if (org.Parent is { } parent) body.Append("<dt>Part of</dt><dd>").Append(Describe.Link(parent.Value)).Append("</dd>");
                statements = SaidByOrFor(org.Id);
                break;
            case Polity polity:
                title = polity.Name;
                body.Append("<dt>ISO 3166</dt><dd>").Append(Html.Encode(polity.Iso3166)).Append("</dd>");
                statements = SaidByOrFor(polity.Id);
                break;
            case Place place:
                title = place.Name;
                body.Append("<dt>Type</dt><dd>").Append(Html.Encode(place.Type)).Append("</dd>");
                if (place.Within is { } within) body.Append("<dt>Within</dt><dd>").Append(Describe.Link(within.Value)).Append("</dd>");
                statements = Statements.ByPlace(place.Id);
                break;
            case Source source:
                title = source.Title ?? source.Id.Value;
                body.Append("<dt>Publisher</dt><dd>").Append(Describe.Link(source.Publisher.Value)).Append("</dd>");
                body.Append("<dt>Published</dt><dd>").Append(source.Published.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</dd>");
                body.Append("<dt>Type</dt><dd>").Append(source.Type.ToYaml()).Append("</dd>");
                if (source.Url is { } url) body.Append("<dt>URL</dt><dd>").Append(Html.Encode(url)).Append("</dd>");
                statements = Statements.BySource(source.Id);
                break;
            default:
                throw new ArgumentException($"No page for {entity.GetType().Name}.", nameof(entity));
        }
        body.Append("</dl>");
        var id = Id(entity);
        var filter = entity is Place ? "place" : entity is Source ? null : "speaker";
        body.Append(CultureInfo.InvariantCulture, $"<h2>Statements ({statements.Count:#,0})</h2>");
        if (filter is not null)
        {
            body.Append("<p><a href=\"/timeline?").Append(filter).Append('=').Append(Html.Encode(Html.Url(id))).Append("\">As a timeline</a> · <a href=\"/api/statements?")
                .Append(filter).Append('=').Append(Html.Encode(Html.Url(id))).Append("\">As JSON</a></p>");
        }
        StatementTable(body, statements, query, Describe.PathOf(id)!);
        return Html.Page(title, body.ToString());
    }

    /// <summary>The statements an organisation or polity made or that were made on its behalf, in the order said.</summary>
    public static IReadOnlyList<Statement> SaidByOrFor(EntityId id)
        => Statements.BySpeaker(id).Union(Statements.ByOnBehalfOf(id)).OrderBy(s => s, Chronology.Comparer).ToArray();

    /// <summary>An entity's id string.</summary>
    public static string Id(IEntity entity) => entity switch
    {
        Person p => p.Id.Value,
        Org o => o.Id.Value,
        Polity p => p.Id.Value,
        Place p => p.Id.Value,
        Source s => s.Id.Value,
        Statement s => s.Id.Value,
        _ => throw new ArgumentException($"No id for {entity.GetType().Name}.", nameof(entity)),
    };

    /// <summary>The slug of an id: what follows the colon.</summary>
    public static string Slug(string id) => id[(id.IndexOf(':') + 1)..];

    /// <summary>The timeline of the statements that pass the filters.</summary>
    public static string Timeline(Query query)
    {
        var statements = query.Statements();
        var body = new StringBuilder(SearchForm(query).Replace("action=\"/search\"", "action=\"/timeline\""));
        var chart = TimelineChart.Draw(statements, query, out var legend);
        var filters = query.With(page: 1).ToQueryString();
        body.Append(CultureInfo.InvariantCulture, $"<p>{statements.Count:#,0} statements{(query.IsEmpty ? "" : ", " + Html.Encode(query.Describe()))}. <a href=\"/search{Html.Encode(filters)}\">As a list</a> · <a href=\"/api/statements{Html.Encode(filters)}\">As JSON</a></p>");
        body.Append(legend).Append("<div class=\"scroll\">").Append(chart).Append("</div>");
        body.Append("<h2>The same as a list</h2>");
        StatementTable(body, statements, query, "/timeline");
        return Html.Page("Timeline", body.ToString());
    }

    /// <summary>The estimates of a measure or on a topic, as a chart and a table; with neither, the list of both.</summary>
    public static string Estimates(Query query)
    {
        var body = new StringBuilder();
        if (query.Measure is null && query.Topic is null)
        {
            body.Append("<p>Pick a measure or a topic.</p><h2>Measures</h2><ul>");
            foreach (var (name, count) in EstimateMeasures.Value) body.Append("<li><a href=\"/estimates?measure=").Append(Html.Encode(Html.Url(name))).Append("\">").Append(Html.Encode(name)).Append(CultureInfo.InvariantCulture, $"</a> ({count:#,0})</li>");
            body.Append("</ul><h2>Topics</h2><ul>");
            foreach (var (name, count) in EstimateTopics.Value) body.Append("<li><a href=\"/estimates?topic=").Append(Html.Encode(Html.Url(name))).Append("\">").Append(Html.Encode(name)).Append(CultureInfo.InvariantCulture, $"</a> ({count:#,0})</li>");
            body.Append("</ul>");
            return Html.Page("Estimates", body.ToString());
        }

        var estimates = EstimatesOf(query);
        var subject = query.Measure is not null ? "of " + query.Measure : "on " + query.Topic;
        var pages = Math.Max(1, (estimates.Count + EstimatesChart.PageSize - 1) / EstimatesChart.PageSize);
        var page = Math.Min(query.Page, pages);
        var shown = estimates.Skip((page - 1) * EstimatesChart.PageSize).Take(EstimatesChart.PageSize).ToArray();
        var title = $"Estimates {subject}";
        body.Append(CultureInfo.InvariantCulture, $"<p>{estimates.Count:#,0} estimates in the order said. <a href=\"/api/estimates{Html.Encode(query.With(page: 1).ToQueryString())}\">As JSON</a></p>");
        if (estimates.Count == 0)
        {
            return Html.Page(title, body.Append("<p>No estimate matches.</p>").ToString());
        }
        body.Append("<div class=\"scroll\">").Append(EstimatesChart.Draw(shown, title + (pages > 1 ? $", page {page} of {pages}" : ""))).Append("</div>");
        body.Append(Html.Pager("/estimates", query, page, estimates.Count, EstimatesChart.PageSize));
        body.Append("<h2>The same as a table</h2><div class=\"scroll\"><table class=\"estimates-table\"><thead><tr><th scope=\"col\">said</th><th scope=\"col\">who</th><th scope=\"col\">how many</th><th scope=\"col\">how sure</th><th scope=\"col\">updates</th></tr></thead><tbody>");
        foreach (var claim in shown)
        {
            var updates = claim.Outgoing.Where(r => r.Type == RelationType.UpdatesEstimate)
                .Select(r => Claims.Find(r.To.Value) is { } older
                    ? Describe.Link(older.Id.Value, Describe.Figure(older.Quantity!) + " (" + older.Statement.Said.Edtf + ")") + (r.Direction is { } d ? " " + d.ToYaml() : "")
                    : Html.Encode(r.To.Value));
            body.Append("<tr><td>").Append(Html.Encode(claim.Statement.Said.Edtf)).Append("</td><td>").Append(Html.Encode(Describe.Who(claim.Statement)))
                .Append("</td><td>").Append(Describe.Link(claim.Id.Value, Describe.Quantity(claim.Quantity!)))
                .Append("</td><td>").Append(Html.Encode(Describe.Stance(claim.Stance))).Append("</td><td>").Append(string.Join("; ", updates)).Append("</td></tr>");
        }
        body.Append("</tbody></table></div>");
        return Html.Page(title, body.ToString());
    }

    /// <summary>The estimates a query asks for: of its measure and on its topic, by speaker, place and date when given, in the order said.</summary>
    public static IReadOnlyList<Claim> EstimatesOf(Query query)
    {
        IEnumerable<Claim> estimates = query.Topic is not null ? EstimatesByTopic.Value[query.Topic]
            : query.Measure is not null ? EstimatesByMeasure.Value[query.Measure]
            : Claims.Estimates();
        if (query.Topic is not null && query.Measure is not null) estimates = estimates.Where(c => c.Measure == query.Measure);
        if (query.Speaker is not null || query.Place is not null || query.From is not null || query.To is not null)
        {
            var statements = (query with { Topic = null, Measure = null }).Statements().Select(s => s.Id.Value).ToHashSet(StringComparer.Ordinal);
            estimates = estimates.Where(c => statements.Contains(c.StatementId.Value));
        }
        return estimates.ToArray();
    }
}
