// Longer than 400 lines because it is the schema written down once: every vocabulary, record type and
// kind of file side by side, so a reader sees the whole schema in one place, as the generator does.
using System.Collections.Generic;
using System.Linq;

namespace StatementGen.Schema;

/// <summary>
/// The corpus schema (v1), written down once. Parsing, validation and C# emission all read it:
/// adding a field here adds it to the reader, the checks and the generated records together.
/// </summary>
internal static class SchemaCatalog
{
    public const string SlugPattern = "[a-z0-9]+(-[a-z0-9]+)*";

    /// <summary>
    /// The field of a rendering or a narrator's assertion that holds the words as printed: every other
    /// verbatim value of it (a quote, an insertion, the attribution, the cue, a hedge cue) is taken from them.
    /// </summary>
    public const string ExcerptKey = "excerpt";

    // ---- field helpers ---------------------------------------------------------------------------------

    private static FieldDef F(string key, FieldType type, string doc, bool required = false, bool verbatim = false, bool? defaultBool = null)
        => new(key, type, doc, required, verbatim, defaultBool);

    private static FieldDef R(string key, FieldType type, string doc, bool verbatim = false) => F(key, type, doc, required: true, verbatim: verbatim);

    private static FieldDef V(string key, string doc, bool required = false) => F(key, Text, doc, required, verbatim: true);

    private static readonly ScalarType Text = new(ScalarKind.Text);
    private static readonly ScalarType Int = new(ScalarKind.Int, minimum: 1);
    private static readonly ScalarType Number = new(ScalarKind.Number);
    private static readonly ScalarType Bool = new(ScalarKind.Bool);
    private static readonly ScalarType Date = new(ScalarKind.Date);
    private static readonly ScalarType Edtf = new(ScalarKind.Edtf);
    private static readonly ScalarType Id = new(ScalarKind.Id);
    private static readonly ScalarType Slug = new(ScalarKind.Text, pattern: SlugPattern, patternHint: "a slug: lower-case letters and digits in groups joined by '-'");
    private static readonly ScalarType Wikidata = new(ScalarKind.Text, pattern: "Q[1-9][0-9]*", patternHint: "a Wikidata item id such as Q57792");

    private static ScalarType Enum(string vocabulary) => new(ScalarKind.Enum, vocabulary);

    private static ScalarType Ref(RefKind kinds) => new(ScalarKind.Ref, refKinds: kinds);

    private static ObjectType Obj(string typeName) => new(typeName);

    private static ListType List(FieldType item) => new(item);

    private static FieldDef Schema(string kind) =>
        R("schema", new ScalarType(ScalarKind.Text, pattern: kind + "/1", patternHint: "'" + kind + "/1'"), "The schema and version this file follows, e.g. <c>" + kind + "/1</c>.");

    private static FieldDef IdField() => R("id", Id, "The permanent id: the kind prefix and the file's stem.");

    private static FieldDef Name() => R("name", Text, "The usual name.");

    private static FieldDef Aliases() => F("aliases", List(Text), "Other names and spellings used for it.");

    private static FieldDef WikidataField() => F("wikidata", Wikidata, "The Wikidata item, only when checked.");

    // ---- vocabularies ----------------------------------------------------------------------------------

    private static VocabularyDef Vocab(string name, string doc, params string[] membersAndDocs)
    {
        var members = new List<VocabularyMember>();
        for (var i = 0; i < membersAndDocs.Length; i += 2) members.Add(new VocabularyMember(membersAndDocs[i], membersAndDocs[i + 1]));
        return new VocabularyDef(name, doc, members);
    }

