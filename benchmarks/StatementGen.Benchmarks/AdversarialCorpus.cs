using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace StatementGen.Benchmarks;

/// <summary>One hostile corpus file: where it sits in the corpus, its text, and how much of the attack it holds.</summary>
/// <param name="Path">The path under the corpus root.</param>
/// <param name="Yaml">The text: ASCII only, so its length in characters is its size in bytes.</param>
/// <param name="Count">How much of the attack the file holds, in <paramref name="Unit"/>: levels, keys, references, characters.</param>
/// <param name="Unit">What <paramref name="Count"/> counts.</param>
/// <param name="Expected">
/// The errors the file is built to provoke at this size: each of them is reported on it, and no other error of the
/// file, schema, reference and semantic families (0001–0069). Empty for a file that is valid at this size.
/// </param>
public sealed record AdversarialFile(string Path, string Yaml, int Count, string Unit, IReadOnlyList<string> Expected)
{
    /// <summary>"262,139 levels".</summary>
    public string Shape => Count.ToString("N0", CultureInfo.InvariantCulture) + " " + Unit;
}

/// <summary>A kind of hostile file a contributor could send, made at any size.</summary>
/// <param name="Name">The short name the command line and the results table use.</param>
/// <param name="Attack">What the file does, in a few words.</param>
/// <param name="Make">Makes the file at a size in characters (bytes).</param>
public sealed record AdversarialCase(string Name, string Attack, Func<int, AdversarialFile> Make);

/// <summary>
/// A small valid corpus and the hostile files the adversarial benchmark adds to it, one at a time:
/// each a realistic attack a contributed file could carry (deep brackets, deep block nesting, long
/// keys, a long near-miss claim key, many keys, many relations from unknown claims, many references
/// to unknown ids, one long line plain or quoted, many list items). Every file is exactly the size
/// asked for (padded with a comment line at the end where the attack does not fill it), and the
/// same size always gives the same text. The files refer to ids of the valid corpus, so that each
/// reaches the check it is aimed at instead of failing earlier for another reason.
/// </summary>
public sealed class AdversarialCorpus
{
    /// <summary>Statements of the synthetic corpus the valid corpus is cut from.</summary>
    private const int Statements = 20;

    private static readonly Regex Reference = new(@"\b(?:stmt|person|org|polity|place|event|src):[a-z0-9]+(?:-[a-z0-9]+)*", RegexOptions.CultureInvariant);

    private readonly string speaker;
    private readonly string source;
    private readonly string statement;
    private readonly string[] people;

    private AdversarialCorpus()
    {
        statement = SyntheticCorpus.StatementId(Statements, 0);
        Valid = Closure(SyntheticCorpus.Build(Statements), statement);
        people = Valid.Where(f => f.Path.StartsWith("people/", StringComparison.Ordinal)).Select(f => IdOf(f.Yaml)).ToArray();
        speaker = people[0];
        source = Valid.Select(f => IdOf(f.Yaml)).First(id => id.StartsWith("src:", StringComparison.Ordinal));
        Ids = Valid.Select(f => IdOf(f.Yaml)).ToHashSet(StringComparer.Ordinal);
        Cases =
        [
            new("deep-flow", "flow brackets [[[… nested past the depth limit", DeepFlow),
            new("deep-block", "block lists '- - - …' nested past the depth limit", DeepBlock),
            new("long-keys", "unknown keys of S/16 characters, each a real key run on", LongKeys),
            new("long-claim-key", "claim keys of S/32 characters, each referred to by a near miss (stmt:…#key)", LongClaimKey),
            new("many-keys", "one mapping of short unknown keys", ManyKeys),
            new("bad-relation-from", "claims, each with a relation whose 'from' names no claim", BadRelationFrom),
            new("unknown-ids", "references to near misses of person ids", UnknownIds),
            new("long-plain-line", "one line: a plain scalar as long as the file", LongPlainLine),
            new("long-quoted-line", "one line: a double-quoted scalar of escapes", LongQuotedLine),
            new("many-items", "one list of short items (a valid file)", ManyItems),
        ];
    }

    /// <summary>The corpus, made once per process.</summary>
    public static AdversarialCorpus Instance => Lazy.Value;

