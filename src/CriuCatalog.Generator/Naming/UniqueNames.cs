using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Common;

namespace CriuCatalog.Generator.Naming;

/// <summary>
/// Makes the names of one kind of thing (papers, categories or venues) unique across the catalog, and says what it
/// had to rename and why, so the caller can report it.
/// </summary>
internal static class UniqueNames
{
    /// <summary>
    /// Names that may not be given out, compared ignoring case as <see cref="StableCase.IgnoreCase"/> does, with
    /// the reason quoted when a request wanted one. A later reason for the same name replaces an earlier one.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Reserve(IEnumerable<(string Name, string Reason)> names)
    {
        var reserved = new Dictionary<string, string>(StableCase.IgnoreCase);
        foreach (var (name, reason) in names)
        {
            reserved[name] = reason;
        }

        return reserved;
    }

    /// <summary>
    /// Makes names unique. Requests are visited by <see cref="NameRequest.Seniority"/> (for papers, the year of
    /// the earliest publication), then in ordinal order of their normalized text, never in catalog order, so
    /// reordering entries never renames one, and a paper added later that is not older than the one it collides
    /// with does not take its name. The first keeps the plain name; a later one that collides gets its readable
    /// <see cref="NameRequest.Suffix"/> (<c>CricketOSDI25</c>) and, if that is taken too or it has none, a suffix
    /// hashed from its own text, which no other entry can change. A reserved name is never given out, not even as
    /// the result of a rename.
    /// </summary>
    /// <param name="kind">What is named (<c>Paper</c>, <c>Category</c>, <c>Venue</c>), also the suffix for reserved names.</param>
    /// <param name="requests">The names wanted, in model order.</param>
    /// <param name="reserved">Names that may not be used, with the reason quoted in a rename (see <see cref="Reserve"/>).</param>
    /// <param name="cancellationToken">Checked while visiting the requests.</param>
    /// <param name="formerNames">
    /// Names and keys that pinned papers used to have (<c>aka</c>): taken before any request is served, so nothing
    /// else gets them. The caller has made them unique and kept them off the reserved names and the pins.
    /// </param>
    /// <param name="rule">How a collision suffix goes on (<see cref="NamingRule.Append"/>); <see cref="NamingRule.Current"/> unless given.</param>
    public static UniqueNameResult Allocate(
        string kind,
        IReadOnlyList<NameRequest> requests,
        IReadOnlyDictionary<string, string> reserved,
        CancellationToken cancellationToken,
        IReadOnlyList<FormerName>? formerNames = null,
        NamingRule? rule = null)
    {
        rule ??= NamingRule.Current;
        var given = requests.ToArray();
        var reasons = new string?[given.Length];
        for (var i = 0; i < given.Length; i++)
        {
            if (reserved.TryGetValue(given[i].Identifier, out var reason))
            {
                reasons[i] = reason;
                given[i] = given[i] with { Identifier = given[i].Identifier + kind };
            }
        }

        // What holds each name and key, as quoted in a rename: the words before the holder's name, and the name. The
        // reason is only written out for a request that collides, not for every name given.
        // Sized for every request and former name at once: a catalog of thousands of papers would otherwise grow them a
        // dozen times, hashing every name again each time.
        var capacity = given.Length + (formerNames?.Count ?? 0);
        var usedIdentifiers = new Dictionary<string, (string Why, string Display)>(capacity, StableCase.IgnoreCase);
        var usedKeys = new Dictionary<string, (string Why, string Display)>(capacity, StringComparer.Ordinal);
        foreach (var former in formerNames ?? [])
        {
            usedIdentifiers[former.Identifier] = ("is a former name of", former.Display);
            usedKeys[former.Key] = ("is a former key of", former.Display);
        }

        // Most catalogs have no collision at all: then every request keeps its name whatever the order, and the
        // requests need not be sorted. One pass in request order finds out; at the first collision the names taken
        // so far are given back and the requests are served in order below.
        if (formerNames is null or { Count: 0 } && TakeAllIfNoneCollides(given, reserved, usedIdentifiers, usedKeys, cancellationToken))
        {
            return new UniqueNameResult(given, Renames(given, reasons));
        }

        string? Blocker(NameRequest r)
            => reserved.TryGetValue(r.Identifier, out var why) ? why
             : usedIdentifiers.TryGetValue(r.Identifier, out var holder) ? Reason(holder)
             : r.Key is not null && usedKeys.TryGetValue(r.Key, out holder) ? Reason(holder)
             : null;

        // Pinned names first, so a pin always wins over a natural name (the caller has made the pins unique).
        var visited = 0;
        foreach (var i in VisitOrder(given))
        {
            cancellationToken.ThrowIfCancellationRequestedAt(visited++);
            var request = given[i];

            // A pin is never renamed: the caller has kept it off the reserved names, other pins and former names,
            // and its own former names may differ from it only in case (Parallelgpuos for ParallelGpuOs).
            if (!request.IsPinned && Blocker(request) is { } reason)
            {
                // First the readable suffix, as in CricketOSDI25 and cricket-osdi25.
                var renamed = request.Suffix is { } suffix
                    ? request with
                    {
                        Identifier = rule.Append(request.Identifier, suffix.Identifier),
                        Key = request.Key is null ? null : request.Key + "-" + suffix.Key,
                    }
                    : null;

                if (renamed is null || Blocker(renamed) is not null)
                {
                    var stem = renamed ?? request;
                    var hash = IdentifierNaming.StableHash(request.Normalized);
                    renamed = stem with
                    {
                        Identifier = stem.Identifier + "_" + hash,
                        Key = stem.Key is null ? null : stem.Key + "-" + hash.ToLowerInvariant(),
                    };

                    // Two different texts with the same 32-bit hash: fall back to a counter.
                    for (var n = 2; Blocker(renamed) is not null; n++)
                    {
                        var counter = n.ToString(CultureInfo.InvariantCulture);
                        renamed = stem with
                        {
                            Identifier = stem.Identifier + "_" + hash + "_" + counter,
                            Key = stem.Key is null ? null : stem.Key + "-" + hash.ToLowerInvariant() + "-" + counter,
                        };
                    }
                }

                reasons[i] ??= reason;
                request = renamed;
                given[i] = renamed;
            }

            usedIdentifiers[request.Identifier] = ("is already the name of", request.Display);
            if (request.Key is not null)
            {
                usedKeys[request.Key] = ("is already the key of", request.Display);
            }
        }

        return new UniqueNameResult(given, Renames(given, reasons));
    }

