using System;
using System.Threading;
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

    /// <summary>Whether a file's options mark it <c>PaperCatalog="true"</c> (any case, surrounding space ignored).</summary>
    public static bool IsCatalog(AnalyzerConfigOptions options)
        => options.TryGetValue(CatalogMetadataKey, out var value)
           && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

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
