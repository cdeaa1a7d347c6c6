using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Schema;

namespace StatementGen.Validation;

/// <summary>
/// The rules that need the whole corpus: unique ids, references that resolve (to the right claim),
/// occasion keys, and C# member names that do not collide. A file with any error is left out of the
/// generated code; its id stays known, so references to it are not reported a second time.
/// Each file's problems, its own and those found across files, are capped by one <see cref="ProblemLimit"/>,
/// and all "did you mean" hints of a run share one <see cref="Suggestions"/> budget (see <see cref="ReferenceHints"/>).
/// It works from each file's <see cref="FileSummary"/> and the ids of the corpus (see <see cref="CorpusIds"/>),
/// which hold every order and grouping it needs, so it never walks a value tree, sorts nothing and costs
/// little per file.
/// </summary>
internal static class CorpusValidator
{
    /// <summary>
    /// The verdict on <paramref name="files"/>, given their <paramref name="ids"/> (made from the same files,
    /// in the same order): linear in the number of files and links, with no sorting or grouping of its own,
    /// so it can run again after every edit.
    /// </summary>
    public static CorpusVerdict Validate(IReadOnlyList<FileSummary> files, CorpusIds ids, ArchivedTexts texts, int maxNamedMembers, CancellationToken cancellationToken)
    {
        var diagnostics = new ProblemLimit();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in ids.ByPath)
        {
            var file = files[i];
            diagnostics.AddFile(file);
            if (file.HasErrors) failed.Add(file.Path);
        }

