using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Model;
using CriuCatalog.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Analyzers;

/// <summary>
/// The paper keys of the project's catalog, found the way <see cref="CatalogGenerator"/> finds it: the
/// AdditionalFiles marked <c>PaperCatalog="true"</c>, read by <see cref="CatalogParser"/> and merged and named by
/// <see cref="CatalogBuilder"/>, so every key here is exactly a key the generated <c>Papers.TryFind</c> accepts.
/// </summary>
internal sealed class CatalogKeys
{
    private readonly Dictionary<string, PaperModel> _byKey;

    private CatalogKeys(IEnumerable<PaperModel> papers)
    {
        _byKey = papers.ToDictionary(p => p.Key, StringComparer.Ordinal);
        Keys = _byKey.Keys.OrderBy(k => k, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>Every key, in ordinal order.</summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>Finds the paper with exactly this key (ordinal, as <c>Papers.TryFind</c> compares).</summary>
    public bool TryGetPaper(string key, out PaperModel paper) => _byKey.TryGetValue(key, out paper!);

    /// <summary>The texts of the files marked as catalogs, with their paths; what <see cref="Build"/> reads.</summary>
    public static ImmutableArray<CatalogFile> FindCatalogFiles(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var files = ImmutableArray.CreateBuilder<CatalogFile>();
        foreach (var file in options.AdditionalFiles)
        {
            if (AdditionalFiles.IsCatalog(options.AnalyzerConfigOptionsProvider.GetOptions(file)))
            {
                files.Add(new CatalogFile(file.Path, AdditionalFiles.TryGetText(file, cancellationToken)));
            }
        }

        return files.ToImmutable();
    }

    /// <summary>
    /// Parses and builds the catalog from its files; <see langword="null"/> when there is none the generator
    /// would generate. The build's diagnostics are the generator's to report, so they are dropped here.
    /// </summary>
    public static CatalogKeys? Build(ImmutableArray<CatalogFile> files, CancellationToken cancellationToken)
    {
        if (files.IsEmpty)
        {
            return null;
        }

        var documents = files
            .Select(file => CatalogParser.Parse(new CatalogSource(file.Path, file.Text?.ToString()), cancellationToken))
            .ToImmutableArray();
        return CatalogBuilder.Build(documents, cancellationToken).Model is { } model ? new CatalogKeys(model.Papers) : null;
    }
}

/// <summary>One file marked as a catalog: its path and text (<see langword="null"/> when it cannot be read).</summary>
internal sealed record CatalogFile(string Path, SourceText? Text)
{
    /// <summary>
    /// Whether two lists name the same files with the same text instances. An IDE hands every compilation the
    /// same <see cref="SourceText"/> until the file is edited, so this is a cheap test that nothing changed.
    /// </summary>
    public static bool SameFiles(ImmutableArray<CatalogFile> left, ImmutableArray<CatalogFile> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!string.Equals(left[i].Path, right[i].Path, StringComparison.Ordinal) || !ReferenceEquals(left[i].Text, right[i].Text))
            {
                return false;
            }
        }

        return true;
    }
}
