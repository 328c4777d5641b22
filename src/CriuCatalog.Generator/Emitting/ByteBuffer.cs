using System.Text;

namespace CriuCatalog.Generator.Emitting;

/// <summary>The UTF-8 text of the table as it grows: strings are encoded straight into it, with no array per string.</summary>
internal sealed class ByteBuffer
{
    /// <summary>UTF-8 without a byte-order mark, a lone surrogate as U+FFFD: how the table's text is encoded and read back.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public byte[] Bytes { get; private set; } = new byte[4096];

    /// <summary>The bytes written; setting it lower drops the bytes after.</summary>
    public int Count { get; set; }

    /// <summary>Appends <paramref name="value"/> as UTF-8 (a lone surrogate as U+FFFD) and returns its length in bytes.</summary>
    public int Append(string value)
    {
        var most = Utf8.GetMaxByteCount(value.Length);
        if (Count + most > Bytes.Length)
        {
            var grown = new byte[System.Math.Max(Bytes.Length * 2, Count + most)];
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

    public byte[] ToArray()
    {
        var bytes = new byte[Count];
        System.Buffer.BlockCopy(Bytes, 0, bytes, 0, Count);
        return bytes;
    }
}
