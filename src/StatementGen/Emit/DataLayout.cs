using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using StatementGen.Model;

namespace StatementGen.Emit;

/// <summary>
/// Places the data of one chunk of a kind's entities: strings that two or more of its entities use go
/// once into the chunk's pool; a string taken from one of its entity's excerpts points at those bytes
/// of the excerpt; the rest stay inline in their entity (repeats inside an entity point back to the
/// first); entities are then cut into pieces of at most <see cref="PieceSize"/> bytes,
/// never splitting one. The result is the text of each <c>"…"u8</c> literal and the directory of where
/// each entity lies, in 6-bit digits. Every literal (piece, pool piece, directory) is padded to the
/// next of a few fixed lengths (<see cref="PaddedLength"/>), so the whole corpus has a bounded handful of
/// literal lengths, and the compiler as many array types for them, whatever its size, while padding
/// adds little: the compiler's time and memory for a <c>u8</c> literal grow with its bytes. The id hash
/// table of a kind, which hangs on its ids alone, is laid out by <see cref="IdSlots"/>.
/// </summary>
internal sealed class DataLayout
{
    /// <summary>The target size of one literal: larger ones cost the compiler more memory. A multiple of <see cref="LengthStep"/>, so a full piece needs no padding beyond it.</summary>
    public const int PieceSize = 64 * 1024;

    /// <summary>
    /// A kind's records go by 2^this to a chunk, each chunk its own pipeline value and file, so a YAML
    /// edit re-emits one chunk's data; 2,048 records is about 1.8 MB of statement data.
    /// </summary>
    public const int ChunkShift = 11;

    /// <summary>The shortest literal: below it, padding to powers of two would add lengths for little data.</summary>
    public const int MinimumLiteralBytes = 64;

    /// <summary>
    /// Literals up to this many bytes are padded to a power of two; longer ones to a multiple of it (up
    /// to <see cref="PieceSize"/>), so no literal carries more than this much padding.
    /// </summary>
    public const int LengthStep = 8 * 1024;

    /// <summary>What pads a literal: never read.</summary>
    private const char Padding = '.';

    /// <summary>
    /// Strings shorter than this are never laid down as a slice of an excerpt: a slice's header and
    /// its two numbers take up to seven bytes for an entity of up to 32 KiB.
    /// </summary>
    public const int MinimumSlicedBytes = 8;

    /// <summary>Strings shorter than this stay inline: a pool reference would not be shorter.</summary>
    private const int MinimumPooledBytes = 4;

    /// <summary>
    /// Longer strings stay inline: what entities share is ids, names, roles and keys; long texts
    /// (excerpts, claims) are their own, and hashing them for nothing would slow every emission.
    /// </summary>
    private const int MaximumPooledBytes = 96;

    /// <summary>
    /// A pool reference holds the piece in the bits above 18 and must stay below 2^29 (its header,
    /// <c>4 + 4v</c>, is read as an int): past this many pool pieces (128 MiB), strings stay inline.
    /// </summary>
    private const int MaxPoolPieces = 1 << 11;

    /// <summary>The directory gives a piece three 6-bit digits.</summary>
    private const int MaxPieces = 1 << 18;

    private DataLayout()
    {
    }

    /// <summary>The entity literals, escaped and padded.</summary>
    public List<StringBuilder> Pieces { get; } = new();

    /// <summary>The pool literals, escaped and padded.</summary>
    public List<StringBuilder> PoolPieces { get; } = new();

    /// <summary>Per entity, seven digits: its piece (three) and its byte offset in the piece (four); then padding.</summary>
    public StringBuilder Directory { get; } = new();

    public static DataLayout Build(IReadOnlyList<EncodedEntity> entities, CancellationToken cancellationToken)
    {
        var layout = new DataLayout();

        // Which strings more than one entity uses (each entity lists its strings once).
        var users = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            for (var i = 0; i < entity.Strings.Count; i++)
            {
                if (!Poolable(entity.StringBytes[i])) continue;
                users.TryGetValue(entity.Strings[i], out var count);
                users[entity.Strings[i]] = count + 1;
            }
        }

