using System.Collections.Generic;
using StatementGen.Model;

namespace StatementGen.Emit;

/// <summary>
/// Where an encoded entity's strings go and lie (see <see cref="EncodedEntity.Places"/>), packed by the
/// encoder into a few bytes per string and unpacked by <see cref="DataLayout"/> for one chunk at a time:
/// as arrays of numbers, they took more memory than the entities' data itself, for every entity of the corpus between runs.
/// The numbers are 7-bit groups, low first, the high bit set on all but the last: the number of slots;
/// per slot, the structure bytes since the slot before and the index of its string; the number of
/// strings; per string its UTF-8 length; then per slice its string, its excerpt and its byte in the excerpt.
/// </summary>
internal sealed class EntityPlaces
{
    private EntityPlaces(int[] slotAt, int[] slotString, int strings)
    {
        SlotAt = slotAt;
        SlotString = slotString;
        StringStart = new int[strings];
        StringLength = new int[strings];
    }

    /// <summary>Per slot, how many bytes of the structure come before it.</summary>
    public int[] SlotAt { get; }

    /// <summary>Per slot, the index of the string it names.</summary>
    public int[] SlotString { get; }

    /// <summary>Per string, the byte of the entity's data at which it starts.</summary>
    public int[] StringStart { get; }

    /// <summary>Per string, its UTF-8 length.</summary>
    public int[] StringLength { get; }

    /// <summary>Per string found in one of the entity's excerpts, three numbers: its index, the excerpt's index, and its byte in the excerpt.</summary>
    public List<int> Slices { get; } = new();

    /// <summary>Packs what the encoder noted: per slot its structure byte and string (pairs), per string the byte just past it among the strings, and the slices (triples).</summary>
    public static EquatableBytes Pack(IReadOnlyList<int> slots, IReadOnlyList<int> stringEnds, IReadOnlyList<int> slices)
    {
        var output = new ByteBuffer(16 + slots.Count + (2 * stringEnds.Count) + (2 * slices.Count));
        Write(output, slots.Count / 2);
        var before = 0;
        for (var i = 0; i + 1 < slots.Count; i += 2)
        {
            Write(output, slots[i] - before);
            Write(output, slots[i + 1]);
            before = slots[i];
        }

        Write(output, stringEnds.Count);
        var start = 0;
        foreach (var end in stringEnds)
        {
            Write(output, end - start);
            start = end;
        }

        foreach (var number in slices) Write(output, number);
        return new EquatableBytes(output.ToArray());
    }

    /// <summary>The places of <paramref name="entity"/>, unpacked.</summary>
    public static EntityPlaces Of(EncodedEntity entity)
    {
        var packed = entity.Places.Span;
        var at = 0;
        var slots = Read(packed, ref at);
        var slotAt = new int[slots];
        var slotString = new int[slots];
        var before = 0;
        for (var i = 0; i < slots; i++)
        {
            before += Read(packed, ref at);
            slotAt[i] = before;
            slotString[i] = Read(packed, ref at);
        }

        var places = new EntityPlaces(slotAt, slotString, Read(packed, ref at));
        var start = entity.StructureBytes;
        for (var i = 0; i < places.StringStart.Length; i++)
        {
            places.StringStart[i] = start;
            places.StringLength[i] = Read(packed, ref at);
            start += places.StringLength[i];
        }

        while (at < packed.Length) places.Slices.Add(Read(packed, ref at));
        return places;
    }

    private static void Write(ByteBuffer output, int number)
    {
        var value = (uint)number;
        while (value >= 0x80)
        {
            output.Append((byte)(value | 0x80));
            value >>= 7;
        }
        output.Append((byte)value);
    }

    private static int Read(System.ReadOnlySpan<byte> packed, ref int at)
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = packed[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
    }
}
