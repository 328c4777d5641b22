using System;
using System.Collections;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using CriuCatalog.Generator.Tests.Infrastructure;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The papers live in a data table that the generated code decodes on first use (docs/generated-code.md). Its two
/// shapes, string literals that code loads (the default) and constants read from the assembly's metadata (past the
/// string-heap budget), must give the same catalog; a paper is decoded only when it is used, once.
/// </summary>
public class DataTableTests
{
    /// <summary>Everything the public API says about every paper, in one string, so two builds can be compared whole.</summary>
    private const string DumpProbe = """
        using System.Linq;
        using CriuCatalog;

        public static class Dump
        {
            public static string All() => string.Join("\n---\n", Papers.All.Select(p => string.Join("|",
                p.Id, p.Key, p.Title, p.ShortName, p.Venue.ToDisplayName(), p.Year, p.ArXivId ?? "-", p.Citation,
                string.Join(",", p.Categories.Select(c => c.ToDisplayName())),
                string.Join(",", p.Publications.Select(x => x.Label + (x.IsPreprint ? "*" : ""))),
                p.ToBibTeX(), p.ToMarkdown(),
                Papers.TryFind(p.Key, out var found) && found == p,
                Papers.Get(p.Id) == p))) + "\n===\n" + Papers.ToBibTeX() + Papers.ToMarkdown();
        }
        """;

    public static TheoryData<string> Shapes => new() { "strings", "metadata" };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_shape_writes_its_own_kind_of_data(string shape)
    {
        var data = Run(CatalogFiles.SeedText, shape).Sources["PaperTable.g.cs"];

        Assert.Contains("private static string Records(int chunk)", data, StringComparison.Ordinal);
        Assert.DoesNotContain("u8;", data, StringComparison.Ordinal);
        Assert.DoesNotContain("ReadOnlySpan", data, StringComparison.Ordinal);
        Assert.Contains("private static string Text(int chunk)", data, StringComparison.Ordinal);
        Assert.Equal(shape == "strings", data.Contains("private static string Text0() => \"", StringComparison.Ordinal));
        Assert.Equal(shape == "strings", data.Contains("private static string Records0() => \"", StringComparison.Ordinal));
        Assert.Equal(shape == "metadata", data.Contains("private const string Text0 = \"", StringComparison.Ordinal));
        Assert.Equal(shape == "metadata", data.Contains("case 0: return s_recordsRead[0] ?? (s_recordsRead[0] = Constant(typeof(PaperTable).GetField(nameof(Records0), Hidden)));", StringComparison.Ordinal));
    }

    /// <summary>
    /// What the budget is about: the compiler's string heap holds the strings that code loads, at most 16 MB. The
    /// strings shape puts the data there; the metadata shape leaves it out, so no catalog is too large for it.
    /// </summary>
    [Theory]
    [MemberData(nameof(Shapes))]
    public void Only_the_strings_shape_puts_the_data_in_the_string_heap(string shape)
    {
        var run = Run(CatalogFiles.SeedText, shape);
        var (diagnostics, bytes) = run.Emit();
        Assert.True(bytes is not null, string.Join("\n", diagnostics.Take(5)));
        var data = run.Sources["PaperTable.g.cs"];
        var text = data.Substring(data.IndexOf(shape == "strings" ? "Text0() => " : "Text0 = ", StringComparison.Ordinal));
        var textLength = text.Substring(0, text.IndexOf(";\n", StringComparison.Ordinal)).Length;

        using var pe = new System.Reflection.PortableExecutable.PEReader(ImmutableArray.Create(bytes));
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var heap = System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetHeapSize(reader, System.Reflection.Metadata.Ecma335.HeapIndex.UserString);

        // The seed's text chunk alone is some 2,900 characters, 2 bytes each in the heap.
        Assert.True(textLength > 2_000, textLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(shape == "strings", heap > 2 * textLength);
    }

    [Theory]
    [InlineData("0", "metadata")]
    [InlineData("5000", "metadata")]
    [InlineData("100000", "strings")]
    [InlineData("not a number", "strings")]
    [InlineData("99999999", "strings")]
    public void The_string_data_budget_decides_when_the_data_is_read_from_metadata(string budget, string shape)
    {
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, globalOptions: ImmutableDictionary<string, string>.Empty.Add("build_property.PaperCatalogStringDataBudget", budget));

        Assert.Equal(shape == "metadata", run.Sources["PaperTable.g.cs"].Contains("GetRawConstantValue", StringComparison.Ordinal));
        Assert.Empty(run.Emit().Diagnostics);
    }

