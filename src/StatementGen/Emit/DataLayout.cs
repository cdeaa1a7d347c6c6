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
/// never splitting one. The result is the bytes of each <c>"…"u8</c> literal and the directory of where
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
    private const byte Padding = (byte)'.';

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

    /// <summary>The bytes of the entity literals, padded.</summary>
    public List<ByteBuffer> Pieces { get; } = new();

    /// <summary>The bytes of the pool literals, padded.</summary>
    public List<ByteBuffer> PoolPieces { get; } = new();

    /// <summary>Per entity, seven digits: its piece (three) and its byte offset in the piece (four); then padding.</summary>
    public ByteBuffer Directory { get; } = new();

    public static DataLayout Build(IReadOnlyList<EncodedEntity> entities, CancellationToken cancellationToken)
    {
        var layout = new DataLayout();
        var places = new EntityPlaces[entities.Count];
        for (var e = 0; e < places.Length; e++) places[e] = EntityPlaces.Of(entities[e]);

        // Each string short enough to pool, once, in order of first use, with how many entities use it
        // (each entity lists its strings once), and per entity which of them each of its strings is:
        // the one look-up by text per string.
        var shared = new Dictionary<Utf8Range, int>();
        var users = new List<int>();
        var sharedOf = new int[entities.Count][];
        for (var e = 0; e < places.Length; e++)
        {
            var lengths = places[e].StringLength;
            sharedOf[e] = new int[lengths.Length];
            for (var i = 0; i < lengths.Length; i++)
            {
                sharedOf[e][i] = -1;
                if (!Poolable(lengths[i])) continue;
                var text = Utf8Range.Of(entities[e], places[e], i);
                if (!shared.TryGetValue(text, out var k))
                {
                    k = users.Count;
                    shared.Add(text, k);
                    users.Add(0);
                }
                users[k]++;
                sharedOf[e][i] = k;
            }
        }

        // The strings two or more entities use go into the pool, in order of first use.
        var pooled = new bool[users.Count];
        var poolRef = new uint[users.Count];
        var poolLength = 0;
        for (var e = 0; e < places.Length; e++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < sharedOf[e].Length; i++)
            {
                var k = sharedOf[e][i];
                if (k < 0 || users[k] < 2 || pooled[k]) continue;
                var length = places[e].StringLength[i];
                var size = WireText.VarintLength(1 + (4 * (uint)length)) + length;
                if (layout.PoolPieces.Count == 0 || (poolLength > 0 && poolLength + size > PieceSize))
                {
                    if (layout.PoolPieces.Count == MaxPoolPieces) continue;
                    if (layout.PoolPieces.Count > 0) Pad(layout.PoolPieces[layout.PoolPieces.Count - 1]);
                    layout.PoolPieces.Add(new ByteBuffer(PieceSize));
                    poolLength = 0;
                }
                pooled[k] = true;
                poolRef[k] = ((uint)(layout.PoolPieces.Count - 1) << 18) | (uint)poolLength;
                var piece = layout.PoolPieces[layout.PoolPieces.Count - 1];
                WireText.Varint(piece, 1 + (4 * (uint)length));
                piece.Append(entities[e].Data.Span.Slice(places[e].StringStart[i], length));
                poolLength += size;
            }
        }
        if (layout.PoolPieces.Count > 0) Pad(layout.PoolPieces[layout.PoolPieces.Count - 1]);

        var record = new ByteBuffer(4096);
        for (var e = 0; e < places.Length; e++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            record.Clear();
            Write(entities[e], places[e], sharedOf[e], pooled, poolRef, record);
            if (layout.Pieces.Count == 0 || (layout.Pieces[layout.Pieces.Count - 1].Length > 0 && layout.Pieces[layout.Pieces.Count - 1].Length + record.Length > PieceSize))
            {
                // 2^18 pieces of 64 KiB is 16 GiB of data, far past what a compiler takes in.
                if (layout.Pieces.Count == MaxPieces) throw new InvalidOperationException("more corpus data than the directory can address");
                if (layout.Pieces.Count > 0) Pad(layout.Pieces[layout.Pieces.Count - 1]);
                layout.Pieces.Add(new ByteBuffer(PieceSize));
            }
            var current = layout.Pieces[layout.Pieces.Count - 1];
            Digits(layout.Directory, layout.Pieces.Count - 1, 3);
            Digits(layout.Directory, current.Length, 4);
            current.Append(record.Written);
        }

        if (layout.Pieces.Count > 0) Pad(layout.Pieces[layout.Pieces.Count - 1]);
        Pad(layout.Directory);
        return layout;
    }

    /// <summary>
    /// The open-addressing id table of a kind: a power of two of slots, at least twice the ids (and at
    /// least <see cref="MinimumLiteralBytes"/> digits in all), each of
    /// <c>Width</c> digits (1, 2 or 4, so the table's length is a power of two too) holding an id's
    /// index plus one (0 for empty), probed linearly from <see cref="CorpusHash.Of"/>.
    /// </summary>
    public static (ByteBuffer Slots, int Width) IdSlots(IReadOnlyList<string> ids)
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
        var text = new ByteBuffer(slotCount * width);
        foreach (var entry in slots) Digits(text, entry, width);
        return (text, width);
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

    /// <summary>Pads a literal to its <see cref="PaddedLength"/>.</summary>
    private static void Pad(ByteBuffer literal) => literal.Append(Padding, PaddedLength(literal.Length) - literal.Length);

    /// <summary>
    /// Cuts ASCII text that is read through its true length (see <c>IndexEmitter</c>) into literals: pieces
    /// of exactly <see cref="PieceSize"/> bytes, then the rest padded to its <see cref="PaddedLength"/>
    /// (text of at most one piece is one literal), so text of any size adds no array type beyond the
    /// bounded few and carries at most <see cref="LengthStep"/> bytes of padding.
    /// </summary>
    public static List<ByteBuffer> CutAscii(StringBuilder text)
    {
        var pieces = new List<ByteBuffer>();
        var block = new char[4096];
        for (var at = 0; at < text.Length || pieces.Count == 0;)
        {
            var piece = new ByteBuffer(Math.Min(PieceSize, Math.Max(text.Length - at, MinimumLiteralBytes)));
            while (piece.Length < PieceSize && at < text.Length)
            {
                // Copied out a block at a time: a StringBuilder's indexer walks its chunks on every call.
                var count = Math.Min(Math.Min(block.Length, PieceSize - piece.Length), text.Length - at);
                text.CopyTo(at, block, 0, count);
                for (var i = 0; i < count; i++)
                {
                    if (block[i] > 0x7F) throw new InvalidOperationException("index text is ASCII");
                    piece.Append((byte)block[i]);
                }
                at += count;
            }
            pieces.Add(piece);
        }

        Pad(pieces[pieces.Count - 1]);
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

    /// <summary>
    /// Writes one entity's data, its string slots filled; <paramref name="sharedOf"/> says which of the
    /// chunk's poolable strings each of its strings is (or -1), <paramref name="pooled"/> and
    /// <paramref name="poolRef"/> whether each of those is in the pool, and where.
    /// </summary>
    private static void Write(EncodedEntity entity, EntityPlaces places, int[] sharedOf, bool[] pooled, uint[] poolRef, ByteBuffer output)
    {
        var structure = entity.Data.Span.Slice(0, entity.StructureBytes);
        var slotAt = places.SlotAt;
        var slotString = places.SlotString;
        var stringLength = places.StringLength;
        var count = slotAt.Length;

        // Each string's first slot.
        var firstSlot = new int[stringLength.Length];
        for (var i = 0; i < firstSlot.Length; i++) firstSlot[i] = -1;
        for (var slot = 0; slot < count; slot++)
        {
            if (firstSlot[slotString[slot]] < 0) firstSlot[slotString[slot]] = slot;
        }

        // The excerpt each string may be a slice of (an excerpt is never itself a slice, so its first slot is inline or pooled).
        var slices = places.Slices;
        var sliceOf = new int[stringLength.Length];
        var sliceAt = new int[stringLength.Length];
        for (var i = 0; i < sliceOf.Length; i++) sliceOf[i] = -1;
        for (var i = 0; i + 2 < slices.Count; i += 3)
        {
            if (firstSlot[slices[i + 1]] < 0) continue;
            sliceOf[slices[i]] = slices[i + 1];
            sliceAt[slices[i]] = slices[i + 2];
        }

        // Each string is laid down one way at every use: pooled if shared with other entities (the
        // shortest pointer), else a slice of an excerpt, else inline once and repeated after.
        var forms = new SlotForm[count];
        var pooledAt = new uint[count];
        for (var slot = 0; slot < count; slot++)
        {
            var index = slotString[slot];
            var k = sharedOf[index];
            if (index > 0 && k >= 0 && pooled[k]) pooledAt[slot] = poolRef[k];
            forms[slot] = index > 0 && k >= 0 && pooled[k] ? SlotForm.Pooled
                : sliceOf[index] >= 0 ? SlotForm.Sliced
                : firstSlot[index] == slot ? SlotForm.Inline
                : SlotForm.Repeat;
        }

        // Each slot's byte in the entity. A slice may point forward, at an excerpt laid down after it,
        // whose byte depends on the sizes of the slots between. Starting from the least each byte can be
        // (no string bytes before it), every pass recomputes the bytes from the sizes the last pass's
        // bytes give; bytes only grow and are bounded, so the passes stop once none moves (two or three).
        var bytes = new int[count];
        for (var slot = 0; slot < count; slot++) bytes[slot] = slotAt[slot];
        bool moved;
        do
        {
            moved = false;
            var before = 0;
            for (var slot = 0; slot < count; slot++)
            {
                var here = slotAt[slot] + before;
                moved |= here != bytes[slot];
                bytes[slot] = here;
                before += SlotBytes(slot);
            }
        }
        while (moved);

        var from = 0;
        for (var slot = 0; slot < count; slot++)
        {
            var at = slotAt[slot];
            output.Append(structure.Slice(from, at - from));
            from = at;
            Fill(slot, output);
        }
        output.Append(structure.Slice(from));

        int SlotBytes(int slot) => Fill(slot, null);

        // Lays slot's string down as its form says, or only counts its bytes when there is no output.
        int Fill(int slot, ByteBuffer? into)
        {
            var index = slotString[slot];
            var length = (uint)stringLength[index];
            switch (forms[slot])
            {
                case SlotForm.Inline:
                    var header = Number(1 + (4 * length), into);
                    into?.Append(entity.Data.Span.Slice(places.StringStart[index], (int)length));
                    return header + (int)length;
                case SlotForm.Repeat:
                    return Number(2 + (8 * (uint)bytes[firstSlot[index]]), into);
                case SlotForm.Pooled:
                    return Number(4 + (4 * pooledAt[slot]), into);
                default:
                    return Number(6 + (8 * (uint)bytes[firstSlot[sliceOf[index]]]), into) + Number((uint)sliceAt[index], into) + Number(length, into);
            }
        }
    }

    /// <summary>Writes a varint to <paramref name="output"/>, or only counts its bytes when there is none.</summary>
    private static int Number(uint value, ByteBuffer? output) => output is null ? WireText.VarintLength(value) : WireText.Varint(output, value);

    /// <summary>The 6-bit digit <paramref name="position"/> (0 the least significant) of <paramref name="value"/>: <c>'0' + bits</c>.</summary>
    private static char Digit(int value, int position) => (char)('0' + ((value >> (6 * position)) & 63));

    /// <summary>Appends <paramref name="value"/> as <paramref name="width"/> digits of 6 bits, most significant first.</summary>
    private static void Digits(ByteBuffer output, int value, int width)
    {
        for (var i = width - 1; i >= 0; i--) output.Append((byte)Digit(value, i));
    }
}
