using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CriuCatalog.Generator.Citations;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// A project with several catalogs: one per namespace, each with its own types, attribute and bibliography, and
/// each <c>[Cites]</c> counted in the catalog its namespace names.
/// </summary>
public class MultipleCatalogTests
{
    private const string Systems = """
        Systems Papers
        - Checkpointing
        [OSDI '23] Cricket: A checkpointing system
        [SOSP '24] Dapper: State rewriting
        """;

    private const string Learning = """
        Learning Papers
        - Training
        [NeurIPS '22] Cricket: A training system with the same short name
        [ICML '24] Gemini: Fast failure recovery
        """;

    private static readonly string[] Namespaces = ["Learning", "Systems"];

    private static InMemoryAdditionalText SystemsFile => CatalogFiles.Catalog(Systems, "/catalogs/systems.txt", ("Namespace", "Systems"));

    private static InMemoryAdditionalText LearningFile => CatalogFiles.Catalog(Learning, "/catalogs/learning.txt", ("Namespace", "Learning"), ("Visibility", "public"));

    [Fact]
    public void Each_namespace_is_a_catalog_of_its_own_and_both_compile_warning_free()
    {
        var run = GeneratorHarness.Run([SystemsFile, LearningFile], Citing);

        Assert.Equal(Accessibility.Internal, run.Output.GetTypeByMetadataName("Systems.Papers")?.DeclaredAccessibility);
        Assert.Equal(Accessibility.Public, run.Output.GetTypeByMetadataName("Learning.Papers")?.DeclaredAccessibility);
        Assert.Equal("Systems Papers", Constant(run, "Systems.Papers", "CatalogTitle"));
        Assert.Equal("Learning Papers", Constant(run, "Learning.Papers", "CatalogTitle"));
        Assert.Contains("Systems.Papers.g.cs", run.Sources.Keys);
        Assert.Contains("Learning.Papers.g.cs", run.Sources.Keys);
        Assert.Contains("Learning.CitesAttribute.g.cs", run.Sources.Keys);
        Assert.Empty(run.ReportedDiagnostics);
        Assert.Empty(run.Emit().Diagnostics);
    }

    /// <summary>Each way of naming a catalog: a using, the enclosing namespace, a qualified name, an alias, <c>using static</c>.</summary>
    private const string Citing = """
        namespace Tools
        {
            using Systems;

            /// <summary>Cites through a using.</summary>
            [Cites(PaperId.Cricket)]
            public sealed class Imported { }

            /// <summary>Cites through qualified names.</summary>
            [global::Learning.Cites(global::Learning.PaperId.Cricket)]
            public sealed class Qualified { }
        }

        namespace Learning.Experiments
        {
            /// <summary>Cites from inside the catalog's namespace.</summary>
            [Cites(PaperId.Gemini)]
            public sealed class Nested { }
        }

        namespace Aliased
        {
            using P = Systems.PaperId;
            using S = Systems;

            /// <summary>Cites through an alias.</summary>
            [Systems.Cites(P.Dapper)]
            public sealed class WithAlias { }

            /// <summary>Cites a paper both catalogs have through an alias of a catalog's namespace.</summary>
            [S.Cites(S.PaperId.Cricket)]
            public sealed class WithNamespaceAlias { }
        }
        """;

