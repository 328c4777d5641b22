using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Configuration;
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
    private readonly HashSet<string> _formerKeys;

    private CatalogKeys(string ns, string className, IEnumerable<PaperModel> papers)
    {
        Namespace = ns;
        ClassName = className;
        var list = papers.ToList();
        _byKey = list.ToDictionary(p => p.Key, StringComparer.Ordinal);
        _formerKeys = new HashSet<string>(list.SelectMany(p => p.Aliases).Select(a => a.Key).OfType<string>(), StringComparer.Ordinal);
        Keys = _byKey.Keys.OrderBy(k => k, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>The catalog's namespace: its <c>Papers</c> is <c>{Namespace}.{ClassName}</c>.</summary>
    public string Namespace { get; }

    /// <summary>The name of the catalog's class of papers, <c>Papers</c> unless configured.</summary>
    public string ClassName { get; }

    /// <summary>Every key, in ordinal order.</summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>Finds the paper with exactly this key (ordinal, as <c>Papers.TryFind</c> compares).</summary>
    public bool TryGetPaper(string key, out PaperModel paper) => _byKey.TryGetValue(key, out paper!);

    /// <summary>
    /// Whether this is the former key of a renamed paper (<c>{#ParallelGpuOs aka Parallelgpuos}</c>): <c>TryFind</c>
    /// still finds the paper, so it is not unknown, but it is not the paper's <c>Key</c> either.
    /// </summary>
    public bool IsFormerKey(string key) => _formerKeys.Contains(key);

    /// <summary>The texts of the files marked as catalogs, with their paths; what <see cref="Build"/> reads.</summary>
    public static ImmutableArray<FileSnapshot> FindCatalogFiles(AnalyzerOptions options, CancellationToken cancellationToken)
        => AdditionalFiles.Catalogs(options)
            .Select(catalog => new FileSnapshot(catalog.File.Path, AdditionalFiles.TryGetText(catalog.File, cancellationToken), catalog.Catalog))
            .ToImmutableArray();

    /// <summary>
    /// Parses and builds the catalogs from their files: the keys of each catalog the generator would generate,
    /// by ordinal order of namespace. The keys need no diagnostics: <see cref="CatalogDiagnosticAnalyzer"/> reports them.
    /// </summary>
    public static ImmutableArray<CatalogKeys> Build(ImmutableArray<FileSnapshot> files, CancellationToken cancellationToken)
        => Read(files, cancellationToken).Catalogs.Select(c => new CatalogKeys(c.Options.Namespace, c.Options.ClassName, c.Model.Papers)).ToImmutableArray();

    /// <summary>
    /// Parses every file and builds the catalog, as the generator does: the model (<see langword="null"/> when
    /// there is none to generate) and every diagnostic the parser and the builder report, file by file in
    /// <paramref name="files"/>' order, then the builder's.
    /// </summary>
    public static CatalogRead Read(ImmutableArray<FileSnapshot> files, CancellationToken cancellationToken)
    {
        if (files.IsEmpty)
        {
            return new CatalogRead(ImmutableArray<ConfiguredCatalog>.Empty, ImmutableArray<DiagnosticInfo>.Empty);
        }

        var parsed = files
            .Select(file => new CatalogFile(CatalogParser.Parse(new CatalogSource(file.Path, file.Text?.ToString()), cancellationToken), file.Options ?? CatalogOptions.Default))
            .ToImmutableArray();
        var catalogs = ImmutableArray.CreateBuilder<ConfiguredCatalog>();
        var diagnostics = parsed.SelectMany(f => f.Document.Diagnostics).ToImmutableArray().ToBuilder();
        foreach (var group in CatalogGroups.Group(parsed))
        {
            var built = CatalogBuilder.Build(group.Documents.AsImmutableArray(), cancellationToken, group.Options.ClassName, group.Options.LegacyNames);
            diagnostics.AddRange(built.Diagnostics);
            if (built.Model is { } model)
            {
                catalogs.Add(new ConfiguredCatalog(model, group.Options));
            }
        }

        return new CatalogRead(catalogs.ToImmutable(), diagnostics.ToImmutable());
    }
}

/// <summary>The catalogs parsed and built: each one the generator generates, and every diagnostic on the way.</summary>
internal sealed record CatalogRead(ImmutableArray<ConfiguredCatalog> Catalogs, ImmutableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// One AdditionalFile as an analyzer saw it: its path and text (<see langword="null"/> when it cannot be read),
/// and for a catalog file the options it is generated with.
/// </summary>
internal sealed record FileSnapshot(string Path, SourceText? Text, CatalogOptions? Options = null)
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
    /// Whether two lists name the same files with the same text instances and options. An IDE hands every compilation the
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
            if (!string.Equals(left[i].Path, right[i].Path, StringComparison.Ordinal)
                || !ReferenceEquals(left[i].Text, right[i].Text)
                || !Equals(left[i].Options, right[i].Options))
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
