using System;
using System.Collections.Generic;
using System.Linq;
using CriuCatalog.Generator.Citations;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// Which <c>[Cites]</c> the generator binds, in an app that references a library with a public catalog: the
/// library's <c>CitesAttribute</c> and <c>PaperId</c> are found by a simple name only where its namespace is in
/// scope, so the app's other citations are read without binding, as in a project with no such library
/// (<see cref="BindableNames"/>). Each case is checked on the predicate and on what the bibliography then lists.
/// </summary>
public class CitationBindingTests
{
    private const string LibraryCatalog = "Cluster Tools\n- Scheduling\n[OSDI '23] Cricket: Moving GPU jobs\n";

    private static readonly Lazy<MetadataReference> s_library = new(() =>
    {
        var library = GeneratorHarness.Run([CatalogFiles.Catalog(LibraryCatalog, "/library/papers.txt", ("Namespace", "Lib.Research"), ("Visibility", "public"))]);
        var (diagnostics, bytes) = library.Emit();
        Assert.Empty(diagnostics);
        return MetadataReference.CreateFromImage(bytes!);
    });

    // A user's own attribute and constants, in a namespace whose name is a keyword.
    private static readonly Lazy<MetadataReference> s_keywordLibrary = new(() =>
    {
        var compilation = GeneratorHarness.CreateCompilation("""
            namespace Company.@event
            {
                /// <summary>The user's own.</summary>
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class CitesAttribute : System.Attribute
                {
                    /// <summary>Takes a number.</summary>
                    public CitesAttribute(int paper) { }
                }

                /// <summary>The user's own numbers.</summary>
                public static class PaperId
                {
                    /// <summary>One of them.</summary>
                    public const int Cricket = 1;
                }
            }
            """).WithAssemblyName("Company");
        using var stream = new System.IO.MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        return MetadataReference.CreateFromImage(stream.ToArray());
    });