    [Fact]
    public void Each_citation_is_in_the_bibliography_of_the_catalog_it_names()
    {
        var run = GeneratorHarness.Run([SystemsFile, LearningFile], Citing);
        var systems = run.Sources["Systems.Bibliography.g.cs"];
        var learning = run.Sources["Learning.Bibliography.g.cs"];

        Assert.Contains("new CitedPaper(Papers.Cricket, new string[] { \"Aliased.WithNamespaceAlias\", \"Tools.Imported\" })", systems, StringComparison.Ordinal);
        Assert.Contains("new CitedPaper(Papers.Dapper, new string[] { \"Aliased.WithAlias\" })", systems, StringComparison.Ordinal);
        Assert.DoesNotContain("Aliased.WithNamespaceAlias", learning, StringComparison.Ordinal);
        Assert.DoesNotContain("Papers.Gemini", systems, StringComparison.Ordinal);
        Assert.Contains("new CitedPaper(Papers.Cricket, new string[] { \"Tools.Qualified\" })", learning, StringComparison.Ordinal);
        Assert.Contains("new CitedPaper(Papers.Gemini, new string[] { \"Learning.Experiments.Nested\" })", learning, StringComparison.Ordinal);
        Assert.DoesNotContain("Papers.Dapper", learning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_with_no_namespace_in_sight_goes_to_the_catalog_that_has_the_paper()
    {
        // As with a global using in another file: nothing in this file names a catalog.
        const string source = """
            global using Learning;

            /// <summary>Cites Gemini, which only the learning catalog has.</summary>
            [Cites(PaperId.Gemini)]
            public sealed class Elsewhere { }
            """;
        var tree = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions);
        var attribute = tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>().Single();
        Assert.Equal(["Learning"], CitationScope.Scope(attribute));

        var unscoped = new Model.CitationInfo("Gemini", "Elsewhere", null, EquatableArray<string>.Empty);
        var run = GeneratorHarness.Run([SystemsFile, LearningFile]);
        var namespaces = Namespaces.ToEquatableArray();
        var learning = Model(run, "Learning");
        var systems = Model(run, "Systems");
        Assert.Equal(["Gemini"], Cited(learning, "Learning", unscoped));
        Assert.Empty(Cited(systems, "Systems", unscoped));

        // Cricket is in both: such a citation counts in each, as the compiler cannot tell either without a using.
        var both = unscoped with { PaperName = "Cricket" };
        Assert.Equal(["Cricket"], Cited(learning, "Learning", both));
        Assert.Equal(["Cricket"], Cited(systems, "Systems", both));

        IEnumerable<string> Cited(Model.CatalogModel catalog, string ns, Model.CitationInfo citation)
            => BibliographyBuilder.Build(catalog, ns, [citation], namespaces, CancellationToken.None).Select(p => catalog.Papers[p.Paper].Identifier);
    }

    [Theory]
    [InlineData("[Cites(PaperId.X)]", null)]
    [InlineData("[Research.Cites(PaperId.X)]", "Research")]
    [InlineData("[global::Research.Deep.Cites(PaperId.X)]", "Research.Deep")]
    [InlineData("[Cites(Research.PaperId.X)]", "Research")]
    [InlineData("[Cites(global::Research.PaperId.X)]", "Research")]
    [InlineData("[Cites((Research.PaperId.X))]", "Research")]
    [InlineData("[Cites(P.X)]", "Aliased.Target")]
    [InlineData("[Cites(X)]", null)]
    [InlineData("[L.Cites(L.PaperId.X)]", "Aliased.Target")]
    [InlineData("[Cites(L.PaperId.X)]", "Aliased.Target")]
    [InlineData("[L.Deep.Cites(PaperId.X)]", "Aliased.Target.Deep")]
    [InlineData("[L::Cites(PaperId.X)]", "Aliased.Target")]
    [InlineData("[Cites(L::PaperId.X)]", "Aliased.Target")]
    [InlineData("[Unknown.Cites(PaperId.X)]", "Unknown")]
    public void The_namespace_a_citation_writes_is_read_from_its_syntax(string attribute, string? expected)
    {
        const string usings = """
            using P = Aliased.Target.PaperId;
            using L = Aliased.Target;

            """;
        var tree = CSharpSyntaxTree.ParseText(usings + attribute + "\nclass C { }", GeneratorHarness.ParseOptions);
        var node = tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>().Single();

        Assert.Equal(expected, CitationScope.Qualifier(node, node.ArgumentList?.Arguments[0].Expression));
    }

    [Fact]
    public void The_scope_is_every_enclosing_namespace_and_every_using_but_aliases()
    {
        var tree = CSharpSyntaxTree.ParseText(
            """
            using Zeta;
            using static Beta.PaperId;
            using static System.Math;
            using A = Gamma.PaperId;
            namespace Outer
            {
                using Inner.Import;
                namespace Middle.Deep
                {
                    [Cites(PaperId.X)]
                    class C { }
                }
            }
            """,
            GeneratorHarness.ParseOptions);
        var node = tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>().Single();

        Assert.Equal(["Beta", "Inner.Import", "Outer", "Outer.Middle", "Outer.Middle.Deep", "Zeta"], CitationScope.Scope(node));
    }

    [Fact]
    public void Two_files_of_one_namespace_merge_into_one_catalog()
    {
        var second = CatalogFiles.Catalog(Learning, "/catalogs/zz-more-systems.txt", ("Namespace", "Systems"));
        var run = GeneratorHarness.Run([second, SystemsFile]);

        // Both files' papers, in order of path, and the first file's title. The two Crickets collide as in one file
        // (CRIU009): the 2022 one keeps the name.
        Assert.Equal(["CRIU009"], run.ReportedDiagnostics.Select(d => d.Id));
        Assert.Equal("/catalogs/systems.txt", run.ReportedDiagnostics[0].Location.GetLineSpan().Path);
        Assert.Equal("Systems Papers", Constant(run, "Systems.Papers", "CatalogTitle"));
        Assert.Equal(["CricketOSDI23", "Dapper", "Cricket", "Gemini"], run.CurrentMembers("Systems.PaperId"));

        // The suffix rule 1 gave it, from a venue's acronym written like a word, is kept as an obsolete alias.
        var former = Assert.Single(run.Output.GetTypeByMetadataName("Systems.PaperId")!.GetMembers().OfType<IFieldSymbol>(), f => !f.GetAttributes().IsEmpty);
        Assert.Equal(("CricketOsdi23", 0), (former.Name, (int)former.ConstantValue!));
        Assert.Empty(run.Emit().Diagnostics);
    }

    [Fact]
    public void Below_CSharp_7_3_the_error_is_reported_once_however_many_catalogs()
    {
        var run = GeneratorHarness.Run([SystemsFile, LearningFile], "public class A { }", parseOptions: GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_2));

        Assert.Single(run.ReportedDiagnostics, d => d.Id == "CRIU015");
        Assert.Empty(run.Generator.GeneratedSources);
    }

