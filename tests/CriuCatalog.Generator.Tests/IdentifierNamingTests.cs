using System.Globalization;
using System.Threading;
using CriuCatalog.Generator.Naming;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// How titles, categories and venues become identifiers and keys by naming rule 2, and what rule 1 made of them before
/// the rename (docs/catalog-format.md, "Names").
/// </summary>
public class IdentifierNamingTests
{
    [Theory]
    [InlineData("Cricket: A virtualization layer for distributed execution of CUDA applications", "Cricket", "cricket", "Cricket")]
    [InlineData("Singularity: Planet-Scale, Preemptive and Elastic Scheduling of AI Workloads", "Singularity", "singularity", "Singularity")]
    [InlineData("Async-fork: Mitigating Query Latency Spikes", "AsyncFork", "async-fork", "Async-fork")]
    [InlineData("H-Container: Enabling Heterogeneous-ISA Container Migration", "HContainer", "h-container", "H-Container")]
    [InlineData("iContainer: Consecutive checkpointing", "IContainer", "icontainer", "iContainer")]
    [InlineData("MigrOS: Transparent Live-Migration Support", "MigrOS", "migros", "MigrOS")]
    [InlineData("Don't, Stop, Drop, Pause: Forensics of CONtainer CheckPOINTs (ConPoint)", "DontStopDropPause", "dont-stop-drop-pause", "Don't, Stop, Drop, Pause")]
    [InlineData("Don\u2019t Stop: typographic apostrophe", "DontStop", "dont-stop", "Don\u2019t Stop")]
    [InlineData("Don\u2018t Stop: opening quote used as an apostrophe", "DontStop", "dont-stop", "Don\u2018t Stop")]
    [InlineData("Demonstration of ElasticNotebook: Migrating Live Computational Notebook States", "DemonstrationOfElasticNotebook", "demonstration-of-elasticnotebook", "Demonstration of ElasticNotebook")]
    [InlineData("Evicting for the greater good: The case for Reactive Checkpointing", "EvictingGreaterGood", "evicting-greater-good", "Evicting for the greater good")]
    [InlineData("Standard-compliant parallel SystemC simulation of loosely-timed transaction level models: From baremetal", "StandardCompliantParallelSystemC", "standard-compliant-parallel-systemc", "Standard-compliant parallel SystemC simulation of loosely-timed transaction level models")]
    [InlineData("A Container Pre-copy Migration Method Based on Dirty Page Prediction", "ContainerPreCopyMigration", "container-pre-copy-migration", "A Container Pre-copy Migration")]
    [InlineData("Über-Checkpoints für Alle", "ÜberCheckpointsFürAlle", "über-checkpoints-für-alle", "Über-Checkpoints für Alle")]
    // Acronyms are kept as written, with an underscore only where two parts would run together.
    [InlineData("PARALLELGPUOS: A Concurrent OS-level GPU Checkpoint", "PARALLELGPUOS", "parallelgpuos", "PARALLELGPUOS")]
    [InlineData("Checkpoint/Restart for CUDA Kernels", "CheckpointRestartCUDAKernels", "checkpoint-restart-cuda-kernels", "Checkpoint/Restart for CUDA Kernels")]
    [InlineData("Transparent, Cross-ISA Enclave Offloading", "TransparentCrossISAEnclave", "transparent-cross-isa-enclave", "Transparent, Cross-ISA Enclave")]
    [InlineData("CRIU-RTX: Remote Thread eXecution", "CRIU_RTX", "criu-rtx", "CRIU-RTX")]
    [InlineData("MDB-KCP: persistence framework", "MDB_KCP", "mdb-kcp", "MDB-KCP")]
    [InlineData("RRC: Responsive Replicated Containers", "RRC", "rrc", "RRC")]
    [InlineData("Fast in-memory CRIU for docker containers", "FastInMemoryCRIU", "fast-in-memory-criu", "Fast in-memory CRIU")]
    [InlineData("ISA: an acronym of one part", "ISA", "isa", "ISA")]
    // A hyphenated word counts its parts: at most 3 significant words and 4 parts, a word never split.
    [InlineData("On-demand and Parallel Checkpoint/Restore for GPU Applications", "OnDemandParallel", "on-demand-parallel-checkpoint-restore", "On-demand and Parallel")]
    [InlineData("Copy-on-Write Snapshot Engines: a short name of 5 parts", "CopyOnWriteSnapshot", "copy-on-write-snapshot-engines", "Copy-on-Write Snapshot Engines")]
    [InlineData("Just-In-Time Checkpointing: Low Cost Error Recovery", "JustInTimeCheckpointing", "just-in-time-checkpointing", "Just-In-Time Checkpointing")]
    [InlineData("Write-Ahead-Log-Based-Recovery for Databases", "WriteAheadLogBasedRecovery", "write-ahead-log-based-recovery-databases", "Write-Ahead-Log-Based-Recovery")]
    [InlineData("Software-based Live Migration for Containerized RDMA", "SoftwareBasedLiveMigration", "software-based-live-migration", "Software-based Live Migration")]
    // Stop words that only join a title's words; a short name keeps them.
    [InlineData("Fault-Tolerant Containers Using NiLiCon", "FaultTolerantContainersNiLiCon", "fault-tolerant-containers-using", "Fault-Tolerant Containers Using NiLiCon")]
    [InlineData("Towards Efficient End-to-End Encryption for Container Checkpointing Systems", "EfficientEndToEnd", "towards-efficient-end-to-end", "Towards Efficient End-to-End")]
    [InlineData("Using Container Migration for HPC Workloads Resilience", "ContainerMigrationHPC", "using-container-migration", "Using Container Migration for HPC")]
    [InlineData("Migrating Unikernels Between Hypervisors", "MigratingUnikernelsHypervisors", "migrating-unikernels-between", "Migrating Unikernels Between Hypervisors")]
    [InlineData("Toward Live Migration over WAN Links", "LiveMigrationWAN", "toward-live-migration", "Toward Live Migration over WAN")]
    [InlineData("Containers vs. VMs Through the Years", "ContainersVMsYears", "containers-vs-vms", "Containers vs. VMs Through the Years")]
    [InlineData("Towards Us: a short name keeps its stop words", "TowardsUs", "towards-us", "Towards Us")]
    // Digits: an underscore between two, none where a letter meets a digit.
    [InlineData("Ratio 10:1 Scaling of Checkpoints", "Ratio10_1Scaling", "ratio-10-1-scaling", "Ratio 10:1 Scaling")]
    [InlineData("x86-64 Live Migration", "X86_64LiveMigration", "x86-64-live-migration", "x86-64 Live Migration")]
    [InlineData("5G Slicing in Practice", "_5GSlicingPractice", "5g-slicing-practice", "5G Slicing in Practice")]
    [InlineData("GPT-4o Serving", "GPT4oServing", "gpt-4o-serving", "GPT-4o Serving")]
    // Non-ASCII capitals count as capitals; combining marks are looked past.
    [InlineData("ÉCOLE-ÉTÉ: an école d'été", "ÉCOLE_ÉTÉ", "école-été", "ÉCOLE-ÉTÉ")]
    [InlineData("CAFE\u0301 BAR: a decomposed accent", "CAFE\u0301_BAR", "cafe\u0301-bar", "CAFE\u0301 BAR")]
    [InlineData("ABC E\u0301cole: a capital with its accent after it", "ABCE\u0301cole", "abc-e\u0301cole", "ABC E\u0301cole")]
    public void Paper_names(string title, string identifier, string key, string shortName)
    {
        var name = IdentifierNaming.ForPaper(title);

        Assert.Equal(identifier, name.Identifier);
        Assert.Equal(key, name.Key);
        Assert.Equal(shortName, name.ShortName);
        Assert.True(IdentifierNaming.IsUsableIdentifier(name.Identifier));
    }

