using System;
using System.Linq;
using System.Reflection;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The generated seed catalog compiled the strictest way (warning level 9999, documentation on) and then used
/// through a consumer written against its public API, as a user's project would.
/// </summary>
public class CompiledCatalogTests
{
    private const string Consumer = """
        using System;
        using System.Linq;
        using CriuCatalog;

        public static class Probe
        {
            public static int PaperCount() => Papers.All.Count;
            public static int DistinctPaperCount() => Papers.All.Distinct().Count();
            public static int DistinctKeyCount() => Papers.All.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count();
            // A renamed category's former name is a member with its value: Enum.GetValues lists that value twice.
            public static int CategoryCount() => Enum.GetValues(typeof(Category)).Cast<Category>().Distinct().Count();
            public static int CategoryMemberCount() => Enum.GetValues(typeof(Category)).Length;
            public static int VenueCount() => Enum.GetValues(typeof(Venue)).Length;
            public static int[] CategorySizes() => Enum.GetValues(typeof(Category)).Cast<Category>().Distinct().Select(c => Papers.InCategory(c).Count).ToArray();
            public static bool GetMatchesAll() => Papers.All.Select((p, i) => Papers.Get((PaperId)i) == p && (int)p.Id == i && p.Id.ToPaper() == p).All(ok => ok);
            public static bool EveryPaperFindsItselfByKey() => Papers.All.All(p => Papers.TryFind(p.Key, out var found) && found == p);

            public static string AsyncForkCategories() => string.Join("|", Papers.AsyncFork.Categories.Select(c => c.ToDisplayName()));
            public static string AsyncForkPublications() => string.Join("|", Papers.AsyncFork.Publications.Select(p => p.ToString()));
            public static string AsyncForkVenue() => Papers.AsyncFork.Venue.ToDisplayName();
            public static string? AsyncForkArXivId() => Papers.AsyncFork.ArXivId;
            public static int AsyncForkYear() => Papers.AsyncFork.Year;
            public static string AsyncForkKey() => Papers.AsyncFork.Key;
            public static string AsyncForkShortName() => Papers.AsyncFork.ShortName;
            public static string AsyncForkToString() => Papers.AsyncFork.ToString();
            public static bool AsyncForkIsOneInstance() => Papers.CRIUForMigration.AsyncFork == Papers.AsyncFork && Papers.CRIUForDatabase.AsyncFork == Papers.AsyncFork;
            public static bool RrcIsOneInstance() => Papers.CRIUForMigration.RRC == Papers.CRIUSecurity.RRC;
            public static bool ElasticNotebookInTwoCategories() => Papers.ElasticNotebook.Categories.SequenceEqual(new[] { Category.CRIUForMigration, Category.CRIUForDatabase });

            public static string CricketCitation() => Papers.Cricket.ToString();
            public static string SingularityArXivId() => Papers.Singularity.ArXivId!;
            public static bool SingularityIsPreprintOnly() => Papers.Singularity.Venue == Venue.ArXiv && Papers.Singularity.Publications.All(p => p.IsPreprint);
            public static bool NestedClassIsSameInstance() => Papers.GPU_CRIU.Cricket == Papers.Cricket && Papers.InCategory(Category.GPU_CRIU) == Papers.GPU_CRIU.All;

            public static bool TryFindCricket() => Papers.TryFind("cricket", out var p) && p == Papers.Cricket;
            public static bool TryFindIsOrdinal() => Papers.TryFind("Cricket", out _);
            public static bool TryFindNull() => Papers.TryFind(null, out var p) || p != null;
            public static bool TryFindUnknown() => Papers.TryFind("no-such-paper", out var p) || p != null;

            public static string[] ArXivPapers() => Papers.ByVenue(Venue.ArXiv).Select(p => p.Key).ToArray();
            public static string[] VldbPapers() => Papers.ByVenue(Venue.VLDB).Select(p => p.Key).ToArray();
            public static int PapersIn2019() => Papers.ByYear(2019).Count;
            public static int PapersIn1999() => Papers.ByYear(1999).Count;
            public static bool ByYearCoversEveryPublication() => Papers.All.All(p => p.Publications.All(pub => Papers.ByYear(pub.Year).Contains(p)));
            public static bool ByVenueCoversEveryPublication() => Papers.All.All(p => p.Publications.All(pub => Papers.ByVenue(pub.Venue).Contains(p)));

            public static string[] DisplayNames() => new[] { Venue.SC_W.ToDisplayName(), Venue.SIGMOD_PODS.ToDisplayName(), Category.GPU_CRIU.ToDisplayName(), Venue.JournalOfCloudComputing.ToDisplayName() };
            public static string UndefinedDisplayName() => ((Venue)1234).ToDisplayName();
            public static string[] VenueKinds() => Enum.GetValues(typeof(Venue)).Cast<Venue>().Select(v => v.ToDisplayName() + "=" + v.Kind()).ToArray();
            public static string[] SomeVenueKinds() => new[] { Venue.OSDI.Kind(), Venue.ArXiv.Kind(), Venue.TOCS.Kind(), Venue.JournalOfCloudComputing.Kind(), Venue.VirginiaTech.Kind(), Venue.HAL.Kind(), ((Venue)1234).Kind() }.Select(k => k.ToString()).ToArray();
            public static string AsyncForkPublicationKinds() => string.Join("|", Papers.AsyncFork.Publications.Select(p => p.Kind));
            public static void GetUndefined() => Papers.Get((PaperId)1234);
            public static bool CategoriesAreReadOnly() => Papers.Cricket.Categories is System.Collections.Generic.ICollection<Category> { IsReadOnly: true };

            public static long BytesAllocatedByLookups()
            {
                Lookups();
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < 1000; i++)
                {
                    Lookups();
                }

                return GC.GetAllocatedBytesForCurrentThread() - before;
            }

            private static int Lookups()
            {
                var total = 0;
                total += Papers.Get(PaperId.Cricket).Year;
                total += Papers.TryFind("async-fork", out var p) ? p.Year : 0;
                total += Papers.InCategory(Category.CRIUSecurity).Count;
                total += Papers.ByVenue(Venue.EuroSys).Count;
                total += Papers.ByYear(2023).Count;
                total += Venue.SC_W.ToDisplayName().Length;
                return total;
            }
        }

        [Cites(PaperId.Cricket)]
        [Cites(PaperId.AsyncFork)]
        public sealed class CitingClass
        {
            [Cites(PaperId.Singularity)]
            public void CitingMethod([Cites(PaperId.RRC)] int parameter) { }
        }
        """;

