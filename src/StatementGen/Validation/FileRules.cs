using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Schema;

namespace StatementGen.Validation;

/// <summary>
/// The rules one file can be checked against on its own: its id against its name and folder, and the
/// semantic rules of docs/schema.md ("What the build rejects") that need no other file.
/// Rules attach to schema types, so a rule for Quantity or Stance applies wherever one appears.
/// </summary>
internal static class FileRules
{
    /// <summary>
    /// The file as read, with the problems these rules find added to its own, under the same
    /// <see cref="ProblemLimit"/>; a file the reader could make no entity of comes back as it is.
    /// </summary>
    public static FileModel Check(FileModel file, CancellationToken cancellationToken)
    {
        if (file.Entity is not { } entity) return file;
        var diagnostics = new ProblemLimit();
        diagnostics.AddFile(file);
        Check(file.Path, entity, diagnostics, cancellationToken);
        return file with { Diagnostics = diagnostics.ToArray(), Omitted = diagnostics.Omitted(file.Path) };
    }

    private static void Check(string path, EntityFile entity, ProblemLimit diagnostics, CancellationToken cancellationToken)
    {
        IdRules.Check(path, entity, diagnostics);
        Visit(entity.Root, entity, diagnostics, cancellationToken);
        CheckPlaceholders(entity.Root, new List<(string? Key, int Index)>(), diagnostics);

        // Advice only for a file without errors: a value dropped for an error is not a missing value.
        if (!diagnostics.HasErrors)
        {
            CheckAdvice(entity, diagnostics);
        }
    }

