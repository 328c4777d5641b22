using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Reports;
using CriuCatalog.Generator.Benchmarks.Catalogs;

namespace CriuCatalog.Generator.Benchmarks.Modes;

/// <summary>
/// One table of the issue's figures from every class that ran: each figure next to its floor from the same run,
/// and their ratio, per catalog. BenchmarkDotNet's own tables stay as they are, one per class.
/// </summary>
internal static class IssueSummary
{
    public static void Write(IEnumerable<Summary> summaries)
    {
        var rows = new List<IReadOnlyList<string>>();
        string? resultsDirectory = null;
        foreach (var summary in summaries)
        {
            resultsDirectory ??= summary.ResultsDirectoryPath;
            var byCatalog = summary.Reports
                .Where(static report => report.ResultStatistics is not null)
                .GroupBy(static report => (string)report.BenchmarkCase.Parameters["Catalog"])
                .OrderBy(static group => Order(group.Key));
            foreach (var group in byCatalog)
            {
                var floor = group.FirstOrDefault(static report => report.BenchmarkCase.Descriptor.Baseline);
                foreach (var report in group.Where(report => report != floor))
                {
                    var descriptor = report.BenchmarkCase.Descriptor;
                    rows.Add(
                    [
                        Figure(descriptor, group.Count(static other => !other.BenchmarkCase.Descriptor.Baseline) > 1),
                        group.Key,
                        Markdown.Nanoseconds(report.ResultStatistics!.Mean),
                        floor is null ? "n/a" : Markdown.Nanoseconds(floor.ResultStatistics!.Mean),
                        floor is null ? "n/a" : Markdown.Ratio(report.ResultStatistics.Mean, floor.ResultStatistics!.Mean),
                        Allocated(report),
                        floor is null ? "n/a" : Allocated(floor),
                    ]);
                }
            }
        }

        if (rows.Count == 0)
        {
            return;
        }

        var table = Markdown.Table(["Figure", "Catalog", "Value", "Floor", "Ratio", "Allocated", "Floor allocated"], rows);
        Markdown.Publish(table, Path.Combine(resultsDirectory ?? ".", "issue-figures.md"));
    }

    // The class's name, and the method's where the class measures several things against one floor.
    private static string Figure(BenchmarkDotNet.Running.Descriptor descriptor, bool several)
    {
        var figure = descriptor.Type.Name.Replace("Benchmarks", string.Empty, System.StringComparison.Ordinal);
        return several ? figure + ": " + descriptor.WorkloadMethod.Name : figure;
    }

    // Smallest catalog first, as SeedCatalogs lists them, rather than BenchmarkDotNet's alphabetical order.
    private static int Order(string catalog) => SeedCatalogs.All.TakeWhile(name => name != catalog).Count();

    private static string Allocated(BenchmarkReport report)
        => report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes ? Markdown.Bytes(bytes) : "n/a";
}
