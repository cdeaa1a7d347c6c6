using System.Text;

namespace StatementGen;

/// <summary>
/// How corpus names become C# names. The rule for entity members, documented in README.md:
/// split the slug on '-', capitalise each part's first letter, and join; where a part starts or the
/// part before it ends with a digit, put '_' between them (so "troops-10000" and "troops10000"
/// stay apart), and start a name that would begin with a digit with '_'. Slugs are lower case, so
/// the mapping is one-to-one.
/// </summary>
internal static class Naming
{
    /// <summary>
    /// <c>on_behalf_of</c> → <c>OnBehalfOf</c>, <c>non_confirmation</c> → <c>NonConfirmation</c>,
    /// <c>sabrina-singh</c> → <c>SabrinaSingh</c>, <c>2024-10-28-singh</c> → <c>_2024_10_28_Singh</c>.
    /// </summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        var startOfPart = true;
        var previous = '\0';
        foreach (var c in name)
        {
            if (c == '-' || c == '_')
            {
                startOfPart = true;
                continue;
            }

            if (startOfPart && (IsDigit(c) || IsDigit(previous)))
            {
                builder.Append('_');
            }

            previous = c;

            builder.Append(startOfPart ? char.ToUpperInvariant(c) : c);
            startOfPart = false;
        }

        return builder.ToString();
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>"an org", "A person": the noun with its indefinite article, by its first letter.</summary>
    public static string WithArticle(string noun, bool capital = false) => Article(noun, capital) + " " + noun;

    /// <summary>"a" or "an" (capitalised on request) for a noun, by its first letter.</summary>
    public static string Article(string noun, bool capital = false)
    {
        var vowel = noun.Length > 0 && char.ToLowerInvariant(noun[0]) is 'a' or 'e' or 'i' or 'o' or 'u';
        return capital ? (vowel ? "An" : "A") : (vowel ? "an" : "a");
    }
}
