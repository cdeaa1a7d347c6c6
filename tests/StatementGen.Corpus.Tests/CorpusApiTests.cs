using StatementGen.Generated;
using Xunit;

namespace StatementGen.Corpus.Tests;

// The generated Corpus class, which the enclosing namespace StatementGen.Corpus would otherwise hide.
using Corpus = StatementGen.Generated.Corpus;

/// <summary>
/// The real corpus, compiled into this test assembly by the generator exactly as a user's project
/// compiles it, queried through the generated API.
/// </summary>
public class CorpusApiTests
{
    private const string Singh10000 = "stmt:2024-10-28-singh-dprk-troops-10000";
    private const string Us3000 = "stmt:2024-10-28-us-at-least-3000-confirmed";

    [Fact]
    public void The_estimates_of_dprk_troop_numbers_come_out_in_the_order_said_with_their_values()
    {
        var rows = Claims.Estimates("dprk-troops-russia")
            .Select(c => (c.Statement.Said.Edtf, Speaker: c.Statement.Speaker.Ref.Value, c.Quantity!.Qualifier, c.Quantity.Value, c.Quantity.Disclosed, c.Stance.Certainty))
            .ToArray();
        Assert.Equal(
            new[]
            {
                // Seoul's and Kyiv's reports: the article gives no number, and nothing says one was withheld.
                ("../2024-10-27", "polity:kr", QuantityQualifier.Unspecified, (decimal?)null, true, Certainty.Unknown),
                ("../2024-10-27", "polity:ua", QuantityQualifier.Unspecified, null, true, Certainty.Unknown),
                ("2024-10-21/2024-10-27", "polity:us", QuantityQualifier.AtLeast, 3000m, true, Certainty.Certain),
                ("2024-10-28", "person:mark-rutte", QuantityQualifier.Unspecified, null, false, Certainty.Certain),
                ("2024-10-28", "person:sabrina-singh", QuantityQualifier.Approximate, 10000m, true, Certainty.Probable),
            },
            rows);
    }

    [Fact]
    public void The_singh_estimate_keeps_its_words_hedge_place_and_holder()
    {
        var claim = Claims.Get(new ClaimId(Singh10000 + "#troops-sent"));
        Assert.Equal("around 10,000 soldiers in total", claim.Quantity!.AsStated);
        Assert.Equal(QuantityScope.Cumulative, claim.Quantity.Scope);
        Assert.Equal(["We believe"], claim.Stance.Cues);
        Assert.Equal(Evidential.Belief, claim.Stance.Evidential);
        Assert.Equal(Orgs.Named.UsDod.Id, claim.Stance.HeldBy);
        var where = Assert.Single(claim.Where);
        Assert.Equal(Places.Named.EasternRussia.Id, where.Ref);
        Assert.Equal(PlaceRoleKind.Destination, where.Role);
        Assert.Equal(Orgs.Named.UsDod.Id, claim.Statement.Speaker.OnBehalfOf);
        Assert.Equal("deputy press secretary", claim.Statement.Speaker.Role);
    }

    [Fact]
    public void Quantity_bounds_follow_the_qualifier()
    {
        var atLeast = Claims.Get(new ClaimId(Us3000 + "#troops-in-training")).Quantity!;
        Assert.Equal((3000m, (decimal?)null, true), (atLeast.Lower, atLeast.Upper, atLeast.LowerInclusive));

        var about = Claims.Get(new ClaimId(Singh10000 + "#troops-sent")).Quantity!;
        Assert.Equal(((decimal?)null, (decimal?)null), (about.Lower, about.Upper));

        var sites = Claims.Get(new ClaimId(Us3000 + "#troops-in-training")).Where[0].SiteCount!;
        Assert.Equal(QuantityQualifier.MoreThan, sites.Qualifier);
        Assert.Equal((1m, false), (sites.Lower, sites.LowerInclusive));

        Assert.Equal((5m, 5m), (new Quantity { Unit = "x", Qualifier = QuantityQualifier.Exact, Value = 5 }.Lower, new Quantity { Unit = "x", Qualifier = QuantityQualifier.Exact, Value = 5 }.Upper));
        var range = new Quantity { Unit = "x", Qualifier = QuantityQualifier.Range, Value = 4, High = 7 };
        Assert.Equal((4m, 7m), (range.Lower, range.Upper));
        var fewer = new Quantity { Unit = "x", Qualifier = QuantityQualifier.FewerThan, Value = 9 };
        Assert.Equal(((decimal?)null, 9m, false), (fewer.Lower, fewer.Upper, fewer.UpperInclusive));
    }

    [Fact]
    public void Icd203_bands_have_their_ranges_and_terms()
    {
        Assert.Equal(new LikelihoodRange(0.55, 0.80), Icd203Band.Likely.Range());
        Assert.Equal(new LikelihoodRange(0.95, 0.99), Icd203Band.AlmostCertain.Range());
        Assert.Contains("probably", Icd203Band.Likely.Terms());
        var forecast = Claims.Get(new ClaimId(Singh10000 + "#augment-forecast"));
        Assert.Equal(Icd203Band.Likely, forecast.Stance.Icd203);
        Assert.Null(forecast.Stance.Confidence);
    }

