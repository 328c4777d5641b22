using System;
using System.Linq;
using System.Reflection;
using CriuCatalog;

namespace CriuCatalog.Demo;

/// <summary>Prints the CRIU catalog by category and shows what a citation looks like.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main()
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

        Console.WriteLine("Cited by this demo:");
        foreach (var cites in typeof(SnapshotScheduler).GetCustomAttributes<CitesAttribute>())
        {
            var paper = cites.Paper.ToPaper();
            Console.WriteLine($"    {nameof(SnapshotScheduler)} cites {paper.ShortName} ({paper.Venue.ToDisplayName()} {paper.Year}), key '{paper.Key}'");
            Console.WriteLine($"        listed in: {string.Join(", ", paper.Categories.Select(c => c.ToDisplayName()))}");
            Console.WriteLine($"        publications: {string.Join(", ", paper.Publications)}");
        }

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
}
