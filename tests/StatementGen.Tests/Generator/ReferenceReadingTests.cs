using System.Collections.Generic;
using System.Text.RegularExpressions;
using StatementGen.Parsing;
using StatementGen.Schema;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>Slugs and references read in place agree with the schema's pattern for every short text.</summary>
public class ReferenceReadingTests
{
    private static readonly Regex Slug = new("^(?:" + SchemaCatalog.SlugPattern + @")\z", RegexOptions.CultureInvariant);
    private static readonly Regex Reference = new(@"^(?<prefix>[a-z]+):(?:" + SchemaCatalog.SlugPattern + @")(?<claim>#(?:" + SchemaCatalog.SlugPattern + @"))?\z", RegexOptions.CultureInvariant);

    /// <summary>Every text of up to <paramref name="length"/> characters from <paramref name="alphabet"/>.</summary>
    private static IEnumerable<string> AllTexts(string alphabet, int length)
    {
        var level = new List<string> { "" };
        for (var n = 0; n <= length; n++)
        {
            var next = new List<string>();
            foreach (var text in level)
            {
                yield return text;
                foreach (var c in alphabet) next.Add(text + c);
            }
            level = next;
        }
    }

    [Fact]
    public void A_slug_read_in_place_is_what_the_pattern_matches()
    {
        foreach (var text in AllTexts("az09-A_#é", 5))
        {
            Assert.True(Slug.IsMatch(text) == Slugs.IsSlug(text), text);

            // The same text inside others, read by its bounds.
            var framed = "x-" + text + "-y";
            Assert.True(Slug.IsMatch(text) == Slugs.IsSlug(framed, 2, 2 + text.Length), framed);
        }
    }

    [Fact]
    public void A_reference_read_in_place_has_the_kind_its_prefix_names()
    {
        var prefixes = new[] { "person", "org", "stmt", "src", "polity", "place", "event", "nope", "", "Person" };
        foreach (var prefix in prefixes)
        {
            foreach (var rest in AllTexts("a1-#:", 5))
            {
                var text = prefix + ":" + rest;
                var match = Reference.Match(text);
                var kind = match.Success ? SchemaCatalog.KindByPrefix(match.Groups["prefix"].Value) : null;
                RefKind? expected = kind is null ? null
                    : !match.Groups["claim"].Success ? kind.Kind
                    : kind.Kind == RefKind.Statement ? RefKind.Claim : null;
                Assert.True(expected == References.KindOf(text), text);
            }
        }
    }
}
