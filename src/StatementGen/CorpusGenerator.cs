// Longer than 400 lines: the pipeline and the guarded phases it is made of, which the analyzer and the
// command line call too, so that all three read, check and validate a corpus the same way.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Emit;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Validation;
using StatementGen.Schema;

namespace StatementGen;

/// <summary>
/// Turns the corpus YAML files (AdditionalFiles ending in .yaml or .yml) into typed C# records and
/// look-up tables at compile time.
/// </summary>
/// <remarks>
/// The pipeline. The archived source texts (AdditionalFiles ending in .txt) are read on their own. Each
/// corpus file is then, in one step, read into a value-equatable <see cref="FileModel"/>, checked against
/// the rules that need no other file and against the texts, encoded for emission (with its statement's
/// index keys, read while its value tree is still there), and boiled down to a <see cref="FileSummary"/>:
/// its diagnostics, its encoded data and the few facts the checks across files need (its id, claim keys,
/// and each reference with its location), never its value tree (so an edit re-reads only that file, and
/// a changed text every file). What each file declares (its id, claim keys, occasion key, member name:
/// a <see cref="FileIds"/>, equal after an edit of a value) is collected into the ids of the corpus (see
/// <see cref="CorpusIds"/>: which file keeps each id, the path and emission orders, the names that may
/// clash), in a step that such an edit leaves cached. One corpus-wide step, linear in the files and
/// their references, then looks each reference up in them and makes the checks that remain (duplicate
/// ids, texts without a source, circles of occasions, member names) into the <see cref="EncodedCorpus"/>. No step per file hangs on a value
/// collected from the corpus files, so Roslyn's step tracking, which walks each step's inputs as a tree,
/// stays linear in them (each file does hang on the archived texts, so that walk grows as files times
/// texts). Emission goes by dependency: the
/// sources of the schema alone hang on the options and what the target can compile, and each kind's
/// sources on its own entities too, so an edit re-emits only its kind's sources; all are then added
/// together. Diagnostics and sources are separate outputs, so a C# edit re-runs neither.
/// No step carries a Compilation, symbol, syntax node or AdditionalText.
/// No input may make the generator throw: an unexpected exception in a step (a bug) becomes STMT0099
/// at the file concerned, or at the project for a corpus-wide step, and the other diagnostics and
/// files go on as before; only cancellation passes through.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Which AdditionalFiles are corpus files is decided over all of them (see CorpusMarks.Pick). No step
        // per file may hang on a value collected from all corpus files (with step tracking on, Roslyn walks
        // each step's inputs as a tree, so that shape grows with the square of the files): each file that
        // may be picked goes on with its mark, and the corpus-wide step keeps the ones the rule picks.
        var yamlFiles = context.AdditionalTextsProvider
            .Where(static text => IsCorpusFile(text.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => (Text: pair.Left, Mark: CorpusMarks.Of(pair.Right.GetOptions(pair.Left))))
            .Where(static file => CorpusMarks.MayPick(file.Mark));

        // The archived texts, picked by the same rule as the YAML files: both sets a file may be checked
        // against (every text the rule may pick, and the marked ones alone) are made once.
        var texts = context.AdditionalTextsProvider
            .Where(static text => ArchivedTextReader.IsArchivedText(text.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => (Text: pair.Left, Mark: CorpusMarks.Of(pair.Right.GetOptions(pair.Left))))
            .Where(static text => CorpusMarks.MayPickText(text.Text.Path, text.Mark))
            .Select(static (text, cancellationToken) => new MarkedText(ReadText(text.Text, cancellationToken), text.Mark == CorpusMark.Marked))
            .WithTrackingName(TrackingNames.ReadText)
            .Collect()
            .Select(static (all, _) => new PickedTexts(all))
            .WithTrackingName(TrackingNames.Texts);

        // Each file is read, checked on its own and against the texts, and encoded in one step, which keeps
        // only its summary (no value tree): an edit re-reads that file alone, a changed text every file.
        // A marked file is checked against the marked texts (some file is marked, so only those are picked),
        // an unmarked one against all (it is picked only when no file is marked).
        var files = yamlFiles
            .Combine(texts)
            .Select(static (pair, cancellationToken) =>
            {
                var ((text, mark), picked) = pair;
                var marked = mark == CorpusMark.Marked;
                return new MarkedSummary(ReadFile(text, picked.For(anyMarked: marked), cancellationToken), marked);
            })
            .WithTrackingName(TrackingNames.ReadFile);

        // The ids of the corpus, from what each file declares (no value, no location): an edit of a value
        // leaves each file's ids equal, so this step stays cached and validation sorts and groups nothing.
        var ids = files
            .Select(static (file, _) => FileIds.Of(file.Summary, file.Marked))
            .WithTrackingName(TrackingNames.FileIds)
            .Collect()
            .Select(static (all, cancellationToken) => CorpusIdsOf(all, cancellationToken))
            .WithTrackingName(TrackingNames.Ids);

        // One corpus-wide step, linear in the files and their references: the files the rule picks, each
        // reference looked up in the ids, and the checks across files.
        // The named-member limit decides which kinds have member names that can clash.
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider))
            .WithTrackingName(TrackingNames.Options);

        var allFiles = files.Collect();
        var corpus = allFiles
            .Combine(ids)
            .Combine(texts)
            .Combine(options.Select(static (o, _) => o.MaxNamedMembers))
            .Select(static (pair, cancellationToken) => ValidateCorpus(pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Validate);

        var target = context.CompilationProvider
            .Select(static (compilation, _) => TargetInfo.From(compilation))
            .WithTrackingName(TrackingNames.Target);

        // A generator that is on and finds nothing says so, and where it looked.
        var nothingFound = allFiles
            .Select(static (all, _) => Picked(all).IsEmpty)
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (provider, _) =>
                provider.GlobalOptions.TryGetValue("build_property._StatementGenCorpusRoot", out var root) && !string.IsNullOrWhiteSpace(root) ? root.Trim() : ""))
            .Combine(options.Select(static (o, _) => o.Enabled))
            .WithTrackingName(TrackingNames.NothingFound);
        context.RegisterSourceOutput(nothingFound, static (spc, input) =>
        {
            var ((empty, root), enabled) = input;
            if (!enabled || !empty) return;
            spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoCorpusFiles, Location.None, root.Length == 0 ? "" : " (looked in '" + DiagnosticInfo.Escape(root) + "')"));
        });

        var diagnostics = corpus.Select(static (c, _) => c.Diagnostics)
            .Combine(options.Select(static (o, _) => o.Enabled))
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, input) =>
        {
            var (found, enabled) = input;
            if (!enabled) return;
            foreach (var diagnostic in found) spc.ReportDiagnostic(diagnostic.ToDiagnostic());
        });

        // What shapes emission, decided once from the options and the target: null when the generator is
        // off or either is wrong, which is reported here, once.
        var optionsAndTarget = options.Combine(target);
        context.RegisterSourceOutput(optionsAndTarget, static (spc, input) =>
        {
            var (options, target) = input;
            if (!options.Enabled) return;
            if (options.Problem is { } optionProblem)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidOption, Location.None, optionProblem));
            }
            else if (target.Problem is { } targetProblem)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnsupportedConsumer, Location.None, targetProblem));
            }
        });
        var settings = optionsAndTarget
            .Select(static (pair, _) => pair.Left is { Enabled: true, Problem: null } && pair.Right.Problem is null
                ? new EmitSettings(pair.Left.Namespace, pair.Left.Visibility, pair.Right, pair.Left.MaxNamedMembers)
                : null)
            .WithTrackingName(TrackingNames.EmitSettings);

        // The sources of the schema alone hang on the settings alone, so a YAML edit never re-emits them.
        var schemaSources = settings
            .Select(static (settings, _) => settings is null ? EmittedSources.None : EmittedSources.Make("", 0, () => CorpusEmitter.SchemaSources(settings)))
            .WithTrackingName(TrackingNames.SchemaSources);

        // Only the location-free data goes on, so an edit that moves text without changing values
        // (whitespace, comments, key order) stops here and the emitted sources stay cached. Each kind
        // goes on by itself: its class and id table hang on its ids alone, and its data and named
        // members go by chunks of records, so a value edit re-emits one chunk of one kind.
        var kindEntities = corpus.Select(static (c, _) => c.Entities)
            .WithTrackingName(TrackingNames.EmitModel)
            .SelectMany(static (entities, _) => SchemaCatalog.Kinds.Select(kind => new KindEntities(kind.Kind, entities.Where(e => e.Kind == kind.Kind).ToEquatableArray())))
            .WithTrackingName(TrackingNames.KindEntities);

        var kindSources = kindEntities
            .Select(static (kind, _) => new KindIds(kind.Kind, kind.Entities.Select(e => e.Id).ToEquatableArray()))
            .WithTrackingName(TrackingNames.KindIds)
            .Combine(settings)
            .Select(static (pair, cancellationToken) =>
            {
                var ((kind, ids), settings) = pair;
                if (settings is null) return EmittedSources.None;
                var definition = SchemaCatalog.Kind(kind);
                return EmittedSources.Make(definition.CollectionName, ids.Count, () => CorpusEmitter.KindSources(definition, ids, settings, cancellationToken));
            })
            .WithTrackingName(TrackingNames.KindSources);

        var chunkSources = kindEntities
            .SelectMany(static (kind, _) => KindChunk.Split(kind.Kind, kind.Entities))
            .WithTrackingName(TrackingNames.KindChunks)
            .Combine(settings)
            .Select(static (pair, cancellationToken) =>
            {
                var (chunk, settings) = pair;
                if (settings is null) return EmittedSources.None;
                var definition = SchemaCatalog.Kind(chunk.Kind);
                return EmittedSources.Make(definition.CollectionName + "#" + chunk.Index.ToString(CultureInfo.InvariantCulture), chunk.Entities.Count,
                    () => CorpusEmitter.ChunkSources(definition, chunk.Index, chunk.KindCount, chunk.Entities, settings, cancellationToken));
            })
            .WithTrackingName(TrackingNames.ChunkSources);

        // The indexes hang on the statements' keys alone: an edit that changes no key (a quote) does not emit them again.
        var indexSources = corpus
            .Select(static (c, _) => c.Entities.Where(e => e.Kind == Schema.RefKind.Statement).Select(e => e.Keys!).ToEquatableArray())
            .WithTrackingName(TrackingNames.IndexKeys)
            .Combine(settings)
            .Select(static (pair, cancellationToken) => pair.Right is not { } settings
                ? EmittedSources.None
                : EmittedSources.Make("", 0, () => IndexEmitter.Sources(pair.Left, settings, cancellationToken)))
            .WithTrackingName(TrackingNames.IndexSources);

        var emitInput = schemaSources
            .Combine(kindSources.Collect())
            .Combine(chunkSources.Collect())
            .Combine(indexSources)
            .Combine(settings)
            .WithTrackingName(TrackingNames.EmitInput);

        context.RegisterSourceOutput(emitInput, static (spc, input) =>
        {
            var ((((schema, kinds), chunks), indexes), settings) = input;
            if (settings is null) return;

            foreach (var kind in kinds)
            {
                if (!MemberNaming.HasNamedMembers(kind.Entities, settings.MaxNamedMembers))
                {
                    spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NamedMembersLeftOut, Location.None,
                        kind.Name, kind.Entities.ToString("N0", CultureInfo.InvariantCulture), settings.MaxNamedMembers.ToString("N0", CultureInfo.InvariantCulture)));
                }
            }

            // Every source is made before any is added, so a failure leaves no half-emitted corpus.
            var all = new[] { schema }.Concat(kinds).Concat(chunks).Append(indexes).ToArray();
            if (all.Select(part => part.Failure).FirstOrDefault(failure => failure is not null) is { } failed)
            {
                spc.ReportDiagnostic(failed.ToDiagnostic());
                return;
            }

            foreach (var source in all.SelectMany(part => part.Sources))
            {
                spc.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8));
            }
        });
    }

    /// <summary>One file read into its model by the reader alone; a failure of the reader is STMT0099 at the file, which is then left out.</summary>
    internal static FileModel ReadFile(AdditionalText file, System.Threading.CancellationToken cancellationToken)
        => Guarded(file.Path, "reading this file", () => CorpusParser.Read(file.Path, file.GetText(cancellationToken), cancellationToken));

    /// <summary>The same for a file's text read by other means (the command line's bounded read).</summary>
    internal static FileModel ReadFile(string path, SourceText? text, System.Threading.CancellationToken cancellationToken)
        => Guarded(path, "reading this file", () => CorpusParser.Read(path, text, cancellationToken));

    /// <summary>
    /// One file read checked against the rules that need no other file (see <see cref="FileRules"/>);
    /// a failure of the rules is STMT0099 at the file, which keeps the reader's problems and is then left out.
    /// </summary>
    internal static FileModel CheckRules(FileModel file, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return FileRules.Check(file, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(file, "checking this file", e);
        }
    }

    /// <summary>
    /// One file read and checked on its own, as the generator's first two steps do it: for the
    /// command line and the analyzer, which have no pipeline.
    /// </summary>
    internal static FileModel ReadAndCheck(string path, SourceText? text, System.Threading.CancellationToken cancellationToken)
        => CheckRules(ReadFile(path, text, cancellationToken), cancellationToken);

    /// <inheritdoc cref="ReadAndCheck(string, SourceText?, System.Threading.CancellationToken)"/>
    internal static FileModel ReadAndCheck(AdditionalText file, System.Threading.CancellationToken cancellationToken)
        => CheckRules(ReadFile(file, cancellationToken), cancellationToken);

    private static FileModel Guarded(string path, string doing, Func<FileModel> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new FileModel(path, null, new[] { DiagnosticInfo.InternalError(LocationInfo.FileStart(path), doing, e) }.ToEquatableArray());
        }
    }

    /// <summary>A file a step failed on: its problems so far, STMT0099 and no entity, so it is left out.</summary>
    private static FileModel Failed(FileModel file, string doing, Exception e)
    {
        var limit = new ProblemLimit();
        limit.AddFile(file);
        limit.Add(DiagnosticInfo.InternalError(LocationInfo.FileStart(file.Path), doing, e));
        return new FileModel(file.Path, null, limit.ToArray()) { Omitted = limit.Omitted(file.Path) };
    }

    /// <summary>One archived source text read; a failure of the reader is STMT0099 at the text, which then checks nothing.</summary>
    internal static ArchivedText ReadText(AdditionalText file, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return ArchivedTextReader.Read(file.Path, file.GetText(cancellationToken), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ArchivedText(file.Path, ArchivedTextReader.SourceIdOf(file.Path), EquatableArray<string>.Empty, "",
                new[] { DiagnosticInfo.InternalError(LocationInfo.FileStart(file.Path), "reading this archived text", e) }.ToEquatableArray());
        }
    }

    /// <summary>
    /// One file checked against the archived texts (see <see cref="TextCheck"/>). A failure is STMT0099
    /// at the file, which is then left out.
    /// </summary>
    internal static FileModel CheckFile(FileModel file, ArchivedTexts texts, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return TextCheck.Check(file, texts, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(file, "checking this file against the archived texts", e);
        }
    }

    /// <summary>
    /// One checked file without errors laid down as data for emission, its verified renderings marked
    /// (see <see cref="RecordEncoder"/>); a file with errors goes on as it is. A failure is STMT0099 at
    /// the file, which is then left out.
    /// </summary>
    internal static FileModel Encode(FileModel checkedFile)
    {
        try
        {
            if (checkedFile.HasErrors || checkedFile.Entity is not { } entity) return checkedFile;
            var encoded = RecordEncoder.Encode(entity, MemberDoc.Label(entity), checkedFile.VerifiedRenderings) with { Keys = IndexKeyReader.Read(entity) };
            return checkedFile with { Entity = entity with { Encoded = encoded } };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(checkedFile, "laying this file down as data", e);
        }
    }

    /// <summary>
    /// The generator's step per file: read, checked on its own and against the archived texts, encoded,
    /// then summarized, so that what the pipeline keeps of it holds no value tree.
    /// </summary>
    internal static FileSummary ReadFile(AdditionalText file, ArchivedTexts texts, System.Threading.CancellationToken cancellationToken)
        => Summarize(Encode(CheckFile(ReadAndCheck(file, cancellationToken), texts, cancellationToken)));

    /// <summary>
    /// What is kept of a file once its own steps are done (see <see cref="FileSummaries"/>). A failure is
    /// STMT0099 at the file, which is then left out.
    /// </summary>
    internal static FileSummary Summarize(FileModel file)
    {
        try
        {
            return FileSummaries.Summarize(file);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failed = Failed(file, "summarizing this file", e);
            return new FileSummary(failed.Path, null, failed.Diagnostics) { HasErrors = true, Omitted = failed.Omitted };
        }
    }

    /// <summary>
    /// The files the rule picks (see <see cref="CorpusMarks.Pick"/>), in their order: where any file is
    /// marked, the marked ones; where none is, all (the excluded ones never get this far).
    /// </summary>
    internal static ImmutableArray<FileSummary> Picked(ImmutableArray<MarkedSummary> files)
        => PickedOf(files, f => f.Marked).Select(f => f.Summary).ToImmutableArray();

    /// <summary>The files the rule picks (see <see cref="CorpusMarks.Pick"/>), in the order given, each marked or not as <paramref name="marked"/> says.</summary>
    private static System.Collections.Generic.IEnumerable<T> PickedOf<T>(ImmutableArray<T> files, Func<T, bool> marked)
    {
        var anyMarked = files.Any(marked);
        return files.Where(f => CorpusMarks.Pick(marked(f) ? CorpusMark.Marked : CorpusMark.Unmarked, anyMarked));
    }

    private static bool AnyMarked(ImmutableArray<MarkedSummary> files) => files.Any(f => f.Marked);

    /// <summary>
    /// The corpus validated across files, as the generator keeps it: the encoded entities fit to emit and
    /// every diagnostic, from the files and texts the rule picks (<paramref name="maxNamedMembers"/>: the
    /// named-member limit, which decides whose member names are checked). A failure of the validator is STMT0099
    /// for the project, reported with every file's own diagnostics, and no code is generated from a corpus
    /// not validated.
    /// </summary>
    internal static EncodedCorpus ValidateCorpus(ImmutableArray<MarkedSummary> files, CorpusIds? ids, PickedTexts texts, int maxNamedMembers, System.Threading.CancellationToken cancellationToken)
    {
        var picked = Picked(files);
        try
        {
            // The ids are made in a step of their own from the same files; made again here only if that step failed.
            var known = ids is not null && ids.Describes(picked) ? ids : CorpusIds.Of(picked.Select(f => FileIds.Of(f, marked: false)), cancellationToken);
            var verdict = CorpusValidator.Validate(picked, known, texts.For(AnyMarked(files)), maxNamedMembers, cancellationToken);
            return new EncodedCorpus(verdict.Accepted.Select(i => picked[i].Entity!.Encoded!).ToEquatableArray(), verdict.Diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new EncodedCorpus(EquatableArray<EncodedEntity>.Empty, ValidationFailed(picked, e));
        }
    }

    /// <summary>
    /// The same for the command line and the analyzer, which keep each file's value tree: the same phases
    /// (summaries, then the checks across files), with the entities fit to emit as read.
    /// </summary>
    internal static CorpusModel ValidateCorpus(ImmutableArray<FileModel> models, ArchivedTexts texts, int maxNamedMembers, System.Threading.CancellationToken cancellationToken)
    {
        var summaries = models.Select(Summarize).ToImmutableArray();
        try
        {
            var ids = CorpusIds.Of(summaries.Select(f => FileIds.Of(f, marked: false)), cancellationToken);
            var verdict = CorpusValidator.Validate(summaries, ids, texts, maxNamedMembers, cancellationToken);
            return new CorpusModel(verdict.Accepted.Select(i => models[i].Entity!).ToEquatableArray(), verdict.Diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new CorpusModel(EquatableArray<EntityFile>.Empty, ValidationFailed(summaries, e));
        }
    }

    /// <summary>
    /// The ids of the files the rule picks (see <see cref="CorpusIds"/>), as the generator's step makes them;
    /// null if that fails, and validation, which reports the failure, makes them again.
    /// </summary>
    internal static CorpusIds? CorpusIdsOf(ImmutableArray<FileIds> files, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return CorpusIds.Of(PickedOf(files, f => f.Marked), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Every file's own diagnostics, in path order, and STMT0099 for the project.</summary>
    private static EquatableArray<DiagnosticInfo> ValidationFailed(System.Collections.Generic.IEnumerable<FileSummary> files, Exception e)
    {
        var limit = new ProblemLimit();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal)) limit.AddFile(file);
        limit.Add(DiagnosticInfo.InternalError(LocationInfo.None, "validating the corpus", e));
        return limit.ToArray();
    }

    /// <summary>Corpus files are the AdditionalFiles with a .yaml or .yml extension.</summary>
    public static bool IsCorpusFile(string path)
        => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}

/// <summary>What an AdditionalFile's <c>StatementGenCorpus</c> item metadata says of it.</summary>
internal enum CorpusMark
{
    /// <summary>No value: a file added by hand (with the package's props imported, every AdditionalFile has the key, empty).</summary>
    Unmarked,

    /// <summary><c>true</c>: added by the package's targets from the corpus folder.</summary>
    Marked,

    /// <summary>Any other value (<c>false</c>): the project says it is not a corpus file.</summary>
    Excluded,
}

/// <summary>
/// The one rule for which YAML AdditionalFiles are corpus files. The package's targets mark the
/// files they add from the corpus folder with <c>StatementGenCorpus=true</c>. Where any file is so
/// marked, only marked files are corpus files, so other YAML in AdditionalFiles (an OpenAPI document,
/// say) is left alone. Where none is (a project that lists its corpus by hand, or a test), every
/// .yaml or .yml file is one, except those marked with another value such as <c>false</c>.
/// </summary>
internal static class CorpusMarks
{
    public const string MetadataKey = "build_metadata.AdditionalFiles.StatementGenCorpus";

    public static CorpusMark Of(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue(MetadataKey, out var value) || string.IsNullOrWhiteSpace(value)) return CorpusMark.Unmarked;
        return string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase) ? CorpusMark.Marked : CorpusMark.Excluded;
    }

    public static bool Pick(CorpusMark mark, bool anyMarked) => mark switch
    {
        CorpusMark.Marked => true,
        CorpusMark.Unmarked => !anyMarked,
        _ => false,
    };

    /// <summary>Whether the rule may pick a file so marked: it does where no file is marked.</summary>
    public static bool MayPick(CorpusMark mark) => Pick(mark, anyMarked: false);

    /// <summary>
    /// The same rule for .txt AdditionalFiles, with one more condition on an unmarked file: it must sit
    /// in a sources folder, so that text files a project lists for other analyzers (PublicAPI.Shipped.txt,
    /// say) are never taken for archived source texts.
    /// </summary>
    public static bool PickText(string path, CorpusMark mark, bool anyMarked)
        => Pick(mark, anyMarked) && (mark == CorpusMark.Marked || ArchivedTextReader.SourceIdOf(path) is not null);

    /// <summary>Whether the rule may pick a text so marked: it does where no file is marked.</summary>
    public static bool MayPickText(string path, CorpusMark mark) => PickText(path, mark, anyMarked: false);
}

