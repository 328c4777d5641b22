using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CriuCatalog.Generator.Model;

namespace CriuCatalog.Generator.Exporting;

/// <summary>
/// Writes a paper as a BibTeX entry. The entry type follows the primary venue's <see cref="VenueKind"/>; the key
/// is the paper's stable key. Text is escaped for LaTeX, braces stay balanced (a literal brace is written as
/// <c>\textbraceleft{}</c>, because BibTeX counts braces even after a backslash), and words whose case a style
/// must not change (<c>GPU</c>, <c>eBPF</c>, <c>MigrOS</c>) are protected with <c>{}</c>.
/// </summary>
/// <remarks>The catalog lists no authors, so entries have no <c>author</c> field; docs/bibliography.md says so.</remarks>
internal static class BibTeXFormat
{
    /// <summary>The entry's lines, each without a line break: <c>@type{key,</c>, one line per field, and <c>}</c>.</summary>
    public static IReadOnlyList<string> Entry(CatalogModel catalog, PaperModel paper)
    {
        var primary = paper.Primary;
        var venue = catalog.Venues[primary.Venue];
        var kind = VenueKinds.Classify(venue.DisplayName, venue.IsPreprint);
        var arXivId = paper.ArXivId;

        var lines = new List<string> { "@" + EntryType(kind) + "{" + paper.Key + "," };
        lines.Add(Field("title", ProtectCase(Escape(ExportText.Title(paper)))));
        var venueName = Escape(ExportText.Normalize(venue.DisplayName));
        switch (kind)
        {
            case VenueKind.Conference:
                lines.Add(Field("booktitle", venueName));
                break;
            case VenueKind.Journal:
                lines.Add(Field("journal", venueName));
                break;
            case VenueKind.Report:
                lines.Add(Field("institution", venueName));
                break;
            case VenueKind.Unknown:
                lines.Add(Field("howpublished", venueName));
                break;
            case VenueKind.Preprint when arXivId is null:
                lines.Add(Field("howpublished", venueName));
                break;
        }

        lines.Add(Field("year", primary.Year.ToString(CultureInfo.InvariantCulture)));
        if (arXivId is not null)
        {
            lines.Add(Field("eprint", arXivId));
            lines.Add(Field("archivePrefix", "arXiv"));
            lines.Add(Field("url", "https://arxiv.org/abs/" + arXivId));
        }

        lines.Add("}");
        return lines;
    }

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
        var builder = new StringBuilder(text.Length);
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
        var words = escapedTitle.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (HasInnerCapital(word))
            {
                // Punctuation around the word stays outside the braces: "{Planet-Scale}," not "{Planet-Scale,}".
                var start = 0;
                var end = word.Length;
                while (start < end && IsOuterPunctuation(word[start]))
                {
                    start++;
                }

                while (end > start && IsOuterPunctuation(word[end - 1]))
                {
                    end--;
                }

                // A group that starts with a backslash, {\$GPU}, is a "special character" to BibTeX, whose case it
                // does change; a second pair of braces makes it an ordinary protected group.
                var core = word.Substring(start, end - start);
                var protectedCore = core.StartsWith("\\", System.StringComparison.Ordinal) ? "{{" + core + "}}" : "{" + core + "}";
                words[i] = word.Substring(0, start) + protectedCore + word.Substring(end);
            }
        }

        return string.Join(" ", words);
    }

    private static bool IsOuterPunctuation(char c) => c is ',' or '.' or ':' or ';' or '!' or '?' or '(' or ')' or '"' or '\'';

    private static bool HasInnerCapital(string word)
    {
        var seenLetter = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '\\')
            {
                // Skip an escape such as \textbraceleft{} or \&: its letters are a command, not the title's.
                i++;
                while (i < word.Length && char.IsLetter(word[i]))
                {
                    i++;
                }

                if (i + 1 < word.Length && word[i] == '{' && word[i + 1] == '}')
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

    private static string Field(string name, string value) => "  " + name + " = {" + value + "},";
}
