// Longer than 400 lines: the one reader of every field type of the catalogue, with the message of each problem it finds.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Parsing;

/// <summary>
/// Reads one corpus file against <see cref="SchemaCatalog"/>: every key is looked up in its type,
/// every value checked against its field type, and every problem becomes a located diagnostic.
/// There is no per-type code here; the catalogue drives it all. The reader only reads: the rules
/// that need the values (ids against file names, ranges, quotes against modes, placeholders) run
/// after it, in <c>FileRules</c>.
/// </summary>
internal sealed class CorpusParser
{
    // Anchored with \z, not $: '$' would also match before a final line break.
    private static readonly Regex IntPattern = new(@"^[-+]?[0-9]+\z", RegexOptions.CultureInvariant);
    private static readonly Regex NumberPattern = new(@"^[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?\z", RegexOptions.CultureInvariant);
    private static readonly Dictionary<string, Regex> PatternCache = new();

    private readonly string path;
    private readonly ProblemLimit diagnostics = new();
    private readonly Suggestions suggestions = new();
    private readonly CancellationToken cancellationToken;

    private CorpusParser(string path, CancellationToken cancellationToken)
    {
        this.path = path;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Reads one file into its value tree; no rule that needs the values is applied here.
    /// The file is read as strict UTF-8 whatever encoding the compiler fell back to, and refused
    /// (STMT0008) when it is not valid UTF-8 (see <see cref="CorpusText.AsUtf8"/>). At most <see cref="ProblemLimit.MaxPerFile"/>
    /// problems are listed, then one STMT0083 counts the rest.
    /// </summary>
    public static FileModel Read(string path, SourceText? text, CancellationToken cancellationToken)
    {
        var parser = new CorpusParser(path, cancellationToken);
        EntityFile? entity = null;
        if (text is null)
        {
            parser.diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotACorpusFile, LocationInfo.FileStart(path), "The file could not be read"));
        }
        else if (CorpusText.AsUtf8(path, text, out var notUtf8) is { } utf8)
        {
            entity = parser.Parse(utf8);
        }
        else
        {
            parser.diagnostics.Add(notUtf8!);
        }

