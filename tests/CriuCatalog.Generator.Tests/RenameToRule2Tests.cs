using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using CriuCatalog.Generator.Model;
using CriuCatalog.Generator.Naming;
using CriuCatalog.Generator.Parsing;
using CriuCatalog.Generator.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The one-time rename from naming rule 1 to rule 2 (docs/catalog-format.md, "The rename to rule 2"): every name
/// rule 2 changed stays usable as an obsolete alias, no key moves, and no alias ever takes a name or key something
/// has now or breaks the build, whatever the catalog.
/// </summary>
public class RenameToRule2Tests(ITestOutputHelper output)
{
    /// <summary>
    /// Every seed paper's identifier before the rename (from the <c>PaperId</c> snapshot as rule 1 generated it) and
    /// after, in catalog order. Twelve changed: acronyms are kept, a hyphenated word counts its parts, and
    /// <c>using</c> and <c>towards</c> are stop words.
    /// </summary>
    private static readonly (string Rule1, string Rule2)[] SeedPapers =
    [
        ("OnDemandParallelCheckpointRestore", "OnDemandParallel"),
        ("JustInTimeCheckpointing", "JustInTimeCheckpointing"),
        ("Parallelgpuos", "PARALLELGPUOS"),
        ("CheckpointRestartCudaKernels", "CheckpointRestartCUDAKernels"),
        ("Singularity", "Singularity"),
        ("Cricket", "Cricket"),
        ("BalancingEfficiencyFairness", "BalancingEfficiencyFairness"),
        ("UsingContainerMigration", "ContainerMigrationHPC"),
        ("SoftwareBasedLiveMigration", "SoftwareBasedLiveMigration"),
        ("LiveMigrationMultiContainer", "LiveMigrationMultiContainer"),
        ("PacketBufferingMinimize", "PacketBufferingMinimize"),
        ("DemonstrationOfElasticNotebook", "DemonstrationOfElasticNotebook"),
        ("Dapper", "Dapper"),
        ("FastMig", "FastMig"),
        ("WorkloadAwareLiveMigratable", "WorkloadAwareLiveMigratable"),
        ("ElasticNotebook", "ElasticNotebook"),
        ("TransparentFaultTolerance", "TransparentFaultTolerance"),
        ("MigrationIsolatedApplication", "MigrationIsolatedApplication"),
        ("DesignModelingImplementation", "DesignModelingImplementation"),
        ("EvictingGreaterGood", "EvictingGreaterGood"),
        ("MicroserviceDebuggingCheckpointRestart", "MicroserviceDebuggingCheckpointRestart"),
        ("ProcessingAwareMigrationModel", "ProcessingAwareMigrationModel"),
        ("DynamicCheckpointInterval", "DynamicCheckpointInterval"),
        ("AsyncFork", "AsyncFork"),
        ("HContainer", "HContainer"),
        ("Portkey", "Portkey"),
        ("ContainerPreCopyMigration", "ContainerPreCopyMigration"),
        ("DemonstrationContainerizedCentral", "DemonstrationContainerizedCentral"),
        ("Rrc", "RRC"),
        ("GoodShepherdsCare", "GoodShepherdsCare"),
        ("MigrOS", "MigrOS"),
        ("ExtendingQuicProtocol", "ExtendingQUICProtocol"),
        ("DockerContainerDeployment", "DockerContainerDeployment"),
        ("Pronghorn", "Pronghorn"),
        ("PrebakingRuntimeEnvironments", "PrebakingRuntimeEnvironments"),
        ("DynaCut", "DynaCut"),
        ("CriuRtx", "CRIU_RTX"),
        ("HetMigrate", "HetMigrate"),
        ("NoProvisionedConcurrency", "NoProvisionedConcurrency"),
        ("OutOfHypervisorOoH", "OutOfHypervisorOoH"),
        ("IContainer", "IContainer"),
        ("StandardCompliantParallelSystemC", "StandardCompliantParallelSystemC"),
        ("PrebakingFunctionsWarm", "PrebakingFunctionsWarm"),
        ("FastInMemoryCriu", "FastInMemoryCRIU"),
        ("OptimizingPostCopyLive", "OptimizingPostCopyLive"),
        ("TowardsEfficientEndToEnd", "EfficientEndToEnd"),
        ("CustomPageFault", "CustomPageFault"),
        ("DontStopDropPause", "DontStopDropPause"),
        ("FitM", "FitM"),
        ("TransparentCrossIsaEnclave", "TransparentCrossISAEnclave"),
        ("FaultTolerantContainersUsing", "FaultTolerantContainersNiLiCon"),
        ("MdbKcp", "MDB_KCP"),
        ("OnDemandFork", "OnDemandFork"),
    ];

