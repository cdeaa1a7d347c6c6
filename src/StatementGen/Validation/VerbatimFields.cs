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

    /// <summary>Each verbatim value of an excerpt scope, other than the excerpt, that does not occur in the excerpt, with where it departs.</summary>
    public static IEnumerable<(string Path, TextValue Value, Mismatch Mismatch)> NotInExcerpt(ObjectValue scope)
    {
        if (scope.Get(SchemaCatalog.ExcerptKey) is not TextValue excerpt || Placeholders.IsPlaceholder(excerpt.Text)) yield break;
        var type = SchemaCatalog.Type(scope.TypeName);
        foreach (var field in scope.Fields)
        {
            if (field.Key == SchemaCatalog.ExcerptKey) continue;
            foreach (var (path, value) in Outside(field.Value, field.Key, type.Field(field.Key)?.Verbatim == true))
            {
                if (Verbatim.FindMismatch(value.Text, excerpt.Text, budget: null) is { } mismatch) yield return (path, value, mismatch);
            }
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
