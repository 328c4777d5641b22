using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CriuCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="CatalogGenerator"/> the way the compiler does, against hermetic reference assemblies (.NET 10's,
/// unless a test gives an older target's), so no test downloads anything or depends on the machine's SDK packs.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>
    /// A consumer project: nullable enabled, as a new project is, except below C# 8, where the compiler refuses the
    /// setting (CS8630) and a project has it off.
    /// </summary>
    /// <param name="source">The consumer's code, if any.</param>
    /// <param name="parseOptions">Its parse options; <see cref="ParseOptions"/> by default.</param>
    /// <param name="references">References besides the framework's, such as a library compiled by another run.</param>
    /// <param name="framework">The target's reference assemblies; .NET 10's by default.</param>
    public static CSharpCompilation CreateCompilation(
        string source = "",
        CSharpParseOptions? parseOptions = null,
        IEnumerable<MetadataReference>? references = null,
        IEnumerable<MetadataReference>? framework = null)
    {
        parseOptions ??= ParseOptions;
        return CSharpCompilation.Create(
            "Consumer",
            string.IsNullOrEmpty(source) ? [] : [CSharpSyntaxTree.ParseText(source, parseOptions, path: "Consumer.cs")],
            (framework ?? Basic.Reference.Assemblies.Net100.References.All).Concat(references ?? []),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                warningLevel: 9999,
                nullableContextOptions: parseOptions.LanguageVersion.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                deterministic: true));
    }

    /// <param name="globalOptions">Project-wide options, as MSBuild's <c>build_property.*</c> values reach the compiler.</param>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> additionalTexts, CSharpParseOptions? parseOptions = null, ImmutableDictionary<string, string>? globalOptions = null)
        => CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            additionalTexts,
            parseOptions ?? ParseOptions,
            new CatalogOptionsProvider(globalOptions ?? ImmutableDictionary<string, string>.Empty),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator over <paramref name="catalogText"/> and an optional consumer source; see the other overload.</summary>
    public static GeneratorRun Run(string catalogText, string consumerSource = "", CSharpParseOptions? parseOptions = null, ImmutableDictionary<string, string>? globalOptions = null)
        => Run([CatalogFiles.Catalog(catalogText)], consumerSource, parseOptions, globalOptions);

    /// <summary>
    /// Runs the generator over the AdditionalFiles and an optional consumer source, and checks what every run must
    /// satisfy (<see cref="PipelineChecks"/>): a second run on a clone of the compilation reruns nothing and
    /// writes the same files, and no step holds a Roslyn object. The result is the first run's.
    /// </summary>
    public static GeneratorRun Run(
        IEnumerable<AdditionalText> additionalTexts,
        string consumerSource = "",
        CSharpParseOptions? parseOptions = null,
        ImmutableDictionary<string, string>? globalOptions = null,
        IEnumerable<MetadataReference>? references = null,
        IEnumerable<MetadataReference>? framework = null)
    {
        var compilation = CreateCompilation(consumerSource, parseOptions, references, framework);
        var texts = additionalTexts.ToImmutableArray();
        var driver = CreateDriver(texts, parseOptions, globalOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var run = new GeneratorRun(driver, driver.GetRunResult(), output, driverDiagnostics, texts, globalOptions);

        PipelineChecks.AssertRerunIsCached(driver, compilation);
        // The first run's outputs only: the second run's are the same objects, or equal to them.
        PipelineChecks.AssertStepsHoldOnlyPlainValues(run.Generator);
        return run;
    }
}

/// <summary>
/// The outcome of one generator run: what it produced, the compilation that includes it, and the AdditionalFiles
/// it saw, so the catalog analyzer can be run over the same inputs as a build runs it.
/// </summary>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    Compilation Output,
    ImmutableArray<Diagnostic> DriverDiagnostics,
    ImmutableArray<AdditionalText> AdditionalTexts,
    ImmutableDictionary<string, string>? GlobalOptions = null)
{
    private IReadOnlyList<Diagnostic>? _analyzerDiagnostics;

    public GeneratorRunResult Generator => Result.Results.Single();

    /// <summary>The generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources
        => Generator.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>
    /// The members of a generated enum (<c>CriuCatalog.PaperId</c>), as declared, without the obsolete former names
    /// that renamed papers, categories and venues keep.
    /// </summary>
    public IReadOnlyList<string> CurrentMembers(string enumMetadataName)
        => Output.GetTypeByMetadataName(enumMetadataName)!.GetMembers().OfType<IFieldSymbol>()
            .Where(field => !field.GetAttributes().Any(a => a.AttributeClass?.Name == nameof(ObsoleteAttribute)))
            .Select(field => field.Name)
            .ToList();

    /// <summary>Diagnostics the generator itself reported, ordered by position: the catalog's errors (<see cref="Diagnostics.DiagnosticRoute"/>).</summary>
    public IReadOnlyList<Diagnostic> GeneratorDiagnostics => ByPosition(Generator.Diagnostics);

    /// <summary>
    /// The catalog diagnostics, as <see cref="Analyzers.CatalogDiagnosticAnalyzer"/> and <see cref="Analyzers.CitationAnalyzer"/>
    /// report them over the output compilation, ordered by position. Computed once, on first use.
    /// </summary>
    public IReadOnlyList<Diagnostic> AnalyzerDiagnostics
        => _analyzerDiagnostics ??= ByPosition(AnalyzerHarness.CatalogDiagnostics(Output, AdditionalTexts, GlobalOptions));

    /// <summary>
    /// Every CRIU0xx diagnostic a build reports for these inputs: the generator's and the catalog analyzer's,
    /// ordered by position (ties keep the generator's first).
    /// </summary>
    public IReadOnlyList<Diagnostic> ReportedDiagnostics => ByPosition(GeneratorDiagnostics.Concat(AnalyzerDiagnostics));

    /// <summary>
    /// Emits the output compilation with documentation on, returning every diagnostic that is not hidden, and
    /// the assembly bytes when emit succeeded.
    /// </summary>
    public (IReadOnlyList<Diagnostic> Diagnostics, byte[]? Assembly) Emit()
    {
        using var peStream = new MemoryStream();
        using var xmlStream = new MemoryStream();
        var result = Output.Emit(peStream, xmlDocumentationStream: xmlStream);
        var diagnostics = Output.GetDiagnostics()
            .Concat(result.Diagnostics)
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .Distinct()
            .ToList();
        return (diagnostics, result.Success ? peStream.ToArray() : null);
    }

    /// <summary>By start line and column, then id; a stable sort, so equal keys keep the order they were reported in.</summary>
    private static List<Diagnostic> ByPosition(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();

    /// <summary>Emits and loads the compiled catalog into its own collectible load context.</summary>
    public Assembly Load()
    {
        var (diagnostics, bytes) = Emit();
        Assert.True(bytes is not null, "Emit failed:\n" + string.Join("\n", diagnostics));
        var context = new AssemblyLoadContext("catalog-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(new MemoryStream(bytes));
    }
}
