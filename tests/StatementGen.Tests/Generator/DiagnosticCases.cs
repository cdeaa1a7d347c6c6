using StatementGen.Tests.Infrastructure;

namespace StatementGen.Tests.Generator;

/// <summary>
/// One mistake in the fixture corpus: the file it is in, the expected id, where it must point (the
/// exact text of the span, found in the file after an optional anchor) and part of the message; and
/// a near miss that must not raise the id.
/// </summary>
public sealed record DiagnosticCase(
    string Id,
    string Name,
    (string Path, string Yaml)[] Corpus,
    string Path,
    string? Span,
    string? After,
    string Message,
    (string Path, string Yaml)[] NearMiss,
    bool NearMissIsClean = true)
{
    public override string ToString() => Id + " " + Name;

    /// <summary>The YAML of the file the diagnostic must be in.</summary>
    public string Yaml => Corpus.Single(f => f.Path == Path).Yaml;
}

public static class DiagnosticCases
{
    private const string PersonPath = "people/ada-example.yaml";
    private const string EarlyPath = "statements/2024/2024-05-01-ada-crowd-2000.yaml";
    private const string LatePath = "statements/2024/2024-05-02-ada-crowd-5000.yaml";
    private const string EventPath = "events/2024-summit.yaml";

    private static string Person(string from, string to) => Replace(Fixtures.Person, from, to);

    private static string Early(string from, string to) => Replace(Fixtures.StatementEarly, from, to);

    private static string Late(string from, string to) => Replace(Fixtures.StatementLate, from, to);

    private static string Replace(string yaml, string from, string to)
    {
        if (!yaml.Contains(from, StringComparison.Ordinal)) throw new ArgumentException("fixture lacks: " + from);
        return yaml.Replace(from, to, StringComparison.Ordinal);
    }

    private static (string, string)[] With(string path, string yaml) => Fixtures.With(path, yaml);

    private static DiagnosticCase Case(string id, string name, string path, string bad, string? span, string message, string nearMiss, string? after = null, bool nearMissIsClean = true)
        => new(id, name, With(path, bad), path, span, after, message, With(path, nearMiss), nearMissIsClean);

    private const string SourcePath = "sources/example-daily-2024-05-02.yaml";

    private static string ArchivedSource => Fixtures.WithArchivedText().Single(f => f.Path == SourcePath).Yaml;

    private static string Flipped(string hex) => (hex[0] == '0' ? "1" : "0") + hex.Substring(1);

    private static string ArchivedSha => StatementGen.Parsing.ArchivedTextReader.Sha256Hex(Fixtures.ArchivedText.TrimEnd('\n').Split('\n'));

    /// <summary>A case in the fixture corpus with its source's text archived.</summary>
    private static DiagnosticCase Archived(string id, string name, string path, string bad, string? span, string message, string nearMissPath, string nearMiss, string? after = null, bool nearMissIsClean = true)
    {
        static (string, string)[] Replace((string Path, string Yaml)[] corpus, string path, string yaml) => corpus.Where(f => f.Path != path).Append((path, yaml)).ToArray();
        return new(id, name, Replace(Fixtures.WithArchivedText(), path, bad), path, span, after, message, Replace(Fixtures.WithArchivedText(), nearMissPath, nearMiss), nearMissIsClean);
    }

    private static readonly string LongName = new('x', 70_000);
    private static readonly string NearlyLongName = new('x', 60_000);
    private static readonly string HugeComment = string.Concat(Enumerable.Repeat("# " + new string('-', 98) + "\n", 11_000));
    private static readonly string BigComment = string.Concat(Enumerable.Repeat("# " + new string('-', 98) + "\n", 2_000));
    private static readonly string WithoutRenderings =
        Fixtures.StatementEarly.Substring(0, Fixtures.StatementEarly.IndexOf("renderings:", StringComparison.Ordinal)) + "renderings: []\n" +
        Fixtures.StatementEarly.Substring(Fixtures.StatementEarly.IndexOf("claims:", StringComparison.Ordinal));

    private static readonly string NoClaims = Fixtures.StatementEarly.Substring(0, Fixtures.StatementEarly.IndexOf("claims:", StringComparison.Ordinal)) + "curation: {status: reviewed}\n";

