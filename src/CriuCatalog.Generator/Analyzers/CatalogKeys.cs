using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Diagnostics;
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
    public static ImmutableArray<FileSnapshot> FindCatalogFiles(AnalyzerOptions options, CancellationToken cancellationToken)
        => FileSnapshot.Find(options, file => AdditionalFiles.IsCatalog(options.AnalyzerConfigOptionsProvider.GetOptions(file)), cancellationToken);

    /// <summary>
    /// Parses and builds the catalog from its files; <see langword="null"/> when there is none the generator
    /// would generate. The keys need no diagnostics: <see cref="CatalogDiagnosticAnalyzer"/> reports them.
    /// </summary>
    public static CatalogKeys? Build(ImmutableArray<FileSnapshot> files, CancellationToken cancellationToken)
        => Read(files, cancellationToken).Model is { } model ? new CatalogKeys(model.Papers) : null;

    /// <summary>
    /// Parses every file and builds the catalog, as the generator does: the model (<see langword="null"/> when
    /// there is none to generate) and every diagnostic the parser and the builder report, file by file in
    /// <paramref name="files"/>' order, then the builder's.
    /// </summary>
    public static CatalogRead Read(ImmutableArray<FileSnapshot> files, CancellationToken cancellationToken)
    {
        if (files.IsEmpty)
        {
            return new CatalogRead(null, ImmutableArray<DiagnosticInfo>.Empty);
        }

        var documents = files
            .Select(file => CatalogParser.Parse(new CatalogSource(file.Path, file.Text?.ToString()), cancellationToken))
            .ToImmutableArray();
        var built = CatalogBuilder.Build(documents, cancellationToken);
        var diagnostics = documents.SelectMany(d => d.Diagnostics).Concat(built.Diagnostics).ToImmutableArray();
        return new CatalogRead(built.Model, diagnostics);
    }
}

/// <summary>A catalog parsed and built: the model, if one is generated, and every diagnostic on the way.</summary>
internal sealed record CatalogRead(CatalogModel? Model, ImmutableArray<DiagnosticInfo> Diagnostics);

/// <summary>One AdditionalFile as an analyzer saw it: its path and text (<see langword="null"/> when it cannot be read).</summary>
internal sealed record FileSnapshot(string Path, SourceText? Text)
{
    /// <summary>The AdditionalFiles that <paramref name="include"/> selects, in the options' order, read once each.</summary>
    public static ImmutableArray<FileSnapshot> Find(AnalyzerOptions options, Func<AdditionalText, bool> include, CancellationToken cancellationToken)
    {
        var files = ImmutableArray.CreateBuilder<FileSnapshot>();
        foreach (var file in options.AdditionalFiles)
        {
            if (include(file))
            {
                files.Add(new FileSnapshot(file.Path, AdditionalFiles.TryGetText(file, cancellationToken)));
            }
        }

        return files.ToImmutable();
    }

    /// <summary>
    /// Whether two lists name the same files with the same text instances. An IDE hands every compilation the
    /// same <see cref="SourceText"/> until the file is edited, so this is a cheap test that nothing changed.
    /// </summary>
    public static bool SameFiles(ImmutableArray<FileSnapshot> left, ImmutableArray<FileSnapshot> right)
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

/// <summary>
/// The last value an analyzer computed from a list of files, reused while the files are unchanged (see
/// <see cref="FileSnapshot.SameFiles"/>): every keystroke in the IDE makes a new compilation, and most leave the
/// AdditionalFiles as they were. One slot, not a table, so an analyzer instance never holds more than one catalog.
/// </summary>
internal sealed class FileSnapshotCache<T>
{
    private Entry? _last;

    /// <summary>
    /// The value for <paramref name="files"/> and <paramref name="source"/>: the cached one when the files are
    /// unchanged and <paramref name="source"/> is the same instance (a value derived from another cached value
    /// must follow it), otherwise a new one from <paramref name="create"/>.
    /// </summary>
    public T GetOrCreate(ImmutableArray<FileSnapshot> files, object? source, Func<ImmutableArray<FileSnapshot>, CancellationToken, T> create, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _last) is { } last && ReferenceEquals(last.Source, source) && FileSnapshot.SameFiles(last.Files, files))
        {
            return last.Value;
        }

        var value = create(files, cancellationToken);
        Volatile.Write(ref _last, new Entry(files, source, value));
        return value;
    }

    private sealed record Entry(ImmutableArray<FileSnapshot> Files, object? Source, T Value);
}
