using System;

namespace StatementGen.Model;

/// <summary>
/// Bytes compared by value, in one array: the data of an encoded entity. Kept as UTF-8, not as
/// strings, it takes about half the memory, with no object per string.
/// </summary>
internal readonly struct EquatableBytes : IEquatable<EquatableBytes>
{
    private readonly byte[]? bytes;

    /// <summary>Wraps <paramref name="bytes"/>, which nothing may change after.</summary>
    public EquatableBytes(byte[] bytes) => this.bytes = bytes;

    public ReadOnlySpan<byte> Span => bytes;

    public int Length => bytes?.Length ?? 0;

    /// <summary>The array itself, for look-ups keyed by a range of it; never to be written.</summary>
    public byte[] Array => bytes ?? System.Array.Empty<byte>();

    public bool Equals(EquatableBytes other) => Span.SequenceEqual(other.Span);

    public override bool Equals(object? obj) => obj is EquatableBytes other && Equals(other);

    public override int GetHashCode() => Hash(Span);

    /// <summary>A hash of <paramref name="bytes"/> (FNV-1a), for every look-up keyed by bytes.</summary>
    public static int Hash(ReadOnlySpan<byte> bytes)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var b in bytes) hash = (hash ^ b) * 16777619;
            return hash;
        }
    }
}
