using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Parsing;
using CriuCatalog.Generator.Tests.Infrastructure;

namespace CriuCatalog.Generator.Tests;

/// <summary>The Markdown family of lists, one shape at a time (docs/catalog-format.md, "Markdown lists").</summary>
public class MarkdownParserTests
{
    private const string MarkdownPath = "/catalogs/papers.md";

    [Theory]
    [InlineData("- [OSDI '23] Title", "OSDI", 2023, 0, null)]
    [InlineData("- [OSDI'23] Title", "OSDI", 2023, 0, null)]
    [InlineData("- [OSDI \u201923] Title", "OSDI", 2023, 0, null)]
    [InlineData("- [NeurIPS 2017] Title", "NeurIPS", 2017, 0, null)]
    [InlineData("- [SoCC '2024] Title", "SoCC", 2024, 0, null)]
    [InlineData("- [arXiv 2023.02] Title", "arXiv", 2023, 2, null)]
    [InlineData("- [arXiv23] Title", "arXiv", 2023, 0, null)]
    [InlineData("- [arxiv, 2022] Title", "arxiv", 2022, 0, null)]
    [InlineData("- [NeurIPS'25 Spotlight] Title", "NeurIPS", 2025, 0, "Spotlight")]
    [InlineData("- [FAST'25 WiP] Title", "FAST", 2025, 0, "WiP")]
    [InlineData("- [ACL 2023 Demo] Title", "ACL", 2023, 0, "Demo")]
    [InlineData("- [CPAL'24 (PMLR)] Title", "CPAL", 2024, 0, "PMLR")]
    [InlineData("- [Journal of Systems and Software \u201824(CCF B)] Title", "Journal of Systems and Software", 2024, 0, "CCF B")]
    [InlineData("- [O'Reilly '24] Title", "O'Reilly", 2024, 0, null)]
    [InlineData("* [OSDI '23] Title", "OSDI", 2023, 0, null)]
    [InlineData("+ [OSDI '23] Title", "OSDI", 2023, 0, null)]
    [InlineData("1. [OSDI '23] Title", "OSDI", 2023, 0, null)]
    [InlineData("12) [OSDI '23] Title", "OSDI", 2023, 0, null)]
    [InlineData("[OSDI '23] Title", "OSDI", 2023, 0, null)]
    [InlineData("- \u3010VLDB 2023\u3011 Title", "VLDB", 2023, 0, null)]
    public void Labels_before_the_title(string line, string venue, int year, int month, string? note)
    {
        var entry = SingleEntry(line);

        Assert.Equal((venue, year, month, note, "Title"), (entry.Venue, entry.Year, entry.Month, entry.Note, entry.Title));
    }