    public static IReadOnlyList<DiagnosticCase> All { get; } =
    [
        Case("STMT0001", "YAML syntax error", PersonPath, Person("name: Ada Example", "name: [Ada Example"), null, "YAML syntax error",
            Person("name: Ada Example", "name: \"[Ada Example\"")),
        Case("STMT0002", "anchor", PersonPath, Person("name: Ada Example", "name: &n Ada Example"), "&n Ada Example", "anchor &n",
            Person("name: Ada Example", "name: \"&n Ada Example\"")),
        Case("STMT0002", "alias", PersonPath, Person("aliases: [A. Example]", "aliases: [*n]"), "*n", "alias *n",
            Person("aliases: [A. Example]", "aliases: [\"*n\"]")),
        Case("STMT0003", "duplicate key", PersonPath, Fixtures.Person + "\nname: Ada Other\n", "name", "Key 'name' appears more than once",
            Person("aliases: [A. Example]", "aliases: [name, name]"), after: "wikidata"),
        Case("STMT0004", "no schema", PersonPath, Person("schema: person/1\n", ""), "id", "no 'schema:' key",
            Person("schema: person/1\nid: person:ada-example\n", "id: person:ada-example\nschema: person/1\n")),
        Case("STMT0004", "unknown schema", PersonPath, Person("schema: person/1", "schema: persona/1"), "persona/1", "'persona/1' is not a corpus schema",
            Person("schema: person/1", "schema: \"person/1\"")),
        Case("STMT0005", "tag", PersonPath, Person("name: Ada Example", "name: !!str Ada Example"), "!!str Ada Example", "tag",
            Person("name: Ada Example", "name: \"!!str Ada Example\"")),
        Case("STMT0006", "second document", PersonPath, Fixtures.Person + "\n---\nname: other\n", "---", "one YAML document",
            "---\n" + Fixtures.Person + "\n...\n"),
        Case("STMT0007", "complex key", PersonPath, Fixtures.Person + "\n? [a, b]\n: c\n", "[a, b]", "list cannot be a key",
            Person("name: Ada Example", "\"name\": Ada Example")),
        Case("STMT0009", "raw line separator", PersonPath, Person("name: Ada Example", "name: \"Ada\u2028 Example\""), "\u2028", "write it as \\L inside a double-quoted string",
            Person("name: Ada Example", "name: \"Ada\\L Example\"")),
        Case("STMT0010", "missing required key", PersonPath, Person("name: Ada Example\n", ""), Person("name: Ada Example\n", "").TrimEnd(), "Person requires key 'name'",
            Person("aliases: [A. Example]\n", "")),
        Case("STMT0010", "required key null", PersonPath, Person("name: Ada Example", "name: ~"), "~", "to have a value",
            Person("name: Ada Example", "name: \"~\"")),
        Case("STMT0011", "unknown key", EarlyPath, Early("speaker:", "speeker:"), "speeker", "did you mean 'speaker'?",
            Early("curation:", "omissions: [{what: the venue}]\ncuration:")),
        Case("STMT0012", "wrong type", EarlyPath, Early("para: 1", "para: first"), "first", "'para' must be a whole number",
            Early("para: 1", "para: 2")),
        Case("STMT0013", "bad enum", EarlyPath, Early("kind: assertion", "kind: asertion"), "asertion", "did you mean 'assertion'?",
            Early("kind: assertion", "kind: assessment")),
        Case("STMT0014", "bad EDTF", EventPath, Replace(Fixtures.Event, "edtf: 2024-21", "edtf: 2024-25"), "2024-25", "is not a valid EDTF value",
            Replace(Fixtures.Event, "edtf: 2024-21", "edtf: 2024-24")),
        Case("STMT0015", "bad Wikidata id", PersonPath, Person("wikidata: Q42", "wikidata: 42"), "42", "a Wikidata item id",
            Person("wikidata: Q42", "wikidata: Q1")),
        Case("STMT0016", "id not the file name", PersonPath, Person("id: person:ada-example", "id: person:ada-exampel"), "person:ada-exampel", "does not match the file name",
            Person("id: person:ada-example", "id: \"person:ada-example\"")),
        new("STMT0017", "wrong folder", Fixtures.All.Where(f => f.Path != PersonPath).Append(("orgs/ada-example.yaml", Fixtures.Person)).ToArray(),
            "orgs/ada-example.yaml", "person:ada-example", null, "belongs in 'people/'",
            Fixtures.All.Append(("statements/2023/ada-crowd-extra.yaml", Early("id: stmt:2024-05-01-ada-crowd-2000", "id: stmt:ada-crowd-extra"))).ToArray()),
        Case("STMT0018", "number too small to keep", EarlyPath, Early("value: 2000", "value: 1e-30"), "1e-30", "it is too small",
            Early("value: 2000", "value: 1e-28")),
        Case("STMT0030", "unknown reference", EarlyPath, Early("ref: person:ada-example", "ref: person:ada-exampel"), "person:ada-exampel", "did you mean 'person:ada-example'?",
            Early("ref: person:ada-example", "ref: org:example-ministry")),
        Case("STMT0031", "wrong kind of reference", EarlyPath, Early("source: src:example-daily-2024-05-02", "source: org:example-ministry"), "org:example-ministry", "expected a source id",
            Early("on_behalf_of: org:example-ministry", "on_behalf_of: polity:xa"), after: "source: "),
        new("STMT0032", "duplicate id", Fixtures.All.Append(("people/ada-example.yml", Fixtures.Person)).ToArray(),
            "people/ada-example.yml", "person:ada-example", null, "already declared in",
            Fixtures.All.Append(("people/ada-example-2.yml", Person("id: person:ada-example", "id: person:ada-example-2"))).ToArray()),
        new("STMT0033", "C# name collision", With("places/to-string.yaml", "schema: place/1\nid: place:to-string\nname: To String\ntype: city\n"), "places/to-string.yaml", "place:to-string", null, "Places.Named.ToString",
            With("places/to-string-bay.yaml", "schema: place/1\nid: place:to-string-bay\nname: To String\ntype: city\n")),
        Case("STMT0034", "unknown claim", LatePath, Late("#crowd, basis", "#crowds, basis"), "stmt:2024-05-01-ada-crowd-2000#crowds", "did you mean 'crowd'?",
            Late("to: stmt:2024-05-01-ada-crowd-2000#crowd", "to: stmt:2024-05-01-ada-crowd-2000")),
        new("STMT0035", "unknown occasion", With(EarlyPath, Early("setting: press_briefing}", "setting: press_briefing, before: 2024-05-02-briefing}")), EarlyPath,
            "2024-05-02-briefing", null, "No statement has an occasion with key",
            With(EarlyPath, Early("setting: press_briefing}", "setting: press_briefing, before: 2024-05-02-talk}"))
                .Where(f => f.Item1 != LatePath)
                .Append((LatePath, Late("speaker: {ref: person:ada-example, identification: named}", "speaker: {ref: person:ada-example, identification: named}\noccasion: {key: 2024-05-02-talk}")))
                .ToArray()),
        Archived("STMT0040", "control character in an archived text", Fixtures.ArchivedTextPath, Fixtures.ArchivedText.Replace("spoke this spring", "spoke\u0007this spring"), "\u0007", "control character U+0007",
            Fixtures.ArchivedTextPath, Fixtures.ArchivedText.Replace("spoke this spring", "spoke\tthis spring").Replace("Example City. The", "Example City.\tThe"), nearMissIsClean: false),
        Archived("STMT0041", "sha256 of another text", SourcePath, ArchivedSource.Replace("sha256: " + ArchivedSha, "sha256: " + Flipped(ArchivedSha)), Flipped(ArchivedSha), "but the archived text 'example-daily-2024-05-02.txt' has " + ArchivedSha,
            SourcePath, ArchivedSource),
        new("STMT0042", "archived text without a source", Fixtures.WithArchivedText().Append(("sources/example-daily-2024-05-03.txt", "A paragraph.\n")).ToArray(), "sources/example-daily-2024-05-03.txt", null, null,
            "There is no source 'src:example-daily-2024-05-03'", Fixtures.WithArchivedText()),
        Archived("STMT0043", "excerpt in another paragraph", EarlyPath, Early("para: 1", "para: 2"), "2", "The excerpt is in paragraph 1 of src:example-daily-2024-05-02, not paragraph 2",
            EarlyPath, Early("came.", "came…"), after: "para: "),
        Archived("STMT0043", "excerpt with no words", EarlyPath,
            Early("excerpt: The ministry said at least 2,000 people came.", "excerpt: \"…\"").Replace("attributed_as: The ministry", "attributed_as: \"…\"").Replace("cue: said", "cue: \"…\""),
            "\"…\"", "The excerpt holds no words, only white space and ellipses", EarlyPath, Early("excerpt: The ministry said at least 2,000 people came.", "excerpt: \"The ministry said … came.\""), after: "excerpt: "),
        Archived("STMT0044", "role not in the source", EarlyPath, Early("role: spokesperson", "role: spokesman"), "spokesman", "is not in the text of src:example-daily-2024-05-02",
            EarlyPath, Early("role: spokesperson", "role: Ministry spokesperson")),
        Case("STMT0050", "quote not in excerpt", LatePath, Late("between 4,000 and 5,000 came\"]", "5,000 came\"]"), "\"It is likely that 5,000 came\"", "does not occur in the excerpt",
            Late("between 4,000 and 5,000 came\"]", "between 4,000 and … came\"]")),
        Case("STMT0051", "quote on an indirect rendering", EarlyPath, Early("    fidelity: faithful", "    quote: [at least 2,000 people came]\n    fidelity: faithful"), "quote", "indirect rendering has no quotation marks",
            Early("mode: indirect\n", "mode: mixed\n").Replace("    fidelity: faithful", "    quote: [\"at least 2,000 people came\"]\n    fidelity: faithful")),
        Case("STMT0051", "direct rendering without a quote", LatePath, Late("    quote: [\"It is likely that between 4,000 and 5,000 came\"]\n", ""), "direct", "direct rendering needs 'quote'",
            Late("mode: direct", "mode: mixed")),
        Case("STMT0052", "quantity claim without quantity", EarlyPath, Early("    quantity: {as_stated: \"at least 2,000 people\", value: 2000, unit: person, qualifier: at_least}\n", ""), "type", "Claim 'crowd' has type quantity",
            Early("    type: quantity\n", "    type: presence\n").Replace("    quantity: {as_stated: \"at least 2,000 people\", value: 2000, unit: person, qualifier: at_least}\n", ""), after: "key: crowd"),
        Case("STMT0053", "ICD 203 band without a cue", LatePath, Late("icd203: likely", "icd203: almost_certain"), "almost_certain", "needs a cue with one of its terms",
            Late("cues: [It is likely]", "cues: [probably]")),
        Case("STMT0054", "high outside a range", EarlyPath, Early("value: 2000, unit", "value: 2000, high: 3000, unit"), "high", "qualifier is 'at_least'",
            Early("value: 2000, unit: person, qualifier: at_least", "value: 2000, high: 3000, unit: person, qualifier: range")),
        Case("STMT0055", "relation from an unknown claim", LatePath, Late("from: crowd", "from: crowds"), "crowds", "claims here: crowd",
            Late("from: crowd, ", "")),
        new("STMT0056", "statement without claims", With(EarlyPath, NoClaims).Where(f => f.Item1 != LatePath).ToArray(), EarlyPath, "kind", null, "needs at least one claim",
            With(EarlyPath, NoClaims.Replace("kind: assertion", "kind: no_comment")).Where(f => f.Item1 != LatePath).ToArray()),
        Case("STMT0057", "duplicate claim key", EarlyPath, Early("curation:", "  - {key: crowd, type: presence, text: Again., stance: {polarity: positive, certainty: certain}}\ncuration:"), "crowd", "used twice",
            Early("curation:", "  - {key: crowd-again, type: presence, text: Again., stance: {polarity: positive, certainty: certain}}\ncuration:"), after: "  - {key: "),
        Case("STMT0058", "empty renderings", EarlyPath, WithoutRenderings, "renderings", "needs at least one item",
            Early("curation:", "omissions: []\ncuration:")),
        Case("STMT0059", "organisation as a location", EarlyPath, Early("{ref: place:example-city, role: location}", "{ref: org:example-ministry, role: location}"), "org:example-ministry", "may only have role venue",
            Early("{ref: place:example-city, role: location}", "{ref: org:example-ministry, role: venue}"), after: "where"),
        Case("STMT0060", "paragraph 0", EarlyPath, Early("para: 1", "para: 0"), "0", "must be at least 1",
            Early("para: 1", "para: 2"), after: "para: "),
        Case("STMT0061", "ISO code not the id", "polities/xa.yaml", Replace(Fixtures.Polity, "iso3166: XA", "iso3166: XB"), "XB", "does not match the id",
            Replace(Fixtures.Polity, "iso3166: XA", "iso3166: \"XA\"")),
        Case("STMT0070", "draft statement", EarlyPath, Early("status: reviewed", "status: draft"), "draft", "is a draft",
            Early("status: reviewed", "status: published")),
        Case("STMT0071", "person without Wikidata", PersonPath, Person("wikidata: Q42\n", ""), "person:ada-example", "has no wikidata id",
            Person("wikidata: Q42", "wikidata: Q7")),
        Case("STMT0072", "placeholder not filled", EarlyPath, Early("excerpt: The ministry said at least 2,000 people came.", "excerpt: \"  TODO: The whole printed sentence.\""), "\"  TODO: The whole printed sentence.\"", "'renderings.0.excerpt' still holds the placeholder",
            Early("text: At least 2,000 people attended.", "text: \"At least 2,000 people attended (TODO: check the count).\"")),
        Case("STMT0080", "file too large", PersonPath, HugeComment + Fixtures.Person, "", "a corpus file may have at most",
            BigComment + Fixtures.Person),
        Case("STMT0081", "nesting too deep", PersonPath, Fixtures.Person + "\nx: " + new string('[', 70) + new string(']', 70) + "\n", "[", "deeper than 64 levels",
            // Nesting that deep is never valid schema, so the near miss is only an unknown key.
            Fixtures.Person + "\nx: " + new string('[', 60) + new string(']', 60) + "\n", after: new string('[', 64), nearMissIsClean: false),
        Case("STMT0082", "value too long", PersonPath, Person("name: Ada Example", "name: " + LongName), LongName, "70000 characters",
            Person("name: Ada Example", "name: " + NearlyLongName)),
    ];
}