    [Fact]
    public void The_latest_estimate_of_a_measure_is_the_last_one_nothing_updates()
    {
        Assert.Equal(Singh10000 + "#troops-sent", Claims.LatestEstimate("troops_deployed")?.Id.Value);
        Assert.Equal("stmt:2024-10-28-rutte-units-in-kursk#units-in-kursk", Claims.LatestEstimate("troops_present")?.Id.Value);
        Assert.Null(Claims.LatestEstimate("no_such_measure"));
    }

    [Fact]
    public void Relations_are_navigable_both_ways()
    {
        var older = Claims.Get(new ClaimId(Us3000 + "#troops-in-training"));
        var update = Assert.Single(older.Incoming);
        Assert.Equal(RelationType.UpdatesEstimate, update.Type);
        Assert.Equal(RelationDirection.Increase, update.Direction);
        Assert.Equal(new EntityId(EntityKind.Claim, Singh10000 + "#troops-sent"), update.Origin);
        Assert.Equal(new StatementId(Singh10000), update.Owner);

        var newer = Claims.Get(new ClaimId(Singh10000 + "#troops-sent"));
        Assert.Equal([update], newer.Outgoing);

        var reported = Claims.Get(new ClaimId("stmt:2024-10-28-ukraine-intel-reports#dprk-troops-reported"));
        var corroboration = Assert.Single(reported.Incoming);
        Assert.Equal((RelationType.Corroborates, RelationTemporal.After), (corroboration.Type, corroboration.Temporal));
        Assert.Equal(new EntityId(EntityKind.Statement, Us3000), corroboration.Origin);

        var statement = Statements.Named._2024_10_28_UsAtLeast_3000_Confirmed;
        Assert.Equal(2, statement.Outgoing.Count);
        Assert.Equal(2, RelationGraph.From(statement.Id).Count);
        Assert.Equal(2, RelationGraph.To(Events.Named._2024_10_30_AustinRokDefenseMeeting.Id).Count + RelationGraph.To(Events.Named._2024_10_31_UsRokTalksStateDept.Id).Count);
        Assert.Single(Statements.Named._2024_10_28_RutteConflictAndThreat.Incoming);
        Assert.Equal(11, RelationGraph.All.Count);
    }

    [Fact]
    public void Statements_by_speaker_organisation_topic_place_and_source()
    {
        Assert.Equal(6, Statements.BySpeaker(People.Named.SabrinaSingh.Id).Count);
        Assert.All(Statements.BySpeaker(People.Named.SabrinaSingh.Id), s => Assert.Equal(People.Named.SabrinaSingh.Id, s.Speaker.Ref));
        Assert.Equal(6, Statements.ByOnBehalfOf(Orgs.Named.UsDod.Id).Count);
        Assert.Equal(2, Statements.ByOnBehalfOf(Orgs.Named.Nato.Id).Count);
        Assert.Equal(
            ["stmt:2024-10-28-russia-no-confirm-or-deny", "stmt:2024-10-28-lavrov-retroactive-justify", "stmt:2024-10-28-rutte-conflict-and-threat"],
            Statements.ByTopic("ru-kp-military-cooperation").Select(s => s.Id.Value));
        Assert.Equal(
            ["stmt:2024-10-28-rutte-units-in-kursk", "stmt:2024-10-28-singh-likely-toward-kursk", "stmt:2024-10-28-singh-portion-toward-kursk"],
            Statements.ByPlace(Places.Named.KurskOblast.Id).Select(s => s.Id.Value));
        Assert.Equal(2, Statements.ByPlace(Places.Named.NatoHq.Id).Count);
        Assert.Equal(14, Statements.BySource(Sources.Named.Thehill_2024_10_28_DprkTroops.Id).Count);
        Assert.Empty(Statements.BySpeaker(People.Named.LloydAustin.Id));
        Assert.Equal(5, Claims.ByMeasure("troops_present").Count);
        Assert.Equal(3, Claims.ByPlace(Places.Named.KurskOblast.Id).Count);
    }

    [Fact]
    public void Statements_and_claims_within_a_date_range_overlap_earliest_to_latest()
    {
        Assert.Equal(
            ["stmt:2024-10-28-zelensky-deploy-within-days", "stmt:2024-10-28-rok-intel-reports", "stmt:2024-10-28-ukraine-intel-reports", Us3000, "stmt:2024-10-28-russia-no-confirm-or-deny"],
            Statements.Between(new DateOnly(2024, 10, 21), new DateOnly(2024, 10, 27)).Select(s => s.Id.Value));
        Assert.Empty(Statements.Between(new DateOnly(2024, 10, 29), new DateOnly(2024, 12, 31)));
        Assert.Equal(
            ["stmt:2024-10-28-zelensky-deploy-within-days#deploy-within-days", Singh10000 + "#augment-forecast", "stmt:2024-10-28-singh-topic-austin-meetings#on-agenda"],
            Claims.Between(new DateOnly(2024, 10, 29), new DateOnly(2024, 12, 31)).Select(c => c.Id.Value));
    }

