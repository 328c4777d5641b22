using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Exporting;
using CriuCatalog.Generator.Tests.Infrastructure;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The BibTeX and Markdown exports: read back with a strict BibTeX reader, checked field by field against the
/// venue kinds, and snapshotted for the seed.
/// </summary>
public class ExportTests
{
    private const string Consumer = """
        using System.Linq;
        using CriuCatalog;

        public static class Probe
        {
            public static string CatalogBibTeX() => Papers.ToBibTeX();
            public static string CatalogMarkdown() => Papers.ToMarkdown();
            public static string[] Keys() => Papers.All.Select(p => p.Key).ToArray();
            public static string[] EachBibTeX() => Papers.All.Select(p => p.ToBibTeX()).ToArray();
            public static string[] EachMarkdown() => Papers.All.Select(p => p.ToMarkdown()).ToArray();
            public static bool ExportsAreConstants() => ReferenceEquals(Papers.ToBibTeX(), Papers.ToBibTeX()) && ReferenceEquals(Papers.Cricket.ToBibTeX(), Papers.Cricket.ToBibTeX());
        }
        """;

    private static readonly Lazy<Assembly> Compiled = new(() => GeneratorHarness.Run(CatalogFiles.SeedText, Consumer).Load());

    [Fact]
    public void The_seed_exports_one_valid_BibTeX_entry_per_paper_keyed_by_the_paper_key()
    {
        var entries = BibTeXReader.Read(Call<string>("CatalogBibTeX"));

        Assert.Equal(Call<string[]>("Keys"), entries.Select(e => e.Key));
        Assert.All(entries, AssertRequiredFields);
    }

    [Fact]
    public void The_seed_BibTeX_matches_its_snapshot()
        => Snapshot.Verify(Call<string>("CatalogBibTeX"), "catalog", "bib");

    [Fact]
    public void The_entry_type_follows_the_venue_kind()
    {
        var entries = BibTeXReader.Read(Call<string>("CatalogBibTeX")).ToDictionary(e => e.Key);

        // A conference paper that also has a preprint keeps its eprint.
        Assert.Equal("inproceedings", entries["async-fork"].Type);
        Assert.Equal("VLDB", entries["async-fork"].Fields["booktitle"]);
        Assert.Equal("2301.05861", entries["async-fork"].Fields["eprint"]);
        Assert.Equal("arXiv", entries["async-fork"].Fields["archivePrefix"]);

        Assert.Equal("misc", entries["singularity"].Type);
        Assert.Equal("2202.07848", entries["singularity"].Fields["eprint"]);
        Assert.Equal("2022", entries["singularity"].Fields["year"]);

        Assert.Equal("article", entries["h-container"].Type);
        Assert.Equal("TOCS", entries["h-container"].Fields["journal"]);
        Assert.Equal("Journal of Cloud Computing", entries["mdb-kcp"].Fields["journal"]);
        Assert.Equal("FGCS", entries["prebaking-runtime-environments"].Fields["journal"]);

        Assert.Equal("techreport", entries["criu-rtx"].Type);
        Assert.Equal("Virginia Tech", entries["criu-rtx"].Fields["institution"]);

        // HAL is an open archive, not a journal or a conference: the documented default.
        Assert.Equal("misc", entries["good-shepherds-care"].Type);
        Assert.Equal("HAL", entries["good-shepherds-care"].Fields["howpublished"]);
    }

    [Fact]
    public void Titles_protect_acronyms_and_mixed_case_words_from_style_case_changes()
    {
        var entries = BibTeXReader.Read(Call<string>("CatalogBibTeX")).ToDictionary(e => e.Key);

        Assert.Equal("On-demand and Parallel {Checkpoint/Restore} for {GPU} Applications", entries["on-demand-parallel-checkpoint-restore"].Fields["title"]);
        Assert.Equal("Custom Page Fault Handling With {eBPF}", entries["custom-page-fault"].Fields["title"]);
        Assert.Equal("Singularity: {Planet-Scale}, Preemptive and Elastic Scheduling of {AI} Workloads", entries["singularity"].Fields["title"]);
    }

