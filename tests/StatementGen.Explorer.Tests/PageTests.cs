using System.Net;
using System.Text.Json;
using StatementGen.Generated;

namespace StatementGen.Explorer.Tests;

/// <summary>The HTML pages: statement, entities, estimates chart, timeline, search.</summary>
public sealed class PageTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    private const string Singh = "/statements/2024-10-28-singh-dprk-troops-10000";

    [Fact]
    public async Task Statement_page_shows_speaker_role_behalf_date_and_basis()
    {
        var (response, page) = await factory.Page(Singh);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var facts = page.QuerySelectorAll("main > dl > dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent);
        Assert.StartsWith("Sabrina Singh", facts["Speaker"]);
        Assert.Equal("deputy press secretary", facts["Role"]);
        Assert.Equal("United States Department of Defense", facts["On behalf of"]);
        Assert.Equal("2024-10-28 (day, relative to 2024-10-28: “Monday”)", facts["Said"]);
        Assert.Equal("/people/sabrina-singh", page.QuerySelector("main > dl > dd a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Each_rendering_is_beside_its_source_with_quotes_marked_divergence_flagged_and_verification_shown()
    {
        var statement = Statements.Named._2024_10_28_SinghDprkTroops_10000;
        var (_, page) = await factory.Page(Singh);
        var renderings = page.QuerySelectorAll("section.rendering");
        Assert.Equal(statement.Renderings.Count, renderings.Length);
        for (var i = 0; i < renderings.Length; i++)
        {
            var rendering = statement.Renderings[i];
            var section = renderings[i];
            Assert.Equal(rendering.Excerpt, section.QuerySelector("blockquote")!.TextContent);
            Assert.Equal(rendering.Quote, section.QuerySelectorAll("blockquote mark").Select(m => m.TextContent).ToArray());
            Assert.Contains("paragraph " + rendering.Para, section.TextContent);
            Assert.Equal(rendering.Fidelity == Fidelity.Divergent, section.QuerySelector(".badge.divergent") is not null);
            Assert.Equal(rendering.Verified, section.QuerySelector(".badge.verified") is not null);
        }
        Assert.Contains(statement.Renderings, r => r.Fidelity == Fidelity.Divergent);
        Assert.Contains(statement.Renderings, r => r.Verified);
    }

    [Fact]
    public async Task Statement_page_lists_claims_and_links_relations_in_and_out()
    {
        var (_, singh) = await factory.Page(Singh);
        Assert.Equal(["claim-troops-sent", "claim-augment-forecast"], singh.QuerySelectorAll("section.claim").Select(s => s.Id!).ToArray());
        var outgoing = singh.QuerySelectorAll("ul.relations")[0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains("/statements/2024-10-28-us-at-least-3000-confirmed#claim-troops-in-training", outgoing);
        Assert.Contains("/statements/2024-10-28-zelensky-deploy-within-days#claim-deploy-within-days", outgoing);

        var (_, older) = await factory.Page("/statements/2024-10-28-us-at-least-3000-confirmed");
        var incoming = older.QuerySelectorAll("h3").First(h => h.TextContent == "To this statement").NextElementSibling!;
        Assert.Contains("/statements/2024-10-28-singh-dprk-troops-10000#claim-troops-sent", incoming.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("updates_estimate", incoming.TextContent);
    }

    [Fact]
    public async Task Statement_page_embeds_schema_org_claims_and_quotations()
    {
        var statement = Statements.Named._2024_10_28_SinghDprkTroops_10000;
        var (_, page) = await factory.Page(Singh);
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        var graph = json.RootElement.GetProperty("@graph").EnumerateArray().ToArray();

        var quotations = graph.Where(n => n.GetProperty("@type").GetString() == "Quotation").ToArray();
        Assert.Equal(statement.Renderings.Count, quotations.Length);
        foreach (var (quotation, rendering) in quotations.Zip(statement.Renderings))
        {
            Assert.Equal(rendering.Excerpt, quotation.GetProperty("text").GetString());
            Assert.Equal("Person", quotation.GetProperty("spokenByCharacter").GetProperty("@type").GetString());
            Assert.Equal("Sabrina Singh", quotation.GetProperty("spokenByCharacter").GetProperty("name").GetString());
            Assert.Equal("2024-10-28", quotation.GetProperty("dateCreated").GetString());
            var source = quotation.GetProperty("isBasedOn");
            Assert.Equal("NewsArticle", source.GetProperty("@type").GetString());
            Assert.Equal(rendering.Source.Value, source.GetProperty("identifier").GetString());
            Assert.Equal("2024-10-28", source.GetProperty("datePublished").GetString());
            Assert.Equal("The Hill", source.GetProperty("publisher").GetProperty("name").GetString());
        }

        var claims = graph.Where(n => n.GetProperty("@type").GetString() == "Claim").ToArray();
        Assert.Equal(statement.Claims.Select(c => c.Id.Value), claims.Select(c => c.GetProperty("identifier").GetString()));
        foreach (var claim in claims)
        {
            Assert.Equal("person:sabrina-singh", claim.GetProperty("author").GetProperty("identifier").GetString());
            Assert.Equal("2024-10-28", claim.GetProperty("dateCreated").GetString());
            Assert.Equal("src:thehill-2024-10-28-dprk-troops", Assert.Single(claim.GetProperty("appearance").EnumerateArray().ToArray()).GetProperty("identifier").GetString());
        }
    }

    [Fact]
    public async Task Estimates_chart_has_one_mark_per_estimate_with_its_figure_and_an_arrow_per_update()
    {
        var estimates = Claims.Estimates("dprk-troops-russia");
        var (response, page) = await factory.Page("/estimates?topic=dprk-troops-russia");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var svg = Assert.Single(page.QuerySelectorAll("svg.estimates"));
        Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")!.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("desc")!.TextContent));

        var marks = svg.QuerySelectorAll("a.estimate");
        Assert.Equal(estimates.Select(c => c.Id.Value), marks.Select(m => m.GetAttribute("data-claim")));
        Assert.Equal(["unspecified", "unspecified", "≥3,000", "withheld", "≈10,000"], marks.Select(m => m.QuerySelector("text.figure")!.TextContent).ToArray());
        Assert.Equal(["../2024-10-27", "../2024-10-27", "2024-10-21/2024-10-27", "2024-10-28", "2024-10-28"], marks.Select(m => m.QuerySelector("text.said")!.TextContent).ToArray());
        Assert.Equal(["South Korea", "Ukraine", "United States", "Mark Rutte", "Sabrina Singh"], marks.Select(m => m.QuerySelector("text.speaker")!.TextContent).ToArray());
        Assert.Equal(3, svg.QuerySelectorAll("a.estimate circle.mark.hollow").Length);
        Assert.Equal(["unknown", "unknown", "certain", "certain", "probable"], marks.Select(m => m.QuerySelector("text.band")!.TextContent).ToArray());
        Assert.All(marks, m => Assert.False(string.IsNullOrWhiteSpace(m.GetAttribute("aria-label"))));
        Assert.All(marks, m => Assert.NotNull(m.QuerySelector("title")));
        Assert.All(marks, m => Assert.NotNull(m.QuerySelector("g.detail")));

        var arrow = Assert.Single(svg.QuerySelectorAll("path.update-arrow"));
        Assert.Equal("stmt:2024-10-28-singh-dprk-troops-10000#troops-sent", arrow.GetAttribute("data-from"));
        Assert.Equal("stmt:2024-10-28-us-at-least-3000-confirmed#troops-in-training", arrow.GetAttribute("data-to"));
        Assert.Equal("≈10,000 (2024-10-28) updates ≥3,000 (2024-10-21/2024-10-27): increase", arrow.QuerySelector("title")!.TextContent);

        var rows = page.QuerySelectorAll("table.estimates-table tbody tr");
        Assert.Equal(estimates.Count, rows.Length);
    }

    [Fact]
    public async Task Estimates_of_a_measure_are_those_claims()
    {
        var expected = Claims.Estimates().Where(c => c.Measure == "troops_deployed").Select(c => c.Id.Value).ToArray();
        var (_, page) = await factory.Page("/estimates?measure=troops_deployed");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.QuerySelectorAll("svg.estimates a.estimate").Select(m => m.GetAttribute("data-claim")));
    }

    [Fact]
    public async Task Timeline_draws_every_statement_as_wide_as_its_precision()
    {
        var (_, page) = await factory.Page("/timeline");
        var svg = Assert.Single(page.QuerySelectorAll("svg.timeline"));
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.NotNull(svg.QuerySelector("desc"));
        var marks = svg.QuerySelectorAll("a.statement");
        Assert.Equal(Statements.All.Select(s => s.Id.Value).Order(StringComparer.Ordinal), marks.Select(m => m.GetAttribute("data-statement")!).Order(StringComparer.Ordinal));

        // An open interval (../2024-10-27) is a line running to the edge; a week (2024-10-21/2024-10-27) is seven times a day.
        var open = Statements.All.Count(s => s.Said.Earliest is null || s.Said.Latest is null);
        Assert.Equal(open, svg.QuerySelectorAll("a.statement line.mark.open").Length);
        double WidthOf(string id) => double.Parse(marks.Single(m => m.GetAttribute("data-statement") == id).QuerySelector("rect.mark")!.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        var week = WidthOf("stmt:2024-10-28-us-at-least-3000-confirmed");
        var day = WidthOf("stmt:2024-10-28-singh-dprk-troops-10000");
        Assert.Equal(7 * day, week, 1);
        Assert.All(marks, m => Assert.NotNull(m.QuerySelector("g.detail")));
        Assert.Contains("United States Department of Defense", page.QuerySelector("p.legend")!.TextContent);
    }

    [Fact]
    public async Task Entity_pages_list_their_statements()
    {
        var (_, person) = await factory.Page("/people/sabrina-singh");
        Assert.Equal(Statements.BySpeaker(People.Named.SabrinaSingh.Id).Count, person.QuerySelectorAll("main table tbody tr").Length);
        var (_, org) = await factory.Page("/orgs/us-dod");
        Assert.Equal(Statements.ByOnBehalfOf(Orgs.Named.UsDod.Id).Count, org.QuerySelectorAll("main table tbody tr").Length);
        var (_, place) = await factory.Page("/places/kursk-oblast");
        Assert.Equal(Statements.ByPlace(Places.Named.KurskOblast.Id).Count, place.QuerySelectorAll("main table tbody tr").Length);
        var (_, source) = await factory.Page("/sources/thehill-2024-10-28-dprk-troops");
        Assert.Equal(Statements.All.Count, source.QuerySelectorAll("main table tbody tr").Length);
        var (response, polity) = await factory.Page("/polities/ua");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ukraine", polity.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Search_filters_by_speaker_topic_place_and_date_range()
    {
        var (_, bySpeaker) = await factory.Page("/search?speaker=person:sabrina-singh");
        Assert.Equal(Statements.BySpeaker(People.Named.SabrinaSingh.Id).Count, bySpeaker.QuerySelectorAll("main table tbody tr").Length);
        var (_, byTopic) = await factory.Page("/search?topic=dprk-troops-russia&place=place:eastern-russia");
        Assert.Equal(Statements.ByTopic("dprk-troops-russia").Intersect(Statements.ByPlace(Places.Named.EasternRussia.Id)).Count(), byTopic.QuerySelectorAll("main table tbody tr").Length);
        var (_, byDate) = await factory.Page("/search?from=2024-10-21&to=2024-10-25");
        Assert.Equal(Statements.Between(new DateOnly(2024, 10, 21), new DateOnly(2024, 10, 25)).Count, byDate.QuerySelectorAll("main table tbody tr").Length);
        Assert.Equal("2024-10-21", byDate.QuerySelector("input[name=from]")!.GetAttribute("value"));
    }
}
