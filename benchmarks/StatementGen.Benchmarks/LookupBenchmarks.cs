using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace StatementGen.Benchmarks;

/// <summary>
/// Look-ups in the compiled corpus against what an app would write over the same records held in
/// memory: <c>Find</c> against a <c>Dictionary&lt;string, Statement&gt;</c> hit, and each index against
/// LINQ over lists of the records with the predicate of the query's definition. Both sides of each
/// pair are compiled into the corpus app (<c>LookupHooks</c> in <see cref="Hooks"/>) and called the
/// same way: by id, both look up <see cref="Ids"/> ids in a loop inside the app, each look-up a direct
/// call (the benchmark divides by the count); the indexes, both through a delegate of the same shape.
/// Every record is decoded and every index built before measuring, and the setup checks that both
/// sides answer the same.
/// </summary>
[InProcess]
[MemoryDiagnoser]
[MinColumn, MedianColumn, MaxColumn]
public class LookupBenchmarks
{
    /// <summary>Ids looked up per invocation by id: statements spread over the corpus.</summary>
    private const int Ids = 256;

    private Func<string[], int> findGenerated = null!;
    private Func<string[], int> findDictionary = null!;
    private Func<string, int> bySpeakerLinq = null!, bySpeakerIndex = null!, byTopicLinq = null!, byTopicIndex = null!, byPlaceLinq = null!, byPlaceIndex = null!;
    private Func<string, int> claimsByMeasureLinq = null!, claimsByMeasureIndex = null!, latestEstimateLinq = null!, latestEstimateIndex = null!, relationsToLinq = null!, relationsToIndex = null!;
    private Func<DateOnly, DateOnly, int> betweenLinq = null!, betweenIndex = null!, claimsBetweenLinq = null!, claimsBetweenIndex = null!;
    private string[] ids = [];
    private string speaker = "";
    private string place = "";
    private string topic = "";
    private string measure = "";
    private string target = "";
    private DateOnly from;
    private DateOnly to;

    /// <summary>The corpus size: <c>STATEMENTGEN_BENCH_LOOKUP_SIZES</c> (comma separated), else 10,000 statements.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Statements { get; set; }