    [Theory]
    [InlineData("- [arXiv:2202.07848 '22] Title", "2202.07848", 2022)]
    [InlineData("- [arXiv:2202.07848] Title", "2202.07848", 2022)]
    [InlineData("- [arXiv 2301.05861] Title", "2301.05861", 2023)]
    [InlineData("- [2301.05861] Title", "2301.05861", 2023)]
    [InlineData("- [2312.00001v2] Title", "2312.00001v2", 2023)]
    [InlineData("- [arXiv '24] [Title](https://arxiv.org/abs/2401.01234)", "2401.01234", 2024)]
    [InlineData("- [arXiv '24] [Title](https://arxiv.org/pdf/2401.01234v3.pdf)", "2401.01234v3", 2024)]
    public void An_arXiv_id_comes_from_the_label_or_else_from_an_arxiv_link(string line, string id, int year)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("arXiv", id, year), (entry.Venue, entry.ArXivId, entry.Year));
    }

    [Fact]
    public void Tags_before_the_label_are_tags_and_emoji_shortcodes_are_not_part_of_them()
    {
        var entry = SingleEntry("- [Survey :mag:] [Tutorial] [ACM CSUR'23] [Deep Checkpoint Scheduling: A Survey](https://example.org/s)");

        Assert.Equal(["Survey", "Tutorial"], entry.Tags);
        Assert.Equal(("ACM CSUR", 2023, "Deep Checkpoint Scheduling: A Survey", "https://example.org/s"), (entry.Venue, entry.Year, entry.Title, entry.Url));
    }

    [Theory]
    [InlineData("- [OSDI '23] [Fast Restore](https://example.org/p)", "https://example.org/p")]
    [InlineData("- [OSDI '23] **Fast Restore**", null)]
    [InlineData("- [OSDI '23] *Fast Restore*", null)]
    [InlineData("- [OSDI '23] _Fast Restore_", null)]
    [InlineData("- [OSDI '23] Fast Restore.", null)]
    [InlineData("- [OSDI '23] Fast Restore <br />", null)]
    [InlineData("- [OSDI '23] Fast Restore<br>", null)]
    [InlineData("- [OSDI '23] **[Fast Restore](https://example.org/p)**", "https://example.org/p")]
    [InlineData("- [OSDI '23] [**Fast Restore**](https://example.org/p).", "https://example.org/p")]
    [InlineData("- [OSDI '23] \"Fast Restore\"", null)]
    public void Title_shapes(string line, string? url)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", url), (entry.Title, entry.Url));
    }

    [Fact]
    public void A_plain_trailing_parenthesis_stays_in_the_title_but_a_code_name_is_a_note()
    {
        var plain = SingleEntry("- [ARES '24] Forensics of Container Checkpoints (ConPoint)");
        var code = SingleEntry("- [ATC '24] Parcae: Preemptible Training (`Parcae`)");

        Assert.Equal("Forensics of Container Checkpoints (ConPoint)", plain.Title);
        Assert.Equal("Parcae: Preemptible Training", code.Title);
        Assert.Equal(["Parcae"], code.Notes);
    }

    [Fact]
    public void Trailing_annotations_are_notes_and_links_never_the_title()
    {
        var entry = SingleEntry(
            "- [SoCC '23] [Ballast: Memory-Frugal Staging](https://example.org/b) [also in HotOS'23] [[code](https://github.com/x/b)] [[slides](https://example.org/s.pdf)] " +
            "![stars](https://img.shields.io/github/stars/x/b) \U0001F525 :rocket: | UC Somewhere");

        Assert.Equal("Ballast: Memory-Frugal Staging", entry.Title);
        Assert.Equal("https://example.org/b", entry.Url);
        Assert.Equal(
            [("code", "https://github.com/x/b"), ("slides", "https://example.org/s.pdf"), ("stars", "https://img.shields.io/github/stars/x/b")],
            entry.Links.Select(l => (l.Label, l.Url)));
        Assert.Equal(["also in HotOS'23", "\U0001F525", ":rocket:", "UC Somewhere"], entry.Notes);
        Assert.Equal(("SoCC", 2023), (entry.Venue, entry.Year));
    }

    [Fact]
    public void A_badge_wrapped_in_a_link_keeps_the_outer_link()
    {
        var entry = SingleEntry("- [OSDI '23] [Tidepool](https://example.org/t) [![code](https://img.shields.io/badge/code-x-black)](https://github.com/x/t)");

        Assert.Equal([("code", "https://github.com/x/t")], entry.Links.Select(l => (l.Label, l.Url)));
    }

    [Fact]
    public void Sub_bullets_belong_to_the_entry_above_them()
    {
        var document = Parse(
            "# T\n## C\n" +
            "- [OSDI '23] [Gemstone: Fast Checkpoints](https://example.org/g)\n" +
            "  - [arxiv version](https://arxiv.org/abs/2305.01234)\n" +
            "  - [code](https://github.com/example/gemstone)\n" +
            "  - Authors: A. Writer, B. Coder\n" +
            "  - Streams checkpoints to remote memory.\n" +
            "    continued on a second line\n" +
            "- [OSDI '23] Next entry\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(2, document.Entries.Count);
        var entry = document.Entries[0];
        Assert.Equal("2305.01234", entry.LinkedArXivId);
        Assert.Null(entry.ArXivId);
        Assert.Equal([("arxiv version", "https://arxiv.org/abs/2305.01234"), ("code", "https://github.com/example/gemstone")], entry.Links.Select(l => (l.Label, l.Url)));
        Assert.Equal(["Authors: A. Writer, B. Coder", "Streams checkpoints to remote memory", "continued on a second line"], entry.Notes);
        Assert.Equal([LineKind.Title, LineKind.Heading, LineKind.Entry, LineKind.EntryPart, LineKind.EntryPart, LineKind.EntryPart, LineKind.EntryPart, LineKind.EntryPart, LineKind.Entry], document.Lines.Select(l => l.Kind));
        Assert.Single(document.Categories);
    }

    [Fact]
    public void A_doi_link_gives_the_doi()
    {
        var entry = SingleEntry("- [TOCS '22] [Durable Snapshots](https://doi.org/10.1145/3511111.3522222)");

        Assert.Equal("10.1145/3511111.3522222", entry.Doi);
    }

    [Fact]
    public void Table_of_contents_bullets_are_neither_entries_nor_categories()
    {
        var document = Parse("# T\n- [Data Processing](#data-processing)\n  - [Nested](#nested)\n* **[Bold](#bold)**\n[Home](#home) | [Papers](#papers)\n## Data Processing\n- [OSDI '23] X\n");

        Assert.Equal(["Data Processing"], document.Categories.Select(c => c.Name));
        Assert.Single(document.Entries);
        Assert.Empty(document.Diagnostics);
        Assert.Equal(4, document.Lines.Count(l => l.Kind == LineKind.TableOfContents));
    }

    [Fact]
    public void Headings_nest_and_the_first_top_heading_is_the_title()
    {
        var document = Parse("# My Papers\n## Systems\n### Storage\n#### Flash\n- [OSDI '23] A\n### Networks\n- [OSDI '23] B\n## Theory\n- [OSDI '23] C\n# Appendix\n== Wiki Section ==\n=== Wiki Sub ===\n- [OSDI '23] D\n");

        Assert.Equal("My Papers", document.Title);
        Assert.Equal(
            [("Systems", 2, -1), ("Storage", 3, 0), ("Flash", 4, 1), ("Networks", 3, 0), ("Theory", 2, -1), ("Appendix", 1, -1), ("Wiki Section", 2, 5), ("Wiki Sub", 3, 6)],
            document.Categories.Select(c => (c.Name, c.Level, c.Parent)));
    }

    [Fact]
    public void Heading_names_come_from_their_text_only()
    {
        var document = Parse("# T\n## [Data Processing](#data-processing)\n- [OSDI '23] A\n## \U0001F512 Security <a name=\"security\"></a>\n- [OSDI '23] B\n## **Bold** heading ##\n- [OSDI '23] C\n## C#\n- [OSDI '23] D\n");

        Assert.Equal(["Data Processing", "Security", "Bold heading", "C#"], document.Categories.Select(c => c.Name));
    }

    [Theory]
    [InlineData("## Inference [\u2191](#contents)", "Inference")]
    [InlineData("## Inference <a href=\"#top\">back to top</a>", "Inference")]
    [InlineData("## 1. Training Systems", "Training Systems")]
    [InlineData("### 1.2. Training Systems", "Training Systems")]
    [InlineData("### 1.2 Training Systems", "Training Systems")]
    [InlineData("## 4) Training Systems", "Training Systems")]
    [InlineData("## Training Systems (3 papers)", "Training Systems")]
    [InlineData("## Training Systems (12)", "Training Systems")]
    [InlineData("## 3D Vision", "3D Vision")]
    [InlineData("## 5G Networks (2 items)", "5G Networks")]
    [InlineData("## 2 Phase Commit", "2 Phase Commit")]
    [InlineData("## Systems (2023)", "Systems (2023)")]
    [InlineData("## Systems (new)", "Systems (new)")]
    [InlineData("## 100. Training", "100. Training")]
    public void A_heading_keeps_its_name_without_the_lists_numbers_and_links(string heading, string name)
    {
        var document = Parse("# T\n" + heading + "\n- [OSDI '23] Fast Restore\n");

        Assert.Equal(name, Assert.Single(document.Categories).Name);
    }

    [Fact]
    public void Entries_without_a_label_take_the_year_or_venue_from_the_headings_above()
    {
        var document = Parse(
            "# T\n## 2025\n- [Tessera: Agents](https://example.org/t)\n- [Mosaic: Graphs](https://arxiv.org/abs/2501.01111)\n" +
            "## 2024\n### SIGMOD\n- [Anchor: Stores](https://example.org/a)\n### OSDI 2023\n- [Ledger](https://example.org/l)\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(
            [("Tessera: Agents", MarkdownParser.UnknownVenue, 2025, null), ("Mosaic: Graphs", "arXiv", 2025, "2501.01111"), ("Anchor: Stores", "SIGMOD", 2024, null), ("Ledger", "OSDI", 2023, null)],
            document.Entries.Select(e => (e.Title, e.Venue, e.Year, e.ArXivId)));
    }

    [Theory]
    [InlineData("GPU")]
    [InlineData("LLM")]
    [InlineData("RDMA")]
    [InlineData("CUDA")]
    public void A_one_word_topic_heading_written_like_an_acronym_names_no_venue(string heading)
    {
        var document = Parse("# T\n## " + heading + "\n- [Fast Restore](https://example.org/f) (2022)\n");

        var entry = Assert.Single(document.Entries);
        Assert.Equal((MarkdownParser.UnknownVenue, 2022), (entry.Venue, entry.Year));
        Assert.Equal(heading, Assert.Single(document.Categories).Name);
    }

    [Theory]
    [InlineData("OSDI")]
    [InlineData("NeurIPS")]
    [InlineData("arXiv")]
    [InlineData("USENIX ATC 2022")]
    [InlineData("SIGIR")]
    [InlineData("EuroMLSys")]
    [InlineData("eBPF")]
    public void A_heading_that_is_a_known_venue_still_names_it(string heading)
        => Assert.NotEqual(MarkdownParser.UnknownVenue, Assert.Single(Parse("# T\n## " + heading + "\n- [Fast Restore](https://example.org/f) (2022)\n").Entries).Venue);

    [Fact]
    public void A_bold_line_over_a_list_is_a_category_under_the_heading_above()
    {
        var document = Parse("# T\n## Systems\n**Scheduling**\n- [OSDI '23] A\n\n__Storage:__\n\n- [SoCC '24] B\n## Learning\n- [ICML '22] C\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(
            [("Systems", 2, -1), ("Scheduling", 3, 0), ("Storage", 3, 0), ("Learning", 2, -1)],
            document.Categories.Select(c => (c.Name, c.Level, c.Parent)));
        Assert.Equal([("A", 1), ("B", 2), ("C", 3)], document.Entries.Select(e => (e.Title, e.CategoryIndex)));
        Assert.Equal(LineKind.Heading, document.Lines.Single(l => l.Line == 2).Kind);
    }

    [Fact]
    public void A_bold_line_with_no_heading_above_is_a_top_category_and_a_bold_heading_that_names_a_venue_gives_it()
    {
        var document = Parse("# T\n**OSDI 2023**\n- [Fast Restore](https://example.org/f)\n");

        Assert.Equal(("OSDI 2023", 2, -1), (Assert.Single(document.Categories).Name, document.Categories[0].Level, document.Categories[0].Parent));
        Assert.Equal(("OSDI", 2023), (Assert.Single(document.Entries).Venue, document.Entries[0].Year));
    }

    [Theory]
    [InlineData("**Note:** read the guide first.\n- [OSDI '23] A\n")]
    [InlineData("**Gemstone: Fast Checkpoints for Training**\nOSDI 2023\n")]
    [InlineData("**A [linked](https://example.org) heading**\n- [OSDI '23] A\n")]
    [InlineData("**One two three four five six seven eight nine**\n- [OSDI '23] A\n")]
    public void A_bold_line_that_is_not_alone_over_a_list_makes_no_category(string body)
        => Assert.Empty(Parse("# T\n" + body).Categories);

    [Theory]
    [InlineData("- [Fast Restore][fr] (OSDI 2023)", "https://example.org/f")]
    [InlineData("- [Fast Restore][] (OSDI 2023)", "https://example.org/fast")]
    [InlineData("- [Fast Restore] (OSDI 2023)", "https://example.org/fast")]
    [InlineData("- [Fast Restore][FR] (OSDI 2023)", "https://example.org/f")]
    public void A_reference_link_is_the_titles_link_and_its_definition_is_skipped(string line, string url)
    {
        var text = "# T\n## C\n" + line + "\n\n[fr]: https://example.org/f\n[fast  restore]: <https://example.org/fast> \"The paper\"\n";
        var document = Parse(text);

        Assert.Empty(document.Diagnostics);
        var entry = Assert.Single(document.Entries);
        Assert.Equal(("Fast Restore", "OSDI", 2023, url), (entry.Title, entry.Venue, entry.Year, entry.Url));
        Assert.Equal([LineKind.Skipped, LineKind.Skipped], document.Lines.Where(l => l.Line >= 4).Select(l => l.Kind));
        LineAccounting.AssertEveryLineIsAccountedFor(text, document);
    }

    [Fact]
    public void A_bracket_that_names_no_definition_and_a_definition_in_a_code_fence_are_read_as_before()
    {
        var document = Parse("# T\n## C\n- [OSDI '23] Fast Restore\n\n```\n[osdi '23]: https://example.org/x\n```\n[note]: see below\n");

        var entry = Assert.Single(document.Entries);
        Assert.Equal(("Fast Restore", "OSDI", null), (entry.Title, entry.Venue, entry.Url));
        Assert.Contains(document.Diagnostics, d => d.Descriptor.Id == "CRIU021" && d.Location!.LineSpan.Start.Line == 7);
    }

    [Fact]
    public void An_entry_with_no_year_anywhere_is_reported_at_its_line()
    {
        var document = Parse("# T\n## Scheduling\n  - [Lattice: Spot Instances](https://example.org/l)\n");

        Assert.Empty(document.Entries);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("CRIU019", diagnostic.Descriptor.Id);
        Assert.Equal("Lattice: Spot Instances", diagnostic.MessageArgs[0]);
        Assert.Equal((2, 2, 2, 52), Span(diagnostic));
        Assert.Equal(LineKind.Reported, document.Lines.Single(l => l.Line == 2).Kind);
    }

    [Theory]
    [InlineData("- Serverless Computing: One Step Forward, Two Steps Back (CIDR'19)", "Serverless Computing: One Step Forward, Two Steps Back", "CIDR", 2019)]
    [InlineData("- Migrating Unikernels Between Hypervisors. OSDI 2019", "Migrating Unikernels Between Hypervisors", "OSDI", 2019)]
    [InlineData("- Checkpointing Network Namespaces, OSDI '23", "Checkpointing Network Namespaces", "OSDI", 2023)]
    [InlineData("- [Fast Restore](https://example.org/f) (EuroSys'24)", "Fast Restore", "EuroSys", 2024)]
    [InlineData("- [Fast Restore](https://example.org/f), ATC 2022", "Fast Restore", "ATC", 2022)]
    [InlineData("- [Fast Restore](https://example.org/f) [NSDI '21]", "Fast Restore", "NSDI", 2021)]
    [InlineData("- Fast Restore \u2014 *VLDB 2023* \u2014 [[paper]](https://example.org/f)", "Fast Restore", "VLDB", 2023)]
    [InlineData("- Fast Restore - VLDB 2023 - [pdf](https://example.org/f)", "Fast Restore", "VLDB", 2023)]
    [InlineData("- Fast Restore, ACM Computing Surveys, 2022.", "Fast Restore", "ACM Computing Surveys", 2022)]
    [InlineData("- Fast Restore, Communications of the ACM, 2021", "Fast Restore", "Communications of the ACM", 2021)]
    public void A_label_after_the_title(string line, string title, string venue, int year)
    {
        var entry = SingleEntry(line);

        Assert.Equal((title, venue, year), (entry.Title, entry.Venue, entry.Year));
    }

    [Theory]
    [InlineData("- [Fast Restore](https://example.org/f) &middot; OSDI 2023")]
    [InlineData("- [Fast Restore](https://example.org/f) \u00B7 OSDI 2023")]
    [InlineData("- [Fast Restore](https://example.org/f) \u2022 OSDI 2023")]
    [InlineData("- Fast Restore \u00B7 OSDI 2023")]
    [InlineData("- Fast Restore \u2022 OSDI 2023")]
    [InlineData("- OSDI 2023 \u00B7 [Fast Restore](https://example.org/f)")]
    public void A_middle_dot_or_a_bullet_sets_a_label_apart_as_a_dash_does(string line)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", "OSDI", 2023), (entry.Title, entry.Venue, entry.Year));
    }

    [Fact]
    public void Authors_between_middle_dots_are_a_note()
    {
        var entry = SingleEntry("- [Fast Restore](https://example.org/f) \u00B7 Ana Souza, Li Wei \u00B7 OSDI 2023");

        Assert.Equal(("Fast Restore", "OSDI", 2023), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal(["Ana Souza, Li Wei"], entry.Notes);
    }

    [Theory]
    [InlineData("- ![new](new.gif) [Fast Restore](https://example.org/f)", "Unknown", 2021)]
    [InlineData("- <img src=\"new.gif\" width=\"16\"> [Fast Restore](https://example.org/f)", "Unknown", 2021)]
    [InlineData("- [OSDI '23] <img src=\"new.gif\"> [Fast Restore](https://example.org/f)", "OSDI", 2023)]
    [InlineData("- ![](https://img.shields.io/badge/OSDI-2023-green) [Fast Restore](https://example.org/f)", "OSDI", 2023)]
    [InlineData("- <img src=\"https://img.shields.io/badge/OSDI-2023-green\"> [Fast Restore](https://example.org/f)", "OSDI", 2023)]
    [InlineData("- <img src=\"https://img.shields.io/badge/Paper-2023-blue\"> [SOSP '22] [Fast Restore](https://example.org/f)", "SOSP", 2022)]
    [InlineData("- <img src=\"https://img.shields.io/badge/NEW-2024-red\"> [Fast Restore](https://example.org/f) (SOSP 2022)", "SOSP", 2022)]
    [InlineData("- ![](https://img.shields.io/badge/Paper-2023-blue) [Fast Restore](https://example.org/f), SOSP 2022", "SOSP", 2022)]
    [InlineData("- ![](https://img.shields.io/badge/NEW-2024-red) [Fast Restore](https://example.org/f)", "Unknown", 2021)]
    [InlineData("- ![](https://img.shields.io/badge/OSDI-2023-green) OSDI 2023: [Fast Restore](https://example.org/f)", "OSDI", 2023)]
    [InlineData("- ![](https://img.shields.io/badge/OSDI-2023-green) **SOSP 2022** [Fast Restore](https://example.org/f)", "SOSP", 2022)]
    public void An_image_before_the_title_is_a_mark_or_a_badge_never_the_title(string line, string venue, int year)
    {
        var document = Parse("# Title\n## 2021\n" + line + "\n");

        Assert.Empty(document.Diagnostics);
        var entry = Assert.Single(document.Entries);
        Assert.Equal(("Fast Restore", "https://example.org/f", venue, year), (entry.Title, entry.Url, entry.Venue, entry.Year));
        Assert.Empty(entry.Links);
    }

    [Fact]
    public void An_html_image_after_the_title_that_is_no_badge_is_no_link()
    {
        var entry = SingleEntry("- [OSDI '23] [Fast Restore](https://example.org/f) <img src=\"new.gif\"> <img src=https://example.org/stars.svg>");

        Assert.Equal(("Fast Restore", "OSDI", 2023), (entry.Title, entry.Venue, entry.Year));
        Assert.Empty(entry.Links);
    }

    [Theory]
    [InlineData("- OSDI 2023 [Fast Restore](https://example.org/f)")]
    [InlineData("- OSDI'23 [Fast Restore](https://example.org/f)")]
    [InlineData("- 2023 OSDI [Fast Restore](https://example.org/f)")]
    [InlineData("- 2023, OSDI, [Fast Restore](https://example.org/f)")]
    [InlineData("- 2023 OSDI: [Fast Restore](https://example.org/f)")]
    [InlineData("- OSDI '23 [Fast Restore](https://example.org/f)")]
    public void A_label_alone_right_before_a_linked_title_is_its_label(string line)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", "https://example.org/f", "OSDI", 2023), (entry.Title, entry.Url, entry.Venue, entry.Year));
        Assert.Empty(entry.Notes);
    }

    [Theory]
    [InlineData("- USENIX ATC 2023 [Fast Restore](https://example.org/f)", "USENIX ATC")]
    [InlineData("- SC 2023 [Fast Restore](https://example.org/f)", "SC")]
    [InlineData("- SC-W '23 [Fast Restore](https://example.org/f)", "SC-W")]
    public void A_venue_alone_before_a_linked_title_may_be_short_or_follow_its_society(string line, string venue)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, 2023), (entry.Title, entry.Venue, entry.Year));
    }

    [Theory]
    [InlineData("- Fast Restore 2023 [pdf](https://example.org/f)", "Fast Restore 2023")]
    [InlineData("- Notes on OSDI 2023 [Fast Restore](https://example.org/f)", "Notes on OSDI 2023")]
    [InlineData("- Slow Join OSDI 2023 [Fast Restore](https://example.org/f)", "Slow Join OSDI 2023")]
    [InlineData("- NEW 2023 [Fast Restore](https://example.org/f)", "NEW 2023")]
    [InlineData("- AI 2023 [Fast Restore](https://example.org/f)", "AI 2023")]
    [InlineData("- 2023 GPT-4 [Fast Restore](https://example.org/f)", "2023 GPT-4")]
    public void Words_before_a_link_that_are_more_than_a_label_stay_in_the_title(string line, string title)
    {
        var document = Parse("# Title\n## 2023\n" + line + "\n");

        Assert.Equal(title, Assert.Single(document.Entries).Title);
    }

    [Theory]
    [InlineData("*EuroSys 2019* \u00B7 [pdf](https://example.org/p)", "text")]
    [InlineData("- [OSDI '23] \u00B7", "a bullet with no title")]
    [InlineData("- [OSDI '23] \U0001F680", "a bullet with no title")]
    [InlineData("- [OSDI '23] [pdf](https://example.org/p) [code](https://example.org/c)", "a bullet with no title")]
    [InlineData("- [OSDI '23] ![pdf](pdf.png) [Paper](https://example.org/p)", "a bullet with no title")]
    public void A_line_whose_title_is_marks_or_a_link_name_is_no_paper(string line, string what)
    {
        var document = Parse("# Title\n## Category\n" + line + "\n");

        Assert.Empty(document.Entries);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(("CRIU021", what), (diagnostic.Descriptor.Id, diagnostic.MessageArgs[0]));
    }

    [Theory]
    [InlineData("- Checkpointing Network Namespaces (OSDI '23).")]
    [InlineData("- Checkpointing Network Namespaces (OSDI '23),")]
    [InlineData("1. Checkpointing Network Namespaces (OSDI '23);")]
    [InlineData("- Checkpointing Network Namespaces. In Proceedings of the 17th USENIX Symposium on Operating Systems Design and Implementation (OSDI '23).")]
    [InlineData("- Checkpointing Network Namespaces. In Proceedings of the 2023 USENIX Symposium on Operating Systems Design and Implementation (OSDI '23)")]
    [InlineData("- Checkpointing Network Namespaces, in Proc. of the Symposium on Operating Systems Design and Implementation (OSDI '23).")]
    [InlineData("- Checkpointing Network Namespaces. In OSDI (2023).")]
    [InlineData("- Checkpointing Network Namespaces. In OSDI '23 (2023).")]
    [InlineData("- Checkpointing Network Namespaces. In USENIX OSDI (2023).", "USENIX OSDI")]
    [InlineData("- Checkpointing Network Namespaces. In IEEE Transactions on Computers (2023).", "IEEE Transactions on Computers")]
    [InlineData("- Checkpointing Network Namespaces. In: Proceedings of the 17th USENIX Symposium on Operating Systems Design and Implementation (OSDI '23).")]
    [InlineData("- Checkpointing Network Namespaces. In Proceedings of OSDI '23 (2023).")]
    [InlineData("- Checkpointing Network Namespaces. In Proceedings of the 2023 USENIX Symposium on Operating Systems Design and Implementation (OSDI).")]
    [InlineData("- Checkpointing Network Namespaces. OSDI '23 (2023).")]
    [InlineData("- Checkpointing Network Namespaces. USENIX OSDI 2023 (OSDI '23).")]
    public void A_label_in_parentheses_at_the_end_of_a_plain_title_survives_a_stop_and_the_proceedings_before_it(string line, string venue = "OSDI")
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Checkpointing Network Namespaces", venue, 2023), (entry.Title, entry.Venue, entry.Year));
        Assert.Empty(entry.Notes);
    }

    [Theory]
    [InlineData("- Fast Restore. Ana Souza, Li Wei (OSDI '23).", "Ana Souza, Li Wei")]
    [InlineData("- Fast Restore. Ana Souza, Li Wei. In Proceedings of the 17th USENIX Symposium on Operating Systems Design and Implementation (OSDI '23).", "Ana Souza, Li Wei")]
    [InlineData("- Fast Restore, A. Writer, B. Coder, in Proc. OSDI (2023).", "A. Writer, B. Coder")]
    [InlineData("- Fast Restore, A. Writer, B. Coder, in Proc. OSDI (2023)", "A. Writer, B. Coder")]
    public void Authors_before_a_label_in_parentheses_are_a_note(string line, string authors)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", "OSDI", 2023), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal([authors], entry.Notes);
    }

    [Theory]
    [InlineData("- Fast Restore. Slow Join (OSDI '23).", "Fast Restore. Slow Join")]
    [InlineData("- Fast Restore, GPU (OSDI '23).", "Fast Restore, GPU")]
    [InlineData("- Fast Restore. In GPU Clusters (OSDI '23)", "Fast Restore. In GPU Clusters")]
    [InlineData("- Fast Restore. In Processes We Trust (OSDI '23)", "Fast Restore. In Processes We Trust")]
    [InlineData("- Fast Restore, Part II (OSDI '23).", "Fast Restore, Part II")]
    [InlineData("- Fast Restore. MPI (OSDI '23)", "Fast Restore. MPI")]
    [InlineData("- Fast Restore. Slow Join. In Proc. OSDI (2023).", "Fast Restore. Slow Join")]
    [InlineData("- Fast Restore. Ana Souza. In Proceedings of OSDI (2023).", "Fast Restore. Ana Souza")]
    [InlineData("- Fast Restore (ConPoint). OSDI 2023.", "Fast Restore (ConPoint)")]
    public void Words_that_may_be_the_title_stay_in_it(string line, string title)
    {
        var entry = SingleEntry(line);

        Assert.Equal((title, "OSDI", 2023), (entry.Title, entry.Venue, entry.Year));
        Assert.Empty(entry.Notes);
    }

    [Theory]
    [InlineData("- Spot Instances, AWS (2023).", "Spot Instances, AWS")]
    [InlineData("- Spot Instances, Part II (2023).", "Spot Instances, Part II")]
    [InlineData("- Spot Instances, Revisited for AWS Lambda (2023)", "Spot Instances, Revisited for AWS Lambda")]
    [InlineData("- Spot Instances, OSDI (2023)", "Spot Instances, OSDI")]
    [InlineData("- Spot Instances. MPI (2023)", "Spot Instances. MPI")]
    [InlineData("- Spot Instances, Collective Communications, 2023", "Spot Instances, Collective Communications")]
    [InlineData("- Spot Instances, Computing Surveys Revisited, 2023", "Spot Instances, Computing Surveys Revisited")]
    [InlineData("- Spot Instances. MPI (2023).", "Spot Instances. MPI")]
    [InlineData("- Spot Instances. In GPU Clusters (2023)", "Spot Instances. In GPU Clusters")]
    public void A_comma_before_parentheses_with_only_a_year_leaves_the_title_whole(string line, string title)
    {
        var entry = SingleEntry(line);

        Assert.Equal((title, "Unknown", 2023), (entry.Title, entry.Venue, entry.Year));
        Assert.Empty(entry.Notes);
    }

    [Theory]
    [InlineData("- Spot Instances, Live Migration, Fast Restore. OSDI '23 (2023).")]
    [InlineData("- Spot Instances, Live Migration, Fast Restore, in Proc. OSDI (2023)")]
    public void Pieces_of_a_title_after_commas_are_not_authors_without_initials(string line)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Spot Instances, Live Migration, Fast Restore", "OSDI", 2023), (entry.Title, entry.Venue, entry.Year));
        Assert.Empty(entry.Notes);
    }

    [Fact]
    public void Authors_with_initials_after_a_stop_before_In_are_one_note()
    {
        var entry = SingleEntry("- Fast Restore. A. Writer, B. Coder. In Proc. OSDI (2023)");

        Assert.Equal(("Fast Restore", "OSDI", 2023), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal(["A. Writer, B. Coder"], entry.Notes);
    }

    [Theory]
    [InlineData("- **Fast Restore**. A. Writer, B. Coder. *OSDI 2023*. [[paper](https://example.org/p)] [[code](https://github.com/x/f)]", "OSDI", 2023, "A. Writer, B. Coder")]
    [InlineData("- [Fast Restore](https://example.org/p). A. Writer, B. Coder. OSDI 2023.", "OSDI", 2023, "A. Writer, B. Coder")]
    [InlineData("- [Fast Restore](https://example.org/p) - A. Writer et al., ATC '22", "ATC", 2022, "A. Writer et al")]
    [InlineData("- Fast Restore. A. Writer, B. Coder. OSDI 2023", "OSDI", 2023, "A. Writer, B. Coder")]
    public void Authors_between_the_title_and_a_trailing_label_are_a_note(string line, string venue, int year, string authors)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, year), (entry.Title, entry.Venue, entry.Year));
        Assert.Contains(authors, entry.Notes);
    }

    [Theory]
    [InlineData("- Fast Restore. In Proceedings of OSDI'23", "OSDI", 2023)]
    [InlineData("- [Fast Restore](https://example.org/f), In OSDI 2023", "OSDI", 2023)]
    [InlineData("- [Fast Restore](https://example.org/f). In: SOSP '23", "SOSP", 2023)]
    [InlineData("- [Fast Restore](https://example.org/f). Proc. of the EuroSys '24", "EuroSys", 2024)]
    [InlineData("- [Fast Restore](https://example.org/f) (Proceedings of ATC 2022)", "ATC", 2022)]
    [InlineData("- [In Proceedings of NSDI '21] Fast Restore", "NSDI", 2021)]
    [InlineData("- [Proceedings of the VLDB Endowment 2023] Fast Restore", "Proceedings of the VLDB Endowment", 2023)]
    [InlineData("- [Fast Restore](https://example.org/f). In Proceedings of the 2023 USENIX Annual Technical Conference", "USENIX Annual Technical Conference", 2023)]
    public void A_citations_proceedings_words_are_not_the_venues(string line, string venue, int year)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, year, null), (entry.Title, entry.Venue, entry.Year, entry.Note));
    }

    [Theory]
    [InlineData("- [Fast Restore](https://example.org/f) (ICML)", "ICML", null)]
    [InlineData("- [Fast Restore](https://example.org/f) ICML", "ICML", null)]
    [InlineData("- [Fast Restore](https://example.org/f), NeurIPS.", "NeurIPS", null)]
    [InlineData("- Fast Restore (USENIX ATC)", "USENIX ATC", null)]
    [InlineData("- [Fast Restore](https://example.org/f) (ConPoint)", MarkdownParser.UnknownVenue, "(ConPoint)")]
    [InlineData("- [Fast Restore](https://example.org/f) - Cloud.", MarkdownParser.UnknownVenue, "Cloud")]
    [InlineData("- [Fast Restore](https://example.org/f) (cluster)", MarkdownParser.UnknownVenue, "(cluster)")]
    public void Under_a_year_heading_a_known_venue_alone_after_the_title_is_the_venue(string line, string venue, string? note)
    {
        var document = Parse("# T\n## 2023\n" + line + "\n");

        var entry = Assert.Single(document.Entries);
        Assert.Equal(("Fast Restore", venue, 2023), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal(note is null ? [] : [note], entry.Notes);
    }

    [Fact]
    public void A_known_venue_alone_gives_no_year_and_the_entry_without_one_is_still_CRIU019()
        => Assert.Equal("CRIU019", Assert.Single(Parse("# T\n## Systems\n- [Fast Restore](https://example.org/f) (ICML)\n").Diagnostics).Descriptor.Id);

    [Theory]
    [InlineData("- [Fast Restore](https://example.org/f). ACM Computing Surveys 56(3), 2024", "ACM Computing Surveys", 2024, "56(3)")]
    [InlineData("- [Fast Restore](https://example.org/f), IEEE Transactions on Computers, vol. 72, no. 4, 2023", "IEEE Transactions on Computers", 2023, "vol. 72, no. 4")]
    [InlineData("- [Fast Restore](https://example.org/f), ACM Computing Surveys, 56(3):1-35, 2024", "ACM Computing Surveys", 2024, "56(3):1-35")]
    [InlineData("- Fast Restore. ACM Computing Surveys, 56(3), 2024.", "ACM Computing Surveys", 2024, "56(3)")]
    [InlineData("- Fast Restore, Journal of Systems and Software, 198:111, 2023", "Journal of Systems and Software", 2023, "198:111")]
    [InlineData("- [Fast Restore](https://example.org/f) \u2192 NeurIPS 2022", "NeurIPS", 2022, null)]
    [InlineData("- [Fast Restore](https://example.org/f) => OSDI 2023", "OSDI", 2023, null)]
    public void A_journals_volume_issue_and_pages_are_a_note_and_an_arrow_before_the_label_is_dropped(string line, string venue, int year, string? note)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, year), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal(note is null ? [] : [note], entry.Notes);
    }

    [Fact]
    public void A_ratio_at_the_end_of_a_plain_title_stays_in_it()
        => Assert.Equal("Restore at 10:1", SingleEntry("- Restore at 10:1, 2023").Title);

    [Theory]
    [InlineData("- [Fast Restore](https://example.org/f), 2024, VLDB", "VLDB", 2024, null)]
    [InlineData("- [Fast Restore](https://example.org/f) - 2023 - arXiv", "arXiv", 2023, null)]
    [InlineData("- [Fast Restore](https://example.org/f), 2024, distributed systems", "Unknown", 2024, "distributed systems")]
    public void A_year_then_a_one_word_venue_after_a_title(string line, string venue, int year, string? note)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, year), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal(note is null ? [] : [note], entry.Notes);
    }

    [Theory]
    [InlineData("- [Fast Restore](https://example.org/f), SOSP, Oct 2023", "SOSP", 2023, 10)]
    [InlineData("- [Fast Restore](https://example.org/f) (EuroSys, March 2024)", "EuroSys", 2024, 3)]
    [InlineData("- [Sept. 2022] Fast Restore", "Unknown", 2022, 9)]
    [InlineData("- Fast Restore \u2014 arXiv, Mar 2023", "arXiv", 2023, 3)]
    [InlineData("- Fast Restore, arXiv, Mar 2023", "arXiv", 2023, 3)]
    [InlineData("- Fast Restore \u2013 VLDB 2023", "VLDB", 2023, 0)]
    [InlineData("- [Fast Restore](https://example.org/f), June 2021", "Unknown", 2021, 6)]
    public void A_month_written_as_a_name_is_the_month_not_the_venue(string line, string venue, int year, int month)
    {
        var document = Parse("# Title\n## Distributed\n" + line + "\n");
        Assert.Empty(document.Diagnostics);
        var entry = Assert.Single(document.Entries);

        Assert.Equal(("Fast Restore", venue, year, month, null), (entry.Title, entry.Venue, entry.Year, entry.Month, entry.Note));
    }

    [Theory]
    [InlineData("- [Fast Restore](https://example.org/f) CoRR abs/2301.00001", "arXiv", "2301.00001", 2023)]
    [InlineData("- [CoRR abs/cs/0601001] Fast Restore", "arXiv", "cs/0601001", 2006)]
    [InlineData("- [Fast Restore](https://example.org/f), ArXiv abs/2301.00001", "ArXiv", "2301.00001", 2023)]
    [InlineData("- [Fast Restore](https://example.org/f), arXiv preprint arXiv:2301.00001, 2023", "arXiv", "2301.00001", 2023)]
    [InlineData("- [Fast Restore](https://example.org/f), arXiv preprint, 2022", "arXiv", null, 2022)]
    [InlineData("- [Fast Restore](https://example.org/f), arXiv e-prints, 2022", "arXiv", null, 2022)]
    [InlineData("- [CoRR 2023] Fast Restore", "CoRR", null, 2023)]
    public void The_ways_citation_tools_write_arXiv_are_arXiv(string line, string venue, string? id, int year)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, id, year), (entry.Title, entry.Venue, entry.ArXivId, entry.Year));
        Assert.Empty(entry.Notes);
    }

    [Theory]
    [InlineData("- \"Fast Restore: Quoted\", Carol White, NeurIPS 2023 (Oral).", "Fast Restore: Quoted", "NeurIPS", 2023, "Oral", "Carol White")]
    [InlineData("- \u201CFast Restore.\u201D A. Writer, B. Coder. OSDI 2023", "Fast Restore", "OSDI", 2023, null, "A. Writer, B. Coder")]
    [InlineData("- \"Fast Restore,\" A. Writer - SOSP '23 [[pdf](https://example.org/p.pdf)]", "Fast Restore", "SOSP", 2023, null, "A. Writer")]
    [InlineData("- [Fast Restore](https://example.org/f), Carol White, NeurIPS 2023 (Oral)", "Fast Restore", "NeurIPS", 2023, "Oral", "Carol White")]
    public void A_quoted_title_ends_at_its_quote_and_what_follows_is_read_as_after_a_title(string line, string title, string venue, int year, string? note, string authors)
    {
        var entry = SingleEntry(line);

        Assert.Equal((title, venue, year, note), (entry.Title, entry.Venue, entry.Year, entry.Note));
        Assert.Equal([authors], entry.Notes);
    }

    [Theory]
    [InlineData("- \"Hey Siri\": A Study of Wake Words (CHI'23)", "\"Hey Siri\": A Study of Wake Words")]
    [InlineData("- [CHI '23] \"Hey Siri\" and Other Wake Words", "\"Hey Siri\" and Other Wake Words")]
    [InlineData("- [CHI '23] \"Wake Words\"", "Wake Words")]
    public void A_quote_that_only_starts_the_title_stays_in_it(string line, string title)
    {
        var entry = SingleEntry(line);

        Assert.Equal((title, "CHI", 2023), (entry.Title, entry.Venue, entry.Year));
    }

    [Theory]
    [InlineData("- `Zapper`: [Zapping Processes](https://example.org/z) [NSDI'24]", "Zapper: Zapping Processes", "NSDI", 2024)]
    [InlineData("- **Zapper**: [Zapping Processes](https://example.org/z) (OSDI 2023)", "Zapper: Zapping Processes", "OSDI", 2023)]
    [InlineData("- Zapper: [Zapping Processes](https://example.org/z), EuroSys 2022", "Zapper: Zapping Processes", "EuroSys", 2022)]
    [InlineData("- [SOSP '21] Spot On: [Zapping Processes](https://example.org/z)", "Spot On: Zapping Processes", "SOSP", 2021)]
    public void A_name_and_a_colon_before_a_linked_title_lead_the_title(string line, string title, string venue, int year)
    {
        var entry = SingleEntry(line);

        Assert.Equal((title, "https://example.org/z", venue, year), (entry.Title, entry.Url, entry.Venue, entry.Year));
        Assert.Empty(entry.Links);
        Assert.Empty(entry.Notes);
    }

    [Theory]
    [InlineData("- [Zapper](https://example.org/z): Zapping Processes (OSDI 2023)", "Zapper: Zapping Processes", "OSDI", 2023)]
    [InlineData("- [Spot On](https://example.org/z): Zapping Processes. SOSP 2021.", "Spot On: Zapping Processes", "SOSP", 2021)]
    [InlineData("- **[Zapper](https://example.org/z)**: Zapping Processes, EuroSys 2022", "Zapper: Zapping Processes", "EuroSys", 2022)]
    [InlineData("- [NSDI'24] [Zapper](https://example.org/z): Zapping Processes", "Zapper: Zapping Processes", "NSDI", 2024)]
    public void A_linked_name_before_a_colon_leads_the_title_that_follows(string line, string title, string venue, int year)
    {
        var entry = SingleEntry(line);

        Assert.Equal((title, "https://example.org/z", venue, year), (entry.Title, entry.Url, entry.Venue, entry.Year));
        Assert.Empty(entry.Notes);
    }

    [Theory]
    [InlineData("- [Zapper](https://example.org/z): a system that zaps processes (OSDI 2023)", "Zapper")]
    [InlineData("- [Zapping Processes Across Hosts](https://example.org/z): Best Paper (OSDI 2023)", "Zapping Processes Across Hosts")]
    [InlineData("- [pdf](https://example.org/z): Zapping Processes (OSDI 2023)", "Zapping Processes")]
    public void A_linked_title_or_link_name_before_a_colon_keeps_its_title(string line, string title)
    {
        var entry = SingleEntry(line);

        Assert.Equal((title, "OSDI", 2023), (entry.Title, entry.Venue, entry.Year));
    }

    [Theory]
    [InlineData("- Zapper: [pdf](https://example.org/z) (OSDI 2023)", "Zapper")]
    [InlineData("- Zapping processes across many hosts: [Zapper](https://example.org/z) (OSDI 2023)", "Zapping processes across many hosts")]
    public void A_link_name_or_a_sentence_before_a_colon_is_no_name_of_the_title(string line, string title)
    {
        var entry = SingleEntry(line);

        Assert.Equal((title, "OSDI", 2023), (entry.Title, entry.Venue, entry.Year));
        Assert.Single(entry.Links);
    }

    [Theory]
    [InlineData("- A. Writer and B. Coder, \"Fast Restore,\" in Proc. OSDI, 2023, pp. 1-10.", "OSDI", 2023, "A. Writer and B. Coder")]
    [InlineData("- A. Writer et al., \u201CFast Restore,\u201D arXiv preprint arXiv:2301.00001, 2023.", "arXiv", 2023, "A. Writer et al")]
    [InlineData("- A. Writer, \"Fast Restore,\" IEEE Trans. Parallel Distrib. Syst., vol. 30, no. 5, pp. 1-10, 2019.", "IEEE Trans. Parallel Distrib. Syst", 2019, "A. Writer")]
    [InlineData("- Writer, Alice, and Bob Coder. \"Fast Restore.\" Proceedings of OSDI. 2023.", "OSDI", 2023, "Writer, Alice, and Bob Coder")]
    [InlineData("- Writer, Alice, and Bob Coder. \"Fast Restore.\" In Proceedings of OSDI, pp. 1-10. 2023.", "OSDI", 2023, "Writer, Alice, and Bob Coder")]
    [InlineData("- Writer, A., & Coder, B. (2023). Fast Restore. In Proceedings of OSDI (pp. 1-10).", "OSDI", 2023, "Writer, A., & Coder, B")]
    [InlineData("- Writer, A. (2020, March 3). Fast Restore. *Journal of Systems Research*, 12(3), 45-67.", "Journal of Systems Research", 2020, "Writer, A")]
    [InlineData("- Writer, A. and Coder, B., 2021. Fast Restore. In EuroSys.", "EuroSys", 2021, "Writer, A. and Coder, B")]
    [InlineData("- Alice Writer and Bob Coder. 2022. Fast Restore. In Proceedings of SOSP '22. ACM, 1-12.", "SOSP", 2022, "Alice Writer and Bob Coder")]
    [InlineData("- Alice Writer and Bob Coder. 2020. Fast Restore. In Proceedings of the 11th ACM Symposium on Cloud Computing (SoCC '20). ACM, 1\u201314.", "SoCC", 2020, "Alice Writer and Bob Coder")]
    [InlineData("- Writer, A. (2021). Fast Restore. Journal of Systems and Software (JSS), 172, 110-121.", "Journal of Systems and Software", 2021, "Writer, A")]
    [InlineData("- Alice Writer and Bob Coder. 2020. Fast Restore. In Proceedings of the ACM Symposium on Cloud Computing, ACM 2020, 1-14.", "Proceedings of the ACM Symposium on Cloud Computing", 2020, "Alice Writer and Bob Coder")]
    [InlineData("- A. Writer and B. Coder, \"Fast Restore,\" in Proceedings of the IEEE International Conference on Cluster Computing, IEEE 2020, pp. 1-14.", "Proceedings of the IEEE International Conference on Cluster Computing", 2020, "A. Writer and B. Coder")]
    public void A_reference_in_a_citation_style_gives_its_title_venue_year_and_authors(string line, string venue, int year, string authors)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, year), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal([authors], entry.Notes);
    }

    [Theory]
    [InlineData("- A. Writer, B. Coder. Fast Restore. SOSP 2021.", "SOSP", 2021, "A. Writer, B. Coder")]
    [InlineData("- Writer, A., Coder, B.: Fast Restore. In: ATC 2018", "ATC", 2018, "Writer, A., Coder, B")]
    [InlineData("- A. Writer, B. Coder. Fast Restore. In Proc. OSDI '22.", "OSDI", 2022, "A. Writer, B. Coder")]
    [InlineData("- Ana Writer et al. Fast Restore. ICDCS 2014. pp. 1-12.", "ICDCS", 2014, "Ana Writer et al")]
    [InlineData("- *A. Writer, B. Coder.* **Fast Restore.** EuroSys 2015.", "EuroSys", 2015, "A. Writer, B. Coder")]
    public void Authors_the_title_and_the_venue_each_a_sentence_are_a_reference(string line, string venue, int year, string authors)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, year), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal([authors], entry.Notes);
    }

    [Theory]
    [InlineData("- A. Writer, B. Coder. [Fast Restore](https://example.org/f). NSDI 2023.", "NSDI", 2023, "A. Writer, B. Coder")]
    [InlineData("- Writer, A., Coder, B.: [Fast Restore](https://example.org/f). In: ATC 2018", "ATC", 2018, "Writer, A., Coder, B")]
    [InlineData("- A. Writer, B. Coder. [Fast Restore](https://example.org/f) (SOSP 2021)", "SOSP", 2021, "A. Writer, B. Coder")]
    public void Authors_before_a_linked_title_are_a_note_and_the_link_is_the_title(string line, string venue, int year, string authors)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", "https://example.org/f", venue, year), (entry.Title, entry.Url, entry.Venue, entry.Year));
        Assert.Equal([authors], entry.Notes);
    }

    [Theory]
    [InlineData("- Fast Restore. OSDI 2020", "Fast Restore")]
    [InlineData("- Fast Restore of Containers. Lazy Copy. OSDI 2020", "Fast Restore of Containers")]
    [InlineData("- Fast Restore, Lazy Copy. A Study. OSDI 2020", "Fast Restore, Lazy Copy")]
    [InlineData("- Monitoring, Logging, and Tracing. A Survey. CSUR 2022", "Monitoring, Logging, and Tracing")]
    public void A_line_whose_first_sentence_is_no_list_of_people_starts_with_its_title(string line, string title)
        => Assert.Equal(title, SingleEntry(line).Title);

    [Theory]
    [InlineData("- Fast Restore ([OSDI 2023](https://example.org/osdi))", "OSDI", 2023)]
    [InlineData("- [Fast Restore](https://example.org/f) ![OSDI 2023](https://img.shields.io/badge/OSDI-2023-blue)", "OSDI", 2023)]
    [InlineData("- [Fast Restore](https://example.org/f) ![](https://img.shields.io/badge/USENIX_ATC-2022-blue.svg)", "USENIX ATC", 2022)]
    [InlineData("- [Fast Restore](https://example.org/f) <img src=\"https://img.shields.io/badge/OSDI-2023-green\" alt=\"OSDI 2023\">", "OSDI", 2023)]
    [InlineData("- [Fast Restore](https://example.org/f) <img height=\"20\" src='https://img.shields.io/badge/USENIX_ATC-2022-blue.svg'/>", "USENIX ATC", 2022)]
    [InlineData("- [Fast Restore](https://example.org/f) ![venue](https://img.shields.io/badge/SC--W-%2721-green)", "SC-W", 2021)]
    [InlineData("- [Fast Restore](https://example.org/f) `OSDI 2020`", "OSDI", 2020)]
    [InlineData("- Fast Restore. In: *Proc. of EuroSys 2019*.", "EuroSys", 2019)]
    public void A_label_in_a_link_a_badge_or_code_after_the_title_is_its_label(string line, string venue, int year)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, year), (entry.Title, entry.Venue, entry.Year));
        Assert.Empty(entry.Notes);
    }

    [Theory]
    [InlineData("- Fast Restore, in *Proceedings of the 29th Symposium on Operating Systems Principles (SOSP '23)*, 2023.", "SOSP")]
    [InlineData("- Fast Restore, in Proc. OSDI, 2023", "OSDI")]
    [InlineData("- Fast Restore. In Proceedings of the VLDB Endowment, 2023", "Proceedings of the VLDB Endowment")]
    public void A_venue_after_in_then_a_year_ends_a_title_written_as_a_reference(string line, string venue)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, 2023), (entry.Title, entry.Venue, entry.Year));
        Assert.Empty(entry.Notes);
    }

    [Theory]
    [InlineData("- [Fast Restore](https://example.org/f), _Journal of Systems and Software_, 2021", "Journal of Systems and Software")]
    [InlineData("- [Fast Restore](https://example.org/f) - *IEEE Transactions on Computers* - 2021", "IEEE Transactions on Computers")]
    [InlineData("- Fast Restore, Journal of Systems and Software, 2021", "Journal of Systems and Software")]
    public void A_venue_written_out_then_a_year_after_the_title_is_its_label(string line, string venue)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, 2021), (entry.Title, entry.Venue, entry.Year));
        Assert.Empty(entry.Notes);
    }

    [Fact]
    public void Words_that_only_look_like_a_venue_stay_a_note()
    {
        var entry = SingleEntry("- [Fast Restore](https://example.org/f), a journal of restore experiments, 2021");

        Assert.Equal(("Fast Restore", "Unknown", 2021), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal(["a journal of restore experiments"], entry.Notes);
    }

    [Fact]
    public void Words_after_in_that_are_no_venue_stay_in_the_title()
    {
        var entry = SingleEntry("- Fault Tolerance, in Theory and in Practice, 2023");

        Assert.Equal(("Fault Tolerance, in Theory and in Practice", "Unknown", 2023), (entry.Title, entry.Venue, entry.Year));
    }

    [Theory]
    [InlineData("- **OSDI 2023**: [Fast Restore](https://example.org/f)", "OSDI", 2023)]
    [InlineData("- **USENIX ATC '22** [Fast Restore](https://example.org/f)", "USENIX ATC", 2022)]
    [InlineData("- OSDI'22: [Fast Restore](https://example.org/f)", "OSDI", 2022)]
    [InlineData("- (SOSP 2021) Fast Restore [[pdf]](https://example.org/f)", "SOSP", 2021)]
    [InlineData("- (Journal of Systems 2021) [Fast Restore](https://example.org/f)", "Journal of Systems", 2021)]
    [InlineData("- SOSP 2021 - [Fast Restore](https://example.org/f)", "SOSP", 2021)]
    [InlineData("- **OSDI 2023** | [Fast Restore](https://example.org/f)", "OSDI", 2023)]
    [InlineData("- **OSDI 2023** | [Fast Restore](https://example.org/f) | [code](https://github.com/a/b)", "OSDI", 2023)]
    [InlineData("- OSDI 2023 | [Fast Restore](https://example.org/f)", "OSDI", 2023)]
    public void A_label_without_brackets_before_the_title_is_its_label(string line, string venue, int year)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", "https://example.org/f", venue, year), (entry.Title, entry.Url, entry.Venue, entry.Year));
        Assert.Empty(entry.Notes);
    }

    [Theory]
    [InlineData("- **Fast Restore**. Ana Souza, Li Wei. *OSDI*, 2024.", "OSDI", 2024, "Ana Souza, Li Wei")]
    [InlineData("- **Fast Restore**. Ana Souza, Li Wei. OSDI, 2024.", "OSDI", 2024, "Ana Souza, Li Wei")]
    [InlineData("- **Fast Restore**. Alice Smith. NSDI 2020.", "NSDI", 2020, "Alice Smith")]
    [InlineData("- Fast Restore - Alice Smith, Bob Jones - EuroSys 2021", "EuroSys", 2021, "Alice Smith, Bob Jones")]
    [InlineData("- Fast Restore (Nguyen et al., ISCA 2024)", "ISCA", 2024, "Nguyen et al")]
    [InlineData("- [Fast Restore](https://example.org/f) (Nguyen et al., ISCA 2024)", "ISCA", 2024, "Nguyen et al")]
    [InlineData("- [Fast Restore](https://example.org/f) (Smith et al., 2023)", "Unknown", 2023, "Smith et al")]
    [InlineData("- Fast Restore (A. Writer and B. Coder, OSDI '23)", "OSDI", 2023, "A. Writer and B. Coder")]
    [InlineData("- Fast Restore. Ryan Marcus et al. VLDB 2019.", "VLDB", 2019, "Ryan Marcus et al")]
    public void Authors_between_the_title_and_its_label_are_a_note(string line, string venue, int year, string authors)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, year), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal([authors], entry.Notes);
    }

    [Theory]
    [InlineData("- [2023/05] [Fast Restore](https://example.org/f)", 2023, 5)]
    [InlineData("- [2023.05] **Fast Restore** [[paper](https://example.org/f)]", 2023, 5)]
    [InlineData("- [2023-05-17] [Fast Restore](https://example.org/f)", 2023, 5)]
    [InlineData("- **[2023/05]** [Fast Restore](https://example.org/f)", 2023, 5)]
    [InlineData("- 2023.05 - [Fast Restore](https://example.org/f)", 2023, 5)]
    [InlineData("- 2021 - [Fast Restore](https://example.org/f)", 2021, 0)]
    [InlineData("- 2021: [Fast Restore](https://example.org/f)", 2021, 0)]
    [InlineData("- 2021 | [Fast Restore](https://example.org/f)", 2021, 0)]
    [InlineData("- (2022) [Fast Restore](https://example.org/f)", 2022, 0)]
    [InlineData("- `2023-05` [Fast Restore](https://example.org/f)", 2023, 5)]
    [InlineData("- [Mar 2023] [Fast Restore](https://example.org/f)", 2023, 3)]
    public void A_date_before_the_title_gives_the_year(string line, int year, int month)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", "https://example.org/f", "Unknown", year, month), (entry.Title, entry.Url, entry.Venue, entry.Year, entry.Month));
        Assert.Empty(entry.Notes);
    }

    [Theory]
    [InlineData("- [2024/01] [Fast Restore](https://example.org/f), NeurIPS 2023", "NeurIPS", 2023)]
    [InlineData("- [2024.01] [Fast Restore](https://example.org/f) (OSDI '23)", "OSDI", 2023)]
    [InlineData("- 2024.01 - [Fast Restore](https://example.org/f) [SOSP 2021]", "SOSP", 2021)]
    [InlineData("- `OSDI'23` [Fast Restore](https://example.org/f)", "OSDI", 2023)]
    [InlineData("- [2024/01] [OSDI '23] [Fast Restore](https://example.org/f)", "OSDI", 2023)]
    [InlineData("- 2019 - EuroSys - [Fast Restore](https://example.org/f)", "EuroSys", 2019)]
    [InlineData("- 2019 \u2013 USENIX ATC \u2013 [Fast Restore](https://example.org/f)", "USENIX ATC", 2019)]
    [InlineData("- 2019 | EuroSys | [Fast Restore](https://example.org/f)", "EuroSys", 2019)]
    [InlineData("- [2019] SOSP: [Fast Restore](https://example.org/f)", "SOSP", 2019)]
    public void A_label_after_a_date_gives_the_venue_and_year(string line, string venue, int year)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, year), (entry.Title, entry.Venue, entry.Year));
    }

    [Theory]
    [InlineData("- 2001: A Space Odyssey of Checkpoints (OSDI 2019)", "2001: A Space Odyssey of Checkpoints")]
    [InlineData("- [2023/13] Fast Restore (OSDI 2019)", "Fast Restore")]
    public void A_number_before_the_title_that_is_no_date_is_no_year(string line, string title)
    {
        var entry = SingleEntry(line);

        Assert.Equal((title, "OSDI", 2019), (entry.Title, entry.Venue, entry.Year));
    }

    [Theory]
    [InlineData("- ResNet50: Fast Restore (OSDI 2023)", "ResNet50: Fast Restore")]
    [InlineData("- Mars 2020: Lessons from a Rover (OSDI 2023)", "Mars 2020: Lessons from a Rover")]
    [InlineData("- GPT-4 - Lessons on restoring at scale (OSDI 2023)", "GPT-4 - Lessons on restoring at scale")]
    public void A_title_that_starts_like_a_label_keeps_its_words(string line, string title)
    {
        var entry = SingleEntry(line);

        Assert.Equal((title, "OSDI", 2023), (entry.Title, entry.Venue, entry.Year));
    }

    [Theory]
    [InlineData("- [[Paper](https://example.org/p)] Fast Restore (OSDI'23)")]
    [InlineData("- [[pdf](https://example.org/p)] [OSDI '23] Fast Restore")]
    public void A_paper_link_before_a_plain_title_is_the_papers_url(string line)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", "https://example.org/p", "OSDI", 2023), (entry.Title, entry.Url, entry.Venue, entry.Year));
    }

    [Theory]
    [InlineData("- [OSDI '23] Fast Restore\n  - [pdf](https://example.org/p)\n")]
    [InlineData("| Title | Venue | Link |\n| --- | --- | --- |\n| Fast Restore | OSDI '23 | [paper](https://example.org/p) |\n")]
    public void A_paper_link_in_a_sub_bullet_or_another_cell_is_the_url_of_a_plain_title(string lines)
    {
        var document = Parse("# Title\n## Category\n" + lines);

        var entry = Assert.Single(document.Entries);
        Assert.Equal(("Fast Restore", "https://example.org/p", "OSDI", 2023), (entry.Title, entry.Url, entry.Venue, entry.Year));
    }

    [Theory]
    [InlineData("  - [Slides](https://example.org/s)\n")]
    [InlineData("  - [code](https://example.org/s)\n")]
    [InlineData("  - [Blog](https://example.org/s)\n")]
    [InlineData("  - [Project Page](https://example.org/s)\n")]
    [InlineData("  - [Talk](https://example.org/s)\n")]
    [InlineData("  - Authors: Alice Smith, Bob Jones\n  - [[Video]](https://example.org/s)\n")]
    public void A_named_link_in_a_sub_bullet_under_a_title_with_no_label_or_link_is_a_link_not_a_paper(string lines)
    {
        var document = Parse("# Title\n## 2023\n- Fast Restore (Oral)\n" + lines);

        Assert.Empty(document.Diagnostics);
        var entry = Assert.Single(document.Entries);
        Assert.Equal(("Fast Restore", "Oral", 2023), (entry.Title, entry.Note, entry.Year));
        Assert.Equal("https://example.org/s", Assert.Single(entry.Links).Url);
    }

    [Fact]
    public void A_paper_link_in_a_sub_bullet_leaves_a_linked_titles_url()
    {
        var entry = Assert.Single(Parse("# Title\n## Category\n- [OSDI '23] [Fast Restore](https://example.org/f)\n  - [pdf](https://example.org/p)\n").Entries);

        Assert.Equal("https://example.org/f", entry.Url);
        Assert.Equal("https://example.org/p", Assert.Single(entry.Links).Url);
    }

    [Theory]
    [InlineData("- [Fast Restore](https://example.org/f) &mdash; ATC 2019", "Fast Restore", "ATC", 2019)]
    [InlineData("- Fast &amp; Lazy Restore (OSDI&nbsp;2023)", "Fast & Lazy Restore", "OSDI", 2023)]
    [InlineData("- It&#8217;s Restored &#x2014; SOSP '21", "It\u2019s Restored", "SOSP", 2021)]
    [InlineData("- AT&T Restore; Q&A (OSDI 2023)", "AT&T Restore; Q&A", "OSDI", 2023)]
    [InlineData("- Fast &bogus; Restore &#0; Now (OSDI 2023)", "Fast &bogus; Restore &#0; Now", "OSDI", 2023)]
    public void HTML_entities_are_the_characters_they_stand_for(string line, string title, string venue, int year)
    {
        var entry = SingleEntry(line);

        Assert.Equal((title, venue, year), (entry.Title, entry.Venue, entry.Year));
    }

    [Theory]
    [InlineData("- [Fast Restore](https://example.org/f)\n  *OSDI 2023*\n", "OSDI", 2023)]
    [InlineData("- **Fast Restore**\n  - Venue: SOSP 2021\n", "SOSP", 2021)]
    [InlineData("- [Fast Restore](https://example.org/f)\n  - Published in: EuroSys '20\n", "EuroSys", 2020)]
    [InlineData("- [Fast Restore](https://example.org/f)\n  - Conference: ATC\n  - Year: 2019\n", "ATC", 2019)]
    [InlineData("- [Fast Restore](https://example.org/f)\n  - Journal: Journal of Systems Research\n  - Date: March 2019\n", "Journal of Systems Research", 2019)]
    [InlineData("- Fast Restore\n  NSDI 2018 \u00B7 [code](https://example.org/c)\n", "NSDI", 2018)]
    public void A_label_on_a_line_under_an_entry_without_one_is_its_label(string lines, string venue, int year)
    {
        var document = Parse("# Title\n## Category\n" + lines);

        Assert.Empty(document.Diagnostics);
        var entry = Assert.Single(document.Entries);
        Assert.Equal(("Fast Restore", venue, year), (entry.Title, entry.Venue, entry.Year));
        Assert.Empty(entry.Notes);
    }

    [Theory]
    [InlineData("- [Fast Restore](https://example.org/f)\n  Alice Smith, Bob Jones. OSDI 2023.\n", "OSDI", 2023, "Alice Smith, Bob Jones")]
    [InlineData("- [Fast Restore](https://example.org/f)\n  by Yuki Sato, Daniel Kim, and Laura Schmidt (MLSys 2023)\n", "MLSys", 2023, "by Yuki Sato, Daniel Kim, and Laura Schmidt")]
    [InlineData("- [Fast Restore](https://example.org/f)\n  <sub>Chen Li, Fatima Noor \u00B7 KDD 2021</sub>\n", "KDD", 2021, "Chen Li, Fatima Noor")]
    [InlineData("- [Fast Restore](https://example.org/f)\n  > Ravi Kumar, Jane Doe. In *Proceedings of EuroSys 2024*.\n", "EuroSys", 2024, "Ravi Kumar, Jane Doe")]
    [InlineData("- **Fast Restore**\n  - A. Writer et al., Journal of Systems Research, 2022\n", "Journal of Systems Research", 2022, "A. Writer et al")]
    public void Authors_and_a_label_on_a_line_under_an_entry_without_one_are_its_label_and_a_note(string lines, string venue, int year, string authors)
    {
        var document = Parse("# Title\n## Category\n" + lines);

        Assert.Empty(document.Diagnostics);
        var entry = Assert.Single(document.Entries);
        Assert.Equal(("Fast Restore", venue, year), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal([authors], entry.Notes);
    }

    [Theory]
    [InlineData("- Memory\n  - Fast Restore (SOSP 2023)\n")]
    [InlineData("- Memory\n  - Fast Restore for Many Containers, Alice Smith. SOSP 2023\n")]
    [InlineData("- Memory\n  - [Fast Restore](https://example.org/f), Alice Smith and Bob Jones, SOSP 2023\n")]
    public void A_paper_under_a_topic_bullet_is_an_entry(string lines)
    {
        var entry = Assert.Single(Parse("# Title\n## Category\n" + lines).Entries);

        Assert.StartsWith("Fast Restore", entry.Title, System.StringComparison.Ordinal);
        Assert.Equal("SOSP", entry.Venue);
    }

    [Theory]
    [InlineData("- [Fast Restore](https://example.org/f)\n  We ran it in 2023 on a cluster, see OSDI 2023.\n")]
    [InlineData("- [Fast Restore](https://example.org/f)\n  Lessons from running restores, OSDI 2023.\n")]
    public void Prose_with_a_label_under_an_entry_is_no_label(string lines)
        => Assert.Equal("CRIU019", Assert.Single(Parse("# Title\n## Category\n" + lines).Diagnostics).Descriptor.Id);

    [Theory]
    [InlineData("- [OSDI '23] Fast Restore\n  - Venue: SOSP 2021\n", "Venue: SOSP 2021")]
    [InlineData("- [OSDI '23] Fast Restore\n  *NSDI 2018*\n", "NSDI 2018")]
    [InlineData("- [Fast Restore](https://example.org/f) (2023)\n  - Summary: restores OSDI jobs from 2019\n", "Summary: restores OSDI jobs from 2019")]
    public void A_line_under_an_entry_with_its_label_stays_a_note(string lines, string note)
    {
        var entry = Assert.Single(Parse("# Title\n## Category\n" + lines).Entries);

        Assert.Equal([note], entry.Notes);
    }

    [Fact]
    public void HTML_list_items_are_entries_each()
    {
        var document = Parse("# Title\n## Category\n<ul>\n<li><a href=\"https://example.org/1\">Fast Restore</a>, OSDI 2023</li>\n<li class=\"paper\"><b>Lazy Restore</b> (SOSP '21)</li>\n</ul>\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(
            [("Fast Restore", "OSDI", 2023, "https://example.org/1"), ("Lazy Restore", "SOSP", 2021, null)],
            document.Entries.Select(e => (e.Title, e.Venue, e.Year, e.Url)));
        Assert.All(document.Entries, e => Assert.Empty(e.Notes));
    }

    [Fact]
    public void A_paper_link_before_a_linked_title_leaves_the_titles_url()
    {
        var entry = SingleEntry("- [[pdf](https://example.org/p.pdf)] [Fast Restore](https://example.org/f) (OSDI'23)");

        Assert.Equal(("Fast Restore", "https://example.org/f"), (entry.Title, entry.Url));
    }

    [Theory]
    [InlineData("- [Network Snapshots Study 1905](https://example.org/f) (ATC 2020)", "Network Snapshots Study 1905", "ATC", 2020)]
    [InlineData("- [Mars 2020 Rover Checkpoints](https://example.org/f) (OSDI 2023)", "Mars 2020 Rover Checkpoints", "OSDI", 2023)]
    [InlineData("- [O'Brien's Restore 2020](https://example.org/f) (OSDI 2023)", "O'Brien's Restore 2020", "OSDI", 2023)]
    public void A_linked_title_with_a_number_like_a_year_is_a_title(string line, string title, string venue, int year)
    {
        var entry = SingleEntry(line);

        Assert.Equal((title, "https://example.org/f", venue, year), (entry.Title, entry.Url, entry.Venue, entry.Year));
    }

    [Fact]
    public void A_link_after_the_title_with_a_number_like_a_year_is_a_link()
    {
        var entry = SingleEntry("- [Fast Restore](https://example.org/f) [Mars 2020 Rover](https://example.org/m) (OSDI 2023)");

        Assert.Equal(("Fast Restore", "OSDI", 2023), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal("https://example.org/m", Assert.Single(entry.Links).Url);
    }

    [Fact]
    public void A_paper_link_to_an_anchor_is_no_url()
    {
        var entry = SingleEntry("- Fast Restore (OSDI 2023) [pdf](#fast-restore)");

        Assert.Null(entry.Url);
    }

    [Theory]
    [InlineData("- **[OSDI '23]** Fast Restore", "OSDI", 2023)]
    [InlineData("- [[OSDI '23](https://example.org/osdi23)] Fast Restore", "OSDI", 2023)]
    [InlineData("- [[pdf](https://example.org/p.pdf)] [OSDI '23] Fast Restore", "OSDI", 2023)]
    [InlineData("- [[Middleware '23](https://example.org/m)] Fast Restore", "Middleware", 2023)]
    public void Labels_in_emphasis_or_links_and_link_names_before_the_title(string line, string venue, int year)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, year), (entry.Title, entry.Venue, entry.Year));
    }

    [Theory]
    [InlineData("- [OSDI '23] Fast Restore \u2014 Alice Varga, Bruno Costa", "OSDI", 2023, "Alice Varga, Bruno Costa")]
    [InlineData("- [OSDI '23] Fast Restore \u2013 Gustav Berg & H\u00e9l\u00e8ne Roux", "OSDI", 2023, "Gustav Berg & H\u00e9l\u00e8ne Roux")]
    [InlineData("- Fast Restore (EuroSys'24) \u2014 Sven M\u00fcller", "EuroSys", 2024, "Sven M\u00fcller")]
    [InlineData("- Fast Restore \u2014 Sven M\u00fcller (EuroSys'24)", "EuroSys", 2024, "Sven M\u00fcller")]
    [InlineData("- Fast Restore, ATC '23 - Dmitri Orlov", "ATC", 2023, "Dmitri Orlov")]
    [InlineData("- [Fast Restore](https://example.org/p) by Alice Varga and Bruno Costa, 2023", MarkdownParser.UnknownVenue, 2023, "by Alice Varga and Bruno Costa")]
    [InlineData("- [Fast Restore](https://example.org/p) by Alice Varga 2023", MarkdownParser.UnknownVenue, 2023, "by Alice Varga")]
    [InlineData("- [Fast Restore](https://example.org/p), A. Writer et al. (2021)", MarkdownParser.UnknownVenue, 2021, "A. Writer et al")]
    [InlineData("- [Fast Restore](https://example.org/p) (ICSE-SEIP'24) \u2014 O. Haddad", "ICSE-SEIP", 2024, "O. Haddad")]
    [InlineData("- **[OSDI 2023]** Fast Restore. *A. Writer, B. Coder*. [[pdf](https://example.org/p.pdf)]", "OSDI", 2023, "A. Writer, B. Coder")]
    [InlineData("- [OSDI '23] Fast Restore. A. Writer, B. Coder", "OSDI", 2023, "A. Writer, B. Coder")]
    public void Authors_are_a_note_never_the_title_or_the_venue(string line, string venue, int year, string authors)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, year), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal([authors], entry.Notes);
    }

    [Theory]
    [InlineData("- CkptZip \u2014 Lossy Compression of Optimizer State (ICML'24)", "CkptZip \u2014 Lossy Compression of Optimizer State")]
    [InlineData("- [OSDI '23] Checkpoints - Design and Implementation", "Checkpoints - Design and Implementation")]
    [InlineData("- [OSDI '23] Checkpoints \u2014 A Retrospective", "Checkpoints \u2014 A Retrospective")]
    [InlineData("- [SoCC '22] Page Tables [Revisited] for Racks", "Page Tables [Revisited] for Racks")]
    [InlineData("- [Measuring Restores on ARM vs. x86](https://example.org/m) (2022)", "Measuring Restores on ARM vs. x86")]
    [InlineData("- [OSDI '23] Is Far Memory Worth It? *K. Brandt*", "Is Far Memory Worth It?")]
    [InlineData("- [OSDI '23] Smart Pointers in C++. *V. Ionescu*", "Smart Pointers in C++")]
    public void Dashes_brackets_and_periods_before_words_that_are_not_names_stay_in_the_title(string line, string title)
        => Assert.Equal(title, SingleEntry(line).Title);

    [Theory]
    [InlineData("- [OSDI '23] <a href=\"https://example.org/p\">Fast Restore</a>.")]
    [InlineData("- [OSDI '23] <A HREF='https://example.org/p' target=\"_blank\">Fast <b>Restore</b></A>")]
    [InlineData("- [OSDI '23] [https://example.org/p Fast Restore], A. Writer")]
    [InlineData("- [OSDI '23] [Fast Restore] (https://example.org/p)")]
    public void Html_and_wiki_links_are_links(string line)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", "https://example.org/p"), (entry.Title, entry.Url));
    }

    [Theory]
    [InlineData("- 2023.05 - RAID: Reliable Arrays for Checkpoint Images (OSDI 2023)", "RAID: Reliable Arrays for Checkpoint Images", "OSDI", 2023)]
    [InlineData("- [Mar 2023] DATE: Dynamic Address Translation for Enclaves (ASPLOS 2023)", "DATE: Dynamic Address Translation for Enclaves", "ASPLOS", 2023)]
    [InlineData("- 2023.05 - CHI: Checkpointing Heterogeneous Infrastructure (EuroSys 2024)", "CHI: Checkpointing Heterogeneous Infrastructure", "EuroSys", 2024)]
    [InlineData("- 2023.05 - FAST, Scalable Checkpointing (OSDI 2023)", "FAST, Scalable Checkpointing", "OSDI", 2023)]
    [InlineData("- 2023.05 - PACT: Process Checkpointing Toolkit. SOSP 2023.", "PACT: Process Checkpointing Toolkit", "SOSP", 2023)]
    [InlineData("- 2023.05 - RAID - Reliable Arrays for Checkpoint Images (OSDI 2023)", "RAID - Reliable Arrays for Checkpoint Images", "OSDI", 2023)]
    [InlineData("- 2019 - EuroSys - Fast Restore", "Fast Restore", "EuroSys", 2019)]
    public void A_title_that_starts_with_a_venues_name_after_a_date_keeps_it_and_the_label_after_it_wins(string line, string title, string venue, int year)
    {
        var entry = SingleEntry(line);

        Assert.Equal((title, venue, year), (entry.Title, entry.Venue, entry.Year));
    }

    [Theory]
    [InlineData("- 2023 | 12 papers")]
    [InlineData("- 2024 | Total: 120 papers")]
    [InlineData("- 2023.05 | Added 12 papers")]
    [InlineData("- [1] (https://doi.org/10.1000/x) A. Writer, Fast Restore, OSDI 2023")]
    public void A_date_before_a_pipe_without_a_linked_title_and_a_number_before_a_spaced_url_are_no_entry(string line)
        => Assert.Empty(Parse("# Title\n## Category\n" + line + "\n").Entries);

    [Theory]
    [InlineData("- [OSDI '23] Fast Restore [v2] (extended)", "Fast Restore")]
    [InlineData("- [OSDI '23] Fast Restore [slides] (https://example.org/s) later", "Fast Restore")]
    public void Brackets_then_a_space_and_parentheses_are_a_link_only_when_the_parentheses_hold_a_url(string line, string title)
    {
        var entry = SingleEntry(line);

        Assert.Equal(title, entry.Title);
        Assert.Null(entry.Url);
    }

    [Fact]
    public void An_html_badge_is_a_link_named_by_its_alt_text()
    {
        var entry = SingleEntry("- [OSDI '23] [Fast Restore](https://example.org/p) <a href=\"https://github.com/x/f\"><img src=\"https://img.shields.io/x\" alt=\"stars\"></a>");

        Assert.Equal([("stars", "https://github.com/x/f")], entry.Links.Select(l => (l.Label, l.Url)));
    }

    [Fact]
    public void Many_unclosed_html_links_stay_linear_and_are_stripped()
    {
        var line = "- [OSDI '23] Fast " + string.Concat(Enumerable.Repeat("<a href=\"https://x\">", 5000)) + "Restore";

        Assert.Equal("Fast Restore", SingleEntry(line).Title);
    }

    [Fact]
    public void Html_headings_on_one_line_are_headings()
    {
        var document = Parse("<h1 align=\"center\">My <em>Papers</em></h1>\n<h2>Systems</h2>\n- [OSDI '23] X\n<h3 id=\"x\">Storage</h3>\n- [OSDI '23] Y\n\n<h2>Unclosed\n");

        Assert.Equal("My Papers", document.Title);
        Assert.Equal([("Systems", 2, -1), ("Storage", 3, 0)], document.Categories.Select(c => (c.Name, c.Level, c.Parent)));
        Assert.Equal(LineKind.Reported, document.Lines.Single(l => l.Line == 6).Kind);
    }

    [Fact]
    public void A_heading_with_no_entry_under_it_nor_its_sub_headings_is_no_category()
    {
        var text = "# T\n## Contents\n- [Systems](#systems)\n## Systems\n### Storage\n- [OSDI '23] X\n### Empty\nSome prose.\n## Citation\n```\n- [OSDI '23] Not an entry\n```\n## License\nCC0\n";
        var document = Parse(text);

        Assert.Equal([("Systems", -1), ("Storage", 0)], document.Categories.Select(c => (c.Name, c.Parent)));
        Assert.Equal(1, Assert.Single(document.Entries).CategoryIndex);
        Assert.Equal([1, 6, 8, 12], document.Lines.Where(l => l.Kind == LineKind.EmptyHeading).Select(l => l.Line));
        LineAccounting.AssertEveryLineIsAccountedFor(text, document);
    }

    [Fact]
    public void An_item_with_no_label_web_link_or_year_is_prose_and_an_info_but_a_linked_one_is_CRIU019()
    {
        var document = Parse("# T\n## Contributing\n- Fork the repository.\n- Read [the guide](CONTRIBUTING.md) and the [format](#format).\n- [Notes on Restores](https://example.org/n)\n");

        Assert.Equal([("CRIU021", 2), ("CRIU021", 3), ("CRIU019", 4)], document.Diagnostics.Select(d => (d.Descriptor.Id, d.Location!.LineSpan.Start.Line)));
        Assert.Empty(document.Categories);
    }

    [Theory]
    [InlineData("## 2024 Papers", 2024, MarkdownParser.UnknownVenue)]
    [InlineData("## Papers in 2024", 2024, MarkdownParser.UnknownVenue)]
    [InlineData("## Year 2023", 2023, MarkdownParser.UnknownVenue)]
    [InlineData("## 2023 (12 papers)", 2023, MarkdownParser.UnknownVenue)]
    [InlineData("## USENIX ATC 2022", 2022, "USENIX ATC")]
    [InlineData("## Middleware 2021", 2021, "Middleware")]
    public void A_heading_with_a_year_among_a_few_words_gives_the_year(string heading, int year, string venue)
    {
        var entry = Assert.Single(Parse("# T\n" + heading + "\n- [Fast Restore](https://example.org/p)\n").Entries);

        Assert.Equal((year, venue), (entry.Year, entry.Venue));
    }

    [Theory]
    [InlineData("## Before 2020")]
    [InlineData("## 2020-2022")]
    [InlineData("## Papers of 2020 and 2021")]
    public void A_heading_that_spans_years_gives_none(string heading)
        => Assert.Equal("CRIU019", Assert.Single(Parse("# T\n" + heading + "\n- [Fast Restore](https://example.org/p)\n").Diagnostics).Descriptor.Id);

    [Theory]
    [InlineData("- [2023] Fast Restore", MarkdownParser.UnknownVenue, 2023)]
    [InlineData("- Fast Restore, 2023", MarkdownParser.UnknownVenue, 2023)]
    [InlineData("- Fast Restore, *Middleware*, 2023", "Middleware", 2023)]
    [InlineData("- [Fast Restore](https://example.org/p), OSDI, 2023", "OSDI", 2023)]
    public void A_bare_year_or_a_venue_and_year_after_commas(string line, string venue, int year)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, year), (entry.Title, entry.Venue, entry.Year));
    }

    [Fact]
    public void A_title_with_commas_keeps_its_words_when_a_bare_year_ends_it()
        => Assert.Equal("One Step Forward, Two Steps Back", SingleEntry("- One Step Forward, Two Steps Back, 2019").Title);

    [Fact]
    public void A_bracketed_paper_link_is_the_url()
        => Assert.Equal("https://example.org/p.pdf", SingleEntry("- [OSDI '23] Fast Restore [[paper]](https://example.org/p.pdf)").Url);

    [Fact]
    public void A_bare_year_after_the_title_gives_the_year_and_the_heading_the_venue()
    {
        var document = Parse("# T\n## Venues\n### SIGMOD\n- [Anchor: Stores](https://example.org/a) (2021)\n- Buoy: Joins (2022)\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal([("Anchor: Stores", "SIGMOD", 2021), ("Buoy: Joins", "SIGMOD", 2022)], document.Entries.Select(e => (e.Title, e.Venue, e.Year)));
    }

    [Fact]
    public void Emphasis_inside_a_plain_title_is_dropped_not_a_boundary()
    {
        Assert.Equal("A Search for Checkpoints, Fast", SingleEntry("- [OSDI '23] A *Search* for __Checkpoints__, Fast").Title);
        Assert.Equal("Deep Learning for Checkpoints", SingleEntry("- [OSDI '23] *Deep* Learning for Checkpoints").Title);
    }

    [Theory]
    [InlineData("- [OSDI '23] Fast Restore https://arxiv.org/abs/2305.01234", "2305.01234")]
    [InlineData("- [OSDI '23] Fast Restore <https://arxiv.org/abs/2305.01234>", "2305.01234")]
    [InlineData("- [OSDI '23] https://arxiv.org/abs/2305.01234 Fast Restore", "2305.01234")]
    [InlineData("- [OSDI '23] Fast Restore (https://arxiv.org/abs/2305.01234).", "2305.01234")]
    public void A_bare_url_is_a_link_never_words_of_the_title(string line, string id)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", id), (entry.Title, entry.LinkedArXivId));
        Assert.Equal("https://arxiv.org/abs/" + id, Assert.Single(entry.Links).Url);
    }

    [Fact]
    public void A_url_written_as_the_title_leaves_the_entry_without_a_title_and_is_reported()
    {
        var document = Parse("# T\n## C\n- [OSDI '23] [https://arxiv.org/abs/2412.12488](https://arxiv.org/abs/2412.12488)\n");

        Assert.Empty(document.Entries);
        Assert.Equal(("CRIU021", "a bullet with no title"), (Assert.Single(document.Diagnostics).Descriptor.Id, document.Diagnostics[0].MessageArgs[0]));
    }

    [Fact]
    public void Table_rows_are_entries_with_their_links()
    {
        var document = Parse(
            "# T\n## Tables\n" +
            "| Date | Title | Venue | Code |\n" +
            "|------|-------|:-----:|------|\n" +
            "| 2024.03 | [Compass: Scheduling](https://example.org/c) | EuroSys | [![code](https://img.shields.io/badge/x)](https://github.com/x/c) |\n" +
            "| 2022.06 | Astrolabe: Intervals | HPDC'22 | [code](https://github.com/x/a) |\n" +
            "| 2023 | [Sextant](https://arxiv.org/abs/2311.03333) | | - |\n" +
            "\n" +
            "| Paper | Conference |\n| --- | --- |\n| **Gnomon: Accounting** | Cluster '20 |\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(
            [("Compass: Scheduling", "EuroSys", 2024, 3, "https://example.org/c"), ("Astrolabe: Intervals", "HPDC", 2022, 0, null), ("Sextant", "arXiv", 2023, 0, "https://arxiv.org/abs/2311.03333"), ("Gnomon: Accounting", "Cluster", 2020, 0, null)],
            document.Entries.Select(e => (e.Title, e.Venue, e.Year, e.Month, e.Url)));
        Assert.Equal([("code", "https://github.com/x/c")], document.Entries[0].Links.Select(l => (l.Label, l.Url)));
        Assert.Equal([("code", "https://github.com/x/a")], document.Entries[1].Links.Select(l => (l.Label, l.Url)));
        Assert.Equal(2, document.Lines.Count(l => l.Kind == LineKind.TableHeader));
        Assert.Equal(2, document.Lines.Count(l => l.Kind == LineKind.TableSeparator));
    }

    [Fact]
    public void A_venue_cell_without_a_year_gives_the_venue_and_the_headings_the_year()
    {
        var document = Parse(
            "# T\n## Papers of 2022\n" +
            "| Paper | Conference | Code |\n| --- | :---: | --- |\n" +
            "| Compass: Scheduling | ATC | - |\n" +
            "| [Astrolabe: Intervals](https://example.org/a) | USENIX ATC | [code](https://github.com/x/a) |\n" +
            "| Sextant (2021) | EuroSys | |\n" +
            "| Gnomon: Accounting | N/A | |\n" +
            "| Quadrant: Placement | - | |\n" +
            "| Sundial: Clocks | Oral | |\n" +
            "| Orrery: Models | Under review | |\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(
            [("Compass: Scheduling", "ATC", 2022), ("Astrolabe: Intervals", "USENIX ATC", 2022), ("Sextant", "EuroSys", 2021), ("Gnomon: Accounting", "Unknown", 2022), ("Quadrant: Placement", "Unknown", 2022), ("Sundial: Clocks", "Unknown", 2022), ("Orrery: Models", "Unknown", 2022)],
            document.Entries.Select(e => (e.Title, e.Venue, e.Year)));
    }

    [Fact]
    public void A_table_without_a_title_column_is_reported_row_by_row()
    {
        var document = Parse("# T\n| Name of thing | Count |\n|---|---|\n| x | 1 |\n");

        Assert.Equal("CRIU021", Assert.Single(document.Diagnostics).Descriptor.Id);
        Assert.Empty(document.Entries);
    }

    [Fact]
    public void Html_comments_details_and_code_fences_are_skipped_and_tags_stripped()
    {
        var document = Parse(
            "<!-- a comment\nover lines -->\n# T\n## C\n<details>\n<summary>Older papers</summary>\n\n- [VEE '15] [Dory: <b>Post-Copy</b> Revisited](https://example.org/d)\n\n</details>\n" +
            "```bibtex\n@misc{x, title={[OSDI '23] not an entry}}\n```\n<p align=\"center\"><img src=\"logo.png\"></p>\n<img src=\"banner.png\" alt=\"Awesome Checkpointing\" width=\"600\">\n---\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal("Dory: Post-Copy Revisited", Assert.Single(document.Entries).Title);
        Assert.Equal(["C", "Older papers"], document.Categories.Select(c => c.Name));
        Assert.Equal(10, document.Lines.Count(l => l.Kind == LineKind.Skipped));
    }

    [Fact]
    public void Text_after_a_comment_that_closes_on_its_line_is_read_not_dropped()
    {
        var text = "# T\n## C\n<!-- note --> - [OSDI '23] Kept After a Comment\n<!-- over\nlines --> - [SoCC '24] Also Kept\n"
            + "<!-- a --> <!-- b --> - [VEE '15] Third One\n<!-- only a comment -->\n"
            + string.Concat(Enumerable.Repeat("<!-- x -->", 20_000)) + " - [ATC '22] After Many Comments\n";
        var document = Parse(text);

        Assert.Empty(document.Diagnostics);
        Assert.Equal(["Kept After a Comment", "Also Kept", "Third One", "After Many Comments"], document.Entries.Select(e => e.Title));
        Assert.Equal([3, 5, 6, 8], document.Entries.Select(e => e.LineNumber));
        LineAccounting.AssertEveryLineIsAccountedFor(text, document);
    }

    [Fact]
    public void A_pin_on_a_sub_bullet_pins_the_entry_above_and_a_second_one_is_an_error_at_it()
    {
        var document = Parse("# T\n## C\n- [OSDI '23] First Paper\n  - [code](https://example.org/a) {#PinnedFirst}\n- [OSDI '23] Second Paper {#PinnedSecond}\n  - notes {#Again}\n");

        Assert.Equal(["PinnedFirst", "PinnedSecond"], document.Entries.Select(e => e.Pin?.Identifier));
        var duplicate = Assert.Single(document.Diagnostics);
        Assert.Equal("CRIU040", duplicate.Descriptor.Id);
        Assert.Equal((5, 10, 5, 18), Span(duplicate));
        Assert.Equal(["The entry's name", "PinnedSecond", "pinned", "5", "this second pin, on a sub-bullet, is ignored"], duplicate.MessageArgs);
    }

    [Fact]
    public void Setext_headings_are_headings_and_a_rule_after_a_blank_line_is_not()
    {
        var text = "Awesome Snapshots\n=================\n\nSystems\n-------\n- [OSDI '23] First Paper\n\n---\n\nStorage\n--\n- [FAST '24] Second Paper\n";
        var document = Parse(text);

        Assert.Empty(document.Diagnostics);
        Assert.Equal("Awesome Snapshots", document.Title);
        Assert.Equal(["Systems", "Storage"], document.Categories.Select(c => c.Name));
        Assert.Equal([(0, "First Paper"), (1, "Second Paper")], document.Entries.Select(e => (e.CategoryIndex, e.Title)));
        LineAccounting.AssertEveryLineIsAccountedFor(text, document);
    }

    [Fact]
    public void Front_matter_is_skipped_and_gives_the_title_when_no_heading_does()
    {
        var text = "---\nlayout: page\ntitle: \"Reading List\"\ntags:\n  - systems\n---\n\n## Systems\n- [OSDI '23] First Paper\n";
        var document = Parse(text);

        Assert.Empty(document.Diagnostics);
        Assert.Equal("Reading List", document.Title);
        Assert.Equal(["Systems"], document.Categories.Select(c => c.Name));
        Assert.Equal("First Paper", Assert.Single(document.Entries).Title);
        LineAccounting.AssertEveryLineIsAccountedFor(text, document);
    }

    [Fact]
    public void A_heading_after_front_matter_is_the_title()
    {
        var document = Parse("---\ntitle: Page\n---\n# Awesome Snapshots\n## Systems\n- [OSDI '23] First Paper\n");

        Assert.Equal("Awesome Snapshots", document.Title);
        Assert.Equal(["Systems"], document.Categories.Select(c => c.Name));
    }

    [Theory]
    [InlineData("---\n- [OSDI '23] First Paper\n- [SOSP '21] Second Paper\n---\n")]
    [InlineData("---\nNote: two papers\n- [OSDI '23] First Paper\n- [SOSP '21] Second Paper\n---\n")]
    [InlineData("---\ndate: 2023\n- [OSDI '23] First Paper [[pdf]](https://example.org/p)\n- [SOSP '21] Second Paper\n---\n")]
    [InlineData("---\nA list of papers.\n---\n- [OSDI '23] First Paper\n- [SOSP '21] Second Paper\n")]
    public void A_list_between_rules_is_no_front_matter(string text)
        => Assert.Equal(["First Paper", "Second Paper"], Parse(text).Entries.Select(e => e.Title));

    [Theory]
    [InlineData("This list accompanies our survey [Checkpointing: A Survey](https://arxiv.org/abs/2401.01234) (arXiv 2024).")]
    [InlineData("Maintainer: [@someone](https://github.com/someone). Last update: March 2025.")]
    [InlineData("See the [OSDI 2023 program](https://example.org/p) for more.")]
    [InlineData("This work is licensed under [CC BY 4.0](https://example.org/l) (2024).")]
    public void A_sentence_that_links_a_title_in_its_course_is_prose(string line)
    {
        var document = Parse("# T\n" + line + "\n## C\n- [OSDI '23] X\n");

        Assert.Equal("X", Assert.Single(document.Entries).Title);
        Assert.Equal(("CRIU021", 1), (Assert.Single(document.Diagnostics).Descriptor.Id, Assert.Single(document.Diagnostics).Location!.LineSpan.Start.Line));
    }

    [Theory]
    [InlineData("[OSDI '23] Fast restore for everyone [pdf](https://example.org/a)", "Fast restore for everyone")]
    [InlineData("Checkpointing made simple [GitHub](https://example.org/b) (SOSP 2021)", "Checkpointing made simple")]
    [InlineData("Zapper: [Zapping Processes](https://example.org/z) (OSDI 2023)", "Zapper: Zapping Processes")]
    [InlineData("[Zapping Processes](https://example.org/z) (OSDI 2023)", "Zapping Processes")]
    public void A_paragraph_entry_with_a_link_is_no_prose(string line, string title)
        => Assert.Equal(title, Assert.Single(Parse("# T\n## C\n" + line + "\n").Entries).Title);

    [Fact]
    public void A_details_section_with_a_summary_is_a_category_below_the_heading_above()
    {
        var text = "# T\n## Training\n<details><summary><b>On Device</b></summary>\n\n- [OSDI '23] Alpha\n</details>\n"
            + "<details>\n<summary><h3>Federated</h3></summary>\n- [OSDI '23] Beta\n<details><summary>Click to expand</summary>\n- [OSDI '23] Gamma\n</details>\n- [OSDI '23] Delta\n</details>\n"
            + "- [OSDI '23] Epsilon\n## Serving\n- [OSDI '23] Zeta\n";
        var document = Parse(text);

        Assert.Empty(document.Diagnostics);
        Assert.Equal([("Training", 2, -1), ("On Device", 3, 0), ("Federated", 3, 0), ("Serving", 2, -1)], document.Categories.Select(c => (c.Name, c.Level, c.Parent)));
        Assert.Equal([("Alpha", 1), ("Beta", 2), ("Gamma", 2), ("Delta", 2), ("Epsilon", 0), ("Zeta", 3)], document.Entries.Select(e => (e.Title, e.CategoryIndex)));
        LineAccounting.AssertEveryLineIsAccountedFor(text, document);
    }

    [Fact]
    public void A_details_section_in_code_or_a_comment_is_no_category()
    {
        var text = "# T\n## C\n- [OSDI '23] Alpha\n```html\n<details><summary>Example</summary>\n</details>\n```\n<!--\n<details><summary>Hidden</summary>\n-->\n- [OSDI '23] Beta\n";
        var document = Parse(text);

        Assert.Equal(["C"], document.Categories.Select(c => c.Name));
        Assert.Equal([("Alpha", 0), ("Beta", 0)], document.Entries.Select(e => (e.Title, e.CategoryIndex)));
        LineAccounting.AssertEveryLineIsAccountedFor(text, document);
    }

    [Fact]
    public void Prose_is_an_info_at_its_line_and_never_a_category()
    {
        var document = Parse("# T\nA curated list of papers.\n## C\n- [OSDI '23] X\n");

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(("CRIU021", Microsoft.CodeAnalysis.DiagnosticSeverity.Info), (diagnostic.Descriptor.Id, diagnostic.Descriptor.DefaultSeverity));
        Assert.Equal((1, 0, 1, 25), Span(diagnostic));
        Assert.Equal(["C"], document.Categories.Select(c => c.Name));
    }

    [Fact]
    public void A_bulleted_entry_in_Markdown_has_no_CRIU017()
    {
        var document = Parse("# T\n## C\n- [OSDI '23] Bulleted\n- [SoCC '24] Another\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(2, document.Entries.Count);
    }

    [Theory]
    [InlineData("papers.txt", "T\n- A\n[OSDI '23] X\n", false)]
    [InlineData("papers.md", "T\n- A\n[OSDI '23] X\n", false)]
    [InlineData("papers.md", "T\n- A\n- [OSDI '23] X\n", true)]
    [InlineData("papers.md", "T\n- A\n[OSDI '23] X\n[SoCC '24] Y\n- [ATC '22] Z\n", false)]
    [InlineData("papers.md", "T\n\nA list of papers, none yet.\n", true)]
    [InlineData("papers.md", "T\n- A\n[OSDI] no year\n", true)]
    [InlineData("papers.txt", "# T\n- [OSDI '23] X\n", true)]
    [InlineData("papers.txt", "T\n== Section ==\n", true)]
    [InlineData("papers.txt", "T\n- [Title](https://example.org)\n", true)]
    [InlineData("papers.txt", "#region title\n- A\n[OSDI '23] X\n", false)]
    public void The_format_comes_from_the_file_name_or_the_first_Markdown_line_and_a_plain_list_named_md_is_read_as_plain(string path, string text, bool isMarkdown)
        => Assert.Equal(isMarkdown ? CatalogFormat.Markdown : CatalogFormat.Plain, CatalogParser.Parse(new CatalogSource("/catalogs/" + path, text), CancellationToken.None).Format);

    [Fact]
    public void The_seed_saved_as_md_is_read_as_the_plain_list_it_is_with_every_line_accounted_for()
    {
        // Read as Markdown, its '[VENUE 'YY] Title' lines are no entries, and every line would be an Info (CRIU021).
        var document = CatalogParser.Parse(new CatalogSource("/catalogs/criu.md", CatalogFiles.SeedText), CancellationToken.None);

        Assert.Equal(CatalogFormat.Plain, document.Format);
        Assert.Empty(document.Diagnostics);
        LineAccounting.AssertEveryLineIsAccountedFor(CatalogFiles.SeedText, document);
        Assert.Equal(57, document.Entries.Count);
    }

    [Fact]
    public void The_seed_is_still_read_as_a_plain_list()
    {
        var document = CatalogParser.Parse(new CatalogSource(CatalogFiles.SeedPath, CatalogFiles.SeedText), CancellationToken.None);

        Assert.Equal(CatalogFormat.Plain, document.Format);
        LineAccounting.AssertEveryLineIsAccountedFor(CatalogFiles.SeedText, document);
        Assert.Equal(57, document.Lines.Count(l => l.Kind == LineKind.Entry));
    }

    [Theory]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")]
    [InlineData("- [OSDI '23] ((((((((((((((((((((((((((((((((((((((((((()")]
    [InlineData("- ``` ` `` ```` ` `")]
    [InlineData("| a | b |\n|---|\n| [ | ] |")]
    [InlineData("<!--")]
    [InlineData("- [x](")]
    [InlineData("- :a:b:c: \uD83D")]
    [InlineData("#\n##\n- \n1.")]
    public void Broken_Markdown_is_accounted_for_and_never_throws(string body)
    {
        var text = "# T\n" + body + "\n";
        var document = Parse(text);

        LineAccounting.AssertEveryLineIsAccountedFor(text, document);
    }

    [Theory]
    [InlineData("### [Fast Restore](https://example.org/f)\n- Venue: OSDI 2020\n", "Fast Restore", "OSDI", 2020, "https://example.org/f")]
    [InlineData("### Fast Restore\n- **Conference**: EuroSys 2022\n- **Paper**: [pdf](https://example.org/f.pdf)\n", "Fast Restore", "EuroSys", 2022, "https://example.org/f.pdf")]
    [InlineData("### Fast Restore\n**Venue:** SoCC '21\n\n**Authors:** Li Wei\n", "Fast Restore", "SoCC", 2021, null)]
    [InlineData("### Fast Restore (NSDI 2019)\n- [paper](https://example.org/f.pdf) | [code](https://example.org/c)\n", "Fast Restore", "NSDI", 2019, "https://example.org/f.pdf")]
    [InlineData("### 4. Fast Restore\n- Conference: ATC\n- Year: 2018\n", "Fast Restore", "ATC", 2018, null)]
    [InlineData("### Fast Restore\n- Published in: Proceedings of the 15th ACM Symposium on Cloud Computing (SoCC '24)\n", "Fast Restore", "SoCC", 2024, null)]
    [InlineData("### [Fast Restore](https://arxiv.org/abs/2104.05678)\n- Authors: Ravi Kumar\n", "Fast Restore", "arXiv", 2021, "https://arxiv.org/abs/2104.05678")]
    [InlineData("### Fast Restore\n- Venue: OSDI 2020 (with SOSP 2019 follow-up)\n", "Fast Restore", "OSDI", 2020, null)]
    public void A_heading_with_a_papers_fields_under_it_is_that_paper(string lines, string title, string venue, int year, string? url)
    {
        var document = Parse("# Title\n## Migration\n" + lines);

        Assert.Empty(document.Diagnostics);
        var entry = Assert.Single(document.Entries);
        Assert.Equal((title, venue, year, url, 3), (entry.Title, entry.Venue, entry.Year, entry.Url, entry.LineNumber));
        Assert.Equal("Migration", document.Categories[entry.CategoryIndex].Name);
        Assert.DoesNotContain(document.Categories, c => c.Name.Contains("Fast", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_linked_paper_heading_takes_its_year_from_the_headings_above()
    {
        var document = Parse("# Title\n## 2021\n### [Sloppy Snapshots](https://example.org/s)\n- Authors: Ana Ruiz\n");

        Assert.Empty(document.Diagnostics);
        var entry = Assert.Single(document.Entries);
        Assert.Equal(("Sloppy Snapshots", MarkdownParser.UnknownVenue, 2021), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal(["Authors: Ana Ruiz"], entry.Notes);
    }

    [Fact]
    public void A_paper_heading_is_under_the_heading_above_it_not_under_a_heading_of_its_level_before_it()
    {
        var document = Parse("# Title\n## 2021\n### Systems\n- [OSDI '21] Fast Restore\n### [Sloppy Snapshots](https://example.org/s)\n- Authors: Ana Ruiz\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(
            [("Fast Restore", "Systems"), ("Sloppy Snapshots", "2021")],
            document.Entries.Select(e => (e.Title, document.Categories[e.CategoryIndex].Name)));
    }

    [Theory]
    [InlineData("### Tools we use\n- Code: [github](https://github.com/x/t)\n")]
    [InlineData("### Installation\n- Authors: the maintainers\n")]
    [InlineData("### Surveys\n- [OSDI '20] Fast Restore\n")]
    [InlineData("## Citation\n- Authors: Ana Ruiz, Tom Berg\n- Year: 2023\n")]
    [InlineData("## 2021\n### Sloppy Snapshots\n- Authors: Ana Ruiz\n")]
    [InlineData("### Papers (2023)\n- Notes: read twice.\n- [Slow Restore](https://example.org/sr)\n")]
    [InlineData("## Fall 2023\n### Week 1\n- Paper: [Fast Restore](https://example.org/f) (OSDI 2020)\n- Presenter: Alice\n")]
    [InlineData("## 2021\n### Containers\n**Note:** papers marked with a star are must-reads.\n- [Fast Restore](https://example.org/f)\n")]
    [InlineData("## 2019\n### Side channels\n- Poster: Detecting Cache Attacks (CCS 2019)\n")]
    [InlineData("## 2021\n### [CRIU](https://criu.org)\n- Notes: the tool most papers use\n- [Fast Restore](https://example.org/f)\n")]
    public void A_heading_with_no_venue_link_or_year_of_its_own_or_no_paper_field_first_stays_a_category(string lines)
    {
        var document = Parse("# Title\n" + lines);
        var heading = lines.Split('\n').Count(l => l.StartsWith('#'));

        Assert.Equal(heading, document.Lines.Count(l => l.Kind is LineKind.Heading or LineKind.EmptyHeading));
        Assert.All(document.Entries, e => Assert.True(e.LineNumber > heading + 1));
    }

    [Fact]
    public void A_venue_written_before_its_year_in_parentheses_gives_both_and_no_note()
    {
        var entry = Assert.Single(Parse("# Title\n## Journals\n### Fast Restore\n- Journal: IEEE TPDS (2021)\n").Entries);

        Assert.Equal(("Fast Restore", "IEEE TPDS", 2021), (entry.Title, entry.Venue, entry.Year));
        Assert.Empty(entry.Notes);
    }

    [Fact]
    public void A_heading_with_papers_after_its_fields_is_over_those_papers_and_a_demo_or_poster_sub_bullet_with_a_label_is_one()
    {
        var document = Parse(
            "# Title\n## 2023\n### Accepted papers\nConference: OSDI 2023, Boston\n- [Fast Restore](https://example.org/f)\n"
            + "- [Restore at Scale](https://example.org/r) (EuroSys 2021)\n  - Demo: Live Migrating a Game Server (MobiSys 2021)\n  - Poster: Checkpointing GPUs (SOSP 2021)\n");

        Assert.Equal(
            [("Fast Restore", "Accepted papers"), ("Restore at Scale", "Accepted papers"), ("Demo: Live Migrating a Game Server", "Accepted papers"), ("Poster: Checkpointing GPUs", "Accepted papers")],
            document.Entries.Select(e => (e.Title, document.Categories[e.CategoryIndex].Name)));
        Assert.Equal("a field (Conference:) with no paper above it", Assert.Single(document.Diagnostics).MessageArgs[0]);
    }

    [Theory]
    [InlineData("- Date: A Love Story (SOSP 2019)", "Date: A Love Story")]
    [InlineData("- Authors: Do They Matter? (CHI 2020)", "Authors: Do They Matter?")]
    public void A_title_that_starts_with_a_fields_name_is_a_paper_when_its_value_is_no_such_field(string line, string title)
        => Assert.Equal(title, SingleEntry(line).Title);

    [Theory]
    [InlineData("- Venue: OSDI 2020 (Best Paper Award)")]
    [InlineData("- Conference: OSDI 2020 (Oral)")]
    [InlineData("- Venue: OSDI 2020, Boston, MA")]
    [InlineData("- Venue: OSDI 2020 Distinguished Artifact")]
    [InlineData("- Year: 2020 (camera-ready)")]
    public void A_field_that_says_more_than_the_label_stays_a_note(string field)
    {
        var document = Parse("# Title\n## Category\n- [Fast Restore](https://example.org/f) (OSDI 2020)\n  " + field + "\n");

        Assert.Equal([field.Substring(2)], Assert.Single(document.Entries).Notes);
    }

    [Theory]
    [InlineData("- **Conference**: EuroSys 2022", "Conference")]
    [InlineData("- Venue: OSDI 2020", "Venue")]
    [InlineData("- Published in: Proceedings of the 15th ACM Symposium on Cloud Computing (SoCC '24)", "Published in")]
    [InlineData("**Venue:** SoCC '21", "Venue")]
    public void A_papers_field_with_no_paper_above_it_is_no_paper(string line, string field)
    {
        // Under a heading with a paper of its own, "## Category" is a category, not a paper whose field this is.
        var document = Parse("# Title\n## Category\n- [ATC '19] Fast Restore\n\n" + line + "\n");

        Assert.Equal("Fast Restore", Assert.Single(document.Entries).Title);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(("CRIU021", 4), (diagnostic.Descriptor.Id, diagnostic.Location!.LineSpan.Start.Line));
        Assert.Equal($"a field ({field}:) with no paper above it", diagnostic.MessageArgs[0]);
    }

    [Theory]
    [InlineData("  - Published in: Proceedings of the 17th USENIX Symposium on Operating Systems Design and Implementation (OSDI '23)\n", "OSDI", 2023)]
    [InlineData("  - Conference: ATC 2019\n", "ATC", 2019)]
    [InlineData("  - **Venue:** SoCC '21\n  - Year: 2021\n", "SoCC", 2021)]
    public void A_field_in_a_sub_bullet_gives_its_entry_the_label_and_is_no_paper_of_its_own(string lines, string venue, int year)
    {
        var document = Parse("# Title\n## Category\n- [Fast Restore](https://example.org/f)\n" + lines);

        Assert.Empty(document.Diagnostics);
        var entry = Assert.Single(document.Entries);
        Assert.Equal(("Fast Restore", venue, year), (entry.Title, entry.Venue, entry.Year));
        Assert.Empty(entry.Notes);
    }

    [Theory]
    [InlineData("- Paper: [Fast Restore](https://example.org/f) (OSDI 2020)")]
    [InlineData("- Title: Fast Restore (OSDI 2020)")]
    public void A_paper_or_title_field_names_the_paper_that_follows(string line)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", "OSDI", 2020), (entry.Title, entry.Venue, entry.Year));
    }

    [Theory]
    [InlineData("- Fast Restore, OSDI 2020 (Best Paper Award)", "OSDI", "Best Paper Award")]
    [InlineData("- Fast Restore (OSDI 2020) (Best Paper Award)", "OSDI", "Best Paper Award")]
    [InlineData("- Fast Restore, OSDI 2020. Best Paper.", "OSDI", "Best Paper")]
    [InlineData("- Fast Restore - OSDI 2020 - Best Paper", "OSDI", "Best Paper")]
    [InlineData("- Fast Restore (OSDI 2020, Best Paper Award)", "OSDI", "Best Paper Award")]
    [InlineData("- Fast Restore [OSDI 2020] \U0001F3C6 Best Paper", "OSDI", "Best Paper")]
    [InlineData("- Fast Restore (OSDI'20) - Distinguished Artifact", "OSDI", "Distinguished Artifact")]
    [InlineData("- Fast Restore, OSDI 2020 (\U0001F3C6 Best Paper)", "OSDI", "Best Paper")]
    [InlineData("- Fast Restore, NeurIPS 2023 (Datasets and Benchmarks Track)", "NeurIPS", "Datasets and Benchmarks Track")]
    [InlineData("- Fast Restore, VLDB 2020, Industry track", "VLDB", "Industry track")]
    [InlineData("- Fast Restore (OSDI 2020) (Kanellakis Prize)", "OSDI", "Kanellakis Prize")]
    [InlineData("- Fast Restore, OSDI 2020 (community award)", "OSDI", "community award")]
    [InlineData("- Fast Restore (Spotlight) (NeurIPS 2023)", "NeurIPS", "Spotlight")]
    [InlineData("- Fast Restore, NeurIPS 2023 (Spotlight)", "NeurIPS", "Spotlight")]
    [InlineData("- Fast Restore, NeurIPS 2023, Oral", "NeurIPS", "Oral")]
    [InlineData("- Fast Restore. NeurIPS 2023 (oral)", "NeurIPS", "oral")]
    [InlineData("- Fast Restore **(Oral)** (CVPR 2022)", "CVPR", "Oral")]
    [InlineData("- Fast Restore (CVPR 2022) **Oral**", "CVPR", "Oral")]
    [InlineData("- Fast Restore (Oral) [CVPR 2022]", "CVPR", "Oral")]
    [InlineData("- [Fast Restore](https://example.org/f) - CVPR 2022 - **Oral** - [code](https://github.com/x/f)", "CVPR", "Oral")]
    [InlineData("- Fast Restore [SOSP 2021] Best Student Paper Award, Honorable Mention", "SOSP", "Best Student Paper Award, Honorable Mention")]
    [InlineData("- Fast Restore (ICML 2022, Outstanding Paper, top 1%)", "ICML", "Outstanding Paper, top 1%")]
    [InlineData("- Fast Restore, ICML 2022 (Oral, top 1.8%)", "ICML", "Oral, top 1.8%")]
    [InlineData("- Fast Restore (OSDI 2020) (Best Paper Award and Best Student Paper Award)", "OSDI", "Best Paper Award and Best Student Paper Award")]
    [InlineData("- A. Writer, B. Coder. Fast Restore. SOSP 2021. Best Paper.", "SOSP", "Best Paper")]
    [InlineData("- Fast Restore. In OSDI 2020 (Best Paper Award).", "OSDI", "Best Paper Award")]
    public void A_note_on_how_a_paper_was_presented_or_honoured_is_its_publications_note_not_its_title(string line, string venue, string note)
    {
        // Before, "Title, OSDI 2020 (Best Paper Award)" was skipped as an item with no label, and "(Spotlight)" stayed in the title.
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, note), (entry.Title, entry.Venue, entry.Note));
        Assert.DoesNotContain(entry.Notes, n => n.Contains(note, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- Best Paper Award Winners Revisited (OSDI 2020)", "Best Paper Award Winners Revisited")]
    [InlineData("- The Spotlight Effect, OSDI 2020", "The Spotlight Effect")]
    [InlineData("- Fast Restore - A Poster Study (OSDI 2020)", "Fast Restore - A Poster Study")]
    [InlineData("- Keynote Speech on Restore (OSDI 2020)", "Keynote Speech on Restore")]
    [InlineData("- Fast Restore: An Oral History (OSDI 2020)", "Fast Restore: An Oral History")]
    [InlineData("- Talk Is Cheap (OSDI 2020)", "Talk Is Cheap")]
    [InlineData("- Fast Restore (Long Version) (OSDI 2020)", "Fast Restore (Long Version)")]
    [InlineData("- Fast Restore (and Test) (OSDI 2020)", "Fast Restore (and Test)")]
    [InlineData("- Detect, Track and Highlight (OSDI 2020)", "Detect, Track and Highlight")]
    [InlineData("- [Detect, Track and Highlight](https://example.org/d) (OSDI 2020)", "Detect, Track and Highlight")]
    [InlineData("- Segment, Track, and Spotlight, OSDI 2020", "Segment, Track, and Spotlight")]
    [InlineData("- Good, Better, Best (OSDI 2020)", "Good, Better, Best")]
    [InlineData("- Fast, Cheap, and the Best, OSDI 2020", "Fast, Cheap, and the Best")]
    [InlineData("- Restore - The Poster, OSDI 2020", "Restore - The Poster")]
    [InlineData("- [OSDI 2020] Restore, the Spotlight", "Restore, the Spotlight")]
    [InlineData("- Time, Talk (OSDI 2020)", "Time, Talk")]
    [InlineData("- CRIU (Checkpoint/Restore in Userspace) Demo, OSDI 2020", "CRIU (Checkpoint/Restore in Userspace) Demo")]
    [InlineData("- Lazy Restore (v2) Demo (OSDI 2020)", "Lazy Restore (v2) Demo")]
    [InlineData("- Why Lazy Restore Is (Usually) Best, OSDI 2020", "Why Lazy Restore Is (Usually) Best")]
    [InlineData("- Lessons (from the Gordon Bell Prize) (OSDI 2020)", "Lessons (from the Gordon Bell Prize)")]
    [InlineData("- Fast Restore (Talk) (OSDI 2020)", "Fast Restore (Talk)")]
    [InlineData("- Fast Restore (Getting Back on Track) (OSDI 2020)", "Fast Restore (Getting Back on Track)")]
    [InlineData("- Fast Restore (Winning the Award) (OSDI 2020)", "Fast Restore (Winning the Award)")]
    [InlineData("- Fast Restore (Winning the Prize) (OSDI 2020)", "Fast Restore (Winning the Prize)")]
    [InlineData("- Fast Restore (Towards Best Paper Award) (OSDI 2020)", "Fast Restore (Towards Best Paper Award)")]
    [InlineData("- Fast Restore (A Poster Child) (OSDI 2020)", "Fast Restore (A Poster Child)")]
    public void Words_such_notes_use_stay_in_a_title_that_says_more(string line, string title)
    {
        // A note ends a title only in parentheses or brackets, and never starts with a word that joins others.
        var entry = SingleEntry(line);

        Assert.Equal((title, "OSDI", (string?)null), (entry.Title, entry.Venue, entry.Note));
    }

    [Theory]
    [InlineData("- Fast Restore, NeurIPS 2023 Oral", "NeurIPS", "Oral")]
    [InlineData("- Fast Restore (OSDI 2020) **Best Paper Award**", "OSDI", "Best Paper Award")]
    [InlineData("- Fast Restore (OSDI 2020): Best Paper Award", "OSDI", "Best Paper Award")]
    [InlineData("- Fast Restore (OSDI 2020) -- Best Paper Award", "OSDI", "Best Paper Award")]
    [InlineData("- Fast Restore, OSDI 2020 (Jay Lepreau Best Paper Award)", "OSDI", "Jay Lepreau Best Paper Award")]
    [InlineData("- Fast Restore (OSDI 2020) (Short Paper)", "OSDI", "Short Paper")]
    [InlineData("- Fast Restore (ICLR 2023) (notable top 5%)", "ICLR", "notable top 5%")]
    [InlineData("- Fast Restore (OSDI 2020) (Selected for Oral)", "OSDI", "Selected for Oral")]
    [InlineData("- Fast Restore. *OSDI 2020*. *Best Paper*", "OSDI", "Best Paper")]
    public void More_ways_of_writing_such_a_note(string line, string venue, string note)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, note), (entry.Title, entry.Venue, entry.Note));
    }

    [Fact]
    public void Several_notes_after_the_label_are_all_taken()
    {
        var entry = SingleEntry("- Fast Restore, OSDI 2020 (Oral) (Best Paper Award)");

        Assert.Equal(("Fast Restore", "OSDI", "Oral"), (entry.Title, entry.Venue, entry.Note));
        Assert.Equal(["Best Paper Award"], entry.Notes);
    }

    [Fact]
    public void Several_notes_before_the_label_all_leave_the_title()
    {
        var entry = SingleEntry("- Fast Restore (Oral) (Spotlight) (NeurIPS 2023)");

        Assert.Equal(("Fast Restore", "NeurIPS"), (entry.Title, entry.Venue));
        Assert.Equal("Oral", entry.Note);
        Assert.Equal(["Spotlight"], entry.Notes);
    }

    [Theory]
    [InlineData("- Lazy Restore (\U0001F680 Fast Edition) (OSDI 2020)", "Lazy Restore (Fast Edition)")]
    [InlineData("- Lazy Restore (\U0001F680) (OSDI 2020)", "Lazy Restore")]
    [InlineData("- Emoji (\U0001F600) Prediction, OSDI 2020", "Emoji Prediction")]
    [InlineData("- Why malloc() Is Slow (OSDI 2020)", "Why malloc() Is Slow")]
    public void An_emoji_in_parentheses_leaves_no_empty_parentheses_in_the_title(string line, string title)
    {
        var entry = SingleEntry(line);

        Assert.Equal((title, "OSDI"), (entry.Title, entry.Venue));
    }

    [Theory]
    [InlineData(", Oral")]
    [InlineData(" (Best Paper)")]
    [InlineData(" (see also OSDI 2019)")]
    [InlineData(". Best Paper")]
    public void A_line_of_many_notes_is_read_in_a_few_passes(string note)
    {
        // Each note once called the title's reader again: 40,000 of them overflowed the stack, which no build survives.
        var line = "- Fast Restore, OSDI 2020" + string.Concat(Enumerable.Repeat(note, 40_000));

        var document = Parse("# Title\n## Category\n" + line + "\n");

        // The line is read, as an entry or as a line reported; it is not lost.
        Assert.Equal(1, document.Entries.Count + document.Diagnostics.Count);
    }

    [Fact]
    public void A_note_under_a_heading_that_names_the_venue_is_the_publications_note()
    {
        var document = Parse("# Title\n## OSDI 2019\n- Fast Restore (Best Paper)\n- Lazy Copy - Best Paper Award\n- Plain Paper\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(
            [("Fast Restore", "OSDI", 2019, "Best Paper"), ("Lazy Copy", "OSDI", 2019, "Best Paper Award"), ("Plain Paper", "OSDI", 2019, null)],
            document.Entries.Select(e => (e.Title, e.Venue, e.Year, e.Note)));
    }

    [Fact]
    public void A_second_note_stays_a_note_of_the_paper()
    {
        var entry = SingleEntry("- Fast Restore [NeurIPS 2023 Spotlight] (Best Paper Award)");

        Assert.Equal(("Fast Restore", "Spotlight"), (entry.Title, entry.Note));
        Assert.Equal(["Best Paper Award"], entry.Notes);
    }

    [Theory]
    [InlineData("- Fast Restore, SOSP 2021 (see also HotOS 2019)", "SOSP", 2021, "see also HotOS 2019")]
    [InlineData("- Fast Restore (see also OSDI '20) (SOSP 2021)", "SOSP", 2021, "see also OSDI '20")]
    [InlineData("- Fast Restore, OSDI 2020 (extended version in TOCS 2022)", "OSDI", 2020, "extended version in TOCS 2022")]
    [InlineData("- Fast Restore (OSDI 2020) [journal version: TOCS 2022]", "OSDI", 2020, "journal version: TOCS 2022")]
    [InlineData("- [Fast Restore](https://example.org/f) (SOSP 2021) (an earlier version appeared at HotOS 2019)", "SOSP", 2021, "an earlier version appeared at HotOS 2019")]
    [InlineData("- Fast Restore, SOSP 2021 (see also the workshop paper that came before this one and first put the idea of a lazy restore, HotOS 2019)", "SOSP", 2021, "see also the workshop paper that came before this one and first put the idea of a lazy restore, HotOS 2019")]
    public void Another_version_of_the_paper_is_a_note_and_never_its_label(string line, string venue, int year, string note)
    {
        // Before, "(see also HotOS 2019)" was the label, at the venue "see also HotOS", or stayed in the title.
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, year), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal([note], entry.Notes);
    }

    [Theory]
    [InlineData("- Fast Restore (to appear in OSDI 2024)", "OSDI", "to appear")]
    [InlineData("- Fast Restore [Accepted at EuroSys 2025]", "EuroSys", "Accepted")]
    [InlineData("- Fast Restore, accepted to NSDI 2025", "NSDI", "accepted")]
    [InlineData("- Fast Restore (forthcoming in TOCS 2025)", "TOCS", "forthcoming")]
    [InlineData("- Fast Restore (under review at SOSP 2025)", "SOSP", "under review")]
    [InlineData("- Fast Restore [To appear: OSDI '24 Short Paper]", "OSDI", "To appear, Short Paper")]
    [InlineData("- Fast Restore, accepted for publication in OSDI 2024", "OSDI", "accepted for publication")]
    [InlineData("- Fast Restore, to appear in the Proceedings of OSDI 2024", "OSDI", "to appear")]
    [InlineData("- A. Writer, B. Coder. Fast Restore. To appear in OSDI 2024.", "OSDI", "To appear")]
    [InlineData("- Fast Restore, In Press Journal 2021", "Journal", "In Press")]
    [InlineData("- Fast Restore, to appear in The Web Conference 2024", "The Web Conference", "to appear")]
    public void The_state_of_a_publication_before_its_venue_is_the_labels_note(string line, string venue, string note)
    {
        // Before, the venue was "to appear in OSDI" or "Accepted at EuroSys".
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, note), (entry.Title, entry.Venue, entry.Note));
    }

    [Theory]
    [InlineData("- Fast Restore, Under Review Board Meeting 2024", "Under Review Board Meeting")]
    [InlineData("- Fast Restore, Accepted Practice Workshop 2021", "Accepted Practice Workshop")]
    public void A_venue_whose_name_starts_with_a_state_keeps_it(string line, string venue)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("Fast Restore", venue, (string?)null), (entry.Title, entry.Venue, entry.Note));
    }

    [Theory]
    [InlineData("## Accepted to OSDI 2024", "OSDI")]
    [InlineData("## Submitted to SOSP 2025", "SOSP")]
    [InlineData("## Forthcoming in TOCS 2024", "TOCS")]
    public void A_heading_with_a_state_before_its_venue_names_the_venue(string heading, string venue)
    {
        // Before the state was read, a heading with a note was no venue's heading, and its papers were skipped.
        var document = Parse("# Title\n" + heading + "\n- Fast Restore\n");

        Assert.Empty(document.Diagnostics);
        var entry = Assert.Single(document.Entries);
        Assert.Equal(("Fast Restore", venue), (entry.Title, entry.Venue));
    }

    [Fact]
    public void Another_version_is_never_the_label_wherever_it_is_written()
    {
        var entry = SingleEntry("- [See also HotOS 2019] Fast Restore (OSDI 2020)");

        Assert.Equal(("Fast Restore", "OSDI", 2020), (entry.Title, entry.Venue, entry.Year));
    }

    [Fact]
    public void Several_other_versions_are_all_notes()
    {
        var entry = SingleEntry("- Fast Restore, OSDI 2020" + string.Concat(Enumerable.Range(2010, 5).Select(y => $" (see also HotOS {y})")));

        Assert.Equal(("Fast Restore", "OSDI", 2020), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal(5, entry.Notes.Count);
    }

    [Fact]
    public void Past_the_notes_a_line_may_have_another_version_is_still_no_label()
    {
        // Sixteen notes come off a line; a seventeenth other version is left, and the line is reported rather than read at "see also HotOS".
        var document = Parse("# Title\n## Category\n- Fast Restore, OSDI 2020" + string.Concat(Enumerable.Range(2000, 20).Select(y => $" (see also HotOS {y})")) + "\n");

        Assert.Empty(document.Entries);
        Assert.Equal("CRIU021", Assert.Single(document.Diagnostics).Descriptor.Id);
    }

    [Theory]
    [InlineData("- Fast Restore ((OSDI 2020))")]
    [InlineData("- Fast Restore (with (nested) parts) (OSDI 2020)")]
    public void Parentheses_in_parentheses_are_read_as_they_pair(string line)
    {
        var entry = SingleEntry(line);

        Assert.Equal(("OSDI", 2020), (entry.Venue, entry.Year));
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("(level ", ")")]
    [InlineData("[", "]")]
    public void Deeply_nested_parentheses_are_read_in_a_few_passes(string open, string close)
    {
        // Pairing each level made the label's reader call itself once per level: 8,000 overflowed the stack.
        var line = "- Fast Restore " + string.Concat(Enumerable.Repeat(open, 20_000)) + "OSDI 2020" + string.Concat(Enumerable.Repeat(close, 20_000));

        var document = Parse("# Title\n## Category\n" + line + "\n");

        Assert.Equal(1, document.Entries.Count + document.Diagnostics.Count);
    }

    [Fact]
    public void A_journal_volume_in_parentheses_within_the_label_is_a_note()
    {
        // Before, the title was "Fast Restore (PVLDB 13" and "12)" a note.
        var entry = SingleEntry("- Fast Restore (PVLDB 13(12), 2020)");

        Assert.Equal(("Fast Restore", "PVLDB", 2020), (entry.Title, entry.Venue, entry.Year));
        Assert.Equal(["13(12)"], entry.Notes);
    }

    [Fact]
    public void A_link_in_parentheses_after_the_title_takes_its_parentheses_with_it()
    {
        // Before, ")" was a note.
        var entry = SingleEntry("- Fast Restore ([pdf](https://example.org/f.pdf)), NSDI 2021");

        Assert.Equal(("Fast Restore", "NSDI", 2021, "https://example.org/f.pdf"), (entry.Title, entry.Venue, entry.Year, entry.Url));
        Assert.Empty(entry.Notes);
    }

    private static EntryLine SingleEntry(string line)
    {
        var document = Parse("# Title\n## Category\n" + line + "\n");
        Assert.Equal("", string.Join("; ", document.Diagnostics.Select(d => d.Descriptor.Id + " " + string.Join(",", d.MessageArgs))));
        var entry = Assert.Single(document.Entries);
        Assert.Equal((0, 3), (entry.CategoryIndex, entry.LineNumber));
        return entry;
    }

    private static CatalogDocument Parse(string text)
        => CatalogParser.Parse(new CatalogSource(MarkdownPath, text), CancellationToken.None);

    private static (int, int, int, int) Span(Diagnostics.DiagnosticInfo diagnostic)
    {
        var span = diagnostic.Location!.LineSpan;
        return (span.Start.Line, span.Start.Character, span.End.Line, span.End.Character);
    }
}
