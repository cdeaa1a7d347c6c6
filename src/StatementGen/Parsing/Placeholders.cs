using System;

namespace StatementGen.Parsing;

/// <summary>
/// The placeholder form: text that starts with <c>TODO:</c> (after any leading white space), which
/// <c>statementgen new</c> writes wherever it cannot know a value. The reader keeps a placeholder where
/// a reference is due as text; the rules warn at every one (STMT0072) and check no placeholder as
/// verbatim text.
/// </summary>
internal static class Placeholders
{
    /// <summary>What a placeholder starts with.</summary>
    public const string Prefix = "TODO:";

    /// <summary>Whether a value is a placeholder (see <see cref="Prefix"/>).</summary>
    public static bool IsPlaceholder(string text) => text.TrimStart().StartsWith(Prefix, StringComparison.Ordinal);
}
