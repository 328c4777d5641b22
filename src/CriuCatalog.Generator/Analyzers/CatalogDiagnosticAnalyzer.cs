using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Configuration;
using CriuCatalog.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CriuCatalog.Generator.Analyzers;

/// <summary>
/// Reports the catalog's warnings and infos (CRIU001–CRIU012, CRIU016, CRIU017, CRIU019–CRIU021, and CRIU033 for
/// files configured differently) in the catalog files, with the severities the <c>.editorconfig</c> AdditionalFiles
/// set for them (see <see cref="SeverityConfiguration"/>); and CRIU201 for a project that has no catalog, neither its
/// own nor a referenced one. The errors come from the generator (<see cref="DiagnosticRoute"/>).
/// </summary>
/// <remarks>
/// <para>
/// These used to come from <see cref="CatalogGenerator"/>. The generator driver filters every diagnostic a
/// generator has reported again on each run, cached or not, so thousands of them (CRIU009 renames, say) made each
/// keystroke in the IDE cost more the larger the catalog. An analyzer's diagnostics are computed only when the
/// analyzer runs, and this one keeps its result while the files are unchanged. A command-line build shows no
/// analyzer diagnostic when the C# code has errors in its declarations, so the errors, which explain a missing
/// catalog or member, are the generator's.
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

    /// <summary>Whether a file reads as a catalog but is not marked, reused while those files are unchanged.</summary>
    private readonly FileSnapshotCache<bool> _unmarked = new();

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
        DiagnosticDescriptors.EmptyCategoryName,
        DiagnosticDescriptors.BulletedEntry,
        DiagnosticDescriptors.EntryWithoutYear,
        DiagnosticDescriptors.VenueSpellings,
        DiagnosticDescriptors.SkippedMarkdownLine,
        DiagnosticDescriptors.ConflictingConfiguration,
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
            // The rare project with no catalog: only it pays for the look at its references. A file that reads as a
            // catalog but is not marked has the generator's CRIU202, which names it, so CRIU201 would only repeat it.
            if (CatalogConfiguration.WarnsWithoutCatalog(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions) && !HasUnmarkedList(context.Options, context.CancellationToken))
            {
                context.RegisterCompilationEndAction(ReportIfNoCatalogToCite);
            }

            return;
        }

        var byFile = GetDiagnostics(catalogs, context.Options, context.CancellationToken);
        if (byFile.IsEmpty)
        {
            return;
        }

        context.RegisterAdditionalFileAction(c => Report(c, byFile));
    }

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

    /// <summary>
    /// Whether an AdditionalFile reads as a catalog but is not marked (<see cref="UnmarkedList"/>), for which the generator
    /// reports CRIU202. Reused while the candidate files' texts are the ones already read, as for the catalog itself.
    /// </summary>
    private bool HasUnmarkedList(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var candidates = FileSnapshot.Find(options, file => UnmarkedList.IsCandidate(file, provider.GetOptions(file)), cancellationToken);
        return !candidates.IsEmpty && _unmarked.GetOrCreate(
            candidates,
            source: null,
            static (files, token) => files.Any(file => UnmarkedList.Read(file.Path, file.Text, globalOptions: null, token) is not null),
            cancellationToken);
    }

    /// <summary>The diagnostics to report, by the path of the catalog file whose action reports them.</summary>
    private ImmutableDictionary<string, ImmutableArray<Diagnostic>> GetDiagnostics(ImmutableArray<FileSnapshot> catalogs, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var read = _catalog.GetOrCreate(catalogs, source: null, CatalogKeys.Read, cancellationToken);
        var conflicts = Conflicts(catalogs);
        if (!read.Diagnostics.Any(IsReportedHere) && conflicts.IsEmpty)
        {
            return ImmutableDictionary<string, ImmutableArray<Diagnostic>>.Empty;
        }

        var editorConfigs = FileSnapshot.Find(options, file => SeverityConfiguration.IsEditorConfig(file.Path), cancellationToken);
        if (!conflicts.IsEmpty)
        {
            // Files configured differently are fixed once and for all; their diagnostics are not worth a cache.
            return Materialize(catalogs, read.Diagnostics.AddRange(conflicts), editorConfigs, cancellationToken);
        }

        return _diagnostics.GetOrCreate(
            editorConfigs,
            read,
            (files, token) => Materialize(catalogs, read.Diagnostics, files, token),
            cancellationToken);
    }

    /// <summary>Whether this analyzer reports <paramref name="info"/>: the generator reports the errors (<see cref="DiagnosticRoute"/>).</summary>
    private static bool IsReportedHere(DiagnosticInfo info) => !DiagnosticRoute.IsReportedByGenerator(info.Descriptor);

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
            if (!IsReportedHere(info) || severities.Apply(info) is not { } diagnostic)
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
