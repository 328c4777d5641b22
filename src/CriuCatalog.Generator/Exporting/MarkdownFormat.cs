using System.Globalization;
using System.Text;
using CriuCatalog.Generator.Model;

namespace CriuCatalog.Generator.Exporting;

/// <summary>
/// Writes a paper as one line of Markdown: <c>*Title*. Venue, Year. [arXiv:id](https://arxiv.org/abs/id)</c>.
/// Every character Markdown could read as markup is escaped with a backslash, which CommonMark allows before any
/// ASCII punctuation.
/// </summary>
internal static class MarkdownFormat
{
    public static string Line(CatalogModel catalog, PaperModel paper)
    {
        var primary = paper.Primary;
        var builder = new StringBuilder()
            .Append('*').Append(Escape(ExportText.Title(paper))).Append("*. ")
            .Append(Escape(ExportText.Normalize(catalog.Venues[primary.Venue].DisplayName))).Append(", ")
            .Append(primary.Year.ToString(CultureInfo.InvariantCulture)).Append('.');
        if (paper.ArXivId is { } id)
        {
            builder.Append(" [arXiv:").Append(Escape(id)).Append("](https://arxiv.org/abs/").Append(id).Append(')');
        }

        return builder.ToString();
    }

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '#' or '&' or '!')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
