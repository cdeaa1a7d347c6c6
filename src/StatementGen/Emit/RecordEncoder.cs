using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Emit;

/// <summary>
/// Lays one entity down as compact data, read back at run time by the decoders
/// <see cref="DecoderEmitter"/> writes. The structure is 7-bit text; strings are left as slots that
/// <see cref="DataLayout"/> fills once it knows which strings other entities share.
/// </summary>
/// <remarks>
/// The layout, field by field in catalogue order (then a time's computed bounds):
/// <list type="bullet">
/// <item>a number is a varint: 5 bits per byte, low bits first, each byte <c>'0' + bits</c>, plus 32
/// when more bytes follow; a signed number is zig-zagged first;</item>
/// <item>an optional field other than a string starts with <c>'1'</c> (present) or <c>'0'</c> (absent);</item>
/// <item>a string starts with a varint <c>h</c>: 0 is null; <c>1 + 4n</c> is n UTF-8 bytes that follow;
/// <c>2 + 4k</c> repeats the string at byte k of this entity (k = 0 is its id); <c>3 + 4n</c> is n
/// UTF-16 units as 4 hex digits each (only for text holding a lone surrogate, which UTF-8 cannot
/// carry); <c>4 + 4v</c> is the string in the kind's shared pool, piece <c>v &gt;&gt; 18</c>, at
/// byte <c>v &amp; 0x3FFFF</c>;</item>
/// <item>a list is its count then its items; a boolean is <c>'1'</c> or <c>'0'</c>; a date is three
/// varints; a decimal is its invariant text; an enum is its member's index; an untyped reference is
/// the <c>EntityKind</c> index then the id.</item>
/// </list>
/// The entity's id comes first, inline, so the id table can compare against it without decoding the
/// record. Claim and relation ids are not stored: the decoders derive them from it.
/// </remarks>
internal sealed class RecordEncoder
{
    /// <summary>Opens a string slot in the structure: the string's index in decimal digits follows, then <see cref="SlotEnd"/>.</summary>
    public const char Slot = '\u0001';

    /// <summary>Closes a string slot.</summary>
    public const char SlotEnd = '\u0002';

    /// <summary>The structure, escaped for a literal, with string slots.</summary>
    private readonly StringBuilder structure = new();
    private readonly List<int> slotOffsets = new();
    private int structureBytes;
    private readonly Dictionary<string, int> strings = new(StringComparer.Ordinal);
    private readonly List<string> escaped = new();
    private readonly List<int> byteLengths = new();

    /// <summary>The renderings checked against an archived text and found in it.</summary>
    private readonly HashSet<ObjectValue> verified = new();

    /// <summary>
    /// The data of one entity, with the names and summary the emitter shows beside it;
    /// <paramref name="verifiedRenderings"/> are the indexes of its renderings found in their archived texts.
    /// </summary>
    public static EncodedEntity Encode(EntityFile entity, string summary, EquatableArray<int> verifiedRenderings = default)
    {
        var encoder = new RecordEncoder();
        var renderings = entity.Root.GetList("renderings");
        foreach (var index in verifiedRenderings)
        {
            if (index < renderings.Count && renderings[index] is ObjectValue rendering) encoder.verified.Add(rendering);
        }

        encoder.String(entity.Id);
        encoder.Object(entity.Root);
        return new EncodedEntity(entity.Kind, entity.Id, MemberNaming.MemberName(entity.Id), summary,
            encoder.structure.ToString(), encoder.structureBytes, encoder.slotOffsets.ToEquatableArray(),
            encoder.escaped.ToEquatableArray(), encoder.byteLengths.ToEquatableArray());
    }

    private void Object(ObjectValue obj)
    {
        var type = SchemaCatalog.Type(obj.TypeName);
        foreach (var field in type.Fields)
        {
            var value = obj.Get(field.Key);
            if (value is NullValue) value = null;
            // A reference that still holds a placeholder is no reference: absent when optional, the empty one when required.
            if (value is TextValue && field.Type is ScalarType { Kind: ScalarKind.Ref }) value = null;
            if (field.Type is ListType list)
            {
                var items = value is ListValue l ? l.Items : EquatableArray<Value>.Empty;
                Varint(items.Count);
                foreach (var item in items) Required(list.Item, item);
                continue;
            }

            if (field.DefaultBool is { } flag)
            {
                Flag(value is BoolValue b ? b.Flag : flag);
            }
            else if (field.Required)
            {
                Required(field.Type, value);
            }
            else if (IsString(field.Type))
            {
                if (value is null) Varint(0);
                else Required(field.Type, value);
            }
            else
            {
                Flag(value is not null);
                if (value is not null) Required(field.Type, value);
            }
        }

        // Claim and relation ids are derived from the owner's id when decoded; the bounds of a time
        // (worked out from its EDTF here) and whether a rendering was verified are stored.
        switch (obj.TypeName)
        {
            case "Rendering":
                Flag(verified.Contains(obj));
                break;
            case "TimeRef":
                var edtf = obj.Get("edtf") as EdtfValue;
                OptionalDate(edtf?.Earliest);
                OptionalDate(edtf?.Latest);
                break;
        }
    }

