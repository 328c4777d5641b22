using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Citations;
using CriuCatalog.Generator.Common;
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
        // The attribute class must exist before the pipeline runs, so that [Cites] can be found; see CitesAttributeEmitter.
        context.RegisterPostInitializationOutput(static output => output.AddSource(CitesAttributeEmitter.HintName, CitesAttributeEmitter.EmitDeclaration()));

        var sources = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => AdditionalFiles.IsCatalog(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) => Read(pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.CatalogSources);

        var parsed = sources
            .Select(static (source, cancellationToken) => CatalogParser.Parse(source, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedCatalogs);

        var built = parsed
            .Collect()
            .Select(static (documents, cancellationToken) => CatalogBuilder.Build(documents, cancellationToken))
            .WithTrackingName(TrackingNames.BuiltCatalog);

        var model = built
            .Select(static (result, _) => result.Model)
            .WithTrackingName(TrackingNames.CatalogModel);

        // The compilation changes on every keystroke; reduce it to the few values the emitter needs at once.
        var settings = context.CompilationProvider
            .Select(static (compilation, _) => HasAccessibleType(compilation, "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute"))
            .Combine(context.ParseOptionsProvider.Select(static (options, _) => (int)((options as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Default)))
            .Select(static (pair, _) => new GenerationSettings(GenerationSettings.DefaultNamespace, pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Settings);

        // Each symbol's [Cites], then the cited papers. An edit that adds, removes or moves no [Cites] leaves the
        // citations equal, so the bibliography step stays cached.
        var citations = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                CitesAttributeEmitter.MetadataName,
                static (_, _) => true,
                static (attributeContext, cancellationToken) => CitationReader.Read(attributeContext, cancellationToken))
            .WithTrackingName(TrackingNames.Citations);

        var bibliography = citations
            .Collect()
            .Combine(model)
            .Select(static (pair, cancellationToken) => pair.Right is null ? null : BibliographyBuilder.Build(pair.Right, pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.Bibliography);

        // Diagnostics travel apart from the model, so a message that changes never forces code to be rewritten.
        var diagnostics = parsed
            .Select(static (document, _) => document.Diagnostics)
            .Collect()
            .Combine(built.Select(static (result, _) => result.Diagnostics))
            .Combine(bibliography.Select(static (result, _) => result?.Diagnostics ?? EquatableArray<DiagnosticInfo>.Empty))
            .Select(static (all, _) => all.Left.Left.SelectMany(d => d).Concat(all.Left.Right).Concat(all.Right).ToEquatableArray())
            .WithTrackingName(TrackingNames.Diagnostics);

        // .editorconfig severities reach catalog diagnostics only through the generator; see SeverityConfiguration.
        var severities = context.AdditionalTextsProvider
            .Where(static file => SeverityConfiguration.IsEditorConfig(file.Path))
            .Select(static (file, cancellationToken) => SeverityConfiguration.Read(file, cancellationToken))
            .WithTrackingName(TrackingNames.EditorConfigs)
            .Collect()
            .Combine(sources.Select(static (source, _) => source.Path).Collect())
            .Select(static (pair, cancellationToken) => SeverityConfiguration.Resolve(pair.Right, pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.Severities);

        context.RegisterSourceOutput(diagnostics.Combine(severities), static (spc, input) =>
        {
            foreach (var diagnostic in input.Left)
            {
                if (input.Right.Apply(diagnostic) is { } reported)
                {
                    spc.ReportDiagnostic(reported);
                }
            }
        });

        context.RegisterSourceOutput(model.Combine(settings), static (spc, input) => Generate(spc, input.Left, input.Right));
        context.RegisterSourceOutput(
            bibliography.Combine(model).Combine(settings),
            static (spc, input) => GenerateBibliography(spc, input.Left.Right, input.Left.Left, input.Right));
    }

    private static void Generate(SourceProductionContext context, CatalogModel? catalog, GenerationSettings settings)
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

        foreach (var file in CatalogEmitter.Emit(catalog, settings, context.CancellationToken))
        {
            context.AddSource(file.HintName, file.Source);
        }
    }

    private static void GenerateBibliography(SourceProductionContext context, CatalogModel? catalog, BibliographyModel? bibliography, GenerationSettings settings)
    {
        // Below C# 8, Generate reports CRIU015 and emits no catalog for a bibliography to refer to.
        if (catalog is null || bibliography is null || settings.LanguageVersion < GenerationSettings.MinimumLanguageVersion)
        {
            return;
        }

        var emitterContext = new CatalogEmitter.Context(catalog, settings, context.CancellationToken);
        foreach (var file in BibliographyEmitter.Emit(emitterContext, bibliography, context.CancellationToken))
        {
            context.AddSource(file.HintName, file.Source);
        }
    }

    private static CatalogSource Read(AdditionalText file, CancellationToken cancellationToken)
        => new(file.Path, AdditionalFiles.TryGetText(file, cancellationToken)?.ToString());

    private static bool HasAccessibleType(Compilation compilation, string metadataName)
        => compilation.GetTypeByMetadataName(metadataName) is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
}
