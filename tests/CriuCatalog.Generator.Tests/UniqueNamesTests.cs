using System;
using System.Threading;
using CriuCatalog.Generator.Naming;

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
}
