using BenchmarkDotNet.Attributes;
using CriuCatalog.Generator.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CriuCatalog.Generator.Benchmarks;

/// <summary>Both generators' drivers over the catalog and a small consumer, prepared by the class that measures them.</summary>
public abstract class DriverBenchmark : CatalogBenchmark
{
    private protected CSharpCompilation Compilation { get; private set; } = null!;

    private protected GeneratorDriver FloorDriver { get; private set; } = null!;

    private protected GeneratorDriver CatalogDriver { get; private set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        Compilation = CreateCompilation();
        FloorDriver = Prepare(Harness.CreateDriver(Side.Floor, CatalogText));
        CatalogDriver = Prepare(Harness.CreateDriver(Side.Catalog, CatalogText));
    }

    /// <summary>The state each invocation starts from. A driver is immutable: running it returns a new one.</summary>
    private protected abstract GeneratorDriver Prepare(GeneratorDriver fresh);

    /// <summary>The project both generators run over: the consumer file alone, unless a class adds to it.</summary>
    private protected virtual CSharpCompilation CreateCompilation() => Harness.CreateConsumerCompilation();
}

/// <summary>A first build: a driver that has never run, run once over the catalog and a small consumer.</summary>
public class GeneratorRunBenchmarks : DriverBenchmark
{
    [Benchmark(Baseline = true)]
    public GeneratorDriver Floor() => FloorDriver.RunGenerators(Compilation);

    [Benchmark]
    public GeneratorDriver Generator() => CatalogDriver.RunGenerators(Compilation);

    private protected override GeneratorDriver Prepare(GeneratorDriver fresh) => fresh;
}

/// <summary>
/// What every keystroke in the IDE costs: the driver has run once, then a C# file that has nothing to do with the
/// catalog changes, and the driver runs again.
/// </summary>
public class RerunAfterEditBenchmarks : DriverBenchmark
{
    [Benchmark(Baseline = true)]
    public GeneratorDriver Floor() => FloorDriver.RunGenerators(Edited());

    [Benchmark]
    public GeneratorDriver Generator() => CatalogDriver.RunGenerators(Edited());

    private protected override GeneratorDriver Prepare(GeneratorDriver fresh) => fresh.RunGenerators(Compilation);

    // A new compilation per invocation, as after a real edit: one reused would answer the generators' questions
    // about it from its caches.
    private CSharpCompilation Edited() => Compilation.ReplaceSyntaxTree(Harness.ConsumerTree, Harness.EditedConsumerTree);
}

/// <summary>
/// The same keystroke in a project that cites papers: a second file holds <see cref="Harness.CitationCount"/>
/// <c>[Cites]</c>, which the edit does not touch. Roslyn runs a syntax provider's transform again for every node it
/// selected, on every run, with a new semantic model, so each citation of the project costs each keystroke its
/// transform; the floor reads no citation, so the ratio is what citations add.
/// </summary>
public class RerunWithCitationsBenchmarks : RerunAfterEditBenchmarks
{
    private protected override CSharpCompilation CreateCompilation() => base.CreateCompilation().AddSyntaxTrees(Harness.CitingTree);
}

/// <summary>
/// The same keystroke in an app that references a library with a public catalog (<see cref="Harness.Library"/>) and
/// cites its own papers in a file of <see cref="Harness.CitationCount"/> <c>[Cites]</c>: the library's attribute and
/// <c>PaperId</c> are visible in the compilation, though not where the app's citations are.
/// </summary>
public class RerunWithLibraryBenchmarks : RerunAfterEditBenchmarks
{
    private protected override CSharpCompilation CreateCompilation()
        => base.CreateCompilation().AddSyntaxTrees(Harness.CitingTree).AddReferences(Harness.Library.Value);
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
