using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Robustness;

/// <summary>
/// No slug can turn into a member that breaks the generated code: every identifier the generated code
/// uses becomes a place and a statement, and each is either refused (STMT0033) or compiles.
/// </summary>
public class NameTests
{
    [Fact]
    public void Every_identifier_of_the_generated_code_as_a_slug_is_refused_or_compiles()
    {
        var generated = TestCorpus.Run(Fixtures.All).Result.Results.Single().GeneratedSources;
        var names = generated
            .SelectMany(s => CSharpSyntaxTree.ParseText(s.SourceText.ToString()).GetRoot().DescendantTokens())
            .Where(t => t.IsKind(SyntaxKind.IdentifierToken) && Regex.IsMatch(t.ValueText, "^[A-Z][a-z0-9]*([A-Z][a-z0-9]*)*$"))
            .Select(t => t.ValueText)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(names.Length > 100, "expected the generated code's identifiers");

        string Slug(string name) => Regex.Replace(name, "(?<=[a-z0-9])([A-Z])", "-$1").ToLowerInvariant();
        var files = Fixtures.All.ToList();
        foreach (var name in names)
        {
            var slug = Slug(name);
            if (files.Any(f => f.Path == $"places/{slug}.yaml")) continue; // the fixture's own entities
            files.Add(($"places/{slug}.yaml", $"schema: place/1\nid: place:{slug}\nname: N\ntype: city\n"));
            files.Add(($"statements/2024/{slug}.yaml", Fixtures.StatementEarly.Replace("id: stmt:2024-05-01-ada-crowd-2000", "id: stmt:" + slug).Replace("key: 2024-05-01-briefing", "key: " + slug + "-occasion")));
        }

        var run = TestCorpus.Run(files);
        Assert.All(run.Diagnostics, d => Assert.Equal("STMT0033", d.Id));
        Assert.Empty(run.CompileProblems);
    }
}