    /// <summary>The seed's categories before and after; every one has an acronym. No venue changed.</summary>
    private static readonly (string Rule1, string Rule2)[] SeedCategories =
    [
        ("GpuCriu", "GPU_CRIU"),
        ("CriuForMigration", "CRIUForMigration"),
        ("CriuAcceleration", "CRIUAcceleration"),
        ("CriuSecurity", "CRIUSecurity"),
        ("CriuForDatabase", "CRIUForDatabase"),
    ];

    private static CatalogModel Seed => Build(CatalogFiles.SeedText);

    [Fact]
    public void Every_seed_paper_that_rule_2_renamed_keeps_its_rule_1_name_and_no_key_moved()
    {
        var model = Seed;

        Assert.Equal(SeedPapers.Select(p => p.Rule2), model.Papers.Select(p => p.Identifier));
        Assert.Equal(
            SeedPapers.Select(p => p.Rule1 == p.Rule2 ? [] : new[] { new PaperAliasModel(p.Rule1, null) }),
            model.Papers.Select(p => p.Aliases.ToArray()));
        Assert.Equal(12, model.Papers.Count(p => p.Aliases.Count > 0));

        // No alias carries a key: every key is the one rule 1 gave (the seed's BibTeX snapshot did not change either).
        Assert.All(model.Papers, p => Assert.Equal(IdentifierNaming.KeyFor(p.Title), p.Key));

        Assert.Equal(SeedCategories, model.Categories.Select(c => (c.FormerIdentifier!, c.Identifier)));
        Assert.All(model.Venues, v => Assert.Null(v.FormerIdentifier));
    }

