using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes C# source with indentation, one line at a time. Lines always end in '\n', so the output is the same
/// byte for byte on every operating system.
/// </summary>
/// <remarks>
/// Every long loop of the emitter writes lines, so the writer is where cancellation is honoured: it checks the
/// token every <see cref="LinesPerCancellationCheck"/> lines, and a cancelled build stops within one such batch.
/// The text is kept in blocks of at most <see cref="MaxBlock"/> characters and handed to the compiler as a
/// <see cref="SourceText"/> over those blocks (<see cref="ToSourceText"/>), not a copy: a large catalog's file is
/// tens of megabytes, and one string of it would be an object on the large object heap for every build, and a copy
/// into the compiler's own chunks as many bytes again.
/// </remarks>
/// <param name="cancellationToken">Checked while writing; cancellation throws <see cref="OperationCanceledException"/>.</param>
internal sealed class SourceWriter(CancellationToken cancellationToken = default)
{
    private const string IndentUnit = "    ";

    /// <summary>How many lines are written between two checks of the cancellation token (a power of two).</summary>
    private const int LinesPerCancellationCheck = 1024;

    /// <summary>The largest block of text, in characters: 32 KB, below the large object heap's threshold.</summary>
    private const int MaxBlock = 16 * 1024;

    /// <summary>The first block, in characters; each next one is twice the last, up to <see cref="MaxBlock"/>.</summary>
    private const int FirstBlock = 1024;

    /// <summary>How many blocks are smaller than <see cref="MaxBlock"/>: 1,024, 2,048, 4,096 and 8,192 characters.</summary>
    private const int GrowingBlocks = 4;

    private readonly List<char[]> _blocks = [new char[FirstBlock]];
    private int _used;
    private int _length;
    private int _indent;
    private int _lines;
    private bool _midLine;

    /// <summary>
    /// Writes one indented line (an empty line has no indentation) and its <c>'\n'</c>; after <see cref="Write(string)"/>,
    /// the rest of that line.
    /// </summary>
    public SourceWriter WriteLine(string line)
    {
        if (line.Length > 0)
        {
            Write(line);
        }

        return EndLine();
    }

    /// <summary>
    /// Writes part of a line: the indentation first, if the line has just begun. Empty text writes nothing, so a line
    /// of nothing but empty parts is an empty line, with no indentation.
    /// </summary>
    public SourceWriter Write(string text)
    {
        if (text.Length == 0)
        {
            return this;
        }

        StartLine();
        Append(text);
        return this;
    }

    /// <summary>Writes <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>, as <see cref="Write(string)"/> writes a string.</summary>
    public SourceWriter Write(string text, int start, int length)
    {
        if (length == 0)
        {
            return this;
        }

        StartLine();
        Append(text, start, length);
        return this;
    }

    /// <inheritdoc cref="Write(string)"/>
    public SourceWriter Write(char c)
    {
        StartLine();
        Append(c);
        return this;
    }

