using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CriuCatalog.Demo.Commands;

/// <summary>The argument of <c>show</c>.</summary>
internal sealed class ShowSettings : CommandSettings
{
    [CommandArgument(0, "<key>")]
    [Description("The paper's key, e.g. async-fork (or its PaperId name, e.g. AsyncFork)")]
    public string Key { get; init; } = "";
}

/// <summary>
/// <c>show &lt;key&gt;</c>: one paper, every publication with its link, and its BibTeX. An unknown key exits with
/// 1 and the closest keys.
/// </summary>
internal sealed class ShowCommand(IAnsiConsole console) : Command<ShowSettings>
{
    public override int Execute(CommandContext context, ShowSettings settings, CancellationToken cancellationToken)
    {
        if (!PaperLookup.TryFind(settings.Key, out var paper))
        {
            var suggestions = string.Join(" or ", PaperLookup.Suggest(settings.Key).Select(key => "'" + key + "'"));
            DemoConsole.Error.Write(new Text($"No paper has the key '{settings.Key}'. Did you mean {suggestions}?", new Style(Color.Red)));
            DemoConsole.Error.WriteLine();
            return 1;
        }

        console.Write(new Text(paper.Title, Styles.Heading));
        console.WriteLine();
        console.WriteLine();

        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        facts.AddRow(new Text("Key", Styles.Dim), new Text(paper.Key, Styles.Key));
        facts.AddRow(new Text("Short name", Styles.Dim), new Text(paper.ShortName));
        facts.AddRow(new Text("Citation", Styles.Dim), new Text(paper.Citation));
        facts.AddRow(new Text("Categories", Styles.Dim), new Text(string.Join(", ", paper.Categories.Select(category => category.ToDisplayName()))));
        if (paper.ArXivId is { } arXivId)
        {
            facts.AddRow(new Text("arXiv", Styles.Dim), Link(Format.ArXivLink(arXivId)));
        }

        console.Write(facts);
        console.WriteLine();

        var publications = new Table().Border(TableBorder.Rounded)
            .Title(new TableTitle("Publications", Styles.Heading))
            .AddColumns("Label", "Venue", "Year", "Kind", "Link");
        foreach (var publication in paper.Publications)
        {
            publications.AddRow(
                new Text(publication.Label, Styles.Label),
                new Text(publication.Venue.ToDisplayName()),
                new Text(publication.Year.ToString(CultureInfo.InvariantCulture)),
                new Text(Format.Kind(publication)),
                publication.ArXivId is { } id ? Link(Format.ArXivLink(id)) : new Paragraph("-", Styles.Dim));
        }

        console.Write(publications);
        console.WriteLine();
        console.Write(new Text("BibTeX", Styles.Heading));
        console.WriteLine();

        // As it is, not rendered: a BibTeX entry copied from the terminal must not be wrapped.
        console.Profile.Out.Writer.Write(paper.ToBibTeX());
        return 0;
    }

    // A terminal that knows hyperlinks makes it clickable; a redirected console writes the address only.
    private static Paragraph Link(string url) => new(url, new Style(Color.Blue), new Link(url));
}