    [Fact]
    public void Code_written_against_the_seeds_rule_1_names_compiles_with_only_CS0618_and_means_the_same_papers()
    {
        var model = Seed;
        var rule1 = SeedPapers.Select(p => p.Rule1).ToArray();
        var consumer = new StringBuilder()
            .AppendLine("using System.Collections.Generic;")
            .AppendLine("using CriuCatalog;")
            .AppendLine("namespace Consumer")
            .AppendLine("{")
            .AppendLine("    [Cites(PaperId.Rrc)]")
            .AppendLine("    internal static class OldNames")
            .AppendLine("    {");
        Method(consumer, "int", "Ids", rule1.Select(n => "(int)PaperId." + n));
        Method(consumer, "Paper", "Properties", rule1.Select(n => "Papers." + n));
        Method(consumer, "int", "Categories", SeedCategories.Select(c => "(int)Category." + c.Rule1));
        Method(consumer, "IReadOnlyList<Paper>", "CategoryLists", SeedCategories.Select(c => $"Papers.{c.Rule1}.All"));

        // Every paper of every category, through the category's former class and by the paper's former name.
        var listings = model.Categories.SelectMany((c, i) => c.Papers.Select(p => (Category: i, Paper: p))).ToList();
        Method(consumer, "Paper", "CategoryPapers", listings.Select(l => $"Papers.{SeedCategories[l.Category].Rule1}.{rule1[l.Paper]}"));
        consumer.AppendLine("    }").AppendLine("}");

        var run = GeneratorHarness.Run(CatalogFiles.SeedText, consumer.ToString());
        var (diagnostics, _) = run.Emit();

        // One CS0618 for each former name used: a paper's, a category's, and both in Papers.GpuCriu.Rrc.
        var renamed = SeedPapers.Count(p => p.Rule1 != p.Rule2);
        var expected = 1 + (2 * renamed) + (2 * SeedCategories.Length) + listings.Count + listings.Count(l => SeedPapers[l.Paper].Rule1 != SeedPapers[l.Paper].Rule2);
        Assert.All(diagnostics, d => Assert.Equal(("CS0618", DiagnosticSeverity.Warning, "Consumer.cs"), (d.Id, d.Severity, d.Location.GetLineSpan().Path)));
        Assert.Equal(expected, diagnostics.Count);

        var assembly = run.Load();
        var names = assembly.GetType("Consumer.OldNames")!;
        var all = new CompiledCatalog(assembly).Papers().ToList();
        object? Invoke(string method) => names.GetMethod(method)!.Invoke(null, null);
        Assert.Equal(Enumerable.Range(0, rule1.Length), (int[])Invoke("Ids")!);
        Assert.Equal(all, (object[])Invoke("Properties")!, ReferenceEqualityComparer.Instance);
        Assert.Equal(Enumerable.Range(0, SeedCategories.Length), (int[])Invoke("Categories")!);
        var inCategory = assembly.GetType("CriuCatalog.Papers")!.GetMethod("InCategory")!;
        var category = assembly.GetType("CriuCatalog.Category")!;
        var lists = (object[])Invoke("CategoryLists")!;
        for (var c = 0; c < SeedCategories.Length; c++)
        {
            Assert.Same(inCategory.Invoke(null, [Enum.ToObject(category, c)]), lists[c]);
        }

        Assert.Equal(listings.Select(l => all[l.Paper]), (object[])Invoke("CategoryPapers")!, ReferenceEqualityComparer.Instance);

        // [Cites(PaperId.Rrc)] cites RRC.
        Assert.Contains("new CitedPaper(Papers.RRC,", run.Sources["Bibliography.g.cs"], StringComparison.Ordinal);
    }

    /// <summary>
    /// A catalog made to provoke every clash: an old name that a paper now has, an old name a pin takes, a case-only
    /// rename, a key that moved, a reserved name, and two venues whose old and new names cross.
    /// </summary>
    private const string Clashes = """
        Clashes
        - GPU CRIU
        [X '20] GpuCriu: a paper named as the category was
        [IPDPS '20] Fault-Tolerant Containers Using NiLiCon
        [X '21] FaultTolerant Containers Using: its words split another way
        [X '22] RRC: Responsive Replicated Containers
        [Y '20] Rrc: an older one
        - CRIU Tools
        [OSDI '21] Using Container Migration for HPC
        [Get '22] Get: a reserved name
        [USENIX Security '23] USENIX Security paper
        - CRIU-RTX Extras
        [ACM SoCC '23] Pinned to the category's old name {#CriuRtxExtras}
        [ACMSoCC '24] Another venue spelling
        """;

