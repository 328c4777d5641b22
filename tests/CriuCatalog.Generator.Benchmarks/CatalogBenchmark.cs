using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using CriuCatalog.Generator.Benchmarks.Catalogs;

namespace CriuCatalog.Generator.Benchmarks;

/// <summary>
/// A benchmark class parameterised by catalog. Each class has exactly one baseline, the floor, so BenchmarkDotNet's
/// Ratio column (and <see cref="Modes.IssueSummary"/>) gives every figure as a ratio measured in the same run.
/// </summary>
[MemoryDiagnoser]
public abstract class CatalogBenchmark
{
    /// <summary>The catalogs to run; <c>CRIU_BENCH_CATALOGS</c> narrows them (see docs/benchmarks.md).</summary>
    public static IEnumerable<string> Catalogs => SeedCatalogs.Chosen();

    /// <summary>One of the names in <see cref="SeedCatalogs"/>.</summary>
    [ParamsSource(nameof(Catalogs))]
    public string Catalog { get; set; } = SeedCatalogs.X1;

    protected string CatalogText => SeedCatalogs.Text(Catalog);
}
