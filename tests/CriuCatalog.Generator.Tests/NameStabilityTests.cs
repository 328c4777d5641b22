using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CriuCatalog.Generator.Model;
using CriuCatalog.Generator.Naming;
using CriuCatalog.Generator.Parsing;
using CsCheck;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// Once a paper has a name and a key, edits elsewhere in the catalog leave them alone: adding a paper anywhere,
/// also one whose natural name collides and which is not older, reordering entries and categories, and removing a
/// paper that shares its natural name with none; and a pinned name and key stay whatever is added (see
/// docs/catalog-format.md, "Names and keys").
/// </summary>
public class NameStabilityTests
{
    /// <summary>Short names the generated papers draw from, so collisions are common.</summary>
    private static readonly string[] ShortNames = ["Cricket", "Dapper", "Singularity", "RRC", "Portkey", "MigrOS"];

    private static readonly string[] Venues = ["OSDI", "SoCC", "arXiv", "EuroSys", "VLDB"];

    private static readonly Gen<Entry> Entries =
        Gen.Select(Gen.Int[0, ShortNames.Length - 1], Gen.Int[0, Venues.Length - 1], Gen.Int[2015, 2024], Gen.Int[0, 1_000_000])
            .Select((name, venue, year, tag) => new Entry(ShortNames[name], Venues[venue], year, tag));

    private static readonly Gen<List<List<Entry>>> Catalogs = Entries.List[1, 6].List[1, 4];

    [Fact]
    public void Adding_a_paper_that_is_not_older_renames_no_other_paper()
        => Gen.Select(Catalogs, Gen.Int[0, ShortNames.Length - 1], Gen.Int[0, Venues.Length - 1], Gen.Int[0, 100], Gen.Bool)
            .Sample((catalog, name, venue, where, atTop) =>
            {
                var before = Names(catalog);
                var category = catalog[where % catalog.Count];
                // The newest year of the catalog or later: not older than any paper it may collide with.
                var added = new Entry(ShortNames[name], Venues[venue], 2025, -1);
                category.Insert(atTop ? 0 : category.Count, added);

                AssertKept(before, Names(catalog));
            });

    [Fact]
    public void Reordering_entries_and_categories_renames_nothing()
        => Gen.Select(Catalogs, Gen.Int)
            .Sample((catalog, seed) =>
            {
                var before = Names(catalog);
                var random = new Random(seed);
                var shuffled = catalog.Select(entries => entries.OrderBy(_ => random.Next()).ToList()).OrderBy(_ => random.Next()).ToList();

                Assert.Equal(before, Names(shuffled));
            });

    [Fact]
    public void Removing_a_paper_whose_natural_name_is_its_own_renames_no_other_paper()
        => Gen.Select(Catalogs, Gen.Int[0, 1000])
            .Sample((catalog, pick) =>
            {
                var before = Names(catalog);
                var all = catalog.SelectMany(entries => entries).ToList();
                var alone = all.Where(e => all.Count(o => Natural(o) == Natural(e)) == 1).ToList();
                if (alone.Count == 0 || all.Count == 1)
                {
                    return;
                }

                var removed = alone[pick % alone.Count];
                foreach (var entries in catalog)
                {
                    entries.Remove(removed);
                }

                var after = Names(catalog);
                Assert.Equal(before.Count - 1, after.Count);
                before.Remove(IdentifierNaming.Normalize(removed.Title));
                AssertKept(before, after);
            });

    [Fact]
    public void The_seed_keeps_every_name_and_key_when_newer_papers_with_its_short_names_are_added()
    {
        var seed = CatalogParser.Parse(new CatalogSource("/seed.txt", Infrastructure.CatalogFiles.SeedText), default);
        var before = Names(seed);
        var lines = Infrastructure.CatalogFiles.SeedText.Split('\n').ToList();
        string[] added =
        [
            "[OSDI '25] Cricket: A second system",
            "[SOSP '25] RRC: Rapid Replicated Checkpoints",
            "[ATC '25] Dapper: Distributed tracing again",
            "[NSDI '25] Singularity: Another scheduler",
        ];

        // At the top of the first category, and at the end of the file.
        var top = lines.FindIndex(l => l.StartsWith('-')) + 1;
        foreach (var shape in new[] { lines.Take(top).Concat(added).Concat(lines.Skip(top)), lines.Concat(added) })
        {
            var after = Names(CatalogParser.Parse(new CatalogSource("/seed.txt", string.Join("\n", shape)), default));
            AssertKept(before, after);
            Assert.Equal(before.Count + added.Length, after.Count);
            Assert.Equal("CricketOSDI25", after["CRICKET: A SECOND SYSTEM"].Identifier);
            Assert.Equal(("RRC_SOSP25", "rrc-sosp25"), after["RRC: RAPID REPLICATED CHECKPOINTS"]);
        }
    }