        return new FileModel(path, entity, parser.diagnostics.ToArray()) { Omitted = parser.diagnostics.Omitted(path) };
    }

    private EntityFile? Parse(SourceText text)
    {
        var root = YamlTreeReader.Read(path, text, diagnostics, cancellationToken);
        if (root is null) return null;
        if (root is not YMapping mapping)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotACorpusFile, root.Location,
                "A corpus file is a mapping that starts with 'schema:' and 'id:', but this file holds " + root.Describe()));
            return null;
        }

        var kind = ReadKind(mapping);
        if (kind is null) return null;

        var value = ReadObject(mapping, SchemaCatalog.Type(kind.TypeName), mapping.Location);
        var idField = value.GetField("id");
        if (idField?.Value is not TextValue id) return null;
        return new EntityFile(kind.Kind, id.Text, id.Location, value);
    }

    /// <summary>The kind comes from <c>schema:</c>; without it nothing else can be checked.</summary>
    private EntityKindDef? ReadKind(YMapping mapping)
    {
        YNode? schema = null;
        for (var i = 0; i < mapping.Entries.Count && schema is null; i++)
        {
            if (mapping.Entries[i].Key == "schema") schema = mapping.Entries[i].Value;
        }

        if (schema is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotACorpusFile, FirstLine(mapping),
                "The file has no 'schema:' key; start it with one of " + KnownSchemas()));
            return null;
        }

        var kindName = schema is YScalar s ? s.Value : "";
        var slash = kindName.IndexOf('/');
        var kind = SchemaCatalog.KindBySchemaName(slash < 0 ? kindName : kindName.Substring(0, slash));
        if (kind is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotACorpusFile, schema.Location,
                "'" + DiagnosticInfo.Excerpt(kindName, YScalar.DescribedLength) + "' is not a corpus schema; use one of " + KnownSchemas()));
        }

        return kind;
    }

    /// <summary>The schema names a file may start with, for a message.</summary>
    private static string KnownSchemas() => string.Join(", ", SchemaCatalog.Kinds.Select(k => k.SchemaName + "/1"));

    private ObjectValue ReadObject(YMapping mapping, TypeDef type, LocationInfo ownerLocation)
    {
        // Sized for every key: the array becomes the value's own unless a key is dropped.
        var fields = ImmutableArray.CreateBuilder<FieldValue>(mapping.Entries.Count);
        HashSet<string>? suggested = null; // made for the first misspelt key only
        for (var e = 0; e < mapping.Entries.Count; e++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = mapping.Entries[e];
            var field = type.Field(entry.Key);
            if (field is null)
            {
                var keys = type.Fields.Select(f => f.Key).ToArray();
                var nearest = suggestions.Nearest(entry.Key, keys);
                if (nearest is not null) (suggested ??= new HashSet<string>(StringComparer.Ordinal)).Add(nearest);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownKey, entry.KeyLocation,
                    entry.Key, type.Name, nearest is not null ? "; did you mean '" + nearest + "'?" : "; allowed keys: " + string.Join(", ", keys)));
                continue;
            }

            var value = ReadValue(entry.Value, field.Type, field);
            if (value is null) continue;
            if (value is NullValue && field.Required)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingKey, value.Location, type.Name, field.Key, " to have a value, not null"));
                continue;
            }

            fields.Add(new FieldValue(field.Key, value, entry.KeyLocation));
        }

        for (var f = 0; f < type.Fields.Count; f++)
        {
            var field = type.Fields[f];

            // A misspelt required key is reported once, as unknown with its suggestion, not also as missing.
            if (field.Required && suggested?.Contains(field.Key) != true && !mapping.Has(field.Key))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingKey, ownerLocation, type.Name, field.Key, "; add it"));
            }
        }

        return new ObjectValue(type.Name, Finish(fields), mapping.Location);
    }

    private Value? ReadValue(YNode node, FieldType type, FieldDef field)
    {
        if (node is YScalar { IsNull: true })
        {
            return new NullValue(node.Location);
        }

        switch (type)
        {
            case ListType list:
                if (node is not YSequence sequence)
                {
                    return WrongType(field, node, "a list ([a, b] or '- ' items)");
                }

                var items = ImmutableArray.CreateBuilder<Value>(sequence.Items.Count);
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var item = sequence.Items[i];
                    if (item is YScalar { IsNull: true })
                    {
                        WrongType(field, item, "a list without null items");
                        continue;
                    }

                    var value = ReadValue(item, list.Item, field);
                    if (value is not null) items.Add(value);
                }
                return new ListValue(Finish(items), node.Location);

            case ObjectType obj:
                var objectType = SchemaCatalog.Type(obj.TypeName);
                if (node is YMapping mapping)
                {
                    return ReadObject(mapping, objectType, mapping.Location);
                }

                if (objectType.ScalarShorthand && node is YScalar shorthand)
                {
                    return ReadTimeShorthand(shorthand, field);
                }

                return WrongType(field, node, "a mapping of " + obj.TypeName + " keys");

            case ScalarType scalar:
                if (node is not YScalar text)
                {
                    return WrongType(field, node, Expected(scalar));
                }

                return ReadScalar(text, scalar, field);

            default:
                throw new InvalidOperationException("unknown field type");
        }
    }

    private Value? ReadScalar(YScalar node, ScalarType type, FieldDef field)
    {
        var text = node.Value;
        var location = node.Location;
        switch (type.Kind)
        {
            case ScalarKind.Text:
                if (type.Pattern is { } pattern && !Matches(pattern, text))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BadPattern, location, text, field.Key, type.PatternHint ?? pattern));
                    return null;
                }
                return new TextValue(text, location);

            case ScalarKind.Int:
                if (!node.Plain || !IntPattern.IsMatch(text) || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    return WrongType(field, node, Expected(type));
                }
                if (type.Minimum is { } min && integer < min)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OutOfRange, location, field.Key, "at least " + min.ToString(CultureInfo.InvariantCulture), text));
                    return null;
                }
                return new IntValue(integer, location);

            case ScalarKind.Number:
                if (!node.Plain || !NumberPattern.IsMatch(text))
                {
                    return WrongType(field, node, Expected(type));
                }
                if (!ExactNumber.TryRead(text, out var number, out var problem, out var advice))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InexactNumber, location, text, problem, advice));
                    return null;
                }
                return new NumberValue(number, location);

            case ScalarKind.Bool:
                if (node.Plain && (text == "true" || text == "True" || text == "TRUE")) return new BoolValue(true, location);
                if (node.Plain && (text == "false" || text == "False" || text == "FALSE")) return new BoolValue(false, location);
                return WrongType(field, node, Expected(type));

            case ScalarKind.Date:
                // YYYY-MM-DD, its digits read in place.
                if (text.Length != 10 || text[4] != '-' || text[7] != '-'
                    || !Edtf.TryNumber(text, 0, 4, out var year) || !Edtf.TryNumber(text, 5, 7, out var month) || !Edtf.TryNumber(text, 8, 10, out var day))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BadDate, location, text, "date", "expected YYYY-MM-DD"));
                    return null;
                }
                if (!SimpleDate.IsValid(year, month, day))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BadDate, location, text, "date", "no such day in the calendar"));
                    return null;
                }
                return new DateValue(new SimpleDate(year, month, day), location);

            case ScalarKind.Edtf:
                var edtf = Edtf.Parse(text);
                if (!edtf.IsValid)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BadDate, location, text, "EDTF value", edtf.Error!));
                    return null;
                }
                return new EdtfValue(text, edtf.Earliest, edtf.Latest, location);

            case ScalarKind.Enum:
                var vocabulary = SchemaCatalog.Vocabulary(type.Vocabulary!);
                if (vocabulary.Find(text) is null)
                {
                    var allowed = vocabulary.Members.Select(m => m.Yaml).ToArray();
                    var nearest = suggestions.Nearest(text, allowed);
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BadEnum, location, text, vocabulary.Name, field.Key,
                        nearest is null ? "" : " (did you mean '" + nearest + "'?)", string.Join(", ", allowed)));
                    return null;
                }
                return new EnumValue(vocabulary.Name, text, location);

            case ScalarKind.Ref:
                return ReadReference(node, type.RefKinds, field);

            case ScalarKind.Id:
                return new TextValue(text, location);

            default:
                throw new InvalidOperationException("unknown scalar kind");
        }
    }

    /// <summary>
    /// <c>kind:slug</c>, or <c>stmt:slug#key</c> for a claim. The prefix decides the kind, so a wrong
    /// kind is reported rather than guessed. A "TODO:" placeholder (a draft's speaker not yet known) is
    /// kept as text: it warns as any placeholder does (STMT0072), is not looked up, and is encoded as
    /// no reference.
    /// </summary>
    private Value? ReadReference(YScalar node, RefKind accepted, FieldDef field)
    {
        var text = node.Value;
        if (Placeholders.IsPlaceholder(text)) return new TextValue(text, node.Location);
        var kind = References.KindOf(text);
        if (kind is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BadPattern, node.Location, text, field.Key, "a reference such as " + References.Describe(accepted, example: true)));
            return null;
        }

        if ((kind.Value & accepted) == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongReferenceKind, node.Location, field.Key, text, References.Describe(accepted, example: false)));
            return null;
        }

        return new RefValue(kind.Value, text, node.Location);
    }

    /// <summary><c>said: 2024-10-28</c> stands for <c>{edtf: 2024-10-28, precision: day, basis: stated}</c>.</summary>
    private Value? ReadTimeShorthand(YScalar node, FieldDef field)
    {
        var edtf = Edtf.Parse(node.Value);
        if (!edtf.IsValid)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BadDate, node.Location, node.Value, "EDTF value", edtf.Error!));
            return null;
        }

        if (edtf.Precision is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongType, node.Location, field.Key,
                "a single date when written as a bare value (an interval needs the mapping form with precision and basis)", "the interval '" + node.Value + "'"));
            return null;
        }

        var location = node.Location;
        return new ObjectValue("TimeRef", new[]
        {
            new FieldValue("edtf", new EdtfValue(node.Value, edtf.Earliest, edtf.Latest, location), location),
            new FieldValue("precision", new EnumValue("TimePrecision", edtf.Precision, location), location),
            new FieldValue("basis", new EnumValue("TimeBasis", "stated", location), location),
        }.ToEquatableArray(), location);
    }

    /// <summary>The builder's items as an array: its own when every slot was filled (no copy), else a copy of those filled.</summary>
    private static EquatableArray<T> Finish<T>(ImmutableArray<T>.Builder builder) where T : IEquatable<T>
        => new(builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable());

    private Value? WrongType(FieldDef field, YNode node, string expected)
    {
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongType, node.Location, field.Key, expected, node.Describe()));
        return null;
    }

    private static string Expected(ScalarType type) => type.Kind switch
    {
        ScalarKind.Int => type.Minimum is { } min ? "a whole number from " + min.ToString(CultureInfo.InvariantCulture) + " to 2147483647" : "a whole number",
        ScalarKind.Number => "a number",
        ScalarKind.Bool => "true or false",
        ScalarKind.Date => "a date (YYYY-MM-DD)",
        ScalarKind.Edtf => "an EDTF date",
        ScalarKind.Enum => "one of " + string.Join(", ", SchemaCatalog.Vocabulary(type.Vocabulary!).Members.Select(m => m.Yaml)),
        ScalarKind.Ref => References.Describe(type.RefKinds, example: false),
        _ => "text",
    };

    private static bool Matches(string pattern, string text)
    {
        Regex? regex;
        lock (PatternCache)
        {
            if (!PatternCache.TryGetValue(pattern, out regex))
            {
                regex = new Regex("^(?:" + pattern + @")\z", RegexOptions.CultureInvariant);
                PatternCache[pattern] = regex;
            }
        }
        return regex.IsMatch(text);
    }

    /// <summary>The first line of a mapping: where a missing key is reported.</summary>
    private static LocationInfo FirstLine(YMapping mapping)
    {
        var location = mapping.Location;
        var start = location.LineSpan.Start;
        if (location.LineSpan.End.Line == start.Line) return location;
        var firstKey = mapping.Entries.Count > 0 ? mapping.Entries[0].KeyLocation : location;
        return firstKey;
    }
}
