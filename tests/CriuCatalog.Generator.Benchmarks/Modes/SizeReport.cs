using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CriuCatalog.Generator.Benchmarks.Catalogs;
using CriuCatalog.Generator.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CriuCatalog.Generator.Benchmarks.Modes;

/// <summary>
/// <c>-- size</c>: characters of generated C# per entry, the generator's and the floor's, and a check that the
/// catalogs are what they claim (papers per copy, renames only where names are kept): it exits with 1 when one is
/// not. No timing.
/// </summary>
internal static class SizeReport
{
    /// <summary>With no names given, every catalog but the 100,000-entry one, which takes minutes with a large emitter.</summary>
    private static readonly string[] Defaults = [SeedCatalogs.X1, SeedCatalogs.X35, SeedCatalogs.X350, SeedCatalogs.X20SameNames];

    public static int Run(string[] catalogs)
    {
        var rows = new List<IReadOnlyList<string>>();
        var unexpected = 0;
        foreach (var name in catalogs.Length == 0 ? Defaults : catalogs)
        {
            Console.WriteLine($"Generating {name}…");
            var text = SeedCatalogs.Text(name);
            var entries = SeedCatalogs.EntryCount(text);
            var consumer = Harness.CreateConsumerCompilation();
            var floor = Harness.Run(Side.Floor, text, consumer);
            var catalog = Harness.Run(Side.Catalog, text, consumer);
            var floorChars = GeneratedLength(floor.Result);
            var catalogChars = GeneratedLength(catalog.Result);
            var papers = PaperIds(catalog.Output).Count;
            var renamed = Renames(catalog.Output, text);
            if (SeedCatalogs.Expected(name) is { } expected && expected != (papers, renamed))
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: expected {expected.Papers} papers and {expected.Renamed} renames, got {papers} and {renamed}."));
                unexpected++;
            }

            rows.Add(
            [
                name,
                Markdown.Count(entries),
                Markdown.Count(papers),
                Markdown.Count(renamed),
                Markdown.Count(catalogChars),
                Markdown.Number((double)catalogChars / entries),
                Markdown.Count(floorChars),
                Markdown.Number((double)floorChars / entries),
                Markdown.Ratio(catalogChars, floorChars),
            ]);
        }

        var table = Markdown.Table(
            ["Catalog", "Entries", "Papers", "Renamed (CRIU009)", "Generated C# chars", "Per entry", "Floor chars", "Floor per entry", "Ratio"],
            rows);
        Markdown.Publish(table, Path.Combine("BenchmarkDotNet.Artifacts", "results", "size.md"));
        return unexpected == 0 ? 0 : 1;
    }

    /// <summary>
    /// The values of the generated <c>PaperId</c>, in declaration order: one per paper, however many (obsolete) former
    /// names share a value.
    /// </summary>
    public static IReadOnlyList<int> PaperIds(Compilation output)
        => output.GetTypeByMetadataName("CriuCatalog.PaperId") is { } paperId
            ? [.. paperId.GetMembers().OfType<IFieldSymbol>().Where(static f => f.HasConstantValue).Select(static f => Convert.ToInt32(f.ConstantValue, CultureInfo.InvariantCulture)).Distinct()]
            : [];

    /// <summary>The renames (CRIU009) a build reports, from the catalog analyzer, as the generator itself reports none.</summary>
    private static int Renames(Compilation output, string catalogText)
        => output
            .WithAnalyzers([new Analyzers.CatalogDiagnosticAnalyzer()], Harness.AnalyzerOptions(catalogText))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Count(static d => d.Id == "CRIU009");

    private static long GeneratedLength(GeneratorRunResult result) => result.GeneratedSources.Sum(static source => (long)source.SourceText.Length);
}