    [Fact]
    public void Pinned_names_and_keys_never_move_whatever_is_added_in_either_format()
        => Gen.Select(Catalogs, Gen.Int, Entries.List[1, 4], Gen.Int[0, 100], Gen.Bool, Gen.Bool)
            .Sample((catalog, seed, added, where, atTop, markdown) =>
            {
                var titles = catalog.SelectMany(entries => entries).Select(e => e.Title).ToList();
                if (titles.Distinct(StringComparer.Ordinal).Count() != titles.Count)
                {
                    return;
                }

                // A few pins: some take a natural name other papers want (Cricket), some a fresh one; some give a key.
                var random = new Random(seed);
                var names = ShortNames.Select(n => IdentifierNaming.ForPaper(n + ": x").Identifier).Concat(["PinnedOne", "PinnedTwo"]).OrderBy(_ => random.Next()).ToList();
                var expected = new Dictionary<string, (string Identifier, string Key)>(StringComparer.Ordinal);
                for (var n = 0; n < 3; n++)
                {
                    var list = catalog[random.Next(catalog.Count)];
                    var at = random.Next(list.Count);
                    if (list[at].Pin is not null)
                    {
                        continue;
                    }

                    var identifier = names[n];
                    var key = random.Next(2) == 0 ? null : "pinned-" + identifier.ToLowerInvariant();
                    list[at] = list[at] with { Pin = key is null ? identifier : identifier + " " + key };
                    expected.Add(IdentifierNaming.Normalize(list[at].Title), (identifier, key ?? IdentifierNaming.KeyOf(identifier)));
                }

                AssertKept(expected, markdown ? MarkdownNames(catalog) : Names(catalog));

                // Any paper, of any year, at the top of a category or at its end.
                var category = catalog[where % catalog.Count];
                foreach (var entry in added)
                {
                    category.Insert(atTop ? 0 : category.Count, entry with { Tag = entry.Tag + 2_000_000 });
                }

                AssertKept(expected, markdown ? MarkdownNames(catalog) : Names(catalog));
            });

    private static void AssertKept(Dictionary<string, (string Identifier, string Key)> before, Dictionary<string, (string Identifier, string Key)> after)
    {
        foreach (var (title, names) in before)
        {
            Assert.True(after.TryGetValue(title, out var now), $"'{title}' is gone");
            Assert.True(names == now, $"'{title}' was {names} and is now {now}");
        }
    }

    private static string Natural(Entry entry) => IdentifierNaming.ForPaper(entry.Title).Identifier;

    private static Dictionary<string, (string Identifier, string Key)> Names(List<List<Entry>> catalog)
    {
        var text = "Stability\n" + string.Concat(catalog.Select((entries, i) =>
            $"- Category {(char)('A' + i)}\n" + string.Concat(entries.Select(e => e.Line + "\n"))));
        return Names(CatalogParser.Parse(new CatalogSource("/catalog.txt", text), default));
    }

    /// <summary>The same catalog as a Markdown list: headings, bullets, and pins as <c>&lt;!-- id: … --&gt;</c>.</summary>
    private static Dictionary<string, (string Identifier, string Key)> MarkdownNames(List<List<Entry>> catalog)
    {
        var text = "# Stability\n" + string.Concat(catalog.Select((entries, i) =>
            $"## Category {(char)('A' + i)}\n" + string.Concat(entries.Select(e => "- " + (e with { Pin = null }).Line + (e.Pin is null ? "" : " <!-- id: " + e.Pin + " -->") + "\n"))));
        return Names(CatalogParser.Parse(new CatalogSource("/catalog.md", text), default));
    }

    private static Dictionary<string, (string Identifier, string Key)> Names(CatalogDocument document)
    {
        var model = CatalogBuilder.Build(ImmutableArray.Create(document), default).Model!;
        return model.Papers.ToDictionary(p => IdentifierNaming.Normalize(p.Title), p => (p.Identifier, p.Key), StringComparer.Ordinal);
    }

    private sealed record Entry(string ShortName, string Venue, int Year, int Tag)
    {
        public string Title => ShortName + ": paper number " + Tag.ToString(CultureInfo.InvariantCulture);

        /// <summary>What goes between <c>{#</c> and <c>}</c> after the title, if anything.</summary>
        public string? Pin { get; init; }

        public string Line => "[" + Venue + " '" + (Year % 100).ToString("D2", CultureInfo.InvariantCulture) + "] " + Title + (Pin is null ? "" : " {#" + Pin + "}");
    }
}