    /// <summary>Rule 1, kept only to emit the names it gave as aliases: acronyms written like words, each word counted once, the first 17 stop words.</summary>
    [Theory]
    [InlineData("PARALLELGPUOS: A Concurrent OS-level GPU Checkpoint", "Parallelgpuos")]
    [InlineData("Checkpoint/Restart for CUDA Kernels", "CheckpointRestartCudaKernels")]
    [InlineData("On-demand and Parallel Checkpoint/Restore for GPU Applications", "OnDemandParallelCheckpointRestore")]
    [InlineData("Fault-Tolerant Containers Using NiLiCon", "FaultTolerantContainersUsing")]
    [InlineData("Towards Efficient End-to-End Encryption for Container Checkpointing Systems", "TowardsEfficientEndToEnd")]
    [InlineData("CRIU-RTX: Remote Thread eXecution", "CriuRtx")]
    [InlineData("Ratio 10:1 Scaling of Checkpoints", "Ratio101Scaling")]
    [InlineData("MigrOS: Transparent Live-Migration Support", "MigrOS")]
    public void Rule_1_paper_names(string title, string identifier)
        => Assert.Equal(identifier, LegacyNaming.ForPaper(title));

    [Theory]
    [InlineData("GPU CRIU", "GpuCriu", "GPU_CRIU")]
    [InlineData("CRIU for Migration", "CriuForMigration", "CRIUForMigration")]
    [InlineData("Journal of Cloud Computing", "JournalOfCloudComputing", "JournalOfCloudComputing")]
    [InlineData("OSDI 2023", "Osdi2023", "OSDI2023")]
    public void Rule_1_category_names(string name, string rule1, string rule2)
        => Assert.Equal((rule1, rule2), (LegacyNaming.ForCategory(name), IdentifierNaming.ForCategory(name)));

