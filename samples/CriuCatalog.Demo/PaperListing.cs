using System.Collections.Generic;
using Spectre.Console;

namespace CriuCatalog.Demo;

/// <summary>A table of papers: key, publications and title, never cut short (long titles wrap on a terminal).</summary>
internal static class PaperListing
{
    public static Table Of(IEnumerable<Paper> papers)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Key").NoWrap())
            .AddColumn(new TableColumn("Published").NoWrap())
            .AddColumn(new TableColumn("Title"));
        foreach (var paper in papers)
        {
            table.AddRow(new Text(paper.Key, Styles.Key), new Text(Format.Labels(paper), Styles.Label), new Text(paper.Title));
        }

        return table;
    }
}
