using System.Collections.Immutable;
using System.Linq;
using CriuCatalog.Generator.Analyzers;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// CRIU201: a project that references the package but has no catalog, neither one it marks nor one a referenced
/// assembly generated that it can use, is told how to mark one; a project that only cites a library's public
/// catalog is not. CRIU202: a project that marks no file, but has one that reads as a catalog, is told to mark that
/// one, by the generator, so that the build shows it even when the C# that uses the catalog fails.
/// </summary>
public class NoCatalogTests
{
    private const string Small = """
        Small Papers
        - Systems
        [OSDI '23] Cricket: A small system
        """;

    /// <summary>An AdditionalFile of the project that is no paper list: notes, as a project might pass to another tool.</summary>
    private const string NotACatalog = """
        Release notes
        The scheduler now restores faster.
        See the wiki for the checkpoint format.
        """;

    /// <summary>A Markdown list with an introduction, contents, notes under its entries and a licence.</summary>
    private const string AwesomeList = """
        # Awesome Checkpointing

        A curated list of papers on checkpoint and restore.

        ## Contents

        - [Migration](#migration)
        - [Training](#training)

        ## Migration

        - [OSDI '23] [Fast Restore of Pods](https://example.org/a)
          - Moves pods between nodes.
        - [SOSP 2021] [Live Migration at Scale](https://example.org/b)
          - Authors: A. Writer, B. Coder
        - [EuroSys '22] [Checkpoint Trees](https://example.org/c)

        ## Training

        - [NeurIPS 2022] [Elastic Checkpoints](https://arxiv.org/abs/2205.01234)
        - [ICML '23] [Gemstone](https://example.org/g)

        ## License

        CC0, to the extent possible under law.
        """;

    private const string CitesLibrary = """
        /// <summary>Cites the library's catalog.</summary>
        [Library.Papers.Cites(Library.Papers.PaperId.Cricket)]
        public static class App
        {
        }
        """;

