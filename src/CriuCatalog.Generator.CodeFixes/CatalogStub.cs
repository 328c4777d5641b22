using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CriuCatalog.Generator.Naming;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.CodeFixes;

/// <summary>
/// The text side of the stub fix: the entry line that the generator turns into a paper with a given identifier, and
/// where in a plain-format catalog it goes. It reads the catalog's lines as <c>Parsing/CatalogParser.cs</c> does
/// (docs/catalog-format.md), as far as finding category headings needs.
/// </summary>
internal static class CatalogStub
{
    /// <summary>The venue of a stub: a placeholder that shows up as <c>Venue.TODO</c> until it is edited.</summary>
    public const string PlaceholderVenue = "TODO";

    /// <summary>What follows the short name in a stub's title.</summary>
    public const string PlaceholderTitle = "TODO title";

    /// <summary>
    /// A title the generator names <paramref name="identifier"/>, or <see langword="null"/> when no title of this
    /// shape can be: the identifier as a short name, <c>Missing: TODO title</c>, if the naming rule
    /// (<see cref="IdentifierNaming.ForPaper(string)"/>) gives it back unchanged. <c>SC_W</c> can be (its two parts run
    /// together without the underscore); <c>missing</c> (<c>Missing</c>), <c>Is_Missing</c> (<c>IsMissing</c>) and
    /// <c>iContainer</c> (<c>IContainer</c>) cannot. Whether the name is free is the caller's question.
    /// </summary>
    public static string? TitleFor(string identifier)
    {
        if (identifier.Length == 0 || identifier.Length > IdentifierNaming.MaxIdentifierLength || !IdentifierNaming.IsUsableIdentifier(identifier))
        {
            return null;
        }

        var title = identifier + ": " + PlaceholderTitle;
        return string.Equals(IdentifierNaming.ForPaper(title).Identifier, identifier, StringComparison.Ordinal) ? title : null;
    }

    /// <summary>The stub's line: <c>[TODO '26] Missing: TODO title</c>, with the given year.</summary>
    public static string EntryLine(string title, int year)
    {
        // Two digits read back as the same year only from 1970 to 2069 (the catalog's pivot).
        var label = year is >= 1970 and <= 2069
            ? (year % 100).ToString("00", CultureInfo.InvariantCulture)
            : year.ToString(CultureInfo.InvariantCulture);
        return "[" + PlaceholderVenue + " '" + label + "] " + title;
    }

