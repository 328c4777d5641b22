using System;
using System.Collections.Generic;

namespace CriuCatalog.Generator.Parsing;

/// <summary>An entry written as a formatted reference: its title, its venue and year, and its authors.</summary>
internal sealed record Reference(string Title, Label Label, string Authors);

/// <summary>
/// Reads an entry written as a formatted reference, authors first, as citation styles write one:
/// <list type="bullet">
/// <item>IEEE: <c>A. Writer and B. Coder, "Title," in Proc. OSDI, 2023, pp. 1-10.</c></item>
/// <item>MLA and Chicago: <c>Writer, Alice, and Bob Coder. "Title." Proceedings of OSDI. 2023.</c></item>
/// <item>APA: <c>Writer, A., &amp; Coder, B. (2023). Title. In Proceedings of OSDI (pp. 1-10).</c></item>
/// <item>Harvard: <c>Writer, A. and Coder, B., 2023. Title. In OSDI.</c></item>
/// <item>ACM: <c>Alice Writer and Bob Coder. 2022. Title. In Proceedings of SOSP '22. ACM, 1-12.</c></item>
/// </list>
/// The authors are told by their shape (<see cref="AuthorText"/>), so a line that starts with its title is never
/// read here. After the title come the venue and the year; pages, volumes, publishers and places are set aside.
/// </summary>
internal static class ReferenceReader
{
    /// <summary>A venue's name in a reference may be long: <c>Journal of Parallel and Distributed Computing</c>.</summary>
    public const int MaxVenueWords = 12;

    /// <summary>Words whose period ends an abbreviation, not a sentence: <c>Proc. OSDI</c>, <c>IEEE Trans. Comput.</c>.</summary>
    private static readonly string[] Abbreviations =
    [
        "Proc", "Symp", "Conf", "Int", "Intl", "Trans", "Syst", "Comput", "Distrib", "Parallel", "Softw", "Eng", "Sci",
        "Technol", "Commun", "Netw", "Oper", "Appl", "Res", "Rev", "Lett", "J", "Vol", "vol", "No", "no", "pp", "p",
        "Ed", "Eds", "ed", "eds", "vs", "al", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "Assoc", "Mach", "Inf", "Process", "Annu", "Workshop",
    ];

    /// <summary>Pieces that name who printed a paper or where, not the venue.</summary>
    private static readonly string[] Publishers =
    [
        "ACM", "IEEE", "USENIX", "USENIX Association", "Springer", "Elsevier", "ACM Press", "IEEE Press",
        "IEEE Computer Society", "Curran Associates", "Curran Associates, Inc", "PMLR", "New York", "NY", "USA",
    ];

    /// <summary>The reference in <paramref name="text"/>; null when the text does not start with a list of authors.</summary>
    public static Reference? Read(string text)
    {
        text = text.Trim();
        return ReadQuoted(text) ?? ReadYearFirst(text) ?? ReadSentences(text);
    }

    /// <summary>Authors, then a quoted title, then the venue and the year: IEEE, MLA, Chicago.</summary>
    private static Reference? ReadQuoted(string text)
    {
        var open = text.IndexOfAny(['"', '\u201C']);
        if (open <= 0)
        {
            return null;
        }

        var close = text.IndexOf(text[open] == '"' ? '"' : '\u201D', open + 1);
        var authors = Authors(text.Substring(0, open));
        if (close <= open + 1 || authors is null)
        {
            return null;
        }

        var title = text.Substring(open + 1, close - open - 1).Trim().TrimEnd(',', '.', ' ');
        return HasLetter(title) ? new Reference(title, ReadVenue(text.Substring(close + 1), 0), authors) : null;
    }

    /// <summary>Authors, then the year, then the title and the venue: APA <c>(2023).</c>, Harvard <c>, 2023.</c>, ACM <c>. 2022.</c>.</summary>
    private static Reference? ReadYearFirst(string text)
    {
        if (!FindYearAfterAuthors(text, out var start, out var end, out var year) || Authors(text.Substring(0, start)) is not { } authors)
        {
            return null;
        }

        var at = end;
        while (at < text.Length && text[at] is '.' or ',' or ' ')
        {
            at++;
        }

        var titleEnd = SentenceEnd(text, at);
        var title = text.Substring(at, titleEnd - at).Trim().TrimEnd('.', ',', ' ');
        if (!HasLetter(title))
        {
            return null;
        }

        return new Reference(title, ReadVenue(text.Substring(titleEnd), year), authors);
    }

