using System;
using System.Linq;
using System.Text;
using CriuCatalog.Generator.Emitting;
using CsCheck;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The writer keeps its text in blocks and hands the compiler a <see cref="Microsoft.CodeAnalysis.Text.SourceText"/>
/// read from them. These check both against the text built here line by line, across block boundaries, for files
/// small enough to be read into one string and large enough to be read in chunks.
/// </summary>
public class SourceWriterTests
{
    private static readonly Gen<(int Indent, string Line)[]> Lines = Gen.Select(
            Gen.Int[0, 3],
            Gen.Frequency((6, Gen.Char['a', 'z']), (1, Gen.Char[' ', '~']), (1, Gen.OneOf('\u00E9', '\u4E2D', '\uD83D', '\uDE00')))
                .Array[0, 300]
                .Select(chars => new string(chars)))
        .Array[1, 400];

    [Fact]
    public void The_source_text_is_every_line_as_written_in_any_size_of_file()
        => Lines.Sample(lines =>
        {
            var (writer, expected) = Write(lines);
            var text = writer.ToSourceText();
            Assert.Equal(expected, text.ToString());
            Assert.Equal(expected, writer.ToString());
            Assert.Equal(expected.Length, text.Length);
            Assert.Equal(Encoding.UTF8.WebName, text.Encoding?.WebName);
        }, iter: 300);

    [Fact]
    public void A_file_past_the_chunked_size_reads_back_whole()
    {
        // 3,000 lines of 60 characters: 183,000 characters, read in chunks and across a dozen blocks.
        var lines = Enumerable.Range(0, 3_000).Select(i => (i % 3, $"line {i:D5} " + new string('x', 49))).ToArray();
        var (writer, expected) = Write(lines);
        var text = writer.ToSourceText();

        Assert.True(expected.Length > 100_000);
        Assert.Equal(expected, text.ToString());
        Assert.Equal(3_001, text.Lines.Count);
        Assert.Equal("        line 02999 " + new string('x', 49), text.Lines[2_999].ToString());
    }

    [Fact]
    public void The_source_text_over_the_blocks_reads_any_character_and_span_and_hashes_as_the_same_text_would()
    {
        // 40,000 characters: the four growing blocks, then blocks of the largest size, the last one part full.
        var lines = Enumerable.Range(0, 800).Select(i => (i % 2, $"{i:D4}" + new string((char)('a' + (i % 26)), 45))).ToArray();
        var (writer, expected) = Write(lines);
        var text = writer.ToSourceText();
        var same = Microsoft.CodeAnalysis.Text.SourceText.From(expected, Encoding.UTF8, Microsoft.CodeAnalysis.Text.SourceHashAlgorithm.Sha1);

        Assert.Equal(expected.Length, text.Length);
        foreach (var position in new[] { 0, 1023, 1024, 3071, 3072, 7167, 7168, 15359, 15360, 31743, 31744, expected.Length - 1 })
        {
            Assert.Equal(expected[position], text[position]);
        }

        Gen.Select(Gen.Int[0, expected.Length], Gen.Int[0, expected.Length]).Sample((a, b) =>
        {
            var span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(Math.Min(a, b), Math.Max(a, b));
            Assert.Equal(expected.Substring(span.Start, span.Length), text.ToString(span));
        }, iter: 500);

        Assert.Throws<ArgumentOutOfRangeException>(() => text[expected.Length]);
        Assert.Equal(Convert.ToHexString(same.GetChecksum().AsSpan()), Convert.ToHexString(text.GetChecksum().AsSpan()));
        Assert.True(same.ContentEquals(text));
        Assert.Equal(same.Lines.Count, text.Lines.Count);
    }

    [Fact]
    public void Writing_on_after_taking_the_source_text_leaves_that_text_as_it_was()
    {
        var writer = new SourceWriter();
        writer.WriteLine(new string('x', 1_000));
        var text = writer.ToSourceText();
        writer.WriteLine(new string('y', 5_000));

        Assert.Equal(new string('x', 1_000) + "\n", text.ToString());
        Assert.Equal(6_002, writer.ToSourceText().Length);
    }

    [Fact]
    public void A_line_written_in_pieces_is_the_line_written_whole()
        => Lines.Sample(lines =>
        {
            var (whole, expected) = Write(lines);
            var pieces = new SourceWriter();
            var indent = 0;
            foreach (var (level, line) in lines)
            {
                pieces.Indent(level - indent);
                indent = level;

                // Cut each line at thirds: a string, a character at a time, then the rest as a slice, or with the
                // line's end.
                var first = line.Length / 3;
                var second = 2 * line.Length / 3;
                pieces.Write(line[..first]);
                foreach (var c in line[first..second])
                {
                    pieces.Write(c);
                }

                if (line.Length % 2 == 0)
                {
                    pieces.Write(line, second, line.Length - second).EndLine();
                }
                else
                {
                    pieces.WriteLine(line[second..]);
                }
            }

            Assert.Equal(expected, pieces.ToString());
            Assert.Equal(whole.ToString(), pieces.ToSourceText().ToString());
        }, iter: 300);

    [Fact]
    public void EndLine_ends_a_written_line_and_alone_or_after_empty_text_writes_an_empty_one_without_indentation()
    {
        var writer = new SourceWriter().Indent(2);
        writer.Write("a").Write('b').EndLine().EndLine().Write("").EndLine().WriteLine("c");

        Assert.Equal("        ab\n\n\n        c\n", writer.ToString());
    }

    private static (SourceWriter Writer, string Expected) Write((int Indent, string Line)[] lines)
    {
        var writer = new SourceWriter();
        var expected = new StringBuilder();
        var indent = 0;
        foreach (var (level, line) in lines)
        {
            writer.Indent(level - indent);
            indent = level;
            writer.WriteLine(line);
            expected.Append(line.Length == 0 ? string.Empty : new string(' ', 4 * level)).Append(line).Append('\n');
        }

        return (writer, expected.ToString());
    }
}
