using System;

namespace CriuCatalog.Generator.Parsing;

/// <summary>A venue and year read from a Markdown label such as <c>[NeurIPS'25 Spotlight]</c>.</summary>
/// <param name="Venue">The venue as written, without an arXiv id: <c>NeurIPS</c>.</param>
/// <param name="Year">The four-digit year.</param>
/// <param name="Month">1–12 when the label gives a month (<c>[arXiv 2023.02]</c>), otherwise 0.</param>
/// <param name="Note">The track or note after the year, parentheses removed: <c>Spotlight</c>, <c>PMLR</c>.</param>
/// <param name="ArXivId">A well-formed arXiv id in the venue, as in <c>arXiv:2202.07848</c>.</param>
/// <param name="MalformedArXivId">Text after <c>arXiv:</c> that is not an arXiv id; kept as a note.</param>
internal sealed record Label(string Venue, int Year, int Month, string? Note, string? ArXivId, string? MalformedArXivId);

/// <summary>
/// Reads the labels of Markdown lists: a venue, then a year in any of the forms lists use, then an optional note.
/// <c>[OSDI '23]</c>, <c>[OSDI'23]</c>, <c>[OSDI ’23]</c>, <c>[SoCC '2024]</c>, <c>[NeurIPS 2017]</c>,
/// <c>[arXiv 2023.02]</c>, <c>[arXiv23]</c>, <c>[arxiv, 2022]</c>, <c>[FAST'25 WiP]</c>,
/// <c>[Journal of Systems and Software ‘24(CCF B)]</c>, <c>[arXiv:2202.07848]</c>. One left-to-right scan per form.
/// </summary>
internal static class LabelReader
{
    private const string ArXiv = "arXiv";
    private const string CoRR = "CoRR";
    private const int MaxVenueLength = 100;

    /// <summary>Reads <paramref name="text"/> (the label without its brackets) as a label; null when it is not one.</summary>
    /// <param name="text">The label's text, cleaned of Markdown.</param>
    /// <param name="maxVenueWords">The most words a venue may have; a label after a title allows fewer.</param>
    public static Label? Read(string text, int maxVenueWords = 8)
    {
        if (text.Length == 0 || text.Length > 4 * MaxVenueLength)
        {
            return null;
        }

        if (SideNotes.IsOtherVersion(text))
        {
            // "[See also HotOS 2019]", "(extended version in TOCS 2022)", "[see also arXiv:2301.00001]": another
            // version's venue, year or id are no label's.
            return null;
        }

        int tokenStart, tokenEnd, year, month = 0;
        if (!FindApostropheYear(text, out tokenStart, out tokenEnd, out year)
            && !FindFourDigitYear(text, out tokenStart, out tokenEnd, out year, out month)
            && !FindAttachedYear(text, out tokenStart, out tokenEnd, out year))
        {
            return ReadArXivWithoutYear(text);
        }

        var written = TrimVenue(text.Substring(0, tokenStart));
        var status = Status(ref written);
        var venue = WithoutProceedings(WithoutMonth(written, ref month));
        var note = TrimNote(text.Substring(tokenEnd));
        if (venue.Length == 0 && written.Length > 0 && note is not null)
        {
            // "In Proceedings of the 2023 USENIX Annual Technical Conference": the venue is after the year.
            (venue, note) = (note, null);
        }

        if (venue.Length == 0 && month > 0 && written.Length > 0 && note is null)
        {
            // "Mar 2023": a date with no venue, which then comes from elsewhere, as for a bare year.
            return new Label(string.Empty, year, month, null, null, null);
        }

        if (!IsVenue(venue, maxVenueWords))
        {
            return null;
        }

        var (name, id, malformed) = SplitArXivId(venue);
        return new Label(name, year, month, status is null ? note : note is null ? status : status + ", " + note, id, malformed);
    }

