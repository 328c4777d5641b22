using System;
using System.Threading;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator;

/// <summary>
/// An AdditionalFile that is not marked as a catalog but reads as one: most likely the list the project meant to mark.
/// The generator reports it (CRIU202) when no file is marked, and the analyzer then has no CRIU201 to add.
/// </summary>
/// <param name="Path">The file's path.</param>
/// <param name="ShownPath">The path to write in the project file: relative to the project's folder when the file is in it.</param>
/// <param name="Entries">How many entries it reads as.</param>
internal sealed record UnmarkedList(string Path, string ShownPath, int Entries)
{
    /// <summary>The longest unmarked file that is read, in characters: a list longer than this is marked.</summary>
    private const int MaxLength = 4 * 1024 * 1024;

    private const string ProjectDirKey = "build_property.ProjectDir";

    /// <summary>
    /// Whether the file may be such a list: a <c>.txt</c>, <c>.md</c> or <c>.markdown</c> file whose <c>PaperCatalog</c>
    /// metadata is not set at all (<c>PaperCatalog="false"</c> says it is no catalog).
    /// </summary>
    public static bool IsCandidate(AdditionalText file, AnalyzerConfigOptions fileOptions)
    {
        return (file.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || CatalogFormats.HasMarkdownName(file.Path))
               && !AdditionalFiles.HasCatalogMetadata(fileOptions);
    }

    /// <summary>
    /// The file, when the catalog's grammar reads entries from it, at least half of them at a venue it knows
    /// (<c>OSDI</c>, <c>VLDB</c>) or on arXiv, with entries and categories for at least a quarter of its non-blank
    /// lines; <see langword="null"/> for any other text. Changelogs, release notes, licences and notes read as a few
    /// entries at best, with no known venue.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="text">Its text; <see langword="null"/> when it cannot be read.</param>
    /// <param name="globalOptions">The project's options, for its folder; <see langword="null"/> to show the path as it is.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    public static UnmarkedList? Read(string path, SourceText? text, AnalyzerConfigOptions? globalOptions, CancellationToken cancellationToken)
    {
        if (text is null || text.Length > MaxLength)
        {
            return null;
        }

        var document = CatalogParser.Parse(new CatalogSource(path, text.ToString()), cancellationToken);
        var atKnownVenues = 0;
        foreach (var entry in document.Entries)
        {
            atKnownVenues += entry.ArXivId is not null || entry.LinkedArXivId is not null || VenueKinds.IsKnown(entry.Venue) ? 1 : 0;
        }

        var entries = document.Entries.Count;
        if (entries == 0 || atKnownVenues * 2 < entries || (entries + document.Categories.Count) * 4 < document.Lines.Count)
        {
            return null;
        }

        return new UnmarkedList(path, Shown(path, globalOptions), entries);
    }

    /// <summary>The path relative to the project's folder, with '/', when the file is inside it; otherwise as it is.</summary>
    private static string Shown(string path, AnalyzerConfigOptions? globalOptions)
    {
        if (globalOptions is not null && globalOptions.TryGetValue(ProjectDirKey, out var folder) && folder.Length > 0)
        {
            var normalizedFolder = folder.Replace('\\', '/');
            if (!normalizedFolder.EndsWith("/", StringComparison.Ordinal))
            {
                normalizedFolder += "/";
            }

            var normalizedPath = path.Replace('\\', '/');
            if (normalizedPath.StartsWith(normalizedFolder, StringComparison.OrdinalIgnoreCase) && normalizedPath.Length > normalizedFolder.Length)
            {
                return normalizedPath.Substring(normalizedFolder.Length);
            }
        }

        return path;
    }
}