    /// <summary>Ends the line that <see cref="Write(string)"/> began, or writes an empty line.</summary>
    public SourceWriter EndLine()
    {
        if (!_midLine && (_lines & (LinesPerCancellationCheck - 1)) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        _lines++;
        _midLine = false;
        Append('\n');
        return this;
    }

    private void StartLine()
    {
        if (_midLine)
        {
            return;
        }

        if ((_lines & (LinesPerCancellationCheck - 1)) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        _midLine = true;
        for (var i = 0; i < _indent; i++)
        {
            Append(IndentUnit);
        }
    }

    public SourceWriter WriteLine() => WriteLine(string.Empty);

    /// <summary>Writes a block of lines, such as a raw-string template, each indented as by <see cref="WriteLine(string)"/>.</summary>
    public SourceWriter WriteLines(string lines)
    {
        var start = 0;
        while (start <= lines.Length)
        {
            var end = lines.IndexOf('\n', start);
            if (end < 0)
            {
                end = lines.Length;
            }

            // The line without its '\r', if the template has Windows line ends, written from the template itself.
            var length = end - start;
            while (length > 0 && lines[start + length - 1] == '\r')
            {
                length--;
            }

            Write(lines, start, length).EndLine();
            start = end + 1;
        }

        return this;
    }

    /// <summary>Indents later lines by <paramref name="levels"/> more (or fewer, when negative) levels.</summary>
    public SourceWriter Indent(int levels)
    {
        _indent += levels;
        return this;
    }

    /// <summary>Writes <c>{</c> and indents until the returned scope is disposed, which writes <c>}</c> (plus <paramref name="closingSuffix"/>).</summary>
    public Block OpenBlock(string closingSuffix = "")
    {
        WriteLine("{");
        _indent++;
        return new Block(this, closingSuffix);
    }

    /// <summary>
    /// Writes a method body that returns one value per case of <paramref name="value"/>, and
    /// <paramref name="otherwise"/> for any other: <c>{ switch (value) { case A: return X; … default: return Y; } }</c>.
    /// A switch statement, not a switch expression, which C# 7.3 does not have.
    /// </summary>
    public void WriteReturnSwitch(string value, IEnumerable<(string Case, string Result)> cases, string otherwise)
    {
        using (OpenBlock())
        {
            WriteLine("switch (" + value + ")");
            using (OpenBlock())
            {
                foreach (var (label, result) in cases)
                {
                    WriteLine("case " + label + ": return " + result + ";");
                }

                WriteLine("default: return " + otherwise + ";");
            }
        }
    }

    /// <summary>
    /// The text written so far, as the compiler takes a generated file: UTF-8, read from the blocks themselves, not
    /// copied. Writing on is safe: it only writes past the length the text was taken at, which is all the text holds.
    /// </summary>
    public SourceText ToSourceText() => new BlockText(_blocks.ToArray(), _length);

    /// <summary>The text written.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(_length);
        for (var i = 0; i < _blocks.Count; i++)
        {
            text.Append(_blocks[i], 0, BlockLength(i));
        }

        return text.ToString();
    }

    private int BlockLength(int block) => block == _blocks.Count - 1 ? _used : _blocks[block].Length;

    private void Append(char c)
    {
        var block = _blocks[_blocks.Count - 1];
        if (_used == block.Length)
        {
            block = NewBlock(block);
        }

        block[_used++] = c;
        _length++;
    }

    // Blocks double up to the largest size, so a small file takes little and a large one few blocks.
    private char[] NewBlock(char[] last)
    {
        var block = new char[Math.Min(MaxBlock, 2 * last.Length)];
        _blocks.Add(block);
        _used = 0;
        return block;
    }

    private void Append(string text) => Append(text, 0, text.Length);

    private void Append(string text, int start, int length)
    {
        var from = start;
        var end = start + length;
        while (from < end)
        {
            var block = _blocks[_blocks.Count - 1];
            if (_used == block.Length)
            {
                block = NewBlock(block);
            }

            var count = Math.Min(block.Length - _used, end - from);
            text.CopyTo(from, block, _used, count);
            _used += count;
            from += count;
        }

        _length += length;
    }

    /// <summary>
    /// A writer's blocks as a <see cref="SourceText"/>. They are 1,024 characters, doubling up to
    /// <see cref="MaxBlock"/>, then all of that size, so a position's block is found without a search.
    /// </summary>
    private sealed class BlockText(char[][] blocks, int length) : SourceText(checksumAlgorithm: SourceHashAlgorithm.Sha1)
    {
        /// <summary>Characters before the first block of the largest size: 1 + 2 + 4 + 8 blocks of 1,024.</summary>
        private const int GrowingLength = MaxBlock - FirstBlock;

        public override Encoding Encoding => Encoding.UTF8;

        public override int Length => length;

        public override char this[int position]
        {
            get
            {
                if ((uint)position >= (uint)length)
                {
                    throw new ArgumentOutOfRangeException(nameof(position));
                }

                var (block, offset) = Locate(position);
                return blocks[block][offset];
            }
        }

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (sourceIndex < 0 || count < 0 || sourceIndex > length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(sourceIndex));
            }

            var (block, offset) = Locate(sourceIndex);
            while (count > 0)
            {
                var n = Math.Min(count, blocks[block].Length - offset);
                Array.Copy(blocks[block], offset, destination, destinationIndex, n);
                destinationIndex += n;
                count -= n;
                block++;
                offset = 0;
            }
        }

        private static (int Block, int Offset) Locate(int position)
        {
            if (position >= GrowingLength)
            {
                var past = position - GrowingLength;
                return (GrowingBlocks + (past / MaxBlock), past % MaxBlock);
            }

            // Block k starts at (2^k - 1) × 1,024.
            var block = 0;
            var start = 0;
            while (position >= start + (FirstBlock << block))
            {
                start += FirstBlock << block;
                block++;
            }

            return (block, position - start);
        }
    }

    internal readonly struct Block(SourceWriter writer, string closingSuffix) : IDisposable
    {
        public void Dispose()
        {
            writer._indent--;
            writer.WriteLine("}" + closingSuffix);
        }
    }
}
