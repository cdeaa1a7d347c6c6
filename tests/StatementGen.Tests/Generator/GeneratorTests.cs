using Microsoft.CodeAnalysis;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>The generator on a small corpus of every kind: output compiles cleanly and means what the YAML says.</summary>
public class GeneratorTests
{
    [Fact]
    public void Fixture_corpus_generates_without_diagnostics_and_compiles_cleanly()
    {
        var run = TestCorpus.Run(Fixtures.All);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileProblems);
        var hints = run.Result.Results.Single().GeneratedSources.Select(s => s.HintName).ToArray();
        Assert.Equal(
            ["StatementGen.Ids.g.cs", "StatementGen.Vocabularies.g.cs", "StatementGen.Records.g.cs", "StatementGen.Queries.g.cs",
             "StatementGen.Data.g.cs", "StatementGen.Tables.g.cs", "StatementGen.Hash.g.cs", "StatementGen.IndexReader.g.cs", "StatementGen.Decoders.g.cs", "StatementGen.Corpus.g.cs",
             "StatementGen.Statements.g.cs", "StatementGen.People.g.cs", "StatementGen.Orgs.g.cs", "StatementGen.Polities.g.cs",
             "StatementGen.Places.g.cs", "StatementGen.Events.g.cs", "StatementGen.Sources.g.cs",
             "StatementGen.Statements.Members0.g.cs", "StatementGen.Statements.Data0.g.cs", "StatementGen.People.Members0.g.cs", "StatementGen.People.Data0.g.cs",
             "StatementGen.Orgs.Members0.g.cs", "StatementGen.Orgs.Data0.g.cs", "StatementGen.Polities.Members0.g.cs", "StatementGen.Polities.Data0.g.cs",
             "StatementGen.Places.Members0.g.cs", "StatementGen.Places.Data0.g.cs", "StatementGen.Events.Members0.g.cs", "StatementGen.Events.Data0.g.cs",
             "StatementGen.Sources.Members0.g.cs", "StatementGen.Sources.Data0.g.cs", "StatementGen.IndexData.g.cs"],
            hints);
    }

    [Fact]
    public void Every_entity_gets_a_named_member_following_the_naming_rule()
    {
        var run = TestCorpus.Run(Fixtures.All);
        Assert.Contains("public static global::StatementGen.Generated.Person AdaExample => recordAt(0);", run.Source("StatementGen.People.Members0.g.cs"));
        Assert.Contains("public static global::StatementGen.Generated.Polity Xa => recordAt(0);", run.Source("StatementGen.Polities.Members0.g.cs"));
        Assert.Contains("public static global::StatementGen.Generated.Event _2024_Summit => recordAt(0);", run.Source("StatementGen.Events.Members0.g.cs"));
        Assert.Contains("public static global::StatementGen.Generated.Source ExampleDaily_2024_05_02 => recordAt(0);", run.Source("StatementGen.Sources.Members0.g.cs"));
        Assert.Contains("public static global::StatementGen.Generated.Statement _2024_05_01_AdaCrowd_2000 => recordAt(0);", run.Source("StatementGen.Statements.Members0.g.cs"));
    }

    [Fact]
    public void Generated_api_is_usable_from_consumer_code()
    {
        const string consumer = """
            using StatementGen.Generated;
            public static class Uses
            {
                public static string Name => People.Named.AdaExample.Name;
                public static decimal? Lower => Statements.Named._2024_05_01_AdaCrowd_2000.Claims[0].Quantity!.Lower;
                public static Person Ada => People.Get(new PersonId("person:ada-example"));
                public static IEntity? Any => Corpus.Find("stmt:2024-05-02-ada-crowd-5000#crowd");
            }
            """;
        var run = TestCorpus.Run(Fixtures.All, consumer);
        Assert.Empty(run.CompileProblems);
    }

    [Fact]
    public void The_named_members_live_in_a_nested_class_so_the_look_ups_type_stays_small()
    {
        var run = TestCorpus.Run(Fixtures.All);
        const System.Reflection.BindingFlags declared = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly;
        var (inNamed, inStatements) = run.Load(assembly =>
        {
            var statements = assembly.GetType("StatementGen.Generated.Statements")!;
            var named = statements.GetNestedType("Named")!;
            return (named.GetProperties(declared).Select(p => p.Name).Order(StringComparer.Ordinal).ToArray(),
                statements.GetProperties(declared).Select(p => p.Name).Where(n => n.StartsWith("_2024", StringComparison.Ordinal)).ToArray());
        });
        Assert.Equal(new[] { "_2024_05_01_AdaCrowd_2000", "_2024_05_02_AdaCrowd_5000" }, inNamed);
        Assert.Empty(inStatements);

        // Their file turns nullable warnings off, not the annotations: each member is a record, never null.
        var members = run.Output.GetTypeByMetadataName("StatementGen.Generated.Statements+Named")!.GetMembers().OfType<IPropertySymbol>().ToList();
        Assert.Equal(2, members.Count);
        Assert.All(members, p => Assert.Equal(NullableAnnotation.NotAnnotated, p.Type.NullableAnnotation));
    }

    [Fact]
    public void A_misspelt_member_is_a_compile_error_in_consumer_code()
    {
        var run = TestCorpus.Run(Fixtures.All, "public static class Uses { public static object X => StatementGen.Generated.People.Named.AdaExampel; }");
        Assert.Contains(run.CompileProblems, d => d.Id == "CS0117" && d.GetMessage().Contains("AdaExampel"));
    }

    [Fact]
    public void Namespace_is_configurable()
    {
        var run = TestCorpus.Run(Fixtures.All, "public static class Uses { public static object X => Newsroom.Corpus.People.Named.AdaExample; }", ns: "Newsroom.Corpus");
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileProblems);
        Assert.StartsWith("// <auto-generated/>", run.Source("StatementGen.People.g.cs"));
        Assert.Contains("namespace Newsroom.Corpus;", run.Source("StatementGen.Queries.g.cs"));
    }

    [Fact]
    public void An_invalid_namespace_is_reported_and_nothing_is_emitted()
    {
        var run = TestCorpus.Run(Fixtures.All, ns: "Not A.Namespace");
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STMT0091", diagnostic.Id);
        Assert.Contains("'Not A.Namespace'", diagnostic.GetMessage());
        Assert.Empty(run.Result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void An_old_language_version_is_reported_instead_of_emitting_code_that_cannot_compile()
    {
        var run = TestCorpus.Run(Fixtures.All, language: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STMT0090", diagnostic.Id);
        Assert.Contains("C# 11", diagnostic.GetMessage());
        Assert.Empty(run.Result.Results.Single().GeneratedSources);
        Assert.Empty(run.CompileProblems);
    }

    [Fact]
    public void A_kind_over_the_named_member_limit_has_none_and_is_reported()
    {
        const string consumer = """
            using StatementGen.Generated;
            public static class Uses
            {
                public static int Count => Statements.All.Count + (Statements.Find("stmt:2024-05-01-ada-crowd-2000") is null ? 0 : 1);
                public static Person Ada => People.Named.AdaExample;
            }
            """;
        var run = TestCorpus.Run(Fixtures.All, consumer, properties: new Dictionary<string, string> { ["StatementGenMaxNamedMembers"] = "1" });
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STMT0092", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Statements has 2 entities, more than StatementGenMaxNamedMembers (1), so it has no named member per entity; use Statements.Find, Get and All, or raise the limit",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.CompileProblems);
        Assert.DoesNotContain(run.Result.Results.Single().GeneratedSources, s => s.HintName.StartsWith("StatementGen.Statements.Members", StringComparison.Ordinal));
        Assert.DoesNotContain("class Named", run.Source("StatementGen.Statements.g.cs"));
        Assert.DoesNotContain(run.Result.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("_2024_05_01_AdaCrowd_2000", StringComparison.Ordinal));
        Assert.Contains("public static global::StatementGen.Generated.Person AdaExample => recordAt(0);", run.Source("StatementGen.People.Members0.g.cs"));
        Assert.Equal(3, run.Load(assembly => (int)assembly.GetType("Uses")!.GetProperty("Count")!.GetValue(null)!));
    }

    [Theory]
    [InlineData("StatementGenVisibility", "protected", "must be public or internal")]
    [InlineData("StatementGenEnabled", "maybe", "must be true or false")]
    [InlineData("StatementGenMaxNamedMembers", "-1", "must be a whole number, 0 or more")]
    [InlineData("StatementGenMaxNamedMembers", "many", "must be a whole number, 0 or more")]
    public void An_unknown_option_value_is_reported(string option, string value, string message)
    {
        var run = TestCorpus.Run(Fixtures.All, properties: new Dictionary<string, string> { [option] = value });
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STMT0091", diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage());
        Assert.Empty(run.Result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void Internal_visibility_keeps_every_generated_type_internal()
    {
        var run = TestCorpus.Run(Fixtures.All, "internal static class Uses { internal static object X => StatementGen.Generated.People.Named.AdaExample; }",
            properties: new Dictionary<string, string> { ["StatementGenVisibility"] = "internal" });
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileProblems);
        var types = run.Output.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .Where(t => t.ContainingNamespace.ToDisplayString() == "StatementGen.Generated" && t.ContainingType is null).ToArray();
        Assert.True(types.Length > 40);
        Assert.All(types, t => Assert.Equal(Accessibility.Internal, t.DeclaredAccessibility));
    }

    [Fact]
    public void The_kill_switch_silences_even_bad_options()
    {
        var run = TestCorpus.Run(Fixtures.All, properties: new Dictionary<string, string> { ["StatementGenEnabled"] = "false", ["StatementGenVisibility"] = "protected" });
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void The_kill_switch_turns_everything_off()
    {
        var broken = Fixtures.With("people/ada-example.yaml", "not: [valid");
        var run = TestCorpus.Run(broken, properties: new Dictionary<string, string> { ["StatementGenEnabled"] = "false" });
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Result.Results.Single().GeneratedSources);
    }

    [Theory]
    [InlineData(TestCorpus.Target.Net80, "System.DateOnly", false)]
    [InlineData(TestCorpus.Target.NetStandard20, "System.DateTime", true)]
    [InlineData(TestCorpus.Target.Net472, "System.DateTime", true)]
    public void Every_target_compiles_with_the_polyfills_and_dates_it_needs(TestCorpus.Target target, string dateType, bool polyfills)
    {
        const string consumer = """
            using StatementGen.Generated;
            public static class Uses
            {
                public static bool Overlaps => Statements.Between(Statements.Named._2024_05_01_AdaCrowd_2000.Said.Earliest!.Value, Statements.Named._2024_05_01_AdaCrowd_2000.Said.Latest!.Value).Count == 1;
                public static decimal? Upper => Claims.LatestEstimate("attendance")!.Quantity!.Upper;
            }
            """;
        var run = TestCorpus.Run(Fixtures.All, consumer, target: target);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileProblems);
        var records = run.Source("StatementGen.Records.g.cs");
        Assert.Contains("using CorpusDate = global::" + dateType + ";", records);
        Assert.Contains("public CorpusDate? Earliest { get => _earliest; init => _earliest = value; }", records);
        Assert.Equal(polyfills, run.Result.Results.Single().GeneratedSources.Any(s => s.HintName == "StatementGen.Polyfills.g.cs"));
    }

    [Theory]
    [InlineData(TestCorpus.Target.NetStandard20)]
    [InlineData(TestCorpus.Target.Net472)]
    public void A_target_without_read_only_span_is_told_to_add_system_memory(TestCorpus.Target target)
    {
        var run = TestCorpus.Run(Fixtures.All, target: target, systemMemory: false);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STMT0090", diagnostic.Id);
        Assert.Contains("System.Memory", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.CompileProblems);
    }

    [Fact]
    public void Scalar_time_shorthand_means_a_stated_day()
    {
        const string consumer = """
            using StatementGen.Generated;
            public static class Probe
            {
                public static string Said()
                {
                    var said = Statements.Named._2024_05_01_AdaCrowd_2000.Said;
                    var invariant = System.Globalization.CultureInfo.InvariantCulture;
                    return string.Join("|", said.Edtf, said.Precision, said.Basis, said.AsStated ?? "null",
                        said.Earliest!.Value.ToString("yyyy-MM-dd", invariant), said.Latest!.Value.ToString("yyyy-MM-dd", invariant));
                }
            }
            """;
        var run = TestCorpus.Run(Fixtures.All, consumer);
        Assert.Empty(run.CompileProblems);
        var said = run.Load(assembly => (string)assembly.GetType("Probe")!.GetMethod("Said")!.Invoke(null, null)!);
        Assert.Equal(
            "2024-05-01|Day|Stated|null|2024-05-01|2024-05-01",
            said);
    }

    [Fact]
    public void Empty_corpus_still_emits_a_compilable_api()
    {
        var run = TestCorpus.Run();
        Assert.Equal(["STMT0095"], run.Diagnostics.Select(d => d.Id));
        Assert.Empty(run.CompileProblems);
        Assert.Contains("public static global::System.Collections.Generic.IReadOnlyList<global::StatementGen.Generated.Person> All => Table;", run.Source("StatementGen.People.g.cs"));
        Assert.Contains(": base(0, ", run.Source("StatementGen.People.g.cs"));
        Assert.DoesNotContain(run.Result.Results.Single().GeneratedSources, s => s.HintName.StartsWith("StatementGen.People.Data", StringComparison.Ordinal));
    }

    [Fact]
    public void Non_yaml_additional_files_are_ignored()
    {
        var run = TestCorpus.Run(Fixtures.All.Append(("notes/readme.txt", "not: [yaml")));
        Assert.Empty(run.Diagnostics);
    }
}
