using System.Net;
using System.Text.Json;

namespace StatementGen.Explorer.Tests;

/// <summary>Unknown ids are 404 pages, malformed query strings are 400s with a message.</summary>
public sealed class ErrorTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Theory]
    [InlineData("/statements/no-such-statement", "stmt:no-such-statement")]
    [InlineData("/people/nobody", "person:nobody")]
    [InlineData("/orgs/nobody", "org:nobody")]
    [InlineData("/polities/xx", "polity:xx")]
    [InlineData("/places/nowhere", "place:nowhere")]
    [InlineData("/sources/nothing", "src:nothing")]
    [InlineData("/no/such/page", "/no/such/page")]
    public async Task An_unknown_id_or_path_is_a_404_page(string path, string named)
    {
        var (response, page) = await factory.Page(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Not found", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(named, page.QuerySelector("p.error")!.TextContent);
    }

    [Theory]
    [InlineData("/search?from=2024-13-01", "'from' is '2024-13-01', not a date")]
    [InlineData("/timeline?from=2024-10-28&to=2024-10-01", "'from' (2024-10-28) is after 'to' (2024-10-01)")]
    [InlineData("/estimates?topic=dprk-troops-russia&page=0", "not a page number")]
    [InlineData("/search?speaker=a&speaker=b", "'speaker' is given 2 times")]
    [InlineData("/search?spaeker=person:sabrina-singh", "Unknown query parameter 'spaeker'")]
    [InlineData("/people/sabrina-singh?page=x", "not a page number")]
    public async Task A_malformed_query_is_a_400_page_that_says_why(string path, string message)
    {
        var (response, page) = await factory.Page(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("p.error")!.TextContent);
    }

    [Fact]
    public async Task The_api_answers_errors_in_json()
    {
        var client = factory.CreateClient();
        var bad = await client.GetAsync("/api/statements?to=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using (var json = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()))
        {
            Assert.Contains("'to' is 'yesterday', not a date", json.RootElement.GetProperty("error").GetString());
        }
        var missing = await client.GetAsync("/api/statements/no-such-statement");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using (var json = JsonDocument.Parse(await missing.Content.ReadAsStringAsync()))
        {
            Assert.Equal("No statement 'stmt:no-such-statement' in the corpus.", json.RootElement.GetProperty("error").GetString());
        }
    }
}
