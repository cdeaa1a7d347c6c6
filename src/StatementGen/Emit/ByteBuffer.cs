using System;

namespace StatementGen.Emit;

/// <summary>A growable run of bytes: the data of one entity, one piece or one pool piece while it is laid down.</summary>
internal sealed class ByteBuffer
{
    private byte[] bytes;

    public ByteBuffer(int capacity = 256) => bytes = new byte[Math.Max(capacity, 16)];

    /// <summary>How many bytes it holds before it grows.</summary>
    public int Capacity => bytes.Length;

    /// <summary>How many bytes are written.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written so far; valid until the next write.</summary>
    public ReadOnlySpan<byte> Written => new(bytes, 0, Length);

    public void Append(byte value)
    {
        if (Length == bytes.Length) Grow(1);
        bytes[Length++] = value;
    }

    public void Append(ReadOnlySpan<byte> values)
    {
        if (bytes.Length - Length < values.Length) Grow(values.Length);
        values.CopyTo(new Span<byte>(bytes, Length, values.Length));
        Length += values.Length;
    }

    /// <summary>Appends <paramref name="count"/> copies of <paramref name="value"/>.</summary>
    public void Append(byte value, int count)
    {
        if (bytes.Length - Length < count) Grow(count);
        new Span<byte>(bytes, Length, count).Fill(value);
        Length += count;
    }

    /// <summary>Appends the UTF-8 bytes of <paramref name="text"/>, which holds no lone surrogate; returns how many.</summary>
    public int AppendUtf8(string text)
    {
        var most = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (bytes.Length - Length < most) Grow(most);
        var count = System.Text.Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, Length);
        Length += count;
        return count;
    }

    public void Clear() => Length = 0;

    public byte[] ToArray() => Written.ToArray();

    private void Grow(int needed) => Array.Resize(ref bytes, Math.Max(bytes.Length * 2, Length + needed));
}
