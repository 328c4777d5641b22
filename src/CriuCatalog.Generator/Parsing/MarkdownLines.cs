using System;

namespace CriuCatalog.Generator.Parsing;

/// <summary>
/// Recognizes the block-level shape of one Markdown line: a heading, a bullet, a table row, a fence, a rule. Each
/// method takes the line's trimmed bounds and scans it once, without regular expressions.
/// </summary>
internal static class MarkdownLines
{
    /// <summary>
    /// The level of an ATX heading (<c>## Name</c>, 1–6 <c>#</c> then white space or the end), a wiki heading
    /// (<c>== Name ==</c>) or an HTML heading on one line (<c>&lt;h1 align="center"&gt;Name&lt;/h1&gt;</c>), with the
    /// bounds of its text; 0 when the line is not a heading.
    /// </summary>
    public static int HeadingLevel(string text, int start, int end, out int textStart, out int textEnd)
    {
        textStart = textEnd = start;
        var marker = text[start];
        if (marker == '<')
        {
            return HtmlHeadingLevel(text, start, end, out textStart, out textEnd);
        }

        if (marker is not ('#' or '='))
        {
            return 0;
        }

        var level = 0;
        while (start + level < end && text[start + level] == marker)
        {
            level++;
        }

        if (level > 6)
        {
            return 0;
        }

        var after = start + level;
        if (marker == '#')
        {
            if (after < end && !char.IsWhiteSpace(text[after]))
            {
                return 0;
            }

            // A closing run of '#' after white space is not part of the text: "## Name ##".
            var close = end;
            while (close > after && text[close - 1] == '#')
            {
                close--;
            }

            textStart = after;
            textEnd = close == after || char.IsWhiteSpace(text[close - 1]) ? close : end;
            SourceLines.Trim(text, ref textStart, ref textEnd);
            return level;
        }

        // "== Name ==": the same number of '=' on both sides, and some text between them.
        var closing = 0;
        while (closing < level && end - closing - 1 > after && text[end - closing - 1] == '=')
        {
            closing++;
        }

        if (closing != level || end - closing <= after)
        {
            return 0;
        }

        textStart = after;
        textEnd = end - closing;
        SourceLines.Trim(text, ref textStart, ref textEnd);
        return textStart < textEnd ? level : 0;
    }

    /// <summary><c>&lt;hN …&gt;text&lt;/hN&gt;</c>, the whole line, with the same N (1–6) in both tags.</summary>
    private static int HtmlHeadingLevel(string text, int start, int end, out int textStart, out int textEnd)
    {
        textStart = textEnd = start;
        if (end - start < 10 || (text[start + 1] | 0x20) != 'h' || text[start + 2] is < '1' or > '6'
            || !(text[start + 3] == '>' || char.IsWhiteSpace(text[start + 3])))
        {
            return 0;
        }

        var open = text.IndexOf('>', start + 3, end - start - 3);
        var close = end - 5;
        if (open < 0 || open >= close || string.Compare(text, close, "</h", 0, 3, StringComparison.OrdinalIgnoreCase) != 0
            || text[close + 3] != text[start + 2] || text[end - 1] != '>')
        {
            return 0;
        }

        textStart = open + 1;
        textEnd = close;
        SourceLines.Trim(text, ref textStart, ref textEnd);
        return textStart < textEnd ? text[start + 2] - '0' : 0;
    }

    /// <summary>Where an HTML list item's content starts, after <c>&lt;li&gt;</c> or <c>&lt;li class="…"&gt;</c>; -1 for any other line.</summary>
    private static int HtmlItemContent(string text, int start, int end)
    {
        if (end - start < 4 || string.Compare(text, start, "<li", 0, 3, StringComparison.OrdinalIgnoreCase) != 0
            || !(text[start + 3] == '>' || char.IsWhiteSpace(text[start + 3])))
        {
            return -1;
        }

        var close = text.IndexOf('>', start + 3, end - start - 3);
        if (close < 0)
        {
            return -1;
        }

        var content = close + 1;
        while (content < end && char.IsWhiteSpace(text[content]))
        {
            content++;
        }

        return content;
    }

