using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>
/// Every index laid down at compile time gives what LINQ over <c>All</c> gives (the definitions the
/// queries had when they built their indexes at run time), on random corpora: every key the corpus
/// has and some it has not, date ranges with open ends, claims without topic or measure, statements
/// said on the same day with occasions that came before one another.
/// </summary>
public class IndexPropertyTests
{
    /// <summary>
    /// Compiled with the corpus: LINQ over <c>All</c> beside each query, and a line per difference.
    /// The order said is defined independently here too (by bounds, then the smallest id no statement
    /// left must precede through <c>before</c> occasions), and checked against <c>Chronology.Comparer</c>
    /// wherever that comparer is a consistent order.
    /// </summary>
    private const string Check = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using StatementGen.Generated;

        public static class IndexCheck
        {
            private static readonly List<string> problems = new();
            public static int Comparisons;
            public static int ConsistentTies;
            public static int InconsistentTies;
            public static int UpdatedLast;

            private static void Same<T>(string what, IEnumerable<T> expected, IEnumerable<T> actual, Func<T, string> name) where T : class
            {
                Comparisons++;
                var e = expected.ToArray();
                var a = actual.ToArray();
                if (e.Length == a.Length && e.Zip(a, (x, y) => ReferenceEquals(x, y)).All(b => b)) return;
                problems.Add(what + ": expected [" + string.Join(", ", e.Select(name)) + "] got [" + string.Join(", ", a.Select(name)) + "]");
            }

            private static string S(Statement s) => s.Id.Value;
            private static string C(Claim c) => c.Id.Value;
            private static string R(Relation r) => r.Owner.Value + "/" + r.Type + "->" + r.To.Value;

            private static DateOnly Latest(Statement s) => s.Said.Latest ?? DateOnly.MaxValue;
            private static DateOnly Earliest(Statement s) => s.Said.Earliest ?? DateOnly.MinValue;

            /// <summary>The order said, as documented: by bounds, then repeatedly the smallest id no statement left must precede.</summary>
            private static List<Statement> OrderSaid()
            {
                var result = new List<Statement>();
                foreach (var group in Statements.All.GroupBy(s => (Latest(s), Earliest(s))).OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Item2))
                {
                    var left = group.OrderBy(s => s.Id.Value, StringComparer.Ordinal).ToList();
                    while (left.Count > 0)
                    {
                        var next = left.FirstOrDefault(s => !left.Any(o => o != s && o.Occasion?.Before is { } b && b == s.Occasion?.Key)) ?? left[0];
                        result.Add(next);
                        left.Remove(next);
                    }
                }
                return result;
            }

