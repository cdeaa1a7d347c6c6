namespace StatementGen;

/// <summary>Names of the pipeline steps, for caching tests.</summary>
public static class TrackingNames
{
    /// <summary>
    /// One file read, checked against the rules that need no other file and against the archived texts,
    /// encoded when it has no errors, and kept as a <c>FileSummary</c> (no value tree) with its mark.
    /// </summary>
    public const string ReadFile = nameof(ReadFile);

    /// <summary>One archived source text the rule may pick, read, with its mark.</summary>
    public const string ReadText = nameof(ReadText);

    /// <summary>Every archived text the rule may pick, collected, and the marked ones alone.</summary>
    public const string Texts = nameof(Texts);

    /// <summary>What one file declares for the ids of the corpus (no value, no location), with its mark.</summary>
    public const string FileIds = nameof(FileIds);

    /// <summary>
    /// The ids of the files the rule picks, with the orders and groupings validation needs: cached while
    /// no file's ids change.
    /// </summary>
    public const string Ids = nameof(Ids);

    /// <summary>
    /// The files the rule picks validated together, in one step linear in the files: each reference looked
    /// up in the ids of the corpus, and the checks across files.
    /// </summary>
    public const string Validate = nameof(Validate);

    /// <summary>The generator's MSBuild options.</summary>
    public const string Options = nameof(Options);

    /// <summary>What the target compilation supports.</summary>
    public const string Target = nameof(Target);

    /// <summary>The diagnostics to report.</summary>
    public const string Diagnostics = nameof(Diagnostics);

    /// <summary>What shapes emission: the options and the target, or null when nothing is to be emitted.</summary>
    public const string EmitSettings = nameof(EmitSettings);

    /// <summary>The sources that depend on the schema and the settings alone.</summary>
    public const string SchemaSources = nameof(SchemaSources);

    /// <summary>The validated entities in their location-free form.</summary>
    public const string EmitModel = nameof(EmitModel);

    /// <summary>The location-free entities of one kind.</summary>
    public const string KindEntities = nameof(KindEntities);

    /// <summary>The ids of one kind, in order.</summary>
    public const string KindIds = nameof(KindIds);

    /// <summary>The sources of one kind that hang on its ids alone: its class and id table.</summary>
    public const string KindSources = nameof(KindSources);

    /// <summary>One chunk of a kind's location-free entities.</summary>
    public const string KindChunks = nameof(KindChunks);

    /// <summary>The sources of one chunk of a kind: its data and its entities' named members.</summary>
    public const string ChunkSources = nameof(ChunkSources);

    /// <summary>What the indexes need of every statement emitted, in id order.</summary>
    public const string IndexKeys = nameof(IndexKeys);

    /// <summary>The source of the indexes laid down at compile time.</summary>
    public const string IndexSources = nameof(IndexSources);

    /// <summary>Whether no corpus file was found, with where the package's targets looked.</summary>
    public const string NothingFound = nameof(NothingFound);

    /// <summary>Every source made, gathered to be added together.</summary>
    public const string EmitInput = nameof(EmitInput);
}
