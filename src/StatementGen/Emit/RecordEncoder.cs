using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Emit;

/// <summary>
/// Lays one entity down as compact data, field by field as <see cref="TypeLayout"/> decides, which the
/// decoders <see cref="DecoderEmitter"/> writes read back by the same layout. The structure is 7-bit
/// text; the places of its strings are left as slots that <see cref="DataLayout"/> fills once it knows
/// which strings other entities share, and the strings are kept once each, as UTF-8.
/// </summary>
/// <remarks>
/// The layout, field by field in catalogue order, then the stored computed members (see <see cref="ComputedLayout"/>):
/// <list type="bullet">
/// <item>a number is a varint: 5 bits per byte, low bits first, each byte <c>'0' + bits</c>, plus 32
/// when more bytes follow; a signed number is zig-zagged first;</item>
/// <item>an optional field other than a string starts with <c>'1'</c> (present) or <c>'0'</c> (absent);</item>
/// <item>a string starts with a varint <c>h</c>: 0 is null; <c>1 + 4n</c> is n UTF-8 bytes that follow;
/// <c>2 + 8k</c> repeats the string at byte k of this entity (k = 0 is its id); <c>6 + 8k</c>, then
/// varints <c>b</c> and <c>n</c>, is the n UTF-8 bytes from byte b of the string at byte k, which is
/// one of the entity's excerpts (a quote, an attribution, an <c>as_stated</c> taken from the words as
/// printed is laid down once, in the excerpt); <c>3 + 4n</c> is n UTF-16 units as 4 hex digits each
/// (only for text holding a lone surrogate, which UTF-8 cannot carry); <c>4 + 4v</c> is the string in
/// the kind's shared pool, piece <c>v &gt;&gt; 18</c>, at byte <c>v &amp; 0x3FFFF</c>;</item>
/// <item>a list is its count then its items; each scalar kind is laid down as its <see cref="ScalarCodec"/>
/// says (a boolean is <c>'1'</c> or <c>'0'</c>; a date is three varints; a decimal is its sign and scale
/// in one varint, then its 96-bit digits as 32-bit varints; an enum is its member's index; an untyped reference is the <c>EntityKind</c> index then the id).</item>
/// </list>
/// The entity's id comes first, inline, so the id table can compare against it without decoding the
/// record. Claim and relation ids are not stored: the decoders derive them from it.
/// </remarks>
internal sealed class RecordEncoder : IWireWriter
{
    /// <summary>The structure, without its strings.</summary>
    private readonly ByteBuffer structure = new(1024);

    /// <summary>Per slot, how many bytes of the structure come before it and the index of its string.</summary>
    private readonly List<int> slots = new();

    /// <summary>The entity's distinct strings, by text, with their indexes.</summary>
    private readonly Dictionary<string, int> strings = new(StringComparer.Ordinal);

    /// <summary>The UTF-8 bytes of the distinct strings, one after another.</summary>
    private readonly ByteBuffer stringBytes = new(2048);

    /// <summary>Per distinct string, the byte of <see cref="stringBytes"/> just past it.</summary>
    private readonly List<int> stringEnds = new();

    /// <summary>The indexes of the entity's excerpts (see <see cref="Excerpts"/>), in order.</summary>
    private readonly List<int> excerpts = new();

    /// <summary>The length of each excerpt in characters, as <see cref="excerpts"/> lists them: what the search budget counts.</summary>
    private readonly List<int> excerptChars = new();

    /// <summary>Per string found in an excerpt: its index, the excerpt's index, and the UTF-8 byte at which it starts there.</summary>
    private readonly List<int> slices = new();

    /// <summary>The renderings checked against an archived text and found in it.</summary>
    private readonly HashSet<ObjectValue> verified = new();