            public static string[] Run(DateOnly[] dates)
            {
                problems.Clear();
                var said = OrderSaid();

                // Where Chronology.Compare is a consistent order on this corpus, it gives the same order.
                var sorted = Statements.All.OrderBy(s => s, Chronology.Comparer).ToList();
                var consistent = true;
                for (var i = 0; i < sorted.Count && consistent; i++)
                    for (var j = i + 1; j < sorted.Count && consistent; j++)
                        consistent = Chronology.Compare(sorted[i], sorted[j]) < 0 && Chronology.Compare(sorted[j], sorted[i]) > 0;
                var tiedBefore = Statements.All.Any(a => a.Occasion?.Before is { } b && Statements.All.Any(o => o.Occasion?.Key == b && Latest(o) == Latest(a) && Earliest(o) == Earliest(a)));
                if (consistent) { Same("Comparer order", sorted, said, S); if (tiedBefore) ConsistentTies++; }
                else InconsistentTies++;

                Same("Chronological", said, Statements.Chronological, S);
                Same("Chronological by index", said, Enumerable.Range(0, Statements.Chronological.Count).Select(i => Statements.Chronological[i]), S);

                IEnumerable<string> Places(Statement s) => s.Claims.SelectMany(c => c.NamedPlaces).Select(p => p.Value)
                    .Concat(s.Occasion?.Venue is { } venue ? new[] { venue.Value } : Array.Empty<string>());
                var unknown = new[] { "", "unknown", "person:nobody", "stmt:none#x" };
                foreach (var key in said.Select(s => s.Speaker.Ref.Value).Concat(unknown).Distinct())
                    Same("BySpeaker " + key, said.Where(s => s.Speaker.Ref.Value == key), Statements.BySpeaker(new EntityId(EntityKind.Person, key)), S);
                foreach (var key in said.Select(s => s.Speaker.OnBehalfOf?.Value).OfType<string>().Concat(unknown).Distinct())
                    Same("ByOnBehalfOf " + key, said.Where(s => s.Speaker.OnBehalfOf?.Value == key), Statements.ByOnBehalfOf(new EntityId(EntityKind.Org, key)), S);
                var topics = said.SelectMany(s => s.Claims).Select(c => c.Topic).OfType<string>().Concat(unknown).Distinct().ToArray();
                foreach (var key in topics)
                    Same("ByTopic " + key, said.Where(s => s.Claims.Any(c => c.Topic == key)), Statements.ByTopic(key), S);
                foreach (var key in said.SelectMany(Places).Concat(unknown).Distinct())
                    Same("ByPlace " + key, said.Where(s => Places(s).Contains(key)), Statements.ByPlace(new EntityId(EntityKind.Place, key)), S);
                foreach (var key in said.SelectMany(s => s.Renderings).Select(r => r.Source.Value).Concat(unknown).Distinct())
                    Same("BySource " + key, said.Where(s => s.Renderings.Any(r => r.Source.Value == key)), Statements.BySource(new SourceId(key)), S);
                Same("BySpeaker twice", Statements.BySpeaker(said.Count == 0 ? new EntityId(EntityKind.Person, "x") : said[0].Speaker.Ref), Statements.BySpeaker(said.Count == 0 ? new EntityId(EntityKind.Person, "x") : said[0].Speaker.Ref), S);

                var ranges = new List<(DateOnly, DateOnly)> { (DateOnly.MinValue, DateOnly.MaxValue), (DateOnly.MinValue, DateOnly.MinValue), (DateOnly.MaxValue, DateOnly.MaxValue) };
                foreach (var a in dates) foreach (var b in dates) ranges.Add((a, b));
                foreach (var (from, to) in ranges)
                    Same("Between " + from + ".." + to, said.Where(s => s.Said.Overlaps(from, to)), Statements.Between(from, to), S);

                var claims = Statements.All.SelectMany(s => s.Claims).ToArray();
                var claimsSaid = said.SelectMany(s => s.Claims).ToArray();
                Same("Claims.All", claims, Claims.All, C);
                Same("Claims.All by index", claims, Enumerable.Range(0, Claims.All.Count).Select(i => Claims.All[i]), C);
                foreach (var claim in claims) if (!ReferenceEquals(Claims.Find(claim.Id.Value), claim)) problems.Add("Claims.Find " + claim.Id.Value);
                foreach (var id in new[] { "stmt:none#x", "nohash", "#", "stmt:x", "" }.Concat(claims.Take(3).SelectMany(c => new[] { c.Id.Value + "x", c.StatementId.Value + "#", c.StatementId.Value + "#" + c.Key + "#" + c.Key })))
                    if (Claims.Find(id) is not null) problems.Add("Claims.Find of an unknown id " + id);
                foreach (var key in claimsSaid.Select(c => c.Measure).Concat(unknown).Distinct())
                    Same("Claims.ByMeasure " + key, claimsSaid.Where(c => c.Measure == key), Claims.ByMeasure(key!), C);
                foreach (var key in topics.Append(null))
                    Same("Claims.ByTopic " + key, claimsSaid.Where(c => c.Topic == key), Claims.ByTopic(key!), C);
                var places = claimsSaid.SelectMany(c => c.NamedPlaces).Distinct().ToList();
                places.AddRange(places.Select(p => new EntityId(p.Kind == EntityKind.Place ? EntityKind.Polity : EntityKind.Place, p.Value)).ToList());
                places.AddRange(unknown.Select(u => new EntityId(EntityKind.Place, u)));
                foreach (var place in places)
                    Same("Claims.ByPlace " + place, claimsSaid.Where(c => c.NamedPlaces.Contains(place)), Claims.ByPlace(place), C);
                foreach (var (from, to) in ranges)
                    Same("Claims.Between " + from + ".." + to, claimsSaid.Where(c => c.Time.Overlaps(from, to)), Claims.Between(from, to), C);
                var estimates = claimsSaid.Where(c => c.Quantity is { FractionOf: null }).ToArray();
                Same("Estimates", estimates, Claims.Estimates(), C);
                foreach (var key in topics)
                    Same("Estimates " + key, estimates.Where(c => c.Topic == key), Claims.Estimates(key), C);

                var relations = Statements.All.SelectMany(s => s.Relations).ToArray();
                Same("RelationGraph.All", relations, RelationGraph.All, R);
                IEnumerable<Relation> To(string target) => relations.Where(r => r.To.Value == target);
                foreach (var key in claimsSaid.Select(c => c.Measure).Concat(unknown).Distinct())
                {
                    if (key is not null && estimates.Any(c => c.Measure == key) && To(estimates.Last(c => c.Measure == key).Id.Value).Any(r => r.Type == RelationType.UpdatesEstimate)) UpdatedLast++;
                    var expected = estimates.Where(c => c.Measure == key && !To(c.Id.Value).Any(r => r.Type == RelationType.UpdatesEstimate)).LastOrDefault();
                    Comparisons++;
                    if (!ReferenceEquals(expected, Claims.LatestEstimate(key!))) problems.Add("LatestEstimate " + key + ": expected " + expected?.Id.Value + " got " + Claims.LatestEstimate(key!)?.Id.Value);
                }
                foreach (var key in relations.Select(r => r.Origin.Value).Concat(claims.Select(c => c.Id.Value)).Concat(unknown).Distinct())
                    Same("RelationGraph.From " + key, relations.Where(r => r.Origin.Value == key), RelationGraph.From(new EntityId(EntityKind.Claim, key)), R);
                foreach (var key in relations.Select(r => r.To.Value).Concat(Statements.All.Select(s => s.Id.Value)).Concat(unknown).Distinct())
                    Same("RelationGraph.To " + key, To(key), RelationGraph.To(new EntityId(EntityKind.Statement, key)), R);
                foreach (var claim in claims)
                {
                    Same("Incoming " + claim.Id.Value, To(claim.Id.Value), claim.Incoming, R);
                    Same("Outgoing " + claim.Id.Value, relations.Where(r => r.Origin.Value == claim.Id.Value), claim.Outgoing, R);
                }
                foreach (var statement in Statements.All) Same("Statement.Incoming " + statement.Id.Value, To(statement.Id.Value), statement.Incoming, R);
                return problems.ToArray();
            }
        }
        """;

    /// <summary>
    /// A random corpus in which about half the statements are said on one of a few days, so that ties
    /// (and occasions that came before one another among them) are common; measures and topics are drawn
    /// from a few (one of them not ASCII), and a third of the relations update an estimate of an earlier
    /// statement, so that the latest estimate of a measure is often one that another updates.
    /// </summary>
    private static (string Path, string Yaml)[] Corpus(int seed, int statements)
    {
        var random = new Random(seed);
        var days = new[] { "2024-10-28", "2024-10-28/2024-10-29", "../2024-10-28", "2024-10-28/..", "2024" };
        var measures = new[] { "troops", "crowd", "ŝip ✓" };
        var topics = new[] { "t-a", "t-b" };
        var claimIds = new List<string>();
        return new RandomCorpus(seed).Build(statements).Select(file =>
        {
            if (!file.Path.StartsWith("statements/", StringComparison.Ordinal)) return file;
            var root = JsonNode.Parse(file.Yaml)!.AsObject();
            if (random.Next(2) == 0)
            {
                var day = days[random.Next(days.Length)];
                root["said"] = day.Contains('/') ? new JsonObject { ["edtf"] = day, ["precision"] = day.Contains("..") ? "open" : "day", ["basis"] = "inferred" } : day;
            }
            foreach (var claim in root["claims"]!.AsArray().OfType<JsonObject>())
            {
                if (claim.ContainsKey("measure") || claim.ContainsKey("quantity")) claim["measure"] = measures[random.Next(measures.Length)];
                if (claim.ContainsKey("topic")) claim["topic"] = topics[random.Next(topics.Length)];
            }
            if (root["relations"] is JsonArray relations && claimIds.Count > 0)
            {
                foreach (var relation in relations.OfType<JsonObject>().Where(_ => random.Next(3) == 0))
                {
                    relation["type"] = "updates_estimate";
                    relation["to"] = claimIds[random.Next(claimIds.Count)];
                }
            }
            claimIds.AddRange(root["claims"]!.AsArray().OfType<JsonObject>().Select(c => (string)root["id"]! + "#" + (string)c["key"]!));
            return (file.Path, root.ToJsonString() + "\n");
        }).ToArray();
    }

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 40)]
    [InlineData(3, 60)]
    [InlineData(4, 60)]
    [InlineData(5, 25)]
    [InlineData(6, 80)]
    public void Every_compiled_index_gives_what_linq_over_all_gives(int seed, int statements)
    {
        var files = Corpus(seed, statements);
        var run = TestCorpus.Run(files, Check);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(run.CompileProblems);
        var random = new Random(seed);
        var dates = new[] { new DateOnly(2024, 10, 27), new DateOnly(2024, 10, 28), new DateOnly(2024, 10, 29), new DateOnly(1999, 1, 1) }
            .Concat(Enumerable.Range(0, 4).Select(_ => new DateOnly(2000, 1, 1).AddDays(random.Next(0, 365 * 30)))).ToArray();
        var (problems, comparisons) = run.Load(assembly =>
        {
            var check = assembly.GetType("IndexCheck")!;
            var found = (string[])check.GetMethod("Run")!.Invoke(null, [dates])!;
            return (found, (int)check.GetField("Comparisons")!.GetValue(null)!);
        });
        Assert.True(problems.Length == 0, string.Join("\n", problems.Take(20)));
        Assert.True(comparisons > statements * 4, "only " + comparisons + " comparisons");
    }

    [Fact]
    public void The_random_corpora_hold_ties_broken_by_occasions_both_where_the_comparer_is_consistent_and_where_it_is_not_and_updated_latest_estimates()
    {
        int consistent = 0, inconsistent = 0, updated = 0;
        foreach (var (seed, statements) in new[] { (1, 40), (2, 40), (3, 60), (4, 60), (5, 25), (6, 80) })
        {
            var run = TestCorpus.Run(Corpus(seed, statements), Check);
            var (c, i, u) = run.Load(assembly =>
            {
                var check = assembly.GetType("IndexCheck")!;
                check.GetMethod("Run")!.Invoke(null, [Array.Empty<DateOnly>()]);
                int Count(string name) => (int)check.GetField(name)!.GetValue(null)!;
                return (Count("ConsistentTies"), Count("InconsistentTies"), Count("UpdatedLast"));
            });
            consistent += c;
            inconsistent += i;
            updated += u;
        }
        Assert.True(consistent > 0, "no corpus where the comparer is consistent and an occasion breaks a tie");
        Assert.True(inconsistent > 0, "no corpus where the comparer is not a consistent order");
        Assert.True(updated > 0, "no corpus where the last estimate of a measure is updated by another");
    }
}
