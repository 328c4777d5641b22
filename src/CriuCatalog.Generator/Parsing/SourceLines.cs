using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Parsing;

/// <summary>A line of the file: its zero-based number, where it starts, where its content starts (after a BOM) and ends.</summary>
internal readonly record struct LineSlice(int Number, int Start, int ContentStart, int End);

/// <summary>Splits a catalog's text into lines the way the editor does.</summary>
internal static class SourceLines
{
    /// <summary>The characters Roslyn's <see cref="SourceText"/> treats as line breaks.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>
    /// Every line, the last one included even when empty. Line breaks follow Roslyn's <see cref="SourceText"/>, so
    /// reported line numbers match the IDE's; a byte order mark that survived decoding is not part of line 1.
    /// </summary>
    public static List<LineSlice> Split(string text)
    {
        var lines = new List<LineSlice>();
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var lineNumber = 0;
        var lineStart = 0;
        while (position <= text.Length)
        {
            var end = position;
            while (end < text.Length && !IsLineBreak(text[end]))
            {
                end++;
            }

            lines.Add(new LineSlice(lineNumber, lineStart, position, end));
            if (end >= text.Length)
            {
                break;
            }

            position = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            lineStart = position;
            lineNumber++;
        }

        return lines;
    }

    /// <summary>Moves <paramref name="start"/> and <paramref name="end"/> inwards past white space.</summary>
    public static void Trim(string text, ref int start, ref int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
    }
}
