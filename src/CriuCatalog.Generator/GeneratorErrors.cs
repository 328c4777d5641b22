using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Analyzers;
using CriuCatalog.Generator.Citations;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Configuration;
using CriuCatalog.Generator.Diagnostics;
using CriuCatalog.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator;

/// <summary>
/// The errors <see cref="CatalogGenerator"/> reports itself (<see cref="DiagnosticRoute"/>): each unreadable file
/// (CRIU013), a C# version below 7.3 (CRIU015), a target framework too old for the generated code (CRIU036), each configured value that is not valid (CRIU030–CRIU032, CRIU034,
/// CRIU035), and each pin the parser or the builder rejects (CRIU040, CRIU041); the warning that goes with a
/// citation the compiler cannot resolve (CRIU022, <see cref="UnresolvedCitations"/>); and, with no file marked, the
/// warning at each file that reads as a catalog (CRIU202).
/// </summary>
/// <param name="Errors">
/// The errors: file by file in ordinal order of path, then the project's (<see cref="Collect"/>); or a catalog's, then
/// each CRIU022 of it (<see cref="ForCatalog"/>).
/// </param>
/// <param name="Severities">What the <c>.editorconfig</c> files set for them; resolved only when there is an error.</param>
internal sealed record GeneratorErrors(EquatableArray<DiagnosticInfo> Errors, SeverityConfiguration Severities)
{
    public static readonly GeneratorErrors None = new(EquatableArray<DiagnosticInfo>.Empty, SeverityConfiguration.None);

    /// <summary>
    /// The errors of the marked files and of the project: each file's unreadable text and configuration, then the C#
    /// version and the project's settings. Those of each catalog are <see cref="ForCatalog"/>'s.
    /// </summary>
    /// <param name="files">
    /// The files the generator reads: every marked file, as parsed, with its configuration errors, and the
    /// <c>.editorconfig</c> files, whose severities apply to the errors.
    /// </param>
    /// <param name="settings">The project's settings, with their problems.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static GeneratorErrors Collect(ImmutableArray<ParsedFile?> files, GenerationSettings settings, CancellationToken cancellationToken)
    {
        var byPath = ByPath(files);
        if (byPath.Count == 0)
        {
            return Unmarked(files);
        }

        var errors = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (var file in byPath)
        {
            cancellationToken.ThrowIfCancellationRequested();
            errors.AddRange(DiagnosticRoute.ReportedByGenerator(file.Document.Diagnostics));
            errors.AddRange(file.ConfigurationErrors);
        }

        // The project's problems are about no file: they are placed where the catalog starts, so that they have one.
        var first = LocationInfo.FileStart(byPath[0].Document.Path);
        if (settings.LanguageVersion < GenerationSettings.MinimumLanguageVersion)
        {
            errors.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooLow, first, ((LanguageVersion)settings.LanguageVersion).ToDisplayString()));
        }

        if (settings.UnsupportedTarget is { } target)
        {
            errors.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TargetFrameworkTooOld, first, target));
        }

        foreach (var problem in settings.Problems)
        {
            errors.Add(problem with { Location = problem.Location ?? first });
        }

        return Create(errors, files, byPath, cancellationToken);
    }

    /// <summary>
    /// The errors of one catalog: the builder's (<see cref="ConfiguredCatalog.Errors"/>), then a CRIU022 for each name
    /// cited in it that is none of its papers (<see cref="UnresolvedCitations"/>). Reported with the catalog's
    /// bibliography, which reads the same citations, so that the pipeline needs no step that collects every catalog.
    /// </summary>
    /// <param name="files">The files the generator reads, as for <see cref="Collect"/>.</param>
    /// <param name="catalog">The catalog, with the builder's errors.</param>
    /// <param name="settings">The project's settings: below C# 7.3, or on a target too old, nothing is generated, so no citation resolves, and CRIU015 or CRIU036 says why.</param>
    /// <param name="citations">Every citation of the compilation.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static GeneratorErrors ForCatalog(
        ImmutableArray<ParsedFile?> files,
        ConfiguredCatalog catalog,
        GenerationSettings settings,
        ImmutableArray<CitationInfo?> citations,
        CancellationToken cancellationToken)
    {
        var unresolved = settings.CanGenerate && !citations.IsDefaultOrEmpty;
        if (catalog.Errors.Count == 0 && !unresolved)
        {
            return None;
        }

        var byPath = ByPath(files);
        var errors = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        errors.AddRange(catalog.Errors);

        // Resolved once, and only when something is to be reported: a catalog line's warning decides a CRIU022 too.
        SeverityConfiguration? severities = null;
        if (unresolved)
        {
            errors.AddRange(UnresolvedCitations.Find(
                byPath,
                ImmutableArray.Create(catalog),
                citations,
                info => (severities ??= ResolveSeverities(files, byPath, cancellationToken)).Apply(info) is not null,
                cancellationToken));
        }

        return Create(errors, files, byPath, cancellationToken, severities);
    }

    /// <summary>
    /// With no file marked, a CRIU202 at each file that reads as a catalog, in ordinal order of path: no build of the
    /// project can succeed while its code uses the catalog, and the analyzer's CRIU201 would be hidden by the errors.
    /// </summary>
    private static GeneratorErrors Unmarked(ImmutableArray<ParsedFile?> files)
    {
        var errors = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (var list in ParsedFile.UnmarkedLists(files).GroupBy(list => list.Path, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var path = list.Key;
            errors.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.UnmarkedCatalog,
                LocationInfo.FileStart(path),
                list.First().ShownPath,
                list.First().Entries.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return errors.Count == 0 ? None : new GeneratorErrors(errors.ToEquatableArray(), SeverityConfiguration.None);
    }

    /// <summary>The marked files, each once, in ordinal order of path: an item listed twice is one file, whose diagnostics are reported once, as the analyzer reports its own.</summary>
    private static List<CatalogFile> ByPath(ImmutableArray<ParsedFile?> files)
        => ParsedFile.Catalogs(files)
            .GroupBy(file => file.Document.Path, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.First())
            .ToList();

    private static GeneratorErrors Create(ImmutableArray<DiagnosticInfo>.Builder errors, ImmutableArray<ParsedFile?> files, List<CatalogFile> byPath, CancellationToken cancellationToken, SeverityConfiguration? severities = null)
        => errors.Count == 0 ? None : new GeneratorErrors(errors.ToEquatableArray(), severities ?? ResolveSeverities(files, byPath, cancellationToken));

    /// <summary>What the <c>.editorconfig</c> files set for the marked files' diagnostics.</summary>
    private static SeverityConfiguration ResolveSeverities(ImmutableArray<ParsedFile?> files, List<CatalogFile> byPath, CancellationToken cancellationToken)
        => SeverityConfiguration.Resolve(
            byPath.Select(file => file.Document.Path).ToImmutableArray(),
            ParsedFile.EditorConfigs(files).Select(file => new FileSnapshot(file.Path, file.Text is null ? null : SourceText.From(file.Text))).ToImmutableArray(),
            cancellationToken);

    /// <summary>Reports each error with the severity configuration gives it; one set to <c>none</c> is not reported.</summary>
    public void Report(Action<Diagnostic> report)
    {
        foreach (var error in Errors)
        {
            if (Severities.Apply(error) is { } diagnostic)
            {
                report(diagnostic);
            }
        }
    }
}