    /// <summary>
    /// Where a bullet's content starts, for <c>- x</c>, <c>* x</c>, <c>+ x</c>, <c>1. x</c>, <c>1) x</c> and <c>&lt;li&gt;x</c>; -1 when the
    /// line is not a bullet. A marker needs white space after it, as in Markdown: <c>-x</c> and <c>*x*</c> are text.
    /// </summary>
    public static int BulletContent(string text, int start, int end)
    {
        var marker = start;
        if (text[marker] == '<')
        {
            return HtmlItemContent(text, start, end);
        }

        if (text[marker] is '-' or '*' or '+')
        {
            marker++;
        }
        else
        {
            var digits = 0;
            while (marker < end && digits < 10 && text[marker] is >= '0' and <= '9')
            {
                marker++;
                digits++;
            }

            if (digits == 0 || marker >= end || text[marker] is not ('.' or ')'))
            {
                return -1;
            }

            marker++;
        }

        if (marker == end)
        {
            return end;
        }

        if (!char.IsWhiteSpace(text[marker]))
        {
            return -1;
        }

        while (marker < end && char.IsWhiteSpace(text[marker]))
        {
            marker++;
        }

        return marker;
    }

    /// <summary>A thematic break: three or more of one of <c>-</c>, <c>*</c>, <c>_</c>, with only white space between.</summary>
    /// <summary>
    /// The level of a setext heading's underline, a line of only <c>=</c> (1) or of two or more <c>-</c> (2), trailing
    /// white space allowed; 0 for any other line.
    /// </summary>
    public static int SetextLevel(string text, int start, int end)
    {
        SourceLines.Trim(text, ref start, ref end);
        if (start == end || text[start] is not ('=' or '-'))
        {
            return 0;
        }

        var marker = text[start];
        for (var i = start; i < end; i++)
        {
            if (text[i] != marker)
            {
                return 0;
            }
        }

        return marker == '=' ? 1 : end - start >= 2 ? 2 : 0;
    }

    public static bool IsRule(string text, int start, int end)
    {
        var marker = text[start];
        if (marker is not ('-' or '*' or '_'))
        {
            return false;
        }

        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == marker)
            {
                count++;
            }
            else if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return count >= 3;
    }

    /// <summary>A code fence, <c>```</c> or <c>~~~</c> with an optional info string.</summary>
    public static bool IsFence(string text, int start, int end)
        => end - start >= 3 && text[start] is '`' or '~' && text[start + 1] == text[start] && text[start + 2] == text[start];

    /// <summary>A table's separator row: cells of <c>-</c> with optional <c>:</c>, between <c>|</c>, such as <c>|---|:--:|</c>.</summary>
    public static bool IsTableSeparator(string text, int start, int end)
    {
        var dashes = 0;
        var pipes = 0;
        for (var i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '-':
                    dashes++;
                    break;
                case '|':
                    pipes++;
                    break;
                case ':':
                    break;
                default:
                    if (!char.IsWhiteSpace(text[i]))
                    {
                        return false;
                    }

                    break;
            }
        }

        return dashes >= 3 && pipes >= 1;
    }

    /// <summary>A table row: a line that starts with <c>|</c>.</summary>
    public static bool IsTableRow(string text, int start, int end) => text[start] == '|' && end - start >= 2;

    /// <summary>The line's indentation in columns, a tab counting four.</summary>
    public static int Indent(string text, LineSlice line)
    {
        var columns = 0;
        for (var i = line.ContentStart; i < line.End; i++)
        {
            if (text[i] == '\t')
            {
                columns += 4;
            }
            else if (char.IsWhiteSpace(text[i]))
            {
                columns++;
            }
            else
            {
                break;
            }
        }

        return columns;
    }
}