    [Fact]
    public void Times_keep_their_words_and_resolve_to_bounds()
    {
        var incursion = Events.Named._2024_SummerKurskIncursion.When;
        Assert.Equal(("this summer", "2024-22", TimePrecision.Season), (incursion.AsStated, incursion.Edtf, incursion.Precision));
        Assert.Equal((new DateOnly(2024, 6, 1), new DateOnly(2024, 8, 31)), (incursion.Earliest, incursion.Latest));

        var said = Statements.Named._2024_10_28_RokIntelReports.Said;
        Assert.Null(said.AsStated);
        Assert.Null(said.Earliest);
        Assert.Equal(new DateOnly(2024, 10, 27), said.Latest);
        Assert.Equal(TimeBasis.SourceOrder, said.Basis);

        var within = Claims.Get(new ClaimId("stmt:2024-10-28-zelensky-deploy-within-days#deploy-within-days")).When!;
        Assert.Equal(("few", ExtentUnit.Day), (within.Extent!.Amount, within.Extent.Unit));
        Assert.Null(within.Latest);
    }

    [Fact]
    public void Lookups_by_id_string_and_typed()
    {
        Assert.Same(People.Named.SabrinaSingh, People.Find("person:sabrina-singh"));
        Assert.Same(People.Named.SabrinaSingh, People.Get(new PersonId("person:sabrina-singh")));
        Assert.Null(People.Find("person:nobody"));
        Assert.Throws<KeyNotFoundException>(() => People.Get(new PersonId("person:nobody")));
        Assert.Same(Polities.Named.Kp, Corpus.Find("polity:kp"));
        Assert.Same(Statements.Named._2024_10_28_SinghDprkTroops_10000, Corpus.Find(new StatementId(Singh10000)));
        Assert.Equal(Singh10000 + "#troops-sent", ((Claim)Corpus.Find(Singh10000 + "#troops-sent")!).Id.Value);
        Assert.Null(Corpus.Find("nonsense"));
        Assert.Equal("Sabrina Singh", Corpus.DisplayName(People.Named.SabrinaSingh.Id));
        Assert.Equal("Kursk Oblast", Corpus.DisplayName(Places.Named.KurskOblast.Id));
        Assert.Equal("src:thehill-2024-10-28-dprk-troops", Corpus.DisplayName(Sources.Named.Thehill_2024_10_28_DprkTroops.Id));
    }

    [Fact]
    public void Every_kind_is_complete_and_ordered_by_id()
    {
        Assert.Equal(14, Statements.All.Count);
        Assert.Equal(6, People.All.Count);
        Assert.Equal(5, Orgs.All.Count);
        Assert.Equal(5, Polities.All.Count);
        Assert.Equal(8, Places.All.Count);
        Assert.Equal(5, Events.All.Count);
        Assert.Single(Sources.All);
        Assert.Equal(People.All.Select(p => p.Id.Value).Order(StringComparer.Ordinal), People.All.Select(p => p.Id.Value));
        Assert.Equal(21, Claims.All.Count);
    }

    [Fact]
    public void Chronology_puts_an_occasion_before_the_one_it_says_it_preceded()
    {
        var order = Statements.Chronological.Select(s => s.Id.Value).ToList();
        Assert.Equal("stmt:2024-10-28-zelensky-deploy-within-days", order[0]);
        Assert.True(order.IndexOf("stmt:2024-10-28-rutte-units-in-kursk") < order.IndexOf(Singh10000));
        // An open start (../2024-10-28) may precede the day itself, so it sorts first among that day's.
        Assert.Equal("stmt:2024-10-28-russia-no-confirm-or-deny", order.First(id => Statements.Find(id)!.Said.Latest == new DateOnly(2024, 10, 28)));
        Assert.Equal("stmt:2024-10-28-singh-topic-austin-meetings", order[^1]);
    }

    [Fact]
    public void Vocabulary_values_print_as_yaml()
    {
        Assert.Equal("non_confirmation", StatementKind.NonConfirmation.ToYaml());
        Assert.Equal("at_least", QuantityQualifier.AtLeast.ToYaml());
        Assert.Equal("roughly_even_chance", Icd203Band.RoughlyEvenChance.ToYaml());
    }

    [Fact]
    public void Source_keeps_provenance_and_narrator_assertions()
    {
        var source = Sources.Named.Thehill_2024_10_28_DprkTroops;
        Assert.Equal(new DateOnly(2024, 10, 28), source.Published.Date);
        Assert.Equal(TextStorage.Full, source.Text!.Stored);
        Assert.Equal(15, source.Text.Paragraphs);
        Assert.Equal(5, source.NarratorAssertions.Count);
        Assert.Equal(["all but certain"], source.NarratorAssertions[3].Stance!.Cues);
        Assert.Equal(Orgs.Named.TheHill.Id, source.Publisher);
    }
}