    /// <summary>
    /// Authors, the title and the venue with its year, each a sentence, as publication pages and DBLP write them:
    /// <c>Ana Ruiz, Tom Berg. Title. EuroSys 2019.</c>, <c>A. Ruiz, T. Berg. Title. SOSP 2021.</c>,
    /// <c>Ruiz, A., Berg, T.: Title. In: ATC 2018</c>. The authors end at the last stop or colon before which the text
    /// is a list of people that no title could be (initials, <c>et al.</c>) and after which a title and a venue with a
    /// year follow, so a line that starts with its title is never read here.
    /// </summary>
    private static Reference? ReadSentences(string text)
    {
        // A list of people is short: the authors end in the first MaxAuthorsLength characters, so a long line costs
        // one pass per stop there, not per stop of the line.
        for (var split = LastAuthorsEnd(text, Math.Min(text.Length, MaxAuthorsLength)); split > 0; split = LastAuthorsEnd(text, split))
        {
            // Without quotes or a year after them, only authors no title could be are taken: "Fast Restore, Lazy Copy. A
            // Study. OSDI 2020" starts with its title.
            if (AuthorsBeforeTitle(text.Substring(0, split + 1)) is not { } authors)
            {
                continue;
            }

            var at = split + 1;
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            var titleEnd = SentenceEnd(text, at);
            var title = text.Substring(at, titleEnd - at).Trim().TrimEnd('.', ',', ' ');
            if (titleEnd < text.Length && HasLetter(title) && ReadVenue(text.Substring(titleEnd), 0) is { Venue.Length: > 0, Year: > 0 } label)
            {
                return new Reference(title, label, authors);
            }
        }

        return null;
    }

    /// <summary>The most characters the authors of a reference written in sentences may take.</summary>
    private const int MaxAuthorsLength = 600;

