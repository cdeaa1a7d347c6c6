using System.Text.RegularExpressions;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>docs/diagnostics.md and the catalogue agree: a section per id, an id per section.</summary>
public class DocsTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(Paths.Repository, "docs", "diagnostics.md"));

    private static string[] Sections => Regex.Matches(Doc, @"^## (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value.Trim()).ToArray();

    [Fact]
    public void Every_id_has_a_section_and_every_section_is_an_id()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToArray();
        Assert.Equal(ids, Sections.Where(s => s.StartsWith("STMT", StringComparison.Ordinal)));
        Assert.All(Sections.Where(s => !s.StartsWith("STMT", StringComparison.Ordinal)), s => Assert.DoesNotMatch("STMT[0-9]", s));
    }

    [Fact]
    public void Every_section_names_its_title_and_severity_and_has_an_example_and_a_fix()
    {
        var parts = Regex.Split(Doc, @"^## ", RegexOptions.Multiline).Skip(1).ToDictionary(p => p.Substring(0, p.IndexOf('\n')).Trim(), p => p);
        Assert.All(DiagnosticDescriptors.All, d =>
        {
            var section = parts[d.Id];
            var severity = d.DefaultSeverity switch
            {
                Microsoft.CodeAnalysis.DiagnosticSeverity.Error => "error",
                Microsoft.CodeAnalysis.DiagnosticSeverity.Warning => "warning",
                Microsoft.CodeAnalysis.DiagnosticSeverity.Info => "info",
                var other => throw new InvalidOperationException(d.Id + " has default severity " + other + ", which the docs have no word for"),
            };
            Assert.Contains("**" + d.Title + "** · " + severity, section);
            Assert.Contains("Fix:", section);
            // The project-level ids concern the project file or file names, not YAML text; an archived
            // text's own problems are in a .txt file.
            if (d.Id is not ("STMT0040" or "STMT0042" or "STMT0090" or "STMT0091" or "STMT0092" or "STMT0093" or "STMT0094" or "STMT0095")) Assert.Contains("```yaml", section);
        });
    }
}
