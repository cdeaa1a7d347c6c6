namespace StatementGen.Tests.Infrastructure;

/// <summary>A small, complete corpus: one file of every kind, two statements that relate.</summary>
public static class Fixtures
{
    public const string Person = """
        schema: person/1
        id: person:ada-example
        name: Ada Example
        aliases: [A. Example]
        wikidata: Q42
        positions:
          - {title: Spokesperson, org: org:example-ministry, as_of: 2024-05-01, evidence: src:example-daily-2024-05-02}
        """;

    public const string Org = """
        schema: org/1
        id: org:example-ministry
        name: Example Ministry
        type: government_department
        parent: polity:xa
        headquarters: place:example-city
        """;

    public const string Polity = """
        schema: polity/1
        id: polity:xa
        name: Exampleland
        iso3166: XA
        """;

    public const string Place = """
        schema: place/1
        id: place:example-city
        name: Example City
        type: city
        within: polity:xa
        """;

    public const string Event = """
        schema: event/1
        id: event:2024-summit
        name: The Example summit
        type: summit
        status: occurred
        when: {as_stated: this spring, edtf: 2024-21, precision: season, basis: relative, anchor: 2024-05-02}
        where: [{ref: place:example-city, role: venue, as_stated: in Example City}]
        participants: [{ref: polity:xa, role: host}]
        reported_in: [{source: src:example-daily-2024-05-02, para: 1}]
        """;

    public const string Source = """
        schema: source/1
        id: src:example-daily-2024-05-02
        type: news_article
        publisher: org:example-ministry
        title: Ministry counts the crowd
        language: en
        published: {date: 2024-05-02, weekday: Thursday}
        text: {paragraphs: 2, stored: excerpts_only}
        """;

    public const string StatementEarly = """
        schema: statement/1
        id: stmt:2024-05-01-ada-crowd-2000
        kind: assertion
        speaker: {ref: person:ada-example, on_behalf_of: org:example-ministry, role: spokesperson, identification: named}
        occasion: {key: 2024-05-01-briefing, setting: press_briefing}
        said: 2024-05-01
        renderings:
          - source: src:example-daily-2024-05-02
            para: 1
            mode: indirect
            attributed_as: The ministry
            cue: said
            excerpt: The ministry said at least 2,000 people came.
            fidelity: faithful
        claims:
          - key: crowd
            type: quantity
            text: At least 2,000 people attended.
            topic: crowd-size
            measure: attendance
            quantity: {as_stated: "at least 2,000 people", value: 2000, unit: person, qualifier: at_least}
            where: [{ref: place:example-city, role: location}]
            stance: {polarity: positive, certainty: certain}
        curation: {status: reviewed, by: first curator, reviewed_by: second curator}
        """;

    public const string StatementLate = """
        schema: statement/1
        id: stmt:2024-05-02-ada-crowd-5000
        kind: assessment
        speaker: {ref: person:ada-example, identification: named}
        said: {as_stated: Thursday, edtf: 2024-05-02, precision: day, basis: relative, anchor: 2024-05-02}
        renderings:
          - source: src:example-daily-2024-05-02
            para: 2
            mode: direct
            attributed_as: Ada Example
            cue: said
            quote: ["It is likely that between 4,000 and 5,000 came"]
            excerpt: "“It is likely that between 4,000 and 5,000 came,” Ada Example said."
            fidelity: verbatim
        claims:
          - key: crowd
            type: quantity
            text: Between 4,000 and 5,000 people attended.
            topic: crowd-size
            measure: attendance
            quantity: {value: 4000, high: 5000, unit: person, qualifier: range, scope: snapshot}
            when: {as_stated: null, edtf: 2024-04-30/2024-05-01, precision: day, basis: inferred}
            stance: {polarity: positive, certainty: probable, cues: [It is likely], icd203: likely}
        relations:
          - {type: updates_estimate, from: crowd, to: stmt:2024-05-01-ada-crowd-2000#crowd, basis: source_stated, direction: increase}
          - {type: refers_to, to: event:2024-summit, basis: curator_inference}
        curation: {status: published}
        """;

    public static (string Path, string Yaml)[] All =>
    [
        ("people/ada-example.yaml", Person),
        ("orgs/example-ministry.yaml", Org),
        ("polities/xa.yaml", Polity),
        ("places/example-city.yaml", Place),
        ("events/2024-summit.yaml", Event),
        ("sources/example-daily-2024-05-02.yaml", Source),
        ("statements/2024/2024-05-01-ada-crowd-2000.yaml", StatementEarly),
        ("statements/2024/2024-05-02-ada-crowd-5000.yaml", StatementLate),
    ];

    /// <summary>The fixture source's text as archived: two paragraphs, one per line, that hold every verbatim value of the fixtures.</summary>
    public const string ArchivedText =
        "Example Ministry spokesperson Ada Example spoke this spring in Example City. The ministry said at least 2,000 people came.\n" +
        "“It is likely that between 4,000 and 5,000 came,” Ada Example said. She spoke on Thursday.\n";

    public const string ArchivedTextPath = "sources/example-daily-2024-05-02.txt";

    /// <summary>The fixture corpus with the source's text archived beside it, and the source's text block saying so.</summary>
    public static (string Path, string Yaml)[] WithArchivedText(string text = ArchivedText)
    {
        var sha = StatementGen.Parsing.ArchivedTextReader.Sha256Hex(ArchivedText.TrimEnd('\n').Split('\n'));
        var source = Source.Replace("text: {paragraphs: 2, stored: excerpts_only}", "text: {paragraphs: 2, sha256: " + sha + ", stored: full}");
        return All.Where(f => f.Path != "sources/example-daily-2024-05-02.yaml")
            .Append(("sources/example-daily-2024-05-02.yaml", source))
            .Append((ArchivedTextPath, text))
            .ToArray();
    }

    /// <summary>The fixture corpus with one file replaced (by path) or added.</summary>
    public static (string Path, string Yaml)[] With(string path, string yaml) =>
        All.Where(f => f.Path != path).Append((path, yaml)).ToArray();
}
