using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CriuCatalog.Generator.CodeFixes;
using CriuCatalog.Generator.Model;
using CriuCatalog.Generator.Naming;
using CriuCatalog.Generator.Tests.Infrastructure;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// <see cref="PaperStubCodeFixProvider"/>: the catalog's exact text after the stub is added, and that the generator,
/// rerun over it by the workspace, then makes the member the code asked for, so the project compiles.
/// </summary>
public class PaperStubCodeFixTests
{
    private const string Small = """
        Catalog
        - Systems
        [OSDI '20] Alpha: one
        - Storage
          [FAST '21] Beta: two
        - systems
        [SOSP '22] Delta: three
        - Empty
        """;

    private static readonly PaperStubCodeFixProvider Provider = new();

    /// <summary>The label the fix writes: this year, as the catalog writes it (two digits until 2069).</summary>
    private static string Label => "[TODO '" + (DateTime.UtcNow.Year % 100).ToString("00", CultureInfo.InvariantCulture) + "]";

    [Fact]
    public async Task A_missing_PaperId_gets_a_stub_at_the_end_of_the_catalog()
    {
        var workspace = GeneratorWorkspace.For(Small, """
            using CriuCatalog;

            [Cites(PaperId.Gamma)]
            internal sealed class Scheduler { }
            """);
        var action = Assert.Single(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));