    public static IReadOnlyList<VocabularyDef> Vocabularies { get; } = new[]
    {
        Vocab("StatementKind", "What kind of speech act a statement is.",
            "assertion", "States something as fact.",
            "assessment", "An analytic judgement, often hedged.",
            "forecast", "A prediction about the future.",
            "confirmation", "Confirms something already reported or suspected.",
            "denial", "Denies something.",
            "non_confirmation", "Neither confirms nor denies.",
            "characterization", "Describes or labels something (\"a dangerous expansion\").",
            "policy", "States what the speaker's side will or will not do.",
            "warning", "Warns of consequences.",
            "expectation", "Says what is expected to happen.",
            "intelligence_report", "An intelligence service's report.",
            "no_comment", "Declines to comment; may carry no claims."),
        Vocab("Identification", "How the source identifies the speaker.",
            "named", "By name.",
            "institutional", "By institution (\"the Pentagon said\").",
            "metonym", "By a place standing for a government (\"Washington\", \"Seoul\").",
            "collective", "As a group (\"Russian leaders\").",
            "unnamed_official", "As an unnamed official."),
        Vocab("Setting", "Where or how a statement was made.",
            "press_briefing", "A regular press briefing.",
            "press_conference", "A press conference.",
            "remarks", "Remarks to the press or an audience.",
            "interview", "An interview.",
            "speech", "A speech.",
            "written_statement", "A written statement.",
            "social_media", "A social media post.",
            "intelligence_report", "An intelligence report.",
            "unknown", "Not known."),
        Vocab("RenderingMode", "How a source renders the statement.",
            "direct", "Quoted in full inside quotation marks.",
            "indirect", "Reported speech, no quotation marks.",
            "mixed", "Reported speech with quoted fragments.",
            "summary", "Only the gist or existence of the statement is reported.",
            "non_statement", "The source reports an absence of a statement."),
        Vocab("CueClass", "The kind of reporting verb a source uses.",
            "neutral", "Neutral (\"said\").",
            "factive", "Presupposes truth (\"confirmed\").",
            "belief", "Reports a belief (\"believes\").",
            "evaluative", "Evaluates (\"pushed back\").",
            "negative", "Reports a refusal or absence (\"did not confirm\").",
            "hedged", "Hedged (\"appeared to say\")."),
        Vocab("Fidelity", "How faithfully a rendering keeps the original.",
            "verbatim", "The speaker's exact words.",
            "faithful", "A faithful paraphrase.",
            "divergent", "Changes the meaning in some way (see the note)."),
        Vocab("ClaimType", "What a claim is about.",
            "quantity", "A number of something; carries a quantity.",
            "presence", "Something or someone is somewhere.",
            "movement", "Something or someone moves.",
            "event", "Something happened.",
            "forecast", "Something will happen.",
            "intent", "Someone intends to do something.",
            "policy", "What a party will or will not do.",
            "characterization", "A description or label.",
            "implicature", "What is implied rather than said."),
        Vocab("QuantityQualifier", "How a stated number bounds the quantity.",
            "exact", "Exactly the value.",
            "approximate", "About the value.",
            "at_least", "The value or more.",
            "more_than", "More than the value.",
            "at_most", "The value or fewer.",
            "fewer_than", "Fewer than the value.",
            "up_to", "Up to the value.",
            "range", "From the value to the high value.",
            "unspecified", "No number given."),
        Vocab("QuantityScope", "What a count covers.",
            "cumulative", "A running total.",
            "snapshot", "The count at one time.",
            "increment", "A change since a previous count.",
            "unknown", "Not known."),
        Vocab("Polarity", "Whether the proposition is asserted or negated (FactBank).",
            "positive", "Asserted.",
            "negative", "Negated.",
            "unknown", "Left open."),
        Vocab("Certainty", "How certain the holder is (FactBank).",
            "certain", "Certain.",
            "probable", "Probable.",
            "possible", "Possible.",
            "unknown", "Not stated."),
        Vocab("Evidential", "The basis the speaker signals for the claim.",
            "assert", "Asserted outright.",
            "belief", "Held as a belief (\"we believe\").",
            "assessment", "An analytic assessment.",
            "confirm", "A confirmation.",
            "report", "Passed on from a report.",
            "hint", "Hinted at."),
        Vocab("Icd203Band", "The ICD 203 estimative-language likelihood bands.",
            "almost_no_chance", "Almost no chance / remote (1-5%).",
            "very_unlikely", "Very unlikely / highly improbable (5-20%).",
            "unlikely", "Unlikely / improbable (20-45%).",
            "roughly_even_chance", "Roughly even chance / roughly even odds (45-55%).",
            "likely", "Likely / probable (55-80%).",
            "very_likely", "Very likely / highly probable (80-95%).",
            "almost_certain", "Almost certain / nearly certain (95-99%)."),
        Vocab("Confidence", "A stated level of confidence (never inferred from a likelihood term).",
            "low", "Low.",
            "moderate", "Moderate.",
            "high", "High."),
        Vocab("TimePrecision", "How precisely a time is known.",
            "day", "To the day.",
            "week", "To the week.",
            "month", "To the month.",
            "season", "To the season.",
            "year", "To the year.",
            "open", "One end is open.",
            "vague", "A vague window (see the extent)."),
        Vocab("TimeBasis", "How a time was resolved.",
            "stated", "Stated as a date.",
            "relative", "Resolved from relative words (\"Monday\", \"last week\") against the anchor.",
            "tense", "Inferred from the verb tense.",
            "source_order", "Inferred from the order of events in the source.",
            "inferred", "Inferred by the curator from context.",
            "source_date", "Taken from the source's publication date."),
        Vocab("ExtentUnit", "The unit of a vague time window.",
            "day", "Days.",
            "week", "Weeks.",
            "month", "Months."),
        Vocab("PlaceRoleKind", "The part a place plays in a claim or event.",
            "location", "Where it is or happens.",
            "destination", "Where it goes.",
            "toward", "The direction of movement.",
            "near", "Close to it.",
            "origin", "Where it comes from.",
            "venue", "Where a meeting or statement takes place.",
            "affected", "What it affects."),
        Vocab("RelationType", "How a statement or claim relates to another.",
            "updates_estimate", "Gives a newer estimate of the same measure.",
            "corroborates", "Supports the other.",
            "contradicts", "Contradicts the other.",
            "diverges_from", "Differs in some aspect without contradicting.",
            "elaborates", "Adds detail to the other.",
            "responds_to", "Answers the other.",
            "refers_to", "Mentions the other.",
            "repeats", "Says the same again."),
        Vocab("RelationBasis", "Who makes a relation.",
            "source_stated", "The source states it.",
            "curator_inference", "The curator infers it."),
        Vocab("RelationAspect", "The aspect in which two claims relate.",
            "timing", "Timing.",
            "quantity", "Quantity.",
            "location", "Location.",
            "certainty", "Certainty."),
        Vocab("RelationDirection", "Which way an estimate moved.",
            "increase", "Up.",
            "decrease", "Down."),
        Vocab("RelationTemporal", "When the relating statement came relative to the other.",
            "before", "Before.",
            "after", "After."),
        Vocab("CurationStatus", "Where a file stands in review.",
            "draft", "Not yet reviewed.",
            "reviewed", "Checked by a second curator.",
            "published", "Published."),
        Vocab("EventStatus", "Whether an event has happened.",
            "occurred", "It happened.",
            "scheduled", "It is planned.",
            "ongoing", "It is under way.",
            "cancelled", "It was called off."),
        Vocab("SourceType", "What kind of document a source is.",
            "news_article", "A news article.",
            "transcript", "A transcript.",
            "press_release", "A press release.",
            "report", "A report.",
            "social_post", "A social media post."),
        Vocab("TextStorage", "How much of a source's text the corpus keeps.",
            "excerpts_only", "Only the excerpts in renderings and assertions.",
            "full", "The full text."),
    };