    [Theory]
    [InlineData("USENIX Security", "USENIX_Security", "USENIXSecurity")]
    [InlineData("IEEE Cloud", "IEEE_Cloud", "IEEECloud")]
    [InlineData("SC-W", "SC_W", "SC_W")]
    [InlineData("OSDI", "OSDI", "OSDI")]
    public void Rule_1_venue_names(string name, string rule1, string rule2)
        => Assert.Equal((rule1, rule2), (LegacyNaming.ForVenue(name), IdentifierNaming.ForVenue(name)));

    [Theory]
    [InlineData("OSDI", 2025, "OSDI25", "osdi25", "Osdi25")]
    [InlineData("SoCC", 2024, "SoCC24", "socc24", "SoCC24")]
    [InlineData("SC-W", 2023, "SC_W23", "scw23", "ScW23")]
    [InlineData("'", 2021, "2021", "2021", "2021")]
    public void Collision_suffixes(string venue, int year, string identifier, string key, string rule1)
    {
        Assert.Equal((identifier, key), IdentifierNaming.CollisionSuffix(venue, year));
        Assert.Equal(rule1, LegacyNaming.CollisionSuffix(venue, year));
    }

    [Theory]
    [InlineData("Cricket", "OSDI25", "CricketOSDI25")]
    [InlineData("RRC", "SOSP25", "RRC_SOSP25")]
    [InlineData("MigrOS", "SoCC24", "MigrOSSoCC24")]
    [InlineData("Foo2", "2021", "Foo2_2021")]
    [InlineData("AllPaper", "X24", "AllPaperX24")]
    public void A_suffix_goes_on_with_an_underscore_only_where_the_two_would_run_together(string identifier, string suffix, string joined)
        => Assert.Equal(joined, IdentifierNaming.Append(identifier, suffix));

    [Fact]
    public void A_title_without_letters_or_digits_gets_a_name_hashed_from_itself()
    {
        var first = IdentifierNaming.ForPaper("!!! ??? ***");
        var second = IdentifierNaming.ForPaper("!!! ??? ***");

        Assert.Equal(first, second);
        Assert.Matches("^Paper_[0-9A-F]{8}$", first.Identifier);
        Assert.Equal(first.Identifier, LegacyNaming.ForPaper("!!! ??? ***"));
        Assert.Equal("paper-" + first.Identifier.Substring(6).ToLowerInvariant(), first.Key);
    }