    /// <summary>
    /// Takes the state of the publication off the start of a venue, and returns it as the label's note:
    /// <c>to appear in OSDI</c> is OSDI, <c>to appear</c>; <c>accepted at EuroSys</c> is EuroSys, <c>accepted</c>. Null,
    /// and the venue as it was, when it has none or nothing follows it.
    /// </summary>
    private static string? Status(ref string venue)
    {
        foreach (var (state, words) in Statuses)
        {
            if (HasLeadingWord(venue, state))
            {
                // The state is joined to the venue by a word or a colon: "Under Review Board Meeting" is a venue's name.
                var rest = venue.Substring(state.Length);
                var joined = rest.TrimStart(' ') is { Length: > 0 } spaced && spaced[0] is ':' or ',';
                rest = rest.TrimStart(':', ',', ' ');
                foreach (var word in words)
                {
                    if (HasLeadingWord(rest, word))
                    {
                        rest = rest.Substring(word.Length).TrimStart(':', ' ');
                        joined = true;
                        break;
                    }
                }

                if (HasLeadingWord(rest, "the") && rest.Substring(3).TrimStart(' ') is var proceedings && HasLeadingWord(proceedings, "Proceedings"))
                {
                    // "to appear in the Proceedings of OSDI"; "to appear in The Web Conference" keeps its name.
                    rest = proceedings;
                }

                // "In Press" says what it is with no word after it: "In Press Journal" is no venue's name.
                if (rest.Length == 0 || !(joined || state == "in press"))
                {
                    return null;
                }

                var written = venue.Substring(0, state.Length);
                venue = rest;
                return written;
            }
        }

        return null;
    }

