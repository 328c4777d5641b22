using System;
using System.Collections.Generic;
using System.Linq;
using CriuCatalog.Generator.Exporting;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The corners of citing and exporting that a review found: explicit attribute targets, suppression, moved
/// lines, names the generated API takes, a library's catalog used from another project, and odd titles.
/// </summary>
public class CitationEdgeCaseTests
{
    [Fact]
    public void Attributes_with_explicit_targets_are_cited_too()
    {
        const string source = """
            using CriuCatalog;

            namespace Demo
            {
                public record Snapshot([property: Cites(PaperId.Dapper)] int Pages, [field: Cites(PaperId.FastMig)] string Name);

                public class Store
                {
                    [field: Cites(PaperId.MigrOS)]
                    public int Size { get; set; }

                    [field: Cites(PaperId.HetMigrate)]
                    public event System.Action? Changed;

                    public int Limit { get; [param: Cites(PaperId.DynaCut)] set; }

                    [return: Cites(PaperId.Portkey)]
                    public int Run()
                    {
                        [Cites(PaperId.RRC)]
                        int Local() => 1;
                        return Local();
                    }
                }
            }
            """;

        var run = GeneratorHarness.Run(CatalogFiles.SeedText, source);

        Assert.DoesNotContain(run.Emit().Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var bibliography = run.Sources["Bibliography.g.cs"];
        foreach (var paper in new[] { "Dapper", "FastMig", "MigrOS", "HetMigrate", "DynaCut", "Portkey", "RRC" })
        {
            Assert.Contains($"new CitedPaper(Papers.{paper},", bibliography, StringComparison.Ordinal);
        }

        Assert.Contains("\"Demo.Store.Run() local function Local\"", bibliography, StringComparison.Ordinal);
        Assert.Contains("\"Demo.Snapshot.Snapshot(int, string) parameter Pages\"", bibliography, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parenthesized_member_and_the_attribute_spelled_in_full_are_read()
    {
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, """
            [CriuCatalog.CitesAttribute((CriuCatalog.PaperId.Cricket))]
            public class A { }
            """);

        Assert.Empty(run.ReportedDiagnostics);
        Assert.Contains("new CitedPaper(Papers.Cricket,", run.Sources["Bibliography.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribute_of_the_users_own_named_Cites_is_not_a_citation()
    {
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, """
            namespace Mine
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class CitesAttribute : System.Attribute
                {
                    public CitesAttribute(string source) { }
                }

                [Cites("a blog post")]
                public class A { }
            }
            """);

        Assert.Empty(run.ReportedDiagnostics);
        Assert.Contains("=> false;", run.Sources["Bibliography.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribute_of_the_users_own_named_Cites_is_not_a_citation_even_with_a_PaperId_argument()
    {
        // The attribute binds to the user's type, in the namespace the code is in, before the catalog's.
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, """
            namespace Mine
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class CitesAttribute : System.Attribute
                {
                    public CitesAttribute(object source) { }
                }

                [Cites(CriuCatalog.PaperId.Cricket)]
                public class A { }
            }
            """);

        Assert.Empty(run.ReportedDiagnostics);
        Assert.Contains("=> false;", run.Sources["Bibliography.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_named_Cites_for_another_attribute_is_not_a_citation()
    {
        // No type is called Cites or CitesAttribute here, but the alias in the file makes the name bind.
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, """
            using Cites = Mine.SourceAttribute;

            namespace Mine
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class SourceAttribute : System.Attribute
                {
                    public SourceAttribute(object source) { }
                }

                [Cites(CriuCatalog.PaperId.Cricket)]
                public class A { }
            }
            """);

        Assert.Empty(run.ReportedDiagnostics);
        Assert.Contains("=> false;", run.Sources["Bibliography.g.cs"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("global using Cites = Mine.SourceAttribute;")]
    [InlineData("global using CitesAttribute = Mine.SourceAttribute;")]
    public void A_global_alias_in_another_file_for_another_attribute_is_not_a_citation(string alias)
    {
        // C# looks [Cites] up as Cites and as CitesAttribute; a global alias of either name, in any file, binds it.
        var citing = """
            namespace Mine
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class SourceAttribute : System.Attribute
                {
                    public SourceAttribute(object source) { }
                }

                [Cites(CriuCatalog.PaperId.Cricket)]
                public class A { }
            }
            """;
        var compilation = GeneratorHarness.CreateCompilation(citing)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(alias, GeneratorHarness.ParseOptions, path: "GlobalUsings.cs"));
        var result = GeneratorHarness.CreateDriver([CatalogFiles.Catalog(CatalogFiles.SeedText)]).RunGenerators(compilation).GetRunResult().Results.Single();

        var bibliography = result.GeneratedSources.Single(source => source.HintName == "Bibliography.g.cs").SourceText.ToString();
        Assert.Contains("=> false;", bibliography, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_parameter_named_PaperId_is_not_read_as_the_catalogs()
    {
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, """
            namespace Mine
            {
                public class Box<PaperId>
                {
                    [CriuCatalog.Cites(PaperId.Cricket)]
                    public void Run() { }
                }
            }
            """);

        Assert.DoesNotContain("Papers.Cricket", run.Sources["Bibliography.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_PaperId_of_the_users_own_is_not_read_as_the_catalogs()
    {
        // Its constant may stand for any paper, so the generator cannot tell which one is cited.
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, """
            namespace Mine
            {
                public class A
                {
                    private static class PaperId
                    {
                        public const CriuCatalog.PaperId Cricket = CriuCatalog.PaperId.AsyncFork;
                    }

                    [CriuCatalog.Cites(PaperId.Cricket)]
                    public void Run() { }
                }
            }
            """);

        Assert.DoesNotContain("Papers.Cricket", run.Sources["Bibliography.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_citing_code_read_from_the_syntax_is_shown_as_its_symbol_is()
    {
        // Every owner a [Cites] can have: those the syntax names alone must show exactly what the symbol shows; the rest
        // (generic, with parameters, explicit, accessors, parameters, local functions, lambdas) are left to the symbol.
        var compilation = GeneratorHarness.CreateCompilation("""
            using System;
            using N = Demo.Inner;

            [assembly: CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)]

            [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public class TopLevel { [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public int Field, Other; }

            namespace Demo
            {
                [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public enum Mode { [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] On }
                [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public interface IStore { [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] void Fork(); }
                [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public delegate void Handler();
                [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public record Snapshot([CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] int Pages);
                [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public record struct Point(int X);

                namespace Inner.Deeper
                {
                    [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)]
                    public sealed partial class @class : IStore, IDisposable
                    {
                        [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public string @event { get; [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] set; } = "";
                        [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public event EventHandler? Changed;
                        [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public @class() { }
                        [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public void Fork() { }
                        [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] void IDisposable.Dispose() { }
                        [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public int this[int index] => index;
                        [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public void Restore(int attempt, string? reason) { }
                        [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public T Echo<[CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] T>(T value) => value;
                        [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public static implicit operator int(@class value) => 0;
                        [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public class Nested { [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public static void Run() { [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] static void Local() { } Func<int, int> f = [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] (x) => x; } }
                        void IStore.Fork() { }
                    }

                    [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)]
                    public class Box<T> { [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public T? Value; [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public class InBox { } }
                }
            }

            namespace Flat.Scoped.Not
            {
                [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] struct Plain { [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] static int Count => 0; }
            }
            """);
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);

        var read = new List<string>();
        var attributes = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax>().ToList();
        foreach (var attribute in attributes)
        {
            var semantic = Generator.Citations.CitationReader.SemanticName(attribute, model, default);
            if (Generator.Citations.CitationReader.SyntacticName(attribute.Parent!.Parent!) is { } syntactic)
            {
                Assert.Equal(semantic, syntactic);
                read.Add(syntactic);
            }
        }

        Assert.Equal(32, attributes.Count);
        Assert.Equal(
            [
                "TopLevel", "TopLevel.Field", "Demo.Mode", "Demo.IStore", "Demo.IStore.Fork()", "Demo.Snapshot", "Demo.Point",
                "Demo.Inner.Deeper.class", "Demo.Inner.Deeper.class.event", "Demo.Inner.Deeper.class.Fork()",
                "Demo.Inner.Deeper.class.Nested", "Demo.Inner.Deeper.class.Nested.Run()", "Flat.Scoped.Not.Plain",
                "Flat.Scoped.Not.Plain.Count",
            ],
            read);
    }

    [Fact]
    public void A_member_of_an_extension_block_is_shown_as_its_symbol_is()
    {
        // The running compiler may give syntax this assembly was not built against: a C# 14 extension block is a type
        // declaration without a name, and is left to the symbol.
        var compilation = GeneratorHarness.CreateCompilation("""
            namespace Demo
            {
                public static class E
                {
                    extension(string s)
                    {
                        [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public int Size => s.Length;
                        [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public void Touch() { }
                    }
                }
            }
            """, GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.Preview));
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);

        var names = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax>()
            .Select(attribute => Generator.Citations.CitationReader.CitingSymbol(attribute, model, default))
            .ToList();

        Assert.Equal(2, names.Count);
        Assert.All(names, name => Assert.DoesNotContain("..", name, StringComparison.Ordinal));
        Assert.All(names, name => Assert.StartsWith("Demo.E.", name, StringComparison.Ordinal));
    }

    [Fact]
    public void CRIU018_is_reported_in_generated_code_too_where_the_bibliography_also_leaves_the_citation_out()
    {
        // The generator reads [Cites] in every file; a citation it cannot read must not vanish unseen in an
        // <auto-generated> file, which analyzers skip unless they ask for it.
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, """
            // <auto-generated/>
            using CriuCatalog;

            [Cites((PaperId)4)]
            public sealed class Generated { }
            """);

        var reported = Assert.Single(run.ReportedDiagnostics);
        Assert.Equal("CRIU018", reported.Id);
        Assert.Equal(3, reported.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("=> false;", run.Sources["Bibliography.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void CRIU018_is_placed_in_the_CSharp_syntax_tree_where_pragma_and_SuppressMessage_reach_it()
    {
        // The compiler applies #pragma and [SuppressMessage] to an analyzer's diagnostic located in a syntax tree of
        // the compilation; tests/PackageConsumer proves it in a real build, with a suppressed CRIU018 and warnings as errors.
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, """
            using CriuCatalog;

            [Cites((PaperId)4)]
            public sealed class Reported { }
            """);

        var reported = Assert.Single(run.ReportedDiagnostics);
        Assert.Equal("CRIU018", reported.Id);
        Assert.True(reported.Location.IsInSource);
        Assert.Same(run.Output.SyntaxTrees.Single(t => t.FilePath == "Consumer.cs"), reported.Location.SourceTree);
        Assert.Equal(2, reported.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Lines_added_above_a_citation_leave_the_bibliography_cached()
    {
        var catalog = CatalogFiles.Catalog(CatalogFiles.SeedText);
        var tree = CSharpSyntaxTree.ParseText("[CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public class A { }", GeneratorHarness.ParseOptions, path: "A.cs");
        var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(tree);
        var driver = GeneratorHarness.CreateDriver([catalog]).RunGenerators(compilation);

        var moved = CSharpSyntaxTree.ParseText("// a comment\n// and another\n\n[CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public class A { }", GeneratorHarness.ParseOptions, path: "A.cs");
        var result = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, moved)).GetRunResult().Results.Single();

        var bibliography = result.TrackedSteps[TrackingNames.Bibliography].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.Equal([IncrementalStepRunReason.Cached], bibliography);
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Theory]
    [InlineData("[OSDI '23] Markdown: a paper", "MarkdownPaper")]
    [InlineData("[OSDI '23] BibTeX: a paper", "BibTeXPaper")]
    [InlineData("[OSDI '23] ToBibTeX: a paper", "ToBibTeXPaper")]
    [InlineData("[OSDI '23] PaperTable: a paper", "PaperTablePaper")]
    [InlineData("[OSDI '23] ListAt: a paper", "ListAtPaper")]
    [InlineData("[OSDI '23] PaperList: a paper", "PaperListPaper")]
    [InlineData("[OSDI '23] Bibliography: a paper", "BibliographyPaper")]
    public void Papers_named_like_a_member_of_the_generated_API_are_renamed_and_compile(string entry, string identifier)
    {
        var run = GeneratorHarness.Run("Reserved\n- Systems\n" + entry + "\n");

        Assert.Equal("CRIU009", Assert.Single(run.ReportedDiagnostics).Id);
        Assert.Contains($" {identifier} ", run.Sources["Papers.g.cs"], StringComparison.Ordinal);
        Assert.Empty(run.Emit().Diagnostics);
    }

    [Fact]
    public void A_category_named_Markdown_compiles()
    {
        var run = GeneratorHarness.Run("Reserved\n- Markdown\n[OSDI '23] A paper about text\n");

        Assert.Empty(run.Emit().Diagnostics);
    }

    [Theory]
    [InlineData("$GPU", @"{{\$GPU}}")]
    [InlineData(@"~NVMe", @"{{\textasciitilde{}NVMe}}")]
    [InlineData("GPU,", "{GPU},")]
    [InlineData("(OoH)", "({OoH})")]
    [InlineData("plain", "plain")]
    public void Case_protection_keeps_an_escape_at_the_start_of_a_word_inside_an_ordinary_group(string word, string expected)
        => Assert.Equal(expected, BibTeXFormat.ProtectCase(BibTeXFormat.Escape(word)));

    [Fact]
    public void A_title_with_nothing_visible_exports_the_key_instead()
    {
        var run = GeneratorHarness.Run("Invisible\n- Systems\n[OSDI '23] \u200B\u202E\n", """
            public static class Probe
            {
                public static string BibTeX() => CriuCatalog.Papers.ToBibTeX();
                public static string Markdown() => CriuCatalog.Papers.ToMarkdown();
            }
            """);
        var probe = run.Load().GetType("Probe")!;
        var entry = Assert.Single(BibTeXReader.Read((string)probe.GetMethod("BibTeX")!.Invoke(null, null)!));
        var key = entry.Key;

        Assert.Equal(key, entry.Fields["title"]);
        Assert.StartsWith($"1. *{key}*. OSDI, 2023.", (string)probe.GetMethod("Markdown")!.Invoke(null, null)!, StringComparison.Ordinal);
    }

    [Fact]
    public void An_app_can_cite_the_papers_of_a_library_it_references_without_a_catalog_of_its_own()
    {
        // A library shares its catalog by making it public; by default it is its own.
        var library = GeneratorHarness.Run([CatalogFiles.Catalog(CatalogFiles.SeedText, CatalogFiles.SeedPath, ("Visibility", "public"))]);
        var (diagnostics, bytes) = library.Emit();
        Assert.NotNull(bytes);

        var app = GeneratorHarness.CreateCompilation("""
            using CriuCatalog;

            /// <summary>Cites a paper of the library's catalog.</summary>
            [Cites(PaperId.AsyncFork)]
            public sealed class App { }
            """).AddReferences(MetadataReference.CreateFromImage(bytes!));
        GeneratorHarness.CreateDriver([]).RunGeneratorsAndUpdateCompilation(app, out var output, out var driverDiagnostics);

        Assert.Empty(driverDiagnostics);
        Assert.Equal(app.SyntaxTrees.Length, output.SyntaxTrees.Count());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