    /// <summary>Whether a field of this type is read as a string (null needs no presence flag).</summary>
    public static bool IsString(FieldType type) => type is ScalarType { Kind: ScalarKind.Text or ScalarKind.Edtf };

    private void Required(FieldType type, Value? value)
    {
        switch (value)
        {
            case ObjectValue obj:
                Object(obj);
                return;
            case TextValue when type is ScalarType { Kind: ScalarKind.Ref }:
                Placeholder(type);
                return;
            case TextValue text:
                String(text.Text);
                return;
            case EdtfValue edtf:
                String(edtf.Text);
                return;
            case IntValue number:
                var n = (int)number.Number;
                Varint((uint)((n << 1) ^ (n >> 31)));
                return;
            case NumberValue number:
                String(number.Number.ToString(CultureInfo.InvariantCulture));
                return;
            case BoolValue flag:
                Flag(flag.Flag);
                return;
            case DateValue date:
                Date(date.Date);
                return;
            case EnumValue member:
                var vocabulary = SchemaCatalog.Vocabulary(member.Vocabulary);
                Varint(IndexOf(vocabulary, member.Member));
                return;
            case RefValue reference:
                if (!DecoderEmitter.IsTypedReference(((ScalarType)type).RefKinds)) Varint(SchemaCatalog.KindIndex(reference.Kind));
                String(reference.Id);
                return;
            default:
                // A missing required value is an error, and files with errors are not encoded; the
                // placeholder only keeps the encoder total should one ever get here.
                Placeholder(type);
                return;
        }
    }

    private void Placeholder(FieldType type)
    {
        switch (type)
        {
            case ObjectType obj:
                Object(new ObjectValue(obj.TypeName, EquatableArray<FieldValue>.Empty, LocationInfo.FileStart("")));
                break;
            case ScalarType { Kind: ScalarKind.Bool }:
                Flag(false);
                break;
            case ScalarType { Kind: ScalarKind.Date }:
                Date(new SimpleDate(1, 1, 1));
                break;
            case ScalarType { Kind: ScalarKind.Ref } scalar when !DecoderEmitter.IsTypedReference(scalar.RefKinds):
                Varint(0);
                String("");
                break;
            case ScalarType { Kind: ScalarKind.Text or ScalarKind.Edtf or ScalarKind.Id or ScalarKind.Ref }:
                String("");
                break;
            case ScalarType { Kind: ScalarKind.Number }:
                String("0");
                break;
            default:
                Varint(0);
                break;
        }
    }

    private static int IndexOf(VocabularyDef vocabulary, string yaml)
    {
        for (var i = 0; i < vocabulary.Members.Count; i++)
        {
            if (vocabulary.Members[i].Yaml == yaml) return i;
        }
        return 0;
    }

    private void OptionalDate(SimpleDate? date)
    {
        Flag(date is not null);
        if (date is { } value) Date(value);
    }

    private void Date(SimpleDate date)
    {
        Varint((uint)date.Year);
        Varint((uint)date.Month);
        Varint((uint)date.Day);
    }

    private void Flag(bool flag) => Ascii(flag ? '1' : '0');

    private void Varint(int value) => Varint((uint)value);

    private void Varint(uint value) => structureBytes += DataLayout.Varint(structure, value);

    private void String(string text)
    {
        if (HasLoneSurrogate(text))
        {
            Varint(3 + (4 * (uint)text.Length));
            foreach (var unit in text) foreach (var digit in ((int)unit).ToString("x4", CultureInfo.InvariantCulture)) Ascii(digit);
            return;
        }

        if (!strings.TryGetValue(text, out var index))
        {
            index = strings.Count;
            strings.Add(text, index);
            var literal = CSharpLiteral.String(text);
            escaped.Add(literal.Substring(1, literal.Length - 2));
            byteLengths.Add(Encoding.UTF8.GetByteCount(text));
        }
        slotOffsets.Add(structureBytes);
        structure.Append(Slot).Append(index.ToString(CultureInfo.InvariantCulture)).Append(SlotEnd);
    }

    private void Ascii(char c)
    {
        if (c == '\\') structure.Append('\\');
        structure.Append(c);
        structureBytes++;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }
}
