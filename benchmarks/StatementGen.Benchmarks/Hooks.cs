namespace StatementGen.Benchmarks;

/// <summary>The C# compiled together with the generated corpus into a small app.</summary>
public static class Hooks
{
    /// <summary>
    /// <c>BenchmarkHooks.Main</c> times one first query in a fresh process, the same way as the
    /// baseline apps of <see cref="FirstQueryApps"/> (see there). <c>LookupHooks</c> holds, for the
    /// look-up benchmarks, each query of the generated API beside the same query written as LINQ over
    /// in-memory lists of the same records, both compiled here and called the same way.
    /// </summary>
    public const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Linq;
        using System.Runtime.CompilerServices;
        using StatementGen.Generated;

        public static class BenchmarkHooks
        {
            public static object? FindById(string id) => Statements.Find(id);

            public static int BySpeaker(string person) => Statements.BySpeaker(new EntityId(EntityKind.Person, person)).Count;

            public static int Between(DateOnly from, DateOnly to) => Statements.Between(from, to).Count;

            /// <summary>
            /// One first query (args: find ID | speaker PERSON | between FROM TO), the clock started
            /// before anything touches the corpus types: each query is its own non-inlined method, so
            /// the type loads and the JIT it causes happen inside the clock.
            /// </summary>
            public static int Main(string[] args)
            {
                var clock = Stopwatch.StartNew();
                var answer = args[0] switch
                {
                    "find" => FirstFind(args[1]),
                    "speaker" => FirstBySpeaker(args[1]),
                    "between" => FirstBetween(FirstQueryText.Date(args[1]), FirstQueryText.Date(args[2])),
                    _ => -1,
                };
                var ticks = clock.ElapsedTicks;
                Console.WriteLine(FirstQueryText.Result(ticks, answer));
                return answer < 0 ? 1 : 0;
            }

            /// <summary>The statement's first claim's text length, or -1 when the id is not found.</summary>
            [MethodImpl(MethodImplOptions.NoInlining)]
            private static int FirstFind(string id) => Statements.Find(id) is { } statement ? statement.Claims[0].Text.Length : -1;

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static int FirstBySpeaker(string person) => Statements.BySpeaker(new EntityId(EntityKind.Person, person)).Count;

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static int FirstBetween(DateOnly from, DateOnly to) => Statements.Between(from, to).Count;
        }

        /// <summary>
        /// The look-ups of the benchmarks: each generated query beside the same query as an app without
        /// indexes would write it, LINQ over lists of the same records (in the order said, so both give
        /// the same sequence) with the predicate of the query's definition (ids compared by their text,
        /// as the indexes key them). Both sides of a pair have the
        /// same signature, so the benchmark calls them through the same delegate shape.
        /// </summary>
        public static class LookupHooks
        {
            private static Dictionary<string, Statement> byId = null!;
            private static List<Statement> statements = null!;
            private static List<Claim> claims = null!;
            private static List<Relation> relations = null!;

            /// <summary>
            /// Builds the lists and the dictionary (every record decoded), runs every pair once and
            /// checks that both sides answer the same; returns the arguments the benchmarks use, taken
            /// from the statement in the middle: its id, speaker, first claim's place, topic and measure,
            /// and the target of its first relation.
            /// </summary>
            public static string[] Prepare()
            {
                statements = Statements.Chronological.ToList();
                claims = statements.SelectMany(s => s.Claims).ToList();
                relations = Statements.All.SelectMany(s => s.Relations).ToList();
                byId = Statements.All.ToDictionary(s => s.Id.Value, StringComparer.Ordinal);
                var middle = Statements.All[Statements.All.Count / 2];
                var claim = middle.Claims[0];
                string[] arguments =
                [
                    middle.Id.Value, middle.Speaker.Ref.Value, claim.Where[0].Ref.Value, claim.Topic ?? "", claim.Measure ?? "",
                    middle.Relations.Count > 0 ? middle.Relations[0].To.Value : middle.Id.Value,
                ];
                Check(arguments);
                return arguments;
            }

            private static void Check(string[] a)
            {
                var (from, to) = (middleDate(), middleDate().AddDays(6));
                DateOnly middleDate() => statements[statements.Count / 2].Said.Earliest ?? DateOnly.MinValue;
                Same("Find", FindGenerated([a[0], "stmt:not-in-the-corpus"]), FindDictionary([a[0], "stmt:not-in-the-corpus"]));
                Same("BySpeaker", Ids(Statements.BySpeaker(Person(a[1]))), Ids(BySpeakerLinqList(a[1])));
                Same("ByTopic", Ids(Statements.ByTopic(a[3])), Ids(ByTopicLinqList(a[3])));
                Same("ByPlace", Ids(Statements.ByPlace(Place(a[2]))), Ids(ByPlaceLinqList(a[2])));
                Same("Between", Ids(Statements.Between(from, to)), Ids(BetweenLinqList(from, to)));
                Same("Claims.ByMeasure", Ids(Claims.ByMeasure(a[4])), Ids(ClaimsByMeasureLinqList(a[4])));
                Same("Claims.Between", Ids(Claims.Between(from, to)), Ids(ClaimsBetweenLinqList(from, to)));
                Same("LatestEstimate", Claims.LatestEstimate(a[4])?.Id.Value, LatestEstimateLinqClaim(a[4])?.Id.Value);
                Same("RelationGraph.To", Keys(RelationGraph.To(Target(a[5]))), Keys(RelationsToLinqList(a[5])));
                if (BySpeakerIndex(a[1]) == 0 || ClaimsBetweenIndex(from, to) == 0 || RelationsToIndex(a[5]) == 0)
                {
                    throw new InvalidOperationException("the benchmark's arguments find nothing");
                }
            }