    [Fact]
    public void An_alias_that_would_take_a_name_something_has_now_is_left_out_and_the_rest_are_kept()
    {
        var model = Build(Clashes);
        // A paper's identifier, key, and former names with their keys where they have one.
        (string Identifier, string Key, string Aliases) Paper(string title)
            => model.Papers.Where(p => p.Title == title)
                .Select(p => (p.Identifier, p.Key, string.Join(", ", p.Aliases.Select(a => a.Identifier + (a.Key is null ? "" : " " + a.Key)))))
                .Single();

        // Rule 1 named the paper GpuCriuPaper, off the category's GpuCriu; rule 2 names the category GPU_CRIU, so the
        // paper takes GpuCriu, and the category's old name is left out rather than clash with it.
        Assert.Equal(("GpuCriu", "gpucriu", "GpuCriuPaper"), Paper("GpuCriu: a paper named as the category was"));
        Assert.Equal(["GPU_CRIU", "CRIUTools", "CRIU_RTXExtras"], model.Categories.Select(c => c.Identifier));
        Assert.Equal([null, "CriuTools", null], model.Categories.Select(c => c.FormerIdentifier));

        // Rule 1 gave the two the same name, and the later one a suffix on its name and key; rule 2 tells them
        // apart. The older one's old name is now the other's name, so it is left out; the later one's old name and
        // old key are kept.
        Assert.Equal(("FaultTolerantContainersNiLiCon", "fault-tolerant-containers-using", ""), Paper("Fault-Tolerant Containers Using NiLiCon"));
        Assert.Equal(
            ("FaultTolerantContainersUsing", "faulttolerant-containers-using", "FaultTolerantContainersUsingX21 faulttolerant-containers-using-x21"),
            Paper("FaultTolerant Containers Using: its words split another way"));

        // RRC and Rrc still collide ignoring case: the older keeps Rrc, and the other's suffix gets an underscore.
        Assert.Equal(("Rrc", "rrc", ""), Paper("Rrc: an older one"));
        Assert.Equal(("RRC_X22", "rrc-x22", "RrcX22"), Paper("RRC: Responsive Replicated Containers"));

        Assert.Equal(("ContainerMigrationHPC", "using-container-migration", "UsingContainerMigration"), Paper("Using Container Migration for HPC"));
        Assert.Equal(("GetPaper", "get", ""), Paper("Get: a reserved name"));

        // A pin wins over an old name: the category's is left out; a pinned paper never gets a rule-1 alias.
        Assert.Equal(("CriuRtxExtras", "criu-rtx-extras", ""), Paper("Pinned to the category's old name"));
        Assert.Equal(("USENIXSecurityPaper", "usenix-security-paper", "UsenixSecurityPaper"), Paper("USENIX Security paper"));

        // ACM SoCC keeps ACMSoCC and its old ACM_SoCC; the other spelling's old ACMSoCC is the first one's now.
        Assert.Equal(
            [("USENIXSecurity", "USENIX_Security"), ("ACMSoCC", "ACM_SoCC")],
            model.Venues.Where(v => v.FormerIdentifier is not null).Select(v => (v.Identifier, v.FormerIdentifier)));
        Assert.Matches("^ACMSoCC_[0-9A-F]{8}$", model.Venues.Single(v => v.DisplayName == "ACMSoCC").Identifier);
    }

