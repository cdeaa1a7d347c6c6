using System;
using StatementGen.Model;

namespace StatementGen.Emit;

/// <summary>A string of an encoded entity, by its UTF-8 bytes, as a key of <see cref="DataLayout"/>'s look-up of shared strings: equal when the bytes are.</summary>
internal readonly struct Utf8Range : IEquatable<Utf8Range>
{
    private readonly byte[] array;
    private readonly int start;
    private readonly int length;

    private Utf8Range(byte[] array, int start, int length)
    {
        this.array = array;
        this.start = start;
        this.length = length;
    }

    public static Utf8Range Of(EncodedEntity entity, EntityPlaces places, int index) => new(entity.Data.Array, places.StringStart[index], places.StringLength[index]);

    private ReadOnlySpan<byte> Bytes => new(array, start, length);

    public bool Equals(Utf8Range other) => Bytes.SequenceEqual(other.Bytes);

    public override bool Equals(object? obj) => obj is Utf8Range other && Equals(other);

    public override int GetHashCode() => EquatableBytes.Hash(Bytes);
}
