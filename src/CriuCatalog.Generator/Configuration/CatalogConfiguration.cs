using System;
using System.Linq;
using CriuCatalog.Generator.Model;
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
    public const string ClassNameMetadata = "ClassName";
    public const string NamespaceProperty = "PaperCatalogNamespace";
    public const string VisibilityProperty = "PaperCatalogVisibility";
    public const string ClassNameProperty = "PaperCatalogClassName";
    public const string LegacyNamesMetadata = "LegacyNames";
    public const string LegacyNamesProperty = "PaperCatalogLegacyNames";

    /// <summary>The project property that turns CRIU201 off when set to <c>false</c>.</summary>
    public const string WarnWithoutCatalogProperty = "PaperCatalogWarnWithoutCatalog";

    /// <summary>
    /// The options the generator uses: a value that is not valid falls back to its default (and is reported by the
    /// catalog analyzer, CRIU030, CRIU031, CRIU032 and CRIU034).
    /// </summary>
    public static CatalogOptions Read(AnalyzerConfigOptions file, AnalyzerConfigOptions project)
    {
        var ns = Value(file, project, NamespaceMetadata, NamespaceProperty);
        var visibility = Value(file, project, VisibilityMetadata, VisibilityProperty);
        var className = Value(file, project, ClassNameMetadata, ClassNameProperty);
        var legacyNames = Value(file, project, LegacyNamesMetadata, LegacyNamesProperty);
        return new CatalogOptions(
            ns is { } n && IsValidNamespace(n.Value) ? n.Value : CatalogOptions.Default.Namespace,
            visibility is { } v && ParseVisibility(v.Value) is { } isPublic ? isPublic : CatalogOptions.Default.IsPublic,
            className is { } c && ClassNameProblem(c.Value) is null ? c.Value : CatalogOptions.DefaultClassName,
            legacyNames is { } l && ParseBoolean(l.Value) is { } keep ? keep : CatalogOptions.Default.LegacyNames);
    }

    /// <summary>
    /// Why <paramref name="value"/> cannot name the class of papers, as a phrase for CRIU032 ("it …"), or
    /// <see langword="null"/> when it can: a C# identifier, not a keyword, not only lower-case ASCII letters (which
    /// the compiler warns about, CS8981), and no name the generated API uses for something else.
    /// </summary>
    public static string? ClassNameProblem(string value)
    {
        if (!SyntaxFacts.IsValidIdentifier(value))
        {
            return "is not a C# identifier";
        }

        if (SyntaxFacts.GetKeywordKind(value) != SyntaxKind.None)
        {
            return "is a C# keyword";
        }

        if (value.All(c => c is >= 'a' and <= 'z'))
        {
            return "has only lower-case letters, which the compiler warns about in a type name (CS8981)";
        }

        return !string.Equals(value, CatalogOptions.DefaultClassName, StringComparison.Ordinal) && GeneratedNames.Reserved.Contains(value, StringComparer.Ordinal)
            ? "is a name the generated code uses for something else"
            : null;
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
    /// Whether the project wants to hear that it has no catalog (CRIU201, CRIU202): it has not set
    /// <c>PaperCatalogWarnWithoutCatalog</c> to <c>false</c>.
    /// </summary>
    public static bool WarnsWithoutCatalog(AnalyzerConfigOptions globalOptions)
        => !(globalOptions.TryGetValue("build_property." + WarnWithoutCatalogProperty, out var value) && ParseBoolean(value.Trim()) == false);

    /// <summary><see langword="true"/> or <see langword="false"/> for <c>true</c> or <c>false</c> (any case), otherwise <see langword="null"/>.</summary>
    public static bool? ParseBoolean(string value)
        => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? true
            : string.Equals(value, "false", StringComparison.OrdinalIgnoreCase) ? false
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
