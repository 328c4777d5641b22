using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CriuCatalog.Generator.Configuration;

namespace CriuCatalog.Generator;

/// <summary>
/// An <see cref="InputFile"/> after parsing: a catalog parsed into lines, with its options, or an <c>.editorconfig</c>.
/// The pipeline collects them into one array, in which a file the generator does not read is <see langword="null"/>.
/// </summary>
/// <param name="Catalog">The catalog, when the file is marked <c>PaperCatalog="true"</c>.</param>
/// <param name="EditorConfig">The text, when the file is an <c>.editorconfig</c>.</param>
/// <param name="Unmarked">The file, when it is not marked but reads as a catalog (<see cref="UnmarkedList.Read"/>).</param>
internal sealed record ParsedFile(CatalogFile? Catalog, EditorConfigText? EditorConfig, UnmarkedList? Unmarked = null)
{
    /// <summary>The catalogs among the files, in their order.</summary>
    public static IEnumerable<CatalogFile> Catalogs(ImmutableArray<ParsedFile?> files) => Each(files, static file => file.Catalog);

    /// <summary>The files that read as catalogs but are not marked, in their order.</summary>
    public static IEnumerable<UnmarkedList> UnmarkedLists(ImmutableArray<ParsedFile?> files) => Each(files, static file => file.Unmarked);

    /// <summary>The <c>.editorconfig</c> files among the files, in their order.</summary>
    public static IEnumerable<EditorConfigText> EditorConfigs(ImmutableArray<ParsedFile?> files) => Each(files, static file => file.EditorConfig);

    private static IEnumerable<T> Each<T>(ImmutableArray<ParsedFile?> files, Func<ParsedFile, T?> pick)
        where T : class
    {
        foreach (var file in files)
        {
            if (file is not null && pick(file) is { } picked)
            {
                yield return picked;
            }
        }
    }
}

/// <summary>An <c>.editorconfig</c> AdditionalFile's path and text (<see langword="null"/> when it cannot be read).</summary>
internal sealed record EditorConfigText(string Path, string? Text);
