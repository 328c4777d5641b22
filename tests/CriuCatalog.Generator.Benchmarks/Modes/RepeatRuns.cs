using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using CriuCatalog.Generator.Benchmarks.Catalogs;
using CriuCatalog.Generator.Benchmarks.Infrastructure;

namespace CriuCatalog.Generator.Benchmarks.Modes;

/// <summary>
/// <c>-- repeat CATALOG [RUNS] [floor] [rerun] [citing]</c>: first runs of one generator on one catalog, back to back,
/// for an outside profiler (<c>perf</c>, <c>dotnet-trace</c>) to sample; with <c>rerun</c>, re-runs after an unrelated
/// edit instead; with <c>citing</c>, in a project with the file of <c>[Cites]</c> of <c>RerunWithCitationsBenchmarks</c>. It prints the mean time of a run; it is not a figure for the targets, which BenchmarkDotNet measures
/// against the floor.
/// </summary>
internal static class RepeatRuns
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: repeat CATALOG [RUNS] [floor] [rerun] [citing]");
            return 2;
        }

        var text = SeedCatalogs.Text(args[0]);
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var side = args.Contains("floor") ? Side.Floor : Side.Catalog;
        var rerun = args.Contains("rerun");
        var compilation = args.Contains("citing") ? Harness.CreateConsumerCompilation().AddSyntaxTrees(Harness.CitingTree) : Harness.CreateConsumerCompilation();
        var ran = Harness.CreateDriver(side, text).RunGenerators(compilation);
        var watch = Stopwatch.StartNew();
        for (var run = 0; run < runs; run++)
        {
            // A re-run gets a new compilation, as after an edit: one reused would be answered from its caches.
            _ = rerun
                ? ran.RunGenerators(compilation.ReplaceSyntaxTree(Harness.ConsumerTree, Harness.EditedConsumerTree))
                : Harness.CreateDriver(side, text).RunGenerators(compilation);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{side} on {args[0]}: {watch.Elapsed.TotalMilliseconds / runs:F3} ms per {(rerun ? "re-run after an edit" : "first run")} ({runs} runs)"));
        return 0;
    }
}