    // ---- record types ----------------------------------------------------------------------------------

    public static IReadOnlyList<TypeDef> Types { get; } = new[]
    {
        new TypeDef("Statement", "One statement by one speaker, with every rendering of it and the claims it makes.", new[]
        {
            Schema("statement"),
            IdField(),
            R("kind", Enum("StatementKind"), "What kind of speech act this is."),
            R("speaker", Obj("Speaker"), "Who made the statement and in what capacity."),
            F("occasion", Obj("Occasion"), "Where and how it was made."),
            R("said", Obj("TimeRef"), "When it was said (not when it was published)."),
            R("renderings", List(Obj("Rendering")), "How sources print it, the most verbatim first."),
            F("claims", List(Obj("Claim")), "The propositions it makes (at least one unless the kind is no_comment)."),
            F("omissions", List(Obj("Omission")), "What the speaker declined or failed to say."),
            F("relations", List(Obj("Relation")), "How it relates to earlier statements, claims or events."),
            F("curation", Obj("Curation"), "Review status."),
        }),
        new TypeDef("Speaker", "Who made a statement.", new[]
        {
            R("ref", Ref(RefKind.Person | RefKind.Org | RefKind.Polity), "The person, organisation or polity speaking."),
            F("on_behalf_of", Ref(RefKind.Org | RefKind.Polity), "The organisation or polity the speaker acts for."),
            V("role", "The speaker's role as the source states it."),
            R("identification", Enum("Identification"), "How the source identifies the speaker."),
            V("unit_as_stated", "The unit the source names (\"intelligence\")."),
        }),
        new TypeDef("Occasion", "Where and how a statement was made.", new[]
        {
            F("key", Slug, "A key shared by statements made on the same occasion."),
            F("setting", Enum("Setting"), "The kind of occasion."),
            F("audience", Text, "Who was addressed."),
            F("venue", Ref(RefKind.Place), "Where it took place."),
            F("event", Ref(RefKind.Event), "The event it took place at or after."),
            F("before", Slug, "The key of an occasion this one came before."),
        }),
        new TypeDef("Rendering", "How one source prints a statement (schema.org appearance).", new[]
        {
            R("source", Ref(RefKind.Source), "The source."),
            R("para", Int, "The paragraph number, from 1."),
            R("mode", Enum("RenderingMode"), "Direct, indirect, mixed, summary or non-statement."),
            V("attributed_as", "The words the source uses for the speaker.", required: true),
            V("cue", "The reporting verb, verbatim (… joins separated parts).", required: true),
            F("cue_class", Enum("CueClass"), "The kind of reporting verb."),
            F("quote", List(Text), "The words inside quotation marks, verbatim; required for direct and mixed renderings.", verbatim: true),
            F("insertions", List(Text), "Editorial insertions inside quotes, verbatim.", verbatim: true),
            V(ExcerptKey, "The whole printed sentence or sentences, verbatim.", required: true),
            F("narrator_spans", List(Text), "Parts of the excerpt that are the narrator's, not the speaker's.", verbatim: true),
            F("anaphora", List(Obj("Anaphor")), "Pronouns and other references resolved by the curator."),
            R("fidelity", Enum("Fidelity"), "How faithfully it keeps the original."),
            F("fidelity_note", Text, "What the rendering changes."),
        }, new[]
        {
            new ComputedDef("Verified", "bool", "True when the build found the excerpt in paragraph <c>para</c> of the source's archived text, and the rendering's quotes, insertions, attribution and cue in the excerpt, byte for byte; false when the source has no archived text."),
        }),
        new TypeDef("Anaphor", "A pronoun or short reference in a rendering and what it points to.", new[]
        {
            V("as_stated", "The words, verbatim.", required: true),
            F("ref", Ref(RefKind.AnyEntity | RefKind.Claim), "What they point to, when known."),
            F("note", Text, "The curator's note."),
        }),
        new TypeDef("Claim", "One proposition a statement makes.", new[]
        {
            R("key", Slug, "The claim's key, unique within its statement."),
            R("type", Enum("ClaimType"), "What the claim is about."),
            R("text", Text, "The curator's wording (never shown as a quote)."),
            F("topic", Slug, "A topic key shared by related claims."),
            F("subject", Ref(RefKind.AnyEntity), "What the claim is about."),
            V("subject_as_stated", "The subject as the source words it."),
            F("predicate", Text, "A short predicate key."),
            F("object", Ref(RefKind.AnyEntity), "The object of the predicate."),
            V("object_as_stated", "The object as the source words it."),
            F("measure", Text, "The measure a quantity or presence claim is about (e.g. troops_present)."),
            F("quantity", Obj("Quantity"), "The number claimed; required when the type is quantity."),
            F("where", List(Obj("PlaceRole")), "Places and their roles."),
            F("when", Obj("TimeRef"), "When the claim holds."),
            F("condition", Obj("Condition"), "The condition under which it holds."),
            F("presupposes", List(Text), "What the claim takes for granted."),
            F("inferred", Bool, "The proposition is reconstructed by the curator.", defaultBool: false),
            F("interpreted_by", Ref(RefKind.AnyEntity), "Who interprets an implicature (schema.org claimInterpreter)."),
            R("stance", Obj("Stance"), "How the claim is held."),
            F("caveats", List(Obj("Caveat")), "Caveats the speaker attaches."),
            F("note", Text, "The curator's note."),
        }, new[]
        {
            new ComputedDef("Id", "ClaimId", "The claim's id: the statement id, '#', the key."),
            new ComputedDef("StatementId", "StatementId", "The statement that makes the claim."),
        }),
        new TypeDef("Condition", "A condition a claim depends on.", new[]
        {
            V("as_stated", "The condition, verbatim."),
            F("text", Text, "The curator's wording."),
            F("where", List(Obj("PlaceRole")), "Places in the condition."),
        }),
        new TypeDef("Caveat", "A caveat attached to a claim.", new[]
        {
            R("type", Text, "The kind of caveat, e.g. information_gap."),
            V("as_stated", "The caveat, verbatim."),
        }),
        new TypeDef("Omission", "Something the speaker declined or failed to say.", new[]
        {
            R("what", Text, "What was left unsaid."),
            V("as_stated", "How the source says so, verbatim."),
        }),
        new TypeDef("Relation", "A link from a statement (or one of its claims) to a statement, claim or event.", new[]
        {
            R("type", Enum("RelationType"), "How they relate."),
            F("from", Slug, "The key of the claim of this statement the relation starts from."),
            R("to", Ref(RefKind.Statement | RefKind.Claim | RefKind.Event), "The statement, claim or event it points to."),
            R("basis", Enum("RelationBasis"), "Stated by the source or inferred by the curator."),
            F("source_para", Int, "The paragraph that states it."),
            F("aspect", Enum("RelationAspect"), "The aspect in which they relate."),
            F("direction", Enum("RelationDirection"), "For estimates: up or down."),
            F("temporal", Enum("RelationTemporal"), "Before or after the other."),
            F("confidence", Enum("Confidence"), "The curator's confidence in an inferred relation."),
            F("note", Text, "The curator's note."),
        }, new[]
        {
            new ComputedDef("Owner", "StatementId", "The statement that stores this relation."),
            new ComputedDef("Origin", "EntityId", "Where the relation starts: the claim named by <c>from</c>, or else the owning statement."),
        }),
        new TypeDef("Curation", "Review status of a file.", new[]
        {
            F("status", Enum("CurationStatus"), "Draft, reviewed or published."),
            F("by", Text, "Who curated it."),
            F("reviewed_by", Text, "Who reviewed it."),
        }),
        new TypeDef("Quantity", "A number as stated, with its qualifier; bounds are computed.", new[]
        {
            V("as_stated", "The words, verbatim."),
            F("value", Number, "The number, or null when none was given."),
            R("unit", Text, "What is counted, e.g. soldier."),
            R("qualifier", Enum("QuantityQualifier"), "How the number bounds the quantity."),
            F("high", Number, "The upper value of a range."),
            F("scope", Enum("QuantityScope"), "What the count covers."),
            F("fraction_of", Ref(RefKind.Claim), "The claim whose quantity this is a part of."),
            F("disclosed", Bool, "False when the speaker withheld the number.", defaultBool: true),
        }),
        new TypeDef("Stance", "How a claim is held: polarity, certainty and the hedge words (FactBank, ICD 203).", new[]
        {
            R("polarity", Enum("Polarity"), "Asserted, negated or open."),
            R("certainty", Enum("Certainty"), "How certain."),
            F("cues", List(Text), "The speaker's hedge words, verbatim.", verbatim: true),
            F("evidential", Enum("Evidential"), "The basis signalled."),
            F("icd203", Enum("Icd203Band"), "The ICD 203 band, only when a cue is an ICD 203 term."),
            F("confidence", Enum("Confidence"), "Stated confidence, only if stated."),
            F("held_by", Ref(RefKind.AnyEntity), "Who holds the belief, when not the speaker."),
            V("held_by_as_stated", "The holder as the source words it."),
        }),
        new TypeDef("TimeRef", "A time as stated, resolved to EDTF with bounds.", new[]
        {
            V("as_stated", "The words, or null when the source gives none."),
            R("edtf", Edtf, "The EDTF (ISO 8601-2 level 1) value."),
            R("precision", Enum("TimePrecision"), "How precisely it is known."),
            R("basis", Enum("TimeBasis"), "How it was resolved."),
            F("anchor", Date, "The date relative words were resolved against."),
            F("extent", Obj("Extent"), "The size of a vague window."),
        }, new[]
        {
            new ComputedDef("Earliest", "CorpusDate?", "The first day the value covers, or null when open or unknown."),
            new ComputedDef("Latest", "CorpusDate?", "The last day the value covers, or null when open or unknown."),
        }, scalarShorthand: true),
        new TypeDef("Extent", "The size of a vague time window (\"several weeks\").", new[]
        {
            R("amount", new ScalarType(ScalarKind.Text, pattern: "[0-9]+|few|several|some", patternHint: "a number, few, several or some"), "A number, few, several or some."),
            R("unit", Enum("ExtentUnit"), "Days, weeks or months."),
        }),
        new TypeDef("PlaceRole", "A place and the part it plays.", new[]
        {
            R("ref", Ref(RefKind.Place | RefKind.Polity | RefKind.Org), "The place or polity (an organisation only as a venue)."),
            R("role", Enum("PlaceRoleKind"), "The part it plays."),
            V("as_stated", "The words, verbatim."),
            F("resolution_note", Text, "How the words were resolved to the place."),
            F("site_count", Obj("Quantity"), "How many sites."),
        }),
        new TypeDef("Person", "A person.", new[]
        {
            Schema("person"), IdField(), Name(), Aliases(), WikidataField(),
            F("positions", List(Obj("Position")), "Positions held."),
        }),
        new TypeDef("Position", "A position a person holds.", new[]
        {
            R("title", Text, "The title."),
            R("org", Ref(RefKind.Org | RefKind.Polity), "The organisation or polity."),
            F("as_of", Date, "A date it was held on."),
            F("until", Date, "When it ended."),
            F("evidence", Ref(RefKind.Source), "The source that shows it."),
        }),
        new TypeDef("Org", "An organisation.", new[]
        {
            Schema("org"), IdField(), Name(), Aliases(),
            R("type", Text, "The kind of organisation, e.g. government_department."),
            F("parent", Ref(RefKind.Org | RefKind.Polity), "The organisation or polity it belongs to."),
            F("country", Ref(RefKind.Polity), "Its country."),
            F("headquarters", Ref(RefKind.Place), "Its headquarters."),
            WikidataField(),
            F("source_scale", Text, "For outlets: national, regional, local, international."),
        }),
        new TypeDef("Polity", "A country or other polity.", new[]
        {
            Schema("polity"), IdField(), Name(),
            R("iso3166", new ScalarType(ScalarKind.Text, pattern: "[A-Z]{2}", patternHint: "two upper-case letters"), "The ISO 3166-1 alpha-2 code, upper case; matches the id."),
            Aliases(), WikidataField(),
        }),
        new TypeDef("Place", "A place, including vague areas such as a front line.", new[]
        {
            Schema("place"), IdField(), Name(), Aliases(),
            R("type", Text, "The kind of place, e.g. admin1, building, vague_region."),
            F("within", Ref(RefKind.Place | RefKind.Polity), "The place or polity it lies in."),
            F("within_text", Text, "Where it lies, in words, when no entity exists for it."),
            F("iso3166_2", new ScalarType(ScalarKind.Text, pattern: "[A-Z]{2}-[A-Z0-9]{1,3}", patternHint: "an ISO 3166-2 code such as RU-KRS"), "The ISO 3166-2 subdivision code."),
            F("operated_by", Ref(RefKind.Org), "Who runs it."),
            F("related", List(Ref(RefKind.AnyEntity)), "Related entities."),
            WikidataField(),
        }),
        new TypeDef("Event", "An event statements refer to.", new[]
        {
            Schema("event"), IdField(), Name(),
            R("type", Text, "The kind of event, e.g. bilateral_meeting."),
            R("status", Enum("EventStatus"), "Whether it has happened."),
            R("when", Obj("TimeRef"), "When it happens."),
            F("where", List(Obj("PlaceRole")), "Where it happens."),
            F("participants", List(Obj("Participant")), "Who takes part."),
            F("reported_in", List(Obj("Report")), "Where sources report it."),
        }),
        new TypeDef("Participant", "A participant in an event.", new[]
        {
            R("ref", Ref(RefKind.AnyEntity), "Who."),
            V("as_stated", "As the source words it."),
            F("role", Text, "Their part, e.g. host."),
        }),
        new TypeDef("Report", "Where a source reports an event.", new[]
        {
            R("source", Ref(RefKind.Source), "The source."),
            F("para", Int, "The paragraph."),
            F("voice", Text, "Whose voice reports it, e.g. narrator."),
        }),
        new TypeDef("Source", "A published source: an article, transcript, release, report or post.", new[]
        {
            Schema("source"), IdField(),
            R("type", Enum("SourceType"), "The kind of document."),
            R("publisher", Ref(RefKind.Org), "Who published it."),
            F("title", Text, "The title."),
            F("url", Text, "Where it is published."),
            F("authors", List(Text), "The authors."),
            R("language", Text, "The language (BCP 47)."),
            R("published", Obj("Publication"), "When it was published."),
            F("retrieved", Date, "When it was retrieved."),
            F("text", Obj("SourceText"), "Facts about the text: paragraphs, hash, what is stored."),
            F("primary_sources", List(Ref(RefKind.Source)), "Sources it draws on (PROV hadPrimarySource)."),
            F("narrator_assertions", List(Obj("NarratorAssertion")), "The outlet's own fact-checkable framing."),
            F("curation", Obj("Curation"), "Review status."),
        }),
        new TypeDef("Publication", "When a source was published.", new[]
        {
            R("date", Date, "The date."),
            F("weekday", Text, "The weekday, as a check on the date."),
            F("time", Text, "The local time."),
            F("tz", Text, "The IANA time zone."),
            F("basis", Text, "Where the date comes from, e.g. supplied."),
        }),
        new TypeDef("SourceText", "Facts about a source's text.", new[]
        {
            F("paragraphs", Int, "The number of paragraphs; checked against the archived text when there is one."),
            F("sha256", new ScalarType(ScalarKind.Text, pattern: "[0-9a-f]{64}", patternHint: "64 lower-case hex digits"), "SHA-256 of the UTF-8 text, each paragraph followed by LF; checked against the archived text when there is one."),
            F("stored", Enum("TextStorage"), "How much of the text is kept: full exactly when it is archived beside the source (sources/slug.txt)."),
        }),
        new TypeDef("NarratorAssertion", "Something the outlet itself asserts.", new[]
        {
            R("para", Int, "The paragraph."),
            V(ExcerptKey, "The words, verbatim.", required: true),
            F("about", Ref(RefKind.AnyEntity), "What it is about."),
            F("stance", Obj("Stance"), "How it is held."),
        }),
    };