    /// <summary>Whether a label's note is only the state its venue was written with (<see cref="Status"/>): <c>to appear</c>.</summary>
    public static bool IsStatus(string note)
    {
        foreach (var (state, _) in Statuses)
        {
            if (note.Equals(state, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>States a publication is written with before its venue, with the words that join them.</summary>
    private static readonly (string State, string[] Words)[] Statuses =
    [
        ("to appear", ["in", "at"]),
        ("conditionally accepted", ["at", "to", "in", "by", "for"]),
        ("accepted for publication", ["in", "at", "by"]),
        ("accepted", ["at", "to", "in", "by", "for"]),
        ("forthcoming", ["in", "at"]),
        ("in press", ["at", "in"]),
        ("under review", ["at", "for", "in"]),
        ("submitted", ["to", "at"]),
    ];

    /// <summary>
    /// A venue written with no year, as a reference writes it after its title: <c>in Proc. OSDI</c>,
    /// <c>Proceedings of the VLDB Endowment</c>, <c>arXiv preprint arXiv:2301.00001</c>. Null when it is no venue.
    /// </summary>
    /// <param name="text">The venue's text, cleaned of Markdown.</param>
    /// <param name="maxVenueWords">The most words the venue may have.</param>
    public static (string Venue, string? ArXivId)? ReadVenue(string text, int maxVenueWords)
    {
        var venue = WithoutProceedings(TrimVenue(text));
        if (!IsVenue(venue, maxVenueWords))
        {
            return null;
        }

        var (name, id, _) = SplitArXivId(venue);
        return (name, id);
    }

    /// <summary>
    /// <c>2301.01234</c>: an arXiv identifier of the current scheme written alone, as lists of preprints label a paper
    /// (<c>[2301.01234] Title</c>): a label at arXiv, in the year the identifier was issued. Null for any other text.
    /// </summary>
    public static Label? BareArXivId(string text)
    {
        text = text.Trim();
        return text.IndexOf('/') < 0 && ArXivId.TryGetIssueYear(text, out var year) ? new Label(ArXiv, year, 0, null, text, null) : null;
    }

    /// <summary><c>2023</c>: a year with no venue, which then comes from the headings.</summary>
    public static Label? BareYear(string text)
        => text.Length == 4 && CatalogYear.TryParse(text, out var year, out _) ? new Label(string.Empty, year, 0, null, null, null) : null;

    /// <summary>
    /// A date with no venue, as lists write it before a title: <c>2023</c>, <c>2023/05</c>, <c>2023.05</c>,
    /// <c>2023-05</c> or <c>2023-05-17</c>. Its year and month; the venue then comes from elsewhere, as for a bare year.
    /// </summary>
    public static Label? BareDate(string text)
    {
        text = text.Trim();
        if (!FindFourDigitYear(text, out var start, out var end, out var year, out var month) || start != 0)
        {
            return null;
        }

        // "2023-05-17": a day after the month, with the month's separator.
        var day = end + 3 == text.Length && month > 0 && text[end] == text[4] && CountDigits(text, end + 1) == 2
            ? ((text[end + 1] - '0') * 10) + (text[end + 2] - '0')
            : 0;
        return end == text.Length || day is >= 1 and <= 31 ? new Label(string.Empty, year, month, null, null, null) : null;
    }

    /// <summary>Whether a venue name is arXiv's, in any case.</summary>
    public static bool IsArXiv(string venue) => string.Equals(venue, ArXiv, StringComparison.OrdinalIgnoreCase);

    /// <summary>A venue's name: words of letters, digits, <c>-</c>, <c>/</c> or <c>&amp;</c>, one written like an acronym (<c>USENIX ATC</c>, <c>arXiv</c>).</summary>
    public static bool IsVenueName(string name)
    {
        var acronym = false;
        foreach (var word in name.Split(' '))
        {
            var capitals = 0;
            foreach (var c in word)
            {
                if (!char.IsLetterOrDigit(c) && c is not ('-' or '/' or '&'))
                {
                    return false;
                }

                capitals += c is >= 'A' and <= 'Z' ? 1 : 0;
            }

            acronym |= capitals >= 2 || IsArXiv(word);
        }

        return acronym;
    }

    /// <summary>
    /// A venue's name written out in words: <c>Journal of Systems and Software</c>, <c>IEEE Transactions on Computers</c>,
    /// <c>Symposium on Operating Systems Principles</c>. Capitalized words (and <c>of</c>, <c>on</c>, <c>and</c>,
    /// <c>for</c>, <c>in</c>, <c>the</c>, <c>&amp;</c>), at most twelve, one of them a word that only venues use.
    /// </summary>
    public static bool IsVenueTitle(string name)
    {
        var words = name.Split(' ');
        var named = false;
        if (words.Length > 12)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word is "of" or "on" or "and" or "for" or "in" or "the" or "&")
            {
                continue;
            }

            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }

            // "ACM Computing Surveys", "Communications of the ACM"; not "Collective Communications".
            named |= word is "Journal" or "Transactions" or "Proceedings" or "Conference" or "Symposium" or "Workshop" or "Letters" or "Magazine"
                || (word == "Surveys" && i > 0 && words[i - 1] == "Computing" && i == words.Length - 1)
                || (word == "Communications" && i + 1 < words.Length && words[i + 1] == "of");
        }

        return named;
    }

    /// <summary>One word written like a venue (<see cref="IsVenueName"/>): <c>SIGMOD</c>, <c>NeurIPS</c>, <c>arXiv</c>.</summary>
    public static bool IsOneWordVenue(string word) => word.IndexOf(' ') < 0 && IsVenueName(word);

    /// <summary>Whether the text writes a year with an apostrophe: <c>'23</c>, <c>’23</c>, <c>'2024</c>.</summary>
    public static bool HasApostropheYear(string text) => FindApostropheYear(text, out _, out _, out _);

    /// <summary>
    /// Whether the text writes a year out, with an apostrophe or as four digits (<c>OSDI 2023</c>), rather than
    /// attached to a word (<c>arXiv23</c>, and so <c>ResNet50</c>).
    /// </summary>
    public static bool HasExplicitYear(string text)
        => FindApostropheYear(text, out _, out _, out _) || FindFourDigitYear(text, out _, out _, out _, out _);

    /// <summary><c>'23</c>, <c>’23</c>, <c>'2024</c>, <c>' 24</c>: an apostrophe, then two or four digits.</summary>
    private static bool FindApostropheYear(string text, out int start, out int end, out int year)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\'' or '\u2019' or '\u2018'))
            {
                continue;
            }

            var digitsStart = i + 1;
            while (digitsStart < text.Length && text[digitsStart] == ' ')
            {
                digitsStart++;
            }

            var digits = CountDigits(text, digitsStart);
            if (digits is 2 or 4 && CatalogYear.TryParse(text.Substring(digitsStart, digits), out year, out _))
            {
                start = i;
                end = digitsStart + digits;
                return true;
            }
        }

        start = end = year = 0;
        return false;
    }

    /// <summary><c>2017</c>, <c>2023.02</c>, <c>2023-02</c>: four digits from 1900 to 2099, and a month after them.</summary>
    private static bool FindFourDigitYear(string text, out int start, out int end, out int year, out int month)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if ((i > 0 && IsDigit(text[i - 1])) || CountDigits(text, i) != 4)
            {
                continue;
            }

            var value = int.Parse(text.Substring(i, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
            var after = i + 4;
            if (value is < 1900 or > 2099)
            {
                i = after;
                continue;
            }

            month = 0;
            if (after < text.Length && text[after] is '.' or '-' or '/' && after + 1 < text.Length && IsDigit(text[after + 1]))
            {
                // "2023.02" has a month; "2012.03456" is an arXiv id, not a year.
                var monthDigits = CountDigits(text, after + 1);
                var monthValue = monthDigits == 2 ? ((text[after + 1] - '0') * 10) + (text[after + 2] - '0') : 0;
                if (monthValue is < 1 or > 12)
                {
                    i = after;
                    continue;
                }

                month = monthValue;
                after += 3;
            }

            start = i;
            end = after;
            year = value;
            return true;
        }

        start = end = year = month = 0;
        return false;
    }

    /// <summary>
    /// <c>arXiv23</c>, <c>OSDI23</c>: two digits right after two letters or more, ending the word (so <c>x86</c> is
    /// no year).
    /// </summary>
    private static bool FindAttachedYear(string text, out int start, out int end, out int year)
    {
        for (var i = 2; i + 2 <= text.Length; i++)
        {
            if (char.IsLetter(text[i - 1]) && char.IsLetter(text[i - 2]) && CountDigits(text, i) == 2 && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2]))
                && CatalogYear.TryParse(text.Substring(i, 2), out year, out _))
            {
                start = i;
                end = i + 2;
                return true;
            }
        }

        start = end = year = 0;
        return false;
    }

    /// <summary><c>arXiv:2202.07848</c> with no year: the id's issue year is the year.</summary>
    private static Label? ReadArXivWithoutYear(string text)
    {
        var (name, id, _) = SplitArXivId(TrimVenue(text));
        return id is not null && ArXivId.TryGetIssueYear(id, out var year) ? new Label(name, year, 0, null, id, null) : null;
    }

    /// <summary>
    /// Splits <c>arXiv:2202.07848</c> or <c>arXiv 2202.07848</c> into arXiv and the id, and reads the ways other
    /// tools write the same: <c>arXiv preprint arXiv:2202.07848</c> (Google Scholar), <c>ArXiv abs/2202.07848</c>
    /// (Semantic Scholar) and <c>CoRR abs/2202.07848</c> (DBLP, whose CoRR is arXiv's computing section).
    /// </summary>
    private static (string Venue, string? Id, string? Malformed) SplitArXivId(string venue)
    {
        if (HasLeadingWord(venue, CoRR) && venue.Length > CoRR.Length)
        {
            // CoRR is read as arXiv only with an id: "CoRR 2023" stays the venue the list wrote.
            var id = WithoutPrefix(venue.Substring(CoRR.Length).TrimStart(' ', '\t', ',', ':'), "abs/");
            return ArXivId.TryGetIssueYear(id, out _) ? (ArXiv, id, null) : (venue, null, null);
        }

        if (venue.Length <= ArXiv.Length || !HasLeadingWord(venue, ArXiv))
        {
            return (venue, null, null);
        }

        var rest = venue.Substring(ArXiv.Length).TrimStart(' ', '\t', ':', ',').Trim();
        var described = false;
        foreach (var word in new[] { "preprint", "e-prints" })
        {
            if (HasLeadingWord(rest, word))
            {
                rest = rest.Substring(word.Length).TrimStart(' ', '\t', ',');
                rest = HasLeadingWord(rest, ArXiv) ? rest.Substring(ArXiv.Length).TrimStart(' ', '\t', ':') : rest;
                described = true;
                break;
            }
        }

        rest = WithoutPrefix(rest, "abs/");
        var name = venue.Substring(0, ArXiv.Length);
        if (rest.Length == 0 || !(IsDigit(rest[0]) || rest.IndexOf('/') >= 0))
        {
            return venue[ArXiv.Length] == ':' ? (name, null, rest.Length == 0 ? null : rest)
                : described && rest.Length == 0 ? (name, null, null)
                : (venue, null, null);
        }

        return ArXivId.TryGetIssueYear(rest, out _) ? (name, rest, null) : (name, null, rest);
    }

    /// <summary>
    /// <c>arXiv, Mar</c>, <c>SOSP, October</c>, <c>Sept.</c>: a month's English name or its abbreviation ending the
    /// venue is the month, when the year gave none.
    /// </summary>
    private static string WithoutMonth(string venue, ref int month)
    {
        var end = venue.Length;
        if (month != 0 || end == 0)
        {
            return venue;
        }

        if (venue[end - 1] == '.')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(venue[start - 1]))
        {
            start--;
        }

        var word = venue.Substring(start, end - start);
        if (word.Length < 3 || (start > 0 && venue[start - 1] is not (' ' or ',' or '\t')))
        {
            return venue;
        }

        for (var i = 0; i < 12; i++)
        {
            if (IsMonthName(word, i))
            {
                month = i + 1;
                return TrimVenue(venue.Substring(0, start));
            }
        }

        return venue;
    }

    /// <summary>Whether <paramref name="word"/> (three letters or more) is month <paramref name="index"/>'s name or an abbreviation of it.</summary>
    private static bool IsMonthName(string word, int index)
    {
        var full = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[index];
        return word.Length <= full.Length && full.StartsWith(word, StringComparison.OrdinalIgnoreCase)
            && (word.Length == 3 || word.Length == full.Length || (index == 8 && word.Length == 4));
    }

    /// <summary>
    /// <c>In OSDI</c>, <c>In Proceedings of OSDI</c>, <c>Proc. of the SOSP</c>: the venue without the words around
    /// it that citations add. The proceedings' words go only before a single word, so that
    /// <c>Proceedings of the VLDB Endowment</c>, a journal's name, stays.
    /// </summary>
    private static string WithoutProceedings(string venue)
    {
        var rest = venue;
        if (HasLeadingWord(rest, "In") && rest.Length > 2)
        {
            rest = rest.Substring(2).TrimStart(':', ' ', '\t');
        }

        foreach (var words in new[] { "Proceedings of the", "Proceedings of", "Proc. of the", "Proc. of", "Proc." })
        {
            if (rest.StartsWith(words, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == words.Length || rest[words.Length] == ' ' || words[words.Length - 1] == '.'))
            {
                var name = rest.Substring(words.Length).Trim();
                return name.IndexOf(' ') < 0 ? name : rest;
            }
        }

        return rest;
    }

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="word"/> (in any case) and a word ends there.</summary>
    private static bool HasLeadingWord(string text, string word)
        => text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetterOrDigit(text[word.Length]));

    private static string WithoutPrefix(string text, string prefix)
        => text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? text.Substring(prefix.Length) : text;

    private static string TrimVenue(string venue) => venue.Trim().TrimEnd(',', ';', ':', '-', '\u2013', '(', '@', ' ').Trim();

    private static string? TrimNote(string note)
    {
        note = note.Trim().TrimStart(',', ';', ':', '-', '\u2013', '.', '*', '_', ' ').Trim();
        while (note.Length >= 2 && note[0] == '(' && note[note.Length - 1] == ')')
        {
            note = note.Substring(1, note.Length - 2).Trim();
        }

        return note.Length == 0 ? null : note;
    }

    private static bool IsVenue(string venue, int maxWords)
    {
        if (venue.Length == 0 || venue.Length > MaxVenueLength)
        {
            return false;
        }

        var letters = false;
        var words = 1;
        foreach (var c in venue)
        {
            letters |= char.IsLetter(c);
            if (c == ' ')
            {
                words++;
            }
        }

        return letters && words <= maxWords;
    }

    private static int CountDigits(string text, int start)
    {
        var i = start;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
