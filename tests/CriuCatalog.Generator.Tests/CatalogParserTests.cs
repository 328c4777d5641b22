using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Model;
using CriuCatalog.Generator.Parsing;
using CriuCatalog.Generator.Tests.Infrastructure;

namespace CriuCatalog.Generator.Tests;

/// <summary>The catalog grammar, one line form at a time (docs/catalog-format.md).</summary>
public class CatalogParserTests
{
    [Fact]
    public void Seed_has_a_title_5_categories_and_57_entries_and_no_diagnostics()
    {
        var document = Parse(CatalogFiles.SeedText);

        Assert.Equal("Academic Research", document.Title);
        Assert.Equal(["GPU CRIU", "CRIU for Migration", "CRIU Acceleration", "CRIU Security", "CRIU for Database"], document.Categories.Select(c => c.Name));
        Assert.Equal(57, document.Entries.Count);
        Assert.Empty(document.Diagnostics);
        Assert.True(document.IsReadable);
    }

    [Theory]
    [InlineData("[SoCC '24] On-demand and Parallel Checkpoint/Restore for GPU Applications", "SoCC", null, 2024, "On-demand and Parallel Checkpoint/Restore for GPU Applications")]
    [InlineData("[SC-W '23] Checkpoint/Restart for CUDA Kernels", "SC-W", null, 2023, "Checkpoint/Restart for CUDA Kernels")]
    [InlineData("[SIGMOD/PODS '24] Demonstration of ElasticNotebook: Migrating Live Computational Notebook States", "SIGMOD/PODS", null, 2024, "Demonstration of ElasticNotebook: Migrating Live Computational Notebook States")]
    [InlineData("[Cloud Summit '23] Microservice Debugging with Checkpoint-Restart", "Cloud Summit", null, 2023, "Microservice Debugging with Checkpoint-Restart")]
    [InlineData("[Journal of Cloud Computing '24] MDB-KCP: persistence framework", "Journal of Cloud Computing", null, 2024, "MDB-KCP: persistence framework")]
    [InlineData("[Virginia Tech '23] CRIU-RTX: Remote Thread eXecution using Checkpoint/Restore in Userspace", "Virginia Tech", null, 2023, "CRIU-RTX: Remote Thread eXecution using Checkpoint/Restore in Userspace")]
    [InlineData("[arXiv '23] PARALLELGPUOS: A Concurrent OS-level GPU Checkpoint and Restore System using Validated Speculation", "arXiv", null, 2023, "PARALLELGPUOS: A Concurrent OS-level GPU Checkpoint and Restore System using Validated Speculation")]
    [InlineData("[arXiv:2202.07848 '22] Singularity: Planet-Scale, Preemptive and Elastic Scheduling of AI Workloads", "arXiv", "2202.07848", 2022, "Singularity: Planet-Scale, Preemptive and Elastic Scheduling of AI Workloads")]
    [InlineData("[eBPF '24] Custom Page Fault Handling With eBPF", "eBPF", null, 2024, "Custom Page Fault Handling With eBPF")]
    [InlineData("[ARES '24] Don't, Stop, Drop, Pause: Forensics of CONtainer CheckPOINTs (ConPoint)", "ARES", null, 2024, "Don't, Stop, Drop, Pause: Forensics of CONtainer CheckPOINTs (ConPoint)")]
    [InlineData("[MEMSYS '19] Fast in-memory CRIU for docker containers", "MEMSYS", null, 2019, "Fast in-memory CRIU for docker containers")]
    [InlineData("  [OSDI '23]   Padded entry\t ", "OSDI", null, 2023, "Padded entry")]
    [InlineData("[OSDI \u201923] Typographic apostrophe", "OSDI", null, 2023, "Typographic apostrophe")]
    [InlineData("[OSDI '2023] Four-digit year", "OSDI", null, 2023, "Four-digit year")]
    [InlineData("[OSDI '99] Last century", "OSDI", null, 1999, "Last century")]
    [InlineData("[OSDI '69] Pivot year", "OSDI", null, 2069, "Pivot year")]
    [InlineData("[OSDI '70] After the pivot", "OSDI", null, 1970, "After the pivot")]
    [InlineData("[arXiv:cs/0601001 '06] Old-style arXiv id", "arXiv", "cs/0601001", 2006, "Old-style arXiv id")]
    [InlineData("[arXiv:2301.05861v2 '23] Versioned arXiv id", "arXiv", "2301.05861v2", 2023, "Versioned arXiv id")]
    [InlineData("[arXiv 2301.05861 '23] Space instead of a colon", "arXiv", "2301.05861", 2023, "Space instead of a colon")]
    [InlineData("[arXiv preprint '24] A venue that starts with arXiv", "arXiv preprint", null, 2024, "A venue that starts with arXiv")]
    [InlineData("[arXiv : 2301.05861 '23] Spaced colon", "arXiv", "2301.05861", 2023, "Spaced colon")]
    public void Entry_lines(string line, string venue, string? arXivId, int year, string title)
    {
        var document = Parse("Title\n- Category\n" + line);

        Assert.Empty(document.Diagnostics);
        var entry = Assert.Single(document.Entries);
        Assert.Equal(venue, entry.Venue);
        Assert.Equal(arXivId, entry.ArXivId);
        Assert.Equal(year, entry.Year);
        Assert.Equal(title, entry.Title);
        Assert.Equal(0, entry.CategoryIndex);
        Assert.Equal(3, entry.LineNumber);
    }