    /// <summary>
    /// The data of one entity, with the name and label the emitter shows beside it;
    /// <paramref name="verifiedRenderings"/> are the indexes of its renderings found in their archived texts.
    /// </summary>
    public static EncodedEntity Encode(EntityFile entity, string label, EquatableArray<int> verifiedRenderings = default)
    {
        // One encoder per thread, its buffers kept from one file to the next (the generator's steps may
        // run on several threads, and a file's encoding is never interrupted by another's on the same one).
        var encoder = reusable ?? new RecordEncoder();
        reusable = null;
        try
        {
            var renderings = entity.Root.GetList("renderings");
            foreach (var index in verifiedRenderings)
            {
                if (index < renderings.Count && renderings[index] is ObjectValue rendering) encoder.verified.Add(rendering);
            }

            encoder.String(entity.Id);
            encoder.Excerpts(entity.Root);
            encoder.Object(entity.Root);
            return encoder.Finish(entity, label);
        }
        finally
        {
            // An encoder that grew for a large file is dropped rather than kept for the life of the thread.
            if (encoder.structure.Capacity <= MaximumKeptBytes && encoder.stringBytes.Capacity <= MaximumKeptBytes
                && encoder.strings.Count <= MaximumKeptStrings && encoder.slots.Count <= 4 * MaximumKeptStrings && encoder.verified.Count <= MaximumKeptStrings)
            {
                reusable = encoder.Cleared();
            }
        }
    }

    /// <summary>The thread's encoder, when it is not in use.</summary>
    [ThreadStatic]
    private static RecordEncoder? reusable;

    /// <summary>The largest buffer an encoder keeps between files.</summary>
    private const int MaximumKeptBytes = 64 * 1024;

    /// <summary>The most strings an entity may have for its encoder to be kept (the look-ups and lists keep their size); its slots may be four times as many.</summary>
    private const int MaximumKeptStrings = 4096;

    /// <summary>Forgets the last entity, keeping the buffers.</summary>
    private RecordEncoder Cleared()
    {
        structure.Clear();
        slots.Clear();
        strings.Clear();
        stringBytes.Clear();
        stringEnds.Clear();
        excerpts.Clear();
        excerptChars.Clear();
        slices.Clear();
        verified.Clear();
        searchBudget = -1;
        return this;
    }

    /// <summary>The entity's data in one array (the structure, then its strings) and its places, packed.</summary>
    private EncodedEntity Finish(EntityFile entity, string label)
    {
        var structureBytes = structure.Length;
        var data = new byte[structureBytes + stringBytes.Length];
        structure.Written.CopyTo(data);
        stringBytes.Written.CopyTo(new Span<byte>(data, structureBytes, stringBytes.Length));
        return new EncodedEntity(entity.Kind, entity.Id, MemberNaming.MemberName(entity.Id), label, entity.IdLocation.Path,
            new EquatableBytes(data), structureBytes, EntityPlaces.Pack(slots, stringEnds, slices));
    }

    /// <summary>
    /// Registers every excerpt of the entity (the <see cref="SchemaCatalog.ExcerptKey"/> of a rendering or
    /// an assertion) as one of its strings before anything else is laid down, so that a string taken from
    /// one, written before or after it, can be laid down as a slice of it. An excerpt that UTF-8 cannot
    /// carry (a lone surrogate) is written as UTF-16 units, in no slot, and holds no slices.
    /// </summary>
    private void Excerpts(Value value)
    {
        switch (value)
        {
            case ObjectValue obj:
                foreach (var field in obj.Fields)
                {
                    if (field.Key == SchemaCatalog.ExcerptKey && field.Value is TextValue excerpt && !HasLoneSurrogate(excerpt.Text))
                    {
                        if (!strings.TryGetValue(excerpt.Text, out var index)) index = Register(excerpt.Text);
                        if (!excerpts.Contains(index))
                        {
                            excerpts.Add(index);
                            excerptChars.Add(excerpt.Text.Length);
                        }
                    }
                    else
                    {
                        Excerpts(field.Value);
                    }
                }
                break;
            case ListValue list:
                foreach (var item in list.Items) Excerpts(item);
                break;
        }
    }

    private void Object(ObjectValue obj)
    {
        var layout = TypeLayout.Of(obj.TypeName);
        foreach (var field in layout.Fields) Field(field, obj.Get(field.Key));
        foreach (var computed in layout.Computed)
        {
            if (computed.Stored is { } stored) Field(stored, computed.Source!(obj, verified));
        }
    }

    /// <summary>Lays one field down in its <see cref="WireShape"/>; a value the field does not take counts as absent.</summary>
    private void Field(FieldLayout field, Value? value)
    {
        switch (field.Shape)
        {
            case WireShape.List:
                var items = value is ListValue list ? list.Items : EquatableArray<Value>.Empty;
                Varint((uint)items.Count);
                foreach (var item in items) One(field, item);
                return;
            case WireShape.DefaultedFlag:
                Flag(value is BoolValue flag ? flag.Flag : field.DefaultFlag);
                return;
            case WireShape.Required:
                One(field, value);
                return;
            case WireShape.NullableString:
                if (field.Takes(value)) One(field, value);
                else Varint(0);
                return;
            default:
                var present = field.Takes(value);
                Flag(present);
                if (present) One(field, value);
                return;
        }
    }

