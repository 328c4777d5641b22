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
        // Every AdditionalFile the generator reads, in one stream and one array: each marked catalog, parsed with its
        // options, and each .editorconfig, whose severities the errors take; null for any other file. Every step costs
        // each keystroke a little, cached or not, so the pipeline has few: one stream of files, not one per kind, and no
        // step that only filters.
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => InputFile.Read(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.InputFiles)
            .Select(static (file, cancellationToken) => file?.Parse(cancellationToken))
            .WithTrackingName(TrackingNames.ParsedFiles)
            .Collect();

        // One catalog per namespace; each is built, emitted and cached on its own. The model goes on with the builder's
        // errors only: a catalog edit that changes only its warnings or infos (reported by
        // Analyzers.CatalogDiagnosticAnalyzer) rewrites nothing.
        var catalogs = files
            .SelectMany(static (files, _) => CatalogGroups.Group(ParsedFile.Catalogs(files)))
            .WithTrackingName(TrackingNames.CatalogGroups)
            .SelectMany(static (group, cancellationToken) => Build(group, cancellationToken))
            .WithTrackingName(TrackingNames.CatalogModel);

        // Decided from the parse options and MSBuild properties, which change rarely; the compilation changes on every
        // keystroke, and nothing here may run again because of that.
        var settings = context.ParseOptionsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => TargetRuntime.Settings(pair.Left, pair.Right.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);
        var emitted = catalogs.Combine(settings);

        // Each [Cites], then the cited papers of each catalog. CitesAttribute is generated below, so it does not bind
        // here: the attributes are found by name, and an edit that adds, removes or changes no [Cites] leaves the
        // citations equal, so the bibliography step stays cached. What cannot be read is reported by
        // Analyzers.CitationAnalyzer (CRIU018), which sees the generated types; so no step here needs the compilation.
        // An attribute that is not a citation is null: the steps that read them pass over it.
        var citations = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => CitationReader.IsCandidate(node),
                static (syntaxContext, cancellationToken) => CitationReader.Read(syntaxContext, cancellationToken))
            .WithTrackingName(TrackingNames.Citations)
            .Collect()
            .Combine(files);

        // The bibliography of each catalog, and the catalog's errors: the builder's, and CRIU022 for a citation of it
        // that does not resolve, which needs the same citations.
        var bibliography = emitted
            .Combine(citations)
            .Select(static (input, cancellationToken) =>
            {
                var (catalog, settings) = input.Left;
                var (citations, files) = input.Right;
                var namespaces = CatalogGroups.Namespaces(ParsedFile.Catalogs(files));
                return (Catalog: catalog,
                    Settings: settings,
                    Papers: BibliographyBuilder.Build(catalog.Model, catalog.Options.Namespace, citations, namespaces, cancellationToken),
                    Errors: GeneratorErrors.ForCatalog(files, catalog, settings, citations, cancellationToken));
            })
            .WithTrackingName(TrackingNames.Bibliography);

        // The errors of the files and the project. The generator reports its errors itself, so that a build shows them
        // even when the C# code has errors in its declarations, as a missing catalog makes it have (see DiagnosticRoute).
        // They change only with the catalog files, their configuration, the .editorconfig files and the settings.
        var errors = files
            .Combine(settings)
            .Select(static (input, cancellationToken) => GeneratorErrors.Collect(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Errors);

        context.RegisterSourceOutput(errors, static (spc, errors) => errors.Report(spc.ReportDiagnostic));
        context.RegisterSourceOutput(emitted, static (spc, input) => Generate(spc, input.Left, input.Right));
        context.RegisterSourceOutput(bibliography, static (spc, input) =>
        {
            input.Errors.Report(spc.ReportDiagnostic);
            GenerateBibliography(spc, input.Catalog, input.Papers, input.Settings);
        });
    }

    /// <summary>The catalog a group of files makes, with the builder's errors; none when no file of it is readable.</summary>
    private static ImmutableArray<ConfiguredCatalog> Build(CatalogGroup group, CancellationToken cancellationToken)
    {
        var built = CatalogBuilder.Build(group.Documents.AsImmutableArray(), cancellationToken, group.Options.ClassName, group.Options.LegacyNames);
        if (built.Model is not { } model)
        {
            return ImmutableArray<ConfiguredCatalog>.Empty;
        }

        return ImmutableArray.Create(new ConfiguredCatalog(model, group.Options, DiagnosticRoute.ReportedByGenerator(built.Diagnostics).ToEquatableArray()));
    }

    private static void Generate(SourceProductionContext context, ConfiguredCatalog catalog, GenerationSettings settings)
        => AddSources(context, catalog, settings, static emit => CatalogEmitter.Emit(emit));

    private static void GenerateBibliography(SourceProductionContext context, ConfiguredCatalog catalog, EquatableArray<CitedPaperModel> bibliography, GenerationSettings settings)
        => AddSources(context, catalog, settings, emit => CatalogEmitter.EmitBibliography(emit, bibliography));

    /// <summary>
    /// Adds what <paramref name="emit"/> writes for a catalog, under hint names that carry its namespace. Nothing below
    /// C# 7.3, or on a target older than the generated code needs, where it would not compile: <see cref="GeneratorErrors"/>
    /// says so (CRIU015, CRIU036).
    /// </summary>
    private static void AddSources(SourceProductionContext context, ConfiguredCatalog catalog, GenerationSettings settings, Func<EmitContext, IEnumerable<GeneratedFile>> emit)
    {
        if (!settings.CanGenerate)
        {
            return;
        }

        foreach (var file in emit(new EmitContext(catalog.Model, catalog.Options, settings, context.CancellationToken)))
        {
            context.AddSource(CatalogGroups.HintName(catalog.Options.Namespace, file.HintName), file.Source);
        }
    }

}