    private static readonly Lazy<AdversarialCorpus> Lazy = new(() => new AdversarialCorpus());

    /// <summary>The largest file the generator reads at all, in characters; a longer one is refused unread.</summary>
    public static int MaxFileLength { get; } = ReaderLimit("MaxFileLength");

    /// <summary>The longest value (a key too) the generator reads, in characters.</summary>
    public static int MaxScalarLength { get; } = ReaderLimit("MaxScalarLength");

    /// <summary>The deepest nesting of lists and mappings the generator reads.</summary>
    public static int MaxDepth { get; } = ReaderLimit("MaxDepth");

    /// <summary>
    /// The valid corpus every case adds its one file to: one synthetic statement and every file it
    /// needs, directly or through them (its speaker, the speaker's office and country, the source and its
    /// publisher, the places): about a dozen files, so that the run is mostly the hostile file's.
    /// </summary>
    public IReadOnlyList<(string Path, string Yaml)> Valid { get; }

    /// <summary>Every id the valid corpus declares.</summary>
    public IReadOnlySet<string> Ids { get; }

    /// <summary>The cases, in the order the results table shows them.</summary>
    public IReadOnlyList<AdversarialCase> Cases { get; }

    /// <summary>The case of this name.</summary>
    public AdversarialCase Case(string name) =>
        Cases.FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException($"no adversarial case '{name}'; the cases are {string.Join(", ", Cases.Select(c => c.Name))}");

    // The limits are the generator's own (internal) constants, read from its assembly so that the files follow them if they change.
    private static int ReaderLimit(string name) =>
        (int)(typeof(CorpusGenerator).Assembly.GetType("StatementGen.Parsing.YamlTreeReader", throwOnError: true)!
            .GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue()
            ?? throw new InvalidOperationException("YamlTreeReader." + name + " not found"));

    private AdversarialFile DeepFlow(int size)
    {
        var yaml = PersonHeader("deep-flow", "Deep Flow").Append("aliases: ");
        var levels = (size - yaml.Length - 1) / 2;
        yaml.Append('[', levels).Append(']', levels).Append('\n');
        return Finish("people/deep-flow.yaml", yaml, size, levels, "levels", levels > MaxDepth ? ["STMT0081"] : []);
    }

    private AdversarialFile DeepBlock(int size)
    {
        var yaml = PersonHeader("deep-block", "Deep Block").Append("aliases:\n");
        var levels = (size - yaml.Length - 2) / 2;
        for (var i = 0; i < levels; i++) yaml.Append("- ");
        yaml.Append("x\n");
        return Finish("people/deep-block.yaml", yaml, size, levels, "levels", levels > MaxDepth ? ["STMT0081"] : []);
    }

    private AdversarialFile LongKeys(int size)
    {
        string[] real = ["schema", "id", "name", "aliases", "wikidata", "positions"];
        var yaml = PersonHeader("long-keys", "Long Keys");
        var length = Math.Min(MaxScalarLength, size / 16);
        var keys = 0;
        while (yaml.Length + "? \n: 1\n".Length + length <= size)
        {
            // A real key, a number that keeps the keys apart, then the key's last letter over and over; written as an
            // explicit key ('? '), since YAML allows an implicit one at most 1024 characters.
            var key = real[keys % real.Length];
            var stem = key + keys.ToString(CultureInfo.InvariantCulture);
            yaml.Append("? ").Append(stem).Append(key[^1], length - stem.Length).Append("\n: 1\n");
            keys++;
        }
        return Finish("people/long-keys.yaml", yaml, size, keys, "keys of " + length.ToString("N0", CultureInfo.InvariantCulture) + " characters", ["STMT0011"]);
    }

