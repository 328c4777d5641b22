using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CriuCatalog.Generator.CodeFixes;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// <c>ClassName</c> on the catalog's item (or <c>PaperCatalogClassName</c> for the project) renames the class of
/// papers, and everything that names it follows: the generated code, the key analyzer and the code fixes.
/// </summary>
public class ClassNameTests
{
    // A category and a paper that want the class's name: a member or nested class cannot have it (CS0542).
    private const string Small = """
        Small Papers
        - Systems
        [OSDI '23] Cricket: A small system
        [SOSP '24] Literature: A paper named like the class
        - Literature
        [EuroSys '22] Dapper: Another one
        """;

    private const string Uses = """
        using CriuCatalog;

        /// <summary>Uses the catalog.</summary>
        public static class Uses
        {
            /// <summary>A title and a count.</summary>
            [Cites(PaperId.Cricket)]
            public static string Title() => Literature.Cricket.Title + Literature.All.Count + PaperId.Dapper.ToPaper().Key + Bibliography.Cited.Count;

            /// <summary>A category's class.</summary>
            public static int Systems() => Literature.Systems.All.Count;
        }
        """;

    [Fact]
    public void A_catalog_with_ClassName_Literature_compiles_and_is_used_through_Literature()
    {
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(Small, "/catalogs/small.txt", ("ClassName", "Literature"))], Uses);

        Assert.Empty(run.Emit().Diagnostics);
        Assert.NotNull(run.Output.GetTypeByMetadataName("CriuCatalog.Literature"));
        Assert.Null(run.Output.GetTypeByMetadataName("CriuCatalog.Papers"));
        Assert.Contains("new CitedPaper(Literature.Cricket,", run.Sources["Bibliography.g.cs"], System.StringComparison.Ordinal);
        // The paper and the category that wanted the class's name got another, as for any name the API uses (CRIU009).
        Assert.DoesNotContain(run.Output.GetTypeByMetadataName("CriuCatalog.Literature")!.GetMembers(), m => m.Name == "Literature");
        Assert.All(run.ReportedDiagnostics, d => Assert.Equal("CRIU009", d.Id));
    }

    [Fact]
    public void PaperCatalogClassName_sets_it_for_the_project_and_the_item_metadata_wins()
    {
        var project = ImmutableDictionary<string, string>.Empty.Add("build_property.PaperCatalogClassName", "Literature");

        var fromProject = GeneratorHarness.Run([CatalogFiles.Catalog(Small)], Uses, globalOptions: project);
        Assert.Empty(fromProject.Emit().Diagnostics);

        var fromItem = GeneratorHarness.Run([CatalogFiles.Catalog(Small, "/catalogs/small.txt", ("ClassName", "Reading"))], globalOptions: project);
        Assert.NotNull(fromItem.Output.GetTypeByMetadataName("CriuCatalog.Reading"));
        Assert.Null(fromItem.Output.GetTypeByMetadataName("CriuCatalog.Literature"));
    }

    [Theory]
    [InlineData("class", "is a C# keyword")]
    [InlineData("2024Papers", "is not a C# identifier")]
    [InlineData("My-Papers", "is not a C# identifier")]
    [InlineData("literature", "has only lower-case letters, which the compiler warns about in a type name (CS8981)")]
    [InlineData("PaperId", "is a name the generated code uses for something else")]
    [InlineData("Bibliography", "is a name the generated code uses for something else")]
    public void An_invalid_class_name_is_CRIU032_at_the_catalog_and_the_class_stays_Papers(string className, string reason)
    {
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(Small, "/catalogs/small.txt", ("ClassName", className))]);

        var diagnostic = Assert.Single(run.ReportedDiagnostics, d => d.Id != "CRIU009");
        Assert.Equal("CRIU032", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/catalogs/small.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(
            $"'{className}', set by the catalog's ClassName metadata, cannot name the catalog's class: it {reason}; the class is generated as 'Papers' instead",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.NotNull(run.Output.GetTypeByMetadataName("CriuCatalog.Papers"));
        Assert.DoesNotContain(run.Emit().Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Files_of_one_namespace_with_different_class_names_are_CRIU033_and_the_first_files_name_is_used()
    {
        var run = GeneratorHarness.Run(
        [
            CatalogFiles.Catalog("A\n- X\n[OSDI '23] Cricket: One\n", "/catalogs/a.txt", ("ClassName", "Literature")),
            CatalogFiles.Catalog("B\n- Y\n[SOSP '24] Dapper: Two\n", "/catalogs/b.txt", ("ClassName", "Reading"), ("Visibility", "public")),
        ]);

        Assert.NotNull(run.Output.GetTypeByMetadataName("CriuCatalog.Literature"));
        Assert.Null(run.Output.GetTypeByMetadataName("CriuCatalog.Reading"));
        Assert.Equal(
            [
                "/catalogs/b.txt: This file sets ClassName 'Reading', but it is part of the catalog in namespace 'CriuCatalog', which takes its ClassName 'Literature' from 'a.txt'; the files of one namespace are one catalog, so give them the same ClassName",
                "/catalogs/b.txt: This file sets Visibility 'public', but it is part of the catalog in namespace 'CriuCatalog', which takes its Visibility 'internal' from 'a.txt'; the files of one namespace are one catalog, so give them the same Visibility",
            ],
            run.ReportedDiagnostics.Where(d => d.Id == "CRIU033").Select(d => d.Location.GetLineSpan().Path + ": " + d.GetMessage(CultureInfo.InvariantCulture)).ToList());
        Assert.Empty(run.Emit().Diagnostics);
    }

    [Fact]
    public async Task The_key_analyzer_checks_lookups_on_the_renamed_class_and_names_it()
    {
        var catalog = CatalogFiles.Catalog(Small, "/catalogs/small.txt", ("ClassName", "Literature"));
        var diagnostics = await AnalyzerHarness.AnalyzeAsync(
            [catalog],
            """
            using CriuCatalog;

            internal static class Lookups
            {
                public static bool Known() => Literature.TryFind("cricket", out _);
                public static bool Unknown() => Literature.TryFind("crikcet", out _);
            }
            """);

        Assert.Equal(["CRIU102", "CRIU101"], diagnostics.Select(d => d.Id).ToList());
        Assert.Equal(
            "The key 'cricket' is the paper Literature.Cricket; write Literature.Cricket.Key so that the compiler checks it",
            diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_misspelt_paper_on_the_renamed_class_is_fixed()
    {
        var workspace = GeneratorWorkspace.For(
            [("papers.txt", Small, true)],
            "internal static class Scheduler { public static string T() => CriuCatalog.Literature.Crikcet.Title; }\n",
            properties: new Dictionary<string, string> { ["PaperCatalogClassName"] = "Literature" });
        var actions = await workspace.ActionsAsync(new CatalogMemberCodeFixProvider(), Assert.Single(await workspace.DiagnosticsAsync("CS0117")));

        Assert.Equal("Change to 'Cricket'", actions[0].Title);
        await workspace.ApplyAsync(actions[0]);
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }
}
