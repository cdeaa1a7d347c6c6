using System.Diagnostics;
using System.Globalization;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace StatementGen.Benchmarks;

/// <summary>
/// What the measurements work on, per corpus size, under <c>benchmarks/artifacts/&lt;size&gt;/</c>:
/// the YAML corpus, the generated sources, the compiled corpus app and the JSON baseline file.
/// </summary>
public sealed class Artifacts
{
    private Artifacts(int statements)
    {
        Statements = statements;
        Root = Path.Combine(Program.ArtifactsRoot, statements.ToString(CultureInfo.InvariantCulture));
    }

    public int Statements { get; }

    public string Root { get; }

    public string Corpus => Path.Combine(Root, "corpus");

    public string Generated => Environment.GetEnvironmentVariable("STATEMENTGEN_BENCH_GENERATED") ?? Path.Combine(Root, "generated");

    public string CorpusDll => Path.Combine(Root, "app", "Corpus.dll");

    public string JsonFile => Path.Combine(Root, "statements.json");

    public static Artifacts For(int statements) => new(statements);

    /// <summary>Everything, made in this process where missing (the look-up benchmarks need the app and the JSON).</summary>
    public static Artifacts Prepare(int statements, Action<string> log)
    {
        var artifacts = For(statements);
        if (!Directory.Exists(artifacts.Corpus)) artifacts.WriteCorpus();
        if (!Directory.Exists(artifacts.Generated)) log(artifacts.Generate().ToString());
        if (!File.Exists(artifacts.CorpusDll)) log(artifacts.Compile().ToString());
        if (!File.Exists(artifacts.JsonFile)) artifacts.WriteJson();
        return artifacts;
    }

    /// <summary>Writes the YAML corpus; returns its size in bytes.</summary>
    public long WriteCorpus() => SyntheticCorpus.Write(Statements, Corpus);

    /// <summary>Loads the YAML once at run time and writes it as the one JSON file of the System.Text.Json baseline.</summary>
    public void WriteJson() => Baseline.WriteJson(Baseline.LoadYaml(Corpus), JsonFile);