    [Fact]
    public void Each_paper_exports_the_entry_the_catalog_export_holds()
    {
        var catalog = Call<string>("CatalogBibTeX");
        var each = Call<string[]>("EachBibTeX");

        Assert.Equal(catalog, string.Join("\n", each));
        Assert.True(Call<bool>("ExportsAreConstants"));
    }

    [Fact]
    public void The_seed_Markdown_is_a_numbered_list_with_arXiv_links()
    {
        var lines = Call<string>("CatalogMarkdown").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var each = Call<string[]>("EachMarkdown");

        Assert.Equal(53, lines.Length);
        Assert.Equal(each.Select((line, i) => $"{i + 1}. {line}"), lines);
        Assert.Contains(
            "*Async-fork: Mitigating Query Latency Spikes Incurred by the Fork-based Snapshot Mechanism from the OS Level*. VLDB, 2023. [arXiv:2301.05861](https://arxiv.org/abs/2301.05861)",
            each);
        Assert.Contains("*Cricket: A virtualization layer for distributed execution of CUDA applications with checkpoint/restart support*. Wiley, 2021.", each);
    }

    [Theory]
    [InlineData("Braces {like} these", @"Braces \textbraceleft{}like\textbraceright{} these")]
    [InlineData("Unbalanced } and {", @"Unbalanced \textbraceright{} and \textbraceleft{}")]
    [InlineData(@"C:\path", @"C:\textbackslash{}path")]
    [InlineData("100% of $5 & #1_a^b~c", @"100\% of \$5 \& \#1\_a\textasciicircum{}b\textasciitilde{}c")]
    public void BibTeX_escapes_LaTeX_specials(string title, string expected)
        => Assert.Equal(expected, BibTeXFormat.Escape(title));

