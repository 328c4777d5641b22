using System;
using System.Collections.Generic;
using System.Linq;

namespace CriuCatalog.Generator.Naming;

/// <summary>
/// Chooses the obsolete aliases of the rename to rule 2 (docs/catalog-format.md, "The rename to rule 2"): the rule-1
/// name of each category, paper and venue whose name rule 2 changed, and the rule-1 key of a paper whose key changed
/// with it. An alias never takes a name that anything has now, nor another alias's, nor a key that a paper has now,
/// so old code compiles and new code means what it says; an alias that would is left out. It may differ from its own
/// thing's name in case only (<c>Rrc</c> for <c>RRC</c>): C# tells them apart.
/// </summary>
internal static class RenameAliases
{
    /// <summary>
    /// The aliases, each list in the order of its requests; null where there is none. Categories are visited first,
    /// then papers, then venues, each in ordinal order of normalized text and then of the name it has now, never in
    /// catalog order. A pinned paper gets none: its pin and its <c>aka</c> say what its names are.
    /// </summary>
    /// <param name="reserved">The names of the generated API.</param>
    /// <param name="categories">The categories' names by rule 2, with <paramref name="rule1Categories"/> their names by rule 1.</param>
    /// <param name="rule1Categories">The same requests named by rule 1, in the same order.</param>
    /// <param name="papers">The papers' names and keys by rule 2.</param>
    /// <param name="rule1Papers">The same by rule 1.</param>
    /// <param name="pinnedFormerNames">The former names of pinned papers (<c>aka</c>), by paper: names and keys that are taken.</param>
    /// <param name="venues">The venues' names by rule 2.</param>
    /// <param name="rule1Venues">The same by rule 1.</param>
    public static RenameAliasResult Choose(
        IEnumerable<string> reserved,
        IReadOnlyList<NameRequest> categories,
        IReadOnlyList<NameRequest> rule1Categories,
        IReadOnlyList<NameRequest> papers,
        IReadOnlyList<NameRequest> rule1Papers,
        IReadOnlyDictionary<int, List<FormerName>> pinnedFormerNames,
        IReadOnlyList<NameRequest> venues,
        IReadOnlyList<NameRequest> rule1Venues)
    {
        // Papers, categories and their aliases share the members of Papers and of each category class, so they share
        // one set of names; venues have their own enum. Each name maps to what holds it: a category c is c, a paper p
        // is categories.Count + p, a venue v is v, and a reserved name -1.
        var names = new Dictionary<string, int>(StableCase.IgnoreCase);
        var venueNames = new Dictionary<string, int>(StableCase.IgnoreCase);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in reserved)
        {
            names[name] = -1;
            venueNames[name] = -1;
        }

        for (var c = 0; c < categories.Count; c++)
        {
            names[categories[c].Identifier] = c;
        }

        for (var p = 0; p < papers.Count; p++)
        {
            names[papers[p].Identifier] = categories.Count + p;
            keys.Add(papers[p].Key!);
        }

        foreach (var pinned in pinnedFormerNames)
        {
            foreach (var former in pinned.Value)
            {
                names[former.Identifier] = categories.Count + pinned.Key;
                keys.Add(former.Key);
            }
        }

        for (var v = 0; v < venues.Count; v++)
        {
            venueNames[venues[v].Identifier] = v;
        }

        var categoryAliases = new string?[categories.Count];
        foreach (var c in Order(categories))
        {
            categoryAliases[c] = Take(names, c, categories[c].Identifier, rule1Categories[c].Identifier);
        }

        var paperAliases = new (string? Identifier, string? Key)[papers.Count];
        foreach (var p in Order(papers).Where(p => !papers[p].IsPinned))
        {
            var key = rule1Papers[p].Key!;
            paperAliases[p] = (
                Take(names, categories.Count + p, papers[p].Identifier, rule1Papers[p].Identifier),
                !string.Equals(key, papers[p].Key, StringComparison.Ordinal) && keys.Add(key) ? key : null);
        }

        var venueAliases = new string?[venues.Count];
        foreach (var v in Order(venues))
        {
            venueAliases[v] = Take(venueNames, v, venues[v].Identifier, rule1Venues[v].Identifier);
        }

        return new RenameAliasResult(categoryAliases, paperAliases, venueAliases);
    }

    private static IEnumerable<int> Order(IReadOnlyList<NameRequest> requests)
        => Enumerable.Range(0, requests.Count)
            .OrderBy(i => requests[i].Normalized, StringComparer.Ordinal)
            .ThenBy(i => requests[i].Identifier, StringComparer.Ordinal);

    /// <summary>The former name as an alias of <paramref name="owner"/>, if it is another name and free; it is then taken.</summary>
    private static string? Take(Dictionary<string, int> names, int owner, string name, string former)
    {
        if (string.Equals(name, former, StringComparison.Ordinal) || (names.TryGetValue(former, out var holder) && holder != owner))
        {
            return null;
        }

        names[former] = owner;
        return former;
    }
}

/// <summary>The aliases <see cref="RenameAliases.Choose"/> chose, null where there is none, in the order of the requests.</summary>
/// <param name="Categories">A rule-1 category name.</param>
/// <param name="Papers">A rule-1 paper name, and its rule-1 key where that differs from the key it has now.</param>
/// <param name="Venues">A rule-1 venue name.</param>
internal sealed record RenameAliasResult(string?[] Categories, (string? Identifier, string? Key)[] Papers, string?[] Venues);
