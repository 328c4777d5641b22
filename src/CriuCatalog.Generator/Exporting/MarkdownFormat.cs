using System.Text;
using CriuCatalog.Generator.Model;

namespace CriuCatalog.Generator.Exporting;

/// <summary>
/// The parts of a paper's line of Markdown, <c>*Title*. Venue, Year. [arXiv:id](https://arxiv.org/abs/id)</c>, that
/// need escaping; the generated <c>Paper.ToMarkdown()</c> joins them with the year and arXiv id. Every character Markdown could read as markup is escaped with a backslash, which CommonMark allows before any
/// ASCII punctuation.
/// </summary>
internal static class MarkdownFormat
{
    /// <summary>What Markdown could read as markup: each is escaped with a backslash.</summary>
    private static readonly char[] Special = ['\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '#', '&', '!'];

    /// <summary>The title between the asterisks: the normalized title, escaped.</summary>
    /// <param name="exportTitle">The paper's <see cref="ExportText.Title"/>, which the BibTeX title starts from too.</param>
    public static string Title(string exportTitle) => Escape(exportTitle);

    /// <summary>The venue's name after the title: normalized and escaped.</summary>
    public static string VenueName(VenueModel venue) => Escape(ExportText.Normalize(venue.DisplayName));

    public static string Escape(string text)
    {
        if (text.IndexOfAny(Special) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (System.Array.IndexOf(Special, c) >= 0)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