    [Fact]
    public async Task Keys_are_checked_against_the_catalog_whose_TryFind_is_called()
    {
        var diagnostics = await AnalyzerHarness.AnalyzeAsync(
            [SystemsFile, LearningFile],
            """
            internal static class Lookups
            {
                internal static bool Gemini() => Learning.Papers.TryFind("gemini", out _);
                internal static bool NotInSystems() => Systems.Papers.TryFind("gemini", out _);
            }
            """);

        Assert.Equal(["CRIU102", "CRIU101"], diagnostics.Select(d => d.Id));
        Assert.Equal("Learning.Papers", diagnostics[0].Properties["PapersType"]);
        Assert.Equal("Systems.Papers", diagnostics[1].Properties["PapersType"]);
    }

    private static object? Constant(GeneratorRun run, string type, string field)
        => run.Output.GetTypeByMetadataName(type)?.GetMembers(field).OfType<IFieldSymbol>().Single().ConstantValue;

    private static Model.CatalogModel Model(GeneratorRun run, string ns)
    {
        var files = run.AdditionalTexts.Select(t => new Configuration.CatalogFile(
            Parsing.CatalogParser.Parse(new Parsing.CatalogSource(t.Path, t.GetText()!.ToString()), default),
            new Configuration.CatalogOptions(((InMemoryAdditionalText)t).Metadata["build_metadata.AdditionalFiles.Namespace"], IsPublic: false)));
        var group = Configuration.CatalogGroups.Group(files).Single(g => g.Options.Namespace == ns);
        return Generator.Model.CatalogBuilder.Build(group.Documents.AsImmutableArray(), default).Model!;
    }
}