    private AdversarialFile LongClaimKey(int size)
    {
        const string slug = "2020-01-01-long-claim-key";
        var self = "stmt:" + slug;
        var yaml = StatementHeader(slug);
        var length = Math.Min(MaxScalarLength - self.Length - 1, size / 32);
        var claim = "  - {key: , type: presence, text: t, stance: {polarity: positive, certainty: certain}}\n".Length + length;
        var relation = ("  - {type: corroborates, to: " + self + "#, basis: curator_inference}\n").Length + length;
        var pairs = (size - yaml.Length - "claims:\nrelations:\n".Length) / (claim + relation);
        var keys = Enumerable.Range(0, pairs).Select(i => ClaimKey(i, length)).ToArray();
        yaml.Append("claims:\n");
        foreach (var key in keys) yaml.Append("  - {key: ").Append(key).Append(", type: presence, text: t, stance: {polarity: positive, certainty: certain}}\n");
        yaml.Append("relations:\n");
        foreach (var key in keys)
        {
            // One edit away from a key the statement has: the last letter changed.
            yaml.Append("  - {type: corroborates, to: ").Append(self).Append('#').Append(key, 0, key.Length - 1).Append("b, basis: curator_inference}\n");
        }
        return Finish("statements/2020/" + slug + ".yaml", yaml, size, pairs, "references to near misses of claim keys of " + length.ToString("N0", CultureInfo.InvariantCulture) + " characters", ["STMT0034"]);

        static string ClaimKey(int index, int length)
        {
            var stem = "k" + index.ToString(CultureInfo.InvariantCulture) + "-";
            return stem + new string('a', length - stem.Length);
        }
    }

    private AdversarialFile ManyKeys(int size)
    {
        var yaml = PersonHeader("many-keys", "Many Keys");
        var keys = 0;
        while (yaml.Length + "x000000: 1\n".Length <= size)
        {
            yaml.Append('x').Append(Base36(keys, 6)).Append(": 1\n");
            keys++;
        }
        return Finish("people/many-keys.yaml", yaml, size, keys, "keys", ["STMT0011"]);
    }

    private AdversarialFile BadRelationFrom(int size)
    {
        const string slug = "2020-01-01-bad-relation-from";
        var yaml = StatementHeader(slug);
        var room = size - yaml.Length - "claims:\nrelations:\n".Length;
        var pairs = 0;
        while (room >= Pair(pairs)) room -= Pair(pairs++);
        yaml.Append("claims:\n");
        for (var i = 0; i < pairs; i++) yaml.Append(Claim(i));
        yaml.Append("relations:\n");
        for (var i = 0; i < pairs; i++) yaml.Append(Relation(i));
        return Finish("statements/2020/" + slug + ".yaml", yaml, size, pairs, "claims, each with a relation from an unknown claim", ["STMT0055"]);

        int Pair(int i) => Claim(i).Length + Relation(i).Length;
        static string Claim(int i) => "  - {key: c" + i.ToString(CultureInfo.InvariantCulture) + ", type: presence, text: t, stance: {polarity: positive, certainty: certain}}\n";
        string Relation(int i) => "  - {type: corroborates, from: x" + i.ToString(CultureInfo.InvariantCulture) + ", to: " + statement + ", basis: curator_inference}\n";
    }

    private AdversarialFile UnknownIds(int size)
    {
        const string slug = "2020-01-01-unknown-ids";
        var yaml = new StringBuilder($"""
            schema: event/1
            id: event:{slug}
            name: Unknown Ids
            type: summit
            status: occurred
            when: {"{"}edtf: 2020-01-01, precision: day, basis: stated{"}"}
            participants:

            """.Replace("\r\n", "\n"));
        var references = 0;
        for (var variant = 0; ; variant++)
        {
            // A person's id with its last three characters replaced: as long as the real id and at most three edits away.
            var person = people[variant % people.Length];
            var near = person.Substring(0, person.Length - 3) + Base36(variant / people.Length, 3);
            if (Ids.Contains(near)) continue;
            var item = "  - {ref: " + near + ", role: guest}\n";
            if (yaml.Length + item.Length > size) break;
            yaml.Append(item);
            references++;
        }
        return Finish("events/" + slug + ".yaml", yaml, size, references, "references to unknown ids", ["STMT0030"]);
    }

    private AdversarialFile LongPlainLine(int size)
    {
        const string words = "lorem ipsum dolor sit amet ";
        var yaml = PersonHeader("long-plain-line", "Long Plain Line").Append("aliases:\n  - ");
        var length = size - yaml.Length - "x\n".Length;
        for (var i = 0; i < length; i++) yaml.Append(words[i % words.Length]);
        yaml.Append("x\n");
        return Finish("people/long-plain-line.yaml", yaml, size, length + 1, "characters in one plain scalar", length + 1 > MaxScalarLength ? ["STMT0082"] : []);
    }

