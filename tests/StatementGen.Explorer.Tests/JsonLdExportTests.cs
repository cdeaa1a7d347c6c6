using System.Text.Json.Nodes;
using StatementGen.Generated;

namespace StatementGen.Explorer.Tests;

/// <summary><c>statementgen export --format jsonld</c>: the whole corpus as the JSON-LD the Explorer embeds.</summary>
public sealed class JsonLdExportTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    private static readonly string CorpusDirectory = Path.Combine(RepositoryRoot(), "corpus");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StatementGen.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("StatementGen.sln not found above " + AppContext.BaseDirectory);
    }

    private static JsonObject Export()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = StatementGen.Cli.Cli.Run(["export", CorpusDirectory, "--format", "jsonld"], stdout, stderr);
        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        return JsonNode.Parse(stdout.ToString())!.AsObject();
    }

    [Fact]
    public void Export_has_a_quotation_per_rendering_and_a_claim_per_claim_of_every_statement()
    {
        var document = Export();
        Assert.Equal("https://schema.org", document["@context"]!.GetValue<string>());
        var graph = document["@graph"]!.AsArray().Select(n => n!.AsObject()).ToArray();
        Assert.Equal(Statements.All.Sum(s => s.Renderings.Count), graph.Count(n => n["@type"]!.GetValue<string>() == "Quotation"));
        Assert.Equal(Claims.All.Select(c => c.Id.Value), graph.Where(n => n["@type"]!.GetValue<string>() == "Claim").Select(n => n["identifier"]!.GetValue<string>()));
        foreach (var quotation in graph.Where(n => n["@type"]!.GetValue<string>() == "Quotation"))
        {
            Assert.Contains(quotation["spokenByCharacter"]!["@type"]!.GetValue<string>(), new[] { "Person", "Organization", "Country" });
            Assert.False(string.IsNullOrEmpty(quotation["spokenByCharacter"]!["name"]!.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(quotation["dateCreated"]!.GetValue<string>()));
            Assert.Equal("src:thehill-2024-10-28-dprk-troops", quotation["isBasedOn"]!["identifier"]!.GetValue<string>());
        }
        foreach (var claim in graph.Where(n => n["@type"]!.GetValue<string>() == "Claim"))
        {
            Assert.NotNull(claim["author"]!["identifier"]);
            Assert.NotEmpty(claim["appearance"]!.AsArray());
        }
    }

    [Fact]
    public async Task Export_holds_the_same_nodes_as_each_statement_page()
    {
        var exported = Export()["@graph"]!.AsArray().Select(n => n!).ToArray();
        var client = factory.CreateClient();
        var offset = 0;
        foreach (var statement in Statements.All)
        {
            var page = JsonNode.Parse(await client.GetStringAsync("/api/statements/" + statement.Id.Value["stmt:".Length..] + "/jsonld"))!;
            var nodes = page["@graph"]!.AsArray();
            for (var i = 0; i < nodes.Count; i++)
            {
                Assert.True(JsonNode.DeepEquals(nodes[i], exported[offset + i]), $"{statement.Id.Value}, node {i}: the page has {nodes[i]!.ToJsonString()} where the export has {exported[offset + i].ToJsonString()}");
            }
            offset += nodes.Count;
        }
        Assert.Equal(exported.Length, offset);
    }
}