    [Theory]
    [InlineData("- GPU CRIU", "GPU CRIU")]
    [InlineData("-CRIU Security", "CRIU Security")]
    [InlineData("  -   CRIU for Database  ", "CRIU for Database")]
    public void Category_lines(string line, string name)
    {
        var document = Parse("Title\n" + line);

        Assert.Equal(name, Assert.Single(document.Categories).Name);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void The_first_other_line_is_the_title_even_after_blank_lines()
    {
        var document = Parse("\n\n  Academic Research  \n\n- A\n\n[OSDI '23] X\n");

        Assert.Equal("Academic Research", document.Title);
        Assert.Single(document.Entries);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Entries_belong_to_the_category_above_them()
    {
        var document = Parse("T\n- A\n[X '20] One\n- B\n[X '21] Two\n[X '22] Three\n");

        Assert.Equal([0, 1, 1], document.Entries.Select(e => e.CategoryIndex));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u2028")]
    public void Line_endings_do_not_change_what_is_read(string newline)
    {
        var lf = Parse(CatalogFiles.SeedText.Replace("\r\n", "\n"));
        var other = Parse(CatalogFiles.SeedText.Replace("\r\n", "\n").Replace("\n", newline));

        Assert.Equal(lf.Entries.Select(e => (e.Venue, e.Year, e.ArXivId, e.Title, e.LineNumber, e.CategoryIndex)), other.Entries.Select(e => (e.Venue, e.Year, e.ArXivId, e.Title, e.LineNumber, e.CategoryIndex)));
        Assert.Equal(lf.Categories.Select(c => c.Name), other.Categories.Select(c => c.Name));
    }

    [Fact]
    public void A_missing_final_newline_and_a_byte_order_mark_are_accepted()
    {
        var document = Parse("\uFEFFTitle\n- A\n[OSDI '23] Last line without newline");

        Assert.Equal("Title", document.Title);
        Assert.Equal("Last line without newline", Assert.Single(document.Entries).Title);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Diagnostics_point_at_line_and_column_in_the_catalog()
    {
        var document = Parse("Title\n- A\n  this is not an entry\n[OSDI 23] No apostrophe\n");

        Assert.Collection(
            document.Diagnostics,
            d =>
            {
                Assert.Equal("CRIU001", d.Descriptor.Id);
                Assert.Equal(CatalogFiles.SeedPath, d.Location!.FilePath);
                Assert.Equal((2, 2, 2, 22), Span(d));
            },
            d =>
            {
                Assert.Equal("CRIU003", d.Descriptor.Id);
                Assert.Equal((3, 0, 3, 9), Span(d));
            });
    }

    [Fact]
    public void A_bulleted_entry_is_read_as_an_entry_and_reported()
    {
        var document = Parse("Title\n- A\n- [OSDI '23] Bulleted\n");

        Assert.Equal(["A"], document.Categories.Select(c => c.Name));
        var entry = Assert.Single(document.Entries);
        Assert.Equal(("OSDI", "Bulleted", 0), (entry.Venue, entry.Title, entry.CategoryIndex));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("CRIU017", diagnostic.Descriptor.Id);
        Assert.Equal((2, 0, 2, 21), Span(diagnostic));
    }

    [Theory]
    [InlineData("[arXiv 2301.586 '23] Mistyped id after a space", "2301.586")]
    [InlineData("[arXiv :2301.05 '23] Mistyped id after a spaced colon", "2301.05")]
    [InlineData("[arXiv cs/06 '06] Mistyped archive id", "cs/06")]
    public void A_mistyped_arXiv_id_is_reported_and_the_entry_stays_at_arXiv(string line, string id)
    {
        var document = Parse("Title\n- A\n" + line);

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("CRIU010", diagnostic.Descriptor.Id);
        Assert.Equal(id, diagnostic.MessageArgs[0]);
        var entry = Assert.Single(document.Entries);
        Assert.Equal(("arXiv", null), (entry.Venue, entry.ArXivId));
    }

    [Fact]
    public void A_category_name_may_start_with_a_bracket_that_is_not_a_label()
    {
        var document = Parse("Title\n- [Draft] Papers to read\n[OSDI '23] X\n");

        Assert.Equal("[Draft] Papers to read", Assert.Single(document.Categories).Name);
        Assert.Equal(0, Assert.Single(document.Entries).CategoryIndex);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void A_stray_line_below_the_first_category_is_never_the_title()
    {
        var document = Parse("- A\n[OSDI '23] Checkpointing for the\nmasses, wrapped onto a second line\n");

        Assert.Null(document.Title);
        Assert.Equal("CRIU001", Assert.Single(document.Diagnostics).Descriptor.Id);
    }

    [Fact]
    public void Years_outside_1970_to_2069_keep_four_digits_when_written_back()
    {
        Assert.Equal("24", PublicationLabel.Year(2024));
        Assert.Equal("70", PublicationLabel.Year(1970));
        Assert.Equal("69", PublicationLabel.Year(2069));
        Assert.Equal("1950", PublicationLabel.Year(1950));
        Assert.Equal("2070", PublicationLabel.Year(2070));
        foreach (var year in new[] { 1900, 1950, 1970, 2024, 2069, 2070, 2099 })
        {
            Assert.True(CatalogYear.TryParse(PublicationLabel.Year(year), out var read, out _));
            Assert.Equal(year, read);
        }
    }

    [Fact]
    public void An_unreadable_file_is_reported_not_thrown()
    {
        var document = CatalogParser.Parse(new CatalogSource("/missing.txt", null), CancellationToken.None);

        Assert.False(document.IsReadable);
        Assert.Equal("CRIU013", Assert.Single(document.Diagnostics).Descriptor.Id);
    }

    private static CatalogDocument Parse(string text)
        => CatalogParser.Parse(new CatalogSource(CatalogFiles.SeedPath, text), CancellationToken.None);

    private static (int, int, int, int) Span(Diagnostics.DiagnosticInfo diagnostic)
    {
        var span = diagnostic.Location!.LineSpan;
        return (span.Start.Line, span.Start.Character, span.End.Line, span.End.Character);
    }
}