    [Fact]
    public void A_project_with_no_marked_file_and_no_referenced_catalog_gets_one_CRIU201_that_says_how_to_mark_one()
    {
        var diagnostic = Assert.Single(Analyze(CreateCompilation("public static class App { }")));

        Assert.Equal("CRIU201", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Contains("<AdditionalFiles Include=\"papers.txt\" PaperCatalog=\"true\" />", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains(WellKnownDiagnosticTags.CompilationEnd, diagnostic.Descriptor.CustomTags);
    }

    [Theory]
    [InlineData("false")]
    [InlineData(" False ")]
    public void PaperCatalogWarnWithoutCatalog_false_turns_it_off(string value)
    {
        var project = ImmutableDictionary<string, string>.Empty.Add("build_property.PaperCatalogWarnWithoutCatalog", value);

        Assert.Empty(Analyze(CreateCompilation("public static class App { }"), project));
    }

    [Fact]
    public void A_project_with_a_catalog_gets_no_CRIU201()
    {
        var run = GeneratorHarness.Run(Small);

        Assert.DoesNotContain(run.AnalyzerDiagnostics, d => d.Id == "CRIU201");
    }

    [Fact]
    public void A_project_that_only_cites_a_referenced_librarys_public_catalog_gets_no_CRIU201()
    {
        var compilation = CreateCompilation(CitesLibrary, Library(("Visibility", "public")));

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(Analyze(compilation));
    }

    [Fact]
    public void A_referenced_internal_catalog_is_no_catalog_unless_the_library_makes_it_visible_to_the_project()
    {
        Assert.Equal("CRIU201", Assert.Single(Analyze(CreateCompilation("public static class App { }", Library()))).Id);

        // An internal catalog with InternalsVisibleTo this project can be cited: then there is a catalog.
        var friend = Library(friend: "Consumer");
        Assert.Empty(Analyze(CreateCompilation(CitesLibrary, friend)));
    }

    [Fact]
    public void A_referenced_CitesAttribute_that_the_generator_did_not_write_is_no_catalog()
    {
        var other = GeneratorHarness.CreateCompilation("""
            namespace Library.Papers
            {
                /// <summary>Someone else's attribute.</summary>
                public sealed class CitesAttribute : System.Attribute { }
            }
            """);
        var image = Emit(other);

        Assert.Equal("CRIU201", Assert.Single(Analyze(CreateCompilation("public static class App { }", image))).Id);
    }

    /// <summary>The project's folder, as the SDK makes it visible to the compiler.</summary>
    private static readonly ImmutableDictionary<string, string> InApp = ImmutableDictionary<string, string>.Empty.Add("build_property.ProjectDir", "/app/");

    [Theory]
    [InlineData("/app/papers.txt", Small, "papers.txt", 1)]
    [InlineData("/app/docs/Papers.MD", "# Reading\n\n## Systems\n\n- [OSDI '23] [Cricket: A small system](https://example.org/c)\n- [SOSP '24] Dapper: Another one\n", "docs/Papers.MD", 2)]
    [InlineData("/shared/papers.txt", Small, "/shared/papers.txt", 1)]
    [InlineData("/app/README.md", AwesomeList, "README.md", 5)]
    public void An_unmarked_file_that_reads_as_a_catalog_gets_CRIU202_from_the_generator_even_when_the_code_does_not_compile(string path, string text, string shown, int entries)
    {
        // The usual slip: the list is an AdditionalFile, but not marked, and the code already uses the catalog.
        var run = GeneratorHarness.Run([CatalogFiles.Other(text, path)], "using CriuCatalog;\n\n/// <summary>Uses the catalog.</summary>\npublic static class App { }\n", globalOptions: InApp);

        Assert.Empty(run.Sources);
        Assert.Contains(run.Output.GetDiagnostics(), d => d.Id == "CS0246");
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("CRIU202", DiagnosticSeverity.Warning, path, 0, 0), (diagnostic.Id, diagnostic.Severity, diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal(
            $"'{shown}' reads as a paper catalog ({entries} entries), but no AdditionalFiles item is marked PaperCatalog=\"true\", so no catalog is generated. Mark it in the project file: <AdditionalFiles Include=\"{shown}\" PaperCatalog=\"true\" />, or Update=\"{shown}\" for an item listed elsewhere. If it is no catalog, set PaperCatalog=\"false\" on it; to silence this everywhere, set <PaperCatalogWarnWithoutCatalog>false</PaperCatalogWarnWithoutCatalog> or add CRIU202 to NoWarn.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        // CRIU202 says it all: the analyzer does not add CRIU201.
        Assert.DoesNotContain(run.AnalyzerDiagnostics, d => d.Id == "CRIU201");
        Assert.Empty(Analyze(CreateCompilation("public static class App { }"), unmarked: text));
    }

    [Fact]
    public void The_seed_unmarked_gets_CRIU202()
        => Assert.Equal("CRIU202", Assert.Single(GeneratorHarness.Run([CatalogFiles.Other(CatalogFiles.SeedText, "/app/papers.txt")]).GeneratorDiagnostics).Id);

    [Theory]
    [InlineData("/app/notes.txt", NotACatalog)]
    [InlineData("/app/README.md", "# The tool\n\nIt restores processes. It was shown at OSDI 2023, and a paper followed.\n\nRun it with `tool restore`.\n\n## Building\n\nUse the SDK.\n")]
    [InlineData("/app/papers.json", Small)]
    [InlineData("/app/BannedSymbols.txt", "T:System.Console;Use the logger\nM:System.Environment.Exit(System.Int32);Return instead\n")]
    [InlineData("/app/CHANGELOG.md", "# Changelog\n\n## 1.2.0\n\n- 2023-05-01: Fixed the restore of pipes\n- 2023-04-12: Faster dumps\n\n## 1.1.0\n\n- 2022-11-02: First release\n")]
    [InlineData("/app/RELEASE-NOTES.md", "# Release notes\n\n## v1.2 (2023)\n\n- Faster restore\n- Smaller images\n\n## v1.1 (2022)\n\n- Pipes are restored\n")]
    [InlineData("/app/THIRD-PARTY-NOTICES.txt", "Third-party notices\n- Newtonsoft.Json\n[MIT '07] Copyright James Newton-King\n- Serilog\n[Apache-2.0 '13] Copyright Serilog Contributors\n")]
    [InlineData("/app/CHANGES.txt", "Changes\n- Pipes\n- Sockets\n- Timers\n- Memory\n[1.0 '22] First release\n")]
    public void An_unmarked_file_that_is_no_catalog_gets_no_CRIU202_and_the_project_gets_CRIU201(string path, string text)
    {
        var run = GeneratorHarness.Run([CatalogFiles.Other(text, path)]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("CRIU201", Assert.Single(run.AnalyzerDiagnostics).Id);
    }

    [Fact]
    public void CRIU202_is_reported_only_while_no_file_is_marked_and_not_for_a_file_marked_false_or_with_the_setting_false()
    {
        var marked = GeneratorHarness.Run([CatalogFiles.Catalog(Small, "/app/papers.txt"), CatalogFiles.Other(Small, "/app/old-papers.txt")]);
        Assert.DoesNotContain(marked.GeneratorDiagnostics, d => d.Id == "CRIU202");

        // PaperCatalog="false" says the file is no catalog: CRIU201 then says the project has none.
        var no = GeneratorHarness.Run([new InMemoryAdditionalText("/app/papers.txt", Small, isCatalog: false, ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.PaperCatalog", "false"))]);
        Assert.Empty(no.GeneratorDiagnostics);
        Assert.Equal("CRIU201", Assert.Single(no.AnalyzerDiagnostics).Id);

        var off = GeneratorHarness.Run(
            [CatalogFiles.Other(Small, "/app/papers.txt")],
            globalOptions: ImmutableDictionary<string, string>.Empty.Add("build_property.PaperCatalogWarnWithoutCatalog", "false"));
        Assert.Empty(off.GeneratorDiagnostics);
        Assert.Empty(off.AnalyzerDiagnostics);

        // Two lists, each once, in order of path.
        var two = GeneratorHarness.Run([CatalogFiles.Other(Small, "/app/z.txt"), CatalogFiles.Other(Small, "/app/a.md"), CatalogFiles.Other(Small, "/app/z.txt")]);
        Assert.Equal(["/app/a.md", "/app/z.txt"], two.GeneratorDiagnostics.Select(d => d.Location.GetLineSpan().Path));
    }

    /// <summary>A library whose catalog is in <c>Library.Papers</c>, compiled, as a reference.</summary>
    private static PortableExecutableReference Library((string Name, string Value)? visibility = null, string? friend = null)
    {
        var metadata = visibility is { } v ? new[] { ("Namespace", "Library.Papers"), v } : [("Namespace", "Library.Papers")];
        var source = friend is null ? string.Empty : $"[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"{friend}\")]";
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(Small, "/library/papers.txt", metadata)], source);
        var (diagnostics, bytes) = run.Emit();
        Assert.Empty(diagnostics);
        return MetadataReference.CreateFromImage(bytes!);
    }

    private static PortableExecutableReference Emit(Compilation compilation)
    {
        using var stream = new System.IO.MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private static Microsoft.CodeAnalysis.CSharp.CSharpCompilation CreateCompilation(string source, params MetadataReference[] references)
        => GeneratorHarness.CreateCompilation(source, references: references);

    /// <summary>
    /// What the catalog analyzer reports for a project whose only AdditionalFile is not marked: by default one that
    /// does not read as a catalog (one that does has the generator's CRIU202 instead of CRIU201).
    /// </summary>
    private static ImmutableArray<Diagnostic> Analyze(Compilation compilation, ImmutableDictionary<string, string>? project = null, string unmarked = NotACatalog)
        => AnalyzerHarness.RunAsync(compilation, new CatalogDiagnosticAnalyzer(), [CatalogFiles.Other(unmarked, "/app/notes.txt")], project).GetAwaiter().GetResult();
}
