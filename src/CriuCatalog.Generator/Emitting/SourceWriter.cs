using System;
using System.Collections.Generic;
using System.IO;
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
/// <see cref="SourceText"/> read from them (<see cref="ToSourceText"/>): a large catalog's file is tens of megabytes,
/// and one string of it, with its copy, would be two objects on the large object heap for every build.
/// </remarks>
/// <param name="cancellationToken">Checked while writing; cancellation throws <see cref="OperationCanceledException"/>.</param>
internal sealed class SourceWriter(CancellationToken cancellationToken = default)
{
    private const string IndentUnit = "    ";

    /// <summary>How many lines are written between two checks of the cancellation token (a power of two).</summary>
    private const int LinesPerCancellationCheck = 1024;

    /// <summary>The largest block of text, in characters: 32 KB, below the large object heap's threshold.</summary>
    private const int MaxBlock = 16 * 1024;

    private readonly List<char[]> _blocks = [new char[1024]];
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

            WriteLine(lines.Substring(start, end - start).TrimEnd('\r'));
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

    /// <summary>The text written, as the compiler takes a generated file: UTF-8, read from the blocks.</summary>
    public SourceText ToSourceText() => SourceText.From(new BlockReader(this), _length, Encoding.UTF8);

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

    private void Append(string text)
    {
        var from = 0;
        while (from < text.Length)
        {
            var block = _blocks[_blocks.Count - 1];
            if (_used == block.Length)
            {
                block = NewBlock(block);
            }

            var count = Math.Min(block.Length - _used, text.Length - from);
            text.CopyTo(from, block, _used, count);
            _used += count;
            from += count;
        }

        _length += text.Length;
    }

    /// <summary>Reads a writer's blocks in order, for <see cref="SourceText.From(TextReader, int, Encoding, SourceHashAlgorithm)"/>.</summary>
    private sealed class BlockReader(SourceWriter writer) : TextReader
    {
        private int _block;
        private int _offset;

        public override int Peek() => Available() ? writer._blocks[_block][_offset] : -1;

        public override int Read() => Available() ? writer._blocks[_block][_offset++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            var read = 0;
            while (read < count && Available())
            {
                var n = Math.Min(count - read, writer.BlockLength(_block) - _offset);
                Array.Copy(writer._blocks[_block], _offset, buffer, index + read, n);
                _offset += n;
                read += n;
            }

            return read;
        }

        /// <summary>Whether a character is left, moving on to the next block when this one is used up.</summary>
        private bool Available()
        {
            while (_block < writer._blocks.Count && _offset == writer.BlockLength(_block))
            {
                _block++;
                _offset = 0;
            }

            return _block < writer._blocks.Count;
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
