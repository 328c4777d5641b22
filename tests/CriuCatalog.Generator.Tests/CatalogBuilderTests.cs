using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Model;
using CriuCatalog.Generator.Naming;
using CriuCatalog.Generator.Parsing;
using CriuCatalog.Generator.Tests.Infrastructure;

namespace CriuCatalog.Generator.Tests;

/// <summary>Merging listings into papers, and naming them uniquely and stably.</summary>
public class CatalogBuilderTests
{
    [Fact]
    public void Seed_yields_53_papers_5_categories_and_45_venues()
    {
        var result = Build(CatalogFiles.SeedText);

        var model = result.Model!;
        Assert.Empty(result.Diagnostics);
        Assert.Equal(53, model.Papers.Count);
        Assert.Equal(5, model.Categories.Count);
        Assert.Equal(45, model.Venues.Count);
        Assert.Single(model.Venues, v => v.IsPreprint);
        Assert.Equal("arXiv", model.Venues.Single(v => v.IsPreprint).DisplayName);
    }

    [Fact]
    public void Async_fork_merges_three_listings()
    {
        var model = Build(CatalogFiles.SeedText).Model!;

        var asyncFork = model.Papers.Single(p => p.Identifier == "AsyncFork");
        Assert.Equal(["CRIU for Migration", "CRIU for Database"], asyncFork.Categories.Select(c => model.Categories[c].DisplayName));
        Assert.Equal(
            [("VLDB", 2023, null), ("arXiv", 2023, "2301.05861")],
            asyncFork.Publications.Select(p => (model.Venues[p.Venue].DisplayName, p.Year, p.ArXivId)));
        Assert.Equal("VLDB", model.Venues[asyncFork.Primary.Venue].DisplayName);
    }

    [Theory]
    [InlineData("ElasticNotebook", "CRIU for Migration", "CRIU for Database")]
    [InlineData("RRC", "CRIU for Migration", "CRIU Security")]
    public void Cross_listed_papers_carry_both_categories(string identifier, string first, string second)
    {
        var model = Build(CatalogFiles.SeedText).Model!;

        var paper = model.Papers.Single(p => p.Identifier == identifier);
        Assert.Equal([first, second], paper.Categories.Select(c => model.Categories[c].DisplayName));
        Assert.Single(paper.Publications);
    }

    [Fact]
    public void A_category_lists_its_papers_in_its_own_order()
    {
        var model = Build(CatalogFiles.SeedText).Model!;

        var database = model.Categories.Single(c => c.Identifier == "CRIUForDatabase");
        Assert.Equal(["MDB_KCP", "AsyncFork", "ElasticNotebook", "OnDemandFork"], database.Papers.Select(p => model.Papers[p].Identifier));
    }

    [Fact]
    public void Titles_merge_ignoring_case_and_spacing_and_peer_review_comes_first()
    {
        var model = Build("T\n- A\n[arXiv:2301.00001 '23] Foo:  A   Study\n- B\n[OSDI '24] foo: a study\n").Model!;

        var paper = Assert.Single(model.Papers);
        Assert.Equal("Foo:  A   Study", paper.Title);
        Assert.Equal(["OSDI", "arXiv"], paper.Publications.Select(p => model.Venues[p.Venue].DisplayName));
        Assert.Equal(2, paper.Categories.Count);
    }

