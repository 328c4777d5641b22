using System.Linq;
using System.Threading.Tasks;
using CriuCatalog.Generator.Tests.Infrastructure;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// <see cref="CodeFixes.PaperKeyCodeFixProvider"/>: the exact text before and after each fix, and that the fixed
/// code still compiles.
/// </summary>
public class PaperKeyCodeFixTests
{
    [Fact]
    public async Task A_valid_key_becomes_the_typed_reference()
    {
        var harness = CodeFixHarness.ForSeed("""
            using CriuCatalog;

            internal static class Program
            {
                internal static bool Run() => Papers.TryFind("cricket", out var paper);
            }
            """);
        var diagnostic = Assert.Single(await harness.DiagnosticsAsync());
        var action = Assert.Single(await harness.ActionsAsync(diagnostic));

        Assert.Equal("Use Papers.Cricket.Key", action.Title);
        Assert.Equal("CRIU102", action.EquivalenceKey);
        Assert.Equal("""
            using CriuCatalog;

            internal static class Program
            {
                internal static bool Run() => Papers.TryFind(Papers.Cricket.Key, out var paper);
            }
            """, await harness.ApplyAsync(action));
        Assert.Empty(await harness.CompilerProblemsAsync());
        Assert.Empty(await harness.DiagnosticsAsync());
    }

    [Fact]
    public async Task A_catalog_in_a_namespace_of_its_own_is_checked_and_fixed_there()
    {
        var harness = CodeFixHarness.For(
            CatalogFiles.Catalog(CatalogFiles.SeedText, CatalogFiles.SeedPath, ("Namespace", "Research.Papers")),
            """
            namespace Consumer;

            internal static class Program
            {
                internal static bool Run() => Research.Papers.Papers.TryFind("crikcet", out _);
            }
            """);
        var diagnostic = Assert.Single(await harness.DiagnosticsAsync());
        Assert.Equal("CRIU101", diagnostic.Id);
        var action = (await harness.ActionsAsync(diagnostic))[0];

        Assert.Equal("Use Papers.Cricket.Key ('cricket')", action.Title);
        Assert.Equal("""
            using Research.Papers;

            namespace Consumer;

            internal static class Program
            {
                internal static bool Run() => Research.Papers.Papers.TryFind(Papers.Cricket.Key, out _);
            }
            """, await harness.ApplyAsync(action));
        Assert.Empty(await harness.CompilerProblemsAsync());
    }

    [Fact]
    public async Task Without_the_using_it_is_added()
    {
        var harness = CodeFixHarness.ForSeed("""
            namespace Consumer;

            internal static class Program
            {
                internal static bool Run() => CriuCatalog.Papers.TryFind("async-fork", out _);
            }
            """);
        var action = Assert.Single(await harness.ActionsAsync(Assert.Single(await harness.DiagnosticsAsync())));

        Assert.Equal("""
            using CriuCatalog;

            namespace Consumer;

            internal static class Program
            {
                internal static bool Run() => CriuCatalog.Papers.TryFind(Papers.AsyncFork.Key, out _);
            }
            """, await harness.ApplyAsync(action));
        Assert.Empty(await harness.CompilerProblemsAsync());
    }

    [Fact]
    public async Task Inside_the_catalog_namespace_no_using_is_needed()
    {
        var harness = CodeFixHarness.ForSeed("""
            namespace CriuCatalog.Tools
            {
                internal static class Program
                {
                    internal static bool Run() => Papers.TryFind(/* the GPU one */ "cricket" /* done */, out _);
                }
            }
            """);
        var action = Assert.Single(await harness.ActionsAsync(Assert.Single(await harness.DiagnosticsAsync())));

        Assert.Equal("""
            namespace CriuCatalog.Tools
            {
                internal static class Program
                {
                    internal static bool Run() => Papers.TryFind(/* the GPU one */ Papers.Cricket.Key /* done */, out _);
                }
            }
            """, await harness.ApplyAsync(action));
        Assert.Empty(await harness.CompilerProblemsAsync());
    }