    [Theory]
    [InlineData(".NETCoreApp", "v8.0", true)]
    [InlineData(".NETCoreApp", "v3.0", true)]
    [InlineData(".NETStandard", "v2.1", true)]
    [InlineData(".NETCoreApp", "v2.1", false)]
    [InlineData(".NETStandard", "v2.0", false)]
    [InlineData(".NETFramework", "v4.8", false)]
    [InlineData(null, null, true)]
    public void The_target_framework_decides_whether_TryFind_is_annotated(string? identifier, string? version, bool notNullWhen)
    {
        var options = ImmutableDictionary<string, string>.Empty;
        if (identifier is not null)
        {
            options = options.Add("build_property.TargetFrameworkIdentifier", identifier).Add("build_property.TargetFrameworkVersion", version!);
        }

        var run = GeneratorHarness.Run(CatalogFiles.SeedText, globalOptions: options);

        Assert.Equal(notNullWhen, run.Sources["Papers.g.cs"].Contains("NotNullWhen(true)", StringComparison.Ordinal));
        Assert.Empty(run.Emit().Diagnostics);
    }

    [Theory]
    [InlineData(".NETStandard", "v2.0")]
    [InlineData(".NETFramework", "v4.7.2")]
    [InlineData(".NETCoreApp", "v8.0")]
    public void A_paper_TryFind_found_can_be_used_without_a_nullable_warning_on_every_target(string identifier, string version)
    {
        // Without NotNullWhen, an 'out Paper?' would warn CS8602 here, which fails a build with warnings as errors.
        const string consumer = """
            #nullable enable
            static class Use
            {
                public static string Title(string key) => CriuCatalog.Papers.TryFind(key, out var paper) ? paper.Title : "";
            }
            """;
        var options = ImmutableDictionary<string, string>.Empty
            .Add("build_property.TargetFrameworkIdentifier", identifier)
            .Add("build_property.TargetFrameworkVersion", version);

        var run = GeneratorHarness.Run(CatalogFiles.SeedText, consumer, globalOptions: options);

        Assert.Empty(run.Emit().Diagnostics);
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("hostile")]
    public void Both_shapes_give_the_same_catalog(string catalog)
    {
        var text = catalog == "seed"
            ? CatalogFiles.SeedText
            : "T\n- A \u00e9\n[Venue \"x\" '24] Quote \" backslash \\ NUL \0 bidi \u202E and \u00e9t\u00e9 \U0001F600: one\n[arXiv:2401.01234 '24] Caf\u00e9 {GPU} $x$: two\n[VLDB '99] Old 1999 paper\n";
        var strings = Dumped(text, "strings");
        var metadata = Dumped(text, "metadata");

        Assert.Equal(strings, metadata);
        Assert.Contains("|True|True", strings, StringComparison.Ordinal);
        Assert.DoesNotContain("|False", strings, StringComparison.Ordinal);
    }

