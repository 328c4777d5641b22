using System.Text;
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
    /// <summary>The title as the entry's <c>title</c> field holds it: escaped, with case-sensitive words protected.</summary>
    public static string Title(PaperModel paper) => ProtectCase(Escape(ExportText.Title(paper)));

    /// <summary>
    /// The entry type and the field that names the venue, e.g. <c>inproceedings</c> and <c>booktitle = {SoCC}</c>.
    /// A preprint's field is only written for a paper with no arXiv id, which has no <c>eprint</c> to say it.
    /// </summary>
    public static (string EntryType, string VenueField) Venue(VenueModel venue)
    {
        var kind = VenueKinds.Classify(venue.DisplayName, venue.IsPreprint);
        var field = kind switch
        {
            VenueKind.Conference => "booktitle",
            VenueKind.Journal => "journal",
            VenueKind.Report => "institution",
            _ => "howpublished",
        };
        return (EntryType(kind), field + " = {" + Escape(ExportText.Normalize(venue.DisplayName)) + "}");
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
}
