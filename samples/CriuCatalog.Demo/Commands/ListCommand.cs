using System;
using System.Globalization;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CriuCatalog.Demo.Commands;

/// <summary><c>list</c>: a table per category, with each paper's key, publications and title.</summary>
internal sealed class ListCommand(IAnsiConsole console) : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        console.Write(new Text(string.Create(CultureInfo.InvariantCulture,
            $"{Papers.CatalogTitle}: {Papers.All.Count} papers in {Categories.All.Count} categories"), Styles.Heading));
        console.WriteLine();
        foreach (var category in Categories.All)
        {
            var papers = Papers.InCategory(category);
            console.WriteLine();
            console.Write(new Text(Format.Count(category.ToDisplayName(), papers.Count), Styles.Heading));
            console.WriteLine();
            console.Write(PaperListing.Of(papers));
        }

        return 0;
    }
}
