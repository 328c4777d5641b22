using System;
using System.Text;
using System.Threading;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes C# source with indentation, one line at a time. Lines always end in '\n', so the output is the same
/// byte for byte on every operating system.
/// </summary>
/// <remarks>
/// Every long loop of the emitter writes lines, so the writer is where cancellation is honoured: it checks the
/// token every <see cref="LinesPerCancellationCheck"/> lines, and a cancelled build stops within one such batch.
/// </remarks>
/// <param name="cancellationToken">Checked while writing; cancellation throws <see cref="OperationCanceledException"/>.</param>
internal sealed class SourceWriter(CancellationToken cancellationToken = default)
{
    private const string IndentUnit = "    ";

    /// <summary>How many lines are written between two checks of the cancellation token (a power of two).</summary>
    private const int LinesPerCancellationCheck = 1024;

    private readonly StringBuilder _builder = new();
    private int _indent;
    private int _lines;

    /// <summary>Writes one indented line (an empty line has no indentation) and its <c>'\n'</c>.</summary>
    public SourceWriter WriteLine(string line)
    {
        if ((_lines++ & (LinesPerCancellationCheck - 1)) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (line.Length > 0)
        {
            for (var i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(line);
        }

        _builder.Append('\n');
        return this;
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

    public override string ToString() => _builder.ToString();

    internal readonly struct Block(SourceWriter writer, string closingSuffix) : IDisposable
    {
        public void Dispose()
        {
            writer._indent--;
            writer.WriteLine("}" + closingSuffix);
        }
    }
}
