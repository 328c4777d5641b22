using System;

namespace CriuCatalog.Generator.Parsing;

/// <summary>
/// Labels a Markdown entry writes without brackets, outside the places <see cref="MarkdownEntryReader"/> reads them
/// from first: before the title (<c>(SOSP 2021) Title</c>, <c>OSDI'22: Title</c>, <c>**OSDI 2023**: Title</c>), in a
/// shields.io badge's URL, and on a line under the entry (<c>*OSDI 2023*</c>, <c>Venue: SOSP 2021</c>).
/// </summary>
internal static class UnbracketedLabels
{
    /// <summary>The names of a field that gives a paper's venue, in a sub-bullet such as <c>Venue: OSDI 2023</c>.</summary>
    private static readonly string[] VenueFields =
        ["Venue", "Conference", "Journal", "Published in", "Published at", "Publication", "Appeared in", "Presented at", "In", "Booktitle"];

    /// <summary>The names of a field that gives a paper's year, in a sub-bullet such as <c>Year: 2019</c>.</summary>
    private static readonly string[] YearFields = ["Year", "Date", "Published"];

    /// <summary>
    /// A label that starts a plain text, before the title: in parentheses, <c>(SOSP 2021) Title</c>, or followed by a
    /// colon or a dash (a middle dot or a bullet too), <c>OSDI'22: Title</c>, <c>SOSP 2021 - Title</c>. Or a date so written, <c>(2022) Title</c>,
    /// <c>2023.07 - [Title](url)</c>; a bare year before a colon only when the title is the next piece
    /// (<paramref name="titleFollows"/>), so that <c>2001: A Space Odyssey</c> stays a title. Null when the text starts otherwise.
    /// </summary>
    public static (Label Label, string After)? SplitLeading(string text, bool titleFollows = false)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start < text.Length && text[start] == '(')
        {
            var close = text.IndexOf(')', start);
            var inner = close > start + 1 ? text.Substring(start + 1, close - start - 1) : string.Empty;
            return inner.Length > 0 && (Leading(inner, anyVenue: true) ?? LabelReader.BareDate(inner)) is { } label
                ? (label, text.Substring(close + 1))
                : null;
        }

        var end = Math.Min(text.Length, start + 40);
        for (var i = start + 1; i < end; i++)
        {
            var separator = text[i] == ':' ? 1 : i + 2 < text.Length && text[i] == ' ' && text[i + 1] is '-' or '\u2013' or '\u2014' or '\u00B7' or '\u2022' && text[i + 2] == ' ' ? 3 : 0;
            if (separator > 0)
            {
                var before = text.Substring(start, i - start);
                var after = text.Substring(i + separator);
                var date = LabelReader.BareDate(before) is { } bare && (bare.Month > 0 || separator == 3 || (titleFollows && after.Trim().Length == 0)) ? bare : null;
                return (Leading(before) ?? date) is { } label ? (label, after) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A label written before a title without brackets: its year explicit (an apostrophe or four digits, so that
    /// <c>ResNet50</c> is none), no note, and its venue written like one (<c>OSDI</c>, <c>USENIX ATC</c>) unless
    /// <paramref name="anyVenue"/> (in parentheses, which set it apart).
    /// </summary>
    public static Label? Leading(string text, bool anyVenue = false)
    {
        text = text.Trim();
        return LabelReader.HasExplicitYear(text) && LabelReader.Read(text, MarkdownEntryReader.TrailingVenueWords) is { Note: null, Venue.Length: > 0 } label
               && (anyVenue || LabelReader.IsVenueName(label.Venue))
            ? label
            : null;
    }

    /// <summary>
    /// A text that is a label written before a title and nothing else, as <see cref="Leading"/> reads one, or with its
    /// year first: <c>OSDI 2020</c>, <c>2020 OSDI</c>, <c>2020, OSDI,</c>. Null for any other text.
    /// </summary>
    public static Label? Alone(string text)
    {
        text = text.Trim().Trim(',', ' ');
        var label = text.Length > 5 && text[4] is ' ' or ',' && LabelReader.BareYear(text.Substring(0, 4)) is not null
            ? Leading(text.Substring(5).Trim(',', ':', ' ') + " " + text.Substring(0, 4))
            : Leading(text);

        // With nothing to set it apart, a venue is one word, or one after its society's: "Notes on OSDI 2023", "Fast
        // Restore OSDI 2020", "AI 2041" and "2023 GPT-4" are titles, "NEW 2024" a mark.
        return label is not null && IsVenueWord(label.Venue) ? label : null;
    }

    /// <summary>
    /// The label of a shields.io badge before a title (<c>![](https://img.shields.io/badge/OSDI-2023-blue)</c>), when
    /// its venue is one as <see cref="Alone"/> takes one: a badge <c>Paper-2023</c> or <c>NEW-2024</c> is a mark.
    /// </summary>
    public static Label? FromLeadingBadge(Inline token) => FromBadge(token) is { } badge && IsVenueWord(badge.Venue) ? badge : null;

    /// <summary>
    /// Whether a venue is one word of letters (and hyphens), <c>OSDI</c>, <c>SC</c>, <c>SC-W</c>, perhaps after its
    /// society's, <c>USENIX ATC</c>, and written as a venue is; not a word that marks or names a topic, <c>NEW</c>, <c>AI</c>.
    /// </summary>
    public static bool IsVenueWord(string venue)
    {
        var words = venue.Split(' ');
        var name = words.Length == 2 && words[0] is "USENIX" or "ACM" or "IEEE" ? words[1] : words.Length == 1 ? words[0] : string.Empty;
        if (name.Length < 2 || Array.IndexOf(Marks, name.ToUpperInvariant()) >= 0 || !LabelReader.IsVenueName(name))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetter(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words that lists put before a title to mark it, written in capitals as a venue is.</summary>
    private static readonly string[] Marks = ["NEW", "HOT", "TOP", "BEST", "FREE", "UPDATED", "NOTE", "TODO", "AI", "ML", "LLM", "LLMS", "GPU", "GPUS", "CPU", "HPC", "RL", "DL"];

    /// <summary>A text without the colon or dash that set a label apart from the title: <c>": Title"</c> gives <c>"Title"</c>.</summary>
    public static string WithoutLeadingSeparator(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.Length > 0 && trimmed[0] is ':' or '-' or '\u2013' or '\u2014' ? trimmed.Substring(1) : text;
    }

    /// <summary>
    /// The label a static shields.io badge spells in its URL when its alt text does not:
    /// <c>![](https://img.shields.io/badge/OSDI-2023-blue)</c> reads <c>OSDI 2023</c>. Null for any other image.
    /// </summary>
    public static Label? FromBadge(Inline token)
    {
        const string Prefix = "https://img.shields.io/badge/";
        if (token.Kind != InlineKind.Image || token.Url is not { } url || !url.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The path is LABEL-MESSAGE-COLOR, where "--" is a dash, "_" a space and "__" an underscore.
        var path = url.Substring(Prefix.Length);
        var end = path.IndexOfAny(['?', '#', '.']);
        path = Uri.UnescapeDataString(end >= 0 ? path.Substring(0, end) : path)
            .Replace("--", "\u0001").Replace("__", "\u0002").Replace('_', ' ');
        var parts = path.Split('-');
        if (parts.Length != 3)
        {
            return null;
        }

        var text = (parts[0] + " " + parts[1]).Replace('\u0001', '-').Replace('\u0002', '_');
        return LabelReader.Read(text, MarkdownEntryReader.TrailingVenueWords);
    }

    /// <summary>
    /// The label of an entry that has none, or only its venue or year, given on a line of its own under it: a label
    /// alone (<c>*OSDI 2023*</c>, <c>NSDI 2018 · [pdf](url)</c>, its venue written like one) or a field
    /// (<c>Venue: SOSP 2021</c>, <c>Published in: EuroSys '20</c>, <c>Conference: ATC</c> then <c>Year: 2019</c>).
    /// False, and the text is a note, when it is neither or the entry's label is whole.
    /// </summary>
    public static bool TakeFromPart(string text, EntryDraft draft)
    {
        var trimmed = text.Trim().Trim('\u00B7', '\u2022', '|', ',', ';', '-', '\u2013', '\u2014', '.', ' ');
        var colon = trimmed.IndexOf(':');
        var field = colon > 0 ? trimmed.Substring(0, colon).Trim() : string.Empty;
        var value = colon > 0 ? trimmed.Substring(colon + 1).Trim() : string.Empty;
        if (draft.Label is { Venue.Length: > 0, Year: > 0 } whole)
        {
            // "Year: 2018" or "Venue: ATC 2018" under "Work Stealing (ATC 2018)" says again what the label says: taken,
            // as no note. A field that says otherwise stays a note.
            // Only the label itself: "Venue: OSDI 2020 (Best Paper Award)" or "Venue: ATC 2018, Boston" says more.
            return (IsOneOf(field, YearFields) && LabelReader.BareYear(value) is { } year && year.Year == whole.Year)
                || (IsOneOf(field, VenueFields)
                    && LabelReader.Read(value, ReferenceReader.MaxVenueWords) is { Note: null } same
                    && same.Year == whole.Year && string.Equals(same.Venue, whole.Venue, StringComparison.OrdinalIgnoreCase));
        }

        Label? label;
        if (IsOneOf(field, YearFields))
        {
            label = value.Length == 4 ? LabelReader.BareYear(value) : LabelReader.Read(value) is { Venue.Length: 0 } date ? date : null;
        }
        else if (IsOneOf(field, VenueFields))
        {
            label = GroupAtEnd(value)
                ?? LabelReader.Read(value, ReferenceReader.MaxVenueWords)
                ?? (LabelReader.ReadVenue(value, ReferenceReader.MaxVenueWords) is var (venue, id) ? new Label(venue, 0, 0, null, id, null) : null);
        }
        else
        {
            label = LabelReader.Read(trimmed, MarkdownEntryReader.TrailingVenueWords) is { Note: null } alone
                    && (LabelReader.IsVenueName(alone.Venue) || LabelReader.IsVenueTitle(alone.Venue))
                ? alone
                : null;
        }

        if (label is null)
        {
            return false;
        }

        draft.Label = draft.Label is not { } known
            ? label
            : known with
            {
                Venue = known.Venue.Length > 0 ? known.Venue : label.Venue,
                Year = known.Year > 0 ? known.Year : label.Year,
                Month = known.Year > 0 ? known.Month : label.Month,
                ArXivId = known.ArXivId ?? label.ArXivId,
            };
        return true;
    }

    /// <summary>
    /// The label in parentheses that ends a venue written out, <c>(OSDI '23)</c> in <c>Published in: Proceedings of the
    /// 17th USENIX Symposium on Operating Systems Design and Implementation (OSDI '23)</c>; null when there is none.
    /// </summary>
    private static Label? GroupAtEnd(string value)
    {
        var open = value.Length > 2 && value[value.Length - 1] == ')' ? value.LastIndexOf('(') : -1;

        // A short name and its year, nothing else: "(with SOSP 2019 follow-up)" is a note, "(2021)" a year for the label reader.
        return open > 0 && LabelReader.Read(value.Substring(open + 1, value.Length - open - 2), MarkdownEntryReader.TrailingVenueWords) is { Note: null } label
            && IsVenueWord(label.Venue)
            ? label
            : null;
    }

    /// <summary>Whether a field's name is one that gives the venue or the year (<see cref="TakeFromPart"/>), in any case.</summary>
    public static bool IsLabelField(string field) => IsOneOf(field, VenueFields) || IsOneOf(field, YearFields);

    /// <summary>Whether a text is one of the names, in any case.</summary>
    public static bool IsOneOf(string text, string[] names)
    {
        foreach (var name in names)
        {
            if (text.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
