using System.Collections.Immutable;
using System.Linq;
using CriuCatalog.Generator.Analyzers;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// CRIU201: a project that references the package but has no catalog, neither one it marks nor one a referenced
/// assembly generated that it can use, is told how to mark one; a project that only cites a library's public
/// catalog is not.
/// </summary>
public class NoCatalogTests
{
    private const string Small = """
        Small Papers
        - Systems
        [OSDI '23] Cricket: A small system
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

    /// <summary>What the catalog analyzer reports for a project whose only AdditionalFile is not marked.</summary>
    private static ImmutableArray<Diagnostic> Analyze(Compilation compilation, ImmutableDictionary<string, string>? project = null)
        => AnalyzerHarness.RunAsync(compilation, new CatalogDiagnosticAnalyzer(), [CatalogFiles.Other(Small, "/app/papers.txt")], project).GetAwaiter().GetResult();
}
