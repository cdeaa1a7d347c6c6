using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using StatementGen.Schema;

namespace StatementGen;

/// <summary>
/// Every diagnostic the generator reports, in one place. Families: 0001-0009 YAML and file,
/// 0010-0029 schema, 0030-0039 references and names, 0040-0049 verbatim text against
/// archived source texts, 0050-0069 semantics, 0070-0079 advice (warnings, but info for a missing
/// Wikidata id, which is normal), 0080-0089 limits, 0090-0099 the consuming project. Each id has a
/// section in docs/diagnostics.md, which its help link names.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>
    /// Where the reference lives, relative to the repository or package root. Relative on purpose: the
    /// project has no public address yet; when it has one, this becomes that address of the same page.
    /// </summary>
    public const string HelpLinkBase = "docs/diagnostics.md#";

    private const string Syntax = "StatementGen.Syntax";
    private const string Schema = "StatementGen.Schema";
    private const string Reference = "StatementGen.Reference";
    private const string VerbatimText = "StatementGen.Verbatim";
    private const string Semantics = "StatementGen.Semantics";
    private const string Advice = "StatementGen.Advice";
    private const string Limits = "StatementGen.Limits";
    private const string Consumer = "StatementGen.Consumer";


    private static DiagnosticDescriptor Make(string id, string title, string message, string category, DiagnosticSeverity severity = DiagnosticSeverity.Error)
        => new(id, title, message, category, severity, isEnabledByDefault: true, description: null, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());

    // ---- YAML and file (0001-0009) ---------------------------------------------------------------------

    /// <summary>STMT0001: the file is not well-formed YAML.</summary>
    public static readonly DiagnosticDescriptor YamlSyntax = Make("STMT0001",
        "YAML syntax error", "YAML syntax error: {0}", Syntax);

    /// <summary>STMT0002: an anchor or alias; refused so that no file can expand without bound ("billion laughs").</summary>
    public static readonly DiagnosticDescriptor AnchorOrAlias = Make("STMT0002",
        "YAML anchor or alias", "{0} is not allowed in corpus files; write the value out in full", Syntax);

    /// <summary>STMT0003: a key appears twice in one mapping.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = Make("STMT0003",
        "Duplicate key", "Key '{0}' appears more than once in this mapping; keep one", Syntax);

    /// <summary>STMT0004: the file is empty, is not a mapping, or has no usable 'schema:'.</summary>
    public static readonly DiagnosticDescriptor NotACorpusFile = Make("STMT0004",
        "Not a corpus file", "{0}", Syntax);

    /// <summary>STMT0005: an explicit YAML tag; the schema decides every value's type.</summary>
    public static readonly DiagnosticDescriptor ExplicitTag = Make("STMT0005",
        "YAML tag", "The tag '{0}' is not allowed in corpus files; remove it (the schema decides each value's type)", Syntax);

    /// <summary>STMT0006: more than one YAML document in a file.</summary>
    public static readonly DiagnosticDescriptor MultipleDocuments = Make("STMT0006",
        "More than one document", "A corpus file holds one YAML document; move what follows '---' into a file of its own", Syntax);

    /// <summary>STMT0007: a mapping or list used as a key.</summary>
    public static readonly DiagnosticDescriptor ComplexKey = Make("STMT0007",
        "Complex key", "A {0} cannot be a key; use a plain text key", Syntax);

    /// <summary>STMT0008: the file's bytes are not valid UTF-8, so its text cannot be known exactly.</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = Make("STMT0008",
        "Not UTF-8", "The file is not valid UTF-8: {0}; save it as UTF-8", Syntax);

    /// <summary>STMT0009: a raw line separator, paragraph separator or next-line character, which YAML reads as a line break.</summary>
    public static readonly DiagnosticDescriptor LineSeparator = Make("STMT0009",
        "Line or paragraph separator", "The file holds a raw {0} ({1}), which the YAML parser reads as a line break, so the text would not be kept as written; write it as {2} inside a double-quoted string, or remove it", Syntax);

    // ---- schema (0010-0029) ----------------------------------------------------------------------------

    /// <summary>STMT0010: a required key is missing or null.</summary>
    public static readonly DiagnosticDescriptor MissingKey = Make("STMT0010",
        "Missing required key", "{0} requires key '{1}'{2}", Schema);

    /// <summary>STMT0011: a key the schema does not know; never dropped silently.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = Make("STMT0011",
        "Unknown key", "Unknown key '{0}' in {1}{2}", Schema);

    /// <summary>STMT0012: a value of the wrong type (a list where text is expected, text where a number is).</summary>
    public static readonly DiagnosticDescriptor WrongType = Make("STMT0012",
        "Wrong value type", "'{0}' must be {1}, but the value is {2}", Schema);

    /// <summary>STMT0013: a value outside its closed vocabulary.</summary>
    public static readonly DiagnosticDescriptor BadEnum = Make("STMT0013",
        "Value not in vocabulary", "'{0}' is not a valid {1} for '{2}'{3}; allowed: {4}", Schema);

    /// <summary>STMT0014: a malformed EDTF value or date.</summary>
    public static readonly DiagnosticDescriptor BadDate = Make("STMT0014",
        "Malformed date", "'{0}' is not a valid {1}: {2}", Schema);

    /// <summary>STMT0015: a text value that does not match its pattern (slug, ISO code, Wikidata id, reference, schema tag).</summary>
    public static readonly DiagnosticDescriptor BadPattern = Make("STMT0015",
        "Malformed value", "'{0}' is not valid for '{1}': expected {2}", Schema);

    /// <summary>STMT0016: an id that does not match its kind or its file name.</summary>
    public static readonly DiagnosticDescriptor BadId = Make("STMT0016",
        "Id does not match the file", "{0}", Schema);

    /// <summary>STMT0017: a file outside its kind's folder.</summary>
    public static readonly DiagnosticDescriptor WrongFolder = Make("STMT0017",
        "File in the wrong folder", "{0}", Schema);

    /// <summary>STMT0018: a number that <c>decimal</c> cannot hold exactly; it would be rounded without a word.</summary>
    public static readonly DiagnosticDescriptor InexactNumber = Make("STMT0018",
        "Number cannot be kept exactly", "The number '{0}' cannot be kept exactly: {1}; {2}", Schema);

    // ---- references and names (0030-0039) ----------------------------------------------------------------

    /// <summary>STMT0030: a reference to an id that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownReference = Make("STMT0030",
        "Unknown reference", "'{0}' is not in the corpus{1}", Reference);

    /// <summary>STMT0031: a reference of a kind the field does not accept.</summary>
    public static readonly DiagnosticDescriptor WrongReferenceKind = Make("STMT0031",
        "Wrong kind of reference", "'{0}' cannot refer to '{1}': expected {2}", Reference);

    /// <summary>STMT0032: two files declare the same id.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = Make("STMT0032",
        "Duplicate id", "Id '{0}' is already declared in {1}; ids must be unique", Reference);

    /// <summary>STMT0033: two entities would get the same C# member name.</summary>
    public static readonly DiagnosticDescriptor NameCollision = Make("STMT0033",
        "C# name collision", "Id '{0}' would be the C# member {1}.{2}, which {3}; rename the file and id", Reference);

    /// <summary>STMT0034: a claim reference whose statement exists but has no such claim.</summary>
    public static readonly DiagnosticDescriptor UnknownClaim = Make("STMT0034",
        "Unknown claim", "'{0}' names no claim of {1}: {2}", Reference);

    /// <summary>STMT0035: an occasion 'before' key that no statement's occasion has.</summary>
    public static readonly DiagnosticDescriptor UnknownOccasion = Make("STMT0035",
        "Unknown occasion", "No statement has an occasion with key '{0}'{1}", Reference);

    // ---- verbatim text against archived source texts (0040-0049) -------------------------------------------

    /// <summary>STMT0040: an archived source text that breaks the format (one paragraph per line, LF, no blank line or control character).</summary>
    public static readonly DiagnosticDescriptor ArchivedTextMalformed = Make("STMT0040",
        "Archived text malformed", "{0}", VerbatimText);

    /// <summary>STMT0041: a source whose text block (sha256, paragraphs, stored) does not describe its archived text.</summary>
    public static readonly DiagnosticDescriptor ArchivedTextMismatch = Make("STMT0041",
        "Source does not match its archived text", "{0}", VerbatimText);

    /// <summary>STMT0042: an archived text that belongs to no source.</summary>
    public static readonly DiagnosticDescriptor ArchivedTextWithoutSource = Make("STMT0042",
        "Archived text without a source", "{0}", VerbatimText);

    /// <summary>STMT0043: an excerpt that is not in the paragraph of the archived text it cites.</summary>
    public static readonly DiagnosticDescriptor ExcerptNotInParagraph = Make("STMT0043",
        "Excerpt not in its paragraph", "{0}", VerbatimText);

    /// <summary>STMT0044: a verbatim value (a role, an as_stated, a cue) that is in none of the paragraphs the file cites.</summary>
    public static readonly DiagnosticDescriptor NotInCitedParagraphs = Make("STMT0044",
        "Verbatim text not in the cited paragraphs", "{0}", VerbatimText);

    // ---- semantics (0050-0069) ---------------------------------------------------------------------------

    /// <summary>STMT0050: a verbatim value of a rendering or narrator's assertion (a quote, the cue, …) that is not inside its excerpt.</summary>
    public static readonly DiagnosticDescriptor NotInExcerpt = Make("STMT0050",
        "Verbatim text not in its excerpt", "'{0}' ('{1}') does not occur in the excerpt: {2}; copy it exactly from the excerpt", Semantics);

    /// <summary>STMT0051: a quote on a rendering whose mode has no quotation marks, or none where one is required.</summary>
    public static readonly DiagnosticDescriptor QuoteModeMismatch = Make("STMT0051",
        "Quote does not fit the rendering mode", "{0}", Semantics);

    /// <summary>STMT0052: a claim of type quantity without a quantity.</summary>
    public static readonly DiagnosticDescriptor QuantityMissing = Make("STMT0052",
        "Quantity claim without quantity", "Claim '{0}' has type quantity but no 'quantity'; add one (qualifier: unspecified if no number was given)", Semantics);

    /// <summary>STMT0053: an ICD 203 band that none of the cues expresses.</summary>
    public static readonly DiagnosticDescriptor Icd203WithoutCue = Make("STMT0053",
        "ICD 203 band without a matching cue", "icd203 '{0}' needs a cue with one of its terms ({1}); add the speaker's words to 'cues' or remove icd203", Semantics);

    /// <summary>STMT0054: 'high' given with a qualifier other than range, or a range without 'high'.</summary>
    public static readonly DiagnosticDescriptor HighMismatch = Make("STMT0054",
        "High value does not fit the qualifier", "{0}", Semantics);

    /// <summary>STMT0055: a relation 'from' that names no claim of the same statement.</summary>
    public static readonly DiagnosticDescriptor RelationFromUnknown = Make("STMT0055",
        "Relation from an unknown claim", "Relation 'from: {0}' names no claim of this statement; claims here: {1}", Semantics);

    /// <summary>STMT0056: a statement without claims whose kind is not no_comment.</summary>
    public static readonly DiagnosticDescriptor ClaimsMissing = Make("STMT0056",
        "Statement without claims", "A statement of kind '{0}' needs at least one claim; only no_comment may have none", Semantics);

    /// <summary>STMT0057: two claims of one statement share a key.</summary>
    public static readonly DiagnosticDescriptor DuplicateClaimKey = Make("STMT0057",
        "Duplicate claim key", "Claim key '{0}' is used twice in this statement", Semantics);

    /// <summary>STMT0058: a list that must have at least one item is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyList = Make("STMT0058",
        "Empty list", "'{0}' needs at least one item", Semantics);

    /// <summary>STMT0059: an organisation used as a place in a role other than venue.</summary>
    public static readonly DiagnosticDescriptor OrgPlaceNotVenue = Make("STMT0059",
        "Organisation as a place", "'{0}' is an organisation: as a place it may only have role venue, not '{1}'", Semantics);

    /// <summary>STMT0060: a number out of its range (a paragraph below 1).</summary>
    public static readonly DiagnosticDescriptor OutOfRange = Make("STMT0060",
        "Number out of range", "'{0}' must be {1}, but is {2}", Semantics);

    /// <summary>STMT0061: a polity whose iso3166 code differs from its id.</summary>
    public static readonly DiagnosticDescriptor IsoMismatch = Make("STMT0061",
        "ISO code does not match the id", "iso3166 '{0}' does not match the id '{1}'; expected '{2}'", Semantics);

    // ---- advice (0070-0079): legal, but worth a look --------------------------------------------------------

    /// <summary>STMT0070: a statement nobody has reviewed yet.</summary>
    public static readonly DiagnosticDescriptor NotReviewed = Make("STMT0070",
        "Statement not reviewed", "Statement '{0}' {1}; have a second curator check it and set curation: {{status: reviewed, reviewed_by: …}}", Advice, DiagnosticSeverity.Warning);

    /// <summary>
    /// STMT0071: a person without a checked Wikidata id. Info, not a warning: many people a statement
    /// names have no item that can be checked, so a missing id is normal and must not fill every build log.
    /// </summary>
    public static readonly DiagnosticDescriptor NoWikidata = Make("STMT0071",
        "Person without Wikidata id", "Person '{0}' has no wikidata id; look it up and add it once checked", Advice, DiagnosticSeverity.Info);

    /// <summary>STMT0072: a text value that still holds a "TODO:" placeholder, as <c>statementgen new</c> writes them.</summary>
    public static readonly DiagnosticDescriptor PlaceholderNotFilled = Make("STMT0072",
        "Placeholder not filled", "'{0}' still holds the placeholder '{1}'; replace it with the real value", Advice, DiagnosticSeverity.Warning);

    // ---- limits (0080-0089): hostile or runaway input ------------------------------------------------------

    /// <summary>STMT0080: a file larger than the corpus allows.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = Make("STMT0080",
        "File too large", "The file has {0} characters; a corpus file may have at most {1}", Limits);

    /// <summary>STMT0081: nesting deeper than any schema type needs.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = Make("STMT0081",
        "Nesting too deep", "Nesting deeper than {0} levels is not allowed; flatten the structure", Limits);

    /// <summary>STMT0082: a scalar longer than the corpus allows.</summary>
    public static readonly DiagnosticDescriptor ScalarTooLong = Make("STMT0082",
        "Value too long", "A value of {0} characters is longer than the {1} allowed; split or shorten it", Limits);

    /// <summary>STMT0083: a file with more problems than are listed; the rest are counted here.</summary>
    public static readonly DiagnosticDescriptor MoreProblems = Make("STMT0083",
        "More problems in this file", "{0} more problems in this file are not listed; fix the ones shown and build again to see them", Limits);

    /// <summary>STMT0084: a file whose verbatim checks would scan more text than any real file needs.</summary>
    public static readonly DiagnosticDescriptor VerbatimCheckTooLarge = Make("STMT0084",
        "Verbatim check too large", "Checking this file's verbatim text against the archived texts would scan more than {0} characters; the check stops here: split the file, or cite shorter paragraphs", Limits);

    // ---- the consuming project (0090-0099) -------------------------------------------------------------------

    /// <summary>STMT0090: the consuming project cannot compile the generated code (C# below 11, or no <c>ReadOnlySpan&lt;byte&gt;</c>).</summary>
    public static readonly DiagnosticDescriptor UnsupportedConsumer = Make("STMT0090",
        "Project cannot compile the generated corpus", "{0}; no corpus code was generated", Consumer);

    /// <summary>STMT0091: an MSBuild option of the generator has a value it does not understand.</summary>
    public static readonly DiagnosticDescriptor InvalidOption = Make("STMT0091",
        "Invalid StatementGen option", "{0}; no corpus code was generated", Consumer);

    /// <summary>STMT0092: a kind has more entities than get named members, so it has none.</summary>
    public static readonly DiagnosticDescriptor NamedMembersLeftOut = Make("STMT0092",
        "Named members left out", "{0} has {1} entities, more than StatementGenMaxNamedMembers ({2}), so it has no named member per entity; use {0}.Find, Get and All, or raise the limit",
        Consumer, DiagnosticSeverity.Warning);

    /// <summary>
    /// STMT0093: a path inside the corpus folder holds a character other than ASCII letters, digits,
    /// '-', '_' and '.' (a line break among them). Reported by the package's MSBuild targets, which keep
    /// the file away from the compiler (its response file is read line by line), and by the command
    /// line; the generator never sees such a file. Control characters are shown as [U+XXXX].
    /// </summary>
    public static readonly DiagnosticDescriptor UnsafeFileName = Make("STMT0093",
        "Unsafe corpus path", "The path '{0}' holds a character other than the ASCII letters, digits, '-', '_' and '.' that corpus file and folder names are made of (a control character is shown as [U+XXXX]); such a name could be taken for compiler options or MSBuild syntax, so the file is not read; rename it after its id's slug", Consumer);

    /// <summary>
    /// STMT0094: a corpus file is a symbolic link, or lies in a linked folder. Reported by the package's
    /// MSBuild targets and by the command line; such a file is not read, so no text from outside the
    /// corpus folder reaches the build or its log.
    /// </summary>
    public static readonly DiagnosticDescriptor LinkedFile = Make("STMT0094",
        "Linked corpus file", "'{0}' is a symbolic link, or lies in a linked folder; corpus files must be real files inside the corpus folder, so it is not read; replace the link with the file itself", Consumer);

    /// <summary>STMT0095: the generator is on but no corpus file reached it.</summary>
    public static readonly DiagnosticDescriptor NoCorpusFiles = Make("STMT0095",
        "No corpus files", "No corpus file reached StatementGen{0}; it reads the AdditionalFiles ending in .yaml or .yml that the package's targets add from StatementGenCorpusDir (default 'corpus'), or, where none is so marked, every such AdditionalFile; check the folder, or set StatementGenEnabled to false",
        Consumer, DiagnosticSeverity.Warning);

    /// <summary>
    /// STMT0099: the generator failed on an input it should have handled. The failure is reported at
    /// the file concerned (or the project), the file is left out, and the rest of the corpus goes on.
    /// </summary>
    public static readonly DiagnosticDescriptor InternalError = Make("STMT0099",
        "Internal error", "Internal error while {0}: {1}; please report it", Consumer);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticDescriptors)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, System.StringComparer.Ordinal)
        .ToArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> Index = All.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor ById(string id) => Index[id];
}