    /// <summary>Warnings for what is legal but worth a curator's look.</summary>
    private static void CheckAdvice(EntityFile entity, ProblemLimit diagnostics)
    {
        var root = entity.Root;
        if (entity.Kind == RefKind.Statement)
        {
            var curation = root.GetObject("curation");
            var status = curation?.Get("status") as EnumValue;
            if (status is null || status.Member == "draft")
            {
                var at = status?.Location ?? root.GetField("curation")?.KeyLocation ?? entity.IdLocation;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotReviewed, at, entity.Id, status is null ? "has no curation status" : "is a draft"));
            }
        }
        else if (entity.Kind == RefKind.Person && root.Get("wikidata") is not TextValue)
        {
            var at = root.GetField("wikidata")?.KeyLocation ?? entity.IdLocation;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoWikidata, at, entity.Id));
        }
    }

    /// <summary>The most characters of a placeholder a message repeats.</summary>
    private const int ShownPlaceholderLength = 60;

    /// <summary>
    /// Warns at every text value, of any field, that still holds a placeholder (STMT0072), naming it by
    /// its path as <c>--set</c> writes it (<c>renderings.0.excerpt</c>). Reported in files with errors too:
    /// a placeholder is unfinished work whatever else is wrong. The way down is kept as steps (a field's
    /// key, or no key and an item's index), and written as a path only for a placeholder found, so the
    /// walk over a file's values builds no string.
    /// </summary>
    private static void CheckPlaceholders(Value value, List<(string? Key, int Index)> steps, ProblemLimit diagnostics)
    {
        switch (value)
        {
            case TextValue text when Placeholders.IsPlaceholder(text.Text):
                var cut = char.IsHighSurrogate(text.Text, Math.Min(ShownPlaceholderLength, text.Text.Length) - 1) ? ShownPlaceholderLength - 1 : ShownPlaceholderLength;
                var shown = text.Text.Length > ShownPlaceholderLength ? text.Text.Substring(0, cut) + "…" : text.Text;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PlaceholderNotFilled, text.Location, VerbatimFields.PathOf(steps), shown));
                break;
            case ObjectValue obj:
                foreach (var field in obj.Fields)
                {
                    steps.Add((field.Key, 0));
                    CheckPlaceholders(field.Value, steps, diagnostics);
                    steps.RemoveAt(steps.Count - 1);
                }
                break;
            case ListValue list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    steps.Add((null, i));
                    CheckPlaceholders(list.Items[i], steps, diagnostics);
                    steps.RemoveAt(steps.Count - 1);
                }
                break;
        }
    }

    private static void Visit(Value value, EntityFile entity, ProblemLimit diagnostics, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (value)
        {
            case ObjectValue obj:
                CheckObject(obj, diagnostics);
                foreach (var field in obj.Fields) Visit(field.Value, entity, diagnostics, cancellationToken);
                break;
            case ListValue list:
                foreach (var item in list.Items) Visit(item, entity, diagnostics, cancellationToken);
                break;
        }
    }

    private static void CheckObject(ObjectValue obj, ProblemLimit diagnostics)
    {
        switch (obj.TypeName)
        {
            case "Statement": CheckStatement(obj, diagnostics); break;
            case "Rendering": CheckRendering(obj, diagnostics); break;
            case "NarratorAssertion": CheckExcerptScope(obj, diagnostics); break;
            case "Claim": CheckClaim(obj, diagnostics); break;
            case "Quantity": CheckQuantity(obj, diagnostics); break;
            case "Stance": CheckStance(obj, diagnostics); break;
            case "PlaceRole": CheckPlaceRole(obj, diagnostics); break;
        }
    }

    private static void CheckStatement(ObjectValue statement, ProblemLimit diagnostics)
    {
        var kind = statement.GetEnum("kind");
        var claims = statement.GetList("claims");
        if (claims.Count == 0 && kind is not null && kind != "no_comment")
        {
            var at = statement.GetField("claims")?.KeyLocation ?? statement.GetField("kind")!.KeyLocation;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ClaimsMissing, at, kind));
        }

        if (statement.GetField("renderings") is { } renderings && statement.GetList("renderings").Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyList, renderings.KeyLocation, "renderings"));
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in claims)
        {
            if (item is ObjectValue claim && claim.Get("key") is TextValue key && !keys.Add(key.Text))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateClaimKey, key.Location, key.Text));
            }
        }

        string? known = null; // listed once per statement, so many bad relations cost no more than one
        foreach (var item in statement.GetList("relations"))
        {
            if (item is ObjectValue relation && relation.Get("from") is TextValue from && !keys.Contains(from.Text))
            {
                known ??= keys.Count == 0 ? "none" : DiagnosticInfo.List(keys.OrderBy(k => k, StringComparer.Ordinal).ToArray());
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RelationFromUnknown, from.Location, from.Text, known));
            }
        }
    }

    private static void CheckRendering(ObjectValue rendering, ProblemLimit diagnostics)
    {
        var mode = rendering.GetEnum("mode");
        var quoteField = rendering.GetField("quote");
        var quotes = 0;
        foreach (var quote in rendering.GetList("quote"))
        {
            if (quote is TextValue) quotes++;
        }

        var quoted = mode == "direct" || mode == "mixed";
        if (mode is not null && quoted && quotes == 0)
        {
            var at = quoteField?.KeyLocation ?? rendering.GetField("mode")!.Value.Location;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteModeMismatch, at,
                Naming.WithArticle(mode, capital: true) + " rendering needs 'quote' with the words inside the quotation marks"));
        }
        else if (mode is not null && !quoted && quoteField is not null && quotes > 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteModeMismatch, quoteField.KeyLocation,
                Naming.WithArticle(mode, capital: true) + " rendering has no quotation marks, so it cannot have 'quote'; use mode mixed or direct, or remove the quote"));
        }

        CheckExcerptScope(rendering, diagnostics);
    }

    /// <summary>STMT0050 at each verbatim value of a rendering or narrator's assertion that is not in its excerpt.</summary>
    private static void CheckExcerptScope(ObjectValue scope, ProblemLimit diagnostics)
    {
        if (scope.GetText(SchemaCatalog.ExcerptKey) is not { } excerpt) return;
        foreach (var (path, value, mismatch) in VerbatimFields.NotInExcerpt(scope))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotInExcerpt, value.Location, path, value.Text,
                Verbatim.Describe(mismatch, value.Text, excerpt, "'" + path + "'", "the excerpt")));
        }
    }

    private static void CheckClaim(ObjectValue claim, ProblemLimit diagnostics)
    {
        if (claim.GetEnum("type") == "quantity" && claim.Get("quantity") is not ObjectValue)
        {
            var key = claim.GetText("key") ?? "?";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuantityMissing, claim.GetField("type")!.KeyLocation, key));
        }
    }

    private static void CheckQuantity(ObjectValue quantity, ProblemLimit diagnostics)
    {
        var qualifier = quantity.GetEnum("qualifier");
        var high = quantity.GetField("high");
        var hasHigh = high is not null && high.Value is NumberValue;
        if (hasHigh && qualifier is not null && qualifier != "range")
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HighMismatch, high!.KeyLocation,
                "'high' belongs to a range, but the qualifier is '" + qualifier + "'; use qualifier: range or remove high"));
        }
        else if (qualifier == "range" && !hasHigh)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HighMismatch, quantity.GetField("qualifier")!.Value.Location,
                "A range needs 'high' (and 'value' for its low end)"));
        }
        else if (qualifier == "range" && quantity.Get("value") is NumberValue low && high!.Value is NumberValue top && top.Number < low.Number)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HighMismatch, high.KeyLocation,
                "'high' is below 'value'; a range runs from value up to high"));
        }
    }

    private static void CheckStance(ObjectValue stance, ProblemLimit diagnostics)
    {
        if (stance.Get("icd203") is not EnumValue band) return;
        var terms = SchemaCatalog.Icd203.First(b => b.Band == band.Member).Terms;
        if (!HasCue(stance.GetList("cues"), terms))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.Icd203WithoutCue, band.Location, band.Member, string.Join(", ", terms)));
        }
    }

    /// <summary>Whether one of the text <paramref name="cues"/> holds one of the <paramref name="terms"/> as words.</summary>
    private static bool HasCue(EquatableArray<Value> cues, string[] terms)
    {
        foreach (var cue in cues)
        {
            if (cue is not TextValue text) continue;
            foreach (var term in terms)
            {
                if (Verbatim.ContainsWords(text.Text, term)) return true;
            }
        }
        return false;
    }

    private static void CheckPlaceRole(ObjectValue placeRole, ProblemLimit diagnostics)
    {
        if (placeRole.Get("ref") is RefValue { Kind: RefKind.Org } org && placeRole.GetEnum("role") is { } role && role != "venue")
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OrgPlaceNotVenue, org.Location, org.Id, role));
        }
    }
}
