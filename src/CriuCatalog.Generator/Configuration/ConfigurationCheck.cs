using System.Collections.Immutable;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CriuCatalog.Generator.Configuration;

/// <summary>
/// The configured values of a catalog that are not valid: CRIU030, CRIU031, CRIU032 and CRIU034. Each invalid value
/// falls back to its default (<see cref="CatalogConfiguration.Read"/>) and is reported by the generator.
/// </summary>
internal static class ConfigurationCheck
{
    /// <summary>
    /// One diagnostic for each value that is set for the catalog at <paramref name="path"/> but is not valid. Each is
    /// located at the start of the catalog file, because the value itself is in a project file, and the compiler
    /// cannot point into a project file.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> Check(string path, AnalyzerConfigOptions file, AnalyzerConfigOptions project)
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

        return problems.Count == 0 ? EquatableArray<DiagnosticInfo>.Empty : problems.ToEquatableArray();
    }
}