    /// <summary>One rename per renamed item, with the first reason it could not have the name it wanted.</summary>
    private static List<NameRename> Renames(NameRequest[] given, string?[] reasons)
    {
        var renames = new List<NameRename>();
        for (var i = 0; i < given.Length; i++)
        {
            if (reasons[i] is { } reason)
            {
                renames.Add(new NameRename(i, given[i].Identifier, reason));
            }
        }

        return renames;
    }

    /// <summary>
    /// Takes every request's name and key in request order if none is reserved, nor taken by an earlier request: then
    /// no order of serving them would rename one. Otherwise gives back what it took and returns false.
    /// </summary>
    private static bool TakeAllIfNoneCollides(
        NameRequest[] given,
        IReadOnlyDictionary<string, string> reserved,
        Dictionary<string, (string Why, string Display)> usedIdentifiers,
        Dictionary<string, (string Why, string Display)> usedKeys,
        CancellationToken cancellationToken)
    {
        for (var i = 0; i < given.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequestedAt(i);
            var request = given[i];
            if (reserved.ContainsKey(request.Identifier)
                || usedIdentifiers.ContainsKey(request.Identifier)
                || (request.Key is not null && usedKeys.ContainsKey(request.Key)))
            {
                usedIdentifiers.Clear();
                usedKeys.Clear();
                return false;
            }

            usedIdentifiers.Add(request.Identifier, ("is already the name of", request.Display));
            if (request.Key is not null)
            {
                usedKeys.Add(request.Key, ("is already the key of", request.Display));
            }
        }

        return true;
    }

