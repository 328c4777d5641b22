using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CriuCatalog.Generator.CodeFixes;
using CriuCatalog.Generator.Tests.Infrastructure;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// <see cref="CatalogMemberCodeFixProvider"/>: "Change to 'X'" for CS0117 on the generated catalog types, in a
/// workspace where the generator runs (<see cref="GeneratorWorkspace"/>): the exact text before and after, and that
/// the fixed project compiles.
/// </summary>
public class CatalogMemberCodeFixTests
{
    private static readonly CatalogMemberCodeFixProvider Provider = new();

    [Fact]
    public async Task A_misspelt_PaperId_in_Cites_is_changed_to_the_paper()
    {
        var workspace = GeneratorWorkspace.ForSeed("""
            using CriuCatalog;

            [Cites(PaperId.Crikcet)]
            internal sealed class Scheduler { }
            """);
        var diagnostic = Assert.Single(await workspace.DiagnosticsAsync("CS0117"));
        var actions = await workspace.ActionsAsync(Provider, diagnostic);

        Assert.Equal(
            [("Change to 'Cricket'", "CriuCatalog.CS0117.ChangeTo.Cricket")],
            actions.Select(a => (a.Title, a.EquivalenceKey)).ToList());
        await workspace.ApplyAsync(actions[0]);
        Assert.Equal("""
            using CriuCatalog;

            [Cites(PaperId.Cricket)]
            internal sealed class Scheduler { }
            """, await workspace.ConsumerTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task Past_the_property_budget_a_misspelt_paper_of_Papers_is_still_changed_to_the_paper()
    {
        // Budget 20: Papers is abstract and derives from PapersMore1, which declares the 21st to 40th members; MigrOS,
        // the 31st paper, is one of them. Before, the fix did not know an abstract Papers as the class of papers.
        var workspace = GeneratorWorkspace.For(
            [("papers.txt", CatalogFiles.SeedText, true)],
            """
            using CriuCatalog;

            internal static class Reader
            {
                public static string Title() => Papers.MigrOs.Title;
            }
            """,
            properties: new Dictionary<string, string> { ["PaperCatalogPropertyBudget"] = "20" });
        var diagnostic = Assert.Single(await workspace.DiagnosticsAsync("CS0117"));
        var actions = await workspace.ActionsAsync(Provider, diagnostic);

        Assert.Contains("Change to 'MigrOS'", actions.Select(a => a.Title));
        await workspace.ApplyAsync(actions.First(a => a.Title == "Change to 'MigrOS'"));
        Assert.Contains("Papers.MigrOS.Title", await workspace.ConsumerTextAsync(), System.StringComparison.Ordinal);
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task A_former_name_of_a_renamed_paper_is_not_offered()
    {
        const string catalog = "Papers\n- Things\n[OSDI '23] Cricket: Renamed {#CricketTwo aka Cricket}\n";
        var workspace = GeneratorWorkspace.For(catalog, "[CriuCatalog.Cites(CriuCatalog.PaperId.CricketTw)]\ninternal sealed class Scheduler { }\n");
        var actions = await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117")));

        Assert.Equal(["Change to 'CricketTwo'"], actions.Select(a => a.Title).ToList());
    }

    [Fact]
    public async Task A_catalog_in_a_namespace_of_its_own_is_fixed_there_and_only_its_own_members_are_offered()
    {
        const string other = """
            Other Papers
            - Things
            [OSDI '23] Crickets: Not the seed's paper
            """;
        var workspace = GeneratorWorkspace.For(
            [("papers.txt", CatalogFiles.SeedText, true), ("other.txt", other, true)],
            """
            [Research.Cites(Research.PaperId.Crikcet)]
            internal sealed class Scheduler { }
            """,
            namespaces: new Dictionary<string, string> { ["papers.txt"] = "Research", ["other.txt"] = "Elsewhere" });
        var actions = await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117")));

        Assert.Equal(["Change to 'Cricket'"], actions.Select(a => a.Title).ToList());
        await workspace.ApplyAsync(actions[0]);
        Assert.Equal("""
            [Research.Cites(Research.PaperId.Cricket)]
            internal sealed class Scheduler { }
            """, await workspace.ConsumerTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task A_venue_that_differs_in_case_is_offered()
    {
        var workspace = GeneratorWorkspace.ForSeed("""
            using CriuCatalog;

            internal static class Program
            {
                internal static int Count() => Papers.ByVenue(Venue.Eurosys).Count;
            }
            """);
        var actions = await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117")));

        Assert.Equal(["Change to 'EuroSys'"], actions.Select(a => a.Title).ToList());
        await workspace.ApplyAsync(actions[0]);
        Assert.Equal("""
            using CriuCatalog;

            internal static class Program
            {
                internal static int Count() => Papers.ByVenue(Venue.EuroSys).Count;
            }
            """, await workspace.ConsumerTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task A_misspelt_category_is_changed()
    {
        var workspace = GeneratorWorkspace.ForSeed("""
            using CriuCatalog;

            internal static class Program
            {
                internal static int Count() => Papers.InCategory(Category.GPU_CRUI).Count;
            }
            """);
        var actions = await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117")));

        Assert.Equal(["Change to 'GPU_CRIU'"], actions.Select(a => a.Title).ToList());
        await workspace.ApplyAsync(actions[0]);
        Assert.Equal("""
            using CriuCatalog;

            internal static class Program
            {
                internal static int Count() => Papers.InCategory(Category.GPU_CRIU).Count;
            }
            """, await workspace.ConsumerTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task A_misspelt_Papers_property_is_changed_and_what_follows_it_kept()
    {
        var workspace = GeneratorWorkspace.ForSeed("""
            using CriuCatalog;

            internal static class Program
            {
                internal static string Title() => global::CriuCatalog.Papers.AsyncFrok /* the VLDB one */.Title;
            }
            """);
        var actions = await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117")));

        Assert.Equal(["Change to 'AsyncFork'"], actions.Select(a => a.Title).ToList());
        await workspace.ApplyAsync(actions[0]);
        Assert.Equal("""
            using CriuCatalog;

            internal static class Program
            {
                internal static string Title() => global::CriuCatalog.Papers.AsyncFork /* the VLDB one */.Title;
            }
            """, await workspace.ConsumerTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task A_misspelt_property_of_a_category_class_is_changed()
    {
        var workspace = GeneratorWorkspace.ForSeed("""
            using CriuCatalog;

            internal static class Program
            {
                internal static Paper Gpu() => Papers.GPU_CRIU.Crickte;
            }
            """);
        var actions = await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117")));

        Assert.Equal(["Change to 'Cricket'"], actions.Select(a => a.Title).ToList());
        await workspace.ApplyAsync(actions[0]);
        Assert.Equal("""
            using CriuCatalog;

            internal static class Program
            {
                internal static Paper Gpu() => Papers.GPU_CRIU.Cricket;
            }
            """, await workspace.ConsumerTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    /// <summary>A renamed category's former class has its papers by inheritance; they are offered too, its former names not.</summary>
    [Fact]
    public async Task A_misspelt_paper_of_a_renamed_categorys_former_class_is_changed()
    {
        var workspace = GeneratorWorkspace.ForSeed("""
            using CriuCatalog;

            internal static class Program
            {
                internal static Paper Gpu() => Papers.GpuCriu.CheckpointRestartCUDAKernel;
            }
            """);
        var actions = await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117")));

        Assert.Equal(["Change to 'CheckpointRestartCUDAKernels'"], actions.Select(a => a.Title).ToList());
        await workspace.ApplyAsync(actions[0]);
        var problem = Assert.Single(await workspace.CompilerProblemsAsync());
        Assert.Equal(("CS0618", "'Papers.GpuCriu' is obsolete: 'Renamed to GPU_CRIU'"), (problem.Id, problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_paper_of_another_category_is_not_offered_on_a_category_class()
    {
        // AsyncFork is a paper of CRIU for Migration and CRIU for Database, not of GPU CRIU: the class has no such
        // property, so offering it would not compile.
        var workspace = GeneratorWorkspace.ForSeed("""
            using CriuCatalog;

            internal static class Program
            {
                internal static Paper Gpu() => Papers.GPU_CRIU.AsyncFrok;
            }
            """);

        Assert.Empty(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));
    }

    [Fact]
    public async Task Up_to_three_are_offered_closest_first_and_a_match_ignoring_case_before_the_rest()
    {
        var workspace = GeneratorWorkspace.For(
            """
            Things
            - Things
            [OSDI '20] Bricket: one
            [OSDI '20] Cricket: two
            [OSDI '20] Crickets: three
            [OSDI '20] Prickel: four
            [OSDI '20] Aricket: five
            """,
            """
            using CriuCatalog;

            [Cites(PaperId.cricket)]
            internal sealed class Scheduler { }
            """);
        var actions = await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117")));

        // Cricket is 0 edits away ignoring case; Aricket, Bricket and Crickets are 1, in ordinal order; Prickel is 2.
        Assert.Equal(
            [
                ("Change to 'Cricket'", "CriuCatalog.CS0117.ChangeTo.Cricket"),
                ("Change to 'Aricket'", "CriuCatalog.CS0117.ChangeTo.Aricket"),
                ("Change to 'Bricket'", "CriuCatalog.CS0117.ChangeTo.Bricket"),
            ],
            actions.Select(a => (a.Title, a.EquivalenceKey)).ToList());
        await workspace.ApplyAsync(actions[2]);
        Assert.Equal("""
            using CriuCatalog;

            [Cites(PaperId.Bricket)]
            internal sealed class Scheduler { }
            """, await workspace.ConsumerTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task A_called_name_is_offered_the_methods()
    {
        var workspace = GeneratorWorkspace.ForSeed("""
            using CriuCatalog;

            internal static class Program
            {
                internal static bool Run() => Papers.TryFnd("cricket", out _);
            }
            """);
        var actions = await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117")));

        Assert.Equal(["Change to 'TryFind'"], actions.Select(a => a.Title).ToList());
        await workspace.ApplyAsync(actions[0]);
        Assert.Contains("Papers.TryFind(\"cricket\", out _)", await workspace.ConsumerTextAsync(), System.StringComparison.Ordinal);
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task Nothing_close_offers_nothing()
    {
        var workspace = GeneratorWorkspace.ForSeed("""
            using CriuCatalog;

            [Cites(PaperId.QuantumTeleportation)]
            internal sealed class Scheduler { }
            """);

        Assert.Empty(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));
    }

    [Fact]
    public async Task A_projects_own_Category_type_gets_no_fix()
    {
        // The catalog's Category is generated next to it; the project's own has a close member but is not the catalog's.
        var workspace = GeneratorWorkspace.ForSeed("""
            namespace MyApp
            {
                internal enum Category { Books, Films }

                internal static class Program
                {
                    internal static Category Pick() => Category.Bokks;

                    internal static CriuCatalog.Category Gpu() => CriuCatalog.Category.GPU_CRIU;
                }
            }
            """);
        var diagnostic = Assert.Single(await workspace.DiagnosticsAsync("CS0117"));

        Assert.Contains("'Category' does not contain a definition for 'Bokks'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(await workspace.ActionsAsync(Provider, diagnostic));
        Assert.Empty(await workspace.ActionsAsync(new PaperStubCodeFixProvider(), diagnostic));
    }

    [Fact]
    public async Task A_type_that_only_looks_generated_gets_no_fix()
    {
        // Named like the catalog's and marked generated, but by another tool and in another namespace.
        var workspace = GeneratorWorkspace.ForSeed("""
            namespace Other
            {
                [System.CodeDom.Compiler.GeneratedCode("SomeOtherTool", "1.0")]
                internal enum PaperId { Cricket }

                [System.CodeDom.Compiler.GeneratedCode("CriuCatalog.Generator", "0.1.0.0")]
                internal enum Venue { OSDI }

                internal static class Program
                {
                    internal static PaperId Paper() => PaperId.Crikcet;

                    internal static Venue Place() => Venue.OSDY;
                }
            }
            """);
        var diagnostics = await workspace.DiagnosticsAsync("CS0117");

        Assert.Equal(2, diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            Assert.Empty(await workspace.ActionsAsync(Provider, diagnostic));
        }
    }

    [Fact]
    public async Task Fix_all_changes_each_use_of_that_member_only()
    {
        var workspace = GeneratorWorkspace.ForSeed("""
            using CriuCatalog;

            [Cites(PaperId.Crikcet)]
            [Cites(PaperId.Dapperr)]
            internal sealed class Scheduler
            {
                internal static Paper Gpu() => Papers.Crikcet;
            }
            """);
        Assert.Equal(3, (await workspace.DiagnosticsAsync("CS0117")).Count);

        await workspace.FixAllInDocumentAsync(Provider, "CS0117", "CriuCatalog.CS0117.ChangeTo.Cricket");

        Assert.Equal("""
            using CriuCatalog;

            [Cites(PaperId.Cricket)]
            [Cites(PaperId.Dapperr)]
            internal sealed class Scheduler
            {
                internal static Paper Gpu() => Papers.Cricket;
            }
            """, await workspace.ConsumerTextAsync());
        Assert.Contains("'Dapperr'", Assert.Single(await workspace.DiagnosticsAsync("CS0117")).GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }
}
