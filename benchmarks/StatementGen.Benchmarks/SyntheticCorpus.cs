using System.Globalization;
using System.Text;

namespace StatementGen.Benchmarks;

/// <summary>
/// A deterministic corpus of any size that reads like the seed: officials of ministries and
/// international organisations briefing on troop movements, with renderings in news articles,
/// quantity and forecast claims about places, and relations that update or corroborate earlier
/// claims. The same size always gives the same files, byte for byte. Every file is valid (only the
/// draft-curation warnings remain), so the whole corpus reaches emission.
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly (string Iso, string Name, string Adjective)[] Countries =
    [
        ("US", "United States", "American"), ("KR", "South Korea", "South Korean"), ("KP", "North Korea", "North Korean"),
        ("RU", "Russia", "Russian"), ("UA", "Ukraine", "Ukrainian"), ("GB", "United Kingdom", "British"), ("FR", "France", "French"),
        ("DE", "Germany", "German"), ("PL", "Poland", "Polish"), ("JP", "Japan", "Japanese"), ("CN", "China", "Chinese"),
        ("TR", "Turkey", "Turkish"), ("IT", "Italy", "Italian"), ("ES", "Spain", "Spanish"), ("NL", "Netherlands", "Dutch"),
        ("SE", "Sweden", "Swedish"), ("FI", "Finland", "Finnish"), ("NO", "Norway", "Norwegian"), ("RO", "Romania", "Romanian"),
        ("LT", "Lithuania", "Lithuanian"), ("LV", "Latvia", "Latvian"), ("EE", "Estonia", "Estonian"), ("CA", "Canada", "Canadian"),
        ("AU", "Australia", "Australian"), ("IN", "India", "Indian"), ("BR", "Brazil", "Brazilian"), ("ZA", "South Africa", "South African"),
        ("IL", "Israel", "Israeli"), ("IR", "Iran", "Iranian"), ("BY", "Belarus", "Belarusian"),
    ];

    private static readonly string[] FirstNames =
    [
        "Sabrina", "Lloyd", "Mark", "Antony", "Sergey", "Volodymyr", "Anna", "Jean", "Maria", "Kenji", "Min-jun", "Olena", "Piotr", "Ingrid",
        "Aiko", "Lukas", "Sofia", "Mehmet", "Elena", "Tomas", "Hana", "David", "Grace", "Ravi", "Lucia", "Oskar", "Leila", "Marek", "Yuna", "Ivan",
    ];

    private static readonly string[] LastNames =
    [
        "Singh", "Austin", "Rutte", "Blinken", "Lavrov", "Zelensky", "Kowalski", "Moreau", "Rossi", "Tanaka", "Kim", "Shevchenko", "Nowak",
        "Larsen", "Sato", "Becker", "Garcia", "Yilmaz", "Petrova", "Novak", "Park", "Cohen", "Okafor", "Sharma", "Fernandez", "Lindqvist",
        "Haddad", "Dvorak", "Choi", "Volkov", "Brennan", "Mendes",
    ];

    private static readonly string[] Offices = ["Ministry of Defence", "Ministry of Foreign Affairs", "Presidential Office", "Intelligence Service"];

    private static readonly string[] Roles = ["spokesperson", "deputy press secretary", "minister", "foreign minister", "secretary general", "president", "intelligence chief"];

    private static readonly string[] PlaceStems = ["Kursk", "Belgorod", "Kharkiv", "Donetsk", "Zaporizhzhia", "Kherson", "Primorsky", "Khabarovsk", "Amur", "Bryansk", "Luhansk", "Sumy", "Odesa", "Mykolaiv", "Rostov", "Voronezh"];

    private static readonly string[] PlaceKinds = ["region", "border area", "training ground", "front line", "port", "airfield"];

    private static readonly string[] Outlets = ["The Hill", "Daily Courier", "Morning Herald", "Evening Standard Wire", "Capital Gazette", "Global Dispatch", "Northern Ledger", "Harbour Times"];

    private static readonly string[] Units = ["soldier", "troop", "officer", "vehicle", "artillery piece", "drone"];

    private static readonly (string Band, string Cue)[] Hedges = [("likely", "probably"), ("very_likely", "very likely"), ("roughly_even_chance", "with roughly even chance"), ("unlikely", "unlikely")];

    private readonly Random random;
    private readonly int statements;
    private readonly List<(string Path, string Yaml)> files = [];
    private readonly List<string> polities = [];
    private readonly List<string> orgs = [];
    private readonly List<string> outlets = [];
    private readonly List<(string Id, string Name, string Org, string Role)> people = [];
    private readonly List<(string Id, string Name)> places = [];
    private readonly List<string> events = [];
    private readonly List<string> sources = [];
    private readonly List<int> sourceFiles = [];
    private readonly List<int> sourceParagraphs = [];

    // The excerpts cited in each paragraph of each source, for the archived texts.
    private readonly Dictionary<(string Source, int Para), List<string>> cited = [];

    private SyntheticCorpus(int statements, int seed)
    {
        this.statements = statements;
        random = new Random(seed);
    }

    /// <summary>
    /// The corpus for <paramref name="statements"/> statements: path under the corpus root, and YAML
    /// (or, with <paramref name="archiveTexts"/>, each source's archived text, <c>sources/&lt;slug&gt;.txt</c>,
    /// made of the excerpts its renderings cite, with the source saying <c>stored: full</c>).
    /// The YAML of the statements is the same either way.
    /// </summary>
    public static IReadOnlyList<(string Path, string Yaml)> Build(int statements, int seed = 20241028, bool archiveTexts = false)
    {
        var corpus = new SyntheticCorpus(statements, seed);
        corpus.Generate();
        if (archiveTexts) corpus.ArchiveTexts();
        return corpus.files;
    }

    /// <summary>Each source's text: paragraph n holds every excerpt cited there, or a sentence of its own.</summary>
    private void ArchiveTexts()
    {
        for (var i = 0; i < sources.Count; i++)
        {
            var paragraphs = Enumerable.Range(1, sourceParagraphs[i])
                .Select(p => cited.TryGetValue((sources[i], p), out var excerpts)
                    ? string.Join(" ", excerpts.Distinct())
                    : $"Paragraph {p} reports what officials said about troop movements near the border.")
                .ToArray();
            var text = string.Concat(paragraphs.Select(p => p + "\n"));
            var sha = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
            var (path, yaml) = files[sourceFiles[i]];
            files[sourceFiles[i]] = (path, yaml.Replace("stored: excerpts_only}", "sha256: " + sha + ", stored: full}"));
            files.Add((path.Substring(0, path.Length - ".yaml".Length) + ".txt", text));
        }
    }

    /// <summary>Writes the corpus under <paramref name="directory"/> (emptied first); returns the bytes written.</summary>
    public static long Write(int statements, string directory, bool archiveTexts = false)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        long bytes = 0;
        foreach (var (path, yaml) in Build(statements, archiveTexts: archiveTexts))
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, yaml, new UTF8Encoding(false));
            bytes += Encoding.UTF8.GetByteCount(yaml);
        }
        return bytes;
    }

    /// <summary>The id of the statement with this number, as <see cref="Build"/> names it.</summary>
    public static string StatementId(int statements, int index) => "stmt:" + StatementSlug(statements, index);

    private static DateOnly SaidOn(int statements, int index) => new DateOnly(2020, 1, 1).AddDays((int)((long)index * 2190 / Math.Max(1, statements)));

    private static string StatementSlug(int statements, int index) =>
        SaidOn(statements, index).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-briefing-" + index.ToString(CultureInfo.InvariantCulture);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private void Generate()
    {
        var peopleCount = Math.Clamp(statements / 10, 20, 5000);
        var placeCount = Math.Clamp(statements / 20, 16, 3000);
        var eventCount = Math.Clamp(statements / 50, 4, 2000);
        var sourceCount = Math.Clamp(statements / 8, 2, 20000);

        foreach (var (iso, name, adjective) in Countries)
        {
            var id = "polity:" + iso.ToLowerInvariant();
            polities.Add(id);
            Add("polities/" + iso.ToLowerInvariant() + ".yaml", $"""
                schema: polity/1
                id: {id}
                name: {name}
                iso3166: {iso}
                aliases: [{adjective} government]

                """);
            foreach (var office in Offices)
            {
                var slug = iso.ToLowerInvariant() + "-" + Slug(office);
                orgs.Add("org:" + slug);
                Add("orgs/" + slug + ".yaml", $"""
                    schema: org/1
                    id: org:{slug}
                    name: {adjective} {office}
                    type: government_department
                    parent: {id}

                    """);
            }
        }

        for (var i = 0; i < Outlets.Length; i++)
        {
            var slug = Slug(Outlets[i]);
            outlets.Add("org:" + slug);
            Add("orgs/" + slug + ".yaml", $"""
                schema: org/1
                id: org:{slug}
                name: {Outlets[i]}
                type: news_outlet
                source_scale: national

                """);
        }

        for (var i = 0; i < sourceCount; i++)
        {
            var date = SaidOn(sourceCount, i).AddDays(1);
            var slug = "article-" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + i.ToString(CultureInfo.InvariantCulture);
            sources.Add("src:" + slug);
            sourceFiles.Add(files.Count);
            sourceParagraphs.Add(15 + (i % 10));
            var outlet = outlets[i % outlets.Count];
            Add("sources/" + slug + ".yaml", $"""
                schema: source/1
                id: src:{slug}
                type: news_article
                publisher: {outlet}
                title: Officials weigh in on troop movements near the border ({i})
                url: https://news.example/{slug}
                authors: [{Pick(FirstNames)} {Pick(LastNames)}]
                language: en
                published:
                  date: {Iso(date)}
                  weekday: {date.DayOfWeek}
                  tz: UTC
                text: {"{"}paragraphs: {15 + (i % 10)}, stored: excerpts_only{"}"}

                """);
        }

        for (var i = 0; i < placeCount; i++)
        {
            var name = PlaceStems[i % PlaceStems.Length] + " " + PlaceKinds[(i / PlaceStems.Length) % PlaceKinds.Length] + (i >= PlaceStems.Length * PlaceKinds.Length ? " " + (i / (PlaceStems.Length * PlaceKinds.Length)).ToString(CultureInfo.InvariantCulture) : "");
            var slug = Slug(name);
            places.Add(("place:" + slug, name));
            Add("places/" + slug + ".yaml", $"""
                schema: place/1
                id: place:{slug}
                name: {name}
                aliases: [{name.Split(' ')[0]} area]
                type: {(i % 3 == 0 ? "admin1" : "vague_region")}
                within: {polities[3 + (i % 2)]}

                """);
        }

        for (var i = 0; i < peopleCount; i++)
        {
            var name = FirstNames[i % FirstNames.Length] + " " + LastNames[(i / FirstNames.Length) % LastNames.Length] + (i >= FirstNames.Length * LastNames.Length ? " " + (i / (FirstNames.Length * LastNames.Length)).ToString(CultureInfo.InvariantCulture) : "");
            var slug = Slug(name);
            var org = orgs[(i * 7) % orgs.Count];
            var role = Roles[i % Roles.Length];
            people.Add(("person:" + slug, name, org, role));
            Add("people/" + slug + ".yaml", $"""
                schema: person/1
                id: person:{slug}
                name: {name}
                positions:
                  - {"{"}title: {Capitalise(role)}, org: {org}, as_of: 2020-01-01, evidence: {sources[i % sources.Count]}{"}"}

                """);
        }

        for (var i = 0; i < eventCount; i++)
        {
            var date = SaidOn(eventCount, i).AddDays(3);
            var slug = Iso(date) + "-defence-talks-" + i.ToString(CultureInfo.InvariantCulture);
            events.Add("event:" + slug);
            var host = people[i % people.Count];
            Add("events/" + slug + ".yaml", $"""
                schema: event/1
                id: event:{slug}
                name: Defence talks {i}
                type: bilateral_meeting
                status: occurred
                when: {"{"}edtf: {Iso(date)}, precision: day, basis: stated{"}"}
                where: [{"{"}ref: {places[i % places.Count].Id}, role: venue{"}"}]
                participants:
                  - {"{"}ref: {host.Id}, role: host{"}"}
                  - {"{"}ref: {polities[i % polities.Count]}, role: guest{"}"}

                """);
        }

        for (var i = 0; i < statements; i++) Statement(i);
    }

    private void Statement(int index)
    {
        var slug = StatementSlug(statements, index);
        var id = "stmt:" + slug;
        var said = SaidOn(statements, index);
        var speaker = people[(int)((index * 2654435761L) % people.Count)];
        var place = places[random.Next(places.Count)];
        var other = places[random.Next(places.Count)];
        var unit = Pick(Units);
        var number = (random.Next(1, 200) * 50).ToString(CultureInfo.InvariantCulture);
        var numberText = int.Parse(number, CultureInfo.InvariantCulture).ToString("#,0", CultureInfo.InvariantCulture);
        var (band, cue) = Pick(Hedges);
        var weeks = random.Next(2, 9);
        var source = sources[Math.Min(sources.Count - 1, (int)((long)index * sources.Count / statements))];
        var para = random.Next(1, 15);
        var quote = $"We assess that about {numberText} {unit}s have arrived in the {place.Name}, and they will {cue} move toward the {other.Name} within {weeks} weeks";
        var excerpt = $"“{quote},” {speaker.Role} {speaker.Name} told reporters on {said.DayOfWeek}.";
        var indirect = $"About {numberText} {unit}s have reached the {place.Name}, the {speaker.Role} said, adding that more could follow.";
        var occasion = Iso(said) + "-" + Slug(speaker.Name) + "-briefing-" + index.ToString(CultureInfo.InvariantCulture);
        Cite(source, para, excerpt);
        if (index % 4 == 1) Cite(source, para + 1, indirect);

        var yaml = new StringBuilder();
        yaml.Append($"""
            schema: statement/1
            id: {id}
            kind: {(index % 3 == 0 ? "assertion" : "assessment")}
            speaker:
              ref: {speaker.Id}
              on_behalf_of: {speaker.Org}
              role: {speaker.Role}
              identification: named
            occasion: {"{"}key: {occasion}, setting: press_briefing, audience: reporters, venue: {place.Id}{"}"}
            said: {"{"}as_stated: {said.DayOfWeek}, edtf: {Iso(said)}, precision: day, basis: relative, anchor: {Iso(said)}{"}"}
            renderings:
              - source: {source}
                para: {para}
                mode: direct
                attributed_as: {speaker.Role} {speaker.Name}
                cue: told reporters
                cue_class: neutral
                quote:
                  - >-
                    {quote}
                excerpt: >-
                  {excerpt}
                fidelity: verbatim

            """);

        // A quarter of the statements are reported twice and a third forecast: about 2 KB of YAML per statement, near the
        // 1.9 KB of the reference measurements in the architecture notes.
        if (index % 4 == 1)
        {
            yaml.Append($"""
                  - source: {source}
                    para: {para + 1}
                    mode: indirect
                    attributed_as: the {speaker.Role}
                    cue: said
                    excerpt: {indirect}
                    fidelity: faithful

                """);
        }

        yaml.Append($"""
            claims:
              - key: arrived
                type: quantity
                text: About {numberText} {unit}s have arrived in the {place.Name}.
                topic: troop-movements
                subject: {polities[2]}
                predicate: deployed_personnel
                measure: {unit.Replace(' ', '_')}s_deployed
                quantity: {"{"}as_stated: "about {numberText} {unit}s", value: {number}, unit: {unit}, qualifier: approximate, scope: cumulative{"}"}
                where: [{"{"}ref: {place.Id}, role: destination, as_stated: the {place.Name}{"}"}]
                when: {"{"}as_stated: have arrived, edtf: ../{Iso(said)}, precision: open, basis: tense{"}"}
                stance: {"{"}polarity: positive, certainty: probable, evidential: assessment, cues: [We assess]{"}"}

            """);

        if (index % 3 == 0)
        {
            yaml.Append($"""
                  - key: move-forecast
                    type: forecast
                    text: The {unit}s will {cue} move toward the {other.Name} within {weeks} weeks.
                    topic: troop-movements
                    subject: {polities[2]}
                    predicate: move_toward
                    where: [{"{"}ref: {other.Id}, role: toward, as_stated: the {other.Name}{"}"}]
                    when:
                      as_stated: within {weeks} weeks
                      edtf: {Iso(said)}/{Iso(said.AddDays(weeks * 7))}
                      precision: vague
                      basis: relative
                      anchor: {Iso(said)}
                      extent: {"{"}amount: "{weeks}", unit: week{"}"}
                    stance: {"{"}polarity: positive, certainty: probable, evidential: assessment, cues: [{cue}], icd203: {band}{"}"}

                """);
        }

        if (index > 0)
        {
            yaml.Append("relations:\n");
            var earlier = random.Next(Math.Max(0, index - 50), index);
            yaml.Append($"""
                  - type: {(index % 2 == 0 ? "updates_estimate" : "corroborates")}
                    from: arrived
                    to: {StatementId(statements, earlier)}#arrived
                    basis: curator_inference
                    confidence: moderate
                    note: Both count arrivals in the same area.

                """);
            if (index % 5 == 0) yaml.Append($"  - {{type: refers_to, to: {events[random.Next(events.Count)]}, basis: curator_inference}}\n");
        }

        yaml.Append("curation: {status: draft, by: synthetic}\n");
        Add("statements/" + said.Year.ToString(CultureInfo.InvariantCulture) + "/" + slug + ".yaml", yaml.ToString());
    }

    private void Cite(string source, int para, string excerpt)
    {
        if (!cited.TryGetValue((source, para), out var excerpts)) cited.Add((source, para), excerpts = []);
        excerpts.Add(excerpt);
    }

    private void Add(string path, string yaml) => files.Add((path, yaml.Replace("\r\n", "\n")));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }
}
