using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using CriuCatalog.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CriuCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="PaperKeyAnalyzer"/>, <see cref="CatalogDiagnosticAnalyzer"/> and <see cref="CitationAnalyzer"/> the way the compiler does: over
/// the compilation the generator produced (so <c>CriuCatalog.Papers</c> exists), with the same AdditionalFiles and
/// metadata the generator saw.
/// </summary>
internal static class AnalyzerHarness
{
    /// <summary>The analyzer options for these AdditionalFiles, answered by <see cref="CatalogOptionsProvider"/>.</summary>
    /// <param name="additionalTexts">The AdditionalFiles.</param>
    /// <param name="globalOptions">Project-wide options (<c>build_property.*</c>), the same the generator was given.</param>
    public static AnalyzerOptions Options(IEnumerable<AdditionalText> additionalTexts, ImmutableDictionary<string, string>? globalOptions = null)
        => new(additionalTexts.ToImmutableArray(), new CatalogOptionsProvider(globalOptions ?? ImmutableDictionary<string, string>.Empty));

    /// <summary>Generates the catalog from the seed and analyzes <paramref name="consumerSource"/> with it.</summary>
    public static Task<IReadOnlyList<Diagnostic>> AnalyzeWithSeedAsync(string consumerSource)
        => AnalyzeAsync([CatalogFiles.Catalog(CatalogFiles.SeedText)], consumerSource);

    /// <summary>Generates from <paramref name="additionalTexts"/>, then returns the analyzer's diagnostics, ordered by position.</summary>
    public static async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(IReadOnlyList<AdditionalText> additionalTexts, string consumerSource)
    {
        var run = GeneratorHarness.Run(additionalTexts, consumerSource);
        return await AnalyzeAsync(run.Output, additionalTexts).ConfigureAwait(false);
    }

    /// <summary>Runs the key analyzer over a compilation; fails the test if the analyzer itself threw (AD0001).</summary>
    public static async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(Compilation compilation, IEnumerable<AdditionalText> additionalTexts)
    {
        var diagnostics = await RunAsync(compilation, new PaperKeyAnalyzer(), additionalTexts).ConfigureAwait(false);
        return diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The catalog diagnostics <see cref="CatalogDiagnosticAnalyzer"/> and <see cref="CitationAnalyzer"/> report over a
    /// compilation, in the order they reported them: every CRIU0xx a build reports. Synchronous, for
    /// <see cref="GeneratorRun"/>'s properties: the analyzers do no I/O.
    /// </summary>
    public static ImmutableArray<Diagnostic> CatalogDiagnostics(Compilation compilation, IEnumerable<AdditionalText> additionalTexts, ImmutableDictionary<string, string>? globalOptions = null)
        => RunAsync(compilation, [new CatalogDiagnosticAnalyzer(), new CitationAnalyzer()], additionalTexts, globalOptions).GetAwaiter().GetResult();

    /// <summary>Runs one analyzer, as the compiler does; fails the test if the analyzer itself threw (AD0001).</summary>
    public static Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, DiagnosticAnalyzer analyzer, IEnumerable<AdditionalText> additionalTexts, ImmutableDictionary<string, string>? globalOptions = null)
        => RunAsync(compilation, [analyzer], additionalTexts, globalOptions);

    /// <summary>Runs analyzers together, as the compiler does; fails the test if one of them threw (AD0001).</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, IEnumerable<AdditionalText> additionalTexts, ImmutableDictionary<string, string>? globalOptions = null)
    {
        var diagnostics = await compilation
            .WithAnalyzers(analyzers, Options(additionalTexts, globalOptions))
            .GetAnalyzerDiagnosticsAsync()
            .ConfigureAwait(false);
        var failures = diagnostics.Where(d => d.Id == "AD0001").ToList();
        Assert.True(failures.Count == 0, "The analyzer threw:\n" + string.Join("\n", failures));
        return diagnostics;
    }
}
