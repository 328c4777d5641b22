using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using CriuCatalog.Generator.Configuration;
using CriuCatalog.Generator.Emitting;
using CriuCatalog.Generator.Model;
using CriuCatalog.Generator.Parsing;
using CriuCatalog.Generator.Tests.Infrastructure;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// A catalog of 100,000 entries goes through the whole generator without deep recursion, and each long step
/// stops when the build is cancelled. Timing is not asserted here (see tests/CriuCatalog.Generator.Benchmarks);
/// a quadratic step would make the first test take minutes.
/// </summary>
public class ScaleTests
{
    private const int Categories = 5;
    private const int PerCategory = 20_000;

    [Fact]
    public void A_100000_entry_catalog_is_generated_on_a_256_KB_stack()
    {
        var text = LargeCatalog.Create(Categories, PerCategory);
        GeneratorRun? run = null;
        Exception? failure = null;

        // Far less than the 1 MB (Windows) or 8 MB (Linux) main-thread stack: recursion per entry would overflow it.
        var thread = new Thread(
            () =>
            {
                try
                {
                    run = GeneratorHarness.Run(text);
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.Null(failure);
        Assert.NotNull(run);
        Assert.Null(run.Generator.Exception);
        Assert.Empty(run.ReportedDiagnostics);

        var sources = run.Sources;
        Assert.Equal(Categories * PerCategory, EnumMembers(sources["CatalogEnums.g.cs"], "PaperId"));
        Assert.Equal(Categories, EnumMembers(sources["CatalogEnums.g.cs"], "Category"));
        Assert.Equal(50, EnumMembers(sources["CatalogEnums.g.cs"], "Venue"));
        // 100,000 properties would be more methods than the runtime loads in one class: past the budget, a base class
        // holds them; the category class has the paper as a field.
        Assert.Contains("internal abstract partial class Papers : global::CriuCatalog.PapersMore1", sources["Papers.g.cs"], StringComparison.Ordinal);
        Assert.Contains("public static Paper Study99999Checkpointing => global::CriuCatalog.Papers.At(99999);", sources["Papers.g.cs"], StringComparison.Ordinal);
        Assert.Contains("public static readonly Paper Study99999Checkpointing = At(99999);", sources["Papers.g.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("PapersMore2", sources["Papers.g.cs"], StringComparison.Ordinal);
        Assert.Contains("internal const int PaperCount = 100000;", sources["PaperTable.g.cs"], StringComparison.Ordinal);
    }

    /// <summary>
    /// 100,000 papers are more than one class may have properties or fields: the catalog must load as well as compile.
    /// About a minute and a half on two cores.
    /// </summary>
    [Fact]
    public void A_100000_entry_catalog_compiles_loads_and_every_lookup_works()
    {
        const string probe = """
            using System.Linq;
            using CriuCatalog;

            public static class Huge
            {
                public static int Count() => Papers.All.Count;
                public static bool EveryPaperFindsItselfByKey() => Papers.All.All(p => Papers.TryFind(p.Key, out var found) && found == p && Papers.Get(p.Id) == p);
                public static bool MembersOfEveryClassArePapers()
                    => Papers.Study0Checkpointing == Papers.All[0]
                       && Papers.Study99999Checkpointing == Papers.All[99999]
                       && Papers.CategoryE.Study99999Checkpointing == Papers.Study99999Checkpointing
                       && Papers.Study99999Checkpointing.Title == "Study 99999 of checkpointing at scale";
            }
            """;
        var run = GeneratorHarness.Run(LargeCatalog.Create(Categories, PerCategory), probe);
        var (diagnostics, bytes) = run.Emit();
        Assert.True(bytes is not null, string.Join("\n", diagnostics.Take(5)));

        var type = run.Load().GetType("Huge")!;
        Assert.Equal(100_000, type.GetMethod("Count")!.Invoke(null, null));
        Assert.True((bool)type.GetMethod("EveryPaperFindsItselfByKey")!.Invoke(null, null)!);
        Assert.True((bool)type.GetMethod("MembersOfEveryClassArePapers")!.Invoke(null, null)!);
    }

    [Fact]
    public void Papers_read_through_multi_digit_offsets_and_slots_are_each_where_every_lookup_expects_them()
    {
        // 5 × 120 = 600 papers: three digits per hash slot (paper number and an 8-bit hash check), and record offsets of two digits or more.
        const string probe = """
            using System.Linq;
            using CriuCatalog;

            public static class Probe
            {
                public static int Count() => Papers.All.Count;
                public static bool GetMatchesAll() => Papers.All.Select((p, i) => Papers.Get((PaperId)i) == p && (int)p.Id == i).All(ok => ok);
                public static bool EveryPaperFindsItselfByKey() => Papers.All.All(p => Papers.TryFind(p.Key, out var found) && found == p);
                public static bool LastPaperIsItsProperty() => Papers.Study599Checkpointing == Papers.Get(PaperId.Study599Checkpointing) && Papers.Study599Checkpointing.Title == "Study 599 of checkpointing at scale";
                public static bool CategoriesHoldTheirPapers() => Papers.CategoryE.All.Count == 120 && Papers.CategoryE.All.All(p => p.Categories.Single() == Category.CategoryE) && Papers.InCategory(Category.CategoryA)[0] == Papers.Study0Checkpointing;
                public static bool ByVenueAndByYearCoverEveryPaper() => Papers.All.All(p => Papers.ByVenue(p.Venue).Contains(p) && Papers.ByYear(p.Year).Contains(p));
            }
            """;
        var run = GeneratorHarness.Run(LargeCatalog.Create(Categories, 120), probe);

        var data = run.Sources["PaperTable.g.cs"];
        Assert.Contains("private const int SlotWidth = 3;", data, StringComparison.Ordinal);
        Assert.Contains("private const int SlotMask = 2047;", data, StringComparison.Ordinal);
        Assert.Matches("private const int IndexWidth = [2-5];", data);

        var type = run.Load().GetType("Probe")!;
        Assert.Equal(600, type.GetMethod("Count")!.Invoke(null, null));
        foreach (var check in new[] { "GetMatchesAll", "EveryPaperFindsItselfByKey", "LastPaperIsItsProperty", "CategoriesHoldTheirPapers", "ByVenueAndByYearCoverEveryPaper" })
        {
            Assert.True((bool)type.GetMethod(check)!.Invoke(null, null)!, check);
        }
    }

    [Fact]
    public void The_parser_honours_a_cancelled_token()
    {
        var source = new CatalogSource(CatalogFiles.SeedPath, LargeCatalog.Create(Categories, 2_000));

        Assert.ThrowsAny<OperationCanceledException>(() => CatalogParser.Parse(source, Cancelled()));
    }

    [Fact]
    public void The_builder_honours_a_cancelled_token()
    {
        var document = CatalogParser.Parse(new CatalogSource(CatalogFiles.SeedPath, LargeCatalog.Create(Categories, 2_000)), CancellationToken.None);

        Assert.ThrowsAny<OperationCanceledException>(() => CatalogBuilder.Build([document], Cancelled()));
    }

    [Fact]
    public void The_emitter_honours_a_cancelled_token_from_its_first_file()
    {
        var document = CatalogParser.Parse(new CatalogSource(CatalogFiles.SeedPath, LargeCatalog.Create(Categories, 2_000)), CancellationToken.None);
        var model = CatalogBuilder.Build([document], CancellationToken.None).Model!;
        var settings = new GenerationSettings(LanguageVersion: 1300, HasNotNullWhenAttribute: true);

        using var files = CatalogEmitter.Emit(new EmitContext(model, CatalogOptions.Default, settings, Cancelled())).GetEnumerator();
        Assert.ThrowsAny<OperationCanceledException>(() => files.MoveNext());
    }

    [Fact]
    public void The_source_writer_checks_the_token_every_1024_lines()
    {
        // A writer checks every 1,024 lines: cancelling between two lines stops it within that many.
        using var source = new CancellationTokenSource();
        var writer = new SourceWriter(source.Token);
        for (var i = 0; i < 1_024; i++)
        {
            writer.WriteLine("line");
        }

        source.Cancel();
        var written = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            for (; written < 2_048; written++)
            {
                writer.WriteLine("line");
            }
        });
        Assert.Equal(0, written);
    }

    private static CancellationToken Cancelled() => new(canceled: true);

    /// <summary>The members of one enum of the file, from its declaration to the brace that closes it.</summary>
    private static int EnumMembers(string source, string name)
    {
        var start = source.IndexOf(" enum " + name + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "enum " + name);
        var end = source.IndexOf("\n    }\n", start, StringComparison.Ordinal);
        return source[start..end].Split('\n').Count(line => MemberLine().IsMatch(line));
    }

    private static Regex MemberLine() => new(@"^\s+\w+ = \d+,$", RegexOptions.CultureInvariant);
}
