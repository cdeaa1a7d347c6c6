using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace StatementGen;

/// <summary>
/// Every diagnostic the generator reports, in one place. Families: 0001-0009 YAML and file,
/// 0010-0029 schema, 0030-0049 references and names, 0050-0079 semantics, 0090-0099 the consumer.
/// Each id has a section in docs/diagnostics.md.
/// </summary>
internal static class DiagnosticDescriptors
{

    private static DiagnosticDescriptor Make(string id, string title, string message, string category, DiagnosticSeverity severity = DiagnosticSeverity.Error)
        => new(id, title, message, category, severity, isEnabledByDefault: true);

    // ---- YAML and file -------------------------------------------------------------------------------

    /// <summary>STMT0001: the file is not well-formed YAML.</summary>
    public static readonly DiagnosticDescriptor YamlSyntax = Make("STMT0001",
        "YAML syntax error", "YAML syntax error: {0}", "StatementGen.Syntax");

    /// <summary>STMT0002: the YAML uses a feature the corpus does not allow (aliases, tags, several documents, complex keys).</summary>
    public static readonly DiagnosticDescriptor YamlUnsupported = Make("STMT0002",
        "Unsupported YAML feature", "{0} is not allowed in corpus files; {1}", "StatementGen.Syntax");

    /// <summary>STMT0003: a key appears twice in one mapping.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = Make("STMT0003",
        "Duplicate key", "Key '{0}' appears more than once in this mapping; keep one", "StatementGen.Syntax");

    /// <summary>STMT0004: the file's top level is not a mapping, or it has no usable 'schema'.</summary>
    public static readonly DiagnosticDescriptor NotACorpusFile = Make("STMT0004",
        "Not a corpus file", "{0}", "StatementGen.Syntax");

    // ---- schema --------------------------------------------------------------------------------------

    /// <summary>STMT0010: a required key is missing or null.</summary>
    public static readonly DiagnosticDescriptor MissingKey = Make("STMT0010",
        "Missing required key", "{0} requires key '{1}'; add it", "StatementGen.Schema");

    /// <summary>STMT0011: a key the schema does not know; never dropped silently.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = Make("STMT0011",
        "Unknown key", "Unknown key '{0}' in {1}{2}", "StatementGen.Schema");

    /// <summary>STMT0012: a value of the wrong type (a list where text is expected, text where a number is).</summary>
    public static readonly DiagnosticDescriptor WrongType = Make("STMT0012",
        "Wrong value type", "'{0}' must be {1}, but the value is {2}", "StatementGen.Schema");

    /// <summary>STMT0013: a value outside its closed vocabulary.</summary>
    public static readonly DiagnosticDescriptor BadEnum = Make("STMT0013",
        "Value not in vocabulary", "'{0}' is not a valid {1} for '{2}'{3}; allowed: {4}", "StatementGen.Schema");

    /// <summary>STMT0014: a malformed EDTF value or date.</summary>
    public static readonly DiagnosticDescriptor BadDate = Make("STMT0014",
        "Malformed date", "'{0}' is not a valid {1}: {2}", "StatementGen.Schema");

    /// <summary>STMT0015: a text value that does not match its pattern (slug, ISO code, Wikidata id, schema tag).</summary>
    public static readonly DiagnosticDescriptor BadPattern = Make("STMT0015",
        "Malformed value", "'{0}' is not valid for '{1}': expected {2}", "StatementGen.Schema");

    /// <summary>STMT0016: an id that does not match its kind, its file name or its folder.</summary>
    public static readonly DiagnosticDescriptor BadId = Make("STMT0016",
        "Id does not match the file", "{0}", "StatementGen.Schema");

    // ---- references and names ------------------------------------------------------------------------

    /// <summary>STMT0030: a reference to an id that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownReference = Make("STMT0030",
        "Unknown reference", "'{0}' refers to '{1}', which is not in the corpus{2}", "StatementGen.Reference");

    /// <summary>STMT0031: a reference of a kind the field does not accept, or a malformed reference.</summary>
    public static readonly DiagnosticDescriptor WrongReferenceKind = Make("STMT0031",
        "Wrong kind of reference", "'{0}' cannot refer to '{1}': expected {2}", "StatementGen.Reference");

    /// <summary>STMT0032: two files declare the same id.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = Make("STMT0032",
        "Duplicate id", "Id '{0}' is already declared in {1}; ids must be unique", "StatementGen.Reference");

    /// <summary>STMT0033: two entities would get the same C# member name.</summary>
    public static readonly DiagnosticDescriptor NameCollision = Make("STMT0033",
        "C# name collision", "Id '{0}' would be the C# member {1}.{2}, which {3}; rename the file and id", "StatementGen.Reference");

    // ---- semantics -----------------------------------------------------------------------------------

    /// <summary>STMT0050: a quote that is not inside its rendering's excerpt.</summary>
    public static readonly DiagnosticDescriptor QuoteNotInExcerpt = Make("STMT0050",
        "Quote not in excerpt", "Quote '{0}' does not occur in the rendering's excerpt; copy it exactly from the excerpt", "StatementGen.Semantics");

    /// <summary>STMT0051: a quote on a rendering whose mode has no quotation marks, or none where one is required.</summary>
    public static readonly DiagnosticDescriptor QuoteModeMismatch = Make("STMT0051",
        "Quote does not fit the rendering mode", "{0}", "StatementGen.Semantics");

    /// <summary>STMT0052: a claim of type quantity without a quantity.</summary>
    public static readonly DiagnosticDescriptor QuantityMissing = Make("STMT0052",
        "Quantity claim without quantity", "Claim '{0}' has type quantity but no 'quantity'; add one (qualifier: unspecified if no number was given)", "StatementGen.Semantics");

    /// <summary>STMT0053: an ICD 203 band that none of the cues expresses.</summary>
    public static readonly DiagnosticDescriptor Icd203WithoutCue = Make("STMT0053",
        "ICD 203 band without a matching cue", "icd203 '{0}' needs a cue with one of its terms ({1}); add the speaker's words to 'cues' or remove icd203", "StatementGen.Semantics");

    /// <summary>STMT0054: 'high' given with a qualifier other than range, or a range without 'high'.</summary>
    public static readonly DiagnosticDescriptor HighMismatch = Make("STMT0054",
        "High value does not fit the qualifier", "{0}", "StatementGen.Semantics");

    /// <summary>STMT0055: a relation 'from' that names no claim of the same statement.</summary>
    public static readonly DiagnosticDescriptor RelationFromUnknown = Make("STMT0055",
        "Relation from an unknown claim", "Relation 'from: {0}' names no claim of this statement; claims here: {1}", "StatementGen.Semantics");

    /// <summary>STMT0056: a statement without claims whose kind is not no_comment.</summary>
    public static readonly DiagnosticDescriptor ClaimsMissing = Make("STMT0056",
        "Statement without claims", "A statement of kind '{0}' needs at least one claim; only no_comment may have none", "StatementGen.Semantics");

    /// <summary>STMT0057: two claims of one statement share a key.</summary>
    public static readonly DiagnosticDescriptor DuplicateClaimKey = Make("STMT0057",
        "Duplicate claim key", "Claim key '{0}' is used twice in this statement", "StatementGen.Semantics");

    /// <summary>STMT0058: a list that must have at least one item is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyList = Make("STMT0058",
        "Empty list", "'{0}' needs at least one item", "StatementGen.Semantics");

    /// <summary>STMT0059: an organisation used as a place in a role other than venue.</summary>
    public static readonly DiagnosticDescriptor OrgPlaceNotVenue = Make("STMT0059",
        "Organisation as a place", "'{0}' is an organisation: as a place it may only have role venue, not '{1}'", "StatementGen.Semantics");

    /// <summary>STMT0060: a number out of its range (a paragraph below 1).</summary>
    public static readonly DiagnosticDescriptor OutOfRange = Make("STMT0060",
        "Number out of range", "'{0}' must be {1}, but is {2}", "StatementGen.Semantics");

    // ---- the consuming project ------------------------------------------------------------------------

    /// <summary>STMT0090: the consuming project cannot compile the generated code (language version or target too old).</summary>
    public static readonly DiagnosticDescriptor UnsupportedConsumer = Make("STMT0090",
        "Project cannot compile the generated corpus", "{0}; no corpus code was generated", "StatementGen.Consumer");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticDescriptors)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, System.StringComparer.Ordinal)
        .ToArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> Index = All.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor ById(string id) => Index[id];
}
