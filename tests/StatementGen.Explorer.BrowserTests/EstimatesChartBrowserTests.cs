using System.Text.Json;
using Microsoft.Playwright;
using StatementGen.Generated;

namespace StatementGen.Explorer.BrowserTests;

/// <summary>The estimates chart and the timeline as a browser draws them.</summary>
public sealed class EstimatesChartBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> Open(string path, int width = 1100, int height = 900)
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var response = await page.GotoAsync(fixture.BaseAddress + path);
        Assert.Equal(200, response!.Status);
        return page;
    }

    [Fact]
    public async Task One_visible_mark_per_estimate_with_its_figure_speaker_and_date()
    {
        var page = await Open("/estimates?topic=dprk-troops-russia");
        var marks = page.Locator("svg.estimates a.estimate");
        var estimates = Claims.Estimates("dprk-troops-russia");
        Assert.Equal(estimates.Count, await marks.CountAsync());
        for (var i = 0; i < estimates.Count; i++)
        {
            var mark = marks.Nth(i);
            Assert.Equal(estimates[i].Id.Value, await mark.GetAttributeAsync("data-claim"));
            var box = await mark.Locator(".mark").BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box!.Width >= 10 && box.Height >= 10, $"mark {i} is drawn {box.Width}x{box.Height}");
            Assert.True(await mark.Locator("text.figure").IsVisibleAsync());
            Assert.Equal(estimates[i].Statement.Said.Edtf, await mark.Locator("text.said").TextContentAsync());
        }
        Assert.Equal(["unspecified", "unspecified", "≥3,000", "withheld", "≈10,000"], await marks.Locator("text.figure").AllTextContentsAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_update_arrow_runs_from_the_newer_estimate_to_the_one_it_updates()
    {
        var page = await Open("/estimates?topic=dprk-troops-russia");
        var arrows = page.Locator("svg.estimates path.update-arrow");
        Assert.Equal(1, await arrows.CountAsync());
        // Where the drawn path starts and ends, against the centres of the two marks, in the SVG's own units.
        var geometry = await page.EvaluateAsync<JsonElement>("""
            () => {
              const arrow = document.querySelector('path.update-arrow');
              const centre = id => {
                const mark = document.querySelector(`a.estimate[data-claim="${id}"] .mark`);
                return { x: +mark.getAttribute('cx'), y: +mark.getAttribute('cy') };
              };
              const start = arrow.getPointAtLength(0), end = arrow.getPointAtLength(arrow.getTotalLength());
              return { start: { x: start.x, y: start.y }, end: { x: end.x, y: end.y },
                       newer: centre(arrow.dataset.from), older: centre(arrow.dataset.to) };
            }
            """);
        double Distance(string a, string b) => Math.Sqrt(
            Math.Pow(geometry.GetProperty(a).GetProperty("x").GetDouble() - geometry.GetProperty(b).GetProperty("x").GetDouble(), 2) +
            Math.Pow(geometry.GetProperty(a).GetProperty("y").GetDouble() - geometry.GetProperty(b).GetProperty("y").GetDouble(), 2));
        Assert.True(Distance("start", "newer") < 20, $"the arrow starts {Distance("start", "newer"):0} units from the newer estimate");
        Assert.True(Distance("end", "older") < 20, $"the arrow ends {Distance("end", "older"):0} units from the older estimate");
        Assert.Equal("stmt:2024-10-28-singh-dprk-troops-10000#troops-sent", await arrows.GetAttributeAsync("data-from"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_focus_on_a_mark_shows_its_details_and_a_screenshot_is_saved()
    {
        var page = await Open("/estimates?topic=dprk-troops-russia");
        var singh = page.Locator("a.estimate[data-claim='stmt:2024-10-28-singh-dprk-troops-10000#troops-sent']");
        Assert.False(await singh.Locator("g.detail").IsVisibleAsync());
        var chart = Path.Combine(BrowserFixture.Artifacts, "estimates-chart.png");
        await page.Locator("svg.estimates").ScreenshotAsync(new LocatorScreenshotOptions { Path = chart });
        var bytes = await File.ReadAllBytesAsync(chart);
        Assert.True(bytes.Length > 10_000, $"the screenshot has {bytes.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);

        // Tab through the page until the mark has the focus: every mark is reachable by keyboard.
        for (var presses = 0; presses < 60; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('data-claim')") == "stmt:2024-10-28-singh-dprk-troops-10000#troops-sent") break;
        }
        Assert.Equal("stmt:2024-10-28-singh-dprk-troops-10000#troops-sent", await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('data-claim')"));
        var detail = singh.Locator("g.detail");
        Assert.True(await detail.IsVisibleAsync());
        var text = string.Join(" | ", await detail.Locator("text").AllTextContentsAsync());
        Assert.Equal("≈10,000 soldiers | Sabrina Singh (United States Department of Defense) | said 2024-10-28 | probable · belief", text);
        Assert.False(await page.Locator("a.estimate").First.Locator("g.detail").IsVisibleAsync());

        await page.Locator("svg.estimates").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "estimates-chart-focused.png") });
        await page.CloseAsync();
    }

    [Fact]
    public async Task Hover_on_a_timeline_mark_shows_its_details()
    {
        var page = await Open("/timeline");
        var marks = page.Locator("svg.timeline a.statement");
        Assert.Equal(Statements.All.Count, await marks.CountAsync());
        var mark = page.Locator("a.statement[data-statement='stmt:2024-10-28-zelensky-deploy-within-days']");
        Assert.False(await mark.Locator("g.detail").IsVisibleAsync());
        await mark.Locator(".mark").HoverAsync();
        Assert.True(await mark.Locator("g.detail").IsVisibleAsync());
        Assert.Contains("Volodymyr Zelensky", await mark.Locator("g.detail").TextContentAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "timeline.png"), FullPage = true });
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("/estimates?topic=dprk-troops-russia")]
    [InlineData("/timeline")]
    [InlineData("/statements/2024-10-28-singh-dprk-troops-10000")]
    public async Task At_phone_width_the_page_does_not_scroll_sideways(string path)
    {
        var page = await Open(path, width: 390, height: 844);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.Equal(0, overflow);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "phone" + path.Split('?')[0].Replace('/', '-') + ".png") });
        await page.CloseAsync();
    }
}
