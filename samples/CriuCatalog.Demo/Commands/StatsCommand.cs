using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CriuCatalog.Demo.Commands;

/// <summary>
/// <c>stats</c>: bar charts of the papers per year, per kind of venue (conference, journal, report, preprint or
/// unknown, as the generated <see cref="CatalogEnumExtensions.Kind(Venue)"/> gives it), and per venue with more than
/// one paper. A paper counts once, at its primary publication.
/// </summary>
internal sealed class StatsCommand(IAnsiConsole console) : Command
{
    // The longest bar, in characters. The bars are drawn here rather than with Spectre's BarChart, which fills the
    // console's width (very wide when redirected) and draws no bar at all for a small value next to a large one.
    private const int LongestBar = 50;

    private int _charts;

    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        var papers = Papers.All;

        var years = papers.GroupBy(paper => paper.Year).OrderBy(group => group.Key)
            .Select(group => (group.Key.ToString(CultureInfo.InvariantCulture), group.Count()));
        WriteChart("Papers per year", years, Color.Green);

        // Every kind, the most papers first, so that a kind with none still shows as known and empty.
        var kinds = Enum.GetValues<VenueKind>()
            .Select(kind => (Kind: kind, Count: papers.Count(paper => paper.Venue.Kind() == kind)))
            .OrderByDescending(row => row.Count).ThenBy(row => row.Kind)
            .Select(row => (KindLabel(row.Kind), row.Count));
        WriteChart("Papers per kind of venue", kinds, Color.Blue);
        var alsoOnArXiv = papers.Count(paper => !paper.Publications[0].IsPreprint && paper.Publications.Any(publication => publication.IsPreprint));
        console.Write(new Text(string.Create(CultureInfo.InvariantCulture, $"Peer-reviewed papers that are on arXiv too: {alsoOnArXiv}"), Styles.Dim));
        console.WriteLine();

        var venues = papers.GroupBy(paper => paper.Venue).Where(group => group.Count() > 1)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key.ToDisplayName(), StringComparer.Ordinal)
            .Select(group => (group.Key.ToDisplayName(), group.Count()));
        WriteChart("Venues with more than one paper", venues, Color.Aqua);
        return 0;
    }

    private static string KindLabel(VenueKind kind) => kind switch
    {
        VenueKind.Conference => "conference or workshop",
        VenueKind.Journal => "journal",
        VenueKind.Report => "technical report",
        VenueKind.Preprint => "preprint only",
        _ => "other",
    };

    private void WriteChart(string title, IEnumerable<(string Label, int Count)> items, Color color)
    {
        var rows = items.ToList();
        var largest = Math.Max(1, rows.Max(row => row.Count));
        var block = console.Profile.Capabilities.Unicode ? '█' : '#';
        var chart = new Grid()
            .AddColumn(new GridColumn().NoWrap())
            .AddColumn(new GridColumn().NoWrap().RightAligned())
            .AddColumn(new GridColumn().NoWrap());
        foreach (var (label, count) in rows)
        {
            // Every count above zero gets at least one block, so that no bar is lost to rounding.
            var length = count == 0 ? 0 : Math.Max(1, (int)Math.Round(LongestBar * (double)count / largest, MidpointRounding.AwayFromZero));
            chart.AddRow(
                new Text(label),
                new Text(count.ToString(CultureInfo.InvariantCulture)),
                new Text(new string(block, length), new Style(color)));
        }

        if (_charts++ > 0)
        {
            console.WriteLine();
        }

        console.Write(new Text(title, Styles.Heading));
        console.WriteLine();
        console.Write(chart);
    }
}