    /// <summary>
    /// Runs the generator as the compiler would and writes what it generates. Measures the cold run
    /// (the first in this process, JIT included), two YAML edits and a C# edit after it, the peak
    /// memory so far, then a second cold run with a new driver (JIT done) and the floor: YamlDotNet's
    /// parser events over the same text.
    /// </summary>
    public Metrics Generate()
    {
        var metrics = new Metrics("generate", Statements);
        var harness = new GeneratorHarness(SyntheticCorpus.Build(Statements));
        metrics["yaml-mb"] = harness.Texts.Sum(t => (double)Encoding.UTF8.GetByteCount(t.GetText()!.ToString())) / 1048576.0;

        var clock = Stopwatch.StartNew();
        var driver = harness.RunCold();
        metrics["cold-first-s"] = clock.Elapsed.TotalSeconds;

        var result = driver.GetRunResult();
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (errors > 0 || result.Results.Any(r => r.Exception is not null))
        {
            throw new InvalidOperationException("the synthetic corpus should generate without errors: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        metrics["yaml-edit-s"] = Time(() => driver = harness.RunAfterYamlEdit(driver, 1));
        metrics["yaml-edit-again-s"] = Time(() => driver = harness.RunAfterYamlEdit(driver, 2));
        metrics["csharp-edit-s"] = Time(() => driver = harness.RunAfterCSharpEdit(driver, 1));

        // The peak of one driver's life, as in a compiler; the runs below hold a second driver.
        metrics["peak-mb"] = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        metrics["cold-s"] = Time(() => harness.RunCold());
        metrics["parser-events-s"] = Math.Min(Time(() => harness.ParserEventsPass()), Time(() => harness.ParserEventsPass()));

        if (Directory.Exists(Generated)) Directory.Delete(Generated, recursive: true);
        Directory.CreateDirectory(Generated);
        long chars = 0;
        foreach (var source in driver.GetRunResult().Results.Single().GeneratedSources)
        {
            File.WriteAllText(Path.Combine(Generated, source.HintName), source.SourceText.ToString(), new UTF8Encoding(false));
            chars += source.SourceText.Length;
        }
        metrics["generated-mb"] = chars / 1048576.0;
        return metrics;
    }

    /// <summary>
    /// Compiles the generated sources with a small Main into an app, with the SDK's own compiler in a
    /// fresh process (as a build without a warm build server runs it: Release, nullable on), measuring
    /// its wall time and peak memory; writes the app beside.
    /// </summary>
    public Metrics Compile()
    {
        var metrics = new Metrics("compile", Statements);
        var hooks = Path.Combine(Root, "Hooks.cs");
        File.WriteAllText(hooks, Hooks.Source);
        var run = CompileApp(CorpusDll, Directory.EnumerateFiles(Generated, "*.cs").Order(StringComparer.Ordinal).Append(hooks), [], [], Path.Combine(Root, "compile.rsp"));
        metrics["compile-s"] = run.Elapsed.TotalSeconds;
        if (run.ExitCode != 0) throw new InvalidOperationException("the generated corpus does not compile:\n" + run.Output + run.Errors);
        metrics["peak-mb"] = run.PeakWorkingSet / 1048576.0;
        metrics["dll-mb"] = new FileInfo(CorpusDll).Length / 1048576.0;
        return metrics;
    }

    /// <summary>The baseline and hello-world apps of the first-query measurement, each in its own folder.</summary>
    public string FirstQueryApp(string side) => side == "generated" ? CorpusDll : Path.Combine(Root, "apps", side, side + ".dll");

    /// <summary>The same app compiled ahead of time (<see cref="BuildReadyToRunApps"/>), each side in its own folder.</summary>
    public string ReadyToRunApp(string side) => Path.Combine(Root, "apps-ready-to-run", side, Path.GetFileName(FirstQueryApp(side)));

    /// <summary>Compiles every first-query app, the generated corpus app included, ahead of time with <see cref="ReadyToRun"/>.</summary>
    public void BuildReadyToRunApps()
    {
        foreach (var side in FirstQueryApps.Sides)
        {
            ReadyToRun.CompileFolder(Path.GetDirectoryName(FirstQueryApp(side))!, Path.GetDirectoryName(ReadyToRunApp(side))!);
        }
    }

    /// <summary>
    /// Builds the hello-world, floor and baseline apps of <see cref="FirstQueryApps"/> with the compiler
    /// invocation and runtime settings of the generated corpus app (which must be compiled already: the
    /// floor is compiled from the same generated sources, with the statement of
    /// <see cref="FirstQuery.FindId"/> read from it); the YamlDotNet app gets YamlDotNet beside it, the
    /// System.Text.Json app the runtime's JSON source generator.
    /// </summary>
    public void BuildFirstQueryApps()
    {
        var floor = FirstQueryApp("floor");
        var floorFolder = Path.GetDirectoryName(floor)!;
        if (Directory.Exists(floorFolder)) Directory.Delete(floorFolder, recursive: true);
        Directory.CreateDirectory(floorFolder);
        var floorMain = Path.Combine(floorFolder, "FloorApp.cs");
        File.WriteAllText(floorMain, FloorApp.Source(CorpusDll, FirstQuery.FindId(this)), new UTF8Encoding(false));
        var floorRun = CompileApp(floor, Directory.EnumerateFiles(Generated, "*.cs").Order(StringComparer.Ordinal).Append(floorMain), [], [], Path.Combine(floorFolder, "compile.rsp"));
        if (floorRun.ExitCode != 0) throw new InvalidOperationException("the floor app does not compile:\n" + floorRun.Output + floorRun.Errors);

        var yamlDotNet = typeof(YamlDotNet.Serialization.Deserializer).Assembly.Location;
        var jsonGenerator = Directory.GetFiles(Path.Combine(ReferencePack(), "analyzers", "dotnet", "cs"), "System.Text.Json.SourceGeneration.dll").Single();
        foreach (var side in new[] { "hello", "yaml", "json" })
        {
            var dll = FirstQueryApp(side);
            var folder = Path.GetDirectoryName(dll)!;
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            var sources = Path.Combine(folder, "src");
            Directory.CreateDirectory(sources);
            var texts = side == "hello" ? [("Main.cs", FirstQueryApps.HelloSource)] : FirstQueryApps.BaselineSources(side);
            foreach (var (name, text) in texts) File.WriteAllText(Path.Combine(sources, name), text, new UTF8Encoding(false));
            string[] references = side == "hello" ? [] : [yamlDotNet];
            string[] analyzers = side == "hello" ? [] : [jsonGenerator];
            var run = CompileApp(dll, texts.Select(t => Path.Combine(sources, t.Name)), references, analyzers, Path.Combine(folder, "compile.rsp"));
            if (run.ExitCode != 0) throw new InvalidOperationException($"the {side} app does not compile:\n" + run.Output + run.Errors);
            if (side != "hello") File.Copy(yamlDotNet, Path.Combine(folder, Path.GetFileName(yamlDotNet)));
        }
    }

    /// <summary>
    /// The compiler options every app of the measurements is built with (Release: optimized,
    /// deterministic, nullable on, warnings as errors; as the SDK does, the assembly-version unification notes CS1701/CS1702 are off, and so is the synthetic corpus's drafting advice).
    /// </summary>
    public const string CompilerArguments = "-nologo -target:exe -optimize+ -nullable:enable -langversion:latest -deterministic -warnaserror+ -nowarn:1701,1702,STMT0070,STMT0071";

    /// <summary>The runtime settings of every app of the measurements: the shared framework, nothing else set.</summary>
    public const string RuntimeConfig = """{"runtimeOptions":{"tfm":"net10.0","framework":{"name":"Microsoft.NETCore.App","version":"10.0.0"}}}""";

    /// <summary>
    /// Compiles <paramref name="sources"/> into the app <paramref name="dll"/> with the SDK's csc in a
    /// fresh process (<see cref="CompilerArguments"/>, the framework's reference assemblies, and
    /// <paramref name="references"/> and <paramref name="analyzers"/> besides), writes its
    /// <see cref="RuntimeConfig"/>, and returns how the compiler ran.
    /// </summary>
    public static ChildRun CompileApp(string dll, IEnumerable<string> sources, IEnumerable<string> references, IEnumerable<string> analyzers, string rspFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(dll)!);
        var rsp = new StringBuilder();
        rsp.AppendLine(CompilerArguments);
        rsp.AppendLine("-out:\"" + dll + "\"");
        foreach (var reference in Directory.GetFiles(Path.Combine(ReferencePack(), "ref", "net10.0"), "*.dll").Order(StringComparer.Ordinal).Concat(references)) rsp.AppendLine("-reference:\"" + reference + "\"");
        foreach (var analyzer in analyzers) rsp.AppendLine("-analyzer:\"" + analyzer + "\"");
        foreach (var source in sources) rsp.AppendLine("\"" + source + "\"");
        File.WriteAllText(rspFile, rsp.ToString());
        var run = ChildProcess.Run("dotnet", [Csc(), "-noconfig", "@" + rspFile]);
        if (run.ExitCode == 0) File.WriteAllText(Path.ChangeExtension(dll, ".runtimeconfig.json"), RuntimeConfig);
        return run;
    }

    private static string DotnetRoot()
    {
        var shared = Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location)!)!; // …/shared/Microsoft.NETCore.App
        return Path.GetFullPath(Path.Combine(shared, "..", ".."));
    }

    /// <summary>The SDK's C# compiler, as the build runs it.</summary>
    private static string Csc() => Directory.GetFiles(Path.Combine(DotnetRoot(), "sdk"), "csc.dll", SearchOption.AllDirectories)
        .Where(p => p.Contains(Path.Combine("Roslyn", "bincore"), StringComparison.Ordinal)).Order(StringComparer.Ordinal).Last();

    /// <summary>The newest .NET 10 reference pack: its reference assemblies and the runtime's source generators.</summary>
    private static string ReferencePack() => Directory.GetDirectories(Path.Combine(DotnetRoot(), "packs", "Microsoft.NETCore.App.Ref"), "10.*").Order(StringComparer.Ordinal).Last();

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }
}

