using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using CriuCatalog.Generator.Benchmarks.Catalogs;
using CriuCatalog.Generator.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Benchmarks.Modes;

/// <summary>
/// <c>-- steps [catalog…]</c>: where a first run of the generator spends its time, step by step, as the driver's own
/// step tracking times them, beside the whole run and the floor's. A profile to find what to work on, not a figure
/// for the targets: tracking costs time of its own, and the medians of a few runs are rough.
/// </summary>
internal static class StepTimes
{
    private const int Runs = 15;

    public static int Run(string[] catalogs)
    {
        foreach (var name in catalogs.Length == 0 ? [SeedCatalogs.X1, SeedCatalogs.X35] : catalogs)
        {
            var text = SeedCatalogs.Text(name);
            var compilation = Harness.CreateConsumerCompilation();
            var steps = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            var catalogRuns = new List<double>();
            var floorRuns = new List<double>();
            for (var run = 0; run < Runs; run++)
            {
                floorRuns.Add(Time(Side.Floor, text, compilation, null));
                catalogRuns.Add(Time(Side.Catalog, text, compilation, steps));
            }

            var rows = steps
                .Select(static step => (Name: step.Key, Median: Median(step.Value)))
                .OrderByDescending(static step => step.Median)
                .Select(static step => (IReadOnlyList<string>)[step.Name, Markdown.Nanoseconds(step.Median * 1e6)])
                .Prepend([$"whole run (floor {Markdown.Nanoseconds(Median(floorRuns) * 1e6)})", Markdown.Nanoseconds(Median(catalogRuns) * 1e6)]);
            var table = $"{name}, median of {Runs} first runs\n\n" + Markdown.Table(["Step", "Time"], rows);
            Markdown.Publish(table, Path.Combine("BenchmarkDotNet.Artifacts", "results", $"steps-{name}.md"));
        }

        return 0;
    }

    /// <summary>One first run, in milliseconds; with <paramref name="steps"/>, each step's time (its outputs' sum) is added to it.</summary>
    private static double Time(Side side, string text, Compilation compilation, Dictionary<string, List<double>>? steps)
    {
        var driver = Harness.CreateDriver(side, text, trackSteps: steps is not null);
        var watch = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (steps is not null)
        {
            var result = driver.GetRunResult().Results.Single();
            foreach (var (step, runs) in result.TrackedSteps.Concat(result.TrackedOutputSteps))
            {
                if (!steps.TryGetValue(step, out var times))
                {
                    steps[step] = times = [];
                }

                times.Add(runs.Sum(static r => r.ElapsedTime.TotalMilliseconds));
            }
        }

        return elapsed;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
