using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Analyzers;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Configuration;
using CriuCatalog.Generator.Diagnostics;
using CriuCatalog.Generator.Model;

namespace CriuCatalog.Generator.Citations;

/// <summary>
/// CRIU022: the citations that name no paper of the catalog they refer to, each with what the catalog knows of why.
/// The compiler reports such a citation as CS0117 in an attribute, a declaration error, and a command-line build
/// with a declaration error shows no analyzer diagnostic: the catalog's warnings about the lines it skipped, which
/// often explain the missing member, are not shown. This diagnostic, from the generator, is.
/// </summary>
internal static class UnresolvedCitations
{
    /// <summary>The parser's warnings that say a line was skipped: the line may be the paper a citation means.</summary>
    private static readonly string[] s_skippedLineIds =
    [
        DiagnosticDescriptors.UnrecognizedLine.Id,
        DiagnosticDescriptors.InvalidYear.Id,
        DiagnosticDescriptors.EmptyVenue.Id,
        DiagnosticDescriptors.EmptyTitle.Id,
        DiagnosticDescriptors.UnbalancedBracket.Id,
        DiagnosticDescriptors.EntryWithoutYear.Id,
    ];

    /// <summary>
    /// One CRIU022 per catalog and missing name, at the first line the catalog skipped with a warning, or at the start
    /// of its first file when it skipped none but has a close name; none when it has neither, as CS0117 then says it all.
    /// </summary>
    /// <param name="files">The marked files, each once, in ordinal order of path.</param>
    /// <param name="catalogs">The catalogs built from them.</param>
    /// <param name="citations">Every citation of the compilation, as the syntax step gives them.</param>
    /// <param name="isShown">Whether a skipped line's warning is reported at all (an <c>.editorconfig</c> may set it to <c>none</c>).</param>
    /// <param name="cancellationToken">Checked per catalog.</param>
    public static IEnumerable<DiagnosticInfo> Find(
        IReadOnlyList<CatalogFile> files,
        ImmutableArray<ConfiguredCatalog> catalogs,
        ImmutableArray<CitationInfo?> citations,
        Func<DiagnosticInfo, bool> isShown,
        CancellationToken cancellationToken)
    {
        if (citations.IsDefaultOrEmpty || catalogs.IsDefaultOrEmpty)
        {
            yield break;
        }

        var namespaces = CatalogGroups.Namespaces(files);
        foreach (var catalog in catalogs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ns = catalog.Options.Namespace;
            var missing = Missing(catalog.Model, ns, citations, namespaces);
            if (missing is null)
            {
                continue;
            }

            var ownFiles = files.Where(file => file.Document.IsReadable && string.Equals(file.Options.Namespace, ns, StringComparison.Ordinal)).ToList();
            var skipped = ownFiles
                .SelectMany(file => file.Document.Diagnostics)
                .Where(info => info.Location is not null && Array.IndexOf(s_skippedLineIds, info.Descriptor.Id) >= 0 && isShown(info))
                .ToList();
            var identifiers = catalog.Model.Papers.Select(paper => paper.Identifier).ToList();
            foreach (var pair in missing)
            {
                var suggestions = KeySuggestions.For(pair.Key, identifiers);
                var reason = Reason(suggestions, skipped);
                if (reason is null)
                {
                    continue;
                }

                var symbols = pair.Value;
                var citedBy = symbols.Count == 1 ? symbols.Min! : symbols.Min + " and " + (symbols.Count - 1) + (symbols.Count == 2 ? " other" : " others");
                var location = skipped.Count > 0 ? skipped[0].Location : LocationInfo.FileStart(ownFiles[0].Document.Path);
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedCitation, location, citedBy, pair.Key, reason);
            }
        }
    }

    /// <summary>The names cited in this catalog that are none of its papers' names nor former names, with their citing symbols.</summary>
    private static SortedDictionary<string, SortedSet<string>>? Missing(CatalogModel catalog, string ns, ImmutableArray<CitationInfo?> citations, EquatableArray<string> namespaces)
    {
        var names = BibliographyBuilder.PapersByName(catalog);
        SortedDictionary<string, SortedSet<string>>? missing = null;
        foreach (var citation in citations)
        {
            if (citation is null || names.ContainsKey(citation.PaperName) || !CitationScope.CertainlyRefersTo(citation, ns, namespaces))
            {
                continue;
            }

            missing ??= new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            if (!missing.TryGetValue(citation.PaperName, out var symbols))
            {
                missing[citation.PaperName] = symbols = new SortedSet<string>(StringComparer.Ordinal);
            }

            symbols.Add(citation.Symbol);
        }

        return missing;
    }

    private static string? Reason(IReadOnlyList<string> suggestions, List<DiagnosticInfo> skipped)
    {
        var suggestion = suggestions.Count == 0 ? null : "did you mean " + string.Join(" or ", suggestions.Select(name => "PaperId." + name)) + "?";
        if (skipped.Count == 0)
        {
            return suggestion;
        }

        var id = skipped[0].Descriptor.Id;
        var line = skipped.Count == 1
            ? "this line was skipped (" + id + ") and may be the paper meant"
            : "this line was skipped (" + id + "), the first of " + skipped.Count + " lines skipped with a warning, and one of them may be the paper meant";
        return suggestion is null ? line : suggestion + " If not, " + line;
    }
}
