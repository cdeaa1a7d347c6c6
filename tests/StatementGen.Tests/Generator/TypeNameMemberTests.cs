using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>
/// The generated code names every type from <c>global::</c>, so an entity may be named like any type
/// it uses (a person <c>string</c>, a statement <c>list</c>), and like any member of its kind's class
/// (a person <c>find</c>, a statement <c>by-speaker</c>), since the named members live in the nested
/// class <c>Named</c>: only what C# itself forbids is refused. A person <c>record-at</c> is named like
/// the private method every named member calls, but in Pascal case, so the two cannot clash.
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
            Person("find"), Person("all"), Person("table"), Person("person-table"), Person("people"),
            Statement("by-speaker"), Statement("chronological"), Statement("get"), Person("record-at"),
        });
        const string consumer = """
            using StatementGen.Generated;
            public static class Probe
            {
                public static string Read() => string.Join("|",
                    People.Named.String.Name, People.Named.Array.Name, People.Named.System.Name, People.Named.CorpusDate.Name, People.Named.EntityId.Id,
                    People.Named.ReadOnlySpan.Name, People.Named.KeyNotFoundException.Name, People.Named.CorpusReader.Name, People.Named.Statements.Name,
                    Places.Named.Place.Name, Places.Named.Dictionary.Name, Places.Named.StringComparer.Name, Places.Named.Func.Name, Places.Named.IReadOnlyList.Name,
                    Statements.Named.List.Id, Statements.Named.Statement.Id, Statements.Named.Chronology.Id, Statements.Named.CorpusDate.Id, Statements.Named.IEnumerable.Id,
                    Statements.Chronological.Count, Statements.BySpeaker(new PersonId("person:ada-example")).Count,
                    Statements.Get(new StatementId("stmt:list")).Claims.Count, People.Get(new PersonId("person:string")).Name,
                    Corpus.DisplayName(new PlaceId("place:dictionary")),
                    People.Named.Find.Name, People.Named.All.Name, People.Named.Table.Name, People.Named.PersonTable.Name, People.Named.People.Name,
                    People.Find("person:table")!.Name, People.All.Count, Statements.Named.BySpeaker.Id, Statements.Named.Chronological.Id, Statements.Named.Get.Id,
                    People.Named.RecordAt.Name);
            }
            """;

        var run = TestCorpus.Run(files, consumer);

        Assert.DoesNotContain(run.Diagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Assert.Empty(run.CompileProblems);
        var read = run.Load(assembly => (string)assembly.GetType("Probe")!.GetMethod("Read")!.Invoke(null, null)!);
        Assert.Equal(
            "Person string|Person array|Person system|Person corpus-date|person:entity-id|Person read-only-span|Person key-not-found-exception|Person corpus-reader|Person statements|"
            + "Place place|Place dictionary|Place string-comparer|Place func|Place i-read-only-list|"
            + "stmt:list|stmt:statement|stmt:chronology|stmt:corpus-date|stmt:i-enumerable|10|10|1|Person string|Place dictionary|"
            + "Person find|Person all|Person table|Person person-table|Person people|Person table|16|stmt:by-speaker|stmt:chronological|stmt:get|Person record-at",
            read);

        // The doc of Statements.Named points at the kind's Get, not at the member of a statement called get.
        var named = run.Output.GetTypeByMetadataName("StatementGen.Generated.Statements+Named")!;
        Assert.Contains("cref=\"M:StatementGen.Generated.Statements.Get(StatementGen.Generated.StatementId)\"", named.GetDocumentationCommentXml());
    }

    [Fact]
    public void A_kind_over_the_named_member_limit_has_no_member_names_so_a_reserved_one_is_not_refused()
    {
        // People has more entities than the limit, so no People.Named class exists and "to-string" names nothing.
        var files = Fixtures.All.Append(Person("to-string")).Append(Place("equals")).ToArray();
        const string consumer = """
            using StatementGen.Generated;
            public static class Probe
            {
                public static string Read() => People.Find("person:to-string")!.Name + "|" + People.All.Count;
            }
            """;

        var run = TestCorpus.Run(files, consumer, properties: new Dictionary<string, string> { ["StatementGenMaxNamedMembers"] = "1" });

        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "STMT0033");
        Assert.Contains(run.Diagnostics, d => d.Id == "STMT0092" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("People has", StringComparison.Ordinal));
        Assert.Empty(run.CompileProblems);
        Assert.StartsWith("Person to-string|", run.Load(assembly => (string)assembly.GetType("Probe")!.GetMethod("Read")!.Invoke(null, null)!));

        // Under the limit the same names are refused, as they would be members.
        var named = TestCorpus.Run(files, consumer, properties: new Dictionary<string, string> { ["StatementGenMaxNamedMembers"] = "100" });
        Assert.Equal(["person:to-string", "place:equals"], named.Diagnostics.Where(d => d.Id == "STMT0033").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\'')[1]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    public void A_reserved_name_is_refused_exactly_when_its_kind_is_within_the_named_member_limit(int limit, bool refused)
    {
        // Three people: at a limit of three they get named members, at two they do not.
        var files = new[] { Person("ada"), Person("grace"), Person("to-string") };

        var run = TestCorpus.Run(files, properties: new Dictionary<string, string> { ["StatementGenMaxNamedMembers"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(refused, run.Diagnostics.Any(d => d.Id == "STMT0033"));
        Assert.Equal(!refused, run.Diagnostics.Any(d => d.Id == "STMT0092"));
        Assert.Empty(run.CompileProblems);
    }
}
