using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using StatementGen.Emit;
using StatementGen.Model;
using StatementGen.Parsing;

namespace StatementGen.Validation;

/// <summary>
/// The rules that need the whole corpus: unique ids, references that resolve (to the right claim),
/// occasion keys, and C# member names that do not collide. A file with any error is left out of the
/// generated code; its id stays known, so references to it are not reported a second time.
/// Each file's problems, its own and those found across files, are capped by one <see cref="ProblemLimit"/>,
/// and all "did you mean" hints of a run share one <see cref="Suggestions"/> budget.
/// </summary>
internal static class CorpusValidator
{
    public static CorpusModel Validate(ImmutableArray<FileModel> files, CancellationToken cancellationToken)
    {
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        var diagnostics = new ProblemLimit();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            diagnostics.AddFile(file);
            if (file.HasErrors) failed.Add(file.Path);
        }

        // Ids: the first file (by path) keeps an id; later ones are reported and left out.
        var byId = new Dictionary<string, FileModel>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            if (file.Entity is not { } entity) continue;
            if (byId.TryGetValue(entity.Id, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, entity.IdLocation, entity.Id, first.Path));
                failed.Add(file.Path);
                continue;
            }
            byId.Add(entity.Id, file);
        }

        // Ids of files that failed: known, so references to them are not reported a second time.
        var brokenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in ordered.Where(f => f.HasErrors))
        {
            if (file.ImpliedId is { } implied) brokenIds.Add(implied);
            if (file.Entity is { } entity) brokenIds.Add(entity.Id);
        }

        var claimKeys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var occasionKeys = new HashSet<string>(StringComparer.Ordinal);
        var occasionBefore = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in byId.Values)
        {
            var root = file.Entity!.Root;
            if (file.Entity.Kind != RefKind.Statement) continue;
            claimKeys[file.Entity.Id] = new HashSet<string>(root.GetList("claims").OfType<ObjectValue>().Select(c => c.GetText("key")).OfType<string>(), StringComparer.Ordinal);
            if (root.GetObject("occasion")?.GetText("key") is { } occasion)
            {
                occasionKeys.Add(occasion);
                if (root.GetObject("occasion")?.GetText("before") is { } earlierThan) occasionBefore[occasion] = earlierThan;
            }
        }

        var hints = new Hints(byId.Keys);
        foreach (var file in byId.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = diagnostics.Added;
            CheckReferences(file.Entity!.Root, byId, brokenIds, claimKeys, occasionKeys, hints, diagnostics);
            CheckOccasionOrder(file.Entity.Root, occasionBefore, diagnostics);
            if (diagnostics.Added > before) failed.Add(file.Path);
        }

        CheckNames(byId.Values, diagnostics, failed);

        var entities = byId.Values
            .Where(f => !failed.Contains(f.Path))
            .Select(f => f.Entity!)
            .OrderBy(e => SchemaCatalog.KindIndex(e.Kind)).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToEquatableArray();
        return new CorpusModel(entities, diagnostics.ToArray());
    }

    private static void CheckReferences(Value value, Dictionary<string, FileModel> byId, HashSet<string> brokenIds, Dictionary<string, HashSet<string>> claimKeys, HashSet<string> occasionKeys, Hints hints, ProblemLimit diagnostics)
    {
        switch (value)
        {
            case RefValue reference when reference.Kind == RefKind.Claim:
            {
                var statementId = References.StatementOf(reference.Id);
                var key = reference.Id.Substring(statementId.Length + 1);
                if (brokenIds.Contains(statementId))
                {
                    break;
                }

                if (!byId.ContainsKey(statementId))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, reference.Location, statementId, hints.For(statementId)));
                }
                else if (claimKeys.TryGetValue(statementId, out var keys) && !keys.Contains(key))
                {
                    var known = hints.ClaimsOf(statementId, keys) + hints.Among(key, keys);
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownClaim, reference.Location, reference.Id, statementId, known));
                }
                break;
            }

            case RefValue reference:
                if (!byId.ContainsKey(reference.Id) && !brokenIds.Contains(reference.Id))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, reference.Location, reference.Id, hints.For(reference.Id)));
                }
                break;

            case ObjectValue obj:
                if (obj.TypeName == "Occasion" && obj.Get("before") is TextValue before && !occasionKeys.Contains(before.Text))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownOccasion, before.Location, before.Text, hints.Among(before.Text, occasionKeys)));
                }

                foreach (var field in obj.Fields) CheckReferences(field.Value, byId, brokenIds, claimKeys, occasionKeys, hints, diagnostics);
                break;

            case ListValue list:
                foreach (var item in list.Items) CheckReferences(item, byId, brokenIds, claimKeys, occasionKeys, hints, diagnostics);
                break;
        }
    }

    /// <summary>An occasion cannot come before itself, nor before one that comes before it.</summary>
    private static void CheckOccasionOrder(ObjectValue root, Dictionary<string, string> occasionBefore, ProblemLimit diagnostics)
    {
        var occasion = root.GetObject("occasion");
        if (occasion?.GetText("key") is not { } key || occasion.Get("before") is not TextValue before) return;
        if (before.Text == key)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownOccasion, before.Location, before.Text, " other than this occasion's own key; an occasion cannot come before itself"));
        }
        else if (occasionBefore.TryGetValue(before.Text, out var loop) && loop == key)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownOccasion, before.Location, before.Text, " that does not in turn say it came before '" + key + "'; two occasions cannot each come first"));
        }
    }

    /// <summary>
    /// "Did you mean" hints for unknown references, claims and occasions: candidates grouped by id
    /// prefix, one <see cref="Suggestions"/> budget for the whole run, and each statement's list of
    /// claims made once, so that a corpus with thousands of dangling references cannot make the build crawl.
    /// </summary>
    private sealed class Hints
    {
        private readonly Dictionary<string, string[]> byPrefix;
        private readonly Suggestions suggestions = new();
        private readonly Dictionary<string, string> claimLists = new(StringComparer.Ordinal);

        public Hints(IEnumerable<string> known)
            => byPrefix = known.GroupBy(Prefix, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

        private static string Prefix(string id) => id.IndexOf(':') is var colon and >= 0 ? id.Substring(0, colon + 1) : "";

        public string For(string id)
        {
            var suggestion = byPrefix.TryGetValue(Prefix(id), out var candidates) ? Among(id, candidates) : "";
            return suggestion.Length == 0 ? "; add a file for it or fix the id" : suggestion;
        }

        public string Among(string actual, IEnumerable<string> candidates) => suggestions.Suggest(actual, candidates, null);

        /// <summary>"its claims are a, b and N more", made once per statement however many references miss it.</summary>
        public string ClaimsOf(string statementId, IReadOnlyCollection<string> keys)
        {
            if (!claimLists.TryGetValue(statementId, out var listed))
            {
                listed = keys.Count == 0 ? "it has no claims" : "its claims are " + DiagnosticInfo.List(keys.OrderBy(k => k, StringComparer.Ordinal).ToArray());
                claimLists.Add(statementId, listed);
            }
            return listed;
        }
    }

    /// <summary>Each entity becomes a C# member of its kind's class; two ids must not map to one name.</summary>
    private static void CheckNames(IEnumerable<FileModel> files, ProblemLimit diagnostics, HashSet<string> failed)
    {
        foreach (var group in files.Where(f => !failed.Contains(f.Path)).GroupBy(f => f.Entity!.Kind))
        {
            var kind = SchemaCatalog.Kind(group.Key);
            var taken = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in group.OrderBy(f => f.Entity!.Id, StringComparer.Ordinal))
            {
                var entity = file.Entity!;
                var name = CorpusEmitter.MemberName(entity.Id);
                string? clash = null;
                if (CorpusEmitter.IsReservedMember(name)) clash = "is already a member of the generated API";
                else if (taken.TryGetValue(name, out var other)) clash = "is already taken by '" + other + "'";
                if (clash is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, entity.IdLocation, entity.Id, kind.CollectionName, name, clash));
                    failed.Add(file.Path);
                    continue;
                }
                taken.Add(name, entity.Id);
            }
        }
    }
}
