using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Schema;

namespace StatementGen.Validation;

/// <summary>
/// The ids of the corpus and all that validation needs of them, made from what each file declares (see
/// <see cref="FileIds"/>), which an edit of a value leaves equal: the files in path order, the file that
/// keeps each id (the first by path) and those that declare it again, each statement's claim keys, the
/// ids of files with errors (so references to them are not reported a second time), the occasion keys,
/// the order of emission (by kind, then id) and the few entities whose C# member names may clash. Made
/// in work linear in the files (after one sort by path and one by id); the generator makes it in a step
/// of its own, so an edit that changes none of these leaves it cached, and validation then sorts and
/// groups nothing and looks each reference up in one hash look-up. Messages (and their hints) are made
/// by <see cref="CorpusValidator"/>. Two are equal when made from equal facts.
/// </summary>
internal sealed class CorpusIds : IEquatable<CorpusIds>
{
    private readonly EquatableArray<FileIds> files;

    // Each id, to the index of the file that keeps it; a statement's claim keys are searched in its array,
    // or in a set made here for a statement with many claims.
    private readonly Dictionary<string, int> keeperOf;
    private readonly Dictionary<int, HashSet<string>> manyClaims = new();
    private readonly HashSet<string> broken;
    private readonly HashSet<string> occasions;

    /// <summary>The most claim keys searched one by one; a statement with more gets a set.</summary>
    private const int MostKeysSearched = 8;

    private CorpusIds(EquatableArray<FileIds> files, CancellationToken cancellationToken)
    {
        this.files = files;
        ByPath = Enumerable.Range(0, files.Count).OrderBy(i => files[i].Path, StringComparer.Ordinal).ToArray();
        cancellationToken.ThrowIfCancellationRequested();

        keeperOf = new Dictionary<string, int>(files.Count, StringComparer.Ordinal);
        var keepers = new List<int>(files.Count);
        var duplicates = new List<(int, int)>();
        broken = new HashSet<string>(StringComparer.Ordinal);
        occasions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in ByPath)
        {
            var file = files[i];
            if (file.Id is not { } id) continue;
            if (keeperOf.TryGetValue(id, out var first))
            {
                duplicates.Add((i, first));
                continue;
            }

            keeperOf.Add(id, i);
            keepers.Add(i);
            if (file.ClaimKeys.Count > MostKeysSearched) manyClaims.Add(i, new HashSet<string>(file.ClaimKeys, StringComparer.Ordinal));
            if (file.Kind == RefKind.Statement && file.OccasionKey is { } occasion) occasions.Add(occasion);
        }

        foreach (var i in ByPath)
        {
            var file = files[i];
            if (!file.HasErrors) continue;
            if (file.ImpliedId is { } implied) broken.Add(implied);
            if (file.Id is { } id) broken.Add(id);
        }

