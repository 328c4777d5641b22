using System;
using System.Linq;
using CriuCatalog;

namespace CriuCatalog.Demo;

/// <summary>
/// Prints the CRIU catalog by category and this demo's bibliography; with the argument <c>bibtex</c> it prints
/// the whole catalog as BibTeX, and with <c>markdown</c> as a Markdown list.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">Nothing, <c>bibtex</c> or <c>markdown</c>.</param>
    /// <returns>0, or 2 for an unknown argument.</returns>
    public static int Main(string[] args)
    {
        switch (args)
        {
            case []:
                PrintCatalog();
                return 0;
            case ["bibtex"]:
                Console.Write(Papers.ToBibTeX());
                return 0;
            case ["markdown"]:
                Console.Write(Papers.ToMarkdown());
                return 0;
            default:
                Console.Error.WriteLine("usage: CriuCatalog.Demo [bibtex | markdown]");
                return 2;
        }
    }

    private static void PrintCatalog()
    {
        Console.WriteLine($"{Papers.CatalogTitle}: {Papers.All.Count} papers in {Enum.GetValues<Category>().Length} categories");
        Console.WriteLine();

        foreach (var category in Enum.GetValues<Category>())
        {
            var papers = Papers.InCategory(category);
            Console.WriteLine($"- {category.ToDisplayName()} ({papers.Count})");
            foreach (var paper in papers)
            {
                Console.WriteLine($"    {paper}");
            }

            Console.WriteLine();
        }

        // The bibliography is generated from the [Cites] attributes below, at build time.
        Console.WriteLine($"Bibliography of this demo ({Bibliography.Cited.Count} papers):");
        foreach (var entry in Bibliography.Cited)
        {
            var paper = entry.Paper;
            Console.WriteLine($"    {paper.ShortName} ({paper.Venue.ToDisplayName()} {paper.Year}), key '{paper.Key}'");
            Console.WriteLine($"        cited by: {string.Join(", ", entry.CitedBy)}");
            Console.WriteLine($"        publications: {string.Join(", ", paper.Publications)}");
        }

        Console.WriteLine();
        Console.WriteLine("As Markdown (Bibliography.ToBibTeX() gives BibTeX; `-- bibtex` prints the whole catalog's):");
        Console.Write(Bibliography.ToMarkdown());
        Console.WriteLine();
        if (Papers.TryFind("cricket", out var cricket))
        {
            Console.WriteLine($"Papers.TryFind(\"cricket\") -> {cricket.Citation}");
        }
    }
}

/// <summary>
/// Pretend production code that builds on two papers. <c>[Cites(PaperId.NoSuchPaper)]</c> would not compile.
/// </summary>
[Cites(PaperId.AsyncFork)]
[Cites(PaperId.Cricket)]
public sealed class SnapshotScheduler
{
    private int _snapshots;

    /// <summary>Forks a snapshot of the process, the way Async-fork does.</summary>
    /// <returns>How many snapshots this scheduler has taken.</returns>
    [Cites(PaperId.AsyncFork)]
    public int Fork() => ++_snapshots;
}

/// <summary>Pretend code that restores GPU applications.</summary>
[Cites(PaperId.OnDemandParallelCheckpointRestore)]
[Cites(PaperId.Singularity)]
public static class GpuRestorer
{
}
