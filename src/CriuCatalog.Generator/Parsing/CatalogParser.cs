using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Parsing;

/// <summary>
/// Reads a catalog file line by line (grammar: docs/catalog-format.md). A Markdown list (see
/// <see cref="CatalogFormats.Detect"/>) is handed to <see cref="MarkdownParser"/>; this class reads the plain format.
/// The parser never throws on bad input: every line it cannot use becomes a diagnostic that points at the
/// offending text, every non-blank line gets a <see cref="LineKind"/>, and parsing goes on.
/// </summary>
internal static class CatalogParser
{
    private const string ArXivPrefix = "arXiv";

    public static CatalogDocument Parse(CatalogSource source, CancellationToken cancellationToken)
    {
        var state = new ParseState(source.Path);
        if (source.Text is not { } text)
        {
            state.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableCatalog, LocationInfo.FileStart(source.Path), source.Path));
            return state.ToDocument(isReadable: false, CatalogFormat.Plain);
        }

        var lines = SourceLines.Split(text);
        if (CatalogFormats.Detect(source.Path, text, lines) == CatalogFormat.Plain)
        {
            return ParsePlain(text, lines, state, cancellationToken);
        }

        MarkdownParser.Parse(text, lines, state, cancellationToken);
        var markdown = state.ToDocument(isReadable: true, CatalogFormat.Markdown);

        // A list in the plain format saved as .md (a title, '- Category' and '[VENUE 'YY] Title' lines, no Markdown
        // heading, table or link) has few Markdown entries or none: its other lines would be skipped with an Info. When
        // the plain grammar reads more entries from it, it is read as what it is.
        if (CatalogFormats.DetectByContent(text, lines) == CatalogFormat.Plain)
        {
            var plain = ParsePlain(text, lines, new ParseState(source.Path), cancellationToken);
            if (plain.Entries.Count > markdown.Entries.Count)
            {
                return plain;
            }
        }

        return markdown;
    }

    private static CatalogDocument ParsePlain(string text, List<LineSlice> lines, ParseState state, CancellationToken cancellationToken)
    {
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequestedAt(line.Number);
            if (ParseLine(text, line, state) is { } kind)
            {
                state.Classify(line, kind);
            }
        }

        return state.ToDocument(isReadable: true, CatalogFormat.Plain);
    }

    /// <summary>The characters Roslyn's <see cref="SourceText"/> treats as line breaks.</summary>
    internal static bool IsLineBreak(char c) => SourceLines.IsLineBreak(c);

    /// <summary>Reads one line of the plain format; null for a blank line.</summary>
    private static LineKind? ParseLine(string text, LineSlice line, ParseState state)
    {
        var start = line.ContentStart;
        var end = line.End;
        TrimSpan(text, ref start, ref end);
        if (start == end)
        {
            return null;
        }

        switch (text[start])
        {
            case '-':
                state.InBody = true;
                return ParseCategory(text, line, start, end, state);
            case '[':
                state.InBody = true;
                return ParseEntry(text, line, start, end, state);
            default:
                // Only a line above the first category or entry can be the title: a stray line further down is
                // far more likely a wrapped or mistyped entry than a title, and must not vanish into one.
                if (state.Title is null && !state.InBody)
                {
                    state.Title = text.Substring(start, end - start);
                    return LineKind.Title;
                }

                state.Report(DiagnosticDescriptors.UnrecognizedLine, line, start, end);
                return LineKind.Reported;
        }
    }

    private static LineKind ParseCategory(string text, LineSlice line, int start, int end, ParseState state)
    {
        var nameStart = start + 1;
        var nameEnd = end;
        TrimSpan(text, ref nameStart, ref nameEnd);
        if (nameStart == nameEnd)
        {
            state.Report(DiagnosticDescriptors.EmptyCategoryName, line, start, end);
            return LineKind.Reported;
        }

        // "- [OSDI '23] Title" is an entry written as a bullet, as lists copied from elsewhere often are; but
        // "- [Draft] Papers to read" is a category whose name happens to start with a bracket.
        if (LooksLikeEntry(text, nameStart, nameEnd))
        {
            state.Report(DiagnosticDescriptors.BulletedEntry, line, start, end);
            return ParseEntry(text, line, nameStart, end, state);
        }

        state.CurrentCategory = state.Categories.Count;
        state.Categories.Add(new CategoryLine(text.Substring(nameStart, nameEnd - nameStart), state.Locate(line, nameStart, nameEnd)));
        return LineKind.Heading;
    }

    private static LineKind ParseEntry(string text, LineSlice line, int start, int end, ParseState state)
    {
        var close = text.IndexOf(']', start + 1, end - start - 1);
        if (close < 0)
        {
            state.Report(DiagnosticDescriptors.UnbalancedBracket, line, start, end);
            return LineKind.Reported;
        }

        var label = text.Substring(start + 1, close - start - 1);
        var titleStart = close + 1;
        var titleEnd = end;
        TrimSpan(text, ref titleStart, ref titleEnd);

        // "[OSDI '25] Cricket: A second system {#CricketTwo}": the pin is cut off first, so it is never title text.
        var pin = PinReader.TryRead(text, titleStart, ref titleEnd, allowComment: false, state, line);
        if (titleStart == titleEnd)
        {
            state.Report(DiagnosticDescriptors.EmptyTitle, line, start, end, label);
            return LineKind.Reported;
        }

        if (ReadYearText(text, start, close, out var apostrophe, out var yearEnd) is not { } yearText)
        {
            state.Report(DiagnosticDescriptors.InvalidYear, line, start, close + 1, label, "has no year");
            return LineKind.Reported;
        }

        if (!CatalogYear.TryParse(yearText, out var year, out var yearProblem))
        {
            // From the apostrophe to the last character of the year, not to the ']': only the year is wrong.
            state.Report(DiagnosticDescriptors.InvalidYear, line, apostrophe, yearEnd, label, yearProblem);
            return LineKind.Reported;
        }

        var venueStart = start + 1;
        var venueEnd = apostrophe;
        TrimSpan(text, ref venueStart, ref venueEnd);
        if (venueStart == venueEnd)
        {
            state.Report(DiagnosticDescriptors.EmptyVenue, line, start, close + 1, label);
            return LineKind.Reported;
        }

        var venue = text.Substring(venueStart, venueEnd - venueStart);
        string? arXivId = null;

        // "arXiv:2202.07848" carries an id, and so does the common slip "arXiv 2202.07848"; but "arXiv preprint"
        // is just a venue's name.
        if (TryFindArXivId(text, venueStart, venueEnd) is { } idStart)
        {
            var id = text.Substring(idStart, venueEnd - idStart);
            venue = venue.Substring(0, ArXivPrefix.Length);
            if (!ArXivId.TryGetIssueYear(id, out var issueYear))
            {
                state.Report(DiagnosticDescriptors.MalformedArXivId, line, venueStart, venueEnd, id);
            }
            else
            {
                arXivId = id;
                if (issueYear != year)
                {
                    state.Report(DiagnosticDescriptors.ArXivYearMismatch, line, venueStart, yearEnd, id, issueYear.ToString(CultureInfo.InvariantCulture), yearText);
                }
            }
        }

        var title = text.Substring(titleStart, titleEnd - titleStart);
        if (state.CurrentCategory < 0)
        {
            state.Report(DiagnosticDescriptors.EntryBeforeCategory, line, start, end, title);
        }

        state.Entries.Add(new EntryLine(state.CurrentCategory, venue, arXivId, year, title, line.Number + 1, state.Locate(line, start, end)) { Pin = pin });
        return LineKind.Entry;
    }

    /// <summary>Whether text starting with '[' begins with a label that has a year: <c>[OSDI '23]</c>.</summary>
    private static bool LooksLikeEntry(string text, int start, int end)
    {
        if (text[start] != '[')
        {
            return false;
        }

        var close = text.IndexOf(']', start + 1, end - start - 1);
        return close >= 0
            && ReadYearText(text, start, close, out _, out _) is { } yearText
            && CatalogYear.TryParse(yearText, out _, out _);
    }

    /// <summary>
    /// The year of the label between <paramref name="open"/> ('[') and <paramref name="close"/> (']'): the text
    /// after its last apostrophe, trimmed; a wiki copy may have turned the apostrophe into a typographic one.
    /// Null when the label has no apostrophe.
    /// </summary>
    private static string? ReadYearText(string text, int open, int close, out int apostrophe, out int yearEnd)
    {
        yearEnd = close;
        apostrophe = LastIndexOfApostrophe(text, open + 1, close);
        if (apostrophe < 0)
        {
            return null;
        }

        var yearStart = apostrophe + 1;
        TrimSpan(text, ref yearStart, ref yearEnd);
        return text.Substring(yearStart, yearEnd - yearStart);
    }

    /// <summary>
    /// Where the arXiv id of a venue such as <c>arXiv:2202.07848</c> starts, or null when it has none. After a
    /// space instead of the colon, text that starts like an id (a digit, a colon, or an archive such as
    /// <c>cs/…</c>) is taken as one, to be checked and reported if malformed; a plain word is part of the name.
    /// </summary>
    private static int? TryFindArXivId(string text, int venueStart, int venueEnd)
    {
        var separator = venueStart + ArXivPrefix.Length;
        if (separator >= venueEnd || string.Compare(text, venueStart, ArXivPrefix, 0, ArXivPrefix.Length, System.StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        if (text[separator] == ':')
        {
            return SkipWhiteSpace(text, separator + 1, venueEnd);
        }

        if (!char.IsWhiteSpace(text[separator]))
        {
            return null;
        }

        var idStart = SkipWhiteSpace(text, separator, venueEnd);
        if (text[idStart] == ':')
        {
            return SkipWhiteSpace(text, idStart + 1, venueEnd);
        }

        var startsLikeAnId = text[idStart] is >= '0' and <= '9' || text.IndexOf('/', idStart, venueEnd - idStart) >= 0;
        return startsLikeAnId ? idStart : null;
    }

    private static int SkipWhiteSpace(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    private static int LastIndexOfApostrophe(string text, int start, int end)
    {
        for (var i = end - 1; i >= start; i--)
        {
            if (text[i] is '\'' or '\u2019' or '\u2018')
            {
                return i;
            }
        }

        return -1;
    }

    private static void TrimSpan(string text, ref int start, ref int end)
    {
        start = SkipWhiteSpace(text, start, end);
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
    }
}
