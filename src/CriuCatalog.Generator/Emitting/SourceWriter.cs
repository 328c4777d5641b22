using System;
using System.Text;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes C# source with indentation, one line at a time. Lines always end in '\n', so the output is the same
/// byte for byte on every operating system.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";

    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter WriteLine(string line)
    {
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

    /// <summary>Writes <c>{</c> and indents until the returned scope is disposed, which writes <c>}</c> (plus <paramref name="closingSuffix"/>).</summary>
    public Block OpenBlock(string closingSuffix = "")
    {
        WriteLine("{");
        _indent++;
        return new Block(this, closingSuffix);
    }

    /// <summary>Writes each line of an XML documentation comment, already escaped, behind <c>///</c>.</summary>
    public SourceWriter WriteDocLine(string escapedXml) => WriteLine("/// " + escapedXml);

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
