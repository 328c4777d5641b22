using System;
using System.Threading;
using CriuCatalog.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator;

/// <summary>
/// An AdditionalFile that is not marked as a catalog but reads as one: most likely the list the project meant to mark.
/// The generator reports it (CRIU202) when no file is marked, and the analyzer then has no CRIU201 to add.
/// </summary>
/// <param name="Path">The file's path.</param>
/// <param name="Entries">How many entries it reads as.</param>
internal sealed record UnmarkedList(string Path, int Entries)
{
    /// <summary>The longest unmarked file that is read, in characters: a list longer than this is marked.</summary>
    private const int MaxLength = 4 * 1024 * 1024;

    /// <summary>
    /// The file, when it is a <c>.txt</c>, <c>.md</c> or <c>.markdown</c> file that the catalog's grammar reads entries
    /// from, with entries and categories for at least half of its non-blank lines, so that notes, prose and other
    /// tools' lists are none; <see langword="null"/> for any other file. Whether it is marked is the caller's test.
    /// </summary>
    public static UnmarkedList? Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var path = file.Path;
        if (!(path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
              || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
              || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
            || AdditionalFiles.TryGetText(file, cancellationToken) is not { } text
            || text.Length > MaxLength)
        {
            return null;
        }

        var document = CatalogParser.Parse(new CatalogSource(path, text.ToString()), cancellationToken);
        var read = document.Entries.Count + document.Categories.Count;
        return document.Entries.Count > 0 && read * 2 >= document.Lines.Count ? new UnmarkedList(path, document.Entries.Count) : null;
    }
}
