using System.Globalization;
using System.Threading;
using CriuCatalog.Generator.Naming;

namespace CriuCatalog.Generator.Tests;

/// <summary>How titles, categories and venues become identifiers and keys (docs/catalog-format.md, "Names").</summary>
public class IdentifierNamingTests
{
    [Theory]
    [InlineData("Cricket: A virtualization layer for distributed execution of CUDA applications", "Cricket", "cricket", "Cricket")]
    [InlineData("Singularity: Planet-Scale, Preemptive and Elastic Scheduling of AI Workloads", "Singularity", "singularity", "Singularity")]
    [InlineData("Async-fork: Mitigating Query Latency Spikes", "AsyncFork", "async-fork", "Async-fork")]
    [InlineData("PARALLELGPUOS: A Concurrent OS-level GPU Checkpoint", "Parallelgpuos", "parallelgpuos", "PARALLELGPUOS")]
    [InlineData("H-Container: Enabling Heterogeneous-ISA Container Migration", "HContainer", "h-container", "H-Container")]
    [InlineData("iContainer: Consecutive checkpointing", "IContainer", "icontainer", "iContainer")]
    [InlineData("MigrOS: Transparent Live-Migration Support", "MigrOS", "migros", "MigrOS")]
    [InlineData("Don't, Stop, Drop, Pause: Forensics of CONtainer CheckPOINTs (ConPoint)", "DontStopDropPause", "dont-stop-drop-pause", "Don't, Stop, Drop, Pause")]
    [InlineData("Don\u2019t Stop: typographic apostrophe", "DontStop", "dont-stop", "Don\u2019t Stop")]
    [InlineData("Don\u2018t Stop: opening quote used as an apostrophe", "DontStop", "dont-stop", "Don\u2018t Stop")]
    [InlineData("Demonstration of ElasticNotebook: Migrating Live Computational Notebook States", "DemonstrationOfElasticNotebook", "demonstration-of-elasticnotebook", "Demonstration of ElasticNotebook")]
    [InlineData("Evicting for the greater good: The case for Reactive Checkpointing", "EvictingGreaterGood", "evicting-greater-good", "Evicting for the greater good")]
    [InlineData("Standard-compliant parallel SystemC simulation of loosely-timed transaction level models: From baremetal", "StandardCompliantParallelSystemC", "standard-compliant-parallel-systemc", "Standard-compliant parallel SystemC simulation of loosely-timed transaction level models")]
    [InlineData("Checkpoint/Restart for CUDA Kernels", "CheckpointRestartCudaKernels", "checkpoint-restart-cuda-kernels", "Checkpoint/Restart for CUDA Kernels")]
    [InlineData("On-demand and Parallel Checkpoint/Restore for GPU Applications", "OnDemandParallelCheckpointRestore", "on-demand-parallel-checkpoint-restore", "On-demand and Parallel Checkpoint/Restore")]
    [InlineData("A Container Pre-copy Migration Method Based on Dirty Page Prediction", "ContainerPreCopyMigration", "container-pre-copy-migration", "A Container Pre-copy Migration")]
    [InlineData("Transparent, Cross-ISA Enclave Offloading", "TransparentCrossIsaEnclave", "transparent-cross-isa-enclave", "Transparent, Cross-ISA Enclave")]
    [InlineData("Ratio 10:1 Scaling of Checkpoints", "Ratio101Scaling", "ratio-10-1-scaling", "Ratio 10:1 Scaling")]
    [InlineData("5G Slicing in Practice", "_5GSlicingPractice", "5g-slicing-practice", "5G Slicing in Practice")]
    [InlineData("Über-Checkpoints für Alle", "ÜberCheckpointsFürAlle", "über-checkpoints-für-alle", "Über-Checkpoints für Alle")]
    public void Paper_names(string title, string identifier, string key, string shortName)
    {
        var name = IdentifierNaming.ForPaper(title);

        Assert.Equal(identifier, name.Identifier);
        Assert.Equal(key, name.Key);
        Assert.Equal(shortName, name.ShortName);
        Assert.True(IdentifierNaming.IsUsableIdentifier(name.Identifier));
    }

    [Fact]
    public void A_title_without_letters_or_digits_gets_a_name_hashed_from_itself()
    {
        var first = IdentifierNaming.ForPaper("!!! ??? ***");
        var second = IdentifierNaming.ForPaper("!!! ??? ***");

        Assert.Equal(first, second);
        Assert.Matches("^Paper_[0-9A-F]{8}$", first.Identifier);
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
    [InlineData("GPU CRIU", "GpuCriu")]
    [InlineData("CRIU for Migration", "CriuForMigration")]
    [InlineData("CRIU Acceleration", "CriuAcceleration")]
    [InlineData("CRIU Security", "CriuSecurity")]
    [InlineData("CRIU for Database", "CriuForDatabase")]
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
            Assert.Equal("IsaIdentity", turkish.Item1.Identifier);
            Assert.Equal("isa-identity", turkish.Item1.Key);
            Assert.Equal("IoInfra", turkish.Item2);
            Assert.Equal("Iiswc", turkish.Item3);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
