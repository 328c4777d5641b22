using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Benchmarks.Floor;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Benchmarks.Infrastructure;

/// <summary>Which generator a benchmark drives: the catalog generator, or the floor it is compared with.</summary>
public enum Side
{
    /// <summary><see cref="FloorGenerator"/>.</summary>
    Floor,

    /// <summary><see cref="CatalogGenerator"/>, through its public behaviour only.</summary>
    Catalog,
}

/// <summary>
/// Drives a generator the way the compiler does, against the hermetic .NET 10 reference assemblies, so the numbers
/// depend on neither the SDK's packs nor anything outside the repository.
/// </summary>
internal static class Harness
{
    public const string CatalogPath = "/catalogs/papers.txt";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>A consumer file that the re-run benchmarks edit; it neither cites nor names a paper.</summary>
    public static readonly SyntaxTree ConsumerTree = ParseConsumer(0);

    /// <summary>The same file after an unrelated edit: a different constant in a method body.</summary>
    public static readonly SyntaxTree EditedConsumerTree = ParseConsumer(1);

    /// <summary>How many <c>[Cites]</c> <see cref="CitingTree"/> holds.</summary>
    public const int CitationCount = 50;

    /// <summary>
    /// A file of <see cref="CitationCount"/> classes, each citing a paper of the seed, which copy 0 of every catalog
    /// keeps: <c>[CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)]</c> and so on.
    /// </summary>
    public static readonly SyntaxTree CitingTree = CSharpSyntaxTree.ParseText(
        "namespace Consumer;\n\n" + string.Concat(Enumerable.Range(0, CitationCount).Select(static i =>
            $"[CriuCatalog.Cites(CriuCatalog.PaperId.{CitedPapers[i % CitedPapers.Length]})]\npublic sealed class Citing{i.ToString(CultureInfo.InvariantCulture)} {{ }}\n\n")),
        ParseOptions,
        path: "/src/Citing.cs");

    private static string[] CitedPapers => ["Cricket", "AsyncFork", "Dapper", "FastMig", "Portkey"];

    /// <summary>
    /// A library built from the seed with its catalog public in <c>Lib.Research</c>, as a project that shares its
    /// catalog builds it: its <c>CitesAttribute</c> and <c>PaperId</c> are visible to an app that references it.
    /// </summary>
    public static readonly Lazy<MetadataReference> Library = new(static () =>
    {
        var driver = CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            [new CatalogText("/library/papers.txt", Catalogs.SeedCatalogs.Text("x1"))],
            ParseOptions,
            new CatalogOptions(("Namespace", "Lib.Research"), ("Visibility", "public")));
        driver.RunGeneratorsAndUpdateCompilation(CreateCompilation("Lib", OutputKind.DynamicallyLinkedLibrary), out var library, out _);
        return MetadataReference.CreateFromImage(Emit(library));
    });

    public static CSharpCompilation CreateCompilation(string assemblyName, OutputKind kind, params SyntaxTree[] trees)
        => CSharpCompilation.Create(
            assemblyName,
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(
                kind,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));

    public static CSharpCompilation CreateConsumerCompilation() => CreateCompilation("Consumer", OutputKind.DynamicallyLinkedLibrary, ConsumerTree);

    /// <param name="side">The generator to drive.</param>
    /// <param name="catalogText">The catalog, as the one marked AdditionalFile.</param>
    /// <param name="trackSteps">Whether the driver records each step's outputs and time, as the <c>steps</c> mode reads them.</param>
    public static GeneratorDriver CreateDriver(Side side, string catalogText, bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            [(side == Side.Catalog ? new CatalogGenerator() : (IIncrementalGenerator)new FloorGenerator()).AsSourceGenerator()],
            [new CatalogText(CatalogPath, catalogText)],
            ParseOptions,
            new CatalogOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The analyzer options a build gives the analyzers for this catalog: the same file, marked as a catalog.</summary>
    public static AnalyzerOptions AnalyzerOptions(string catalogText)
        => new([new CatalogText(CatalogPath, catalogText)], new CatalogOptions());

    /// <summary>Runs a fresh driver once, as a first build does; the generated trees are parsed in full before it returns.</summary>
    public static (GeneratorDriver Driver, Compilation Output, GeneratorRunResult Result) Run(Side side, string catalogText, CSharpCompilation compilation)
    {
        var driver = CreateDriver(side, catalogText).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        if (diagnostics.FirstOrDefault(static d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new InvalidOperationException($"The {side} generator failed: {error}");
        }

        foreach (var tree in output.SyntaxTrees)
        {
            _ = tree.GetRoot();
        }

        return (driver, output, driver.GetRunResult().Results.Single());
    }

    /// <summary>Emits a compilation to memory, throwing with the first errors when it does not compile.</summary>
    public static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error).Take(5);
            throw new InvalidOperationException($"{compilation.AssemblyName} does not compile:\n" + string.Join("\n", errors));
        }

        return stream.ToArray();
    }

    private static SyntaxTree ParseConsumer(int version)
        => CSharpSyntaxTree.ParseText(
            $$"""
            namespace Consumer;

            public static class Settings
            {
                public static int RetryCount() => {{version.ToString(CultureInfo.InvariantCulture)}};

                public static string Describe(int attempt) => attempt > RetryCount() ? "giving up" : "retrying";
            }
            """,
            ParseOptions,
            path: "/src/Settings.cs");

    /// <summary>The catalog as an AdditionalFile.</summary>
    private sealed class CatalogText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>
    /// Marks every AdditionalFile as a catalog, as <c>PaperCatalog="true"</c> and the package's props do, with any other
    /// item metadata given (<c>Namespace</c>, <c>Visibility</c>).
    /// </summary>
    private sealed class CatalogOptions(params (string Name, string Value)[] metadata) : AnalyzerConfigOptionsProvider
    {
        private readonly Options Catalog = new(metadata.Aggregate(
            ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles." + CatalogGenerator.CatalogMetadataName, "true"),
            static (options, item) => options.Add("build_metadata.AdditionalFiles." + item.Name, item.Value)));

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Catalog;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
                => values.TryGetValue(key, out value);
        }
    }
}
