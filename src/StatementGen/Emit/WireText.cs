using System.Text;

namespace StatementGen.Emit;

/// <summary>
/// The text of the data before it becomes a <c>"…"u8</c> literal: varints, and the string slots the
/// encoder leaves for <see cref="DataLayout"/> to fill. Both sides write through here.
/// </summary>
internal static class WireText
{
    /// <summary>Opens a string slot in the structure: the string's index in decimal digits follows, then <see cref="SlotEnd"/>.</summary>
    public const char Slot = '\u0001';

    /// <summary>Closes a string slot.</summary>
    public const char SlotEnd = '\u0002';

    /// <summary>
    /// Appends a varint, 5 bits per byte, low bits first, each byte <c>'0' + bits</c>, plus 32 when
    /// more bytes follow (escaping the one digit that needs it in a literal); returns its length in bytes.
    /// </summary>
    public static int Varint(StringBuilder output, uint value)
    {
        var length = 0;
        while (true)
        {
            var digit = (char)('0' + (value & 31) + (value >= 32 ? 32 : 0));
            if (digit == '\\') output.Append('\\');
            output.Append(digit);
            length++;
            if (value < 32) return length;
            value >>= 5;
        }
    }

    /// <summary>The bytes <see cref="Varint"/> takes for <paramref name="value"/>.</summary>
    public static int VarintLength(uint value)
    {
        var length = 1;
        while (value >= 32)
        {
            value >>= 5;
            length++;
        }
        return length;
    }
}
