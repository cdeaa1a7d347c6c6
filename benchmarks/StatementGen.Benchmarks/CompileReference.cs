using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace StatementGen.Benchmarks;

/// <summary>
/// The compile reference: the design the generator replaced, every record of the corpus as an object
/// initializer in one static array per kind, all in one class (one giant static constructor). Its
/// source is written from the compiled corpus's decoded records by reflection (every property as a C#
/// literal or initializer), compiled with the generated model types (records, ids, vocabularies) and
/// the same compiler invocation as the generated corpus (<see cref="Artifacts.CompileApp"/>), and
/// checked: it compiles, holds as many records, and one record reads back the same.
/// </summary>
public static class CompileReference
{
    private const string Namespace = RecordExpressions.Namespace;

    /// <summary>The generated files the reference compiles with: the model types, none of the data or look-ups.</summary>
    private static readonly string[] ModelFiles = ["StatementGen.Records.g.cs", "StatementGen.Ids.g.cs", "StatementGen.Vocabularies.g.cs"];

    /// <summary>The types the model files use that the generator writes beside its queries, written here as they are declared there, when the model files lack them.</summary>
    private static readonly (string Declares, string Source)[] Companions =
    [
        ("interface IEntity", "/// <summary>Anything with an id.</summary>\npublic interface IEntity\n{\n    /// <summary>The id.</summary>\n    EntityId EntityId { get; }\n}\n"),
        ("record struct LikelihoodRange", "/// <summary>A likelihood range.</summary>\npublic readonly record struct LikelihoodRange(double Low, double High);\n"),
    ];

    /// <summary>
    /// Compiles the reference for <paramref name="artifacts"/> (writing its source first, from the
    /// corpus app, where it is missing) and measures the compile; the first time, also checks the
    /// compiled reference against the corpus app.
    /// </summary>
    public static Metrics Compile(Artifacts artifacts)
    {
        var metrics = new Metrics("compile-reference", artifacts.Statements);
        var source = Path.Combine(artifacts.Root, "reference", "ReferenceCorpus.cs");
        var dll = Path.Combine(artifacts.Root, "reference", "Reference.dll");
        var check = !File.Exists(source);
        if (check)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, Write(LoadCorpus(artifacts)), new UTF8Encoding(false));
        }

        var sources = ModelFiles.Select(f => Path.Combine(artifacts.Generated, f)).ToList();
        foreach (var file in sources.Where(f => !File.Exists(f))) throw new InvalidOperationException("the generated model types are not where the reference expects them: " + file);
        var model = string.Concat(sources.Select(File.ReadAllText));
        var companions = Companions.Where(c => !model.Contains(c.Declares, StringComparison.Ordinal)).Select(c => c.Source).ToList();
        if (companions.Count > 0)
        {
            var file = Path.Combine(artifacts.Root, "reference", "Companions.cs");
            File.WriteAllText(file, "namespace " + Namespace + ";\n\n" + string.Join("\n", companions));
            sources.Add(file);
        }
        sources.Add(source);

        var run = Artifacts.CompileApp(dll, sources, [], [], Path.Combine(artifacts.Root, "reference", "compile.rsp"));
        if (run.ExitCode != 0) throw new InvalidOperationException("the one-static-array reference does not compile:\n" + Tail(run.Output + run.Errors));
        metrics["compile-s"] = run.Elapsed.TotalSeconds;
        metrics["peak-mb"] = run.PeakWorkingSet / 1048576.0;
        metrics["source-mb"] = new FileInfo(source).Length / 1048576.0;
        metrics["dll-mb"] = new FileInfo(dll).Length / 1048576.0;
        if (check) metrics["checked-records"] = Check(artifacts, dll);
        return metrics;
    }

    /// <summary>The corpus app, loaded into this process.</summary>
    private static Assembly LoadCorpus(Artifacts artifacts) => Assembly.LoadFrom(artifacts.CorpusDll);

    /// <summary>
    /// The reference holds as many records of each kind as the corpus app, and the statement in the
    /// middle writes the same initializer from both; returns the number of records compared by count.
    /// </summary>
    private static double Check(Artifacts artifacts, string dll)
    {
        var corpus = Kinds(LoadCorpus(artifacts));
        var reference = Assembly.LoadFrom(dll).GetType(Namespace + ".ReferenceCorpus") ?? throw new InvalidOperationException("no ReferenceCorpus in " + dll);
        var total = 0;
        foreach (var (name, _, records) in corpus)
        {
            var array = (IList)reference.GetField(name)!.GetValue(null)!;
            if (array.Count != records.Count) throw new InvalidOperationException($"the reference holds {array.Count} {name}, the corpus {records.Count}");
            total += array.Count;
        }

        var (_, type, statements) = corpus.Single(k => k.Name == "Statements");
        var index = statements.Count / 2;
        var fromCorpus = RecordExpressions.Of(statements[index], type, RecordForm.Initializer);
        var fromReference = RecordExpressions.Of(((IList)reference.GetField("Statements")!.GetValue(null)!)[index], type, RecordForm.Initializer);
        if (fromCorpus != fromReference) throw new InvalidOperationException("a statement does not read back the same from the reference:\n" + fromCorpus + "\n" + fromReference);
        return total;
    }

    /// <summary>Each kind of entity file the corpus app holds (the static classes with an <c>All</c> of records that have a <c>Schema</c>), by name.</summary>
    private static List<(string Name, Type Record, IList Records)> Kinds(Assembly corpus) =>
        corpus.GetExportedTypes()
            .Where(t => t.Namespace == Namespace && t.IsAbstract && t.IsSealed)
            .Select(t => (Type: t, All: t.GetProperty("All", BindingFlags.Public | BindingFlags.Static)))
            .Where(k => k.All is { PropertyType.IsGenericType: true } && k.All.PropertyType.GetGenericArguments()[0].GetProperty("Schema") is not null)
            .OrderBy(k => k.Type.Name, StringComparer.Ordinal)
            .Select(k => (k.Type.Name, k.All!.PropertyType.GetGenericArguments()[0], (IList)new ArrayList(((IEnumerable)k.All.GetValue(null)!).Cast<object>().ToList())))
            .ToList();

    /// <summary>The reference's source: one class, a static array per kind of the corpus's records, and a Main that touches none of them.</summary>
    public static string Write(Assembly corpus)
    {
        var b = new StringBuilder();
        b.AppendLine("// The one-static-array reference: every record of the corpus as an object initializer.");
        b.AppendLine("#nullable enable");
        b.AppendLine("using System;");
        b.AppendLine();
        b.AppendLine("namespace " + Namespace + ";");
        b.AppendLine();
        b.AppendLine("/// <summary>Every record of the corpus, in static arrays.</summary>");
        b.AppendLine("public static class ReferenceCorpus");
        b.AppendLine("{");
        foreach (var (name, type, records) in Kinds(corpus))
        {
            var typeName = RecordExpressions.TypeName(type);
            b.AppendLine($"    /// <summary>Every record of {name}.</summary>");
            b.AppendLine($"    public static readonly {typeName}[] {name} = new {typeName}[]");
            b.AppendLine("    {");
            foreach (var record in records)
            {
                b.Append("        ");
                RecordExpressions.Write(b, record, type, RecordForm.Initializer);
                b.AppendLine(",");
            }
            b.AppendLine("    };");
            b.AppendLine();
        }
        b.AppendLine("    /// <summary>The app's entry point, which touches no record.</summary>");
        b.AppendLine("    public static int Main(string[] args) => args.Length;");
        b.AppendLine("}");
        return b.ToString();
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text.Substring(text.Length - 4000);
}