    [Fact]
    public void The_decoded_seed_holds_the_titles_keys_and_labels_the_model_has()
    {
        var dump = Dumped(CatalogFiles.SeedText, "strings");

        Assert.Contains("Cricket|cricket|Cricket: A virtualization layer for distributed execution of CUDA applications with checkpoint/restart support|Cricket|Wiley|2021|-|[Wiley '21] Cricket:", dump, StringComparison.Ordinal);
        Assert.Contains("AsyncFork|async-fork|Async-fork: Mitigating Query Latency Spikes Incurred by the Fork-based Snapshot Mechanism from the OS Level|Async-fork|VLDB|2023|2301.05861|", dump, StringComparison.Ordinal);
        Assert.Contains("|CRIU for Migration,CRIU for Database|[VLDB '23],[arXiv:2301.05861 '23]*|", dump, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_paper_is_made_when_first_used_and_decoded_when_first_read(string shape)
    {
        const string probe = """
            public static class Touch
            {
                public static object Cricket() => CriuCatalog.Papers.Cricket;
                public static string CricketTitle() => CriuCatalog.Papers.Cricket.Title;
                public static int Count() => CriuCatalog.Papers.All.Count;
                public static bool Find() => CriuCatalog.Papers.TryFind("cricket", out _);
                public static int Enumerate() { var n = 0; foreach (var p in CriuCatalog.Papers.All) { n += p.Key.Length > 0 ? 1 : 0; } return n; }
            }
            """;
        var assembly = Run(CatalogFiles.SeedText, shape, probe).Load();
        var touch = assembly.GetType("Touch")!;
        object? Call(string name) => touch.GetMethod(name)!.Invoke(null, null);
        var papers = (IEnumerable)assembly.GetType("CriuCatalog.Papers")!.GetField("s_papers", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var details = assembly.GetType("CriuCatalog.Paper")!.GetField("_details", BindingFlags.NonPublic | BindingFlags.Instance)!;
        int Made() => papers.Cast<object?>().Count(p => p is not null);
        int Decoded() => papers.Cast<object?>().Count(p => p is not null && details.GetValue(p) is not null);

        var cricket = Call("Cricket");
        Assert.Equal((1, 0), (Made(), Decoded()));
        Assert.StartsWith("Cricket: ", (string)Call("CricketTitle")!, StringComparison.Ordinal);
        Assert.Equal((1, 1), (Made(), Decoded()));
        Assert.Equal(53, Call("Count"));
        Assert.True((bool)Call("Find")!);
        Assert.Same(cricket, Call("Cricket"));
        Assert.Equal((1, 1), (Made(), Decoded()));
        Assert.Equal(53, Call("Enumerate"));
        Assert.Equal((53, 1), (Made(), Decoded()));
    }

    [Fact]
    public void Read_from_metadata_one_paper_reads_only_the_chunks_that_hold_it_and_each_once()
    {
        const string probe = """
            public static class Last
            {
                public static string Title() => CriuCatalog.Papers.Get((CriuCatalog.PaperId)(CriuCatalog.Papers.All.Count - 1)).Title;
            }
            """;
        var assembly = Run(LargeCatalog.Create(categories: 5, perCategory: 400), "metadata", probe).Load();
        var table = assembly.GetType("CriuCatalog.PaperTable")!;
        string?[] Chunks(string name) => (string?[])table.GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var records = Chunks("s_recordsRead");
        var text = Chunks("s_textRead");
        Assert.True(records.Length >= 3 && text.Length >= 3, $"{records.Length} record chunks, {text.Length} text chunks");
        Assert.All(records.Concat(text), chunk => Assert.Null(chunk));

        Assert.Equal("Study 1999 of checkpointing at scale", assembly.GetType("Last")!.GetMethod("Title")!.Invoke(null, null));

        // The paper index is in the first chunk of records, and the paper's record in a later one (or two); its key
        // and title are at the end of the text.
        Assert.NotNull(records[0]);
        Assert.InRange(records.Count(chunk => chunk is not null), 2, 3);
        Assert.NotNull(text[^1]);
        Assert.InRange(text.Count(chunk => chunk is not null), 1, 2);
        Assert.Equal(16_384, records[0]!.Length);
        var first = records[0];
        assembly.GetType("Last")!.GetMethod("Title")!.Invoke(null, null);
        Assert.Same(first, Chunks("s_recordsRead")[0]);
    }

    [Fact]
    public void A_lone_surrogate_is_stored_as_U_FFFD_and_the_paper_is_still_found_by_key()
    {
        const string probe = """
            public static class Lone
            {
                public static string Title() => CriuCatalog.Papers.All[0].Title;
                public static bool Found() => CriuCatalog.Papers.TryFind(CriuCatalog.Papers.All[0].Key, out var p) && p == CriuCatalog.Papers.All[0];
            }
            """;
        var type = Run("T\n- A\n[X '20] Lone \uD800 surrogate: a paper\n", "strings", probe).Load().GetType("Lone")!;

        Assert.Equal("Lone \uFFFD surrogate: a paper", type.GetMethod("Title")!.Invoke(null, null));
        Assert.True((bool)type.GetMethod("Found")!.Invoke(null, null)!);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_20000_entry_catalog_compiles_and_every_lookup_works(string shape)
    {
        const string probe = """
            using System.Linq;
            using CriuCatalog;

            public static class Large
            {
                public static int Count() => Papers.All.Count;
                public static bool EveryPaperFindsItselfByKey() => Papers.All.All(p => Papers.TryFind(p.Key, out var found) && found == p);
                public static bool MissingKeysAreMissing() => Enumerable.Range(0, 1000).All(i => !Papers.TryFind("no-such-paper-" + i, out _));
                public static bool CategoriesVenuesAndYearsHoldTheirPapers()
                    => Papers.All.All(p => p.Categories.All(c => Papers.InCategory(c).Contains(p)) && p.Publications.All(x => Papers.ByVenue(x.Venue).Contains(p) && Papers.ByYear(x.Year).Contains(p)));
                public static int BibTeXEntries() => Papers.ToBibTeX().Split('\n').Count(line => line.StartsWith("@"));
                public static string Last() => Papers.Get((PaperId)(Papers.All.Count - 1)).Citation;
            }
            """;
        var run = Run(LargeCatalog.Create(categories: 5, perCategory: 4_000), shape, probe);
        // Several chunks of 16,384 characters each, so reading across a chunk's end is exercised.
        Assert.Contains(shape == "strings" ? "case 3: return Records3();" : "case 3: return s_recordsRead[3] ??", run.Sources["PaperTable.g.cs"], StringComparison.Ordinal);
        var (diagnostics, bytes) = run.Emit();
        Assert.True(bytes is not null, string.Join("\n", diagnostics.Take(5)));
        Assert.DoesNotContain(diagnostics, d => d.Location.SourceTree?.FilePath != "Consumer.cs");

        var type = run.Load().GetType("Large")!;
        Assert.Equal(20_000, type.GetMethod("Count")!.Invoke(null, null));
        Assert.Equal("[VenueBX '24] Study 19999 of checkpointing at scale", type.GetMethod("Last")!.Invoke(null, null));
        foreach (var check in new[] { "EveryPaperFindsItselfByKey", "MissingKeysAreMissing", "CategoriesVenuesAndYearsHoldTheirPapers" })
        {
            Assert.True((bool)type.GetMethod(check)!.Invoke(null, null)!, check);
        }

        Assert.Equal(20_000, type.GetMethod("BibTeXEntries")!.Invoke(null, null));
    }

    [Fact]
    public void Generated_code_stays_under_1000_characters_per_entry_at_35_copies_of_the_seed()
    {
        var text = SeedCopies.Create(35);
        var entries = text.Split('\n').Count(line => line.StartsWith('['));
        var run = Run(text, "strings");

        Assert.Equal(53 * 35, run.CurrentMembers("CriuCatalog.PaperId").Count);
        var perEntry = run.Sources.Values.Sum(s => s.Length) / (double)entries;
        Assert.True(perEntry <= 1_000, $"{perEntry:F0} characters per entry");
        Console.WriteLine($"{perEntry:F0} characters of generated C# per entry at 35 copies of the seed");
    }

    [Fact]
    public void TryFind_hashes_a_fixed_sample_of_each_key_where_the_catalog_allows()
    {
        // The seed's keys differ in their first eight or last four characters, or in length; the short ones
        // ("rrc", "fitm") take the full hash inside the sampled one.
        var data = Run(CatalogFiles.SeedText, "strings").Sources["PaperTable.g.cs"];

        Assert.Contains("last four UTF-16 code units", data, StringComparison.Ordinal);
        Assert.Contains("return FullHash(key);", data, StringComparison.Ordinal);
        Assert.Contains("private static uint FullHash(string key)", data, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_that_differ_only_in_their_middle_are_hashed_whole_and_all_found()
    {
        // 40 keys of one length, one start and one end: the sampled hash would put them all in one chain.
        var words = Enumerable.Range(0, 40).Select(i => "Q" + (char)('a' + (i / 26)) + (char)('a' + (i % 26)) + "z").ToList();
        var run = Run("Middles\n- Checkpointing\n" + string.Concat(words.Select(w => $"[VENUE '24] Checkpointing {w} restore\n")), "strings", LookupProbe);

        var keys = AssertEveryKeyFound(run, 40);

        // The catalog is what the test means: every key alike but in its middle.
        Assert.Single(keys.Select(k => (k.Length, k[..8], k[^4..])).Distinct());
        Assert.DoesNotContain("FullHash", run.Sources["PaperTable.g.cs"], StringComparison.Ordinal);
        Assert.Contains("two lanes of rotate, add and xor", run.Sources["PaperTable.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Five_keys_that_share_a_sample_are_enough_for_the_whole_key_hash()
    {
        // 60 ordinary keys and 5 alike but in their middle: few collisions overall, but one run of five.
        var plain = Enumerable.Range(0, 60).Select(i => $"[VENUE '24] Study{i} of checkpointing\n");
        var alike = Enumerable.Range(0, 5).Select(i => $"[VENUE '24] Checkpointing Qa{(char)('a' + i)}z restore\n");
        var run = Run("Mixed\n- Checkpointing\n" + string.Concat(plain.Concat(alike)), "strings", LookupProbe);

        Assert.DoesNotContain("FullHash", run.Sources["PaperTable.g.cs"], StringComparison.Ordinal);
        AssertEveryKeyFound(run, 65);
    }

    [Fact]
    public void Keys_with_letters_beyond_ASCII_at_both_ends_are_found_by_the_sampled_hash()
    {
        // Keys of 8 code units and more, with non-ASCII letters among the first eight and the last four.
        var titles = new[] { "Überprüfung größerer Systeme", "Ärger mit Zuständen", "Çekirdek görüntüsü alınması", "Ωmega checkpoint für Straße", "Élan vital à Noël" };
        var run = Run("Letters\n- Checkpointing\n" + string.Concat(titles.Select(t => $"[VENUE '24] {t}\n")), "strings", LookupProbe);

        Assert.Contains("private static uint FullHash(string key)", run.Sources["PaperTable.g.cs"], StringComparison.Ordinal);
        var keys = AssertEveryKeyFound(run, titles.Length);
        Assert.Contains(keys, k => k.Length >= 8 && k[..8].Any(c => c > 127) && k[^4..].Any(c => c > 127));
    }

    private const string LookupProbe = """
        using System.Linq;
        using CriuCatalog;

        public static class Lookup
        {
            public static string[] Keys() => Papers.All.Select(p => p.Key).ToArray();
            public static bool EveryPaperFindsItselfByKey() => Papers.All.All(p => Papers.TryFind(new string(p.Key.ToCharArray()), out var found) && found == p);
            public static bool NearMissesAreMissing() => Papers.All.All(p => !Papers.TryFind(p.Key + "-x", out _) && !Papers.TryFind(p.Key.Substring(1), out _));
        }
        """;

    private static string[] AssertEveryKeyFound(GeneratorRun run, int papers)
    {
        var type = run.Load().GetType("Lookup")!;
        var keys = (string[])type.GetMethod("Keys")!.Invoke(null, null)!;
        Assert.Equal(papers, keys.Distinct().Count());
        Assert.True((bool)type.GetMethod("EveryPaperFindsItselfByKey")!.Invoke(null, null)!);
        Assert.True((bool)type.GetMethod("NearMissesAreMissing")!.Invoke(null, null)!);
        return keys;
    }

    /// <summary>The metadata shape is what a catalog too large for the string budget gets; a budget of 0 forces it.</summary>
    private static GeneratorRun Run(string catalog, string shape, string probe = "")
        => GeneratorHarness.Run(catalog, probe, globalOptions: shape == "metadata" ? ImmutableDictionary<string, string>.Empty.Add("build_property.PaperCatalogStringDataBudget", "0") : null);

    private static string Dumped(string catalog, string shape)
        => (string)Run(catalog, shape, DumpProbe).Load().GetType("Dump")!.GetMethod("All")!.Invoke(null, null)!;
}
