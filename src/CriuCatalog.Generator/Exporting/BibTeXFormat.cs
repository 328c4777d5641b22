using System.Text;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Model;

namespace CriuCatalog.Generator.Exporting;

/// <summary>
/// The parts of a paper's BibTeX entry that need escaping or a decision; the generated <c>Paper.ToBibTeX()</c> joins
/// them with the key, year and arXiv fields. The entry type follows the primary venue's <see cref="VenueKind"/>; the key
/// is the paper's stable key. Text is escaped for LaTeX, braces stay balanced (a literal brace is written as
/// <c>\textbraceleft{}</c>, because BibTeX counts braces even after a backslash), and words whose case a style
/// must not change (<c>GPU</c>, <c>eBPF</c>, <c>MigrOS</c>) are protected with <c>{}</c>.
/// </summary>
/// <remarks>The catalog lists no authors, so entries have no <c>author</c> field; docs/bibliography.md says so.</remarks>
internal static class BibTeXFormat
{
    /// <summary>LaTeX's special characters, which <see cref="Escape"/> replaces.</summary>
    private static readonly char[] Special = ['\\', '{', '}', '^', '~', '$', '&', '%', '#', '_'];

    /// <summary>The title as the entry's <c>title</c> field holds it: escaped, with case-sensitive words protected.</summary>
    /// <param name="exportTitle">The paper's <see cref="ExportText.Title"/>, which the Markdown title starts from too.</param>
    public static string Title(string exportTitle) => ProtectCase(Escape(exportTitle));

    /// <summary>The venue's name as its field holds it: normalized and escaped, e.g. <c>SIGMOD/PODS</c>.</summary>
    public static string VenueName(VenueModel venue) => Escape(ExportText.Normalize(venue.DisplayName));

    /// <summary>
    /// The field that names a venue of a kind, e.g. <c>booktitle</c> for a conference. A preprint's field is only
    /// written for a paper with no arXiv id, which has no <c>eprint</c> to say it.
    /// </summary>
    public static string VenueField(VenueKind kind) => kind switch
    {
        VenueKind.Conference => "booktitle",
        VenueKind.Journal => "journal",
        VenueKind.Report => "institution",
        _ => "howpublished",
    };

    /// <summary>The BibTeX entry type for a venue kind.</summary>
    public static string EntryType(VenueKind kind) => kind switch
    {
        VenueKind.Conference => "inproceedings",
        VenueKind.Journal => "article",
        VenueKind.Report => "techreport",
        _ => "misc",
    };

    /// <summary>Escapes LaTeX's special characters so the text prints as written.</summary>
    public static string Escape(string text)
    {
        if (text.IndexOfAny(Special) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\textbackslash{}"); break;
                case '{': builder.Append(@"\textbraceleft{}"); break;
                case '}': builder.Append(@"\textbraceright{}"); break;
                case '^': builder.Append(@"\textasciicircum{}"); break;
                case '~': builder.Append(@"\textasciitilde{}"); break;
                case '$' or '&' or '%' or '#' or '_': builder.Append('\\').Append(c); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Wraps in braces each word with a capital letter after its first character, so that a style that puts
    /// titles in sentence case keeps acronyms and names such as <c>GPU</c>, <c>CRIU-RTX</c> or <c>eBPF</c>.
    /// </summary>
    public static string ProtectCase(string escapedTitle)
    {
        // One pass over the words; a title with no word to protect is returned as it is.
        StringBuilder? builder = null;
        var copied = 0;
        for (var start = 0; start <= escapedTitle.Length;)
        {
            var end = escapedTitle.IndexOf(' ', start);
            if (end < 0)
            {
                end = escapedTitle.Length;
            }

            if (HasInnerCapital(escapedTitle, start, end))
            {
                // Punctuation around the word stays outside the braces: "{Planet-Scale}," not "{Planet-Scale,}".
                var coreStart = start;
                var coreEnd = end;
                while (coreStart < coreEnd && IsOuterPunctuation(escapedTitle[coreStart]))
                {
                    coreStart++;
                }

                while (coreEnd > coreStart && IsOuterPunctuation(escapedTitle[coreEnd - 1]))
                {
                    coreEnd--;
                }

                // A group that starts with a backslash, {\$GPU}, is a "special character" to BibTeX, whose case it
                // does change; a second pair of braces makes it an ordinary protected group.
                var special = coreStart < coreEnd && escapedTitle[coreStart] == '\\';
                builder ??= new StringBuilder(escapedTitle.Length + 16);
                builder.Append(escapedTitle, copied, coreStart - copied)
                    .Append(special ? "{{" : "{")
                    .Append(escapedTitle, coreStart, coreEnd - coreStart)
                    .Append(special ? "}}" : "}");
                copied = coreEnd;
            }

            start = end + 1;
        }

        return builder is null ? escapedTitle : builder.Append(escapedTitle, copied, escapedTitle.Length - copied).ToString();
    }

    private static bool IsOuterPunctuation(char c) => c is ',' or '.' or ':' or ';' or '!' or '?' or '(' or ')' or '"' or '\'';

    /// <summary>Whether the word from <paramref name="start"/> to <paramref name="end"/> has a capital after its first letter.</summary>
    private static bool HasInnerCapital(string text, int start, int end)
    {
        var seenLetter = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                // Skip an escape such as \textbraceleft{} or \&: its letters are a command, not the title's.
                i++;
                while (i < end && char.IsLetter(text[i]))
                {
                    i++;
                }

                if (i + 1 < end && text[i] == '{' && text[i + 1] == '}')
                {
                    i++;
                }

                continue;
            }

            if (char.IsUpper(c) && seenLetter)
            {
                return true;
            }

            seenLetter |= char.IsLetter(c);
        }

        return false;
    }
}
