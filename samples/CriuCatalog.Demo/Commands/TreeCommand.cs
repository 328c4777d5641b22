using System;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CriuCatalog.Demo.Commands;

/// <summary><c>tree</c>: the catalog, its categories with their counts, and each category's papers.</summary>
internal sealed class TreeCommand(IAnsiConsole console) : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        var categories = Categories.All;
        var tree = new Tree(new Text(Format.Count(Papers.CatalogTitle, Papers.All.Count), Styles.Heading));
        foreach (var category in categories)
        {
            var papers = Papers.InCategory(category);
            var node = tree.AddNode(new Text(Format.Count(category.ToDisplayName(), papers.Count), Styles.Heading));
            foreach (var paper in papers)
            {
                node.AddNode(new Paragraph()
                    .Append(paper.Publications[0].Label, Styles.Label)
                    .Append(" " + paper.ShortName + " (")
                    .Append(paper.Key, Styles.Key)
                    .Append(")"));
            }
        }

        console.Write(tree);
        return 0;
    }
}
