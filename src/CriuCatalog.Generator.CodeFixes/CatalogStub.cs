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
    /// Whether the file may be in the Markdown grammar, which this fix does not write: a <c>.md</c> or
    /// <c>.markdown</c> name, or a line that starts with <c>#</c> (a heading) or <c>|</c> (a table).
    /// </summary>
    public static bool MayBeMarkdown(string? path, SourceText text)
    {
        if (path is not null
            && (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

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

            return under.EndIncludingLineBreak > under.End
                ? text.WithChanges(new TextChange(new TextSpan(under.EndIncludingLineBreak, 0), indent + entry + lineBreak))
                : text.WithChanges(new TextChange(new TextSpan(under.End, 0), lineBreak + indent + entry));
        }

        var last = text.Lines[text.Lines.Count - 1];
        var insertion = text.Length == 0 ? entry
            : last.Span.IsEmpty && last.LineNumber > 0 ? entry + lineBreak
            : lineBreak + entry;
        return text.WithChanges(new TextChange(new TextSpan(text.Length, 0), insertion));
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