    private AdversarialFile LongQuotedLine(int size)
    {
        const string escapes = "\\\"\\\\\\t\\u00e9 ";
        var yaml = PersonHeader("long-quoted-line", "Long Quoted Line").Append("aliases:\n  - \"");
        var units = (size - yaml.Length - "\"\n".Length) / escapes.Length;
        for (var i = 0; i < units; i++) yaml.Append(escapes);
        yaml.Append("\"\n");
        return Finish("people/long-quoted-line.yaml", yaml, size, units * 4, "escapes in one double-quoted scalar", units * 5 > MaxScalarLength ? ["STMT0082"] : []);
    }

    private AdversarialFile ManyItems(int size)
    {
        var yaml = PersonHeader("many-items", "Many Items").Append("aliases:\n");
        var items = 0;
        while (yaml.Length + "  - a000000\n".Length <= size)
        {
            yaml.Append("  - a").Append(Base36(items, 6)).Append('\n');
            items++;
        }
        return Finish("people/many-items.yaml", yaml, size, items, "list items", []);
    }

    private static StringBuilder PersonHeader(string slug, string name) => new($"schema: person/1\nid: person:{slug}\nname: {name}\n");

    private StringBuilder StatementHeader(string slug) => new($"""
        schema: statement/1
        id: stmt:{slug}
        kind: assertion
        speaker: {"{"}ref: {speaker}, identification: named{"}"}
        said: {"{"}edtf: 2020-01-01, precision: day, basis: stated{"}"}
        renderings:
          - {"{"}source: {source}, para: 1, mode: indirect, attributed_as: The spokesperson, cue: said, excerpt: The spokesperson said so., fidelity: faithful{"}"}
        curation: {"{"}status: draft, by: contributor{"}"}

        """.Replace("\r\n", "\n"));

    /// <summary>
    /// Pads the text to exactly <paramref name="size"/> characters with a comment line. A file over the
    /// generator's size limit is refused unread, so all it can expect is that refusal.
    /// </summary>
    private static AdversarialFile Finish(string path, StringBuilder yaml, int size, int count, string unit, IReadOnlyList<string> expected)
    {
        var room = size - yaml.Length;
        if (room < 0 || count <= 0) throw new ArgumentOutOfRangeException(nameof(size), size, $"{path}: too small a size for this case");
        if (room == 1) yaml.Append('\n');
        else if (room > 1) yaml.Append('#').Append('-', room - 2).Append('\n');
        return new AdversarialFile(path, yaml.ToString(), count, unit, size > MaxFileLength ? ["STMT0080"] : expected);
    }

    /// <summary>The number in base 36, lower case, zero-padded to <paramref name="digits"/> digits.</summary>
    private static string Base36(int value, int digits)
    {
        if (value < 0 || value >= Math.Pow(36, digits)) throw new ArgumentOutOfRangeException(nameof(value));
        var text = new char[digits];
        for (var i = digits - 1; i >= 0; i--, value /= 36) text[i] = "0123456789abcdefghijklmnopqrstuvwxyz"[value % 36];
        return new string(text);
    }

    /// <summary>The files of <paramref name="root"/> and of every id it refers to, directly or not, in corpus order.</summary>
    private static IReadOnlyList<(string Path, string Yaml)> Closure(IReadOnlyList<(string Path, string Yaml)> corpus, string root)
    {
        var byId = corpus.ToDictionary(f => IdOf(f.Yaml), StringComparer.Ordinal);
        var needed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var id))
        {
            if (!needed.Add(id)) continue;
            foreach (Match reference in Reference.Matches(byId[id].Yaml)) pending.Push(reference.Value);
        }
        return corpus.Where(f => needed.Contains(IdOf(f.Yaml))).ToArray();
    }

    private static string IdOf(string yaml)
    {
        var start = yaml.IndexOf("\nid: ", StringComparison.Ordinal) + "\nid: ".Length;
        return yaml.Substring(start, yaml.IndexOf('\n', start) - start);
    }
}