/// <summary>Named figures of one measurement, printed as one line the orchestrator reads back.</summary>
/// <param name="size">What the step ran on: statements of a corpus, or characters of an adversarial file.</param>
public sealed class Metrics(string step, int size)
{
    public const string Prefix = "METRICS ";

    public string Step { get; } = step;

    public int Size { get; } = size;

    public SortedDictionary<string, double> Values { get; } = new(StringComparer.Ordinal);

    public double this[string name]
    {
        get => Values[name];
        set => Values[name] = value;
    }

    public override string ToString() => Prefix + Step + " " + Size.ToString(CultureInfo.InvariantCulture) + " " +
        string.Join(" ", Values.Select(v => v.Key + "=" + v.Value.ToString("0.####", CultureInfo.InvariantCulture)));

    public static Metrics? Parse(string line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var parts = line.Substring(Prefix.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var metrics = new Metrics(parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture));
        metrics.Read(parts.Skip(2));
        return metrics;
    }

    /// <summary>Takes in figures written as <c>name=value</c>, value in invariant notation.</summary>
    public void Read(IEnumerable<string> pairs)
    {
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=');
            this[pair.Substring(0, eq)] = double.Parse(pair.Substring(eq + 1), CultureInfo.InvariantCulture);
        }
    }
}
