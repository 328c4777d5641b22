using System;
using System.Collections.Immutable;
using CriuCatalog.Generator.Diagnostics;
using CriuCatalog.Generator.Naming;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CriuCatalog.Generator.Configuration;

/// <summary>
/// How the project configured one catalog: the namespace of its generated types and whether they are public.
/// Read from the AdditionalFile's item metadata (<c>Namespace</c>, <c>Visibility</c>), else from the project's
/// MSBuild properties (<c>PaperCatalogNamespace</c>, <c>PaperCatalogVisibility</c>), else the defaults; the
/// package's props file makes all four visible to the compiler. See docs/configuration.md.
/// </summary>
/// <param name="Namespace">The namespace of every generated type, e.g. <c>CriuCatalog</c>.</param>
/// <param name="IsPublic">Whether the generated types are <c>public</c> rather than <c>internal</c>.</param>
internal sealed record CatalogOptions(string Namespace, bool IsPublic)
{
    /// <summary>
    /// <c>internal</c> in <c>CriuCatalog</c>: a catalog is its project's own unless the project says otherwise, so a
    /// library's catalog never reaches the projects that reference it, and two projects with catalogs never clash.
    /// </summary>
    public static CatalogOptions Default { get; } = new(DefaultNamespace, IsPublic: false);

    public const string DefaultNamespace = "CriuCatalog";

    /// <summary>The C# keyword for the generated types' accessibility.</summary>
    public string Accessibility => IsPublic ? "public" : "internal";
}

/// <summary>Reads and checks <see cref="CatalogOptions"/> from a catalog file's options and the project's.</summary>
internal static class CatalogConfiguration
{
    public const string NamespaceMetadata = "Namespace";
    public const string VisibilityMetadata = "Visibility";
    public const string NamespaceProperty = "PaperCatalogNamespace";
    public const string VisibilityProperty = "PaperCatalogVisibility";

    /// <summary>The options the generator uses: a value that is not valid falls back to its default (and is reported by <see cref="Check"/>).</summary>
    public static CatalogOptions Read(AnalyzerConfigOptions file, AnalyzerConfigOptions project)
    {
        var ns = Value(file, project, NamespaceMetadata, NamespaceProperty);
        var visibility = Value(file, project, VisibilityMetadata, VisibilityProperty);
        return new CatalogOptions(
            ns is { } n && IsValidNamespace(n.Value) ? n.Value : CatalogOptions.Default.Namespace,
            visibility is { } v && ParseVisibility(v.Value) is { } isPublic ? isPublic : CatalogOptions.Default.IsPublic);
    }

    /// <summary>
    /// What is wrong with the configuration of the catalog at <paramref name="path"/>: one diagnostic per value
    /// that is set but not valid, located at the start of the catalog file (the value itself is in a project file,
    /// which has no location the compiler can point at).
    /// </summary>
    public static ImmutableArray<DiagnosticInfo> Check(string path, AnalyzerConfigOptions file, AnalyzerConfigOptions project)
    {
        var problems = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        if (Value(file, project, NamespaceMetadata, NamespaceProperty) is { } ns && !IsValidNamespace(ns.Value))
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamespace, LocationInfo.FileStart(path), ns.Value, ns.Source, CatalogOptions.Default.Namespace));
        }

        if (Value(file, project, VisibilityMetadata, VisibilityProperty) is { } visibility && ParseVisibility(visibility.Value) is null)
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidVisibility, LocationInfo.FileStart(path), visibility.Value, visibility.Source, CatalogOptions.Default.Accessibility));
        }

        return problems.ToImmutable();
    }

    /// <summary>
    /// A dotted name whose every part is a C# identifier and not a keyword (<c>Research.Papers</c>); no
    /// <c>global::</c>, no <c>@</c>, no white space inside.
    /// </summary>
    public static bool IsValidNamespace(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        foreach (var part in value.Split('.'))
        {
            if (!IdentifierNaming.IsUsableIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><see langword="true"/> for <c>public</c>, <see langword="false"/> for <c>internal</c> (any case), otherwise <see langword="null"/>.</summary>
    private static bool? ParseVisibility(string value)
        => string.Equals(value, "public", StringComparison.OrdinalIgnoreCase) ? true
            : string.Equals(value, "internal", StringComparison.OrdinalIgnoreCase) ? false
            : null;

    /// <summary>
    /// The item metadata when set, else the project property when set, trimmed, with where it came from (quoted in
    /// messages); <see langword="null"/> when neither is set. MSBuild passes an unset value as an empty string.
    /// </summary>
    private static (string Value, string Source)? Value(AnalyzerConfigOptions file, AnalyzerConfigOptions project, string metadata, string property)
    {
        if (file.TryGetValue("build_metadata.AdditionalFiles." + metadata, out var fromItem) && fromItem.Trim() is { Length: > 0 } item)
        {
            return (item, "the catalog's " + metadata + " metadata");
        }

        if (project.TryGetValue("build_property." + property, out var fromProject) && fromProject.Trim() is { Length: > 0 } value)
        {
            return (value, "the " + property + " property");
        }

        return null;
    }
}