        Keepers = keepers;
        Duplicates = duplicates;
        cancellationToken.ThrowIfCancellationRequested();
        EmissionOrder = ByKindThenId(keepers).ToArray();
        NameCandidates = NamesThatMayClash(keepers);
    }

    /// <summary>The indexes of the files, in path order (ordinal; files of one path in the order given).</summary>
    public IReadOnlyList<int> ByPath { get; }

    /// <summary>The indexes of the files that keep their ids (the first, by path, to declare each), in path order.</summary>
    public IReadOnlyList<int> Keepers { get; }

    /// <summary>Each file that declares an id a file before it (by path) keeps, with that file, in path order.</summary>
    public IReadOnlyList<(int File, int First)> Duplicates { get; }

    /// <summary>The files that keep their ids, in the order of emission: by kind, then id (ordinal).</summary>
    public IReadOnlyList<int> EmissionOrder { get; }

    /// <summary>
    /// The files that keep their ids and whose C# member name is reserved or shared with another such file of
    /// their kind, by kind, then id: the only ones whose names need checking, as any other name is free.
    /// </summary>
    public IReadOnlyList<int> NameCandidates { get; }

    /// <summary>What file <paramref name="index"/> declares.</summary>
    public FileIds this[int index] => files[index];

    /// <summary>How many files the ids were made from.</summary>
    public int Count => files.Count;

    /// <summary>The ids kept, in the path order of the files that keep them.</summary>
    public IEnumerable<string> KeptIds => Keepers.Select(i => files[i].Id!);

    /// <summary>The occasion keys of the statements that keep their ids.</summary>
    public IReadOnlyCollection<string> OccasionKeys => occasions;

    /// <summary>The index of the file that keeps <paramref name="id"/>, if one does.</summary>
    public bool TryGetKeeper(string id, out int index) => keeperOf.TryGetValue(id, out index);

    /// <summary>The ids of <paramref name="files"/>, in the order given.</summary>
    public static CorpusIds Of(IEnumerable<FileIds> files, CancellationToken cancellationToken) => new(files.ToEquatableArray(), cancellationToken);

    /// <summary>Whether these are the ids of <paramref name="summaries"/>: the same files, in the same order.</summary>
    public bool Describes(IReadOnlyList<FileSummary> summaries)
    {
        if (summaries.Count != files.Count) return false;
        for (var i = 0; i < files.Count; i++)
        {
            if (!string.Equals(files[i].Path, summaries[i].Path, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>The claim keys of the statement that keeps <paramref name="statementId"/>.</summary>
    public EquatableArray<string> ClaimKeysOf(string statementId) => files[keeperOf[statementId]].ClaimKeys;

    /// <summary>Whether the statement of file <paramref name="index"/> has a claim with <paramref name="key"/>.</summary>
    private bool HasClaim(int index, string key)
    {
        if (manyClaims.TryGetValue(index, out var set)) return set.Contains(key);
        foreach (var claim in files[index].ClaimKeys)
        {
            if (claim == key) return true;
        }
        return false;
    }

    /// <summary>
    /// The links of <paramref name="file"/> that do not resolve, in order (null when all do): a reference to
    /// an id no file declares (unless a file with errors claims it), a claim its statement does not have, an
    /// occasion's <c>before</c> that names no occasion. Each summary's answer is kept as long as the summary
    /// and these ids both live: the generator keeps these ids while no file's ids change, and the summary of
    /// every file not edited, so after an edit only the edited files' links are looked up again.
    /// </summary>
    public IReadOnlyList<LinkMiss>? Resolve(FileSummary file) => resolved.GetValue(file, f => new Misses(Find(f))).Found;

    /// <summary>The links of a summary that do not resolve, as <see cref="Resolve"/> finds them, kept per summary.</summary>
    private sealed class Misses
    {
        public Misses(List<LinkMiss>? found) => Found = found;

        public List<LinkMiss>? Found { get; }
    }

    private readonly ConditionalWeakTable<FileSummary, Misses> resolved = new();

    /// <inheritdoc cref="Resolve"/>
    private List<LinkMiss>? Find(FileSummary file)
    {
        if (file.Entity is not { } entity || entity.Links.Count == 0) return null;
        List<LinkMiss>? misses = null;
        void Miss(int link, LinkProblem problem) => (misses ??= new List<LinkMiss>()).Add(new LinkMiss(link, problem));
        for (var i = 0; i < entity.Links.Count; i++)
        {
            var link = entity.Links[i];
            switch (link.Kind)
            {
                case RefKind.Claim:
                {
                    var statementId = References.StatementOf(link.Target);
                    if (broken.Contains(statementId)) break;
                    if (!keeperOf.TryGetValue(statementId, out var index)) Miss(i, LinkProblem.UnknownReference);
                    else if (files[index].Kind == RefKind.Statement && !HasClaim(index, link.Target.Substring(statementId.Length + 1))) Miss(i, LinkProblem.UnknownClaim);
                    break;
                }

                case null:
                    if (!occasions.Contains(link.Target)) Miss(i, LinkProblem.UnknownOccasion);
                    break;

                default:
                    if (!keeperOf.ContainsKey(link.Target) && !broken.Contains(link.Target)) Miss(i, LinkProblem.UnknownReference);
                    break;
            }
        }
        return misses;
    }

    /// <summary>The keepers whose member name is reserved or shared within their kind, by kind, then id.</summary>
    private List<int> NamesThatMayClash(List<int> keepers)
    {
        var byName = new Dictionary<(RefKind, string), int>();
        foreach (var i in keepers)
        {
            var key = (files[i].Kind!.Value, files[i].MemberName!);
            byName[key] = byName.TryGetValue(key, out var count) ? count + 1 : 1;
        }

        var candidates = new List<int>();
        foreach (var i in keepers)
        {
            var name = files[i].MemberName!;
            if (byName[(files[i].Kind!.Value, name)] > 1 || MemberNaming.IsReservedMember(name)) candidates.Add(i);
        }
        return ByKindThenId(candidates).ToList();
    }

    /// <summary>Files that keep their ids, in the order of emission: by kind, then id (ordinal).</summary>
    private IEnumerable<int> ByKindThenId(IEnumerable<int> keepers)
        => keepers.OrderBy(i => SchemaCatalog.KindIndex(files[i].Kind!.Value)).ThenBy(i => files[i].Id, StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Equals(CorpusIds? other) => other is not null && (ReferenceEquals(this, other) || files.Equals(other.files));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CorpusIds);

    /// <inheritdoc />
    public override int GetHashCode() => files.Count;
}
