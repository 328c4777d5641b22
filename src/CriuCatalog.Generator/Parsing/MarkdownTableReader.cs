using System;
using System.Collections.Generic;

namespace CriuCatalog.Generator.Parsing;

/// <summary>Which column of a Markdown table holds what: found from the header row's names.</summary>
internal sealed record TableColumns(int Title, int Venue, int Date, int Count)
{
    public bool HasTitle => Title >= 0;
}

/// <summary>
/// Reads Markdown tables whose header names a title or paper column, and a venue and/or date column:
/// <c>| Date | Title | Venue | Code |</c>. Each row is an entry; links and badges in other cells are its links.
/// </summary>
internal static class MarkdownTableReader
{
    /// <summary>The columns a header row names.</summary>
    public static TableColumns ReadHeader(string text, int start, int end)
    {
        var cells = SplitCells(text, start, end);
        int title = -1, venue = -1, date = -1;
        for (var i = 0; i < cells.Count; i++)
        {
            var name = InlineMarkdown.Clean(text, cells[i].Start, cells[i].End).ToLowerInvariant();
            if (title < 0 && (name.Contains("title") || name.Contains("paper") || name == "name"))
            {
                title = i;
            }
            else if (venue < 0 && (name.Contains("venue") || name.StartsWith("conf", StringComparison.Ordinal) || name.Contains("journal") || name.Contains("publication") || name == "pub" || name.Contains("published in")))
            {
                venue = i;
            }
            else if (date < 0 && (name.Contains("date") || name.Contains("year") || name == "time" || name.Contains("published")))
            {
                date = i;
            }
        }

        return new TableColumns(title, venue, date, cells.Count);
    }

    /// <summary>Reads one row into <paramref name="draft"/>; false when its title cell has no title.</summary>
    public static bool ReadRow(string text, int start, int end, TableColumns columns, EntryDraft draft)
    {
        var cells = SplitCells(text, start, end);
        if (columns.Title >= cells.Count || !MarkdownEntryReader.Read(text, cells[columns.Title].Start, cells[columns.Title].End, draft))
        {
            return false;
        }

        var venueLabel = columns.Venue >= 0 && columns.Venue < cells.Count ? InlineMarkdown.Clean(text, cells[columns.Venue].Start, cells[columns.Venue].End) : string.Empty;
        var dateText = columns.Date >= 0 && columns.Date < cells.Count ? InlineMarkdown.Clean(text, cells[columns.Date].Start, cells[columns.Date].End) : string.Empty;
        if (draft.Label is null)
        {
            draft.Label = LabelReader.Read(venueLabel) ?? CombineVenueAndDate(venueLabel, dateText) ?? (dateText.Length == 0 ? VenueAlone(venueLabel) : null);
        }
        else if (draft.Label is { Venue.Length: 0 } dated && VenueAlone(venueLabel) is { } venue)
        {
            // "| Fast Restore (2023) | OSDI |": the year from the title, the venue from its cell.
            draft.Label = dated with { Venue = venue.Venue, ArXivId = venue.ArXivId };
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (i == columns.Title)
            {
                continue;
            }

            if (i == columns.Venue || i == columns.Date)
            {
                // Their text is the label; a link in them (a venue's page) is still kept.
                foreach (var token in InlineMarkdown.Tokenize(text, cells[i].Start, cells[i].End))
                {
                    if (token.Kind is InlineKind.Link or InlineKind.Image)
                    {
                        draft.AddLink(token.Text, token.Url);
                    }
                }

                continue;
            }

            MarkdownEntryReader.ReadPart(text, cells[i].Start, cells[i].End, draft);
        }

        return true;
    }

    /// <summary>
    /// The cells of a row, without the outer pipes. A <c>|</c> inside code, inside a link's brackets or escaped as
    /// <c>\|</c> does not split.
    /// </summary>
    public static List<(int Start, int End)> SplitCells(string text, int start, int end)
    {
        var cells = new List<(int Start, int End)>();
        if (start < end && text[start] == '|')
        {
            start++;
        }

        if (end > start && text[end - 1] == '|' && (end - 2 < start || text[end - 2] != '\\'))
        {
            end--;
        }

        var cellStart = start;
        var code = false;
        var brackets = 0;
        for (var i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '`':
                    code = !code;
                    break;
                case '[' when !code:
                    brackets++;
                    break;
                case ']' when !code && brackets > 0:
                    brackets--;
                    break;
                case '|' when !code && brackets == 0:
                    cells.Add(Trimmed(text, cellStart, i));
                    cellStart = i + 1;
                    break;
            }
        }

        cells.Add(Trimmed(text, cellStart, Math.Min(end, text.Length)));
        return cells;
    }

    /// <summary>A venue cell without a year, and a date cell: <c>OSDI</c> and <c>2023-07</c>.</summary>
    private static Label? CombineVenueAndDate(string venue, string date)
    {
        if (LabelReader.Read("x " + date) is not { } dated)
        {
            return null;
        }

        var hasLetter = false;
        foreach (var c in venue)
        {
            hasLetter |= char.IsLetter(c);
        }

        return hasLetter ? LabelReader.Read(venue + " " + dated.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } label ? label with { Month = dated.Month } : null : dated with { Venue = string.Empty };
    }

    /// <summary>
    /// A venue cell without a year and no date cell (<c>| OSDI |</c>): a label whose year comes from the headings, as
    /// for a label with no year. Null for a cell that names no venue: empty, <c>-</c>, <c>N/A</c>, <c>TBD</c>, or words
    /// not written as a venue's name (<c>Oral</c>, <c>Under review</c>).
    /// </summary>
    private static Label? VenueAlone(string venue)
    {
        var trimmed = venue.Trim();
        foreach (var placeholder in new[] { "N/A", "NA", "TBD", "TBA", "None", "Unknown" })
        {
            if (trimmed.Equals(placeholder, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        // "Oral", "Preprint", "Under review" say something else of the paper: a venue alone is written as one.
        return LabelReader.ReadVenue(trimmed, ReferenceReader.MaxVenueWords) is var (name, id) && (LabelReader.IsVenueName(name) || LabelReader.IsVenueTitle(name))
            ? new Label(name, 0, 0, null, id, null)
            : null;
    }

    private static (int Start, int End) Trimmed(string text, int start, int end)
    {
        SourceLines.Trim(text, ref start, ref end);
        return (start, end);
    }
}