    [Theory]
    [InlineData("{")]
    [InlineData("}}}")]
    [InlineData(@"\{")]
    [InlineData("@misc{x, title = {y}}")]
    [InlineData("Close } then @article{evil,")]
    [InlineData("Mixed{Case}\\Word")]
    [InlineData("\u202Ebidi\u2066 and\nline\u2028breaks\0")]
    public void A_hostile_title_exports_as_one_well_formed_entry(string title)
    {
        var run = GeneratorHarness.Run($"Hostile\n- Category\n[OSDI '23] {title} paper\n", """
            public static class Probe
            {
                public static string BibTeX() => CriuCatalog.Papers.ToBibTeX();
                public static string Markdown() => CriuCatalog.Papers.ToMarkdown();
            }
            """);
        var probe = run.Load().GetType("Probe")!;

        var bibTeX = (string)probe.GetMethod("BibTeX")!.Invoke(null, null)!;
        var entry = Assert.Single(BibTeXReader.Read(bibTeX));
        AssertRequiredFields(entry);
        Assert.DoesNotContain(bibTeX, c => char.IsControl(c) && c != '\n' || c is '\u202E' or '\u2066' or '\u2028');

        var markdown = (string)probe.GetMethod("Markdown")!.Invoke(null, null)!;
        Assert.Single(markdown.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// A venue's names come from the table's lines: its own spelling for <c>ToDisplayName()</c>, its kind from the
    /// kind digits, and the name each export writes, escaped by the generator (an empty line when it is the venue's
    /// own spelling, a marker when it is empty). Each venue here is checked in both exports and by name.
    /// </summary>
    [Fact]
    public void Each_venue_exports_its_escaped_name_and_displays_its_own()
    {
        var run = GeneratorHarness.Run(
            """
            Venues
            - Category
            [OSDI '23] Plain venue paper
            [{Evil} & Co_ '23] Braced venue paper
            [Journal of *Stars* '22] Starred journal paper
            [Tech Report '21] Report venue paper
            [arXiv '20] Preprint without an id paper
            """,
            """
            using System.Linq;
            using CriuCatalog;

            public static class Probe
            {
                public static string[] Venues() => Papers.All.Select(p => p.Venue.ToDisplayName() + "|" + p.Venue.Kind() + "|" + p.ToMarkdown()).ToArray();
                public static string BibTeX() => Papers.ToBibTeX();
                public static string Undefined() => ((Venue)99).ToDisplayName() + "|" + ((Venue)99).Kind() + "|" + ((Venue)(-1)).ToDisplayName();
            }
            """);
        var probe = run.Load().GetType("Probe")!;
        var venues = (string[])probe.GetMethod("Venues")!.Invoke(null, null)!;
        var entries = BibTeXReader.Read((string)probe.GetMethod("BibTeX")!.Invoke(null, null)!);

        Assert.Equal(
            [
                "OSDI|Conference|*Plain venue paper*. OSDI, 2023.",
                @"{Evil} & Co_|Unknown|*Braced venue paper*. {Evil} \& Co\_, 2023.",
                @"Journal of *Stars*|Journal|*Starred journal paper*. Journal of \*Stars\*, 2022.",
                "Tech Report|Report|*Report venue paper*. Tech Report, 2021.",
                "arXiv|Preprint|*Preprint without an id paper*. arXiv, 2020.",
            ],
            venues);
        Assert.Equal(
            ["inproceedings booktitle=OSDI", @"misc howpublished=\textbraceleft{}Evil\textbraceright{} \& Co\_", "article journal=Journal of *Stars*", "techreport institution=Tech Report", "misc howpublished=arXiv"],
            entries.Select(e => e.Type + " " + string.Join(",", e.Fields.Where(f => f.Key is "booktitle" or "journal" or "institution" or "howpublished").Select(f => f.Key + "=" + f.Value))));
        Assert.Equal("99|Unknown|-1", probe.GetMethod("Undefined")!.Invoke(null, null));
    }

    /// <summary>
    /// A venue named by nothing but control characters is listed as the catalog spells it, but no export writes a
    /// character of it: its escaped name is empty, which the table marks apart from "the venue's own name".
    /// </summary>
    [Fact]
    public void A_venue_of_control_characters_exports_an_empty_name()
    {
        var run = GeneratorHarness.Run("Venues\n- Category\n[\u0001\u0002 '23] Control venue paper\n", """
            using CriuCatalog;

            public static class Probe
            {
                public static string Display() => Papers.All[0].Venue.ToDisplayName();
                public static string Markdown() => Papers.All[0].ToMarkdown();
                public static string BibTeX() => Papers.All[0].ToBibTeX();
            }
            """);
        var probe = run.Load().GetType("Probe")!;

        Assert.Equal("\u0001\u0002", probe.GetMethod("Display")!.Invoke(null, null));
        Assert.Equal("*Control venue paper*. , 2023.", probe.GetMethod("Markdown")!.Invoke(null, null));
        var entry = Assert.Single(BibTeXReader.Read((string)probe.GetMethod("BibTeX")!.Invoke(null, null)!));
        Assert.Equal("", entry.Fields["howpublished"]);
    }

    [Theory]
    [InlineData("Stars *and* _under_ [links](x) <b> | ~ # & ! `code` \\", @"Stars \*and\* \_under\_ \[links\](x) \<b\> \| \~ \# \& \! \`code\` \\")]
    [InlineData("Plain words, a colon: and a dot.", "Plain words, a colon: and a dot.")]
    public void Markdown_escapes_markup_characters(string text, string expected)
        => Assert.Equal(expected, MarkdownFormat.Escape(text));

    [Theory]
    [InlineData("SoCC", false, "Conference")]
    [InlineData("TOCS", false, "Journal")]
    [InlineData("FGCS", false, "Journal")]
    [InlineData("JNCA", false, "Journal")]
    [InlineData("TNSM", false, "Journal")]
    [InlineData("DRONES", false, "Journal")]
    [InlineData("Journal of Cloud Computing", false, "Journal")]
    [InlineData("Virginia Tech", false, "Report")]
    [InlineData("arXiv", true, "Preprint")]
    [InlineData("IEEE Transactions on Computers", false, "Journal")]
    [InlineData("Workshop on Hot Topics", false, "Conference")]
    [InlineData("Stanford University", false, "Report")]
    [InlineData("Some Blog", false, "Unknown")]
    [InlineData("NeurIPS", false, "Conference")]
    [InlineData("icml", false, "Conference")]
    [InlineData("ASPLOS", false, "Conference")]
    [InlineData("USENIX ATC", false, "Conference")]
    [InlineData("ACM SIGCOMM", false, "Conference")]
    [InlineData("IEEE/ACM CCGrid", false, "Conference")]
    [InlineData("USENIX Security", false, "Conference")]
    [InlineData("ACM Computing Surveys", false, "Journal")]
    [InlineData("IEEE Micro", false, "Journal")]
    [InlineData("Proceedings of the VLDB Endowment", false, "Journal")]
    [InlineData("IEEE Trans. Parallel Distrib. Syst.", false, "Journal")]
    [InlineData("ACM", false, "Unknown")]
    [InlineData("IEEE Blog", false, "Unknown")]
    public void Venues_are_classified_by_the_documented_table_then_by_words(string venue, bool isPreprint, string expected)
        => Assert.Equal(expected, VenueKinds.Classify(venue, isPreprint).ToString());

    [Fact]
    public void Every_seed_venue_is_in_the_kind_table()
    {
        var run = GeneratorHarness.Run(CatalogFiles.SeedText);
        var venues = run.Output.GetTypeByMetadataName("CriuCatalog.Venue")!.GetMembers().OfType<Microsoft.CodeAnalysis.IFieldSymbol>();
        var displayNames = BibTeXReader.Read(Call<string>("CatalogBibTeX"))
            .Select(e => e.Fields.TryGetValue("booktitle", out var v) || e.Fields.TryGetValue("journal", out v) || e.Fields.TryGetValue("institution", out v) || e.Fields.TryGetValue("howpublished", out v) ? v : "arXiv")
            .Distinct()
            .ToList();

        Assert.Equal(45, venues.Count());
        Assert.All(displayNames, name => Assert.True(
            name == "arXiv" || name == "HAL" || VenueKinds.Classify(name, isPreprint: false) != VenueKind.Unknown,
            $"'{name}' is not classified"));
    }

    /// <summary>The fields docs/bibtex.md promises for each entry type.</summary>
    private static void AssertRequiredFields(BibTeXEntry entry)
    {
        Assert.Matches("^[a-z0-9][a-z0-9-]*$", entry.Key);
        Assert.True(entry.Fields.ContainsKey("title"), $"{entry.Key}: no title");
        Assert.Matches("^[0-9]{4}$", entry.Fields["year"]);
        var required = entry.Type switch
        {
            "inproceedings" => ["booktitle"],
            "article" => ["journal"],
            "techreport" => ["institution"],
            "misc" => entry.Fields.ContainsKey("eprint") ? ["eprint", "archivePrefix"] : new[] { "howpublished" },
            _ => throw new Xunit.Sdk.XunitException($"{entry.Key}: unexpected entry type @{entry.Type}"),
        };
        Assert.All(required, field => Assert.True(entry.Fields.TryGetValue(field, out var value) && value.Length > 0, $"{entry.Key}: @{entry.Type} without {field}"));
    }

    private static T Call<T>(string method)
        => (T)Compiled.Value.GetType("Probe")!.GetMethod(method)!.Invoke(null, null)!;
}
