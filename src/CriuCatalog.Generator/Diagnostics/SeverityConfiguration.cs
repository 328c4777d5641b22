using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using CriuCatalog.Generator.Analyzers;
using CriuCatalog.Generator.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Diagnostics;

/// <summary>
/// The severities that <c>.editorconfig</c> files set for the catalog diagnostics, resolved for each catalog file.
/// </summary>
/// <remarks>
/// <para>
/// The compiler applies <c>dotnet_diagnostic.&lt;ID&gt;.severity</c> from <c>.editorconfig</c> sections only to
/// diagnostics located in a C# syntax tree, and it removes those keys from the options a generator sees. The
/// catalog diagnostics are located in the catalog file, so the package's build logic passes every
/// <c>.editorconfig</c> at and above a catalog as an AdditionalFile, and this class reads them the way the compiler
/// would for a source file at the catalog's path: with Roslyn's own <see cref="AnalyzerConfig"/> and
/// <see cref="AnalyzerConfigSet"/> (matching sections, <c>root = true</c>, the nearest file wins).
/// </para>
/// <para>
/// Only <c>CRIUxxx</c> ids are kept, so the table stays a handful of entries however large the files are.
/// <see cref="CatalogDiagnosticAnalyzer"/> applies the severities when it reports the diagnostics; the compiler then still applies
/// global configuration (<c>.globalconfig</c>), <c>NoWarn</c>, <c>WarningsAsErrors</c> and
/// <c>TreatWarningsAsErrors</c> on top, as it does to any diagnostic outside a syntax tree.
/// </para>
/// </remarks>
/// <param name="Overrides">Every severity a section sets for a catalog diagnostic, by catalog path and id.</param>
internal sealed record SeverityConfiguration(EquatableArray<SeverityOverride> Overrides)
{
    private const string EditorConfigFileName = ".editorconfig";

    private const string DiagnosticIdPrefix = "CRIU";

    /// <summary>No file sets a severity: every diagnostic keeps its descriptor's.</summary>
    public static readonly SeverityConfiguration None = new(EquatableArray<SeverityOverride>.Empty);

    /// <summary>
    /// Whether an AdditionalFile is an <c>.editorconfig</c>. Files are recognised by name, the way the compiler
    /// recognises them, so one added by hand or by another tool counts as well as one the package adds.
    /// </summary>
    public static bool IsEditorConfig(string path)
        => string.Equals(System.IO.Path.GetFileName(path), EditorConfigFileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Resolves the severities each catalog file gets from the <c>.editorconfig</c> files. Malformed text never
    /// throws: lines the parser cannot read are ignored, as the compiler ignores them, and a file whose path is not
    /// absolute cannot be placed and is skipped.
    /// </summary>
    /// <param name="catalogPaths">The paths of the files marked as catalogs.</param>
    /// <param name="editorConfigs">The <c>.editorconfig</c> AdditionalFiles.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static SeverityConfiguration Resolve(ImmutableArray<string> catalogPaths, ImmutableArray<FileSnapshot> editorConfigs, CancellationToken cancellationToken)
    {
        if (catalogPaths.IsDefaultOrEmpty || editorConfigs.IsDefaultOrEmpty)
        {
            return None;
        }

        var configs = new List<AnalyzerConfig>(editorConfigs.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in editorConfigs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (source.Text is { } text && seen.Add(source.Path) && TryParse(text, source.Path) is { } config)
            {
                configs.Add(config);
            }
        }

        if (configs.Count == 0)
        {
            return None;
        }

        var set = AnalyzerConfigSet.Create(configs);
        var overrides = ImmutableArray.CreateBuilder<SeverityOverride>();
        foreach (var path in catalogPaths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!System.IO.Path.IsPathRooted(path))
            {
                continue;
            }

            var options = set.GetOptionsForSourcePath(path).TreeOptions;

            // In id order, so the value does not depend on the dictionary's order.
            var ids = new List<string>();
            foreach (var id in options.Keys)
            {
                if (id.StartsWith(DiagnosticIdPrefix, StringComparison.OrdinalIgnoreCase))
                {
                    ids.Add(id);
                }
            }

            ids.Sort(StringComparer.OrdinalIgnoreCase);
            foreach (var id in ids)
            {
                overrides.Add(new SeverityOverride(path, id.ToUpperInvariant(), options[id]));
            }
        }

        return overrides.Count == 0 ? None : new SeverityConfiguration(overrides.ToEquatableArray());
    }

    /// <summary>
    /// The diagnostic to report for <paramref name="info"/>: with the severity its file's <c>.editorconfig</c> sets,
    /// with the descriptor's severity when none is set (or it is <c>default</c>), or <see langword="null"/> when it
    /// is set to <c>none</c>.
    /// </summary>
    public Diagnostic? Apply(DiagnosticInfo info)
    {
        var severity = Find(info.Location?.FilePath, info.Descriptor.Id);
        return severity switch
        {
            ReportDiagnostic.Suppress => null,
            ReportDiagnostic.Error => info.ToDiagnostic(DiagnosticSeverity.Error),
            ReportDiagnostic.Warn => info.ToDiagnostic(DiagnosticSeverity.Warning),
            ReportDiagnostic.Info => info.ToDiagnostic(DiagnosticSeverity.Info),
            ReportDiagnostic.Hidden => info.ToDiagnostic(DiagnosticSeverity.Hidden),
            _ => info.ToDiagnostic(),
        };
    }

    private ReportDiagnostic Find(string? path, string id)
    {
        if (path is null)
        {
            return ReportDiagnostic.Default;
        }

        // A handful of ids per catalog: a scan is cheaper than building a table.
        foreach (var entry in Overrides)
        {
            if (string.Equals(entry.Id, id, StringComparison.Ordinal) && string.Equals(entry.FilePath, path, StringComparison.Ordinal))
            {
                return entry.Severity;
            }
        }

        return ReportDiagnostic.Default;
    }

    private static AnalyzerConfig? TryParse(SourceText text, string path)
    {
        if (!System.IO.Path.IsPathRooted(path))
        {
            return null;
        }

        try
        {
            return AnalyzerConfig.Parse(text, path);
        }
        catch (ArgumentException)
        {
            // A path the parser cannot place; the compiler would not read such a file either.
            return null;
        }
    }
}

/// <summary>A severity an <c>.editorconfig</c> sets for one diagnostic id in one catalog file.</summary>
/// <param name="FilePath">The catalog file's path, as the diagnostics' locations give it.</param>
/// <param name="Id">The diagnostic id, upper case, e.g. <c>CRIU001</c>.</param>
/// <param name="Severity">The severity, as the compiler reads <c>error</c>, <c>warning</c>, <c>suggestion</c>, <c>silent</c>, <c>none</c> and <c>default</c>.</param>
internal readonly record struct SeverityOverride(string FilePath, string Id, ReportDiagnostic Severity);