            private static void Same<T>(string query, T generated, T linq)
            {
                var same = generated is System.Collections.IEnumerable g && linq is System.Collections.IEnumerable l
                    ? g.Cast<object?>().SequenceEqual(l.Cast<object?>())
                    : Equals(generated, linq);
                if (!same) throw new InvalidOperationException(query + ": the generated query and LINQ over the records answer differently");
            }

            private static string[] Ids(IEnumerable<Statement> found) => found.Select(s => s.Id.Value).ToArray();

            private static string[] Ids(IEnumerable<Claim> found) => found.Select(c => c.Id.Value).ToArray();

            private static string[] Keys(IEnumerable<Relation> found) => found.Select(r => r.Origin.Value + " " + r.Type + " " + r.To.Value).ToArray();

            private static EntityId Person(string id) => new(EntityKind.Person, id);

            private static EntityId Place(string id) => new(EntityKind.Place, id);

            private static EntityId Target(string id) => new(id.Contains('#') ? EntityKind.Claim : id.StartsWith("event:", StringComparison.Ordinal) ? EntityKind.Event : EntityKind.Statement, id);

            // By id: how many of the ids are found, each looked up directly (no delegate per look-up).

            public static int FindGenerated(string[] ids)
            {
                var found = 0;
                foreach (var id in ids) if (Statements.Find(id) is not null) found++;
                return found;
            }

            public static int FindDictionary(string[] ids)
            {
                var found = 0;
                foreach (var id in ids) if (byId.TryGetValue(id, out var statement) && statement is not null) found++;
                return found;
            }

            // The indexes: each returns the number of records the query gives.

            public static int BySpeakerIndex(string person) => Statements.BySpeaker(Person(person)).Count;

            public static int BySpeakerLinq(string person) => BySpeakerLinqList(person).Length;

            private static Statement[] BySpeakerLinqList(string person)
            {
                return statements.Where(s => s.Speaker.Ref.Value == person).ToArray();
            }

            public static int ByTopicIndex(string topic) => Statements.ByTopic(topic).Count;

            public static int ByTopicLinq(string topic) => ByTopicLinqList(topic).Length;

            private static Statement[] ByTopicLinqList(string topic) => statements.Where(s => s.Claims.Any(c => c.Topic == topic)).ToArray();

            public static int ByPlaceIndex(string place) => Statements.ByPlace(Place(place)).Count;

            public static int ByPlaceLinq(string place) => ByPlaceLinqList(place).Length;

            private static Statement[] ByPlaceLinqList(string place)
                => statements.Where(s => s.Claims.Any(c => c.NamedPlaces.Any(p => p.Value == place)) || s.Occasion?.Venue?.Value == place).ToArray();

            public static int BetweenIndex(DateOnly from, DateOnly to) => Statements.Between(from, to).Count;

            public static int BetweenLinq(DateOnly from, DateOnly to) => BetweenLinqList(from, to).Length;

            private static Statement[] BetweenLinqList(DateOnly from, DateOnly to) => statements.Where(s => s.Said.Overlaps(from, to)).ToArray();

            public static int ClaimsByMeasureIndex(string measure) => Claims.ByMeasure(measure).Count;

            public static int ClaimsByMeasureLinq(string measure) => ClaimsByMeasureLinqList(measure).Length;

            private static Claim[] ClaimsByMeasureLinqList(string measure) => claims.Where(c => c.Measure == measure).ToArray();

            public static int ClaimsBetweenIndex(DateOnly from, DateOnly to) => Claims.Between(from, to).Count;

            public static int ClaimsBetweenLinq(DateOnly from, DateOnly to) => ClaimsBetweenLinqList(from, to).Length;

            private static Claim[] ClaimsBetweenLinqList(DateOnly from, DateOnly to) => claims.Where(c => c.Time.Overlaps(from, to)).ToArray();

            public static int LatestEstimateIndex(string measure) => Claims.LatestEstimate(measure) is null ? 0 : 1;

            public static int LatestEstimateLinq(string measure) => LatestEstimateLinqClaim(measure) is null ? 0 : 1;

            private static Claim? LatestEstimateLinqClaim(string measure)
            {
                var updated = relations.Where(r => r.Type == RelationType.UpdatesEstimate).Select(r => r.To.Value).ToHashSet(StringComparer.Ordinal);
                return claims.LastOrDefault(c => c.Quantity is { FractionOf: null } && c.Measure == measure && !updated.Contains(c.Id.Value));
            }

            public static int RelationsToIndex(string target) => RelationGraph.To(Target(target)).Count;

            public static int RelationsToLinq(string target) => RelationsToLinqList(target).Length;

            private static Relation[] RelationsToLinqList(string target) => relations.Where(r => r.To.Value == target).ToArray();
        }
        """ + FirstQueryApps.TextSource;
}
