using System;
using System.Collections.Generic;
using System.Threading;
using CriuCatalog.Generator.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator;

/// <summary>
/// How the generator and the analyzer pick and read their AdditionalFiles, in one place so that both always see
/// the same catalog.
/// </summary>
internal static class AdditionalFiles
{
    /// <summary>The item metadata that marks an AdditionalFile as a catalog; see build/CriuCatalog.Generator.props.</summary>
    public const string CatalogMetadataName = "PaperCatalog";

    private const string CatalogMetadataKey = "build_metadata.AdditionalFiles." + CatalogMetadataName;

    /// <summary>
    /// The AdditionalFiles marked as catalogs, in the options' order, each with its own options and the catalog options
    /// the generator reads from them (<see cref="CatalogConfiguration.Read"/>). For the analyzers and the code fixes,
    /// which see <see cref="AnalyzerOptions"/>; the generator reads the same from its pipeline's providers.
    /// </summary>
    public static IEnumerable<(AdditionalText File, AnalyzerConfigOptions FileOptions, CatalogOptions Catalog)> Catalogs(AnalyzerOptions options)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        foreach (var file in options.AdditionalFiles)
        {
            var fileOptions = provider.GetOptions(file);
            if (IsCatalog(fileOptions))
            {
                yield return (file, fileOptions, CatalogConfiguration.Read(fileOptions, provider.GlobalOptions));
            }
        }
    }

    /// <summary>Whether a file's options mark it <c>PaperCatalog="true"</c> (any case, surrounding space ignored).</summary>
    public static bool IsCatalog(AnalyzerConfigOptions options)
        => string.Equals(CatalogMark(options), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a file's <c>PaperCatalog</c> metadata is set to anything (<c>true</c>, <c>false</c>, …), not left out.</summary>
    public static bool HasCatalogMetadata(AnalyzerConfigOptions options)
        => CatalogMark(options) is { Length: > 0 };

    /// <summary>The file's <c>PaperCatalog</c> metadata without the white space around it, or <see langword="null"/>.</summary>
    private static string? CatalogMark(AnalyzerConfigOptions options)
        => options.TryGetValue(CatalogMetadataKey, out var value) ? value.Trim() : null;

    /// <summary>
    /// The file's text, or <see langword="null"/> when it cannot be read: missing, locked, or not decodable. The
    /// caller reports that (CRIU013) or treats the file as absent; it never becomes an exception in the build.
    /// </summary>
    public static SourceText? TryGetText(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            return file.GetText(cancellationToken);
        }
        catch (Exception exception) when (exception is System.IO.IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            return null;
        }
    }
}
