using System.Collections.Immutable;
using System.Linq;
using CriuCatalog.Generator.Configuration;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The namespace and visibility of the generated types, from the catalog's item metadata (<c>Namespace</c>,
/// <c>Visibility</c>) or the project's properties (<c>PaperCatalogNamespace</c>, <c>PaperCatalogVisibility</c>),
/// and what happens when they are not valid.
/// </summary>
public class ConfigurationTests
{
    private const string Small = """
        Small Papers
        - Systems
        [OSDI '23] Cricket: A small system
        [SOSP '24] Dapper: Another one
        """;

    private static readonly string[] TopLevelTypes =
        ["Papers", "Paper", "PaperId", "Publication", "Category", "Venue", "VenueKind", "CitesAttribute", "CatalogEnumExtensions", "Bibliography", "CitedPaper"];

    [Fact]
    public void By_default_every_generated_type_is_internal_in_CriuCatalog()
    {
        var run = GeneratorHarness.Run(Small);

        foreach (var name in TopLevelTypes)
        {
            var type = run.Output.GetTypeByMetadataName("CriuCatalog." + name);
            Assert.True(type is not null, $"CriuCatalog.{name} was not generated");
            Assert.Equal(Accessibility.Internal, type!.DeclaredAccessibility);
        }

        Assert.Empty(run.ReportedDiagnostics);
    }