    public static TheoryData<string, bool> Sources => new()
    {
        // The library's namespace is not in scope: neither name can bind, so neither is bound.
        { "namespace MyApp.Services\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false },
        { "using Lib;\nnamespace MyApp.Services\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false },
        { "using Research = Lib.Research;\nnamespace MyApp\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false },

        // Imported, in the file or in a namespace, and written as a using inside Lib that names Lib.Research.
        { "using Lib.Research;\nnamespace MyApp.Services\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true },
        { "namespace MyApp.Services\n{\n    using global::Lib.Research;\n\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true },
        { "namespace Lib\n{\n    using Research;\n\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true },

        // Code in the library's namespace, or in one it contains, written at once or nested.
        { "namespace Lib.Research.Tools\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true },
        { "namespace Lib\n{\n    namespace Research\n    {\n        [Cites(PaperId.Cricket)]\n        internal sealed class App { }\n    }\n}\n", true },
        { "namespace Lib.Research;\n\n[Cites(PaperId.Cricket)]\ninternal sealed class App { }\n", true },

        // Imported through an alias of the namespace, declared in the file.
        { "using R = Lib.Research;\nnamespace Other\n{\n    using R;\n\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true },
        { "using R = Lib.Research;\nnamespace MyApp;\n\nusing R;\n\n[Cites(PaperId.Cricket)]\ninternal sealed class App { }\n", true },

        // A using static, or an extern alias, may bring the names in by a way not followed here.
        { "using static System.Math;\nnamespace MyApp\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_librarys_names_may_bind_only_where_its_namespace_is_in_scope(string source, bool mayBind)
    {
        var compilation = GeneratorHarness.CreateCompilation(source, references: [s_library.Value]);
        AssertMayBind(compilation, mayBind);
    }

    [Theory]
    [InlineData("namespace MyApp\n{\n    [Lib.Research.Cites(Lib.Research.PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true)]
    [InlineData("namespace MyApp\n{\n    [global::Lib.Research.Cites(global::Lib.Research.PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true)]
    [InlineData("namespace Lib\n{\n    [Research.Cites(Research.PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true)]
    [InlineData("using R = Lib.Research;\nnamespace MyApp\n{\n    [R.Cites(R.PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true)]
    [InlineData("namespace MyApp\n{\n    [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false)]
    [InlineData("namespace MyApp\n{\n    [global::Research.Cites(global::Research.PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false)]
    [InlineData("namespace MyApp\n{\n    [global::Cites(global::PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false)]
    public void A_qualified_name_may_bind_only_where_it_can_name_the_librarys_namespace(string source, bool mayBind)
    {
        var compilation = GeneratorHarness.CreateCompilation(source, references: [s_library.Value]);
        AssertMayBind(compilation, mayBind);

        // Without the library, nothing of those names exists to bind to.
        var alone = GeneratorHarness.CreateCompilation(source);
        Assert.False(BindableNames.Of(alone).Attribute.MayBindAt(Citation(alone).Attribute, Citation(alone).Attribute.Name));
    }

    [Fact]
    public void A_global_alias_in_another_file_may_start_a_qualified_name_anywhere()
    {
        var compilation = GeneratorHarness.CreateCompilation(
                "namespace MyApp\n{\n    [R.Cites(R.PaperId.Cricket)]\n    internal sealed class App { }\n}\n",
                references: [s_library.Value])
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("global using R = Lib.Research;", GeneratorHarness.ParseOptions, path: "GlobalUsings.cs"));
        AssertMayBind(compilation, true);
    }

    [Theory]
    [InlineData("global using Lib.Research;", true)]
    [InlineData("global using static System.Math;", true)]
    [InlineData("global using System.Linq;", false)]
    [InlineData("global using Research = Lib.Research;", false)]
    public void A_global_using_in_another_file_is_in_scope_everywhere(string directive, bool mayBind)
        => A_global_using_in_another_file_is_in_scope(directive, "namespace MyApp\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", mayBind);

    [Fact]
    public void A_global_alias_of_the_namespace_may_be_imported_in_any_file()
        => A_global_using_in_another_file_is_in_scope("global using R = Lib.Research;", "namespace MyApp\n{\n    using R;\n\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", mayBind: true);

    [Theory]
    [InlineData("extern alias L;\nnamespace MyApp\n{\n    [L.Lib.Research.Cites(L.Lib.Research.PaperId.Cricket)]\n    internal sealed class App { }\n}\n")]
    [InlineData("namespace MyApp\n{\n    extern alias L;\n\n    [L.Lib.Research.Cites(L.Lib.Research.PaperId.Cricket)]\n    internal sealed class App { }\n}\n")]
    [InlineData("extern alias L;\nnamespace MyApp\n{\n    using L::Lib.Research;\n\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n")]
    public void Names_behind_an_extern_alias_may_bind(string source)
    {
        var compilation = GeneratorHarness.CreateCompilation(source, references: [s_library.Value.WithAliases(["L"])]);
        AssertMayBind(compilation, true);
    }

    [Theory]
    [InlineData("using Company.@event;\nnamespace MyApp\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n")]
    [InlineData("namespace Company.@event.Tools\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n")]
    [InlineData("namespace Company\n{\n    [@event.Cites(@event.PaperId.Cricket)]\n    internal sealed class App { }\n}\n")]
    public void A_referenced_namespace_named_with_a_keyword_is_matched_as_the_syntax_spells_it(string source)
    {
        var compilation = GeneratorHarness.CreateCompilation(source, references: [s_keywordLibrary.Value]);
        AssertMayBind(compilation, true);
    }

    private static void A_global_using_in_another_file_is_in_scope(string directive, string source, bool mayBind)
    {
        var compilation = GeneratorHarness.CreateCompilation(
                source,
                references: [s_library.Value])
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(directive, GeneratorHarness.ParseOptions, path: "GlobalUsings.cs"));
        AssertMayBind(compilation, mayBind);
    }

    [Theory]
    [InlineData("namespace MyApp.Services\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true)]
    [InlineData("using Lib;\nnamespace MyApp.Services\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true)]
    [InlineData("namespace MyApp.Services\n{\n    using Lib.Research;\n\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false)]
    [InlineData("namespace Lib.Research.Tools\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false)]
    [InlineData("namespace Lib\n{\n    using Research;\n\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false)]
    [InlineData("namespace Lib\n{\n    [Research.Cites(Research.PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false)]
    [InlineData("namespace Elsewhere\n{\n    [MyApp.Cites(MyApp.PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true)]
    [InlineData("using R = Lib.Research;\nnamespace MyApp.Services\n{\n    using R;\n\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false)]
    public void A_citation_is_the_apps_unless_the_librarys_attribute_is_the_one_in_scope(string source, bool isTheApps)
    {
        // Where the library's attribute is in scope (and the app's is not nearer), C# binds the library's: that citation
        // is the library's, and the app's bibliography does not list it. Elsewhere the attribute is the app's own.
        var app = GeneratorHarness.Run(
            [CatalogFiles.Catalog(CatalogFiles.SeedText, "/app/papers.txt", ("Namespace", "MyApp"))],
            source,
            references: [s_library.Value]);

        Assert.Empty(app.Emit().Diagnostics);
        Assert.Empty(app.ReportedDiagnostics);
        Assert.Equal(isTheApps, app.Sources["MyApp.Bibliography.g.cs"].Contains("new CitedPaper(Papers.Cricket,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("extern alias L;\nnamespace MyApp.Services\n{\n    [L.Lib.Research.Cites(L.Lib.Research.PaperId.Cricket)]\n    internal sealed class App { }\n}\n")]
    [InlineData("namespace Company.@event.Tools\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n")]
    [InlineData("using Company.@event;\nnamespace MyApp.Services\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n")]
    public void A_citation_through_an_extern_alias_or_of_a_users_own_attribute_is_not_the_apps(string source)
    {
        var app = GeneratorHarness.Run(
            [CatalogFiles.Catalog(CatalogFiles.SeedText, "/app/papers.txt", ("Namespace", "MyApp"))],
            source,
            references: [s_library.Value.WithAliases(["L"]), s_keywordLibrary.Value]);

        Assert.Empty(app.Emit().Diagnostics);
        Assert.DoesNotContain("new CitedPaper(Papers.Cricket,", app.Sources["MyApp.Bibliography.g.cs"], StringComparison.Ordinal);
    }

    /// <summary>Whether both names of the compilation's one citation, the attribute's and PaperId, may bind where they are written.</summary>
    private static void AssertMayBind(Compilation compilation, bool expected)
    {
        var (attribute, paperId) = Citation(compilation);
        var names = BindableNames.Of(compilation);

        Assert.Equal(expected, names.Attribute.MayBindAt(attribute, attribute.Name));
        Assert.Equal(expected, names.PaperId.MayBindAt(paperId, paperId));
    }

    private static (AttributeSyntax Attribute, ExpressionSyntax PaperId) Citation(Compilation compilation)
    {
        var attribute = compilation.SyntaxTrees.SelectMany(static tree => tree.GetRoot().DescendantNodes()).OfType<AttributeSyntax>().Single();
        var argument = (MemberAccessExpressionSyntax)attribute.ArgumentList!.Arguments[0].Expression;
        return (attribute, argument.Expression);
    }
}
