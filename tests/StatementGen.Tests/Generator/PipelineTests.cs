using System.Collections.Immutable;
using System.Globalization;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatementGen.Emit;
using StatementGen.Model;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>Same corpus, same output; and an edit re-does only the work it must.</summary>
public class PipelineTests
{
    private static string AllSources(GeneratorRun run) => string.Join("\n", run.Result.Results.Single().GeneratedSources
        .Select(s => "//// " + s.HintName + "\n" + s.SourceText));

    [Fact]
    public void Output_does_not_depend_on_file_order_line_endings_or_a_byte_order_mark()
    {
        var baseline = AllSources(TestCorpus.Run(Fixtures.All));
        var shuffled = Fixtures.All.Reverse().Select(f => (f.Path, "\uFEFF" + f.Yaml.Replace("\n", "\r\n"))).ToArray();
        var run = TestCorpus.Run(shuffled);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(baseline, AllSources(run));
    }

    [Theory]
    [InlineData("")]
    [InlineData("en-US")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("fr-FR")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        var baseline = AllSources(TestCorpus.Run(Fixtures.All));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(baseline, AllSources(TestCorpus.Run(Fixtures.All)));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("America/St_Johns")]
    [InlineData("Asia/Kathmandu")]
    public void Output_does_not_depend_on_the_time_zone(string zone)
    {
        var baseline = AllSources(TestCorpus.Run(Fixtures.All));
        var previous = Environment.GetEnvironmentVariable("TZ");
        try
        {
            Environment.SetEnvironmentVariable("TZ", zone);
            TimeZoneInfo.ClearCachedData();
            Assert.Equal(zone, TimeZoneInfo.Local.Id);
            Assert.Equal(baseline, AllSources(TestCorpus.Run(Fixtures.All)));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", previous);
            TimeZoneInfo.ClearCachedData();
        }
    }

