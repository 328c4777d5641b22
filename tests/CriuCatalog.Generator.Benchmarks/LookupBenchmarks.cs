using BenchmarkDotNet.Attributes;
using CriuCatalog.Generator.Benchmarks.Infrastructure;

namespace CriuCatalog.Generator.Benchmarks;

/// <summary>A compiled catalog, loaded once, in its steady state: every lookup runs after the first access.</summary>
public abstract class CompiledCatalogBenchmark : CatalogBenchmark
{
    private protected CompiledProbe Probe { get; private set; } = null!;

    [GlobalSetup]
    public void Setup() => Probe = CompiledProbe.Load(Catalog, CatalogText);
}

/// <summary>
/// <c>Papers.TryFind</c> on every key of the catalog and on as many near misses, against a
/// <c>Dictionary&lt;string, Paper&gt;</c> of the same keys with the ordinal comparer.
/// </summary>
public class TryFindBenchmarks : CompiledCatalogBenchmark
{
    [Benchmark(Baseline = true)]
    public int Dictionary() => Probe.DictionaryFindAll(Probe.Keys);

    [Benchmark]
    public int TryFind() => Probe.TryFindAll(Probe.Keys);
}

/// <summary><c>Papers.Get</c> on every <c>PaperId</c>, against indexing an array of the same papers.</summary>
public class GetBenchmarks : CompiledCatalogBenchmark
{
    [Benchmark(Baseline = true)]
    public int Array() => Probe.ArrayGetAll(Probe.Ids);

    [Benchmark]
    public int Get() => Probe.GetAll(Probe.Ids);
}

/// <summary><c>Papers.InCategory</c> on every <c>Category</c>, against indexing an array of the same lists.</summary>
public class InCategoryBenchmarks : CompiledCatalogBenchmark
{
    [Benchmark(Baseline = true)]
    public int Array() => Probe.ArrayInCategoryAll(Probe.Categories);

    [Benchmark]
    public int InCategory() => Probe.InCategoryAll(Probe.Categories);
}
