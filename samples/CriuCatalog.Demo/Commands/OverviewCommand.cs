using System;
using System.IO;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CriuCatalog.Demo.Commands;

/// <summary>
/// With no command: the catalog by category and this demo's bibliography, as plain lines. CI reads them, so the
/// text stays as it was before the demo had commands, and it bypasses Spectre, which would wrap long lines.
/// </summary>
internal sealed class OverviewCommand(IAnsiConsole console) : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        Write(console.Profile.Out.Writer);
        return 0;
    }

    private static void Write(TextWriter writer)
    {
        writer.WriteLine($"{Papers.CatalogTitle}: {Papers.All.Count} papers in {Categories.All.Count} categories");
        writer.WriteLine();

        foreach (var category in Categories.All)
        {
            var papers = Papers.InCategory(category);
            writer.WriteLine($"- {category.ToDisplayName()} ({papers.Count})");
            foreach (var paper in papers)
            {
                writer.WriteLine($"    {paper}");
            }

            writer.WriteLine();
        }

        // The bibliography is generated from the [Cites] attributes in CitingCode.cs, at build time.
        writer.WriteLine($"Bibliography of this demo ({Bibliography.Cited.Count} papers):");
        foreach (var entry in Bibliography.Cited)
        {
            var paper = entry.Paper;
            writer.WriteLine($"    {paper.ShortName} ({paper.Venue.ToDisplayName()} {paper.Year}), key '{paper.Key}'");
            writer.WriteLine($"        cited by: {string.Join(", ", entry.CitedBy)}");
            writer.WriteLine($"        publications: {string.Join(", ", paper.Publications)}");
        }

        writer.WriteLine();
        writer.WriteLine("As Markdown (Bibliography.ToBibTeX() gives BibTeX; `-- bibtex` prints the whole catalog's):");
        writer.Write(Bibliography.ToMarkdown());
        writer.WriteLine();
        if (Papers.TryFind("cricket", out var cricket))
        {
            writer.WriteLine($"Papers.TryFind(\"cricket\") -> {cricket.Citation}");
        }
    }
}
