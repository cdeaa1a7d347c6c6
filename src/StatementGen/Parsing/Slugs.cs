using System.Text.RegularExpressions;
using StatementGen.Schema;

namespace StatementGen.Parsing;

/// <summary>
/// What a slug is: the part of an id after its kind's prefix (<c>person:ada-example</c>), the name of
/// its file, and each key of a claim. One rule, <see cref="SchemaCatalog.SlugPattern"/>, for the
/// reader, the references, the archived texts' names and the command line.
/// </summary>
internal static class Slugs
{
    /// <summary>How to write a slug, as messages end when a value is not one.</summary>
    public const string Advice = "use lower-case letters and digits in groups joined by '-'";

    private static readonly Regex SlugRegex = new("^(?:" + SchemaCatalog.SlugPattern + @")\z", RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="text"/> is a slug: lower-case ASCII letters and digits in groups joined by single '-'.</summary>
    public static bool IsSlug(string text) => SlugRegex.IsMatch(text);
}