    [Fact]
    public void A_csharp_edit_reparses_no_yaml_and_regenerates_nothing()
    {
        var (driver, compilation, _) = Start();
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", parse));
        driver = driver.RunGenerators(edited);
        var result = driver.GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.ReadFile, TrackingNames.ReadText, TrackingNames.Texts })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }
        Assert.All(result.TrackedSteps[TrackingNames.Validate].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.EmitInput].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void Editing_one_yaml_file_rereads_rechecks_and_reencodes_only_that_file()
    {
        var (driver, compilation, texts) = Start();
        var person = texts.Single(t => t.Path.EndsWith("ada-example.yaml", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(person, new InMemoryText(person.Path, Fixtures.Person.Replace("Ada Example", "Ada B. Example")));
        driver = driver.RunGenerators(compilation);

        foreach (var name in new[] { TrackingNames.ReadFile })
        {
            var reasons = driver.GetRunResult().Results.Single().TrackedSteps[name]
                .SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
            Assert.True(1 == reasons.Count(r => r == IncrementalStepRunReason.Modified), name + ": " + string.Join(", ", reasons));
            Assert.True(Fixtures.All.Length - 1 == reasons.Count(r => r == IncrementalStepRunReason.Cached), name + ": " + string.Join(", ", reasons));
        }
    }

    [Fact]
    public void A_yaml_edit_that_changes_no_value_stops_before_emission()
    {
        var (driver, compilation, texts) = Start();
        var person = texts.Single(t => t.Path.EndsWith("ada-example.yaml", StringComparison.Ordinal));
        var moved = "# a comment moves every line down\n\n" + Fixtures.Person.Replace(": ", ":   ");
        driver = driver.ReplaceAdditionalText(person, new InMemoryText(person.Path, moved)).RunGenerators(compilation);
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;

        // The file is read again and its locations differ, so validation runs again ...
        Assert.Contains(steps[TrackingNames.ReadFile].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(steps[TrackingNames.Validate].SelectMany(s => s.Outputs), o => Assert.NotEqual(IncrementalStepRunReason.Cached, o.Reason));
        // ... but the location-free model is equal (validation keeps no location but the diagnostics'), so nothing is emitted again.
        Assert.All(steps[TrackingNames.EmitModel].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, o.Reason.ToString()));
        Assert.All(steps[TrackingNames.EmitInput].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_value_edit_reaches_emission()
    {
        var (driver, compilation, texts) = Start();
        var person = texts.Single(t => t.Path.EndsWith("ada-example.yaml", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(person, new InMemoryText(person.Path, Fixtures.Person.Replace("Ada Example", "Ada B. Example"))).RunGenerators(compilation);
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.All(steps[TrackingNames.EmitModel].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(steps[TrackingNames.EmitInput].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
    }

    private static (GeneratorDriver Driver, Compilation Compilation, ImmutableArray<AdditionalText> Texts) Start() => TestCorpus.StartTracked();

    [Fact]
    public void Editing_one_statement_re_emits_only_the_chunk_that_holds_it()
    {
        var (result, fresh, _) = EditEarlyStatement(Fixtures.StatementEarly.Replace("At least 2,000 people attended.", "At least 2,000 people came."));
        var steps = result.TrackedSteps;

        // The sources of the schema alone hang on the options and the target, which did not change.
        var schema = Assert.Single(steps[TrackingNames.SchemaSources].SelectMany(s => s.Outputs));
        Assert.Equal(IncrementalStepRunReason.Cached, schema.Reason);

        // Each kind's class and id table hang on its ids, which did not change: none is made again.
        var kinds = steps[TrackingNames.KindSources].SelectMany(s => s.Outputs).ToArray();
        Assert.Equal(StatementGen.Schema.SchemaCatalog.Kinds.Count, kinds.Length);
        Assert.All(kinds, o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, ((EmittedSources)o.Value).Name + ": " + o.Reason));

        // Each chunk of data is made by itself: only the statements' one is made again.
        foreach (var (value, reason) in steps[TrackingNames.ChunkSources].SelectMany(s => s.Outputs))
        {
            var name = ((EmittedSources)value).Name;
            Assert.True(name == "Statements#0" ? reason == IncrementalStepRunReason.Modified : reason == IncrementalStepRunReason.Cached, name + ": " + reason);
        }

        Assert.Contains("came.", result.GeneratedSources.Single(s => s.HintName == "StatementGen.Statements.Data0.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Editing_one_record_of_a_kind_of_several_chunks_re_emits_that_chunk_alone()
    {
        var count = (1 << StatementGen.Emit.DataLayout.ChunkShift) + 20;
        var people = Enumerable.Range(0, count).Select(Person).ToArray();
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }", parse)], Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var texts = people.Select(p => (AdditionalText)new InMemoryText("/corpus/" + p.Path, p.Yaml)).ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new CorpusGenerator().AsSourceGenerator()], texts, parse, null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Contains("StatementGen.People.Data1.g.cs", before.Keys);

        // The person at index count - 10 (ids sort as their numbers) lies in the second chunk.
        var last = texts[count - 10];
        driver = driver.ReplaceAdditionalText(last, new InMemoryText(last.Path, Person(count - 10).Yaml.Replace("name: Person", "name: Edited person"))).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);

        Assert.All(result.TrackedSteps[TrackingNames.KindSources].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, ((EmittedSources)o.Value).Name + ": " + o.Reason));
        var chunks = result.TrackedSteps[TrackingNames.ChunkSources].SelectMany(s => s.Outputs)
            .Select(o => (((EmittedSources)o.Value).Name, o.Reason)).ToArray();
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(chunks, c => c.Name == "People#0").Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(chunks, c => c.Name == "People#1").Reason);
        Assert.Equal(2, chunks.Length);

        var after = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Equal(before.Keys.OrderBy(k => k, StringComparer.Ordinal), after.Keys.OrderBy(k => k, StringComparer.Ordinal));
        var changed = before.Keys.Where(k => before[k] != after[k]).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "StatementGen.People.Data1.g.cs", "StatementGen.People.Members1.g.cs" }, changed);
        Assert.Contains("Edited person", after["StatementGen.People.Data1.g.cs"]);
    }

    /// <summary>A person file of its own, numbered so that ids sort as their numbers.</summary>
    private static (string Path, string Yaml) Person(int number)
    {
        var slug = "p-" + number.ToString("D5", CultureInfo.InvariantCulture);
        return ("people/" + slug + ".yaml", "schema: person/1\nid: person:" + slug + "\nname: Person " + number.ToString(CultureInfo.InvariantCulture) + "\n");
    }

    [Fact]
    public void An_identical_yaml_file_is_unchanged_and_nothing_downstream_reruns()
    {
        var (driver, compilation, texts) = Start();
        var person = texts.Single(t => t.Path.EndsWith("ada-example.yaml", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(person, new InMemoryText(person.Path, Fixtures.Person)).RunGenerators(compilation);
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;

        var parsed = steps[TrackingNames.ReadFile].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.All(parsed, r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, r.ToString()));
        foreach (var name in new[] { TrackingNames.Validate, TrackingNames.EmitModel, TrackingNames.EmitInput, TrackingNames.Diagnostics })
        {
            Assert.All(steps[name].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, name + ": " + o.Reason));
        }
    }

    [Fact]
    public void An_edit_that_breaks_a_reference_is_reported_where_a_fresh_run_reports_it()
    {
        Assert.Contains("person:ada-example", Fixtures.StatementEarly);
        var (result, fresh, path) = EditEarlyStatement(Fixtures.StatementEarly.Replace("person:ada-example", "person:ada-exampel"));

        // The edited statement alone is read again; the one corpus-wide step looks its references up.
        var reads = result.TrackedSteps[TrackingNames.ReadFile].SelectMany(s => s.Outputs).ToArray();
        Assert.Equal(path, ((MarkedSummary)Assert.Single(reads, o => o.Reason != IncrementalStepRunReason.Cached).Value).Summary.Path);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(result.TrackedSteps[TrackingNames.Validate].SelectMany(s => s.Outputs)).Reason);

        Assert.Contains(fresh.Diagnostics, d => d.Id == "STMT0030");
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_value_edit_leaves_the_ids_of_the_corpus_cached()
    {
        var (result, fresh, _) = EditEarlyStatement(Fixtures.StatementEarly.Replace("At least 2,000 people attended.", "At least 2,000 people came."));
        var steps = result.TrackedSteps;

        // The edited file's ids are made again and found equal, so the ids of the corpus are not made again ...
        var fileIds = steps[TrackingNames.FileIds].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        Assert.Equal(1, fileIds.Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.All(fileIds, r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, r.ToString()));
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(steps[TrackingNames.Ids].SelectMany(s => s.Outputs)).Reason);

        // ... while validation, which keeps the entities, runs again, and reports what a fresh run reports.
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(steps[TrackingNames.Validate].SelectMany(s => s.Outputs)).Reason);
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(AllSources(fresh), string.Join("\n", result.GeneratedSources.Select(s => "//// " + s.HintName + "\n" + s.SourceText)));
    }

    [Fact]
    public void An_edit_of_a_claim_key_makes_the_ids_again_and_reports_the_claim_a_reference_no_longer_finds()
    {
        Assert.Contains("  - key: crowd\n", Fixtures.StatementEarly);
        var (result, fresh, _) = EditEarlyStatement(Fixtures.StatementEarly.Replace("  - key: crowd\n", "  - key: crowd-early\n"));

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(result.TrackedSteps[TrackingNames.Ids].SelectMany(s => s.Outputs)).Reason);
        Assert.Contains(fresh.Diagnostics, d => d.Id == "STMT0034");
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>
    /// The fixture corpus run, then run again with its early statement replaced by <paramref name="edited"/>;
    /// with a fresh run of the edited corpus to compare with, and the edited file's path.
    /// </summary>
    private static (GeneratorRunResult Result, GeneratorRun Fresh, string Path) EditEarlyStatement(string edited)
    {
        const string early = "2024-05-01-ada-crowd-2000.yaml";
        var (driver, compilation, texts) = Start();
        var statement = texts.Single(t => t.Path.EndsWith(early, StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(statement, new InMemoryText(statement.Path, edited)).RunGenerators(compilation);
        var fresh = TestCorpus.Run(Fixtures.WithArchivedText().Select(f => f.Path.EndsWith(early, StringComparison.Ordinal) ? (f.Path, edited) : f).ToArray());
        return (driver.GetRunResult().Results.Single(), fresh, statement.Path);
    }

    [Fact]
    public void No_step_output_holds_a_value_tree()
    {
        var (driver, _, _) = Start();
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        var ours = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();
        foreach (var (name, runs) in steps.Where(s => ours.Contains(s.Key)))
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                var found = Forbidden(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance), name, tree: true);
                Assert.True(found is null, found);
            }
        }
    }

    [Fact]
    public void No_step_output_holds_a_compilation_symbol_syntax_node_or_additional_text()
    {
        var (driver, _, _) = Start();
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        var ours = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();
        Assert.Equal(21, ours.Length);
        Assert.All(ours, name => Assert.True(steps.ContainsKey(name), name + " was not tracked"));

        // Roslyn's own input steps (the compilation, the additional texts) are left out: they are the inputs.
        foreach (var (name, runs) in steps.Where(s => ours.Contains(s.Key)))
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                var found = Forbidden(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance), name);
                Assert.True(found is null, found);
            }
        }
    }

    [Fact]
    public void The_walk_finds_a_roslyn_object_however_deep()
    {
        var compilation = CSharpCompilation.Create("Probe");
        Assert.NotNull(Forbidden(new object[] { 1, new List<object> { ("x", new[] { compilation }) } }, new HashSet<object>(ReferenceEqualityComparer.Instance), "probe"));
        Assert.Null(Forbidden(new object[] { 1, "text", new List<int> { 2 } }, new HashSet<object>(ReferenceEqualityComparer.Instance), "probe"));

        var at = StatementGen.Model.LocationInfo.FileStart("probe.yaml");
        var tree = new StatementGen.Model.ObjectValue("Person", new[] { new StatementGen.Model.FieldValue("name", new StatementGen.Model.TextValue("Ada", at), at) }.ToEquatableArray(), at);
        Assert.NotNull(Forbidden(new object[] { 1, new List<object> { ("x", new[] { tree }) } }, new HashSet<object>(ReferenceEqualityComparer.Instance), "probe", tree: true));
        Assert.Null(Forbidden(new object[] { new StatementGen.Model.TextValue("Ada", at) }, new HashSet<object>(ReferenceEqualityComparer.Instance), "probe", tree: true));
    }

    /// <summary>
    /// Walks an object graph (fields, arrays, collections) and names the first Roslyn object it finds;
    /// with <paramref name="tree"/>, also the first node of a file's value tree (a mapping or a list of
    /// values, or a whole entity as read), which the pipeline must not keep between runs.
    /// </summary>
    private static string? Forbidden(object? value, HashSet<object> seen, string path, bool tree = false)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal) return null;
        if (value is Compilation or ISymbol or SyntaxNode or SyntaxTree or AdditionalText or SemanticModel or Location)
        {
            return $"{path} holds a {value.GetType().Name}";
        }
        if (tree && value is StatementGen.Model.ObjectValue or StatementGen.Model.ListValue or StatementGen.Model.EntityFile or StatementGen.Model.FileModel)
        {
            return $"{path} holds a {value.GetType().Name}";
        }
        if (!value.GetType().IsValueType && !seen.Add(value)) return null;
        if (value is System.Collections.IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                if (Forbidden(item, seen, $"{path}[{i++}]", tree) is { } inner) return inner;
            }
            if (value.GetType().IsArray) return null;
        }
        foreach (var field in value.GetType().GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
        {
            if (Forbidden(field.GetValue(value), seen, path + "." + field.Name, tree) is { } inner) return inner;
        }
        return null;
    }
}