    // ---- kinds of file ---------------------------------------------------------------------------------

    public static IReadOnlyList<EntityKindDef> Kinds { get; } = new[]
    {
        new EntityKindDef(RefKind.Statement, "statement", "stmt", "statements", "Statement", "Statements", "StatementId", null),
        new EntityKindDef(RefKind.Person, "person", "person", "people", "Person", "People", "PersonId", "name"),
        new EntityKindDef(RefKind.Org, "org", "org", "orgs", "Org", "Orgs", "OrgId", "name"),
        new EntityKindDef(RefKind.Polity, "polity", "polity", "polities", "Polity", "Polities", "PolityId", "name"),
        new EntityKindDef(RefKind.Place, "place", "place", "places", "Place", "Places", "PlaceId", "name"),
        new EntityKindDef(RefKind.Event, "event", "event", "events", "Event", "Events", "EventId", "name"),
        new EntityKindDef(RefKind.Source, "source", "src", "sources", "Source", "Sources", "SourceId", "title"),
    };

    // ---- built in: ICD 203 -----------------------------------------------------------------------------

    /// <summary>ICD 203 likelihood bands: range and the terms that express each.</summary>
    public static IReadOnlyList<(string Band, double Low, double High, string[] Terms)> Icd203 { get; } = new[]
    {
        ("almost_no_chance", 0.01, 0.05, new[] { "almost no chance", "remote" }),
        ("very_unlikely", 0.05, 0.20, new[] { "very unlikely", "highly improbable" }),
        ("unlikely", 0.20, 0.45, new[] { "unlikely", "improbable", "improbably" }),
        ("roughly_even_chance", 0.45, 0.55, new[] { "roughly even chance", "roughly even odds" }),
        ("likely", 0.55, 0.80, new[] { "likely", "probable", "probably" }),
        ("very_likely", 0.80, 0.95, new[] { "very likely", "highly probable" }),
        ("almost_certain", 0.95, 0.99, new[] { "almost certain", "almost certainly", "nearly certain" }),
    };

    // ---- look-ups --------------------------------------------------------------------------------------

    private static readonly Dictionary<string, TypeDef> TypesByName = Types.ToDictionary(t => t.Name);
    private static readonly Dictionary<string, VocabularyDef> VocabulariesByName = Vocabularies.ToDictionary(v => v.Name);

    public static TypeDef Type(string name) => TypesByName[name];

    public static VocabularyDef Vocabulary(string name) => VocabulariesByName[name];

    public static EntityKindDef? KindBySchemaName(string schemaName) => Kinds.FirstOrDefault(k => k.SchemaName == schemaName);

    public static EntityKindDef? KindByPrefix(string prefix) => Kinds.FirstOrDefault(k => k.Prefix == prefix);

    public static EntityKindDef Kind(RefKind kind) => Kinds.First(k => k.Kind == kind);

    /// <summary>The position of a kind in <see cref="Kinds"/>, which is also its <c>EntityKind</c> value; claims (no file kind) come last.</summary>
    public static int KindIndex(RefKind kind)
    {
        for (var i = 0; i < Kinds.Count; i++)
        {
            if (Kinds[i].Kind == kind) return i;
        }
        return Kinds.Count;
    }
}
