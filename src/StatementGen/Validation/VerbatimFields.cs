using System;
using System.Collections.Generic;
using System.Globalization;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Schema;

namespace StatementGen.Validation;

/// <summary>
/// Which values of a file are verbatim (the catalogue marks them) and what each must occur in. A
/// rendering and a narrator's assertion each carry an <c>excerpt</c>, the words as printed: every other
/// verbatim value inside them (a quote, an insertion, the attribution, the cue, a hedge cue) must occur
/// in that excerpt. Every verbatim value outside them (a role, an <c>as_stated</c>, a claim's cues) must
/// occur in a paragraph the file cites (see <see cref="TextCheck"/>).
/// </summary>
internal static class VerbatimFields
{
    /// <summary>Whether <paramref name="obj"/> carries its own excerpt (a rendering, a narrator's assertion).</summary>
    public static bool IsExcerptScope(ObjectValue obj) => obj.TypeName is "Rendering" or "NarratorAssertion";

    /// <summary>
    /// The verbatim text values under <paramref name="root"/> with their paths as <c>--set</c> writes
    /// them (<c>claims.0.quantity.as_stated</c>), in the order of the file, not entering excerpt scopes
    /// below it. Placeholders (<c>TODO:</c>) are left out: they are reported as such.
    /// </summary>
    public static IReadOnlyList<(string Path, TextValue Value)> Outside(Value root)
    {
        var found = new List<(string Path, TextValue Value)>();
        var steps = new List<(string? Key, int Index)>();
        Walk(root, verbatim: false, steps, text => found.Add((PathOf(steps), text)));
        return found;
    }

    /// <summary>
    /// Each verbatim value of an excerpt scope, other than the excerpt, that does not occur in the excerpt,
    /// with where it departs, in the order of the file. Every rendering of every file is checked, so a
    /// path is written only for a value it reports.
    /// </summary>
    public static IReadOnlyList<(string Path, TextValue Value, Mismatch Mismatch)> NotInExcerpt(ObjectValue scope)
    {
        var found = new List<(string Path, TextValue Value, Mismatch Mismatch)>();
        if (scope.Get(SchemaCatalog.ExcerptKey) is not TextValue excerpt || Placeholders.IsPlaceholder(excerpt.Text)) return found;
        var type = SchemaCatalog.Type(scope.TypeName);
        var steps = new List<(string? Key, int Index)>();
        void Check(TextValue text)
        {
            if (Verbatim.FindMismatch(text.Text, excerpt.Text, budget: null) is { } mismatch) found.Add((PathOf(steps), text, mismatch));
        }

        foreach (var field in scope.Fields)
        {
            if (field.Key == SchemaCatalog.ExcerptKey) continue;
            steps.Add((field.Key, 0));
            Walk(field.Value, type.Field(field.Key)?.Verbatim == true, steps, Check);
            steps.RemoveAt(steps.Count - 1);
        }
        return found;
    }

    /// <summary>
    /// Hands <paramref name="visit"/> each verbatim text value under <paramref name="value"/> (a placeholder
    /// is none), in the order of the file, keeping the way down in <paramref name="steps"/> (a field's key,
    /// or no key and an item's index) so that a path is written only for a value that needs one. An
    /// excerpt scope is entered only where the walk starts.
    /// </summary>
    private static void Walk(Value value, bool verbatim, List<(string? Key, int Index)> steps, Action<TextValue> visit)
    {
        switch (value)
        {
            case TextValue text when verbatim && !Placeholders.IsPlaceholder(text.Text):
                visit(text);
                break;
            case ObjectValue obj when steps.Count == 0 || !IsExcerptScope(obj):
                var type = SchemaCatalog.Type(obj.TypeName);
                foreach (var field in obj.Fields)
                {
                    steps.Add((field.Key, 0));
                    Walk(field.Value, type.Field(field.Key)?.Verbatim == true, steps, visit);
                    steps.RemoveAt(steps.Count - 1);
                }
                break;
            case ListValue list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    steps.Add((null, i));
                    Walk(list.Items[i], verbatim, steps, visit);
                    steps.RemoveAt(steps.Count - 1);
                }
                break;
        }
    }

    /// <summary>The steps down to a value (a field's key, or no key and an item's index) as <c>--set</c> writes them: joined by dots.</summary>
    public static string PathOf(List<(string? Key, int Index)> steps)
    {
        var path = new System.Text.StringBuilder();
        for (var i = 0; i < steps.Count; i++)
        {
            if (i > 0) path.Append('.');
            path.Append(steps[i].Key ?? steps[i].Index.ToString(CultureInfo.InvariantCulture));
        }
        return path.ToString();
    }
}