    /// <summary>The last stop or colon followed by a space before <paramref name="before"/>, or -1.</summary>
    private static int LastAuthorsEnd(string text, int before)
    {
        for (var i = before - 1; i > 0; i--)
        {
            if (text[i] is '.' or ':' && i + 1 < text.Length && text[i + 1] == ' ')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The authors written before a title that is not plain text (a link), with the stop or colon that ends them:
    /// <c>A. Ruiz, T. Berg.</c>, <c>Ruiz, A., Berg, T.:</c>; null when they are no list of people that no title could be
    /// (<c>Ana Ruiz, Tom Berg.</c> is written as <c>Fast Restore, Lazy Copy.</c> is).
    /// </summary>
    public static string? AuthorsBeforeTitle(string text)
    {
        text = text.Trim();
        var authors = (text.EndsWith(":", StringComparison.Ordinal) || !text.EndsWith(".", StringComparison.Ordinal) || EndsAbbreviation(text, text.Length - 1)
            ? text
            : text.Substring(0, text.Length - 1)).TrimEnd(',', ':', ' ');
        return authors.Length > 0 && AuthorText.IsSurelyAuthorList(authors) ? authors : null;
    }

    /// <summary>The authors before a title or a year, without the punctuation that ends them; null when they are none.</summary>
    private static string? Authors(string text)
    {
        var authors = text.Trim().TrimEnd(',', ':', ' ');
        return authors.Length > 0 && AuthorText.IsAuthorList(authors, allowSingleName: false) ? authors : null;
    }

    /// <summary>
    /// The first year of the text, written as a reference writes it after its authors: <c>(2023)</c>, <c>(2023a)</c>,
    /// <c>(2023, October 5)</c>, <c>, 2023.</c> or <c>. 2022.</c>. The bounds include the parentheses.
    /// </summary>
    private static bool FindYearAfterAuthors(string text, out int start, out int end, out int year)
    {
        for (var i = 2; i + 4 <= text.Length; i++)
        {
            if (!IsFourDigits(text, i) || !CatalogYear.TryParse(text.Substring(i, 4), out year, out _))
            {
                continue;
            }

            var after = i + 4;
            if (text[i - 1] == '(')
            {
                var close = text.IndexOf(')', after);
                if (close > 0 && close - after <= 20)
                {
                    (start, end) = (i - 1, close + 1);
                    return true;
                }
            }
            else if (text[i - 1] == ' ' && text[i - 2] is ',' or '.' && (after == text.Length || text[after] == '.'))
            {
                (start, end) = (i - 2, after);
                return true;
            }

            break;
        }

        start = end = year = 0;
        return false;
    }

    /// <summary>
    /// The venue and the year in what follows a reference's title: the first piece that is a venue, and a year from a
    /// piece of its own or from the venue's label (<c>SOSP '22</c>) when <paramref name="year"/> is 0. A reference with
    /// neither gets an empty venue and no year, which then come from the headings.
    /// </summary>
    private static Label ReadVenue(string text, int year)
    {
        string? venue = null, arXivId = null, note = null;
        var month = 0;
        var spelledOut = false;
        foreach (var piece in Pieces(text))
        {
            if (SideNotes.IsPresentation(piece))
            {
                // "SOSP 2021. Best Paper.": how the paper was presented or honoured is the label's note.
                note ??= SideNotes.Clean(piece);
                continue;
            }

            if (piece.Length == 4 && CatalogYear.TryParse(piece, out var bare, out _))
            {
                year = year == 0 ? bare : year;
                continue;
            }

            if (IsSetAside(piece))
            {
                continue;
            }

            // "In Proceedings of the 11th ACM Symposium on Cloud Computing (SoCC '20)": the venue's short label, after
            // its name written out, is how the list names it; a publisher and its year ("ACM 2020") are none.
            var label = LabelReader.Read(piece, MaxVenueWords);
            var shortName = spelledOut && label is { Venue.Length: > 0 } && label.Venue.IndexOf(' ') < 0
                && LabelReader.IsVenueName(label.Venue) && !IsSetAside(label.Venue);
            if (venue is not null && !shortName)
            {
                // "…, IEEE 2020, pp. 1-14": a publisher's year is the reference's when it has no other.
                year = year == 0 && label is { Year: > 0 } ? label.Year : year;
                continue;
            }

            if (label is { Venue.Length: > 0 })
            {
                // "To appear in OSDI 2024.": the state is the label's note.
                note = label.Note is { } state && LabelReader.IsStatus(state) ? state : note;
                (venue, arXivId, spelledOut) = (label.Venue, label.ArXivId, false);
                month = year == 0 || year == label.Year ? label.Month : 0;
                year = year == 0 ? label.Year : year;
            }
            else if (LabelReader.ReadVenue(piece, MaxVenueWords) is var (name, id))
            {
                (venue, arXivId, spelledOut) = (name, id, name.IndexOf(' ') > 0);
            }
        }

        return new Label(venue ?? string.Empty, year, month, note, arXivId, null);
    }

    /// <summary>
    /// The pieces of what follows a title, split at <c>, </c>, <c>; </c>, parentheses and a period that ends a
    /// sentence (not an abbreviation's, as in <c>Proc. OSDI</c>), each trimmed of punctuation and emphasis.
    /// </summary>
    private static List<string> Pieces(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var split = i == text.Length
                || text[i] is '(' or ')'
                || (i + 1 < text.Length && text[i + 1] == ' ' && (text[i] is ',' or ';' || (text[i] == '.' && !EndsAbbreviation(text, i))));
            if (!split)
            {
                continue;
            }

            var piece = text.Substring(start, i - start).Trim().Trim('.', ',', ';', ':', '*', '_', ' ');
            if (piece.Length > 0)
            {
                pieces.Add(piece);
            }

            start = i + 1;
        }

        return pieces;
    }

    /// <summary>Where the sentence that starts at <paramref name="from"/> ends: at <c>. </c>, <c>? </c> or <c>! </c>, or the end.</summary>
    private static int SentenceEnd(string text, int from)
    {
        for (var i = from; i + 1 < text.Length; i++)
        {
            if (text[i + 1] == ' ' && ((text[i] == '.' && !EndsAbbreviation(text, i)) || text[i] is '?' or '!'))
            {
                return text[i] == '.' ? i : i + 1;
            }
        }

        return text.Length;
    }

    /// <summary>Whether the period at <paramref name="dot"/> ends an abbreviation or an initial, not a sentence.</summary>
    public static bool EndsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text.Substring(start, dot - start);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (word == abbreviation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Pages (<c>pp. 1-10</c>, <c>1-12</c>), volumes and issues, DOIs and links, publishers and places.</summary>
    private static bool IsSetAside(string piece)
    {
        if (!HasLetter(piece) || StartsWithWord(piece, "pp") || StartsWithWord(piece, "p") || StartsWithWord(piece, "vol")
            || StartsWithWord(piece, "no") || StartsWithWord(piece, "issue") || StartsWithWord(piece, "doi")
            || StartsWithWord(piece, "Article") || piece.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var publisher in Publishers)
        {
            if (piece.Equals(publisher, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithWord(string text, string word)
        => text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
           && (text.Length == word.Length || text[word.Length] is ' ' or '.' or ':' || char.IsDigit(text[word.Length]));

    private static bool IsFourDigits(string text, int at)
    {
        for (var i = at; i < at + 4; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return at + 4 == text.Length || text[at + 4] is < '0' or > '9';
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