    private static readonly Lazy<Assembly> Compiled = new(() => GeneratorHarness.Run(CatalogFiles.SeedText, Consumer).Load());

    [Fact]
    public void Seed_output_has_no_diagnostics_at_warning_level_9999_with_documentation()
    {
        var run = GeneratorHarness.Run(CatalogFiles.SeedText);

        var (diagnostics, assembly) = run.Emit();

        Assert.Empty(diagnostics);
        Assert.NotNull(assembly);
    }

    [Fact]
    public void Seed_output_compiles_as_CSharp_8()
    {
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, parseOptions: GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp8));

        Assert.Empty(run.Emit().Diagnostics);
    }

    [Fact]
    public void Catalog_has_53_distinct_papers_in_5_categories_and_45_venues()
    {
        Assert.Equal(53, Call<int>("PaperCount"));
        Assert.Equal(53, Call<int>("DistinctPaperCount"));
        Assert.Equal(53, Call<int>("DistinctKeyCount"));
        Assert.Equal(5, Call<int>("CategoryCount"));
        Assert.Equal(10, Call<int>("CategoryMemberCount"));
        Assert.Equal(45, Call<int>("VenueCount"));
        Assert.Equal([8, 25, 12, 7, 4], Call<int[]>("CategorySizes"));
    }

    [Fact]
    public void Async_fork_is_one_paper_with_two_categories_and_two_publications()
    {
        Assert.Equal("CRIU for Migration|CRIU for Database", Call<string>("AsyncForkCategories"));
        Assert.Equal("[VLDB '23]|[arXiv:2301.05861 '23]", Call<string>("AsyncForkPublications"));
        Assert.Equal("VLDB", Call<string>("AsyncForkVenue"));
        Assert.Equal("2301.05861", Call<string>("AsyncForkArXivId"));
        Assert.Equal(2023, Call<int>("AsyncForkYear"));
        Assert.Equal("async-fork", Call<string>("AsyncForkKey"));
        Assert.Equal("Async-fork", Call<string>("AsyncForkShortName"));
        Assert.Equal("[VLDB '23] Async-fork: Mitigating Query Latency Spikes Incurred by the Fork-based Snapshot Mechanism from the OS Level", Call<string>("AsyncForkToString"));
        Assert.True(Call<bool>("AsyncForkIsOneInstance"));
    }

    [Fact]
    public void Cross_listed_papers_are_one_instance_in_each_category()
    {
        Assert.True(Call<bool>("RrcIsOneInstance"));
        Assert.True(Call<bool>("ElasticNotebookInTwoCategories"));
        Assert.True(Call<bool>("NestedClassIsSameInstance"));
    }

    [Fact]
    public void Papers_read_as_citations()
    {
        Assert.Equal("[Wiley '21] Cricket: A virtualization layer for distributed execution of CUDA applications with checkpoint/restart support", Call<string>("CricketCitation"));
        Assert.Equal("2202.07848", Call<string>("SingularityArXivId"));
        Assert.True(Call<bool>("SingularityIsPreprintOnly"));
        Assert.Equal(["SC-W", "SIGMOD/PODS", "GPU CRIU", "Journal of Cloud Computing"], Call<string[]>("DisplayNames"));
        Assert.Equal("1234", Call<string>("UndefinedDisplayName"));
        Assert.True(Call<bool>("CategoriesAreReadOnly"));
    }

    [Fact]
    public void Every_venue_has_the_kind_the_BibTeX_export_gives_it()
    {
        foreach (var pair in Call<string[]>("VenueKinds"))
        {
            var (venue, kind) = (pair[..pair.LastIndexOf('=')], pair[(pair.LastIndexOf('=') + 1)..]);
            Assert.Equal(Common.VenueKinds.Classify(venue, isPreprint: venue == "arXiv").ToString(), kind);
        }

        Assert.Equal(["Conference", "Preprint", "Journal", "Journal", "Report", "Unknown", "Unknown"], Call<string[]>("SomeVenueKinds"));
        Assert.Equal("Conference|Preprint", Call<string>("AsyncForkPublicationKinds"));
    }

    /// <summary>
    /// <c>VenueKind</c> is reserved: a category of that name would be a nested class of <c>Papers</c> hiding the type.
    /// <c>Kind</c> is not: a venue of that name is an enum member, and <c>Venue.Kind.Kind()</c> still finds the method.
    /// </summary>
    [Theory]
    [InlineData("- Venue Kind\n[OSDI '23] A paper\n", "Category", "VenueKindCategory", "Venue.OSDI")]
    [InlineData("- Systems\n[Venue Kind '23] A paper\n", "Venue", "VenueKindVenue", "Venue.VenueKindVenue")]
    [InlineData("- Systems\n[OSDI '23] Venue Kind: a paper\n", "PaperId", "VenueKindPaper", "Venue.OSDI")]
    [InlineData("- Kind\n[Kind '23] Kind: a paper\n", "Venue", "Kind", "Venue.Kind")]
    public void A_category_venue_or_paper_named_like_the_kind_API_compiles(string catalog, string enumName, string identifier, string venue)
    {
        var consumer = $$"""
            using CriuCatalog;

            internal static class KindProbe
            {
                public static string OfVenue() => {{venue}}.Kind().ToString();
                public static string OfPublication() => Papers.All[0].Publications[0].Kind.ToString();
            }
            """;
        var run = GeneratorHarness.Run("Reserved\n" + catalog, consumer);

        Assert.Empty(run.Emit().Diagnostics);
        var assembly = run.Load();
        Assert.Contains(identifier, new CompiledCatalog(assembly).EnumNames(enumName));
        var probe = assembly.GetType("KindProbe")!;
        Assert.Equal(probe.GetMethod("OfVenue")!.Invoke(null, null), probe.GetMethod("OfPublication")!.Invoke(null, null));
    }

    [Fact]
    public void Lookups_find_every_paper()
    {
        Assert.True(Call<bool>("GetMatchesAll"));
        Assert.True(Call<bool>("EveryPaperFindsItselfByKey"));
        Assert.True(Call<bool>("TryFindCricket"));
        Assert.False(Call<bool>("TryFindIsOrdinal"));
        Assert.False(Call<bool>("TryFindNull"));
        Assert.False(Call<bool>("TryFindUnknown"));
        Assert.Equal(["parallelgpuos", "singularity", "async-fork"], Call<string[]>("ArXivPapers"));
        Assert.Equal(["elasticnotebook", "async-fork"], Call<string[]>("VldbPapers"));
        Assert.Equal(2, Call<int>("PapersIn2019"));
        Assert.Equal(0, Call<int>("PapersIn1999"));
        Assert.True(Call<bool>("ByYearCoversEveryPublication"));
        Assert.True(Call<bool>("ByVenueCoversEveryPublication"));
        var error = Assert.Throws<TargetInvocationException>(() => Call<object>("GetUndefined"));
        Assert.IsType<ArgumentOutOfRangeException>(error.InnerException);
    }

    [Fact]
    public void TryFind_finds_keys_that_sort_differently_in_a_culture()
    {
        // Ordinal and culture-aware orders disagree on these; a binary search over the wrong order misses keys.
        const string catalog = "T\n- A\n[X '20] \u00DCber: x\n[X '20] Zeta: y\n[X '20] a-c: x\n[X '20] ab: y\n[X '20] B: z\n[X '20] \u00E9t\u00E9: w\n";
        const string probe = """
            public static class KeyProbe
            {
                public static bool FindsAll() => System.Linq.Enumerable.All(CriuCatalog.Papers.All, p => CriuCatalog.Papers.TryFind(p.Key, out var found) && found == p);
                public static string[] Keys() => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(CriuCatalog.Papers.All, p => p.Key));
            }
            """;
        var assembly = GeneratorHarness.Run(catalog, probe).Load();
        var type = assembly.GetType("KeyProbe")!;

        Assert.Equal(["\u00FCber", "zeta", "a-c", "ab", "b", "\u00E9t\u00E9"], (string[])type.GetMethod("Keys")!.Invoke(null, null)!);
        Assert.True((bool)type.GetMethod("FindsAll")!.Invoke(null, null)!);
    }

    [Fact]
    public void Labels_keep_four_digits_outside_1970_to_2069()
    {
        const string probe = """
            public static class LabelProbe
            {
                public static string Label() => CriuCatalog.Papers.OldPaper.Publications[0].Label;
                public static string Citation() => CriuCatalog.Papers.OldPaper.ToString();
            }
            """;
        var type = GeneratorHarness.Run("T\n- A\n[X '1950] Old paper\n", probe).Load().GetType("LabelProbe")!;

        Assert.Equal("[X '1950]", type.GetMethod("Label")!.Invoke(null, null));
        Assert.Equal("[X '1950] Old paper", type.GetMethod("Citation")!.Invoke(null, null));
    }

    [Fact]
    public void Lookups_do_not_allocate()
    {
        Assert.Equal(0L, Call<long>("BytesAllocatedByLookups"));
    }

    [Fact]
    public void Cites_attributes_are_readable_at_run_time()
    {
        var citing = Compiled.Value.GetType("CitingClass")!;
        var papers = citing.GetCustomAttributes()
            .Where(a => a.GetType().Name == "CitesAttribute")
            .Select(a => a.GetType().GetProperty("Paper")!.GetValue(a)!.ToString())
            .Order(StringComparer.Ordinal);

        Assert.Equal(["AsyncFork", "Cricket"], papers);
    }

    private static T Call<T>(string method)
        => (T)Compiled.Value.GetType("Probe")!.GetMethod(method)!.Invoke(null, null)!;
}
