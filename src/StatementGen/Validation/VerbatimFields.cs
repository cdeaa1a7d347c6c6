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
    /// The verbatim text values under <paramref name="value"/> with their paths as <c>--set</c> writes
    /// them (<c>claims.0.quantity.as_stated</c>), not entering excerpt scopes. Placeholders
    /// (<c>TODO:</c>) are left out: they are reported as such.
    /// </summary>
    public static IEnumerable<(string Path, TextValue Value)> Outside(Value value, string path, bool verbatim = false)
    {
        var stack = new Stack<(Value Value, string Path, bool Verbatim)>();
        stack.Push((value, path, verbatim));
        while (stack.Count > 0)
        {
            var (current, at, isVerbatim) = stack.Pop();
            switch (current)
            {
                case TextValue text when isVerbatim && !Placeholders.IsPlaceholder(text.Text):
                    yield return (at, text);
                    break;
                case ObjectValue obj when at.Length == 0 || !IsExcerptScope(obj):
                    var type = SchemaCatalog.Type(obj.TypeName);
                    for (var i = obj.Fields.Count - 1; i >= 0; i--)
                    {
                        var field = obj.Fields[i];
                        var def = type.Field(field.Key);
                        stack.Push((field.Value, Join(at, field.Key), def?.Verbatim == true));
                    }
                    break;
                case ListValue list:
                    for (var i = list.Items.Count - 1; i >= 0; i--) stack.Push((list.Items[i], Join(at, i.ToString(CultureInfo.InvariantCulture)), isVerbatim));
                    break;
            }
        }
    }

    /// <summary>
    /// Each verbatim value of an excerpt scope, other than the excerpt, that does not occur in the excerpt,
    /// with where it departs, in the order of the file. Every rendering of every file is checked, so the
    /// walk keeps its way down as steps and writes a path only for a value it reports.
    /// </summary>
    public static IReadOnlyList<(string Path, TextValue Value, Mismatch Mismatch)> NotInExcerpt(ObjectValue scope)
    {
        var found = new List<(string Path, TextValue Value, Mismatch Mismatch)>();
        if (scope.Get(SchemaCatalog.ExcerptKey) is not TextValue excerpt || Placeholders.IsPlaceholder(excerpt.Text)) return found;
        var type = SchemaCatalog.Type(scope.TypeName);
        var steps = new List<(string? Key, int Index)>();
        foreach (var field in scope.Fields)
        {
            if (field.Key == SchemaCatalog.ExcerptKey) continue;
            steps.Add((field.Key, 0));
            NotInExcerpt(field.Value, type.Field(field.Key)?.Verbatim == true, excerpt.Text, steps, found);
            steps.RemoveAt(steps.Count - 1);
        }
        return found;
    }

    /// <summary>The walk of <see cref="NotInExcerpt(ObjectValue)"/> under one value, as <see cref="Outside"/> walks (no excerpt scope entered).</summary>
    private static void NotInExcerpt(Value value, bool verbatim, string excerpt, List<(string? Key, int Index)> steps, List<(string Path, TextValue Value, Mismatch Mismatch)> found)
    {
        switch (value)
        {
            case TextValue text when verbatim && !Placeholders.IsPlaceholder(text.Text):
                if (Verbatim.FindMismatch(text.Text, excerpt, budget: null) is { } mismatch) found.Add((PathOf(steps), text, mismatch));
                break;
            case ObjectValue obj when !IsExcerptScope(obj):
                var type = SchemaCatalog.Type(obj.TypeName);
                foreach (var field in obj.Fields)
                {
                    steps.Add((field.Key, 0));
                    NotInExcerpt(field.Value, type.Field(field.Key)?.Verbatim == true, excerpt, steps, found);
                    steps.RemoveAt(steps.Count - 1);
                }
                break;
            case ListValue list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    steps.Add((null, i));
                    NotInExcerpt(list.Items[i], verbatim, excerpt, steps, found);
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

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