/// <summary>A corpus file as the generator keeps it, and whether it is marked (see <see cref="CorpusMarks"/>).</summary>
internal sealed record MarkedSummary(FileSummary Summary, bool Marked);

/// <summary>An archived text as read, and whether it is marked (see <see cref="CorpusMarks"/>).</summary>
internal sealed record MarkedText(ArchivedText Text, bool Marked);

/// <summary>
/// The archived texts the rule may pick, as the two sets a file may be checked against: every one (where
/// no file is marked) and the marked ones alone (where some file is).
/// </summary>
/// <param name="All">Every text the rule may pick.</param>
/// <param name="Marked">The marked texts.</param>
internal sealed record PickedTexts(ArchivedTexts All, ArchivedTexts Marked)
{
    /// <summary>The two sets of <paramref name="texts"/>.</summary>
    public PickedTexts(ImmutableArray<MarkedText> texts)
        : this(new ArchivedTexts(texts.Select(t => t.Text).ToEquatableArray()), new ArchivedTexts(texts.Where(t => t.Marked).Select(t => t.Text).ToEquatableArray()))
    {
    }

    /// <summary>The texts the rule picks, where some file is marked or none is.</summary>
    public ArchivedTexts For(bool anyMarked) => anyMarked ? Marked : All;
}