        var pool = new Dictionary<string, uint>(StringComparer.Ordinal);
        var poolLength = 0;
        foreach (var entity in entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < entity.Strings.Count; i++)
            {
                var text = entity.Strings[i];
                if (!Poolable(entity.StringBytes[i]) || users[text] < 2 || pool.ContainsKey(text)) continue;
                var header = new StringBuilder();
                var headerLength = WireText.Varint(header, 1 + (4 * (uint)entity.StringBytes[i]));
                var size = headerLength + entity.StringBytes[i];
                if (layout.PoolPieces.Count == 0 || (poolLength > 0 && poolLength + size > PieceSize))
                {
                    if (layout.PoolPieces.Count == MaxPoolPieces) continue;
                    if (layout.PoolPieces.Count > 0) Pad(layout.PoolPieces[layout.PoolPieces.Count - 1], poolLength);
                    layout.PoolPieces.Add(new StringBuilder());
                    poolLength = 0;
                }
                pool.Add(text, ((uint)(layout.PoolPieces.Count - 1) << 18) | (uint)poolLength);
                layout.PoolPieces[layout.PoolPieces.Count - 1].Append(header).Append(text);
                poolLength += size;
            }
        }
        if (layout.PoolPieces.Count > 0) Pad(layout.PoolPieces[layout.PoolPieces.Count - 1], poolLength);

        var pieceLength = 0;
        var literal = new StringBuilder();
        foreach (var entity in entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            literal.Clear();
            var length = Write(entity, pool, literal);
            if (layout.Pieces.Count == 0 || (pieceLength > 0 && pieceLength + length > PieceSize))
            {
                // 2^18 pieces of 64 KiB is 16 GiB of data, far past what a compiler takes in.
                if (layout.Pieces.Count == MaxPieces) throw new InvalidOperationException("more corpus data than the directory can address");
                if (layout.Pieces.Count > 0) Pad(layout.Pieces[layout.Pieces.Count - 1], pieceLength);
                layout.Pieces.Add(new StringBuilder());
                pieceLength = 0;
            }
            Digits(layout.Directory, layout.Pieces.Count - 1, 3);
            Digits(layout.Directory, pieceLength, 4);
            layout.Pieces[layout.Pieces.Count - 1].Append(literal);
            pieceLength += length;
        }

        if (layout.Pieces.Count > 0) Pad(layout.Pieces[layout.Pieces.Count - 1], pieceLength);
        Pad(layout.Directory, layout.Directory.Length);
        return layout;
    }

    /// <summary>
    /// The open-addressing id table of a kind: a power of two of slots, at least twice the ids (and at
    /// least <see cref="MinimumLiteralBytes"/> digits in all), each of
    /// <c>Width</c> digits (1, 2 or 4, so the table's length is a power of two too) holding an id's
    /// index plus one (0 for empty), probed linearly from <see cref="CorpusHash.Of"/>.
    /// </summary>
    public static (string Slots, int Width) IdSlots(IReadOnlyList<string> ids)
    {
        var width = 1;
        while (width <= 4 && 1L << (6 * width) <= ids.Count) width *= 2;

        // The run-time probe finds a slot by a shift of 0, 1 or 2 (EntityTable), so four digits is the most.
        if (width > 4) throw new InvalidOperationException("more than 16,777,215 entities of one kind do not fit the id table's slots");
        var slotCount = 1;
        while (slotCount < ids.Count * 2 || slotCount * width < MinimumLiteralBytes) slotCount *= 2;
        var slots = new int[slotCount];
        for (var i = 0; i < ids.Count; i++)
        {
            var slot = (int)(CorpusHash.Of(ids[i]) & (uint)(slotCount - 1));
            while (slots[slot] != 0) slot = (slot + 1) & (slotCount - 1);
            slots[slot] = i + 1;
        }
        var text = new StringBuilder(slotCount * width);
        foreach (var entry in slots) Digits(text, entry, width);
        return (text.ToString(), width);
    }

    /// <summary>
    /// The length a literal of <paramref name="bytes"/> bytes is padded to: the next power of two from
    /// <see cref="MinimumLiteralBytes"/> up to <see cref="LengthStep"/>, then the next multiple of
    /// <see cref="LengthStep"/> up to <see cref="PieceSize"/>: at most 15 lengths in all. (Only a piece
    /// holding one entity larger than a piece is longer: it goes to a multiple of <see cref="PieceSize"/>.)
    /// </summary>
    public static int PaddedLength(int bytes)
    {
        if (bytes > PieceSize) return (bytes + PieceSize - 1) / PieceSize * PieceSize;
        if (bytes > LengthStep) return (bytes + LengthStep - 1) / LengthStep * LengthStep;
        var length = MinimumLiteralBytes;
        while (length < bytes) length *= 2;
        return length;
    }

    /// <summary>Pads a literal of <paramref name="bytes"/> bytes to its <see cref="PaddedLength"/>.</summary>
    private static void Pad(StringBuilder literal, int bytes) => literal.Append(Padding, PaddedLength(bytes) - bytes);

    /// <summary>
    /// Cuts ASCII text that is read through its true length (see <c>IndexEmitter</c>) into literals: pieces
    /// of exactly <see cref="PieceSize"/> bytes, then the rest padded to its <see cref="PaddedLength"/>
    /// (text of at most one piece is one literal), so text of any size adds no array type beyond the
    /// bounded few and carries at most <see cref="LengthStep"/> bytes of padding.
    /// </summary>
    public static List<string> CutAscii(StringBuilder text)
    {
        var pieces = new List<string>();
        var at = 0;
        while (text.Length - at > PieceSize)
        {
            pieces.Add(text.ToString(at, PieceSize));
            at += PieceSize;
        }

        var rest = new StringBuilder(text.ToString(at, text.Length - at));
        Pad(rest, rest.Length);
        pieces.Add(rest.ToString());
        return pieces;
    }

    private static bool Poolable(int bytes) => bytes >= MinimumPooledBytes && bytes <= MaximumPooledBytes;

    /// <summary>How one slot's string is laid down (see <see cref="RecordEncoder"/> for the headers).</summary>
    private enum SlotForm
    {
        /// <summary>The string's UTF-8 bytes: its first use, when it is neither pooled nor a slice.</summary>
        Inline,

        /// <summary>A pointer back to the string's first, inline, use.</summary>
        Repeat,

        /// <summary>A pointer into the chunk's pool.</summary>
        Pooled,

        /// <summary>A pointer to bytes of one of the entity's excerpts, which may come before or after it.</summary>
        Sliced,
    }

    /// <summary>Writes one entity's escaped data, filling its string slots; returns its length in bytes.</summary>
    private static int Write(EncodedEntity entity, Dictionary<string, uint> pool, StringBuilder output)
    {
        var structure = entity.Structure;
        var count = entity.SlotOffsets.Count;

        // Where each slot lies in the structure, which string it names, and each string's first slot.
        var slotStart = new int[count];
        var slotEnd = new int[count];
        var slotString = new int[count];
        var firstSlot = new int[entity.Strings.Count];
        for (var i = 0; i < firstSlot.Length; i++) firstSlot[i] = -1;
        var from = 0;
        for (var slot = 0; slot < count; slot++)
        {
            slotStart[slot] = structure.IndexOf(WireText.Slot, from);
            slotEnd[slot] = structure.IndexOf(WireText.SlotEnd, slotStart[slot]);
            var index = 0;
            for (var k = slotStart[slot] + 1; k < slotEnd[slot]; k++) index = (index * 10) + (structure[k] - '0');
            slotString[slot] = index;
            if (firstSlot[index] < 0) firstSlot[index] = slot;
            from = slotEnd[slot] + 1;
        }

        // The excerpt each string may be a slice of (an excerpt is never itself a slice, so its first slot is inline or pooled).
        var sliceOf = new int[entity.Strings.Count];
        var sliceAt = new int[entity.Strings.Count];
        for (var i = 0; i < sliceOf.Length; i++) sliceOf[i] = -1;
        for (var i = 0; i + 2 < entity.Slices.Count; i += 3)
        {
            if (firstSlot[entity.Slices[i + 1]] < 0) continue;
            sliceOf[entity.Slices[i]] = entity.Slices[i + 1];
            sliceAt[entity.Slices[i]] = entity.Slices[i + 2];
        }

        // Each string is laid down one way at every use: pooled if shared with other entities (the
        // shortest pointer), else a slice of an excerpt, else inline once and repeated after.
        var forms = new SlotForm[count];
        var pooledAt = new uint[count];
        for (var slot = 0; slot < count; slot++)
        {
            var index = slotString[slot];
            forms[slot] = index > 0 && Poolable(entity.StringBytes[index]) && pool.TryGetValue(entity.Strings[index], out pooledAt[slot]) ? SlotForm.Pooled
                : sliceOf[index] >= 0 ? SlotForm.Sliced
                : firstSlot[index] == slot ? SlotForm.Inline
                : SlotForm.Repeat;
        }

        // Each slot's byte in the entity. A slice may point forward, at an excerpt laid down after it,
        // whose byte depends on the sizes of the slots between. Starting from the least each byte can be
        // (no string bytes before it), every pass recomputes the bytes from the sizes the last pass's
        // bytes give; bytes only grow and are bounded, so the passes stop once none moves (two or three).
        var bytes = new int[count];
        for (var slot = 0; slot < count; slot++) bytes[slot] = entity.SlotOffsets[slot];
        bool moved;
        do
        {
            moved = false;
            var before = 0;
            for (var slot = 0; slot < count; slot++)
            {
                var here = entity.SlotOffsets[slot] + before;
                moved |= here != bytes[slot];
                bytes[slot] = here;
                before += SlotBytes(slot);
            }
        }
        while (moved);

        var filled = 0; // bytes written into slots so far
        from = 0;
        for (var slot = 0; slot < count; slot++)
        {
            output.Append(structure, from, slotStart[slot] - from);
            from = slotEnd[slot] + 1;
            var index = slotString[slot];
            var length = (uint)entity.StringBytes[index];
            switch (forms[slot])
            {
                case SlotForm.Inline:
                    filled += WireText.Varint(output, 1 + (4 * length));
                    output.Append(entity.Strings[index]);
                    filled += (int)length;
                    break;
                case SlotForm.Repeat:
                    filled += WireText.Varint(output, 2 + (8 * (uint)bytes[firstSlot[index]]));
                    break;
                case SlotForm.Pooled:
                    filled += WireText.Varint(output, 4 + (4 * pooledAt[slot]));
                    break;
                default:
                    filled += WireText.Varint(output, 6 + (8 * (uint)bytes[firstSlot[sliceOf[index]]]));
                    filled += WireText.Varint(output, (uint)sliceAt[index]);
                    filled += WireText.Varint(output, length);
                    break;
            }
        }
        output.Append(structure, from, structure.Length - from);
        return entity.StructureBytes + filled;

        int SlotBytes(int slot)
        {
            var index = slotString[slot];
            var length = (uint)entity.StringBytes[index];
            return forms[slot] switch
            {
                SlotForm.Inline => WireText.VarintLength(1 + (4 * length)) + (int)length,
                SlotForm.Repeat => WireText.VarintLength(2 + (8 * (uint)bytes[firstSlot[index]])),
                SlotForm.Pooled => WireText.VarintLength(4 + (4 * pooledAt[slot])),
                _ => WireText.VarintLength(6 + (8 * (uint)bytes[firstSlot[sliceOf[index]]])) + WireText.VarintLength((uint)sliceAt[index]) + WireText.VarintLength(length),
            };
        }
    }

    /// <summary>Appends <paramref name="value"/> as <paramref name="width"/> digits of 6 bits (<c>'0' + bits</c>), most significant first.</summary>
    private static void Digits(StringBuilder output, int value, int width)
    {
        for (var i = width - 1; i >= 0; i--) output.Append((char)('0' + ((value >> (6 * i)) & 63)));
    }
}