    [Fact]
    public void Item_metadata_sets_the_namespace_and_makes_the_types_public()
    {
        var catalog = CatalogFiles.Catalog(Small, "/catalogs/small.txt", ("Namespace", "Research.Papers"), ("Visibility", "public"));
        var run = GeneratorHarness.Run(
            [catalog],
            """
            using Research.Papers;

            /// <summary>Uses the catalog.</summary>
            public static class Uses
            {
                /// <summary>A title.</summary>
                [Cites(PaperId.Cricket)]
                public static string Title() => Papers.Cricket.Title;
            }
            """);

        foreach (var name in TopLevelTypes)
        {
            var type = run.Output.GetTypeByMetadataName("Research.Papers." + name);
            Assert.True(type is not null, $"Research.Papers.{name} was not generated");
            Assert.Equal(Accessibility.Public, type!.DeclaredAccessibility);
        }

        Assert.Null(run.Output.GetTypeByMetadataName("CriuCatalog.Papers"));
        Assert.Empty(run.Emit().Diagnostics);
        // Outside the default namespace, hint names carry the namespace, so that several catalogs never share one.
        Assert.Contains("namespace Research.Papers", run.Sources["Research.Papers.Bibliography.g.cs"], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Project_properties_set_every_catalog_and_item_metadata_wins_over_them()
    {
        var project = ImmutableDictionary<string, string>.Empty
            .Add("build_property.PaperCatalogNamespace", "Project.Wide")
            .Add("build_property.PaperCatalogVisibility", "Public");

        var fromProject = GeneratorHarness.Run([CatalogFiles.Catalog(Small)], globalOptions: project);
        Assert.Equal(Accessibility.Public, fromProject.Output.GetTypeByMetadataName("Project.Wide.Papers")?.DeclaredAccessibility);

        var fromItem = GeneratorHarness.Run(
            [CatalogFiles.Catalog(Small, "/catalogs/small.txt", ("Namespace", " Item.Level "), ("Visibility", "internal"))],
            globalOptions: project);
        Assert.Null(fromItem.Output.GetTypeByMetadataName("Project.Wide.Papers"));
        Assert.Equal(Accessibility.Internal, fromItem.Output.GetTypeByMetadataName("Item.Level.Papers")?.DeclaredAccessibility);
        Assert.Empty(fromItem.ReportedDiagnostics);
    }

    [Fact]
    public void Empty_values_count_as_unset_as_MSBuild_passes_an_unset_property()
    {
        var project = ImmutableDictionary<string, string>.Empty
            .Add("build_property.PaperCatalogNamespace", "")
            .Add("build_property.PaperCatalogVisibility", "  ");

        var run = GeneratorHarness.Run([CatalogFiles.Catalog(Small)], globalOptions: project);

        Assert.Equal(Accessibility.Internal, run.Output.GetTypeByMetadataName("CriuCatalog.Papers")?.DeclaredAccessibility);
        Assert.Empty(run.ReportedDiagnostics);
    }

    [Theory]
    [InlineData("protected")]
    [InlineData("private")]
    [InlineData("yes")]
    public void An_unknown_visibility_is_an_error_at_the_catalog_and_the_types_stay_internal(string visibility)
    {
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(Small, "/catalogs/small.txt", ("Visibility", visibility))]);

        var diagnostic = Assert.Single(run.ReportedDiagnostics);
        Assert.Equal("CRIU031", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/catalogs/small.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(
            $"'{visibility}', set by the catalog's Visibility metadata, is not a catalog visibility; use 'public' or 'internal'. The catalog's types are generated internal instead.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Accessibility.Internal, run.Output.GetTypeByMetadataName("CriuCatalog.Papers")?.DeclaredAccessibility);
    }

    [Theory]
    [InlineData("My-Papers")]
    [InlineData("Research..Papers")]
    [InlineData("Research.")]
    [InlineData("class")]
    [InlineData("Research.namespace")]
    [InlineData("global::Research")]
    [InlineData("2024Papers")]
    [InlineData("Research Papers")]
    public void An_invalid_namespace_is_an_error_and_the_catalog_is_generated_in_CriuCatalog(string ns)
    {
        var project = ImmutableDictionary<string, string>.Empty.Add("build_property.PaperCatalogNamespace", ns);
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(Small)], globalOptions: project);

        var diagnostic = Assert.Single(run.ReportedDiagnostics);
        Assert.Equal("CRIU030", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            $"'{ns}', set by the PaperCatalogNamespace property, is not a valid C# namespace (dotted identifiers, none a keyword); the catalog is generated in namespace 'CriuCatalog' instead",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        // The fallback still compiles, so the error is the only one the build shows.
        Assert.NotNull(run.Output.GetTypeByMetadataName("CriuCatalog.Papers"));
        Assert.DoesNotContain(run.Emit().Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("PaperCatalogPropertyBudget", "70000", "1", "65,000", "60,000")]
    [InlineData("PaperCatalogPropertyBudget", "0", "1", "65,000", "60,000")]
    [InlineData("PaperCatalogPropertyBudget", "-5", "1", "65,000", "60,000")]
    [InlineData("PaperCatalogPropertyBudget", "1,000", "1", "65,000", "60,000")]
    [InlineData("PaperCatalogPropertyBudget", "lots", "1", "65,000", "60,000")]
    [InlineData("PaperCatalogStringDataBudget", "16777217", "0", "16,777,216", "12,582,912")]
    [InlineData("PaperCatalogStringDataBudget", "1e6", "0", "16,777,216", "12,582,912")]
    [InlineData("PaperCatalogStringDataBudget", "12MB", "0", "16,777,216", "12,582,912")]
    public void A_budget_that_is_not_a_whole_number_in_its_range_is_an_error_and_the_default_is_used(string property, string value, string min, string max, string fallback)
    {
        var catalog = CatalogFiles.Catalog(Small, "/catalogs/small.txt");
        var project = ImmutableDictionary<string, string>.Empty.Add("build_property." + property, " " + value + " ");
        var run = GeneratorHarness.Run([catalog], globalOptions: project);

        var diagnostic = Assert.Single(run.ReportedDiagnostics);
        Assert.Same(diagnostic, Assert.Single(run.GeneratorDiagnostics));
        Assert.Equal("CRIU035", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(("/catalogs/small.txt", 0, 0), (diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal(
            $"'{value}', set by the {property} property, is not a whole number from {min} to {max}; the default, {fallback}, is used instead",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        // The default is used: the output is that of a project without the property.
        var unset = GeneratorHarness.Run([catalog]);
        Assert.Equal(unset.Sources.OrderBy(p => p.Key, System.StringComparer.Ordinal), run.Sources.OrderBy(p => p.Key, System.StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("PaperCatalogPropertyBudget", "")]
    [InlineData("PaperCatalogPropertyBudget", "  ")]
    [InlineData("PaperCatalogPropertyBudget", "65000")]
    [InlineData("PaperCatalogPropertyBudget", "1")]
    [InlineData("PaperCatalogStringDataBudget", "0")]
    [InlineData("PaperCatalogStringDataBudget", "16777216")]
    public void A_budget_unset_empty_or_in_its_range_is_no_error(string property, string value)
    {
        var project = ImmutableDictionary<string, string>.Empty.Add("build_property." + property, value);
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(Small)], globalOptions: project);

        Assert.Empty(run.ReportedDiagnostics);
        Assert.NotNull(run.Output.GetTypeByMetadataName("CriuCatalog.Papers"));
    }

    [Fact]
    public void A_budget_error_is_reported_once_with_several_catalogs_at_the_first_by_path()
    {
        var project = ImmutableDictionary<string, string>.Empty.Add("build_property.PaperCatalogPropertyBudget", "many");
        var run = GeneratorHarness.Run(
            [CatalogFiles.Catalog(Small, "/z/second.txt", ("Namespace", "Second")), CatalogFiles.Catalog(Small, "/a/first.txt")],
            globalOptions: project);

        var diagnostic = Assert.Single(run.ReportedDiagnostics);
        Assert.Equal(("CRIU035", "/a/first.txt"), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path));
    }

    [Fact]
    public void A_configuration_error_of_an_item_listed_twice_is_reported_once()
    {
        var catalog = CatalogFiles.Catalog(Small, "/catalogs/small.txt", ("Visibility", "open"));
        var run = GeneratorHarness.Run([catalog, catalog]);

        // The entries are listed twice (CRIU007, from the analyzer); the file's configuration is checked once.
        Assert.Equal("/catalogs/small.txt", Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CRIU031").Location.GetLineSpan().Path);
        Assert.Single(run.ReportedDiagnostics, d => d.Id == "CRIU031");
    }

    [Theory]
    [InlineData("CriuCatalog", true)]
    [InlineData("Research.Papers", true)]
    [InlineData("Ünïcode.Пapers", true)]
    [InlineData("_Private.x1", true)]
    [InlineData("Async.Record.Data", true)]
    [InlineData("global", false)]
    [InlineData("", false)]
    [InlineData("a.b.", false)]
    [InlineData(".a", false)]
    [InlineData("a.int", false)]
    [InlineData("@class", false)]
    [InlineData("a b", false)]
    public void A_namespace_is_dotted_identifiers_none_a_keyword(string ns, bool valid)
        => Assert.Equal(valid, CatalogConfiguration.IsValidNamespace(ns));

    [Fact]
    public void A_library_and_an_app_with_catalogs_of_their_own_build_warning_free_with_default_settings()
    {
        var library = GeneratorHarness.Run(
            [CatalogFiles.Catalog(Small, "/library/papers.txt")],
            """
            namespace Library;

            /// <summary>The library's code.</summary>
            public static class Scheduler
            {
                /// <summary>How many papers the library's catalog has.</summary>
                [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)]
                public static int Papers() => CriuCatalog.Papers.All.Count;
            }
            """);
        var (libraryDiagnostics, libraryBytes) = library.Emit();
        Assert.Empty(libraryDiagnostics);

        var app = GeneratorHarness.Run(
            [CatalogFiles.Catalog(CatalogFiles.SeedText, "/app/papers.txt")],
            """
            using CriuCatalog;

            /// <summary>The app's code.</summary>
            public static class App
            {
                /// <summary>Both catalogs' papers.</summary>
                [Cites(PaperId.AsyncFork)]
                public static int Count() => Papers.All.Count + Library.Scheduler.Papers();
            }
            """,
            references: [MetadataReference.CreateFromImage(libraryBytes!)]);

        // Without internal types each side would see two CriuCatalog.PaperId types: CS0436 on every use.
        Assert.Empty(app.Emit().Diagnostics);
        Assert.Equal(53, CompiledCatalog.Load(app).PaperTitles.Count);
    }

    [Fact]
    public void A_public_catalog_of_a_library_is_usable_from_an_app_with_a_catalog_in_another_namespace()
    {
        var library = GeneratorHarness.Run([CatalogFiles.Catalog(Small, "/library/papers.txt", ("Namespace", "Library.Papers"), ("Visibility", "public"))]);
        var (libraryDiagnostics, libraryBytes) = library.Emit();
        Assert.Empty(libraryDiagnostics);

        var app = GeneratorHarness.Run(
            [CatalogFiles.Catalog(CatalogFiles.SeedText, "/app/papers.txt")],
            """
            using CriuCatalog;

            /// <summary>The app's code.</summary>
            public static class App
            {
                /// <summary>A key from each catalog.</summary>
                [Cites(PaperId.AsyncFork)]
                [Library.Papers.Cites(Library.Papers.PaperId.Cricket)]
                public static string Both() => Papers.AsyncFork.Key + " " + Library.Papers.Papers.Cricket.Key;
            }
            """,
            references: [MetadataReference.CreateFromImage(libraryBytes!)]);

        Assert.Empty(app.Emit().Diagnostics);

        // The app's bibliography lists its own citations: the seed's Cricket is not cited, the library's is.
        var bibliography = app.Sources["Bibliography.g.cs"];
        Assert.Contains("new CitedPaper(Papers.AsyncFork,", bibliography, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Papers.Cricket", bibliography, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("using Lib;\nnamespace MyApp.Services\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true)]
    [InlineData("namespace MyApp.Services\n{\n    using Lib;\n\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false)]
    [InlineData("using Lib;\nnamespace Elsewhere\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false)]
    [InlineData("using Lib;\nnamespace MyApp.Services\n{\n    [Lib.Cites(Lib.PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false)]
    public void A_citation_inside_the_app_catalogs_namespace_is_the_apps_even_where_a_librarys_catalog_is_imported(string source, bool isTheApps)
    {
        // The generator reads the name while the app's attribute does not exist yet, so it binds to the library's;
        // C# then finds MyApp.CitesAttribute first from code in MyApp.Services, unless a using nearer the code says otherwise.
        var library = GeneratorHarness.Run([CatalogFiles.Catalog(Small, "/library/papers.txt", ("Namespace", "Lib"), ("Visibility", "public"))]);
        var (libraryDiagnostics, libraryBytes) = library.Emit();
        Assert.Empty(libraryDiagnostics);

        var app = GeneratorHarness.Run(
            [CatalogFiles.Catalog(CatalogFiles.SeedText, "/app/papers.txt", ("Namespace", "MyApp"))],
            source,
            references: [MetadataReference.CreateFromImage(libraryBytes!)]);

        Assert.Empty(app.Emit().Diagnostics);
        Assert.Empty(app.ReportedDiagnostics);
        var bibliography = app.Sources["MyApp.Bibliography.g.cs"];
        Assert.Equal(isTheApps, bibliography.Contains("new CitedPaper(Papers.Cricket,", System.StringComparison.Ordinal));
    }
}