        // Ids: the first file (by path) keeps an id; later ones are reported and left out.
        foreach (var (i, first) in ids.Duplicates)
        {
            var entity = files[i].Entity!;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, entity.IdLocation, entity.Id, files[first].Path));
            failed.Add(files[i].Path);
        }

        CheckArchivedTexts(texts, ids, diagnostics);

        var occasionLoops = OccasionLoops(ids.Keepers
            .Select(i => files[i].Entity!)
            .Where(e => e.Kind == RefKind.Statement && e.OccasionKey is not null && e.OccasionBefore is not null)
            .Select(e => (e.OccasionKey!, e.OccasionBefore!)));

        // Made only when a link misses, with one budget of hints for the run, in the order of the files.
        ReferenceHints? hints = null;
        foreach (var i in ids.Keepers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[i];
            var entity = file.Entity!;
            var before = diagnostics.Added;
            if (ids.Resolve(file) is { } misses)
            {
                foreach (var miss in misses)
                {
                    hints ??= new ReferenceHints(ids.KeptIds);
                    diagnostics.Add(Describe(entity.Links[miss.Link], file.Path, miss.Problem, hints, ids));
                }
            }
            CheckOccasionOrder(entity, occasionLoops, diagnostics);
            if (diagnostics.Added > before) failed.Add(file.Path);
        }

        CheckNames(files, ids, diagnostics, failed, maxNamedMembers);

        var accepted = new List<int>(ids.EmissionOrder.Count);
        foreach (var i in ids.EmissionOrder)
        {
            if (!failed.Contains(files[i].Path)) accepted.Add(i);
        }
        return new CorpusVerdict(accepted.ToEquatableArray(), diagnostics.ToArray());
    }

    /// <summary>The diagnostic for a link that does not resolve, with its "did you mean" hint.</summary>
    private static DiagnosticInfo Describe(Link link, string path, LinkProblem problem, ReferenceHints hints, CorpusIds ids)
    {
        switch (problem)
        {
            case LinkProblem.UnknownReference:
            {
                var id = link.Kind == RefKind.Claim ? References.StatementOf(link.Target) : link.Target;
                return DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, link.Location(path), id, hints.For(id));
            }

            case LinkProblem.UnknownClaim:
            {
                var statementId = References.StatementOf(link.Target);
                var key = link.Target.Substring(statementId.Length + 1);
                var keys = ids.ClaimKeysOf(statementId); // each key once already: no set per reference that misses
                var known = hints.ClaimsOf(statementId, keys) + hints.Among(key, keys);
                return DiagnosticInfo.Create(DiagnosticDescriptors.UnknownClaim, link.Location(path), link.Target, statementId, known);
            }

            default:
                return DiagnosticInfo.Create(DiagnosticDescriptors.UnknownOccasion, link.Location(path), link.Target, hints.Among(link.Target, ids.OccasionKeys));
        }
    }

    /// <summary>
    /// Each archived text's own problems, and STMT0042 for a text that archives no source: one outside a
    /// sources folder or not named after a slug, one whose source does not exist, or a second text for
    /// one source.
    /// </summary>
    private static void CheckArchivedTexts(ArchivedTexts texts, CorpusIds ids, ProblemLimit diagnostics)
    {
        if (texts.All.Count == 0) return;
        var sources = SchemaCatalog.Kind(RefKind.Source);
        // A source file too broken to declare its id still claims the one its place implies.
        var implied = new HashSet<string>(Enumerable.Range(0, ids.Count).Where(i => ids[i].Id is null).Select(i => ids[i].ImpliedId).OfType<string>(), StringComparer.Ordinal);
        foreach (var text in texts.All)
        {
            foreach (var problem in text.Problems) diagnostics.Add(problem);
            var at = LocationInfo.FileStart(text.Path);
            if (text.SourceId is not { } id)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArchivedTextWithoutSource, at,
                    "An archived text is named after its source's slug and sits beside its YAML in '" + sources.Folder + "/' (" + sources.Folder + "/<slug>.txt), so this file archives no source; move or rename it, or take it out of the corpus folder"));
            }
            else if (!ReferenceEquals(texts.For(id), text))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArchivedTextWithoutSource, at,
                    "'" + id + "' already has an archived text, '" + texts.For(id)!.Path + "'; a source has one archived text: remove one of them"));
            }
            else if (!implied.Contains(id) && (!ids.TryGetKeeper(id, out var file) || ids[file].Kind != RefKind.Source))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArchivedTextWithoutSource, at,
                    "There is no source '" + id + "' for this archived text; add " + sources.Folder + "/" + id.Substring(sources.Prefix.Length + 1) + ".yaml (statementgen source add writes both), or rename the text after its source"));
            }
        }
    }

    /// <summary>An occasion cannot come before itself, nor come before occasions that in turn come before it.</summary>
    private static void CheckOccasionOrder(EntitySummary entity, Dictionary<LocationInfo, string> occasionLoops, ProblemLimit diagnostics)
    {
        if (entity.OccasionKey is not { } key || entity.OccasionBefore is not { } before) return;
        if (before.Text == key)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownOccasion, before.Location, before.Text, " other than this occasion's own key; an occasion cannot come before itself"));
        }
        else if (occasionLoops.TryGetValue(before.Location, out var loop))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownOccasion, before.Location, before.Text, loop));
        }
    }

    /// <summary>The most occasions a message names when it shows a circle of them.</summary>
    private const int ShownOccasions = 8;

    /// <summary>
    /// The <c>before</c> values (edges from an occasion key to the key it came before) that lie on a
    /// circle of occasions, each with the end of its STMT0035 message. An edge lies on a circle exactly
    /// when both of its keys are in the same strongly connected component, found with Tarjan's algorithm
    /// run iteratively, so the work is linear in the number of edges and a chain of any length needs no
    /// deep stack. Each component names one circle in it, found from its first key (in ordinal order) by
    /// following edges inside the component until a key repeats. An edge to its own key is left to the
    /// caller; two keys that each say they came first keep their own, shorter message.
    /// </summary>
    internal static Dictionary<LocationInfo, string> OccasionLoops(IEnumerable<(string Key, TextValue Before)> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>();
        var all = edges.Where(e => e.Before.Text != e.Key).ToArray();
        foreach (var (key, _) in all)
        {
            if (!index.ContainsKey(key))
            {
                index.Add(key, keys.Count);
                keys.Add(key);
            }
        }

        // Edges to keys no statement has are STMT0035 "unknown" elsewhere, and cannot close a circle.
        var outgoing = keys.Select(_ => new List<(int Target, TextValue Before)>()).ToArray();
        var pairs = new HashSet<(int, int)>();
        foreach (var (key, before) in all)
        {
            if (!index.TryGetValue(before.Text, out var target)) continue;
            outgoing[index[key]].Add((target, before));
            pairs.Add((index[key], target));
        }

        // Tarjan's strongly connected components, with an explicit stack of (node, next edge) frames.
        var order = new int[keys.Count];
        var low = new int[keys.Count];
        var component = new int[keys.Count];
        var onStack = new bool[keys.Count];
        var visited = 0;
        var components = 0;
        var stack = new Stack<int>();
        var frames = new Stack<(int Node, int Edge)>();
        for (var i = 0; i < keys.Count; i++) order[i] = -1;
        foreach (var start in Enumerable.Range(0, keys.Count).OrderBy(i => keys[i], StringComparer.Ordinal))
        {
            if (order[start] >= 0) continue;
            frames.Push((start, 0));
            order[start] = low[start] = visited++;
            stack.Push(start);
            onStack[start] = true;
            while (frames.Count > 0)
            {
                var (node, edge) = frames.Pop();
                if (edge < outgoing[node].Count)
                {
                    frames.Push((node, edge + 1));
                    var next = outgoing[node][edge].Target;
                    if (order[next] < 0)
                    {
                        order[next] = low[next] = visited++;
                        stack.Push(next);
                        onStack[next] = true;
                        frames.Push((next, 0));
                    }
                    else if (onStack[next])
                    {
                        low[node] = Math.Min(low[node], order[next]);
                    }
                    continue;
                }

                if (low[node] == order[node])
                {
                    int member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        component[member] = components;
                    }
                    while (member != node);
                    components++;
                }

                if (frames.Count > 0) low[frames.Peek().Node] = Math.Min(low[frames.Peek().Node], low[node]);
            }
        }

        // Each component's first key in ordinal order, where its circle is looked for.
        var firstOf = new int[components];
        for (var i = 0; i < components; i++) firstOf[i] = -1;
        for (var node = 0; node < keys.Count; node++)
        {
            var c = component[node];
            if (firstOf[c] < 0 || string.CompareOrdinal(keys[node], keys[firstOf[c]]) < 0) firstOf[c] = node;
        }

        var loops = new Dictionary<LocationInfo, string>();
        var circles = new Dictionary<int, string>();
        for (var node = 0; node < keys.Count; node++)
        {
            foreach (var (target, before) in outgoing[node])
            {
                if (component[target] != component[node]) continue;
                if (pairs.Contains((target, node)))
                {
                    loops[before.Location] = " that does not in turn say it came before '" + keys[node] + "'; two occasions cannot each come first";
                    continue;
                }

                if (!circles.TryGetValue(component[node], out var circle))
                {
                    circle = Circle(firstOf[component[node]], component, outgoing, keys);
                    circles.Add(component[node], circle);
                }
                loops[before.Location] = " that does not, through other occasions, come back before '" + keys[node] + "'; occasions cannot come before each other in a circle: " + circle;
            }
        }
        return loops;
    }

    /// <summary>
    /// One circle inside a strongly connected component, as <c>a → b → c → a</c> (at most
    /// <see cref="ShownOccasions"/> keys, then <c>…</c>, the last key and the count): from the
    /// component's first key, follow the first edge that stays inside until a key repeats.
    /// </summary>
    private static string Circle(int first, int[] component, List<(int Target, TextValue Before)>[] outgoing, List<string> keys)
    {
        var id = component[first];
        var walk = new List<int>();
        var seenAt = new Dictionary<int, int>();
        var node = first;
        while (!seenAt.ContainsKey(node))
        {
            seenAt.Add(node, walk.Count);
            walk.Add(node);
            node = outgoing[node].Where(e => component[e.Target] == id).OrderBy(e => keys[e.Target], StringComparer.Ordinal).First().Target;
        }

        var circle = walk.Skip(seenAt[node]).Select(n => keys[n]).ToList();
        var shown = circle.Count <= ShownOccasions
            ? circle.Append(circle[0])
            : circle.Take(ShownOccasions - 2).Append("…").Append(circle[circle.Count - 1]).Append(circle[0]);
        var text = string.Join(" → ", shown);
        return circle.Count <= ShownOccasions ? text : text + " (" + circle.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " occasions)";
    }

    /// <summary>
    /// Each entity becomes a C# member of its kind's class; two ids must not map to one name. Of the files
    /// that keep their ids and have not failed, only those whose name is reserved or shared (see
    /// <see cref="CorpusIds.NameCandidates"/>) can clash: each kind's are checked in id order, the kinds in the
    /// order their first such file comes by path. A kind with more entities than
    /// <paramref name="maxNamedMembers"/> gets no named members, so its names cannot clash and are not checked.
    /// </summary>
    private static void CheckNames(IReadOnlyList<FileSummary> files, CorpusIds ids, ProblemLimit diagnostics, HashSet<string> failed, int maxNamedMembers)
    {
        if (ids.NameCandidates.Count == 0) return;
        var open = ids.NameCandidates.Where(i => !failed.Contains(files[i].Path)).ToList();
        var kinds = new List<RefKind>();
        var counts = new Dictionary<RefKind, int>();
        foreach (var i in ids.Keepers)
        {
            if (failed.Contains(files[i].Path)) continue;
            var kind = ids[i].Kind!.Value;
            counts[kind] = counts.TryGetValue(kind, out var count) ? count + 1 : 1;
            if (!kinds.Contains(kind)) kinds.Add(kind);
        }

        // This is the last check, so the entities counted here are the ones emitted.
        foreach (var kind in kinds.Where(k => MemberNaming.HasNamedMembers(counts[k], maxNamedMembers)))
        {
            var definition = SchemaCatalog.Kind(kind);
            var taken = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var i in open)
            {
                var file = files[i];
                if (ids[i].Kind != kind) continue;
                var entity = file.Entity!;
                var name = entity.MemberName;
                string? clash = null;
                if (MemberNaming.IsReservedMember(name)) clash = "is a name the generated class already uses";
                else if (taken.TryGetValue(name, out var other)) clash = "is already taken by '" + other + "'";
                if (clash is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, entity.IdLocation, entity.Id, MemberNaming.NamedClassOf(definition), name, clash));
                    failed.Add(file.Path);
                    continue;
                }
                taken.Add(name, entity.Id);
            }
        }
    }
}
