using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace StatementGen.Explorer.Tests;

/// <summary>The Explorer in process, as it runs outside Development (no exception page).</summary>
public sealed class ExplorerFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Production");

    /// <summary>GETs <paramref name="path"/> and parses the page.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> Page(string path)
    {
        var response = await CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(html));
    }
}