        Assert.Equal("Add a stub for 'Gamma' at the end of papers.txt", action.Title);
        Assert.Equal("CriuCatalog.CS0117.AddStub", action.EquivalenceKey);
        await workspace.ApplyAsync(action);
        Assert.Equal($"""
            Catalog
            - Systems
            [OSDI '20] Alpha: one
            - Storage
              [FAST '21] Beta: two
            - systems
            [SOSP '22] Delta: three
            - Empty
            {Label} Gamma: TODO title
            """, await workspace.CatalogTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task A_missing_Papers_property_gets_a_stub_before_a_final_line_break()
    {
        var workspace = GeneratorWorkspace.For("Catalog\r\n- Systems\r\n[OSDI '20] Alpha: one\r\n", """
            using CriuCatalog;

            internal static class Program
            {
                internal static string Title() => Papers.MigrOS.Title;
            }
            """);
        var action = Assert.Single(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));

        await workspace.ApplyAsync(action);
        Assert.Equal($"Catalog\r\n- Systems\r\n[OSDI '20] Alpha: one\r\n{Label} MigrOS: TODO title\r\n", await workspace.CatalogTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task A_missing_paper_of_a_category_goes_under_its_first_heading()
    {
        // Systems has two headings ("- Systems" and "- systems" are one category); the stub goes under the first.
        var workspace = GeneratorWorkspace.For(Small, """
            using CriuCatalog;

            internal static class Program
            {
                internal static Paper Gamma() => Papers.Systems.Gamma;
            }
            """);
        var action = Assert.Single(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));

        Assert.Equal("Add a stub for 'Gamma' to papers.txt under 'Systems'", action.Title);
        await workspace.ApplyAsync(action);
        Assert.Equal($"""
            Catalog
            - Systems
            {Label} Gamma: TODO title
            [OSDI '20] Alpha: one
            - Storage
              [FAST '21] Beta: two
            - systems
            [SOSP '22] Delta: three
            - Empty
            """, await workspace.CatalogTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task A_stub_is_indented_as_the_entry_below_the_heading()
    {
        var workspace = GeneratorWorkspace.For(Small, """
            using CriuCatalog;

            internal static class Program
            {
                internal static Paper Gamma() => Papers.Storage.Gamma;
            }
            """);
        var action = Assert.Single(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));

        Assert.Equal("Add a stub for 'Gamma' to papers.txt under 'Storage'", action.Title);
        await workspace.ApplyAsync(action);
        Assert.Equal($"""
            Catalog
            - Systems
            [OSDI '20] Alpha: one
            - Storage
              {Label} Gamma: TODO title
              [FAST '21] Beta: two
            - systems
            [SOSP '22] Delta: three
            - Empty
            """, await workspace.CatalogTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task An_empty_category_on_the_last_line_gets_its_first_paper()
    {
        var workspace = GeneratorWorkspace.For(Small, """
            using CriuCatalog;

            internal static class Program
            {
                internal static int Count() => Papers.Empty.Gamma.Categories.Count;
            }
            """);
        var action = Assert.Single(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));

        await workspace.ApplyAsync(action);
        Assert.EndsWith($"- Empty\n{Label} Gamma: TODO title", await workspace.CatalogTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task In_the_seed_a_GPU_CRIU_paper_goes_under_GPU_CRIU()
    {
        var workspace = GeneratorWorkspace.ForSeed("""
            using CriuCatalog;

            [Cites(PaperId.Cricket)]
            internal sealed class Scheduler
            {
                internal static Paper Next() => Papers.GPU_CRIU.GPUSnapshots;
            }
            """);
        var action = Assert.Single(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));

        Assert.Equal("Add a stub for 'GPUSnapshots' to papers.txt under 'GPU CRIU'", action.Title);
        await workspace.ApplyAsync(action);
        var seed = CatalogFiles.SeedText;
        var heading = seed.IndexOf("- GPU CRIU\n", StringComparison.Ordinal) + "- GPU CRIU\n".Length;
        Assert.Equal(seed.Insert(heading, $"{Label} GPUSnapshots: TODO title\n"), await workspace.CatalogTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Theory]
    [InlineData("Gamma")]
    [InlineData("MigrOS")]
    [InlineData("X")]
    [InlineData("A1")]
    [InlineData("CheckpointRestore2")]
    [InlineData("Ünïcode")]
    [InlineData("Δelta")]
    [InlineData("ქართული")]
    [InlineData("RRC")]
    [InlineData("GPUSnap")]
    [InlineData("SC_W")]
    public async Task The_stub_title_is_named_exactly_as_the_code_asks(string identifier)
    {
        var workspace = GeneratorWorkspace.For(Small, $$"""
            using CriuCatalog;

            [Cites(PaperId.{{identifier}})]
            internal sealed class Scheduler { }
            """);
        var action = Assert.Single(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));

        await workspace.ApplyAsync(action);
        var added = (await workspace.CatalogTextAsync()).Split('\n').Last();
        var title = added.Substring(added.IndexOf(']', StringComparison.Ordinal) + 1).Trim();
        Assert.Equal(identifier, IdentifierNaming.ForPaper(title).Identifier);
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("Is_Missing")]
    [InlineData("Two_")]
    [InlineData("iContainer")]
    [InlineData("A_Bc")]
    public async Task A_name_no_title_gives_gets_no_stub(string identifier)
    {
        // Each of these comes out of "<identifier>: TODO title" as another name, so a stub would not fix the code.
        Assert.NotEqual(identifier, IdentifierNaming.ForPaper(identifier + ": TODO title").Identifier);
        var workspace = GeneratorWorkspace.For(Small, $$"""
            using CriuCatalog;

            [Cites(PaperId.{{identifier}})]
            internal sealed class Scheduler { }
            """);

        Assert.Empty(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));
    }

    [Fact]
    public async Task A_name_taken_ignoring_case_gets_no_stub_but_the_other_fix_offers_it()
    {
        var workspace = GeneratorWorkspace.For(Small, """
            using CriuCatalog;

            [Cites(PaperId.ALPHa)]
            internal sealed class Scheduler { }
            """);
        var diagnostic = Assert.Single(await workspace.DiagnosticsAsync("CS0117"));

        Assert.Empty(await workspace.ActionsAsync(Provider, diagnostic));
        Assert.Equal(["Change to 'Alpha'"], (await workspace.ActionsAsync(new CatalogMemberCodeFixProvider(), diagnostic)).Select(a => a.Title).ToList());
    }

    [Fact]
    public async Task No_name_the_generator_reserves_gets_a_stub()
    {
        // One use of each reserved name; where the compiler finds no such member, there must be no stub either, since
        // the generator would rename the paper (CRIU009).
        var uses = new StringBuilder("using CriuCatalog;\n\ninternal static class Program\n{\n");
        foreach (var name in GeneratedNames.Reserved)
        {
            uses.Append(CultureInfo.InvariantCulture, $"    internal static object? Use{name}() => PaperId.{name};\n");
        }

        var workspace = GeneratorWorkspace.For(Small, uses.Append("}\n").ToString());
        var missing = await workspace.DiagnosticsAsync("CS0117");

        // Most are missing from PaperId; the members of object (Equals, ReferenceEquals, …) are found, as methods.
        Assert.True(missing.Count >= GeneratedNames.Reserved.Length - 7, $"only {missing.Count} CS0117");
        foreach (var diagnostic in missing)
        {
            Assert.Empty(await workspace.ActionsAsync(Provider, diagnostic));
        }
    }

    [Fact]
    public async Task Two_catalogs_get_no_stub()
    {
        var workspace = GeneratorWorkspace.For(
            [("a.txt", Small, true), ("b.txt", Small, true)],
            """
            using CriuCatalog;

            [Cites(PaperId.Gamma)]
            internal sealed class Scheduler { }
            """);

        Assert.Empty(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));
    }

    [Fact]
    public async Task An_unmarked_file_is_not_the_catalog()
    {
        var workspace = GeneratorWorkspace.For(
            [("notes.txt", "Notes\n- Ideas\n", false), ("papers.txt", Small, true)],
            """
            using CriuCatalog;

            [Cites(PaperId.Gamma)]
            internal sealed class Scheduler { }
            """);
        var action = Assert.Single(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));

        await workspace.ApplyAsync(action);
        Assert.Equal("Notes\n- Ideas\n", await workspace.CatalogTextAsync(0));
        Assert.EndsWith($"- Empty\n{Label} Gamma: TODO title", await workspace.CatalogTextAsync(1), StringComparison.Ordinal);
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task A_Markdown_list_gets_its_stub_after_its_last_entry_not_in_a_later_section()
    {
        var workspace = GeneratorWorkspace.For(
            [("papers.md", "# Reading\n\n## Systems\n\n- [OSDI '20] [Alpha: one](https://example.org/a)\n  - A note on Alpha.\n- [SOSP 2022] Delta: three\n  - Its note.\n\n## Contributing\n\n- [Open an issue](https://example.org/issues)\n\n```markdown\n- [OSDI '24] Your Paper: its title\n```\n", true)],
            """
            using CriuCatalog;

            [Cites(PaperId.Gamma)]
            internal sealed class Scheduler { }
            """);
        var action = Assert.Single(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));

        Assert.Equal("Add a stub for 'Gamma' after the last entry of papers.md", action.Title);
        await workspace.ApplyAsync(action);
        Assert.Equal(
            $"# Reading\n\n## Systems\n\n- [OSDI '20] [Alpha: one](https://example.org/a)\n  - A note on Alpha.\n- [SOSP 2022] Delta: three\n  - Its note.\n- {Label} Gamma: TODO title\n\n## Contributing\n\n- [Open an issue](https://example.org/issues)\n\n```markdown\n- [OSDI '24] Your Paper: its title\n```\n",
            await workspace.CatalogTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task A_numbered_Markdown_list_gets_the_next_number_after_the_last_items_lines()
    {
        var workspace = GeneratorWorkspace.For(
            [("papers.md", "# Reading\n\n## Systems\n\n1. [OSDI '20] Alpha: one\n2. [SOSP '22] Delta: three\n   Notes on Delta.", true)],
            """
            using CriuCatalog;

            internal static class Shelf
            {
                public static Paper Next => Papers.Gamma;
            }
            """);
        var action = Assert.Single(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));

        await workspace.ApplyAsync(action);
        Assert.Equal($"# Reading\n\n## Systems\n\n1. [OSDI '20] Alpha: one\n2. [SOSP '22] Delta: three\n   Notes on Delta.\n3. {Label} Gamma: TODO title", await workspace.CatalogTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Theory]
    [InlineData(
        "# Reading\n\n## Systems\n\n- [OSDI '20] Alpha: one\n\n<!--\n- [OSDI '24] Your Paper: its title\n-->\n",
        "# Reading\n\n## Systems\n\n- [OSDI '20] Alpha: one\n- STUB\n\n<!--\n- [OSDI '24] Your Paper: its title\n-->\n")]
    [InlineData(
        "---\ntitle: Reading\ntags:\n  - 2023\n---\n\n## Systems\n\n- [OSDI '20] Alpha: one\n",
        "---\ntitle: Reading\ntags:\n  - 2023\n---\n\n## Systems\n\n- [OSDI '20] Alpha: one\n- STUB\n")]
    [InlineData(
        "# Reading\n\n## Systems\n\n- [OSDI '20] Alpha: one that wraps\nonto a second line\n",
        "# Reading\n\n## Systems\n\n- [OSDI '20] Alpha: one that wraps\nonto a second line\n- STUB\n")]
    [InlineData(
        "# Reading\n\n## Systems\n\n    - [OSDI '20] Alpha: one\n\tnote under it\n",
        "# Reading\n\n## Systems\n\n    - [OSDI '20] Alpha: one\n\tnote under it\n    - STUB\n")]
    [InlineData(
        "# Reading\n\n## Systems\n\n- [OSDI '20] Alpha: one\n\n## Contributing\n\n- [Discuss it](https://example.org/discussions/2041)\n",
        "# Reading\n\n## Systems\n\n- [OSDI '20] Alpha: one\n- STUB\n\n## Contributing\n\n- [Discuss it](https://example.org/discussions/2041)\n")]
    public async Task A_Markdown_stub_is_not_put_in_a_comment_front_matter_or_url_nor_in_the_last_entrys_own_lines(string catalog, string expected)
    {
        var workspace = GeneratorWorkspace.For([("papers.md", catalog, true)], "using CriuCatalog;\n\n[Cites(PaperId.Gamma)]\ninternal sealed class Scheduler { }\n");
        var action = Assert.Single(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));

        await workspace.ApplyAsync(action);
        Assert.Equal(expected.Replace("STUB", Label + " Gamma: TODO title", StringComparison.Ordinal), await workspace.CatalogTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }

    [Fact]
    public async Task A_plain_list_with_a_line_that_starts_with_a_hash_gets_no_stub()
    {
        var workspace = GeneratorWorkspace.For([("papers.txt", "Catalog\n#1 list\n- Systems 2023\n[OSDI '20] Alpha: one\n", true)], "using CriuCatalog;\n\n[Cites(PaperId.Gamma)]\ninternal sealed class Scheduler { }\n");

        Assert.Empty(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));
    }

    [Theory]
    [InlineData("Papers.Systems.Gamma")]
    [InlineData("PaperId.Gamma")]
    public async Task A_Markdown_list_gets_no_stub_for_a_category_or_without_a_list_item_that_looks_like_an_entry(string expression)
    {
        // The first list's entries are in a table; the second's category class is a Markdown heading, not looked for.
        var table = "# Reading\n\n## Systems\n\n| Title | Venue |\n|---|---|\n| [Alpha: one](https://example.org/a) | OSDI 2020 |\n";
        var list = "# Reading\n\n## Systems\n\n- [OSDI '20] Alpha: one\n";
        var workspace = GeneratorWorkspace.For(
            [("papers.md", expression.StartsWith("PaperId", StringComparison.Ordinal) ? table : list, true)],
            $$"""
            using CriuCatalog;

            internal static class Shelf
            {
                public static object Next => {{expression}};
            }
            """);

        Assert.Empty(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));
    }

    [Fact]
    public async Task A_plain_list_saved_as_md_with_no_bulleted_entry_gets_no_stub()
    {
        var workspace = GeneratorWorkspace.For(
            [("papers.md", Small, true)],
            """
            using CriuCatalog;

            [Cites(PaperId.Gamma)]
            internal sealed class Scheduler { }
            """);

        Assert.Empty(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));
    }

