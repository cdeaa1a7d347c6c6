using System.Net;
using System.Text.Json;
using StatementGen.Generated;

namespace StatementGen.Explorer.Tests;

/// <summary>The JSON endpoints answer the same queries as the pages.</summary>
public sealed class ApiTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    private async Task<JsonElement> Get(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Statements_by_speaker()
    {
        var json = await Get("/api/statements?speaker=person:sabrina-singh");
        var expected = Statements.BySpeaker(People.Named.SabrinaSingh.Id).Select(s => s.Id.Value).ToArray();
        Assert.Equal(expected.Length, json.GetProperty("total").GetInt32());
        Assert.Equal(expected, json.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.All(json.GetProperty("statements").EnumerateArray(), s => Assert.Equal("person:sabrina-singh", s.GetProperty("speaker").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Statements_of_an_organisation_include_those_on_its_behalf_in_the_order_said()
    {
        var json = await Get("/api/statements?speaker=org:us-dod");
        var expected = Statements.BySpeaker(Orgs.Named.UsDod.Id).Union(Statements.ByOnBehalfOf(Orgs.Named.UsDod.Id)).OrderBy(s => s, Chronology.Comparer).Select(s => s.Id.Value);
        Assert.Equal(expected, json.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Statements_by_date_range_and_topic()
    {
        var json = await Get("/api/statements?topic=dprk-troops-russia&from=2024-10-28&to=2024-10-28");
        var expected = Statements.ByTopic("dprk-troops-russia").Intersect(Statements.Between(new DateOnly(2024, 10, 28), new DateOnly(2024, 10, 28))).Select(s => s.Id.Value).Order(StringComparer.Ordinal);
        Assert.Equal(expected, json.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Estimates_with_what_each_updates()
    {
        var json = await Get("/api/estimates?topic=dprk-troops-russia");
        var estimates = json.GetProperty("estimates").EnumerateArray().ToArray();
        Assert.Equal(Claims.Estimates("dprk-troops-russia").Select(c => c.Id.Value), estimates.Select(e => e.GetProperty("id").GetString()));
        var singh = estimates.Single(e => e.GetProperty("id").GetString() == "stmt:2024-10-28-singh-dprk-troops-10000#troops-sent");
        Assert.Equal(10000m, singh.GetProperty("quantity").GetProperty("value").GetDecimal());
        Assert.Equal("approximate", singh.GetProperty("quantity").GetProperty("qualifier").GetString());
        Assert.Equal(["stmt:2024-10-28-us-at-least-3000-confirmed#troops-in-training"], singh.GetProperty("updates").EnumerateArray().Select(u => u.GetString()!).ToArray());
    }

    [Fact]
    public async Task Estimates_page_past_the_last_is_empty_and_keeps_the_total()
    {
        var json = await Get("/api/estimates?topic=dprk-troops-russia&page=2");
        Assert.Equal(Claims.Estimates("dprk-troops-russia").Count, json.GetProperty("total").GetInt32());
        Assert.Equal(2, json.GetProperty("page").GetInt32());
        Assert.Equal(0, json.GetProperty("estimates").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/statements?page=21474838", "statements")]
    [InlineData("/api/statements?page=2147483647", "statements")]
    [InlineData("/api/estimates?topic=dprk-troops-russia&page=2147483647", "estimates")]
    public async Task A_page_far_past_the_last_is_empty_rather_than_wrapping_round_to_the_first(string url, string list)
    {
        var json = await Get(url);
        Assert.True(json.GetProperty("total").GetInt32() > 0);
        Assert.Equal(0, json.GetProperty(list).GetArrayLength());
    }

    [Fact]
    public async Task One_statement_and_its_json_ld()
    {
        var json = await Get("/api/statements/2024-10-28-singh-dprk-troops-10000");
        Assert.Equal("stmt:2024-10-28-singh-dprk-troops-10000", json.GetProperty("id").GetString());
        Assert.Equal(2, json.GetProperty("renderings").GetArrayLength());
        var response = await factory.CreateClient().GetAsync("/api/statements/2024-10-28-singh-dprk-troops-10000/jsonld");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        using var ld = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(4, ld.RootElement.GetProperty("@graph").GetArrayLength());
    }
}
