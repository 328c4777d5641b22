using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Model;

namespace CriuCatalog.Generator.Citations;

/// <summary>
/// Matches the compilation's citations against the catalog: each cited paper once, in catalog order, with its
/// citing symbols in ordinal order. A name that is not a paper is left to the compiler, which reports it
/// (CS0117); an argument that is not written as a member name never reaches here, and the citation analyzer
/// reports it (CRIU018), so it is not missing from the bibliography without a word.
/// </summary>
internal static class BibliographyBuilder
{
    /// <param name="catalog">The catalog.</param>
    /// <param name="ns">Its namespace.</param>
    /// <param name="citations">
    /// Every citation of the compilation; those that refer to this catalog count (<see cref="CitationScope"/>). Typed as
    /// the syntax step gives them, nullable, so the pipeline needs no step only to change the type.
    /// </param>
    /// <param name="namespaces">Every catalog's namespace.</param>
    /// <param name="cancellationToken">Checked per citation.</param>
    public static EquatableArray<CitedPaperModel> Build(CatalogModel catalog, string ns, ImmutableArray<CitationInfo?> citations, EquatableArray<string> namespaces, CancellationToken cancellationToken)
    {
        // A project that cites nothing has no name to look up, so no table of names is made.
        if (citations.IsDefaultOrEmpty)
        {
            return EquatableArray<CitedPaperModel>.Empty;
        }

        var papersByName = PapersByName(catalog);
        var citedBy = new SortedDictionary<int, SortedSet<string>>();
        foreach (var citation in citations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (citation is null)
            {
                // The pipeline keeps only the attributes CitationReader could read; none is null here.
                continue;
            }

            // One that bound to a library's attribute counts only where this catalog's attribute hides that one.
            if (citation.Library is { } library && !CitationScope.Hides(citation.Lookup, ns, library))
            {
                continue;
            }

            if (papersByName.TryGetValue(citation.PaperName, out var paper) && CitationScope.RefersTo(citation, ns, namespaces))
            {
                if (!citedBy.TryGetValue(paper, out var symbols))
                {
                    citedBy[paper] = symbols = new SortedSet<string>(StringComparer.Ordinal);
                }

                symbols.Add(citation.Symbol);
            }
        }

        return citedBy.Select(pair => new CitedPaperModel(pair.Key, pair.Value.ToEquatableArray())).ToEquatableArray();
    }

    /// <summary>Each <c>PaperId</c> member a citation may name, with the paper it stands for: the papers' names, then their former names.</summary>
    public static Dictionary<string, int> PapersByName(CatalogModel catalog)
    {
        var papersByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < catalog.Papers.Count; i++)
        {
            papersByName[catalog.Papers[i].Identifier] = i;
        }

        // A former name of a renamed paper is an obsolete PaperId member with the paper's value: it cites the paper.
        for (var i = 0; i < catalog.Papers.Count; i++)
        {
            foreach (var alias in catalog.Papers[i].Aliases)
            {
                if (alias.Identifier is { } identifier)
                {
                    papersByName[identifier] = i;
                }
            }
        }

        return papersByName;
    }
}
