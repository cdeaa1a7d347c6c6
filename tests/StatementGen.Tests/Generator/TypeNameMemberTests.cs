using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>
/// The generated code names every type from <c>global::</c>, so an entity may be named like any type
/// it uses (a person <c>string</c>, a statement <c>list</c>): only what C# itself forbids is refused.
/// </summary>
public class TypeNameMemberTests
{
    private static (string Path, string Yaml) Person(string slug) =>
        ($"people/{slug}.yaml", $"schema: person/1\nid: person:{slug}\nname: Person {slug}\n");

    private static (string Path, string Yaml) Place(string slug) =>
        ($"places/{slug}.yaml", $"schema: place/1\nid: place:{slug}\nname: Place {slug}\ntype: city\n");

    private static (string Path, string Yaml) Statement(string slug) =>
        ($"statements/2024/{slug}.yaml", Fixtures.StatementEarly
            .Replace("id: stmt:2024-05-01-ada-crowd-2000", "id: stmt:" + slug)
            .Replace("key: 2024-05-01-briefing", "key: " + slug + "-occasion"));

    [Fact]
    public void Entities_named_like_the_types_the_generated_code_uses_compile_and_work()
    {
        var files = Fixtures.All.Concat(new[]
        {
            Person("string"), Person("array"), Person("system"), Person("corpus-date"), Person("entity-id"),
            Person("read-only-span"), Person("key-not-found-exception"), Person("corpus-reader"), Person("statements"),
            Place("place"), Place("dictionary"), Place("string-comparer"), Place("func"), Place("i-read-only-list"),
            Statement("list"), Statement("statement"), Statement("chronology"), Statement("corpus-date"), Statement("i-enumerable"),
        });
        const string consumer = """
            using StatementGen.Generated;
            public static class Probe
            {
                public static string Read() => string.Join("|",
                    People.String.Name, People.Array.Name, People.System.Name, People.CorpusDate.Name, People.EntityId.Id,
                    People.ReadOnlySpan.Name, People.KeyNotFoundException.Name, People.CorpusReader.Name, People.Statements.Name,
                    Places.Place.Name, Places.Dictionary.Name, Places.StringComparer.Name, Places.Func.Name, Places.IReadOnlyList.Name,
                    Statements.List.Id, Statements.Statement.Id, Statements.Chronology.Id, Statements.CorpusDate.Id, Statements.IEnumerable.Id,
                    Statements.Chronological.Count, Statements.BySpeaker(new PersonId("person:ada-example")).Count,
                    Statements.Get(new StatementId("stmt:list")).Claims.Count, People.Get(new PersonId("person:string")).Name,
                    Corpus.DisplayName(new PlaceId("place:dictionary")));
            }
            """;

        var run = TestCorpus.Run(files, consumer);

        Assert.DoesNotContain(run.Diagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Assert.Empty(run.CompileProblems);
        var read = run.Load(assembly => (string)assembly.GetType("Probe")!.GetMethod("Read")!.Invoke(null, null)!);
        Assert.Equal(
            "Person string|Person array|Person system|Person corpus-date|person:entity-id|Person read-only-span|Person key-not-found-exception|Person corpus-reader|Person statements|"
            + "Place place|Place dictionary|Place string-comparer|Place func|Place i-read-only-list|"
            + "stmt:list|stmt:statement|stmt:chronology|stmt:corpus-date|stmt:i-enumerable|7|7|1|Person string|Place dictionary",
            read);
    }
}
