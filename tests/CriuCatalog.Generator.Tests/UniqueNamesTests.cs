using System;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Naming;
using CsCheck;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// <see cref="UniqueNames"/> on its own, without a catalog: what it renames, to what, and the reason it gives back
/// for the builder's CRIU009 (docs/catalog-format.md, "Collisions").
/// </summary>
public class UniqueNamesTests
{
    [Fact]
    public void The_ordinally_first_normalized_text_keeps_the_name_and_a_later_one_gets_its_own_hash()
    {
        // In model order the "B" text comes first, but "A" is visited first and keeps the plain name.
        var result = UniqueNames.Allocate(
            "Paper",
            [new NameRequest("Cricket", "cricket", "CRICKET B", "Cricket B"), new NameRequest("Cricket", "cricket", "CRICKET A", "Cricket A")],
            UniqueNames.Reserve([]),
            CancellationToken.None);

        var hash = IdentifierNaming.StableHash("CRICKET B");
        Assert.Equal("Cricket_" + hash, result.Names[0].Identifier);
        Assert.Equal("cricket-" + hash.ToLowerInvariant(), result.Names[0].Key);
        Assert.Equal("Cricket", result.Names[1].Identifier);
        Assert.Equal("cricket", result.Names[1].Key);
        Assert.Equal(new NameRename(0, "Cricket_" + hash, "is already the name of 'Cricket A'"), Assert.Single(result.Renames));
    }

    [Fact]
    public void A_reserved_name_gets_the_kind_appended_with_the_reason_it_was_reserved_for_ignoring_case()
    {
        var reserved = UniqueNames.Reserve([("All", "the first reason"), ("ALL", "the generated API already uses")]);

        var result = UniqueNames.Allocate("Venue", [new NameRequest("all", null, "ALL", "all")], reserved, CancellationToken.None);

        Assert.Equal("allVenue", Assert.Single(result.Names).Identifier);
        Assert.Null(result.Names[0].Key);
        Assert.Equal(new NameRename(0, "allVenue", "the generated API already uses"), Assert.Single(result.Renames));
    }

    [Fact]
    public void A_collision_suffix_is_made_only_for_a_request_that_collides_and_goes_on_the_name_and_the_key()
    {
        var made = 0;
        var osdi = new CollisionSuffix(() => { made++; return ("OSDI25", null); });
        var unused = new CollisionSuffix(() => throw new InvalidOperationException("made for a request that did not collide"));

        var result = UniqueNames.Allocate(
            "Paper",
            [
                new NameRequest("Cricket", "cricket", "CRICKET B", "Cricket B", 2025, osdi),
                new NameRequest("Cricket", "cricket", "CRICKET A", "Cricket A", 2021, unused),
                new NameRequest("Portkey", "portkey", "PORTKEY", "Portkey", 2022, unused),
            ],
            UniqueNames.Reserve([]),
            CancellationToken.None);

        Assert.Equal(("CricketOSDI25", "cricket-osdi25"), (result.Names[0].Identifier, result.Names[0].Key));
        Assert.Equal(("Cricket", "Portkey"), (result.Names[1].Identifier, result.Names[2].Identifier));
        Assert.Equal(1, made);
    }

    [Fact]
    public void A_cancelled_token_stops_allocation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => UniqueNames.Allocate("Category", [new NameRequest("Gpu", null, "GPU", "GPU")], UniqueNames.Reserve([]), cancelled.Token));
    }

    /// <summary>
    /// Requests that collide nowhere keep their names without being sorted; any collision sends them all through the
    /// ordered visit. Either way the names and renames are those of the ordered visit, which a former name that no
    /// request can want forces here. Identifiers are drawn from a few letters of either case, so that collisions,
    /// case-only ones among them, reserved names and shared keys are common, and catalogs without any too.
    /// </summary>
    [Fact]
    public void Requests_that_collide_nowhere_get_the_names_the_ordered_visit_gives()
    {
        var word = Gen.String[Gen.Char['a', 'c'], 1, 2];
        var request = Gen.Select(word, Gen.Bool, word, Gen.Int[2020, 2022], (identifier, upper, key, year)
            => new NameRequest(upper ? identifier.ToUpperInvariant() : identifier, key, identifier.ToUpperInvariant() + year, identifier + " " + year, year));
        var reserved = UniqueNames.Reserve([("ab", "is reserved"), ("cPaper", "is reserved too"), ("c", "is reserved, and so is the name it would get")]);
        var noOneWantsThis = new FormerName("Former_0", "former-0", "a former name");
        var sawBothPaths = (Fast: false, Ordered: false);

        request.Array[0, 6].Sample(requests =>
        {
            var result = UniqueNames.Allocate("Paper", requests, reserved, CancellationToken.None);
            var ordered = UniqueNames.Allocate("Paper", requests, reserved, CancellationToken.None, [noOneWantsThis]);

            Assert.Equal(ordered.Names.Select(n => (n.Identifier, n.Key)), result.Names.Select(n => (n.Identifier, n.Key)));
            Assert.Equal(ordered.Renames, result.Renames);
            sawBothPaths = result.Renames.Count == 0 ? (true, sawBothPaths.Ordered) : (sawBothPaths.Fast, true);
        }, iter: 3000);

        Assert.Equal((true, true), sawBothPaths);
    }
}