    public static IEnumerable<int> Sizes =>
        (Environment.GetEnvironmentVariable("STATEMENTGEN_BENCH_LOOKUP_SIZES") ?? "10000")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture));

    [GlobalSetup]
    public void Setup()
    {
        var artifacts = Artifacts.Prepare(Statements, log: Console.WriteLine);
        var type = Assembly.LoadFrom(artifacts.CorpusDll).GetType("LookupHooks") ?? throw new InvalidOperationException("no LookupHooks in " + artifacts.CorpusDll);
        var arguments = (string[])type.GetMethod("Prepare")!.Invoke(null, null)!;
        (speaker, place, topic, measure, target) = (arguments[1], arguments[2], arguments[3], arguments[4], arguments[5]);
        from = DateOnly.ParseExact(arguments[0].Substring("stmt:".Length, 10), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        to = from.AddDays(6);
        ids = Enumerable.Range(0, Ids).Select(i => SyntheticCorpus.StatementId(Statements, (int)((long)i * Statements / Ids))).ToArray();

        Func<string, int> ByString(string name) => type.GetMethod(name)!.CreateDelegate<Func<string, int>>();
        Func<DateOnly, DateOnly, int> ByDates(string name) => type.GetMethod(name)!.CreateDelegate<Func<DateOnly, DateOnly, int>>();
        (bySpeakerLinq, bySpeakerIndex) = (ByString("BySpeakerLinq"), ByString("BySpeakerIndex"));
        (byTopicLinq, byTopicIndex) = (ByString("ByTopicLinq"), ByString("ByTopicIndex"));
        (byPlaceLinq, byPlaceIndex) = (ByString("ByPlaceLinq"), ByString("ByPlaceIndex"));
        (betweenLinq, betweenIndex) = (ByDates("BetweenLinq"), ByDates("BetweenIndex"));
        (claimsByMeasureLinq, claimsByMeasureIndex) = (ByString("ClaimsByMeasureLinq"), ByString("ClaimsByMeasureIndex"));
        (claimsBetweenLinq, claimsBetweenIndex) = (ByDates("ClaimsBetweenLinq"), ByDates("ClaimsBetweenIndex"));
        (latestEstimateLinq, latestEstimateIndex) = (ByString("LatestEstimateLinq"), ByString("LatestEstimateIndex"));
        (relationsToLinq, relationsToIndex) = (ByString("RelationsToLinq"), ByString("RelationsToIndex"));

        // The benchmark's own arguments give the same counts both ways (Prepare compared the sequences of a few).
        (string Query, int Linq, int Index)[] pairs =
        [
            ("BySpeaker", BySpeakerLinq(), BySpeakerIndex()), ("ByTopic", ByTopicLinq(), ByTopicIndex()), ("ByPlace", ByPlaceLinq(), ByPlaceIndex()),
            ("Between", BetweenLinq(), BetweenIndex()), ("Claims.ByMeasure", ClaimsByMeasureLinq(), ClaimsByMeasureIndex()),
            ("Claims.Between", ClaimsBetweenLinq(), ClaimsBetweenIndex()), ("LatestEstimate", LatestEstimateLinq(), LatestEstimateIndex()),
            ("RelationGraph.To", RelationsToLinq(), RelationsToIndex()),
        ];
        foreach (var (query, linq, index) in pairs)
        {
            if (linq != index || index == 0) throw new InvalidOperationException($"{query}: LINQ finds {linq}, the generated query {index}");
        }

        findGenerated = type.GetMethod("FindGenerated")!.CreateDelegate<Func<string[], int>>();
        findDictionary = type.GetMethod("FindDictionary")!.CreateDelegate<Func<string[], int>>();
        if (findGenerated(ids) != Ids || findDictionary(ids) != Ids) throw new InvalidOperationException("an id of the benchmark is not found");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Ids, Description = "by id: Dictionary<string, Statement> hit")]
    public int FindDictionary() => findDictionary(ids);

    [Benchmark(OperationsPerInvoke = Ids, Description = "by id: generated Statements.Find")]
    public int FindGenerated() => findGenerated(ids);

    [Benchmark(Description = "BySpeaker: LINQ over the list")]
    public int BySpeakerLinq() => bySpeakerLinq(speaker);

    [Benchmark(Description = "BySpeaker: generated index")]
    public int BySpeakerIndex() => bySpeakerIndex(speaker);

    [Benchmark(Description = "ByTopic: LINQ over the list")]
    public int ByTopicLinq() => byTopicLinq(topic);

    [Benchmark(Description = "ByTopic: generated index")]
    public int ByTopicIndex() => byTopicIndex(topic);

    [Benchmark(Description = "ByPlace: LINQ over the list")]
    public int ByPlaceLinq() => byPlaceLinq(place);

    [Benchmark(Description = "ByPlace: generated index")]
    public int ByPlaceIndex() => byPlaceIndex(place);

    [Benchmark(Description = "Between (a week): LINQ over the list")]
    public int BetweenLinq() => betweenLinq(from, to);

    [Benchmark(Description = "Between (a week): generated index")]
    public int BetweenIndex() => betweenIndex(from, to);

    [Benchmark(Description = "Claims.ByMeasure: LINQ over the list")]
    public int ClaimsByMeasureLinq() => claimsByMeasureLinq(measure);

    [Benchmark(Description = "Claims.ByMeasure: generated index")]
    public int ClaimsByMeasureIndex() => claimsByMeasureIndex(measure);

    [Benchmark(Description = "Claims.Between (a week): LINQ over the list")]
    public int ClaimsBetweenLinq() => claimsBetweenLinq(from, to);

    [Benchmark(Description = "Claims.Between (a week): generated index")]
    public int ClaimsBetweenIndex() => claimsBetweenIndex(from, to);

    [Benchmark(Description = "LatestEstimate: LINQ over the lists")]
    public int LatestEstimateLinq() => latestEstimateLinq(measure);

    [Benchmark(Description = "LatestEstimate: generated")]
    public int LatestEstimateIndex() => latestEstimateIndex(measure);

    [Benchmark(Description = "RelationGraph.To: LINQ over the list")]
    public int RelationsToLinq() => relationsToLinq(target);

    [Benchmark(Description = "RelationGraph.To: generated index")]
    public int RelationsToIndex() => relationsToIndex(target);
}
