using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace StatementGen.Explorer.Tests;

/// <summary>An unexpected failure is a plain 500 page outside Development, never the exception page.</summary>
public sealed class ExceptionPageTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    /// <summary>Adds, behind the Explorer's own pipeline, a path that fails: <c>/fails</c>.</summary>
    private sealed class FailingPath : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context => context.Request.Path == "/fails"
                ? throw new InvalidOperationException("secret detail of the failure")
                : Task.CompletedTask);
        };
    }

    private HttpClient Client(string environment) => factory.WithWebHostBuilder(builder => builder
        .UseEnvironment(environment)
        .ConfigureServices(services => services.AddTransient<IStartupFilter, FailingPath>())).CreateClient();

    [Fact]
    public async Task Outside_development_a_failure_is_a_500_page_that_shows_nothing_of_the_exception()
    {
        var response = await Client("Production").GetAsync("/fails");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Something went wrong", new HtmlParser().ParseDocument(html).QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("secret detail", html);
        Assert.DoesNotContain("InvalidOperationException", html);
    }

    [Fact]
    public async Task In_development_the_same_failure_shows_the_exception_page()
    {
        var client = Client("Development");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var response = await client.GetAsync("/fails");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("secret detail", await response.Content.ReadAsStringAsync());
    }
}