    [Fact]
    public void The_clashing_catalog_compiles_cleanly_and_its_kept_old_names_and_keys_work()
    {
        const string consumer = """
            using CriuCatalog;

            namespace Consumer
            {
                internal static class Uses
                {
                    public static Paper[] Old() => new[]
                    {
                        Papers.GpuCriuPaper, Papers.FaultTolerantContainersUsingX21, Papers.RrcX22, Papers.UsingContainerMigration,
                        Papers.GPU_CRIU.RrcX22, Papers.CriuTools.UsingContainerMigration, Papers.CRIUTools.UsingContainerMigration,
                    };

                    public static int[] Values() => new[] { (int)PaperId.RrcX22, (int)Category.CriuTools, (int)Venue.USENIX_Security, (int)Venue.ACM_SoCC };

                    public static Paper? Find(string key) => Papers.TryFind(key, out var paper) ? paper : null;
                }
            }
            """;
        var run = GeneratorHarness.Run(Clashes, consumer);

        // The generated code alone has no diagnostic; the consumer has one CS0618 per former name.
        Assert.Empty(GeneratorHarness.Run(Clashes).Emit().Diagnostics);
        var (diagnostics, _) = run.Emit();
        Assert.All(diagnostics, d => Assert.Equal(("CS0618", "Consumer.cs"), (d.Id, d.Location.GetLineSpan().Path)));
        Assert.Equal(12, diagnostics.Count);

        var assembly = run.Load();
        var uses = assembly.GetType("Consumer.Uses")!;
        var papers = assembly.GetType("CriuCatalog.Papers")!;
        object Current(string name) => papers.GetProperty(name)!.GetValue(null)!;
        string[] now = ["GpuCriu", "FaultTolerantContainersUsing", "RRC_X22", "ContainerMigrationHPC", "RRC_X22", "ContainerMigrationHPC", "ContainerMigrationHPC"];
        Assert.Equal(
            now.Select(Current),
            (object[])uses.GetMethod("Old")!.Invoke(null, null)!,
            ReferenceEqualityComparer.Instance);
        Assert.Equal([3, 1, 5, 6], (int[])uses.GetMethod("Values")!.Invoke(null, null)!);

        // The key that moved finds its paper under both.
        var find = uses.GetMethod("Find")!;
        Assert.Same(Current("FaultTolerantContainersUsing"), find.Invoke(null, ["faulttolerant-containers-using-x21"]));
        Assert.Same(Current("FaultTolerantContainersUsing"), find.Invoke(null, ["faulttolerant-containers-using"]));
    }

