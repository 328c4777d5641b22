using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Configuration;
using CriuCatalog.Generator.Diagnostics;
using CriuCatalog.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CriuCatalog.Generator.Analyzers;

/// <summary>
/// Reports the catalog diagnostics (CRIU001–CRIU017, CRIU019–CRIU021, CRIU040, CRIU041, and the configuration's
/// CRIU030–CRIU033) in the catalog files, with the severities
/// the <c>.editorconfig</c> AdditionalFiles set for them (see <see cref="SeverityConfiguration"/>); and CRIU201 for a
/// project that has no catalog, neither its own nor a referenced one.
/// </summary>
/// <remarks>
/// <para>
/// These used to come from <see cref="CatalogGenerator"/>. The generator driver filters every diagnostic a
/// generator has reported again on each run, cached or not, so thousands of them (CRIU009 renames, say) made each
/// keystroke in the IDE cost more the larger the catalog. An analyzer's diagnostics are computed only when the
/// analyzer runs, and this one keeps its result while the files are unchanged.
/// </para>
/// <para>
/// The catalog is found, parsed and built exactly as the generator does it (<see cref="CatalogKeys.Read"/>).
/// Every diagnostic is reported by the file action of the file it is located in, and only for the first
/// AdditionalFile with that path, so each is reported exactly once per compilation, whatever the number and order of
/// file actions.
/// </para>
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatalogDiagnosticAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The parsed and built catalog, reused while the catalog files are the same texts.</summary>
    private readonly FileSnapshotCache<CatalogRead> _catalog = new();

    /// <summary>The diagnostics to report, reused while the catalog and the <c>.editorconfig</c> files are unchanged.</summary>
    private readonly FileSnapshotCache<ImmutableDictionary<string, ImmutableArray<Diagnostic>>> _diagnostics = new();

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnrecognizedLine,
        DiagnosticDescriptors.EntryBeforeCategory,
        DiagnosticDescriptors.InvalidYear,
        DiagnosticDescriptors.EmptyVenue,
        DiagnosticDescriptors.EmptyTitle,
        DiagnosticDescriptors.UnbalancedBracket,
        DiagnosticDescriptors.DuplicateEntry,
        DiagnosticDescriptors.ConflictingEntry,
        DiagnosticDescriptors.IdentifierRenamed,
        DiagnosticDescriptors.MalformedArXivId,
        DiagnosticDescriptors.ArXivYearMismatch,
        DiagnosticDescriptors.NoEntries,
        DiagnosticDescriptors.UnreadableCatalog,
        DiagnosticDescriptors.LanguageVersionTooLow,
        DiagnosticDescriptors.EmptyCategoryName,
        DiagnosticDescriptors.BulletedEntry,
        DiagnosticDescriptors.EntryWithoutYear,
        DiagnosticDescriptors.VenueSpellings,
        DiagnosticDescriptors.SkippedMarkdownLine,
        DiagnosticDescriptors.InvalidNamespace,
        DiagnosticDescriptors.InvalidVisibility,
        DiagnosticDescriptors.InvalidClassName,
        DiagnosticDescriptors.InvalidLegacyNames,
        DiagnosticDescriptors.ConflictingConfiguration,
        DiagnosticDescriptors.DuplicatePin,
        DiagnosticDescriptors.InvalidPin,
        DiagnosticDescriptors.NoCatalog);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(Start);
    }

    private void Start(CompilationStartAnalysisContext context)
    {
        var catalogs = CatalogKeys.FindCatalogFiles(context.Options, context.CancellationToken);
        if (catalogs.IsEmpty)
        {
            // The rare project with no catalog: only it pays for the look at its references.
            if (WarnsWithoutCatalog(context.Options))
            {
                context.RegisterCompilationEndAction(ReportIfNoCatalogToCite);
            }

            return;
        }

        var byFile = GetDiagnostics(catalogs, context.Options, LanguageVersion(context.Compilation), context.CancellationToken);
        if (byFile.IsEmpty)
        {
            return;
        }

        context.RegisterAdditionalFileAction(c => Report(c, byFile));
    }

    /// <summary>Whether CRIU201 is on: the project has not set <c>PaperCatalogWarnWithoutCatalog</c> to <c>false</c>.</summary>
    private static bool WarnsWithoutCatalog(AnalyzerOptions options)
        => !(options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property." + CatalogConfiguration.WarnWithoutCatalogProperty, out var value)
             && CatalogConfiguration.ParseBoolean(value.Trim()) == false);

    /// <summary>
    /// CRIU201, unless a referenced assembly has a catalog the project can cite (<see cref="ReferencedCatalogs"/>).
    /// At the compilation's end: a diagnostic about the whole project has no file action to report it.
    /// </summary>
    private static void ReportIfNoCatalogToCite(CompilationAnalysisContext context)
    {
        if (ReferencedCatalogs.FindUsable(context.Compilation, context.CancellationToken) is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoCatalog, Location.None));
        }
    }

    /// <summary>The diagnostics to report, by the path of the catalog file whose action reports them.</summary>
    private ImmutableDictionary<string, ImmutableArray<Diagnostic>> GetDiagnostics(ImmutableArray<FileSnapshot> catalogs, AnalyzerOptions options, LanguageVersion? languageVersion, CancellationToken cancellationToken)
    {
        var read = _catalog.GetOrCreate(catalogs, source: null, CatalogKeys.Read, cancellationToken);
        var configuration = ConfigurationDiagnostics(options).AddRange(Conflicts(catalogs));
        if (languageVersion is { } version && (int)version < GenerationSettings.MinimumLanguageVersion)
        {
            // The generator writes nothing below C# 8; the catalog's own diagnostics are still worth fixing meanwhile.
            configuration = configuration.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooLow, LocationInfo.FileStart(catalogs.Select(file => file.Path).OrderBy(path => path, StringComparer.Ordinal).First()), version.ToDisplayString()));
        }

        if (read.Diagnostics.IsEmpty && configuration.IsEmpty)
        {
            return ImmutableDictionary<string, ImmutableArray<Diagnostic>>.Empty;
        }

        var editorConfigs = FileSnapshot.Find(options, file => SeverityConfiguration.IsEditorConfig(file.Path), cancellationToken);
        if (!configuration.IsEmpty)
        {
            // A misconfigured project fails to build until it is fixed; its diagnostics are not worth a cache.
            return Materialize(catalogs, read.Diagnostics.AddRange(configuration), editorConfigs, cancellationToken);
        }

        return _diagnostics.GetOrCreate(
            editorConfigs,
            read,
            (files, token) => Materialize(catalogs, read.Diagnostics, files, token),
            cancellationToken);
    }

    /// <summary>
    /// The compilation's effective C# version: that of its syntax trees' parse options, which the generator reads too.
    /// A compilation with no syntax tree reports the default version; a build always has some (the SDK adds its own).
    /// </summary>
    private static LanguageVersion? LanguageVersion(Compilation compilation)
        => (compilation as CSharpCompilation)?.LanguageVersion;

    /// <summary>The namespace, visibility and class name values set for a catalog that are not valid (CRIU030–CRIU032), file by file.</summary>
    private static ImmutableArray<DiagnosticInfo> ConfigurationDiagnostics(AnalyzerOptions options)
    {
        // An item listed twice is one file: its values are checked once, as its catalog diagnostics are reported once.
        var problems = ImmutableArray<DiagnosticInfo>.Empty;
        var checkedPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var catalog in AdditionalFiles.Catalogs(options))
        {
            if (checkedPaths.Add(catalog.File.Path))
            {
                problems = problems.AddRange(CheckConfiguration(catalog.File.Path, catalog.FileOptions, options.AnalyzerConfigOptionsProvider.GlobalOptions));
            }
        }

        return problems;
    }

    /// <summary>
    /// What is wrong with the configuration of the catalog at <paramref name="path"/>: one diagnostic per value that
    /// is set but not valid, located at the start of the catalog file (the value itself is in a project file, which
    /// has no location the compiler can point at).
    /// </summary>
    private static ImmutableArray<DiagnosticInfo> CheckConfiguration(string path, AnalyzerConfigOptions file, AnalyzerConfigOptions project)
    {
        var problems = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        if (CatalogConfiguration.Value(file, project, CatalogConfiguration.NamespaceMetadata, CatalogConfiguration.NamespaceProperty) is { } ns
            && !CatalogConfiguration.IsValidNamespace(ns.Value))
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamespace, LocationInfo.FileStart(path), ns.Value, ns.Source, CatalogOptions.Default.Namespace));
        }

        if (CatalogConfiguration.Value(file, project, CatalogConfiguration.VisibilityMetadata, CatalogConfiguration.VisibilityProperty) is { } visibility
            && CatalogConfiguration.ParseVisibility(visibility.Value) is null)
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidVisibility, LocationInfo.FileStart(path), visibility.Value, visibility.Source, CatalogOptions.Default.Accessibility));
        }

        if (CatalogConfiguration.Value(file, project, CatalogConfiguration.ClassNameMetadata, CatalogConfiguration.ClassNameProperty) is { } className
            && CatalogConfiguration.ClassNameProblem(className.Value) is { } problem)
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidClassName, LocationInfo.FileStart(path), className.Value, className.Source, problem, CatalogOptions.DefaultClassName));
        }

        if (CatalogConfiguration.Value(file, project, CatalogConfiguration.LegacyNamesMetadata, CatalogConfiguration.LegacyNamesProperty) is { } legacyNames
            && CatalogConfiguration.ParseBoolean(legacyNames.Value) is null)
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidLegacyNames, LocationInfo.FileStart(path), legacyNames.Value, legacyNames.Source));
        }

        return problems.ToImmutable();
    }

    /// <summary>
    /// CRIU033 for each file of a catalog whose class name or visibility is not the catalog's: a catalog takes them
    /// from one of its files (<see cref="CatalogGroups.Leader"/>), so another file's differing value is not used.
    /// </summary>
    private static ImmutableArray<DiagnosticInfo> Conflicts(ImmutableArray<FileSnapshot> catalogs)
    {
        var problems = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (var catalog in catalogs.GroupBy(file => file.Options!.Namespace, StringComparer.Ordinal))
        {
            var leader = CatalogGroups.Leader(catalog, file => file.Path, file => file.Text is not null);
            var taken = leader.Options!;
            foreach (var file in catalog.Where(file => !string.Equals(file.Path, leader.Path, StringComparison.Ordinal)).GroupBy(file => file.Path, StringComparer.Ordinal).Select(g => g.First()))
            {
                var own = file.Options!;
                var from = "'" + System.IO.Path.GetFileName(leader.Path) + "'";
                if (!string.Equals(own.ClassName, taken.ClassName, StringComparison.Ordinal))
                {
                    problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ConflictingConfiguration, LocationInfo.FileStart(file.Path), CatalogConfiguration.ClassNameMetadata, own.ClassName, catalog.Key, taken.ClassName, from));
                }

                if (own.IsPublic != taken.IsPublic)
                {
                    problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ConflictingConfiguration, LocationInfo.FileStart(file.Path), CatalogConfiguration.VisibilityMetadata, own.Accessibility, catalog.Key, taken.Accessibility, from));
                }

                if (own.LegacyNames != taken.LegacyNames)
                {
                    problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ConflictingConfiguration, LocationInfo.FileStart(file.Path), CatalogConfiguration.LegacyNamesMetadata, Boolean(own.LegacyNames), catalog.Key, Boolean(taken.LegacyNames), from));
                }
            }
        }

        return problems.ToImmutable();
    }

    private static string Boolean(bool value) => value ? "true" : "false";

    private static ImmutableDictionary<string, ImmutableArray<Diagnostic>> Materialize(
        ImmutableArray<FileSnapshot> catalogs,
        ImmutableArray<DiagnosticInfo> diagnostics,
        ImmutableArray<FileSnapshot> editorConfigs,
        CancellationToken cancellationToken)
    {
        var severities = SeverityConfiguration.Resolve(catalogs.Select(f => f.Path).ToImmutableArray(), editorConfigs, cancellationToken);
        var byFile = new Dictionary<string, ImmutableArray<Diagnostic>.Builder>(StringComparer.Ordinal);
        foreach (var catalog in catalogs)
        {
            if (!byFile.ContainsKey(catalog.Path))
            {
                byFile.Add(catalog.Path, ImmutableArray.CreateBuilder<Diagnostic>());
            }
        }

        foreach (var info in diagnostics)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (severities.Apply(info) is not { } diagnostic)
            {
                continue;
            }

            // Every catalog diagnostic is located in a catalog file; one that were not would still be reported, once, by the first file.
            var path = info.Location is { } location && byFile.ContainsKey(location.FilePath) ? location.FilePath : catalogs[0].Path;
            byFile[path].Add(diagnostic);
        }

        return byFile
            .Where(pair => pair.Value.Count > 0)
            .ToImmutableDictionary(pair => pair.Key, pair => pair.Value.ToImmutable(), StringComparer.Ordinal);
    }

    private static void Report(AdditionalFileAnalysisContext context, ImmutableDictionary<string, ImmutableArray<Diagnostic>> byFile)
    {
        var file = context.AdditionalFile;
        if (!byFile.TryGetValue(file.Path, out var diagnostics) || !IsFirstWithPath(context.Options.AdditionalFiles, file))
        {
            return;
        }

        foreach (var diagnostic in diagnostics)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>
    /// Whether no AdditionalFile before <paramref name="file"/> has its path. Two items can name one file (an
    /// item listed twice); both are analyzed, but the diagnostics at that path must be reported once. The answer
    /// depends only on the options, not on which action runs first, so a cancelled action that runs again
    /// reports the same.
    /// </summary>
    private static bool IsFirstWithPath(ImmutableArray<AdditionalText> files, AdditionalText file)
    {
        foreach (var other in files)
        {
            if (string.Equals(other.Path, file.Path, StringComparison.Ordinal))
            {
                return ReferenceEquals(other, file);
            }
        }

        // Not among the options' files (no host does this): it is the only one with its path that reports.
        return true;
    }
}