    /// <summary>
    /// One value of a field. A value missing or of the wrong type (a file with errors is never encoded,
    /// so only a placeholder reference gets here) is laid down empty, which keeps the encoder total.
    /// </summary>
    private void One(FieldLayout field, Value? value)
    {
        if (field.Value is ObjectType type) Object(value as ObjectValue ?? new ObjectValue(type.TypeName, EquatableArray<FieldValue>.Empty, LocationInfo.FileStart("")));
        else field.Codec!.Write(this, (ScalarType)field.Value, value);
    }

    /// <inheritdoc />
    public void Flag(bool flag) => Ascii(flag ? '1' : '0');

    /// <inheritdoc />
    public void Varint(uint value) => WireText.Varint(structure, value);

    /// <inheritdoc />
    public void String(string text)
    {
        if (HasLoneSurrogate(text))
        {
            Varint(3 + (4 * (uint)text.Length));
            foreach (var unit in text) foreach (var digit in ((int)unit).ToString("x4", CultureInfo.InvariantCulture)) Ascii(digit);
            return;
        }

        if (!strings.TryGetValue(text, out var index))
        {
            index = Register(text);
            if (index > 0 && Bytes(index).Length >= DataLayout.MinimumSlicedBytes) FindInExcerpts(text, index);
        }
        slots.Add(structure.Length);
        slots.Add(index);
    }

    /// <summary>Adds a distinct string of the entity; returns its index.</summary>
    private int Register(string text)
    {
        var index = strings.Count;
        strings.Add(text, index);
        stringBytes.AppendUtf8(text);
        stringEnds.Add(stringBytes.Length);
        return index;
    }

    /// <summary>The UTF-8 bytes of string <paramref name="index"/>; valid until the next string is added.</summary>
    private ReadOnlySpan<byte> Bytes(int index)
    {
        var start = index == 0 ? 0 : stringEnds[index - 1];
        return stringBytes.Written.Slice(start, stringEnds[index] - start);
    }

    /// <summary>
    /// Notes the first excerpt <paramref name="text"/> occurs in, byte for byte, and the byte at which
    /// it starts there (a match of well-formed UTF-8 in well-formed UTF-8 starts and ends on whole characters).
    /// The search stays linear in the file: only strings of at most <see cref="MaximumSlicedChars"/>
    /// are looked for, and once the excerpts scanned add up to <see cref="SearchBudgetFactor"/> times
    /// their own length in characters (plus <see cref="SearchBudgetBase"/>) the rest of the entity's strings stay whole.
    /// </summary>
    private void FindInExcerpts(string text, int index)
    {
        if (text.Length > MaximumSlicedChars || excerpts.Contains(index)) return;
        if (searchBudget < 0)
        {
            searchBudget = SearchBudgetBase;
            foreach (var chars in excerptChars) searchBudget += SearchBudgetFactor * (long)chars;
        }

        var needle = Bytes(index);
        for (var e = 0; e < excerpts.Count; e++)
        {
            var excerpt = excerpts[e];
            if (searchBudget < excerptChars[e]) return;
            searchBudget -= excerptChars[e];
            var at = Bytes(excerpt).IndexOf(needle);
            if (at < 0) continue;
            slices.Add(index);
            slices.Add(excerpt);
            slices.Add(at);
            return;
        }
    }

    /// <summary>Longer strings are never looked for in the excerpts (a quote is a sentence or two), which bounds each search's cost per character scanned.</summary>
    private const int MaximumSlicedChars = 512;

    /// <summary>The excerpt characters one entity's search may scan, per character of its excerpts.</summary>
    private const long SearchBudgetFactor = 16;

    /// <summary>What an entity's search may scan whatever its excerpts.</summary>
    private const long SearchBudgetBase = 64 * 1024;

    /// <summary>What is left of the entity's search budget; negative until the first search sets it.</summary>
    private long searchBudget = -1;

    private void Ascii(char c) => structure.Append((byte)c);

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