    [Fact]
    public void A_renamed_sub_category_is_reached_through_its_parents_old_and_new_class()
    {
        const string markdown = """
            # Nested
            ## GPU Systems
            ### CRIU Tools
            - [OSDI '20] RRC: Responsive Replicated Containers
            """;
        const string consumer = """
            using CriuCatalog;

            namespace Consumer
            {
                internal static class Uses
                {
                    public static object[] Old() => new object[]
                    {
                        Papers.GpuSystems.CriuTools.Rrc, Papers.GPUSystems.CriuTools.RRC, Papers.GpuSystems.CRIUTools.All,
                        (int)Category.GpuSystems, (int)Category.CriuTools, (int)Category.CRIUTools.Parent()!.Value,
                    };
                }
            }
            """;
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(markdown, "/catalogs/nested.md")], consumer);

        var (diagnostics, _) = run.Emit();
        Assert.All(diagnostics, d => Assert.Equal(("CS0618", "Consumer.cs"), (d.Id, d.Location.GetLineSpan().Path)));
        Assert.Equal(7, diagnostics.Count);
        var old = (object[])run.Load().GetType("Consumer.Uses")!.GetMethod("Old")!.Invoke(null, null)!;
        Assert.Same(old[0], old[1]);
        Assert.Equal([0, 1, 0], old.Skip(3).Cast<int>());
    }

    // Random catalogs drawn from names that clash across the two rules.

    private static readonly string[] ShortNames =
    [
        "GPU-CRIU", "GpuCriu", "Gpu Criu", "RRC", "Rrc", "CRIU Tools", "CriuTools", "FaultTolerant Containers Using",
        "Get", "All", "SC-W", "ScW", "USENIX Security", "UsingContainerMigration", "CRIU-RTX", "CriuRtx",
    ];

    private static readonly string[] Phrases =
    [
        "Fault-Tolerant Containers Using NiLiCon", "Using Container Migration for HPC", "Towards Efficient End-to-End Encryption",
        "On-demand and Parallel Checkpoint/Restore for GPU", "Checkpoint/Restart for CUDA Kernels",
    ];

    private static readonly string[] Categories = ["GPU CRIU", "Gpu Criu", "CRIU Tools", "GpuCriuPaper", "RRC", "All", "Criu Tools Paper"];

    private static readonly string[] Venues = ["USENIX Security", "USENIX-Security", "ACM SoCC", "ACMSoCC", "SC-W", "ScW", "OSDI", "Get"];

    private static readonly string[] Pins = ["", "", "", " {#GpuCriu}", " {#CriuTools}", " {#UsingContainerMigration}", " {#RrcX22}", " {#Rrc aka GpuCriuPaper}", " {#ScW}"];

    private static readonly Gen<string> Entries =
        Gen.Select(Gen.Int[0, ShortNames.Length + Phrases.Length - 1], Gen.Int[0, Venues.Length - 1], Gen.Int[18, 24], Gen.Int[0, 99], Gen.Int[0, Pins.Length - 1])
            .Select((title, venue, year, tag, pin) => $"[{Venues[venue]} '{year}] "
                + (title < ShortNames.Length ? $"{ShortNames[title]}: paper {tag}" : $"{Phrases[title - ShortNames.Length]} paper {tag}")
                + Pins[pin]);

    /// <summary>A plain list, or a Markdown list whose even categories are sub-headings of the one before.</summary>
    private static readonly Gen<(string Text, string Path)> ClashingCatalogs =
        Gen.Select(Gen.Select(Gen.Int[0, Categories.Length - 1], Entries.List[1, 4]).List[1, 4], Gen.Bool)
            .Select((categories, markdown) => markdown
                ? ("# Clashes\n" + string.Concat(categories.Select((c, i) => $"{(i % 2 == 1 ? "###" : "##")} {Categories[c.Item1]}\n" + string.Concat(c.Item2.Select(e => "- " + e + "\n")))), "/catalogs/clashes.md")
                : ("Clashes\n" + string.Concat(categories.Select(c => $"- {Categories[c.Item1]}\n" + string.Concat(c.Item2.Select(e => e + "\n")))), "/catalogs/clashes.txt"));

    [Fact]
    public void In_random_clashing_catalogs_no_alias_takes_a_name_or_key_in_any_scope()
        => Check.Sample(ClashingCatalogs, catalog => AssertScopesAreUnique(Build(catalog.Text, catalog.Path)), iter: 300, writeLine: output.WriteLine);

    [Fact]
    public void Random_clashing_catalogs_compile_cleanly_and_every_old_name_they_keep_compiles_with_only_CS0618()
        => Check.Sample(
            ClashingCatalogs,
            catalog =>
            {
                var model = Build(catalog.Text, catalog.Path);
                var (consumer, uses) = UsesOfEveryFormerName(model);
                var run = GeneratorHarness.Run([CatalogFiles.Catalog(catalog.Text, catalog.Path)], consumer);

                Assert.Null(run.Generator.Exception);
                var (diagnostics, _) = run.Emit();
                Assert.All(diagnostics, d => Assert.Equal(("CS0618", "Consumer.cs"), (d.Id, d.Location.GetLineSpan().Path)));
                Assert.True(diagnostics.Count >= uses, $"{diagnostics.Count} warnings for {uses} former names:\n{consumer}");
            },
            iter: 12,
            writeLine: output.WriteLine);

    /// <summary>
    /// No two members of one C# scope share a name, and no alias equals another name of its scope ignoring case,
    /// but its own thing's: not in <c>PaperId</c>, <c>Category</c>, <c>Venue</c>, <c>Papers</c> or a category class,
    /// nor a category class's name among its members; and no two keys are equal.
    /// </summary>
    private static void AssertScopesAreUnique(CatalogModel model)
    {
        var aliases = model.Papers.SelectMany((p, i) => p.Aliases.Where(a => a.Identifier is not null).Select(a => (Name: a.Identifier!, Owner: "p" + i))).ToList();
        var papers = model.Papers.Select((p, i) => (Name: p.Identifier, Owner: "p" + i)).ToList();
        var categories = model.Categories.Select((c, i) => (Name: c.Identifier, Owner: "c" + i))
            .Concat(model.Categories.Select((c, i) => (Name: c.FormerIdentifier!, Owner: "c" + i)).Where(c => c.Name is not null))
            .ToList();
        var reserved = GeneratedNames.Reserved.Select(n => (Name: n, Owner: "api")).ToList();

        AssertUnique("PaperId", papers.Concat(aliases));
        AssertUnique("Category", categories);
        AssertUnique(
            "Venue",
            model.Venues.Select((v, i) => (Name: v.Identifier, Owner: "v" + i))
                .Concat(model.Venues.Select((v, i) => (Name: v.FormerIdentifier!, Owner: "v" + i)).Where(v => v.Name is not null))
                .Concat(reserved));

        // Papers and every category class see papers, their aliases and category classes: one scope is strictest.
        AssertUnique("Papers", papers.Concat(aliases).Concat(categories).Concat(reserved));
        Assert.Equal(
            model.Papers.Count + model.Papers.Sum(p => p.Aliases.Count(a => a.Key is not null)),
            model.Papers.Select(p => p.Key).Concat(model.Papers.SelectMany(p => p.Aliases).Select(a => a.Key).OfType<string>()).Distinct(StringComparer.Ordinal).Count());
    }

    private static void AssertUnique(string scope, IEnumerable<(string Name, string Owner)> names)
    {
        var list = names.ToList();
        Assert.True(list.Select(n => n.Name).Distinct(StringComparer.Ordinal).Count() == list.Count, $"{scope}: a name twice in {string.Join(", ", list)}");
        foreach (var group in list.GroupBy(n => n.Name, StableCase.IgnoreCase))
        {
            Assert.True(group.Select(n => n.Owner).Distinct().Count() == 1, $"{scope}: {string.Join(", ", group)} differ only in case");
        }
    }

    /// <summary>A consumer that uses every former name the model keeps, in every place it is usable, and how many it uses.</summary>
    private static (string Source, int Uses) UsesOfEveryFormerName(CatalogModel model)
    {
        var uses = new List<string>();
        string Path(int category) => string.Join(".", model.Ancestors(category).Reverse().Append(category).Select(c => model.Categories[c].Identifier));
        for (var i = 0; i < model.Papers.Count; i++)
        {
            foreach (var alias in model.Papers[i].Aliases.Where(a => a.Identifier is not null))
            {
                uses.Add($"PaperId.{alias.Identifier}");
                uses.Add($"Papers.{alias.Identifier}");
                uses.AddRange(model.Papers[i].Categories.Select(c => $"Papers.{Path(c)}.{alias.Identifier}"));
            }
        }

        for (var c = 0; c < model.Categories.Count; c++)
        {
            if (model.Categories[c].FormerIdentifier is { } former)
            {
                var parent = model.Categories[c].Parent < 0 ? "Papers" : "Papers." + Path(model.Categories[c].Parent);
                uses.Add($"Category.{former}");
                uses.Add($"{parent}.{former}.All");
            }
        }

        uses.AddRange(model.Venues.Select(v => v.FormerIdentifier).OfType<string>().Select(former => $"Venue.{former}"));
        var source = "using CriuCatalog;\nnamespace Consumer\n{\n    internal static class Uses\n    {\n        public static object[] All() => new object[]\n        {\n"
            + string.Concat(uses.Select(u => "            " + u + ",\n"))
            + "        };\n    }\n}\n";
        return (source, uses.Count);
    }

    /// <summary>A method of the consumer that returns an array of <paramref name="element"/>: <paramref name="items"/>.</summary>
    private static void Method(StringBuilder source, string element, string name, IEnumerable<string> items)
        => source.AppendLine("        public static " + element + "[] " + name + "() => new " + element + "[]")
            .AppendLine("        {")
            .AppendLine(string.Join(",\n", items.Select(i => "            " + i)))
            .AppendLine("        };");

    private static CatalogModel Build(string text, string path = CatalogFiles.SeedPath)
        => CatalogBuilder.Build(ImmutableArray.Create(CatalogParser.Parse(new CatalogSource(path, text), CancellationToken.None)), CancellationToken.None).Model!;
}
