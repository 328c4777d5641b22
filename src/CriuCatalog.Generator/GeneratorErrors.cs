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
/// (CRIU013), a C# version below 8 (CRIU015), each configured value that is not valid (CRIU030–CRIU032, CRIU034,
/// CRIU035), and each pin the parser or the builder rejects (CRIU040, CRIU041); and the warning that goes with a
/// citation the compiler cannot resolve (CRIU022, <see cref="UnresolvedCitations"/>).
/// </summary>
/// <param name="Errors">
/// The errors, file by file in ordinal order of path, then the project's, then each catalog's; then each CRIU022.
/// </param>
/// <param name="Severities">What the <c>.editorconfig</c> files set for them; resolved only when there is an error.</param>
internal sealed record GeneratorErrors(EquatableArray<DiagnosticInfo> Errors, SeverityConfiguration Severities)
{
    public static readonly GeneratorErrors None = new(EquatableArray<DiagnosticInfo>.Empty, SeverityConfiguration.None);

    /// <summary>Collects the errors of the marked files and their catalogs.</summary>
    /// <param name="files">Every marked file, as parsed, with its configuration errors.</param>
    /// <param name="catalogs">The catalogs built from them, with the builder's errors.</param>
    /// <param name="settings">The project's settings, with their problems.</param>
    /// <param name="editorConfigs">The <c>.editorconfig</c> AdditionalFiles, whose severities apply to the errors.</param>
    /// <param name="citations">Every citation of the compilation, for CRIU022.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static GeneratorErrors Collect(
        ImmutableArray<CatalogFile> files,
        ImmutableArray<ConfiguredCatalog> catalogs,
        GenerationSettings settings,
        ImmutableArray<EditorConfigText> editorConfigs,
        ImmutableArray<CitationInfo?> citations,
        CancellationToken cancellationToken)
    {
        if (files.IsDefaultOrEmpty)
        {
            return None;
        }

        // An item listed twice is one file: its diagnostics are reported once, as the analyzer reports its own.
        var byPath = files
            .GroupBy(file => file.Document.Path, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.First())
            .ToList();
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

        foreach (var problem in settings.Problems)
        {
            errors.Add(problem with { Location = problem.Location ?? first });
        }

        foreach (var catalog in catalogs)
        {
            errors.AddRange(catalog.Errors);
        }

        // Resolved once, and only when something is to be reported: a catalog line's warning decides a CRIU022 too.
        SeverityConfiguration? severities = null;
        SeverityConfiguration Severities()
            => severities ??= SeverityConfiguration.Resolve(
                byPath.Select(file => file.Document.Path).ToImmutableArray(),
                editorConfigs.Select(file => new FileSnapshot(file.Path, file.Text is null ? null : SourceText.From(file.Text))).ToImmutableArray(),
                cancellationToken);

        // Below C# 8 nothing is generated, so every citation fails to resolve, and CRIU015 says why.
        if (settings.LanguageVersion >= GenerationSettings.MinimumLanguageVersion)
        {
            errors.AddRange(UnresolvedCitations.Find(byPath, catalogs, citations, info => Severities().Apply(info) is not null, cancellationToken));
        }

        return errors.Count == 0 ? None : new GeneratorErrors(errors.ToEquatableArray(), Severities());
    }

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

/// <summary>An <c>.editorconfig</c> AdditionalFile's path and text (<see langword="null"/> when it cannot be read).</summary>
internal sealed record EditorConfigText(string Path, string? Text);
