using System.IO;
using System.Text;

namespace CriuCatalog.Demo;

/// <summary>
/// Drops the spaces at the end of each line. Spectre pads grid cells, chart rows and titles to their width, which
/// a terminal does not show but a file keeps.
/// </summary>
internal sealed class TrailingSpaceTrimmer(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    private int _pendingSpaces;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        switch (value)
        {
            case ' ':
                _pendingSpaces++;
                return;
            case '\n' or '\r':
                _pendingSpaces = 0;
                break;
            default:
                for (; _pendingSpaces > 0; _pendingSpaces--)
                {
                    inner.Write(' ');
                }

                break;
        }

        inner.Write(value);
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? "")
        {
            Write(c);
        }
    }

    public override void Flush() => inner.Flush();
}
