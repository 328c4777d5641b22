using System;
using System.Collections.Immutable;
using System.Globalization;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Diagnostics;
using CriuCatalog.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CriuCatalog.Generator;

/// <summary>
/// What the project's target offers the generated code, read from the MSBuild properties
/// <c>TargetFrameworkIdentifier</c> and <c>TargetFrameworkVersion</c>, which build/CriuCatalog.Generator.props makes
/// visible to the compiler. They change when the project file does, never on a keystroke, so a step built on them
/// stays cached while the user types; reading the compilation (its references, or
/// <c>GetTypeByMetadataName</c>) would run again for every new compilation.
/// </summary>
internal static class TargetRuntime
{
    /// <summary>What the emitter needs to know about the project: its C# version and what its target offers.</summary>
    /// <remarks>
    /// The string data budget is the bytes of string heap the data table may use, from 0 to 16,777,216; the property
    /// budget is the papers and former names <c>Papers</c> may have as properties, from 1 to
    /// <see cref="GenerationSettings.MaxPropertyBudget"/>. A budget set to a value that is not valid falls back to its
    /// default and is one of <see cref="GenerationSettings.Problems"/> (CRIU035).
    /// </remarks>
    public static GenerationSettings Settings(ParseOptions parseOptions, AnalyzerConfigOptions globalOptions)
    {
        var problems = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var stringDataBudget = WholeNumber(globalOptions, StringDataBudgetProperty, 0, 1 << 24, GenerationSettings.DefaultStringDataBudget, problems);
        var propertyBudget = WholeNumber(globalOptions, PropertyBudgetProperty, 1, GenerationSettings.MaxPropertyBudget, GenerationSettings.DefaultPropertyBudget, problems);
        return new(
            (int)((parseOptions as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Default),
            HasNotNullWhenAttribute(globalOptions),
            stringDataBudget,
            propertyBudget,
            problems.Count == 0 ? EquatableArray<DiagnosticInfo>.Empty : problems.ToEquatableArray(),
            UnsupportedTarget(globalOptions));
    }

    public const string IdentifierProperty = "build_property.TargetFrameworkIdentifier";

    public const string VersionProperty = "build_property.TargetFrameworkVersion";

    /// <summary>The MSBuild property <c>PaperCatalogStringDataBudget</c>; see <see cref="Model.GenerationSettings.StringDataBudget"/>.</summary>
    public const string StringDataBudgetProperty = "build_property.PaperCatalogStringDataBudget";

    /// <summary>The MSBuild property <c>PaperCatalogPropertyBudget</c>; see <see cref="Model.GenerationSettings.PropertyBudget"/>.</summary>
    public const string PropertyBudgetProperty = "build_property.PaperCatalogPropertyBudget";

    /// <summary>
    /// A property's value when it is a whole number from <paramref name="min"/> to <paramref name="max"/>; otherwise
    /// <paramref name="fallback"/>, and a value that is set but not valid adds CRIU035 to <paramref name="problems"/>.
    /// MSBuild passes an unset property as an empty value.
    /// </summary>
    private static int WholeNumber(AnalyzerConfigOptions globalOptions, string property, int min, int max, int fallback, ImmutableArray<DiagnosticInfo>.Builder problems)
    {
        if (!globalOptions.TryGetValue(property, out var text) || text.Trim() is not { Length: > 0 } trimmed)
        {
            return fallback;
        }

        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        problems.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.InvalidBudget,
            location: null,
            trimmed,
            property.Substring(BuildPropertyPrefix.Length),
            min.ToString("N0", CultureInfo.InvariantCulture),
            max.ToString("N0", CultureInfo.InvariantCulture),
            fallback.ToString("N0", CultureInfo.InvariantCulture)));
        return fallback;
    }

    private const string BuildPropertyPrefix = "build_property.";

    /// <summary>
    /// The project's target framework: its identifier (<c>.NETFramework</c>), trimmed, and its version, or
    /// <see langword="null"/> for each that the properties do not give or that cannot be read.
    /// </summary>
    private static (string? Identifier, Version? Version) TargetFramework(AnalyzerConfigOptions globalOptions)
    {
        var identifier = globalOptions.TryGetValue(IdentifierProperty, out var identifierText) && !string.IsNullOrWhiteSpace(identifierText)
            ? identifierText.Trim()
            : null;
        var version = globalOptions.TryGetValue(VersionProperty, out var versionText) && Version.TryParse(versionText.Trim().TrimStart('v', 'V'), out var parsed)
            ? parsed
            : null;
        return (identifier, version);
    }

    /// <summary>
    /// The target, as a user reads it, when it is older than the generated code needs (see
    /// <see cref="GenerationSettings.UnsupportedTarget"/>); <see langword="null"/> otherwise, and when the properties
    /// are not there or not understood, so that a host without MSBuild still gets the code.
    /// </summary>
    public static string? UnsupportedTarget(AnalyzerConfigOptions globalOptions)
    {
        if (TargetFramework(globalOptions) is not ({ } identifier, { } version))
        {
            return null;
        }

        // Portable libraries, Silverlight, Windows Phone and Windows 8 Store apps (.NETCore before 5.0, which is UWP) have
        // none of it at any version. Other identifiers (Xamarin, Mono, Tizen) target current frameworks.
        var never = new Version(int.MaxValue, 0);
        var (name, oldest) = identifier switch
        {
            ".NETFramework" => (".NET Framework", new Version(4, 5)),
            ".NETStandard" => (".NET Standard", new Version(2, 0)),
            ".NETCoreApp" => (".NET Core", new Version(2, 0)),
            ".NETCore" => ("Windows Store (.NETCore)", new Version(5, 0)),
            ".NETPortable" => ("a portable class library (.NETPortable)", never),
            "Silverlight" => ("Silverlight", never),
            "WindowsPhone" => ("Windows Phone", never),
            "WindowsPhoneApp" => ("Windows Phone", never),
            _ => ((string?)null, new Version(0, 0)),
        };
        return name is not null && version < oldest ? name + " " + version.ToString(version.Build > 0 ? 3 : 2) : null;
    }

    /// <summary>
    /// Whether the target framework has <c>NotNullWhenAttribute</c>, for <c>TryFind</c>: .NET Core 3.0 and later (.NET 5
    /// and later included) or .NET Standard 2.1 and later. Without the properties (a host that does not run MSBuild,
    /// such as a test driving the generator), the target is taken to be a current .NET.
    /// </summary>
    /// <remarks>A polyfilled attribute (from PolySharp, say) is source, not part of the framework, and is not seen.</remarks>
    public static bool HasNotNullWhenAttribute(AnalyzerConfigOptions globalOptions)
    {
        var (identifier, version) = TargetFramework(globalOptions);
        return identifier switch
        {
            null => true,
            ".NETCoreApp" => version is not null && version >= new Version(3, 0),
            ".NETStandard" => version is not null && version >= new Version(2, 1),
            _ => false,
        };
    }
}