    [Fact]
    public async Task A_name_that_hides_Papers_keeps_the_reference_qualified()
    {
        var harness = CodeFixHarness.ForSeed("""
            using CriuCatalog;

            internal static class Program
            {
                private static readonly string[] Papers = [];

                internal static bool Run() => CriuCatalog.Papers.TryFind("cricket", out _) && Papers.Length == 0;
            }
            """);
        var action = Assert.Single(await harness.ActionsAsync(Assert.Single(await harness.DiagnosticsAsync())));

        Assert.Equal("""
            using CriuCatalog;

            internal static class Program
            {
                private static readonly string[] Papers = [];

                internal static bool Run() => CriuCatalog.Papers.TryFind(CriuCatalog.Papers.Cricket.Key, out _) && Papers.Length == 0;
            }
            """, await harness.ApplyAsync(action));
        Assert.Empty(await harness.CompilerProblemsAsync());
    }

    [Fact]
    public async Task A_misspelt_key_offers_each_suggestion()
    {
        var harness = CodeFixHarness.ForSeed("""
            using CriuCatalog;

            internal static class Program
            {
                internal static bool Run() => Papers.TryFind(key: "on-demand-frok", paper: out _);
            }
            """);
        var diagnostic = Assert.Single(await harness.DiagnosticsAsync());
        Assert.Equal("CRIU101", diagnostic.Id);
        var actions = await harness.ActionsAsync(diagnostic);

        Assert.Equal(
            [("Use Papers.OnDemandFork.Key ('on-demand-fork')", "CRIU101.OnDemandFork")],
            actions.Select(a => (a.Title, a.EquivalenceKey)).ToList());
        Assert.Equal("""
            using CriuCatalog;

            internal static class Program
            {
                internal static bool Run() => Papers.TryFind(key: Papers.OnDemandFork.Key, paper: out _);
            }
            """, await harness.ApplyAsync(actions[0]));
        Assert.Empty(await harness.CompilerProblemsAsync());
    }

    [Fact]
    public async Task Several_suggestions_are_offered_in_the_message_order()
    {
        var harness = CodeFixHarness.For(
            """
            Alphas
            - Things
            [OSDI '20] Alpha: one
            [OSDI '20] Alphc: three
            [OSDI '20] Alphb: two
            """,
            """
            using CriuCatalog;

            internal static class Program
            {
                internal static bool Run() => Papers.TryFind("alphz", out _);
            }
            """);
        var actions = await harness.ActionsAsync(Assert.Single(await harness.DiagnosticsAsync()));

        Assert.Equal(
            [
                ("Use Papers.Alpha.Key ('alpha')", "CRIU101.Alpha"),
                ("Use Papers.Alphb.Key ('alphb')", "CRIU101.Alphb"),
                ("Use Papers.Alphc.Key ('alphc')", "CRIU101.Alphc"),
            ],
            actions.Select(a => (a.Title, a.EquivalenceKey)).ToList());
        Assert.Equal("""
            using CriuCatalog;

            internal static class Program
            {
                internal static bool Run() => Papers.TryFind(Papers.Alphb.Key, out _);
            }
            """, await harness.ApplyAsync(actions[1]));
        Assert.Empty(await harness.CompilerProblemsAsync());
    }

    [Fact]
    public async Task A_key_with_no_suggestion_offers_no_fix()
    {
        var harness = CodeFixHarness.ForSeed("""
            using CriuCatalog;

            internal static class Program
            {
                internal static bool Run() => Papers.TryFind("quantum-teleportation", out _);
            }
            """);

        Assert.Empty(await harness.ActionsAsync(Assert.Single(await harness.DiagnosticsAsync())));
    }

    [Fact]
    public async Task Fix_all_replaces_every_valid_key_in_the_document()
    {
        var harness = CodeFixHarness.ForSeed("""
            using CriuCatalog;

            internal static class Program
            {
                internal static bool Run()
                    => Papers.TryFind("cricket", out _)
                       && Papers.TryFind("async-fork", out _)
                       && Papers.TryFind("crickett", out _);
            }
            """);

        Assert.Equal("""
            using CriuCatalog;

            internal static class Program
            {
                internal static bool Run()
                    => Papers.TryFind(Papers.Cricket.Key, out _)
                       && Papers.TryFind(Papers.AsyncFork.Key, out _)
                       && Papers.TryFind("crickett", out _);
            }
            """, await harness.FixAllInDocumentAsync("CRIU102"));
        Assert.Empty(await harness.CompilerProblemsAsync());
    }
}
