using System;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Model;
using CriuCatalog.Generator.Parsing;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The composed awesome-list fixture (Fixtures/awesome-checkpointing.md: nested headings, a table of contents,
/// sub-bullets, two tables, every label variant) read end to end: parser, builder, and the generated catalog.
/// </summary>
public class MarkdownFixtureTests
{
    private static readonly CatalogDocument Document = CatalogParser.Parse(new CatalogSource(MarkdownFixtures.AwesomePath, MarkdownFixtures.Awesome), CancellationToken.None);

    private static readonly CatalogBuildResult Built = CatalogBuilder.Build([Document], CancellationToken.None);

    private static CatalogModel Model => Built.Model!;

    [Fact]
    public void Every_line_is_accounted_for()
        => LineAccounting.AssertEveryLineIsAccountedFor(MarkdownFixtures.Awesome, Document, Built.Diagnostics.Select(d => d.Location!.LineSpan.Start.Line));

    [Fact]
    public void Counts_of_lines_entries_papers_categories_and_venues()
    {
        Assert.Equal(CatalogFormat.Markdown, Document.Format);
        Assert.Equal("Awesome Checkpointing Systems", Document.Title);
        Assert.Equal(
            [(LineKind.Title, 1), (LineKind.Heading, 21), (LineKind.EmptyHeading, 2), (LineKind.Entry, 70), (LineKind.EntryPart, 10), (LineKind.TableOfContents, 7), (LineKind.TableHeader, 2), (LineKind.TableSeparator, 2), (LineKind.Skipped, 14), (LineKind.Reported, 2)],
            Document.Lines.GroupBy(l => l.Kind).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));

        // Flint, Drift and "Snapshots All the Way Down" are each listed twice, once with a link and once without.
        Assert.Equal(67, Model.Papers.Count);
        // "## Contents" holds only the table of contents and "## Citation" a code fence: neither is a category.
        // "Older migration papers" is a <details> section under "Migration": a category of its own.
        Assert.Equal(21, Model.Categories.Count);
        Assert.DoesNotContain(Model.Categories, c => c.DisplayName is "Contents" or "Citation");
        Assert.Equal(36, Model.Venues.Count);
    }

    [Fact]
    public void A_clean_list_has_no_warnings_only_infos_for_prose_renames_and_venue_spellings()
    {
        var all = Document.Diagnostics.Concat(Built.Diagnostics).ToList();

        Assert.DoesNotContain(all, d => d.Descriptor.DefaultSeverity >= DiagnosticSeverity.Warning);
        Assert.Equal(["CRIU009", "CRIU020", "CRIU020", "CRIU021", "CRIU021"], all.Select(d => d.Descriptor.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Titles_are_clean()
    {
        Assert.All(Model.Papers, p =>
        {
            Assert.DoesNotContain("](", p.Title, StringComparison.Ordinal);
            Assert.DoesNotContain("http", p.Title, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("*", p.Title, StringComparison.Ordinal);
            Assert.DoesNotContain("<", p.Title, StringComparison.Ordinal);
            Assert.DoesNotContain("`", p.Title, StringComparison.Ordinal);
            Assert.DoesNotContain("|", p.Title, StringComparison.Ordinal);
            Assert.False(p.Title.EndsWith('.'), p.Title);
            Assert.Equal(p.Title.Trim(), p.Title);
        });

        Assert.Contains(Model.Papers, p => p.Title == "Lanternfish: Asynchronous Snapshots of Optimizer State");
        Assert.Contains(Model.Papers, p => p.Title == "Driftwood: Incremental GPU Memory Snapshots");
        Assert.Contains(Model.Papers, p => p.Title == "Copy-on-Write Snapshots for Accelerator Memory");
        Assert.Contains(Model.Papers, p => p.Title == "Serverless Snapshots: One Step Forward, Two Steps Sideways");
        Assert.Contains(Model.Papers, p => p.Title == "Detecting Rogue Restores");
    }

    [Fact]
    public void Urls_links_ids_dois_notes_and_tracks_are_kept()
    {
        var gemstone = Paper("gemstone");
        Assert.Equal("https://example.org/gemstone", gemstone.Url);
        Assert.Equal([("code", "https://github.com/example/gemstone"), ("arxiv version", "https://arxiv.org/abs/2305.01234")], gemstone.Links.Select(l => (l.Label, l.Url)));
        Assert.Equal("2305.01234", gemstone.LinkedArXivId);
        Assert.Equal(["Authors: A. Writer, B. Coder", "Checkpoints are streamed to remote memory while training continues"], gemstone.Notes);

        Assert.Equal("10.1145/3500000.3500001", Paper("survey-process-snapshotting").Doi);
        Assert.Equal(["Survey"], Paper("survey-process-snapshotting").Tags);
        Assert.Equal("Spotlight", Paper("parcel").Primary.Note);
        Assert.Equal(["Parcel"], Paper("parcel").Notes);
        Assert.Equal(["Example University"], Paper("tidepool").Notes);
        Assert.Equal("2208.07654v2", Paper("ferry").LinkedArXivId);
        Assert.Equal(("arXiv", "2302.04567"), (Model.Venues[Paper("sprout").Primary.Venue].DisplayName, Paper("sprout").Primary.ArXivId));
    }

    [Fact]
    public void A_paper_listed_with_and_without_a_link_is_one_paper_with_the_link()
    {
        var flint = Paper("flint");
        Assert.Equal("https://example.org/flint", flint.Url);
        Assert.Equal(["Inference", "Workshop Papers"], flint.Categories.Select(c => Model.Categories[c].DisplayName));
        Assert.Single(flint.Publications);

        var drift = Paper("drift");
        Assert.Equal("https://example.org/drift", drift.Url);
        Assert.Equal(["Example University"], drift.Notes);
    }

    [Fact]
    public void Venue_spellings_that_differ_in_case_are_one_venue_shown_in_the_most_frequent_spelling()
    {
        Assert.Single(Model.Venues, v => v.IsPreprint);
        Assert.Equal("arXiv", Model.Venues.Single(v => v.IsPreprint).DisplayName);
        Assert.Equal(5, Model.Venues.Single(v => v.DisplayName == "SoCC").Papers.Count);
        Assert.DoesNotContain(Model.Venues, v => v.DisplayName == "SOCC");
        var spellings = Built.Diagnostics.Where(d => d.Descriptor.Id == "CRIU020").Select(d => (d.MessageArgs[0], d.MessageArgs[1]));
        Assert.Equal([("arXiv", "'arxiv', 'ArXiv'"), ("SoCC", "'SOCC'")], spellings);
    }

    [Fact]
    public void Categories_know_their_parent()
    {
        string ParentOf(string name) => Model.Categories.Single(c => c.DisplayName == name).Parent is var p and >= 0 ? Model.Categories[p].DisplayName : "(top)";

        Assert.Equal("GPU Checkpointing", ParentOf("Training"));
        Assert.Equal("GPU Checkpointing", ParentOf("Inference"));
        Assert.Equal("2024", ParentOf("SIGMOD"));
        Assert.Equal("By Year", ParentOf("2024"));
        Assert.Equal("Security and Forensics", ParentOf("Attacks"));
        Assert.Equal("Storage for Checkpoints", ParentOf("OSDI 2023"));
        Assert.Equal("(top)", ParentOf("Workshop Papers"));
        Assert.Equal("(top)", ParentOf("GPU Checkpointing"));
    }

    [Fact]
    public void Headings_give_unlabelled_entries_their_year_and_venue()
    {
        Assert.Equal((MarkdownParser.UnknownVenue, 2025), Publication("tessera"));
        Assert.Equal(("arXiv", 2025), Publication("mosaic"));
        Assert.Equal(("SIGMOD", 2024), Publication("anchor"));
        Assert.Equal(("arXiv", 2024), Publication("rudder"));
        Assert.Equal(("OSDI", 2023), Publication("ledger"));
        Assert.Equal(("EuroSys", 2024), Publication("compass"));
        Assert.Equal(("HPDC", 2022), Publication("astrolabe"));
    }

    [Fact]
    public void Names_come_from_the_cleaned_title_and_heading_text_only()
    {
        var identifiers = Model.Papers.Select(p => p.Identifier).Concat(Model.Categories.Select(c => c.Identifier)).Concat(Model.Venues.Select(v => v.Identifier)).ToList();

        Assert.DoesNotContain(identifiers, i => i.Contains("Https", StringComparison.Ordinal) || i.Contains("Http", StringComparison.Ordinal));
        Assert.DoesNotContain(identifiers, i => i.StartsWith('_'));
        Assert.DoesNotContain(Model.Papers, p => p.Key.Contains("arxiv-org", StringComparison.Ordinal) || p.Key.Contains("example", StringComparison.Ordinal));
        Assert.Contains("Year2025", identifiers);
        Assert.Contains("SecurityAndForensics", identifiers);
        Assert.Contains("Gemstone", identifiers);
    }

    /// <summary>
    /// What the rename to rule 2 changed in the fixture (docs/catalog-format.md, "The rename to rule 2"): acronyms kept,
    /// a word of three parts counted as three, <c>between</c> skipped; every former name kept, and no key moved.
    /// </summary>
    [Fact]
    public void The_fixtures_names_rule_2_changed_keep_their_rule_1_names_and_compile_with_only_CS0618()
    {
        Assert.Equal(
            [("CopyOnWriteSnapshotsAccelerator", "CopyOnWriteSnapshots"), ("MigratingUnikernelsBetween", "MigratingUnikernelsHypervisors")],
            Model.Papers.Where(p => p.Aliases.Count > 0).Select(p => (Assert.Single(p.Aliases).Identifier!, p.Identifier)));
        Assert.All(Model.Papers.SelectMany(p => p.Aliases), a => Assert.Null(a.Key));
        Assert.Equal(
            [("GpuCheckpointing", "GPUCheckpointing"), ("Sigmod", "SIGMOD"), ("Osdi2023", "OSDI2023"), ("Fast", "FAST")],
            Model.Categories.Where(c => c.FormerIdentifier is not null).Select(c => (c.FormerIdentifier!, c.Identifier)));
        Assert.Equal([("USENIX_Security", "USENIXSecurity")], Model.Venues.Where(v => v.FormerIdentifier is not null).Select(v => (v.FormerIdentifier!, v.Identifier)));

        const string consumer = """
            using CriuCatalog;

            internal static class Old
            {
                internal static object[] Names() => new object[]
                {
                    Papers.CopyOnWriteSnapshotsAccelerator, Papers.GpuCheckpointing.Training.CopyOnWriteSnapshotsAccelerator,
                    Papers.ByYearCategory.Year2024.Sigmod.All, Papers.StorageForCheckpoints.Fast.All, Category.Osdi2023, Venue.USENIX_Security,
                };
            }
            """;
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(MarkdownFixtures.Awesome, MarkdownFixtures.AwesomePath)], consumer);
        var (diagnostics, _) = run.Emit();
        Assert.All(diagnostics, d => Assert.Equal(("CS0618", "Consumer.cs"), (d.Id, d.Location.GetLineSpan().Path)));
        Assert.Equal(7, diagnostics.Count);
    }

    [Fact]
    public void The_fixture_compiles_at_warning_level_9999_and_reads_back()
    {
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(MarkdownFixtures.Awesome, MarkdownFixtures.AwesomePath)]);

        Assert.Null(run.Generator.Exception);
        Assert.Empty(run.Emit().Diagnostics);
        Assert.DoesNotContain(run.ReportedDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var catalog = CompiledCatalog.Load(run);
        Assert.Equal("Awesome Checkpointing Systems", catalog.CatalogTitle);
        Assert.Equal(Model.Papers.Select(p => p.Title), catalog.PaperTitles);
        Assert.Equal(Model.Categories.Select(c => c.DisplayName), catalog.DisplayNames("Category"));
    }

    [Fact]
    public void The_generated_API_gives_every_link_id_tag_note_and_track_the_list_has()
    {
        var catalog = CompiledCatalog.Load(GeneratorHarness.Run([CatalogFiles.Catalog(MarkdownFixtures.Awesome, MarkdownFixtures.AwesomePath)]));
        var papers = catalog.Papers().ToList();
        Assert.Equal(Model.Papers.Count, papers.Count);

        for (var i = 0; i < papers.Count; i++)
        {
            var model = Model.Papers[i];
            var paper = papers[i];
            Assert.Equal(model.Url, CompiledCatalog.Read(paper, "Url"));
            Assert.Equal(model.Doi, CompiledCatalog.Read(paper, "Doi"));
            Assert.Equal(model.Publications.Select(p => p.ArXivId).FirstOrDefault(id => id is not null) ?? model.LinkedArXivId, CompiledCatalog.Read(paper, "ArXivId"));
            Assert.Equal(model.Tags, ((System.Collections.IEnumerable)CompiledCatalog.Read(paper, "Tags")!).Cast<string>());
            Assert.Equal(model.Notes, ((System.Collections.IEnumerable)CompiledCatalog.Read(paper, "Notes")!).Cast<string>());
            Assert.Equal(
                model.Links.Select(l => (l.Label, l.Url)),
                ((System.Collections.IEnumerable)CompiledCatalog.Read(paper, "Links")!).Cast<object>().Select(l => ((string)CompiledCatalog.Read(l, "Label")!, (string)CompiledCatalog.Read(l, "Url")!)));
            Assert.Equal(
                model.Publications.Select(p => p.Note),
                ((System.Collections.IEnumerable)CompiledCatalog.Read(paper, "Publications")!).Cast<object>().Select(p => (string?)CompiledCatalog.Read(p, "Note")));

            // The exports carry them: BibTeX url, doi and eprint fields, and the Markdown title as a link.
            var bibTeX = (string)CompiledCatalog.Call(paper, "ToBibTeX")!;
            var markdown = (string)CompiledCatalog.Call(paper, "ToMarkdown")!;
            if (model.Doi is { } doi)
            {
                Assert.Contains("  doi = {" + doi + "},\n", bibTeX, StringComparison.Ordinal);
            }

            if (model.Url is { } url && url.IndexOfAny([' ', '{', '}', '(', ')', '\\']) < 0)
            {
                Assert.Contains("  url = {" + url + "},\n", bibTeX, StringComparison.Ordinal);
                Assert.StartsWith("[*", markdown, StringComparison.Ordinal);
                Assert.Contains("*](" + url + ")", markdown, StringComparison.Ordinal);
            }

            if (CompiledCatalog.Read(paper, "ArXivId") is string arXivId)
            {
                Assert.Contains("  eprint = {" + arXivId + "},\n", bibTeX, StringComparison.Ordinal);
            }
        }

        Assert.Contains(Model.Papers, p => p.Url is not null);
        Assert.Contains(Model.Papers, p => p.Doi is not null);
        Assert.Contains(Model.Papers, p => p.Links.Count > 0);
        Assert.Contains(Model.Papers, p => p.Tags.Count > 0);
        Assert.Contains(Model.Papers, p => p.Notes.Count > 0);
        Assert.Contains(Model.Papers, p => p.LinkedArXivId is not null && p.Publications.All(pub => pub.ArXivId is null));
        Assert.Contains(Model.Papers, p => p.Publications.Any(pub => pub.Note is not null));
    }

    [Fact]
    public void The_fixture_compiles_as_CSharp_8_for_a_target_without_NotNullWhen()
    {
        var run = GeneratorHarness.Run(
            [CatalogFiles.Catalog(MarkdownFixtures.Awesome, MarkdownFixtures.AwesomePath)],
            parseOptions: GeneratorHarness.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8),
            globalOptions: System.Collections.Immutable.ImmutableDictionary<string, string>.Empty
                .Add("build_property.TargetFrameworkIdentifier", ".NETStandard")
                .Add("build_property.TargetFrameworkVersion", "v2.0"));

        Assert.Empty(run.Emit().Diagnostics);
    }

    [Fact]
    public void The_headings_nest_the_category_classes_and_a_parent_has_its_sub_categories_papers()
    {
        var catalog = CompiledCatalog.Load(GeneratorHarness.Run([CatalogFiles.Catalog(MarkdownFixtures.Awesome, MarkdownFixtures.AwesomePath)]));
        var categoryType = catalog.Type("Category");
        var parentOf = catalog.Type("CatalogEnumExtensions").GetMethod("Parent", [categoryType])!;
        var inCategory = catalog.Type("Papers").GetMethod("InCategory", [categoryType])!;
        var checkedNested = 0;

        for (var c = 0; c < Model.Categories.Count; c++)
        {
            var category = Model.Categories[c];
            var value = Enum.Parse(categoryType, category.Identifier);
            var parent = parentOf.Invoke(null, [value]);
            Assert.Equal(category.Parent < 0 ? null : Model.Categories[category.Parent].Identifier, parent?.ToString());

            // InCategory(c): its own papers and every sub-category's, each once, in catalog order.
            var expected = Enumerable.Range(0, Model.Papers.Count)
                .Where(p => Model.Papers[p].Categories.Any(pc => IsUnder(pc, c)))
                .Select(p => Model.Papers[p].Title);
            var actual = ((System.Collections.IEnumerable)inCategory.Invoke(null, [value])!).Cast<object>().Select(p => (string)CompiledCatalog.Read(p, "Title")!);
            Assert.Equal(expected, actual);

            if (category.Parent >= 0)
            {
                // The class of a sub-category is nested in its parent's.
                var nested = catalog.Type("Papers+" + Path(c));
                Assert.Equal(catalog.Type("Papers+" + Path(category.Parent)), nested.DeclaringType);
                checkedNested++;
            }
        }

        Assert.True(checkedNested > 0, "The fixture has no nested headings.");
    }

    private static bool IsUnder(int category, int ancestor)
    {
        for (var c = category; c >= 0; c = Model.Categories[c].Parent)
        {
            if (c == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static string Path(int category)
        => Model.Categories[category].Parent < 0
            ? Model.Categories[category].Identifier
            : Path(Model.Categories[category].Parent) + "+" + Model.Categories[category].Identifier;

    [Fact]
    public void A_generated_2000_entry_Markdown_list_builds_without_a_warning()
    {
        var labels = new[] { "[OSDI '23]", "[OSDI'23]", "[OSDI \u201923]", "[NeurIPS 2017]", "[SoCC '2024]", "[arXiv 2023.02]", "[arXiv23]", "[arxiv, 2022]", "[NeurIPS'25 Spotlight]", "[CPAL'24 (PMLR)]" };
        var text = new System.Text.StringBuilder("# Generated Awesome List\n\n- [Topics](#topics)\n");
        var entries = 0;
        for (var topic = 0; entries < 2000; topic++)
        {
            text.Append(CultureInfo($"## Topic {topic}\n"));
            for (var sub = 0; sub < 4 && entries < 2000; sub++)
            {
                text.Append(CultureInfo($"### {2020 + sub}\n"));
                for (var i = 0; i < 10 && entries < 2000; i++, entries++)
                {
                    text.Append(CultureInfo((entries % 3) switch
                    {
                        0 => $"- {labels[entries % labels.Length]} [Restore Method {entries}: Checkpoints](https://example.org/{entries}) [[code](https://github.com/x/{entries})]\n  - Authors: A. Writer\n",
                        1 => $"* [Restore Method {entries}: Checkpoints](https://arxiv.org/abs/2401.{10000 + entries})\n",
                        _ => $"1. **Restore Method {entries}: Checkpoints** (EuroSys'{entries % 10 + 15})\n",
                    }));
                }
            }
        }

        var catalog = text.ToString();
        var document = CatalogParser.Parse(new CatalogSource("/catalogs/generated.md", catalog), CancellationToken.None);
        LineAccounting.AssertEveryLineIsAccountedFor(catalog, document);
        Assert.Equal(2000, document.Entries.Count);

        var run = GeneratorHarness.Run([CatalogFiles.Catalog(catalog, "/catalogs/generated.md")]);
        Assert.Empty(run.Emit().Diagnostics);
        Assert.DoesNotContain(run.ReportedDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(2000, CompiledCatalog.Load(run).PaperTitles.Count);
    }

    private static string CultureInfo(System.FormattableString text) => System.FormattableString.Invariant(text);

    private static PaperModel Paper(string key) => Model.Papers.Single(p => p.Key == key);

    private static (string Venue, int Year) Publication(string key)
        => (Model.Venues[Paper(key).Primary.Venue].DisplayName, Paper(key).Primary.Year);
}
