using System;
using BenchmarkDotNet.Running;
using CriuCatalog.Generator.Benchmarks;
using CriuCatalog.Generator.Benchmarks.Modes;

// Modes that BenchmarkDotNet cannot measure come first; anything else is BenchmarkDotNet's own command line.
// See docs/benchmarks.md for every command.
return args switch
{
    ["fresh-process", .. var rest] => FreshProcess.Run(rest),
    ["size", .. var rest] => SizeReport.Run(rest),
    ["steps", .. var rest] => StepTimes.Run(rest),
    ["repeat", .. var rest] => RepeatRuns.Run(rest),
    ["dump", .. var rest] => DumpSources.Run(rest),
    ["phases", .. var rest] => PhaseCosts.Run(rest),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(CatalogBenchmark).Assembly).Run(args);
    IssueSummary.Write(summaries);
    Console.WriteLine();
    return 0;
}
