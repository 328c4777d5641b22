using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Citations;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Configuration;
using CriuCatalog.Generator.Diagnostics;
using CriuCatalog.Generator.Emitting;
using CriuCatalog.Generator.Model;
using CriuCatalog.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CriuCatalog.Generator;

/// <summary>
/// The pipeline: catalog file → text → parsed lines → merged, named catalog → C# source. Every step carries only
/// equatable values, so an edit to C# code, or an unchanged catalog in a new AdditionalText, reruns nothing.
/// Parsing is in <see cref="CatalogParser"/>, merging and naming in <see cref="CatalogBuilder"/>, and writing
/// source in <see cref="CatalogEmitter"/>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CatalogGenerator : IIncrementalGenerator
{
    /// <summary>The item metadata that marks an AdditionalFile as a catalog; see build/CriuCatalog.Generator.props.</summary>
    public const string CatalogMetadataName = AdditionalFiles.CatalogMetadataName;

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var sources = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => AdditionalFiles.IsCatalog(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) => (Source: Read(pair.Left, cancellationToken), Options: CatalogConfiguration.Read(pair.Right.GetOptions(pair.Left), pair.Right.GlobalOptions)))
            .WithTrackingName(TrackingNames.CatalogSources);

        var parsed = sources
            .Select(static (input, cancellationToken) => (Document: CatalogParser.Parse(input.Source, cancellationToken), input.Options))
            .WithTrackingName(TrackingNames.ParsedCatalogs)
            .Collect();

        var built = parsed
            .Select(static (files, cancellationToken) => CatalogBuilder.Build(Documents(files), cancellationToken))
            .WithTrackingName(TrackingNames.BuiltCatalog);

        // The namespace and visibility of the file the catalog is built from.
        var options = parsed
            .Select(static (files, _) => CatalogBuilder.Choose(Documents(files)) is { } chosen ? files.First(file => ReferenceEquals(file.Document, chosen)).Options : CatalogOptions.Default)
            .WithTrackingName(TrackingNames.CatalogOptions);

        var model = built
            .Select(static (result, _) => result.Model)
            .WithTrackingName(TrackingNames.CatalogModel);

        // Decided from the parse options and MSBuild properties, which change rarely; the compilation changes on every
        // keystroke, and nothing here may run again because of that.
        var target = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => (NotNullWhen: TargetRuntime.HasNotNullWhenAttribute(options.GlobalOptions), Budget: TargetRuntime.StringDataBudget(options.GlobalOptions)));
        var settings = context.ParseOptionsProvider
            .Select(static (options, _) => (int)((options as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Default))
            .Combine(target)
            .Select(static (pair, _) => new GenerationSettings(pair.Left, pair.Right.NotNullWhen, pair.Right.Budget))
            .WithTrackingName(TrackingNames.Settings);

        // Each [Cites], then the cited papers. CitesAttribute is generated below, so it does not bind here: the
        // attributes are found by name, and an edit that adds, removes or changes no [Cites] leaves the citations
        // equal, so the bibliography step stays cached.
        var citations = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => CitationReader.IsCandidate(node),
                static (syntaxContext, cancellationToken) => CitationReader.Read(syntaxContext, cancellationToken))
            .Where(static citation => citation is not null)
            .Select(static (citation, _) => citation!)
            .WithTrackingName(TrackingNames.Citations);

        var bibliography = citations
            .Collect()
            .Combine(model)
            .Select(static (pair, cancellationToken) => pair.Right is null ? null : BibliographyBuilder.Build(pair.Right, pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.Bibliography);

        var catalog = model.Combine(options);
        context.RegisterSourceOutput(catalog.Combine(settings), static (spc, input) => Generate(spc, input.Left.Left, input.Left.Right, input.Right));
        // The emitter gets the cited papers only, so a CRIU018 that moves does not rewrite the bibliography.
        var citedPapers = bibliography.Select(static (result, _) => result?.Papers);
        context.RegisterSourceOutput(
            citedPapers.Combine(catalog).Combine(settings),
            static (spc, input) => GenerateBibliography(spc, input.Left.Right.Left, input.Left.Right.Right, input.Left.Left, input.Right));

        // CRIU018 points into C# code. Placed in its syntax tree, it can be suppressed with #pragma or
        // [SuppressMessage] and configured per file, like any C# warning. Only this small step sees the compilation,
        // and only while there is a CRIU018 to report: without one, it has no input and never runs.
        var citationDiagnostics = bibliography.SelectMany(static (result, _) => result is { Diagnostics.Count: > 0 }
            ? ImmutableArray.Create(result.Diagnostics)
            : ImmutableArray<EquatableArray<DiagnosticInfo>>.Empty);
        context.RegisterSourceOutput(citationDiagnostics.Combine(context.CompilationProvider), static (spc, input) =>
        {
            foreach (var diagnostic in input.Left)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic(input.Right));
            }
        });
    }

    private static void Generate(SourceProductionContext context, CatalogModel? catalog, CatalogOptions options, GenerationSettings settings)
    {
        if (catalog is null)
        {
            return;
        }

        if (settings.LanguageVersion < GenerationSettings.MinimumLanguageVersion)
        {
            var version = ((LanguageVersion)settings.LanguageVersion).ToDisplayString();
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LanguageVersionTooLow, Location.None, version));
            return;
        }

        foreach (var file in CatalogEmitter.Emit(new EmitContext(catalog, options, settings, context.CancellationToken)))
        {
            context.AddSource(file.HintName, file.Source);
        }
    }

    private static void GenerateBibliography(SourceProductionContext context, CatalogModel? catalog, CatalogOptions options, EquatableArray<CitedPaperModel>? bibliography, GenerationSettings settings)
    {
        // Below C# 8, Generate reports CRIU015 and emits no catalog for a bibliography to refer to.
        if (catalog is null || bibliography is null || settings.LanguageVersion < GenerationSettings.MinimumLanguageVersion)
        {
            return;
        }

        foreach (var file in CatalogEmitter.EmitBibliography(new EmitContext(catalog, options, settings, context.CancellationToken), bibliography.Value))
        {
            context.AddSource(file.HintName, file.Source);
        }
    }

    private static ImmutableArray<CatalogDocument> Documents(ImmutableArray<(CatalogDocument Document, CatalogOptions Options)> files)
        => files.Select(static file => file.Document).ToImmutableArray();

    private static CatalogSource Read(AdditionalText file, CancellationToken cancellationToken)
        => new(file.Path, AdditionalFiles.TryGetText(file, cancellationToken)?.ToString());
}
