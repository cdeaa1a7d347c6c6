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

    /// <summary>Whether <paramref name="text"/> is a slug: lower-case ASCII letters and digits in groups joined by single '-'.</summary>
    public static bool IsSlug(string text) => IsSlug(text, 0, text.Length);

    /// <summary>
    /// Whether the characters of <paramref name="text"/> from <paramref name="start"/> up to
    /// <paramref name="end"/> are a slug (<see cref="SchemaCatalog.SlugPattern"/>): the reader checks
    /// the parts of a reference in place, without a string of each.
    /// </summary>
    public static bool IsSlug(string text, int start, int end)
    {
        if (end <= start) return false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) continue;

            // A '-' joins two groups: never first, last, or next to another.
            if (c != '-' || i == start || i == end - 1 || text[i - 1] == '-') return false;
        }
        return true;
    }
}
