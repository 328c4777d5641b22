using System.Text;

namespace CriuCatalog.Generator.Emitting;

/// <summary>The UTF-8 text of the table as it grows: strings are encoded straight into it, with no array per string.</summary>
/// <param name="capacity">The bytes it is expected to hold: it grows past them by doubling.</param>
internal sealed class ByteBuffer(int capacity)
{
    /// <summary>UTF-8 without a byte-order mark, a lone surrogate as U+FFFD: how the table's text is encoded and read back.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public byte[] Bytes { get; private set; } = new byte[System.Math.Max(capacity, 16)];

    /// <summary>The bytes written; setting it lower drops the bytes after.</summary>
    public int Count { get; set; }

    /// <summary>Appends <paramref name="value"/> as UTF-8 (a lone surrogate as U+FFFD) and returns its length in bytes.</summary>
    public int Append(string value)
    {
        // Near the end the exact length is counted: a buffer sized for the text it will hold then grows only if the
        // text outgrows it, not for a string's worst case.
        if (Count + Utf8.GetMaxByteCount(value.Length) > Bytes.Length && Count + Utf8.GetByteCount(value) is var needed && needed > Bytes.Length)
        {
            var grown = new byte[System.Math.Max(Bytes.Length * 2, needed)];
            System.Buffer.BlockCopy(Bytes, 0, grown, 0, Count);
            Bytes = grown;
        }

        var length = Utf8.GetBytes(value, 0, value.Length, Bytes, Count);
        Count += length;
        return length;
    }

    /// <summary>Whether the <paramref name="length"/> bytes at <paramref name="first"/> and at <paramref name="second"/> are the same.</summary>
    public bool Matches(int first, int second, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (Bytes[first + i] != Bytes[second + i])
            {
                return false;
            }
        }

        return true;
    }
}
