using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;

namespace CriuCatalog.Demo;

/// <summary>Finding papers from what a user types: a key, a search text, or a near miss.</summary>
internal static class PaperLookup
{
    private static readonly CompareInfo Invariant = CultureInfo.InvariantCulture.CompareInfo;

    /// <summary>
    /// The paper with this key (<c>async-fork</c>), in any case, or with this <see cref="PaperId"/> name
    /// (<c>AsyncFork</c>).
    /// </summary>
    public static bool TryFind(string text, [NotNullWhen(true)] out Paper? paper)
    {
        if (Papers.TryFind(text, out var found) || Papers.TryFind(text.ToLowerInvariant(), out found))
        {
            paper = found;
            return true;
        }

        // By name, not Enum.TryParse: that would also take "7" for the eighth paper. The names, not the values: a
        // renamed paper's former name has its value, so the value's ToString() may be either name.
        foreach (var name in Enum.GetNames<PaperId>())
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                paper = Papers.Get(Enum.Parse<PaperId>(name));
                return true;
            }
        }

        paper = null;
        return false;
    }

    /// <summary>
    /// The papers whose title, or the venue of one of whose publications, contains <paramref name="text"/>,
    /// ignoring case the same way in every culture.
    /// </summary>
    public static IReadOnlyList<Paper> Search(string text) =>
        Papers.All.Where(paper => Contains(paper.Title, text)
            || paper.Publications.Any(publication => Contains(publication.Venue.ToDisplayName(), text))).ToList();

    /// <summary>
    /// The keys closest to <paramref name="text"/> by edit distance (insertions, deletions, substitutions and
    /// swaps of two neighbours), at most <paramref name="count"/> of the nearest, in catalog order.
    /// </summary>
    public static IReadOnlyList<string> Suggest(string text, int count = 3)
    {
        var typed = text.ToLowerInvariant();
        var distances = Papers.All.Select(paper => (paper.Key, Distance: EditDistance(typed, paper.Key))).ToList();
        var nearest = distances.Min(candidate => candidate.Distance);
        return distances.Where(candidate => candidate.Distance == nearest).Take(count).Select(candidate => candidate.Key).ToList();
    }

    /// <summary>The optimal string alignment distance: Levenshtein's, plus a swap of two neighbours as one edit.</summary>
    public static int EditDistance(string a, string b)
    {
        // Three rows of the dynamic-programming table: the swap looks two rows back.
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var distance = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    distance = Math.Min(distance, before[j - 2] + 1);
                }

                current[j] = distance;
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }

    private static bool Contains(string text, string part) => Invariant.IndexOf(text, part, CompareOptions.IgnoreCase) >= 0;
}