    /// <summary>
    /// The indexes of <paramref name="requests"/> in the order they are served: pinned first, then by seniority, then
    /// by normalized text in ordinal order, and by index where all of that is equal.
    /// </summary>
    private static int[] VisitOrder(NameRequest[] requests)
    {
        var order = new int[requests.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var x = requests[a];
            var y = requests[b];
            var byPin = (x.IsPinned ? 0 : 1) - (y.IsPinned ? 0 : 1);
            if (byPin != 0)
            {
                return byPin;
            }

            var bySeniority = x.Seniority.CompareTo(y.Seniority);
            if (bySeniority != 0)
            {
                return bySeniority;
            }

            var byText = string.CompareOrdinal(x.Normalized, y.Normalized);
            return byText != 0 ? byText : a.CompareTo(b);
        });
        return order;
    }

    /// <summary>A holder as a rename quotes it: <c>is already the name of 'Cricket: …'</c>.</summary>
    private static string Reason((string Why, string Display) holder) => holder.Why + " '" + holder.Display + "'";
}

/// <summary>A name wanted for one paper, category or venue.</summary>
/// <param name="Identifier">The C# identifier wanted.</param>
/// <param name="Key">The string key wanted, for papers; null for what has no key.</param>
/// <param name="Normalized">The normalized text it is named from, which orders the requests and seeds the hash suffix.</param>
/// <param name="Display">How it is shown, quoted when another request is blocked by it.</param>
/// <param name="Seniority">Which of two requests for one name is served first, smaller first: a paper's earliest year.</param>
/// <param name="Suffix">What a request that collides tries first: <c>OSDI25</c> after its identifier, <c>osdi25</c> after its key.</param>
internal sealed record NameRequest(
    string Identifier,
    string? Key,
    string Normalized,
    string Display,
    int Seniority = 0,
    CollisionSuffix? Suffix = null)
{
    /// <summary>Whether the catalog pins this name (<c>{#Name}</c>): served before every name that is not pinned.</summary>
    public bool IsPinned { get; init; }
}

/// <summary>
/// A collision suffix, made the first time a request that collides asks for it: every paper has one, few need it,
/// and making it splits and writes the venue's name. Requests that share a venue and year share one.
/// </summary>
/// <param name="make">Makes the identifier suffix (<c>OSDI25</c>) and the key suffix, or null for the identifier's, lower-cased.</param>
internal sealed class CollisionSuffix(Func<(string Identifier, string? Key)> make)
{
    private (string Identifier, string? Key)? _made;

    /// <summary>What goes after the identifier: <c>OSDI25</c>.</summary>
    public string Identifier => Made.Identifier;

    /// <summary>What goes after the key and a <c>-</c>: <c>osdi25</c>.</summary>
    public string Key => Made.Key ?? StableCase.ToLower(Made.Identifier);

    private (string Identifier, string? Key) Made => _made ??= make();
}

/// <summary>A former name of a pinned paper (<c>{#ParallelGpuOs aka Parallelgpuos}</c>), which stays taken.</summary>
/// <param name="Identifier">The former identifier, <c>Parallelgpuos</c>.</param>
/// <param name="Key">Its key, <c>parallelgpuos</c>.</param>
/// <param name="Display">The paper it belongs to, as shown.</param>
internal sealed record FormerName(string Identifier, string Key, string Display);

/// <summary>A request that could not have the name it wanted.</summary>
/// <param name="Index">The request's index in the list given to <see cref="UniqueNames.Allocate"/>.</param>
/// <param name="Identifier">The identifier it got instead.</param>
/// <param name="Reason">Why it could not have the one it wanted, e.g. <c>is already the name of 'Cricket'</c>.</param>
internal readonly record struct NameRename(int Index, string Identifier, string Reason);

/// <summary>The unique names, in the order of the requests, and the renames among them, in the same order.</summary>
internal sealed record UniqueNameResult(IReadOnlyList<NameRequest> Names, IReadOnlyList<NameRename> Renames);