    [Fact]
    public void Long_titles_are_capped()
    {
        var name = IdentifierNaming.ForPaper(new string('x', 2000));

        Assert.Equal(IdentifierNaming.MaxIdentifierLength, name.Identifier.Length);
        Assert.Equal(IdentifierNaming.MaxIdentifierLength, name.Key.Length);
    }

    [Theory]
    [InlineData("GPU CRIU", "GPU_CRIU")]
    [InlineData("CRIU for Migration", "CRIUForMigration")]
    [InlineData("CRIU Acceleration", "CRIUAcceleration")]
    [InlineData("CRIU Security", "CRIUSecurity")]
    [InlineData("CRIU for Database", "CRIUForDatabase")]
    [InlineData("Security and Forensics", "SecurityAndForensics")]
    [InlineData("FAST", "FAST")]
    [InlineData("OSDI 2023", "OSDI2023")]
    public void Category_names(string name, string identifier)
        => Assert.Equal(identifier, IdentifierNaming.ForCategory(name));

    [Theory]
    [InlineData("OSDI", "OSDI")]
    [InlineData("EuroSys", "EuroSys")]
    [InlineData("SC-W", "SC_W")]
    [InlineData("SIGMOD/PODS", "SIGMOD_PODS")]
    [InlineData("Cloud Summit", "CloudSummit")]
    [InlineData("Journal of Cloud Computing", "JournalOfCloudComputing")]
    [InlineData("arXiv", "ArXiv")]
    [InlineData("eBPF", "EBPF")]
    [InlineData("WoWMoM", "WoWMoM")]
    [InlineData("USENIX Security", "USENIXSecurity")]
    [InlineData("ACM CSUR", "ACM_CSUR")]
    [InlineData("EuroS&P", "EuroS_P")]
    public void Venue_names(string name, string identifier)
        => Assert.Equal(identifier, IdentifierNaming.ForVenue(name));

    [Theory]
    [InlineData("\u10E5\u10D0\u10E0\u10D7\u10E3\u10DA\u10D8: Georgian has capitals only since Unicode 11", "\u10E5\u10D0\u10E0\u10D7\u10E3\u10DA\u10D8")]
    [InlineData("\u017Fome: a long s has no one-to-one capital", "\u017Fome")]
    [InlineData("\u0264x: a letter whose capital came in Unicode 16", "\u0264x")]
    [InlineData("\u00E9cole: Latin-1 letters use the fixed table", "\u00C9cole")]
    [InlineData("\u0142\u00F3d\u017A: Latin Extended-A too", "\u0141\u00F3d\u017A")]
    public void Case_comes_from_a_fixed_table_not_the_runtime(string title, string identifier)
        => Assert.Equal(identifier, IdentifierNaming.ForPaper(title).Identifier);

    [Fact]
    public void Normalization_only_folds_case_the_fixed_table_knows()
    {
        Assert.Equal(IdentifierNaming.Normalize("caf\u00E9  Study"), IdentifierNaming.Normalize("CAF\u00C9 study"));
        Assert.NotEqual(IdentifierNaming.Normalize("Clo\u017Fe Study"), IdentifierNaming.Normalize("CLOSE STUDY"));
        Assert.NotEqual(IdentifierNaming.Normalize("\u10E5"), IdentifierNaming.Normalize("\u1CA5"));
    }

    [Fact]
    public void Names_do_not_depend_on_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = (IdentifierNaming.ForPaper("ISA identity: igloo"), IdentifierNaming.ForCategory("IO INFRA"), IdentifierNaming.ForVenue("iiswc"));
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            var turkish = (IdentifierNaming.ForPaper("ISA identity: igloo"), IdentifierNaming.ForCategory("IO INFRA"), IdentifierNaming.ForVenue("iiswc"));

            Assert.Equal(invariant, turkish);
            Assert.Equal("ISAIdentity", turkish.Item1.Identifier);
            Assert.Equal("isa-identity", turkish.Item1.Key);
            Assert.Equal("IO_INFRA", turkish.Item2);
            Assert.Equal("Iiswc", turkish.Item3);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