    [Theory]
    [InlineData("Papers.Systms.Alpha")]
    [InlineData("Papers.Gamma()")]
    [InlineData("Venue.Gamma")]
    [InlineData("Category.Gamma")]
    public async Task What_is_not_a_paper_gets_no_stub(string expression)
    {
        // A misspelt category (Systms, followed by a paper), a call, a venue and a category.
        var workspace = GeneratorWorkspace.For(Small, $$"""
            using CriuCatalog;

            internal static class Program
            {
                internal static object Use() => {{expression}};
            }
            """);

        Assert.Empty(await workspace.ActionsAsync(Provider, Assert.Single(await workspace.DiagnosticsAsync("CS0117"))));
    }

    [Fact]
    public async Task A_catalog_of_a_referenced_assembly_gets_no_stub_in_this_one()
    {
        // A library generated from its own catalog, referenced under an alias next to this project's catalog: its
        // PaperId comes from a catalog this project cannot edit, so a stub in this project's would fix nothing.
        using var image = new System.IO.MemoryStream();
        var library = GeneratorHarness.Run([CatalogFiles.Catalog("Library\n- Things\n[OSDI '20] Omega: one\n", CatalogFiles.SeedPath, ("Visibility", "public"))])
            .Output.WithAssemblyName("Library");
        Assert.True(library.Emit(image).Success);
        var reference = Microsoft.CodeAnalysis.MetadataReference.CreateFromImage(image.ToArray()).WithAliases(["library"]);
        var workspace = GeneratorWorkspace.For(
            [("papers.txt", Small, true)],
            """
            extern alias library;

            internal static class Program
            {
                internal static object Use() => library::CriuCatalog.PaperId.Omgea;

                internal static object Missing() => library::CriuCatalog.PaperId.Gamma;
            }
            """,
            [reference]);
        var diagnostics = await workspace.DiagnosticsAsync("CS0117");

        Assert.Equal(2, diagnostics.Count);
        Assert.Empty(await workspace.ActionsAsync(Provider, diagnostics[1]));

        // The suggestion is still right for the library's PaperId.
        var change = Assert.Single(await workspace.ActionsAsync(new CatalogMemberCodeFixProvider(), diagnostics[0]));
        Assert.Equal("Change to 'Omega'", change.Title);
        Assert.Empty(await workspace.ActionsAsync(Provider, diagnostics[0]));
    }
}
