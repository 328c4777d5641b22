using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Benchmarks.Catalogs;
using CriuCatalog.Generator.Configuration;
using CriuCatalog.Generator.Emitting;
using CriuCatalog.Generator.Model;
using CriuCatalog.Generator.Parsing;

namespace CriuCatalog.Generator.Benchmarks.Modes;

/// <summary>
/// <c>-- phases CATALOG [RUNS] [types] [no-legacy-names]</c>: the time and the bytes allocated by each phase of a first run (parsing, building
/// the model, each emitter), calling the stages directly rather than through the driver, mean of RUNS after five to
/// warm up. Bytes are what the generator can cut; a profile, not a figure for the targets. With <c>types</c>, also
/// the types a run allocates most (<see cref="AllocationTypes"/>); with <c>no-legacy-names</c>,
/// as <c>PaperCatalogLegacyNames=false</c> builds.
/// </summary>
internal static class PhaseCosts
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: phases CATALOG [RUNS] [types] [no-legacy-names]");
            return 2;
        }

        var text = System.IO.File.Exists(args[0]) ? System.IO.File.ReadAllText(args[0]) : SeedCatalogs.Text(args[0]);
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        using var types = args.Contains("types") ? new AllocationTypes() : null;
        var settings = new GenerationSettings(LanguageVersion: int.MaxValue, HasNotNullWhenAttribute: true);

        // Each phase in the order it runs, named on the first run: parsing, building, then each file by its hint name.
        var phases = new List<string>();
        var milliseconds = new List<double>();
        var bytes = new List<long>();
        var pauses = new List<double>();
        var fullCollections = new List<int>();
        for (var run = -5; run < runs; run++)
        {
            var phase = 0;
            if (types is not null)
            {
                types.Counting = run >= 0;
            }

            var watch = Stopwatch.StartNew();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var paused = GC.GetTotalPauseDuration();
            var full = GC.CollectionCount(2);
            void Done(string name)
            {
                if (phase == phases.Count)
                {
                    phases.Add(name);
                    milliseconds.Add(0);
                    bytes.Add(0);
                    pauses.Add(0);
                    fullCollections.Add(0);
                }

                if (run >= 0)
                {
                    milliseconds[phase] += watch.Elapsed.TotalMilliseconds;
                    bytes[phase] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                    pauses[phase] += (GC.GetTotalPauseDuration() - paused).TotalMilliseconds;
                    fullCollections[phase] += GC.CollectionCount(2) - full;
                }

                phase++;
                allocated = GC.GetAllocatedBytesForCurrentThread();
                paused = GC.GetTotalPauseDuration();
                full = GC.CollectionCount(2);
                watch.Restart();
            }

            var document = CatalogParser.Parse(new CatalogSource(Infrastructure.Harness.CatalogPath, text), CancellationToken.None);
            Done("parse");
            var model = CatalogBuilder.Build(ImmutableArray.Create(document), CancellationToken.None, legacyNames: !args.Contains("no-legacy-names")).Model
                ?? throw new InvalidOperationException($"{args[0]} gives no catalog.");
            Done("build the model");
            foreach (var file in CatalogEmitter.Emit(new EmitContext(model, CatalogOptions.Default, settings, CancellationToken.None)))
            {
                Done("`" + file.HintName + "`");
            }
        }

        Console.WriteLine($"| Phase of a first run on {args[0]} | Time (ms) | Allocated (KB) | GC pauses (ms) | Full collections |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        for (var i = 0; i < phases.Count; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {phases[i]} | {milliseconds[i] / runs:F2} | {bytes[i] / runs / 1024.0:N0} | {pauses[i] / runs:F2} | {fullCollections[i] / (double)runs:F1} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | {milliseconds.Sum() / runs:F2} | {bytes.Sum() / runs / 1024.0:N0} | {pauses.Sum() / runs:F2} | {fullCollections.Sum() / (double)runs:F1} |"));
        types?.Print(runs);
        return 0;
    }
}
