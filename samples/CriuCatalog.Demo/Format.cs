using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectre.Console;

namespace CriuCatalog.Demo;

/// <summary>The few text formats the commands share.</summary>
internal static class Format
{
    /// <summary>Every publication's label, the primary first: <c>[VLDB '23] [arXiv:2301.05861 '23]</c>.</summary>
    public static string Labels(Paper paper) => string.Join(" ", paper.Publications.Select(publication => publication.Label));

    /// <summary><c>GPU CRIU (8 papers)</c>.</summary>
    public static string Count(string name, int papers) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} ({papers} {(papers == 1 ? "paper" : "papers")})");

    /// <summary>The page of an arXiv id.</summary>
    public static string ArXivLink(string arXivId) => "https://arxiv.org/abs/" + arXivId;

    /// <summary>Whether a publication went through peer review, in words.</summary>
    public static string Kind(Publication publication) => publication.IsPreprint ? "preprint" : "peer-reviewed";
}

/// <summary>The styles of the commands; a redirected console drops them.</summary>
internal static class Styles
{
    public static readonly Style Heading = new(decoration: Decoration.Bold);
    public static readonly Style Key = new(Color.Aqua);
    public static readonly Style Label = new(Color.Yellow);
    public static readonly Style Dim = new(decoration: Decoration.Dim);
}

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
