using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using StatementGen.Explorer;
using StatementGen.Generated;

// The Explorer: HTML pages, server-drawn SVG charts and JSON over the corpus compiled into this
// program. Nothing reads YAML at run time.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}
var app = builder.Build();

// How long the server took to build each answer, up to its first byte, as a Server-Timing header
// (the benchmarks' `explorer` command reads it).
app.Use(async (context, next) =>
{
    var clock = Stopwatch.StartNew();
    context.Response.OnStarting(() =>
    {
        context.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"render;dur={clock.Elapsed.TotalMilliseconds:0.00}");
        return Task.CompletedTask;
    });
    await next(context);
});

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler(error => error.Run(context => Write(context, Html.Page("Something went wrong", "<p>The Explorer could not show this page.</p>"), 500)));
}

// A malformed query string is a 400 with its message: HTML for pages, JSON for the API.
app.Use(async (context, next) =>
{
    try
    {
        await next(context);
    }
    catch (BadQueryException bad) when (!context.Response.HasStarted)
    {
        context.Response.Clear();
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsJsonAsync(new { status = 400, error = bad.Message });
        }
        else
        {
            await Write(context, Html.Page("Bad request", "<p class=\"error\">" + Html.Encode(bad.Message) + "</p>"), 400);
        }
    }
});

// Any path or id that is not there is a 404 page.
app.UseStatusCodePages(async status =>
{
    var context = status.HttpContext;
    if (context.Response.StatusCode == 404 && !context.Request.Path.StartsWithSegments("/api"))
    {
        await Write(context, NotFound(context.Request.Path.Value ?? "/"), 404);
    }
});

app.MapGet("/", () => Page(Pages.Home()));
app.MapGet("/search", (HttpRequest request) => Page(Pages.Search(Query.Parse(request.Query))));
app.MapGet("/timeline", (HttpRequest request) => Page(Pages.Timeline(Query.Parse(request.Query))));
app.MapGet("/estimates", (HttpRequest request) => Page(Pages.Estimates(Query.Parse(request.Query))));
app.MapGet("/statements/{slug}", (string slug, HttpRequest request) =>
{
    Query.Parse(request.Query);
    return Statements.Find("stmt:" + slug) is { } statement ? Page(Pages.Statement(statement)) : Missing("stmt:" + slug);
});
app.MapGet("/people/{slug}", (string slug, HttpRequest request) => EntityPage(People.Find("person:" + slug), "person:" + slug, request));
app.MapGet("/orgs/{slug}", (string slug, HttpRequest request) => EntityPage(Orgs.Find("org:" + slug), "org:" + slug, request));
app.MapGet("/polities/{slug}", (string slug, HttpRequest request) => EntityPage(Polities.Find("polity:" + slug), "polity:" + slug, request));
app.MapGet("/places/{slug}", (string slug, HttpRequest request) => EntityPage(Places.Find("place:" + slug), "place:" + slug, request));
app.MapGet("/sources/{slug}", (string slug, HttpRequest request) => EntityPage(Sources.Find("src:" + slug), "src:" + slug, request));

app.MapGet("/api/statements", (HttpRequest request) => Results.Json(Api.Statements(Query.Parse(request.Query))));
app.MapGet("/api/statements/{slug}", (string slug) => Statements.Find("stmt:" + slug) is { } statement
    ? Results.Json(Api.Statement(statement))
    : Results.Json(new { status = 404, error = $"No statement 'stmt:{slug}' in the corpus." }, statusCode: 404));
app.MapGet("/api/statements/{slug}/jsonld", (string slug) => Statements.Find("stmt:" + slug) is { } statement
    ? Results.Text(JsonLd.Document(statement), "application/ld+json", Encoding.UTF8)
    : Results.Json(new { status = 404, error = $"No statement 'stmt:{slug}' in the corpus." }, statusCode: 404));
app.MapGet("/api/estimates", (HttpRequest request) => Results.Json(Api.Estimates(Query.Parse(request.Query))));

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
    foreach (var address in addresses ?? [])
    {
        Console.WriteLine($"StatementGen Explorer: {address}/");
    }
});

app.Run();

static IResult Page(string html) => Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8);

static IResult EntityPage(IEntity? entity, string id, HttpRequest request)
{
    var query = Query.Parse(request.Query);
    return entity is null ? Missing(id) : Page(Pages.Entity(entity, query));
}

static IResult Missing(string id) => Results.Content(NotFound(id), "text/html; charset=utf-8", Encoding.UTF8, 404);

static string NotFound(string what) => Html.Page("Not found", "<p class=\"error\">There is no " + Html.Encode(what) + " in this corpus.</p><p><a href=\"/search\">Search</a> or go to the <a href=\"/\">start page</a>.</p>");

static async Task Write(HttpContext context, string html, int status)
{
    context.Response.StatusCode = status;
    context.Response.ContentType = "text/html; charset=utf-8";
    await context.Response.WriteAsync(html, Encoding.UTF8);
}

/// <summary>The Explorer's entry point, visible to its tests.</summary>
public partial class Program;