    [Fact]
    public void Identifiers_and_keys_are_unique_and_valid_for_the_seed()
    {
        var model = Build(CatalogFiles.SeedText).Model!;

        Assert.Equal(model.Papers.Count, model.Papers.Select(p => p.Identifier).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(model.Papers.Count, model.Papers.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(model.Papers, p => Assert.True(Naming.IdentifierNaming.IsUsableIdentifier(p.Identifier), p.Identifier));
        Assert.All(model.Venues, v => Assert.True(Naming.IdentifierNaming.IsUsableIdentifier(v.Identifier), v.Identifier));
        Assert.All(model.Categories, c => Assert.True(Naming.IdentifierNaming.IsUsableIdentifier(c.Identifier), c.Identifier));
    }

    [Fact]
    public void Reordering_or_removing_entries_does_not_rename_papers_with_unique_names()
    {
        var lines = CatalogFiles.SeedText.Split('\n');
        var entries = lines.Where(l => l.StartsWith('[')).ToArray();
        var reversed = string.Join('\n', lines.Where(l => !l.StartsWith('[')).Take(2).Concat(entries.Reverse()));
        var halved = string.Join('\n', lines.Where(l => !l.StartsWith('[')).Take(2).Concat(entries.Where((_, i) => i % 2 == 1)));

        var names = Names(CatalogFiles.SeedText);
        foreach (var variant in new[] { reversed, halved })
        {
            foreach (var (title, identifier) in Names(variant))
            {
                Assert.Equal(names[title], identifier);
            }
        }
    }

    [Fact]
    public void Of_two_colliding_papers_the_earlier_keeps_the_name_and_the_later_gets_its_venue_and_year()
    {
        // The later one sorts first by title, and is listed first: neither decides.
        const string earlier = "[X '20] Cricket: the original";
        const string later = "[OSDI '25] Cricket: another one";
        var forward = Build($"T\n- A\n{earlier}\n{later}\n");
        var backward = Build($"T\n- A\n{later}\n{earlier}\n");

        Assert.Equal(
            forward.Model!.Papers.Select(p => (p.Title, p.Identifier, p.Key)).OrderBy(x => x.Title),
            backward.Model!.Papers.Select(p => (p.Title, p.Identifier, p.Key)).OrderBy(x => x.Title));
        Assert.Equal(("Cricket", "cricket"), forward.Model.Papers.Where(p => p.Title == "Cricket: the original").Select(p => (p.Identifier, p.Key)).Single());
        Assert.Equal(("CricketOSDI25", "cricket-osdi25"), forward.Model.Papers.Where(p => p.Title == "Cricket: another one").Select(p => (p.Identifier, p.Key)).Single());
        var rename = Assert.Single(forward.Diagnostics);
        Assert.Equal("CRIU009", rename.Descriptor.Id);
        Assert.Equal(["Paper", "Cricket: another one", "Cricket", "is already the name of 'Cricket: the original'", "CricketOSDI25", "; pin a name with {#Name} after its title"], rename.MessageArgs);
    }

    [Fact]
    public void Papers_of_one_year_are_told_apart_by_title_and_a_taken_venue_suffix_falls_back_to_a_hash()
    {
        var model = Build("T\n- A\n[X '21] Cricket: b\n[X '21] Cricket: a\n[X '21] Cricket: c\n").Model!;

        Assert.Equal("Cricket", model.Papers.Single(p => p.Title == "Cricket: a").Identifier);
        Assert.Equal("CricketX21", model.Papers.Single(p => p.Title == "Cricket: b").Identifier);
        Assert.Matches("^CricketX21_[0-9A-F]{8}$", model.Papers.Single(p => p.Title == "Cricket: c").Identifier);
        Assert.Matches("^cricket-x21-[0-9a-f]{8}$", model.Papers.Single(p => p.Title == "Cricket: c").Key);
    }

    [Fact]
    public void Names_the_generated_API_uses_get_a_kind_suffix()
    {
        var model = Build("T\n- All\n[Get '20] All: a paper\n[X '21] GPU CRIU: named like a category\n- GPU CRIU\n").Model!;

        Assert.Equal(["AllCategory", "GPU_CRIU"], model.Categories.Select(c => c.Identifier));
        Assert.Equal(["AllPaper", "GPU_CRIUPaper"], model.Papers.Select(p => p.Identifier));
        Assert.Equal("GetVenue", model.Venues[0].Identifier);
    }

    [Fact]
    public void A_venue_rename_is_reported_at_the_first_entry_that_names_the_venue()
    {
        var result = Build("T\n- A\n[SoCC '24] Paper X\n[Get '24] Paper X\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CRIU009", diagnostic.Descriptor.Id);
        Assert.Equal(3, diagnostic.Location!.LineSpan.Start.Line);
    }

    [Fact]
    public void A_suffixed_name_is_checked_again_against_reserved_names()
    {
        var result = Build("T\n- All Paper\n[X '24] All: something\n");

        var model = result.Model!;
        Assert.Equal("AllPaper", model.Categories.Single().Identifier);
        Assert.Equal("AllPaperX24", model.Papers.Single().Identifier);
        var rename = Assert.Single(result.Diagnostics);
        Assert.Equal("CRIU009", rename.Descriptor.Id);
        Assert.Equal(["Paper", "All: something", "All", "the generated API already uses", model.Papers.Single().Identifier, "; pin a name with {#Name} after its title"], rename.MessageArgs);
    }

    [Fact]
    public void The_spelling_listed_first_does_not_change_a_paper_name()
    {
        var upperFirst = Build("T\n- A\n[X '20] MIGROS: one\n[Y '21] MigrOS: one\n").Model!.Papers.Single();
        var mixedFirst = Build("T\n- A\n[Y '21] MigrOS: one\n[X '20] MIGROS: one\n").Model!.Papers.Single();

        Assert.Equal((upperFirst.Identifier, upperFirst.Key), (mixedFirst.Identifier, mixedFirst.Key));
        Assert.Equal(("MIGROS: one", "MIGROS"), (upperFirst.Title, upperFirst.ShortName));
        Assert.Equal(("MigrOS: one", "MigrOS"), (mixedFirst.Title, mixedFirst.ShortName));
    }

    [Fact]
    public void The_spelling_listed_first_does_not_change_a_venue_or_category_name()
    {
        var lowerFirst = Build("T\n- gpu criu\n[vldb '23] A\n- GPU CRIU\n[VLDB '24] B\n").Model!;
        var upperFirst = Build("T\n- GPU CRIU\n[VLDB '24] B\n- gpu criu\n[vldb '23] A\n").Model!;

        Assert.Equal(lowerFirst.Venues.Single().Identifier, upperFirst.Venues.Single().Identifier);
        Assert.Equal(lowerFirst.Categories.Single().Identifier, upperFirst.Categories.Single().Identifier);
        Assert.Equal(("vldb", "VLDB"), (lowerFirst.Venues.Single().DisplayName, upperFirst.Venues.Single().DisplayName));
    }

    [Fact]
    public void A_plain_list_keeps_venues_that_differ_in_punctuation_apart_and_reports_no_spellings()
    {
        var result = Build("T\n- A\n[SC-W '23] One\n[SCW '23] Two\n[vldb '23] Three\n[VLDB '23] Four\n[VLDB '23] Five\n");

        Assert.Equal(["SC-W", "SCW", "vldb"], result.Model!.Venues.Select(v => v.DisplayName));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_Markdown_list_merges_venues_that_differ_in_case_or_punctuation_and_shows_the_most_frequent_spelling()
    {
        var result = BuildMarkdown("# T\n## A\n- [SC-W '23] One\n- [SCW '23] Two\n- [vldb '23] Three\n- [VLDB '23] Four\n- [VLDB '23] Five\n- [SCW '22] Six\n");

        Assert.Equal(["SCW", "VLDB"], result.Model!.Venues.Select(v => v.DisplayName));
        Assert.Equal(
            [("SCW", "'SC-W'"), ("VLDB", "'vldb'")],
            result.Diagnostics.Where(d => d.Descriptor.Id == "CRIU020").Select(d => (d.MessageArgs[0], d.MessageArgs[1])));
        var first = result.Diagnostics.First(d => d.Descriptor.Id == "CRIU020").Location!.LineSpan.Start;
        Assert.Equal((2, 0), (first.Line, first.Character));
    }

    [Fact]
    public void Equally_frequent_venue_spellings_show_the_first()
    {
        var result = BuildMarkdown("# T\n## A\n- [arxiv '23] One\n- [arXiv '23] Two\n");

        Assert.Equal("arxiv", result.Model!.Venues.Single().DisplayName);
        Assert.True(result.Model.Venues.Single().IsPreprint);
    }

    [Fact]
    public void A_Markdown_paper_with_and_without_a_link_or_notes_is_one_paper_that_keeps_all_of_them()
    {
        var model = BuildMarkdown(
            "# T\n## A\n- [OSDI '23] Keel: Snapshots | Lab One\n## B\n- [OSDI '23] [Keel: Snapshots](https://example.org/k) [[code](https://github.com/x/k)]\n" +
            "## C\n- [OSDI '23 Best Paper] **Keel: Snapshots** | Lab Two\n").Model!;

        var keel = Assert.Single(model.Papers);
        Assert.Equal("https://example.org/k", keel.Url);
        Assert.Equal([("code", "https://github.com/x/k")], keel.Links.Select(l => (l.Label, l.Url)));
        Assert.Equal(["Lab One", "Lab Two"], keel.Notes);
        Assert.Equal(["A", "B", "C"], keel.Categories.Select(c => model.Categories[c].DisplayName));
        var publication = Assert.Single(keel.Publications);
        Assert.Equal("Best Paper", publication.Note);
    }

    [Fact]
    public void Headings_of_one_name_under_different_parents_are_different_categories_named_without_an_underscore()
    {
        var result = BuildMarkdown("# T\n## Scheduling\n### 2024\n- [OSDI '24] One\n## Inference\n### 2024\n- [OSDI '24] Two\n## 3D Vision\n- [CVPR '24] Three\n");
        var model = result.Model!;

        Assert.Equal(
            [("Scheduling", -1), ("2024", 0), ("Inference", -1), ("2024", 2), ("3D Vision", -1)],
            model.Categories.Select(c => (c.DisplayName, c.Parent)));
        Assert.Equal("Year2024", model.Categories[1].Identifier);
        Assert.StartsWith("Year2024_", model.Categories[3].Identifier, StringComparison.Ordinal);
        Assert.Equal("Section3DVision", model.Categories[4].Identifier);
        Assert.Equal([0], model.Categories[1].Papers);
        Assert.Equal([1], model.Categories[3].Papers);
    }

    [Fact]
    public void A_Markdown_title_that_starts_with_a_digit_is_named_without_a_leading_underscore()
    {
        var paper = BuildMarkdown("# T\n## A\n- [CVPR '24] [3D Gaussian Checkpoints](https://example.org/g)\n").Model!.Papers.Single();

        Assert.Equal(("Paper3DGaussianCheckpoints", "3d-gaussian-checkpoints"), (paper.Identifier, paper.Key));
    }

    [Fact]
    public void An_unreadable_file_does_not_stop_a_readable_catalog()
    {
        var documents = ImmutableArray.Create(
            CatalogParser.Parse(new CatalogSource("/a.txt", null), CancellationToken.None),
            Parse("B\n- X\n[A '20] From b", "/b.txt"));

        var result = CatalogBuilder.Build(documents, CancellationToken.None);

        // The parser reported the unreadable file (CRIU013); the builder has nothing to add.
        Assert.Equal("B", result.Model!.Title);
        Assert.Equal("CRIU013", Assert.Single(documents[0].Diagnostics).Descriptor.Id);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Files_of_one_catalog_merge_in_order_of_path_and_a_repeat_across_files_is_reported_with_its_file()
    {
        var documents = ImmutableArray.Create(
            Parse("B\n- X\n[A '20] From b\n[A '20] Shared\n- Y\n[C '21] Only in b", "/b.txt"),
            Parse("A\n- X\n[A '20] From a\n[A '20] Shared", "/a.txt"));

        var forward = CatalogBuilder.Build(documents, CancellationToken.None);
        var backward = CatalogBuilder.Build(ImmutableArray.Create(documents[1], documents[0]), CancellationToken.None);

        var model = forward.Model!;
        Assert.Equal("A", model.Title);
        Assert.Equal(["X", "Y"], model.Categories.Select(c => c.DisplayName));
        Assert.Equal(["From a", "Shared", "From b", "Only in b"], model.Papers.Select(p => p.Title));
        Assert.Equal(model, backward.Model);
        var repeat = Assert.Single(forward.Diagnostics);
        Assert.Equal("CRIU007", repeat.Descriptor.Id);
        Assert.Equal(("/b.txt", 3), (repeat.Location!.FilePath, repeat.Location.LineSpan.Start.Line));
        Assert.Equal(["Shared", "X", "4 of a.txt"], repeat.MessageArgs);
    }

    [Fact]
    public void Hard_names_give_valid_unique_identifiers_that_do_not_depend_on_order()
    {
        var longWord = string.Concat(Enumerable.Repeat("Checkpoint", 200));
        string[] categories = ["- class", "- 2024 Papers", "- 日本語", "- Информатика", "- ???", "- !!!"];
        string[] entries =
        [
            "[class '20] class: a keyword short name",
            "[record '20] record struct value",
            "[var '20] var async await nameof",
            "[2G '20] 123: digits only",
            "[5G '20] 5G Slicing in Practice",
            "[??? '20] !!! ??? ***",
            "[*** '20] --- +++ ===",
            "[日本 '20] 日本語のタイトル: 非ラテン文字",
            "[Наука '20] Привет мир: кириллица",
            "[العلوم '20] مرحبا بالعالم: عربي",
            "[X '20] Foo-Bar: one",
            "[X '20] Foo Bar: two",
            $"[X '20] {longWord}",
            $"[X '20] {longWord}s",
        ];
        var forward = Build("Hard names\n" + string.Join("\n", categories) + "\n" + string.Join("\n", entries)).Model!;
        var backward = Build("Hard names\n" + string.Join("\n", categories.Reverse()) + "\n" + string.Join("\n", entries.Reverse())).Model!;

        string[] identifiers = [.. forward.Papers.Select(p => p.Identifier), .. forward.Categories.Select(c => c.Identifier), .. forward.Venues.Select(v => v.Identifier)];
        Assert.All(identifiers, id => Assert.True(
            Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(id)
            && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(id) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None
            && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetContextualKeywordKind(id) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None,
            $"'{id}' is not a plain C# identifier"));
        Assert.Equal(entries.Length, forward.Papers.Select(p => p.Identifier).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(entries.Length, forward.Papers.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(categories.Length, forward.Categories.Select(c => c.Identifier).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(forward.Venues.Count, forward.Venues.Select(v => v.Identifier).Distinct(StringComparer.OrdinalIgnoreCase).Count());

        // The two 2,000-character titles share their first 64 characters: one keeps the capped name, the other
        // gets the collision suffix, its venue and year, after the cap.
        var longNames = forward.Papers.Where(p => p.Title.Length >= 2000).Select(p => p.Identifier).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(longWord.Substring(0, IdentifierNaming.MaxIdentifierLength), longNames[0]);
        Assert.Equal(longNames[0] + "X20", longNames[1]);
        Assert.All(forward.Papers, p => Assert.True(p.Key.Length <= IdentifierNaming.MaxIdentifierLength + 14, p.Key));

        Assert.Equal(
            forward.Papers.Select(p => (p.Title, p.Identifier, p.Key)).OrderBy(x => x.Title, StringComparer.Ordinal),
            backward.Papers.Select(p => (p.Title, p.Identifier, p.Key)).OrderBy(x => x.Title, StringComparer.Ordinal));
        Assert.Equal(
            forward.Categories.Select(c => (c.DisplayName, c.Identifier)).OrderBy(x => x.DisplayName, StringComparer.Ordinal),
            backward.Categories.Select(c => (c.DisplayName, c.Identifier)).OrderBy(x => x.DisplayName, StringComparer.Ordinal));
        Assert.Equal(
            forward.Venues.Select(v => (v.DisplayName, v.Identifier)).OrderBy(x => x.DisplayName, StringComparer.Ordinal),
            backward.Venues.Select(v => (v.DisplayName, v.Identifier)).OrderBy(x => x.DisplayName, StringComparer.Ordinal));
    }

    private static System.Collections.Generic.Dictionary<string, string> Names(string text)
        => Build(text).Model!.Papers.ToDictionary(p => p.Title, p => p.Identifier, StringComparer.Ordinal);

    private static CatalogDocument Parse(string text, string path = CatalogFiles.SeedPath)
        => CatalogParser.Parse(new CatalogSource(path, text), CancellationToken.None);

    private static CatalogBuildResult BuildMarkdown(string text)
        => CatalogBuilder.Build([Parse(text, "/catalogs/papers.md")], CancellationToken.None);

    private static CatalogBuildResult Build(string text)
        => CatalogBuilder.Build([Parse(text)], CancellationToken.None);
}
