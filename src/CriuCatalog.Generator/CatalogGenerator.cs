using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
            .Select(static (input, cancellationToken) => new CatalogFile(CatalogParser.Parse(input.Source, cancellationToken), input.Options))
            .WithTrackingName(TrackingNames.ParsedCatalogs);

        // One catalog per namespace; each is built, emitted and cached on its own.
        var groups = parsed
            .Collect()
            .SelectMany(static (files, _) => CatalogGroups.Group(files))
            .WithTrackingName(TrackingNames.CatalogGroups);

        var built = groups
            .Select(static (group, cancellationToken) => (group.Options, Result: CatalogBuilder.Build(group.Documents.AsImmutableArray(), cancellationToken, group.Options.ClassName)))
            .WithTrackingName(TrackingNames.BuiltCatalog);

        var catalogs = built
            .Where(static built => built.Result.Model is not null)
            .Select(static (built, _) => new ConfiguredCatalog(built.Result.Model!, built.Options))
            .WithTrackingName(TrackingNames.CatalogModel);

        var namespaces = catalogs
            .Select(static (catalog, _) => catalog.Options.Namespace)
            .Collect()
            .Select(static (names, _) => names.ToEquatableArray());

        // Decided from the parse options and MSBuild properties, which change rarely; the compilation changes on every
        // keystroke, and nothing here may run again because of that.
        var target = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => (NotNullWhen: TargetRuntime.HasNotNullWhenAttribute(options.GlobalOptions), Budget: TargetRuntime.StringDataBudget(options.GlobalOptions)));
        var settings = context.ParseOptionsProvider
            .Select(static (options, _) => (int)((options as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Default))
            .Combine(target)
            .Select(static (pair, _) => new GenerationSettings(pair.Left, pair.Right.NotNullWhen, pair.Right.Budget))
            .WithTrackingName(TrackingNames.Settings);

        // Each [Cites], then the cited papers of each catalog. CitesAttribute is generated below, so it does not bind
        // here: the attributes are found by name, and an edit that adds, removes or changes no [Cites] leaves the
        // citations equal, so the bibliography step stays cached.
        var citations = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => CitationReader.IsCandidate(node),
                static (syntaxContext, cancellationToken) => CitationReader.Read(syntaxContext, cancellationToken))
            .Where(static citation => citation is not null)
            .Select(static (citation, _) => citation!)
            .WithTrackingName(TrackingNames.Citations);

        var bibliography = catalogs
            .Combine(citations.Collect())
            .Combine(namespaces)
            .Select(static (input, cancellationToken) => (
                Catalog: input.Left.Left,
                Result: BibliographyBuilder.Build(input.Left.Left.Model, input.Left.Left.Options.Namespace, input.Left.Right, input.Right, cancellationToken)))
            .WithTrackingName(TrackingNames.Bibliography);

        context.RegisterSourceOutput(catalogs.Combine(settings), static (spc, input) => Generate(spc, input.Left, input.Right));
        context.RegisterSourceOutput(namespaces.Combine(settings), static (spc, input) =>
        {
            if (input.Left.Count > 0 && input.Right.LanguageVersion < GenerationSettings.MinimumLanguageVersion)
            {
                var version = ((LanguageVersion)input.Right.LanguageVersion).ToDisplayString();
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LanguageVersionTooLow, Location.None, version));
            }
        });

        // The emitter gets the cited papers only, so a CRIU018 that moves does not rewrite the bibliography.
        var citedPapers = bibliography.Select(static (result, _) => (result.Catalog, result.Result.Papers));
        context.RegisterSourceOutput(
            citedPapers.Combine(settings),
            static (spc, input) => GenerateBibliography(spc, input.Left.Catalog, input.Left.Papers, input.Right));

        // CRIU018 points into C# code. Placed in its syntax tree, it can be suppressed with #pragma or
        // [SuppressMessage] and configured per file, like any C# warning. Only this small step sees the compilation,
        // and only while there is a CRIU018 to report: without one, it has no input and never runs.
        var citationDiagnostics = bibliography.SelectMany(static (result, _) => result.Result.Diagnostics.Count > 0
            ? ImmutableArray.Create(result.Result.Diagnostics)
            : ImmutableArray<EquatableArray<DiagnosticInfo>>.Empty);
        context.RegisterSourceOutput(citationDiagnostics.Combine(context.CompilationProvider), static (spc, input) =>
        {
            foreach (var diagnostic in input.Left)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic(input.Right));
            }
        });
    }

    private static void Generate(SourceProductionContext context, ConfiguredCatalog catalog, GenerationSettings settings)
        => AddSources(context, catalog, settings, static emit => CatalogEmitter.Emit(emit));

    private static void GenerateBibliography(SourceProductionContext context, ConfiguredCatalog catalog, EquatableArray<CitedPaperModel> bibliography, GenerationSettings settings)
        => AddSources(context, catalog, settings, emit => CatalogEmitter.EmitBibliography(emit, bibliography));

    /// <summary>
    /// Adds what <paramref name="emit"/> writes for a catalog, under hint names that carry its namespace. Nothing below
    /// C# 8, where the generated code would not compile: CRIU015 says so, once for the project.
    /// </summary>
    private static void AddSources(SourceProductionContext context, ConfiguredCatalog catalog, GenerationSettings settings, Func<EmitContext, IEnumerable<GeneratedFile>> emit)
    {
        if (settings.LanguageVersion < GenerationSettings.MinimumLanguageVersion)
        {
            return;
        }

        foreach (var file in emit(new EmitContext(catalog.Model, catalog.Options, settings, context.CancellationToken)))
        {
            context.AddSource(CatalogGroups.HintName(catalog.Options.Namespace, file.HintName), file.Source);
        }
    }

    private static CatalogSource Read(AdditionalText file, CancellationToken cancellationToken)
        => new(file.Path, AdditionalFiles.TryGetText(file, cancellationToken)?.ToString());
}
