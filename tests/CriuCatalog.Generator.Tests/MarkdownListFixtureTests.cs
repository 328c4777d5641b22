using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Model;
using CriuCatalog.Generator.Parsing;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// Five composed lists in the styles of real awesome lists that the first fixture does not cover (a list by year
/// with author lines, bold venue labels with authors in italics, numbered items with labels after the title, a
/// wiki-style page, reading notes with a heading per paper). Each is checked entry by entry against a table written by hand from the fixture: the title,
/// venue, year and URL of the entry on each line, and what every other line is.
/// </summary>
public class MarkdownListFixtureTests
{
    private const string Unknown = MarkdownParser.UnknownVenue;

    public static TheoryData<string> Names => new(Expected.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_entry_is_read_right(string name)
    {
        var fixture = Expected[name];
        var document = Parse(name);
        var read = document.Entries.ToDictionary(e => e.LineNumber);

        var wrong = new List<string>();
        foreach (var row in fixture.Entries)
        {
            var actual = read.TryGetValue(row.Line, out var entry) ? new Row(row.Line, entry.Title, entry.Venue, entry.Year, entry.Url) : null;
            if (actual != row)
            {
                wrong.Add($"line {row.Line}: expected {row}, read {actual?.ToString() ?? "no entry"}");
            }
        }

        var expectedLines = fixture.Entries.Select(r => r.Line).ToHashSet();
        wrong.AddRange(document.Entries.Where(e => !expectedLines.Contains(e.LineNumber)).Select(e => $"line {e.LineNumber}: an entry that should not be one: '{e.Title}'"));

        Assert.True(
            wrong.Count == 0,
            $"{name}: {fixture.Entries.Count - wrong.Count(w => !w.Contains("should not", StringComparison.Ordinal))} of {fixture.Entries.Count} entries read right\n" + string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_line_is_accounted_for_with_the_kinds_the_table_gives(string name)
    {
        var fixture = Expected[name];
        var document = Parse(name);
        var built = CatalogBuilder.Build([document], CancellationToken.None);

        LineAccounting.AssertEveryLineIsAccountedFor(MarkdownFixtures.Read(name), document, built.Diagnostics.Select(d => d.Location!.LineSpan.Start.Line));
        Assert.Equal(fixture.Title, document.Title);
        Assert.Equal(
            fixture.Kinds.OrderBy(k => k.Key),
            document.Lines.GroupBy(l => l.Kind).Select(g => new KeyValuePair<LineKind, int>(g.Key, g.Count())).OrderBy(k => k.Key));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Headings_with_no_entries_under_them_are_no_categories(string name)
    {
        var fixture = Expected[name];
        var model = CatalogBuilder.Build([Parse(name)], CancellationToken.None).Model!;

        Assert.Equal(fixture.Categories, model.Categories.Select(c => c.DisplayName));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_list_compiles_at_warning_level_9999_with_only_the_warnings_for_its_unreadable_lines(string name)
    {
        var fixture = Expected[name];
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(MarkdownFixtures.Read(name), "/catalogs/" + name)]);

        Assert.Null(run.Generator.Exception);
        Assert.Empty(run.Emit().Diagnostics);
        Assert.Equal(
            fixture.Warnings,
            run.ReportedDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1)).Order());
        Assert.Equal(fixture.Entries.Select(e => e.Title).Distinct(StringComparer.Ordinal).Count(), CompiledCatalog.Load(run).PaperTitles.Count);
    }

    [Fact]
    public void Authors_after_a_dash_or_in_italics_are_notes_never_the_title_or_the_venue()
    {
        var byYear = Parse("by-year-cold-starts.md").Entries.ToDictionary(e => e.LineNumber);
        Assert.Equal(["Hannah Becker, Omar Haddad"], byYear[26].Notes);
        Assert.Equal(["by Ingrid Sørensen and Kofi Mensah"], byYear[30].Notes);
        Assert.Equal(["by Alice Varga"], byYear[68].Notes);
        Assert.Equal(["Hugo Laurent et al"], byYear[50].Notes);

        var bold = Parse("bold-labels-far-memory.md").Entries.ToDictionary(e => e.LineNumber);
        Assert.Equal(["A. Ferreira, B. Ncube, C. Ivanova"], bold[31].Notes);
        Assert.Equal([("pdf", "https://example.org/tidal.pdf"), ("code", "https://github.com/example/tidal")], bold[31].Links.Select(l => (l.Label, l.Url)));
        Assert.Equal("Best Paper", bold[42].Note);

        var wiki = Parse("wiki-checkpoint-restore.md").Entries.ToDictionary(e => e.LineNumber);
        Assert.Equal(["Alice Varga, Bruno Costa"], wiki[21].Notes);
        Assert.Equal(["Gustav Berg & Hélène Roux"], wiki[32].Notes);
        Assert.Equal("2402.01111", wiki[15].LinkedArXivId);
    }

    [Fact]
    public void A_paper_headings_fields_are_its_links_and_notes_and_a_field_that_repeats_its_label_is_no_note()
    {
        var document = Parse("paper-headings-live-migration.md");
        var entries = document.Entries.ToDictionary(e => e.LineNumber);

        Assert.Equal(["Authors: Ana Ruiz, Tom Berg", "Restores pages on first touch, so a migrated container resumes before its memory arrives"], entries[13].Notes);
        Assert.Equal([("github", "https://github.com/example/pagewise")], entries[13].Links.Select(l => (l.Label, l.Url)));
        Assert.Empty(entries[20].Notes);
        Assert.Equal([("paper", "https://example.org/ckpt-images.pdf"), ("slides", "https://example.org/ckpt-images-slides.pdf")], entries[29].Links.Select(l => (l.Label, l.Url)));
        Assert.Equal(["Notes: a scheduling view of when to stop copying"], entries[32].Notes);
        Assert.Equal(["Authors: Mei Lin"], entries[43].Notes);
        Assert.Equal(
            [("text", 3), ("text", 4), ("an item with no label, web link or year", 38), ("an item with no label, web link or year", 39), ("text", 51), ("a field (Venue:) with no paper above it", 53)],
            document.Diagnostics.Select(d => ((string)d.MessageArgs[0]!, d.Location!.LineSpan.Start.Line + 1)));
    }

    private static CatalogDocument Parse(string name)
        => CatalogParser.Parse(new CatalogSource("/catalogs/" + name, MarkdownFixtures.Read(name)), CancellationToken.None);

    /// <summary>An entry as the table expects it: its one-based line, title, venue as written, year and URL.</summary>
    public sealed record Row(int Line, string Title, string Venue, int Year, string? Url = null);

    private sealed record Fixture(string? Title, IReadOnlyList<Row> Entries, IReadOnlyDictionary<LineKind, int> Kinds, IReadOnlyList<string> Categories, IReadOnlyList<(string Id, int Line)> Warnings);

    private static readonly Dictionary<string, Fixture> Expected = new(StringComparer.Ordinal)
    {
        ["by-year-cold-starts.md"] = new(
            "Awesome Cold Starts",
            [
                new(22, "Prewarm or Perish: Predicting Invocation Bursts", Unknown, 2024, "https://example.org/prewarm"),
                new(24, "Snapstart++: Restoring JVM Functions From Page-Level Snapshots", Unknown, 2024, "https://example.org/snapstart-pp"),
                new(26, "Cold Starts in C#: Ahead-of-Time Compilation for Function Runtimes", Unknown, 2024, "https://example.org/aot-csharp"),
                new(27, "Über-Light Sandboxes: Forking Micro-VMs at Scale", "arXiv", 2024, "https://arxiv.org/abs/2403.11223"),
                new(28, "„Zero\" Cold Starts Are a Myth: A Measurement Study", Unknown, 2024, "https://example.org/myth"),
                new(30, "Checkpoint/Restore for WebAssembly Functions", Unknown, 2024, "https://example.org/wasm-cr"),
                new(31, "函数快照: Snapshot Sharing Across Tenants", Unknown, 2024, "https://example.org/tenant-share"),
                new(32, "Restoring Functions With HTML Links in the List", Unknown, 2024, "https://example.org/html-link"),
                new(36, "Lazy Layers: On-Demand Container Image Pulls", Unknown, 2024, "https://example.org/lazy-layers"),
                new(37, "Warm Pools Considered Harmful", Unknown, 2024, "https://example.org/warm-pools"),
                new(39, "Snapshots for Functions Written in C++ and Rust", Unknown, 2024, "https://example.org/cpp-rust"),
                new(43, "Fork-Server Functions: Sharing Warm State Safely", Unknown, 2023, "https://example.org/fork-server"),
                new(45, "The \"Cold\" in Cold Start: Where Does Startup Time Go?", Unknown, 2023, "https://example.org/where-time"),
                new(47, "Restoring Python Interpreters in Under 10 ms", Unknown, 2023, "https://example.org/python-restore"),
                new(48, "Function Snapshots With [Incremental] Page Tracking", Unknown, 2023, "https://example.org/incr-pages"),
                new(49, "Rust Runtimes for Cold-Start-Sensitive Services", Unknown, 2023, "https://example.org/rust-rt"),
                new(50, "Keeping the JIT Warm Across Restores", Unknown, 2023, "https://example.org/jit-warm"),
                new(55, "Poster: Snapshot Deduplication Across Functions", Unknown, 2023, "https://example.org/poster-dedup"),
                new(56, "Demo: A Cold-Start Simulator", Unknown, 2023, "https://example.org/demo-sim"),
                new(62, "Hibernate, Don't Terminate: Idle Function Containers", Unknown, 2022, "https://example.org/hibernate"),
                new(64, "Snapshot Placement for Edge Functions", Unknown, 2022, "https://doi.org/10.1145/3560000.3560001"),
                new(66, "Pre-Initialization Hooks for Node.js Functions", Unknown, 2022, "https://example.org/node-hooks"),
                new(67, "Measuring Cold Starts on ARM vs. x86", Unknown, 2022, "https://example.org/arm-x86"),
                new(68, "Cold Starts Under Memory Pressure", Unknown, 2022, "https://example.org/pressure"),
                new(74, "Container Reuse Policies for Function Platforms", Unknown, 2021, "https://example.org/reuse"),
                new(75, "Cold Start Budgets: An SLO View", Unknown, 2021, "https://example.org/budgets"),
                new(79, "Why Are My Functions Slow? A Field Study", Unknown, 2019, "https://example.org/field-study"),
            ],
            Kinds(title: 1, heading: 8, emptyHeading: 5, entry: 27, entryPart: 8, tableOfContents: 6, skipped: 9, reported: 10),
            ["2024", "Workshop papers", "2023", "Short papers and posters (2023)", "2022", "Older", "2021", "2019"],
            [("CRIU019", 83)]),

        ["bold-labels-far-memory.md"] = new(
            "Awesome Far Memory",
            [
                new(31, "Tidal Paging: Prefetching Pages From Remote DRAM", "OSDI", 2023, "https://example.org/tidal.pdf"),
                new(32, "Pagefault-Free Swap With User-Level Handlers", "SOSP", 2021, "https://example.org/pf-free.pdf"),
                new(33, "\"Hot or Not?\" Classifying Pages for Far Memory", "ASPLOS", 2022, "https://arxiv.org/abs/2201.04321"),
                new(34, "C++ Allocators Aware of Far Memory", "EuroSys", 2024, "https://example.org/cpp-alloc.pdf"),
                new(35, "Swapping Over RDMA: A Second Look", "NSDI", 2022, "https://example.org/swap-net"),
                new(36, "Is Far Memory Worth It?", "ATC", 2023, "https://example.org/worth-it.pdf"),
                new(37, "Page Tables [Revisited] for Disaggregated Racks", "SoCC", 2022, "https://example.org/pt-revisited.pdf"),
                new(41, "Object-Granular Far Memory for Managed Runtimes", "OSDI", 2022, "https://example.org/objects.pdf"),
                new(42, "Rust Objects Across the Network", "ASPLOS", 2024, "https://example.org/rust-objects.pdf"),
                new(43, "Far Memory for C#/.NET Garbage Collectors", "arXiv", 2023, "https://arxiv.org/abs/2309.01122"),
                new(44, "Hash Tables That Live in Far Memory", "VLDB", 2024, "https://example.org/tables"),
                new(45, "Trees, Not Pages: Index Structures for Remote Memory", "SIGMOD", 2023, "https://doi.org/10.1145/3588000.3588001"),
                new(50, "Garbage Collection When Half the Heap Is Remote", "ISMM", 2019),
                new(51, "Smart Pointers for Far Memory in C++", "OOPSLA", 2020, "https://example.org/smart-ptr.pdf"),
                new(57, "Memory Pools Over CXL: Latency Under Load", "ISCA", 2023, "https://example.org/cxl-pools.pdf"),
                new(58, "Near-Memory Compression for Disaggregated Racks", "MICRO", 2022),
                new(59, "Coherence Without Snooping in Pooled Memory", "HPCA", 2024, "https://example.org/coherence.pdf"),
                new(60, "The Über-Switch: A Memory Fabric for 64 Hosts", "IEEE Micro", 2023),
                new(61, "「Near」 and 'Far': Naming Memory Tiers", "ISCA", 2024, "https://example.org/tiers.pdf"),
                new(65, "Rack-Scale Memory: A Retrospective", "HPCA", 2018),
                new(69, "Far Memory: A Survey of Systems and Hardware", "ACM Computing Surveys", 2024, "https://doi.org/10.1145/3600000.3600002"),
                new(70, "Disaggregated Memory in Practice", "IEEE TPDS", 2023),
                new(71, "Memory Disaggregation: Open Problems", "arXiv", 2024, "https://arxiv.org/abs/2406.07777"),
            ],
            Kinds(title: 1, heading: 6, emptyHeading: 5, entry: 23, tableOfContents: 5, skipped: 18, reported: 10),
            ["Systems", "Paging", "Object Runtimes", "Older object runtimes", "Hardware", "Surveys"],
            []),

        ["numbered-fault-tolerant-training.md"] = new(
            "Awesome Fault-Tolerant Training",
            [
                new(21, "Quill: Asynchronous Checkpoints for Trillion-Parameter Models", "SOSP", 2023),
                new(22, "Bookmark: In-Memory Checkpoints via Peer Replication", "NSDI", 2024, "https://example.org/bookmark.pdf"),
                new(23, "\"Save Early, Save Often\": Checkpoint Frequency Under Failures", "SC", 2022, "https://example.org/save-often"),
                new(24, "CkptZip — Lossy Compression of Optimizer State", "ICML", 2024),
                new(25, "Folio: Checkpointing Mixture-of-Experts Models", "arXiv", 2024, "https://arxiv.org/abs/2406.05555"),
                new(26, "Scribe: Sharded Checkpoint Writers for Pipeline Parallelism", "EuroSys", 2025, "https://example.org/scribe"),
                new(27, "Palimpsest: Versioned Checkpoints With Deduplication", "FAST", 2024),
                new(28, "Checkpoint Compression for C++ Training Loops", "CGO", 2023),
                new(29, "Räder: Gear-Shifting Between Checkpoint Tiers", "Middleware", 2023),
                new(30, "Restore in O(1): Constant-Time Model Reloads", "MLSys", 2024),
                new(31, "Snapshotting Optimizer State in 数秒 (Seconds)", "ATC", 2024),
                new(32, "Tandem: Checkpointing Data Loaders With the Model", "EuroSys", 2024),
                new(36, "Rubberband: Elastic Data Parallelism on Spot VMs", "ATC", 2023),
                new(37, "Accordion: Resizing Pipelines Without Restart", "OSDI", 2024),
                new(38, "Shrink-Wrap: Elastic Tensor Parallelism", "arXiv", 2023, "https://arxiv.org/abs/2310.09999"),
                new(39, "Tug: Preemption-Aware Scheduling for Shared GPU Clusters", "NeurIPS", 2023),
                new(40, "Elastic Training in C# With ML.NET", "ICSE-SEIP", 2024, "https://example.org/mlnet-elastic"),
                new(41, "Re-Sharding on the Fly: \"Live\" Parallelism Changes", "SoCC", 2023),
                new(42, "Spot the Difference: Training on Preemptible GPUs, Minus the Restarts", "NSDI", 2025),
                new(48, "Canary Ranks: Detecting Silent GPU Failures", "SoCC", 2024),
                new(50, "Sluggish Nodes Are the New Failures", "HotOS", 2023, "https://example.org/sluggish"),
                new(51, "Lighthouse: Cluster-Wide Failure Forecasting", "DSN", 2022),
                new(52, "Why Do Training Jobs Fail? A Study of 10,000 Runs", "ICSE-SEIP", 2024),
                new(53, "Heartbeat++: Low-Overhead Liveness for 10k GPUs", "NSDI", 2024),
                new(54, "Silent Data Corruption at Scale: Lessons From One Fleet", "ISCA", 2023, "https://example.org/sdc"),
                new(60, "FailBench: Injecting Faults Into Training Jobs", "MLSys", 2023, "https://example.org/failbench"),
                new(61, "CkptBench: Comparing Checkpoint Formats", "NeurIPS", 2024),
                new(62, "Chaos for Clusters: A Benchmark of Training Failures", "SC", 2024, "https://example.org/chaos"),
            ],
            Kinds(title: 1, heading: 4, emptyHeading: 3, entry: 28, entryPart: 1, tableOfContents: 4, tableHeader: 1, tableSeparator: 1, skipped: 5, reported: 5),
            ["Checkpointing", "Elastic Training", "Straggler and Failure Detection", "Benchmarks"],
            []),

        ["wiki-checkpoint-restore.md"] = new(
            "Publications about checkpoint/restore",
            [
                new(13, "Restore Hooks for Systemd Services", Unknown, 2024),
                new(14, "Checkpointing RDMA Connections Without Driver Changes", "NSDI", 2024),
                new(15, "Image Formats for Fast Partial Restore", "EuroSys", 2024),
                new(17, "Restore-Time Address Space Layout Randomization", "ASPLOS", 2024),
                new(21, "Restoring Sockets in Established States", "OSDI", 2023),
                new(22, "Process Trees Across Namespaces: Dumping Without Freezing", "EuroSys", 2023),
                new(23, "User-Space Page Tracking Without Soft-Dirty Bits", "arXiv", 2023),
                new(24, "Lazy Migration of Container Memory", "ATC", 2023),
                new(25, "Tracking Dirty Pages With Userfaultfd", "SoCC", 2023, "https://example.org/dirty-pages"),
                new(29, "Checkpointing GPU Contexts From Outside the Driver", "SoCC", 2022),
                new(30, "The Case Against Transparent Checkpointing", "HotOS", 2022),
                new(31, "Incremental Dumps for Long-Running Services", "Middleware", 2022),
                new(32, "Restoring \"Unrestorable\" Processes: File Leases and Locks", "VEE", 2022),
                new(36, "Checkpoint/Restore in User Space: Ten Years On", "ATC", 2019),
                new(37, "A C/R Interface for Distributed Actors", "Middleware", 2018),
                new(38, "Live Migration of Containers: Practice and Pitfalls", "LISA", 2017),
                new(42, "Checkpoint/restore and pidfds", "LWN", 2021),
                new(43, "Time namespaces and restored timers", "LWN", 2020),
                new(44, "How We Restore Containers in Production", "Blog", 2024),
                new(45, "Restoring Java Processes: The Hard Parts", "Example Blog", 2022, "https://example.org/blog/restore-java"),
                new(49, "\"Restoring What Was Never Dumped\": Lessons From Ten Years", "LPC", 2023),
                new(50, "C/R for Rootless Containers", "FOSDEM", 2022),
                new(51, "Checkpointing Java Applications (CRaC-style)", "Open Source Summit", 2021),
                new(52, "Forensic Checkpoints of Kubernetes Pods", "KubeCon EU", 2024),
                new(56, "Optimizing Memory Dumps for NUMA Machines", "MSc thesis", 2019),
                new(57, "Transparent Checkpointing of Distributed Applications", "PhD thesis", 2020),
                new(58, "Checkpointing Network Namespaces With nftables Rules", "BSc thesis", 2021),
            ],
            Kinds(title: 1, heading: 8, emptyHeading: 2, entry: 27, entryPart: 1, skipped: 1, reported: 6),
            ["Papers", "2024", "2023", "2022", "Older", "Articles", "Talks", "Theses"],
            [("CRIU019", 62)]),

        // A heading a paper, its fields under it; headings that give no year ("Tools we use", "Abstract") stay headings.
        ["paper-headings-live-migration.md"] = new(
            "Live Migration Reading Notes",
            [
                new(13, "Pagewise: Lazy Restore of Container Memory", "OSDI", 2022, "https://example.org/pagewise"),
                new(20, "Dirty Bits Are Enough: Pre-Copy Without Page Tables", "EuroSys", 2021, "https://example.org/dirty-bits.pdf"),
                new(24, "Moving Sockets Without Dropping Them", "SoCC", 2020),
                new(29, "Checkpoints as Images", "ATC", 2019, "https://example.org/ckpt-images.pdf"),
                new(32, "Migration Under a Deadline", "SoCC", 2024),
                new(43, "Hypervisor Handoff", "NSDI", 2018, "https://example.org/handoff"),
                new(47, "Rollback Recovery for Migrating VMs", "arXiv", 2021, "https://arxiv.org/abs/2104.05678"),
            ],
            Kinds(title: 1, heading: 2, emptyHeading: 3, entry: 7, entryPart: 15, tableOfContents: 2, reported: 6),
            ["Containers", "Virtual machines"],
            []),
    };

    private static Dictionary<LineKind, int> Kinds(
        int title = 0, int heading = 0, int emptyHeading = 0, int entry = 0, int entryPart = 0, int tableOfContents = 0, int tableHeader = 0, int tableSeparator = 0, int skipped = 0, int reported = 0)
    {
        var kinds = new Dictionary<LineKind, int>
        {
            [LineKind.Title] = title,
            [LineKind.Heading] = heading,
            [LineKind.EmptyHeading] = emptyHeading,
            [LineKind.Entry] = entry,
            [LineKind.EntryPart] = entryPart,
            [LineKind.TableOfContents] = tableOfContents,
            [LineKind.TableHeader] = tableHeader,
            [LineKind.TableSeparator] = tableSeparator,
            [LineKind.Skipped] = skipped,
            [LineKind.Reported] = reported,
        };
        return kinds.Where(k => k.Value > 0).ToDictionary(k => k.Key, k => k.Value);
    }
}