    /// <summary>
    /// Whether a file not named as Markdown may still be read in the Markdown grammar, so that neither kind of stub is
    /// sure to be read: a line that starts with <c>#</c> (a heading) or <c>|</c> (a table).
    /// </summary>
    public static bool HasMarkdownLine(SourceText text)
    {
        foreach (var line in text.Lines)
        {
            var content = Content(text, line);
            if (content.Length > 0 && content[0] is '#' or '|')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the file is named as Markdown: <c>.md</c> or <c>.markdown</c>. Only such a file gets a Markdown stub.</summary>
    public static bool IsMarkdownFile(string? path)
        => path is not null && (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The heading of the category with enum value <paramref name="number"/>, and its name as written: categories
    /// are numbered by their first heading, and headings whose names normalize alike are one category.
    /// </summary>
    public static bool TryFindCategory(SourceText text, int number, out TextLine heading, out string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in text.Lines)
        {
            if (CategoryName(Content(text, line)) is { } candidate && seen.Add(Normalize(candidate)) && seen.Count == number + 1)
            {
                heading = line;
                name = candidate;
                return true;
            }
        }

        heading = default;
        name = "";
        return false;
    }

    /// <summary>
    /// The catalog with <paramref name="entry"/> on a line of its own: right under <paramref name="heading"/>,
    /// indented as the entry below it, or at the end of the file when there is no heading. The file's own line break
    /// is used, and a file without a final line break keeps having none.
    /// </summary>
    public static SourceText Insert(SourceText text, string entry, TextLine? heading)
    {
        var lineBreak = LineBreak(text);
        if (heading is { } under)
        {
            var indent = "";
            if (under.LineNumber + 1 < text.Lines.Count)
            {
                var next = text.Lines[under.LineNumber + 1];
                var nextText = next.ToString();
                if (Content(text, next).StartsWith("[", StringComparison.Ordinal))
                {
                    indent = nextText.Substring(0, nextText.Length - nextText.TrimStart().Length);
                }
            }

            return InsertLineAfter(text, under, indent + entry);
        }

        var last = text.Lines[text.Lines.Count - 1];
        var insertion = text.Length == 0 ? entry
            : last.Span.IsEmpty && last.LineNumber > 0 ? entry + lineBreak
            : lineBreak + entry;
        return text.WithChanges(new TextChange(new TextSpan(text.Length, 0), insertion));
    }

    /// <summary>
    /// A Markdown catalog with <paramref name="entry"/> as a list item of its own right after the last item that looks
    /// like an entry (a bullet or a numbered item with a year in it, <c>'23]</c> or <c>2023</c>), and after that item's
    /// indented lines: with the same indentation and marker (the next number, for a numbered list), and the file's own
    /// line break. <see langword="null"/> when no item looks like an entry: where the paper goes is then unclear.
    /// </summary>
    public static SourceText? InsertAfterLastMarkdownEntry(SourceText text, string entry)
    {
        var last = -1;
        var marker = "";
        var skipping = (string?)null;
        for (var i = 0; i < text.Lines.Count; i++)
        {
            var line = Content(text, text.Lines[i]);

            // Front matter, code fences and HTML comments hold no entries, and a stub there would be none either.
            if (skipping is not null)
            {
                if (skipping == "-->" ? line.Contains("-->") : line.StartsWith(skipping, StringComparison.Ordinal))
                {
                    skipping = null;
                }

                continue;
            }

            if ((i == 0 && line == "---") || line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                skipping = line.Substring(0, 3);
                continue;
            }

            if (line.StartsWith("<!--", StringComparison.Ordinal))
            {
                skipping = line.IndexOf("-->", 4, StringComparison.Ordinal) >= 0 ? null : "-->";
                continue;
            }

            if (ListMarker(line) is { } found && HasYear(line.Substring(found.Length)))
            {
                last = i;
                marker = found;
            }
        }

        if (last < 0)
        {
            return null;
        }

        // The item's own lines follow it: more indented ones (its notes and sub-items), and lazy ones, text that is
        // no item, heading, table row, fence or comment of its own.
        var item = text.Lines[last].ToString();
        var indent = item.Substring(0, item.Length - item.TrimStart().Length);
        var itemColumns = Columns(item);
        var end = last;
        while (end + 1 < text.Lines.Count && text.Lines[end + 1].ToString() is var next && next.Trim().Length > 0
               && (Columns(next) > itemColumns || IsLazyContinuation(next.Trim())))
        {
            end++;
        }

        return InsertLineAfter(text, text.Lines[end], indent + NextMarker(marker) + entry);
    }

    /// <summary>The text with <paramref name="content"/> on a line of its own after <paramref name="line"/>, with the file's line break; a last line without one keeps having none.</summary>
    private static SourceText InsertLineAfter(SourceText text, TextLine line, string content)
        => line.EndIncludingLineBreak > line.End
            ? text.WithChanges(new TextChange(new TextSpan(line.EndIncludingLineBreak, 0), content + LineBreak(text)))
            : text.WithChanges(new TextChange(new TextSpan(line.End, 0), LineBreak(text) + content));

    /// <summary>The columns of a line's leading white space, a tab to the next multiple of four, as Markdown counts them.</summary>
    private static int Columns(string line)
    {
        var columns = 0;
        foreach (var c in line)
        {
            if (c == '\t')
            {
                columns += 4 - (columns % 4);
            }
            else if (c == ' ')
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

    /// <summary>Whether a line right after an item goes on with it: text that starts nothing of its own.</summary>
    private static bool IsLazyContinuation(string line)
        => ListMarker(line) is null && line[0] is not ('#' or '|' or '<' or '>' or '`' or '~') && line != "---";

    /// <summary>A list item's marker with the space after it (<c>- </c>, <c>* </c>, <c>+ </c>, <c>12. </c>, <c>3) </c>), or <see langword="null"/>.</summary>
    private static string? ListMarker(string line)
    {
        if (line.Length >= 2 && line[0] is '-' or '*' or '+' && line[1] == ' ')
        {
            return line.Substring(0, 2);
        }

        var digits = 0;
        while (digits < line.Length && digits < 9 && line[digits] is >= '0' and <= '9')
        {
            digits++;
        }

        return digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ' ? line.Substring(0, digits + 2) : null;
    }

    /// <summary>The marker of the item after one with <paramref name="marker"/>: the same bullet, or the next number.</summary>
    private static string NextMarker(string marker)
        => marker[0] is >= '0' and <= '9'
            ? (int.Parse(marker.Substring(0, marker.Length - 2), CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture) + marker.Substring(marker.Length - 2)
            : marker;

    /// <summary>
    /// Whether the text holds a year as labels write it: <c>'23]</c>, or four digits from 1900 to 2099 standing alone,
    /// outside a URL (<c>…/discussions/2041</c> is none).
    /// </summary>
    private static bool HasYear(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (string.CompareOrdinal(text, i, "http", 0, 4) == 0)
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != ')')
                {
                    i++;
                }

                continue;
            }

            if (text[i] is '\'' or '\u2019' && i + 3 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && text[i + 3] == ']')
            {
                return true;
            }

            if (i + 4 <= text.Length && (i == 0 || !char.IsDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsDigit(text[i + 4]))
                && ((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0')) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A category line's name, or <see langword="null"/> for any other line.</summary>
    private static string? CategoryName(string content)
    {
        if (content.Length == 0 || content[0] != '-')
        {
            return null;
        }

        var name = content.Substring(1).Trim();

        // "-" alone is ignored (CRIU016), and "- [OSDI '23] Title" is an entry written as a bullet (CRIU017).
        return name.Length == 0 || LooksLikeEntry(name) ? null : name;
    }

    /// <summary>Whether text begins with a label that has a valid year, as <c>[OSDI '23]</c> does.</summary>
    private static bool LooksLikeEntry(string text)
    {
        var close = text.IndexOf(']');
        if (text[0] != '[' || close < 0)
        {
            return false;
        }

        var apostrophe = text.LastIndexOfAny(['\'', '\u2018', '\u2019'], close);
        if (apostrophe < 0)
        {
            return false;
        }

        var year = text.Substring(apostrophe + 1, close - apostrophe - 1).Trim();
        foreach (var c in year)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return year.Length == 2
               || (year.Length == 4 && int.Parse(year, CultureInfo.InvariantCulture) is >= 1900 and <= 2099);
    }

    /// <summary>A line's text without the white space around it, and without the byte order mark on the first line.</summary>
    private static string Content(SourceText text, TextLine line)
    {
        var content = line.ToString();
        if (line.LineNumber == 0 && content.Length > 0 && content[0] == '\uFEFF')
        {
            content = content.Substring(1);
        }

        return content.Trim();
    }

    /// <summary>Upper-cased with <see cref="StableCase"/>, trimmed, white space collapsed: the parser's normalization.</summary>
    private static string Normalize(string name) => StableCase.Normalize(name);

    private static string LineBreak(SourceText text)
    {
        foreach (var line in text.Lines)
        {
            if (line.EndIncludingLineBreak > line.End)
            {
                return text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
            }
        }

        return "\n";
    }
}
