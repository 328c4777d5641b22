using System;
using System.Collections.Generic;
using System.Linq;
using CriuCatalog.Generator.Naming;

namespace CriuCatalog.Generator.Analyzers;

/// <summary>
/// Finds the keys closest to a key that names no paper, for the "did you mean" of CRIU101. Closeness is the
/// optimal string alignment distance (Levenshtein plus swaps of two neighbouring characters), ignoring case with
/// the fixed <see cref="StableCase"/> table, so the result is the same on every machine.
/// </summary>
internal static class KeySuggestions
{
    /// <summary>The most suggestions a message offers.</summary>
    public const int MaxSuggestions = 3;

    /// <summary>
    /// The keys within <see cref="Threshold"/> edits of <paramref name="text"/>: closest first, ties in ordinal
    /// order, at most <see cref="MaxSuggestions"/>. Empty when nothing is close.
    /// </summary>
    public static IReadOnlyList<string> For(string text, IEnumerable<string> keys)
    {
        var threshold = Threshold(text);
        return keys
            .Select(key => (Key: key, Distance: Distance(text, key, threshold)))
            .Where(candidate => candidate.Distance <= threshold)
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Key, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(candidate => candidate.Key)
            .ToList();
    }

    /// <summary>
    /// How many edits a suggestion may be away: one for up to 7 characters, two for up to 11, three beyond. A short
    /// text with a larger budget would be "close" to most short keys.
    /// </summary>
    public static int Threshold(string text) => Math.Min(3, Math.Max(1, text.Length / 4));

    /// <summary>
    /// The optimal string alignment distance between <paramref name="a"/> and <paramref name="b"/>, ignoring case;
    /// any value above <paramref name="limit"/> is reported as <c>limit + 1</c>.
    /// </summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Three rows of the dynamic-programming table: two rows back (for swaps), the previous and the current.
        var twoBack = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (twoBack, previous, current) = (previous, current, twoBack);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }

    private static bool Same(char a, char b) => a == b || StableCase.ToUpper(a) == StableCase.ToUpper(b);
}
