using BenchmarkDotNet.Attributes;
using CriuCatalog.Generator.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CriuCatalog.Generator.Benchmarks;

/// <summary>A first build: a driver that has never run, run once over the catalog and a small consumer.</summary>
public class GeneratorRunBenchmarks : CatalogBenchmark
{
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _floor = null!;
    private GeneratorDriver _catalog = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = Harness.CreateConsumerCompilation();
        _floor = Harness.CreateDriver(Side.Floor, CatalogText);
        _catalog = Harness.CreateDriver(Side.Catalog, CatalogText);
    }

    // A driver is immutable: running it returns a new one, so every invocation starts from a driver that never ran.
    [Benchmark(Baseline = true)]
    public GeneratorDriver Floor() => _floor.RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver Generator() => _catalog.RunGenerators(_compilation);
}

/// <summary>
/// What every keystroke in the IDE costs: the driver has run once, then a C# file that has nothing to do with the
/// catalog changes, and the driver runs again.
/// </summary>
public class RerunAfterEditBenchmarks : CatalogBenchmark
{
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _floor = null!;
    private GeneratorDriver _catalog = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = Harness.CreateConsumerCompilation();
        _floor = Harness.CreateDriver(Side.Floor, CatalogText).RunGenerators(_compilation);
        _catalog = Harness.CreateDriver(Side.Catalog, CatalogText).RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver Floor() => _floor.RunGenerators(Edited());

    [Benchmark]
    public GeneratorDriver Generator() => _catalog.RunGenerators(Edited());

    // A new compilation per invocation, as after a real edit: one reused would answer the generators' questions
    // about it from its caches.
    private CSharpCompilation Edited() => _compilation.ReplaceSyntaxTree(Harness.ConsumerTree, Harness.EditedConsumerTree);
}

/// <summary>
/// Compiling what each generator wrote, with the consumer: a new compilation of the already parsed trees, emitted to
/// memory, so the figure is binding and emitting alone.
/// </summary>
public class CompileBenchmarks : CatalogBenchmark
{
    private SyntaxTree[] _floor = null!;
    private SyntaxTree[] _catalog = null!;

    [GlobalSetup]
    public void Setup()
    {
        var consumer = Harness.CreateConsumerCompilation();
        _floor = [.. Harness.Run(Side.Floor, CatalogText, consumer).Output.SyntaxTrees];
        _catalog = [.. Harness.Run(Side.Catalog, CatalogText, consumer).Output.SyntaxTrees];
    }

    [Benchmark(Baseline = true)]
    public byte[] Floor() => Harness.Emit(Harness.CreateCompilation("Floor", OutputKind.DynamicallyLinkedLibrary, _floor));

    [Benchmark]
    public byte[] Generator() => Harness.Emit(Harness.CreateCompilation("Catalog", OutputKind.DynamicallyLinkedLibrary, _catalog));
}
