using System.Linq;
using System.Text;
using CriuCatalog.Generator.Emitting;
using CsCheck;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The table's text buffer is sized for ASCII text; text that outgrows it (CJK takes three bytes a character, a
/// lone surrogate becomes U+FFFD) must come out as the same UTF-8, with each string's byte length right.
/// </summary>
public class ByteBufferTests
{
    [Fact]
    public void Strings_appended_past_the_capacity_read_back_as_their_UTF8()
        => Gen.Select(Gen.String[Gen.Char, 0, 40].Array[0, 30], Gen.Int[0, 64]).Sample((strings, capacity) =>
        {
            var buffer = new ByteBuffer(capacity);
            var lengths = strings.Select(buffer.Append).ToArray();

            var expected = strings.Select(ByteBuffer.Utf8.GetBytes).ToArray();
            Assert.Equal(expected.Select(b => b.Length), lengths);
            Assert.Equal(expected.SelectMany(b => b), buffer.Bytes.Take(buffer.Count));
            Assert.Equal(buffer.Count, lengths.Sum());
        }, iter: 2000);
}
