using System;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CriuCatalog.Generator.Configuration;

/// <summary>
/// Reads <see cref="CatalogOptions"/> from a catalog file's options and the project's. The code-fix assembly
/// compiles this file too (linked), so both find a catalog's namespace the same way.
/// </summary>
internal static class CatalogConfiguration
{
    public const string NamespaceMetadata = "Namespace";
    public const string VisibilityMetadata = "Visibility";
    public const string NamespaceProperty = "PaperCatalogNamespace";
    public const string VisibilityProperty = "PaperCatalogVisibility";

    /// <summary>The project property that turns CRIU201 off when set to <c>false</c>.</summary>
    public const string WarnWithoutCatalogProperty = "PaperCatalogWarnWithoutCatalog";

    /// <summary>
    /// The options the generator uses: a value that is not valid falls back to its default (and is reported by the
    /// catalog analyzer, CRIU030 and CRIU031).
    /// </summary>
    public static CatalogOptions Read(AnalyzerConfigOptions file, AnalyzerConfigOptions project)
    {
        var ns = Value(file, project, NamespaceMetadata, NamespaceProperty);
        var visibility = Value(file, project, VisibilityMetadata, VisibilityProperty);
        return new CatalogOptions(
            ns is { } n && IsValidNamespace(n.Value) ? n.Value : CatalogOptions.Default.Namespace,
            visibility is { } v && ParseVisibility(v.Value) is { } isPublic ? isPublic : CatalogOptions.Default.IsPublic);
    }

    /// <summary>
    /// A dotted name whose every part is a C# identifier and not a reserved keyword (<c>Research.Papers</c>); no
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
            // Contextual keywords (async, record, data…) are fine as namespace names; reserved ones and global are not.
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None || part == "global")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><see langword="true"/> for <c>public</c>, <see langword="false"/> for <c>internal</c> (any case), otherwise <see langword="null"/>.</summary>
    public static bool? ParseVisibility(string value)
        => string.Equals(value, "public", StringComparison.OrdinalIgnoreCase) ? true
            : string.Equals(value, "internal", StringComparison.OrdinalIgnoreCase) ? false
            : null;

    /// <summary>
    /// The item metadata when set, else the project property when set, trimmed, with where it came from (quoted in
    /// messages); <see langword="null"/> when neither is set. MSBuild passes an unset value as an empty string.
    /// </summary>
    public static (string Value, string Source)? Value(AnalyzerConfigOptions file, AnalyzerConfigOptions project, string metadata, string property)
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
