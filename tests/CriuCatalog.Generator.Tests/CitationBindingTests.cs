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

        // A using static, or an extern alias, may bring the names in by a way not followed here.
        { "using static System.Math;\nnamespace MyApp\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_librarys_names_may_bind_only_where_its_namespace_is_in_scope(string source, bool mayBind)
    {
        var compilation = GeneratorHarness.CreateCompilation(source, references: [s_library.Value]);
        var (attribute, paperId) = Citation(compilation);
        var names = BindableNames.Of(compilation);

        Assert.Equal(mayBind, names.Attribute.MayBindAt(attribute, attribute.Name));
        Assert.Equal(mayBind, names.PaperId.MayBindAt(paperId, paperId));
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
        var (attribute, paperId) = Citation(compilation);
        var names = BindableNames.Of(compilation);

        Assert.Equal(mayBind, names.Attribute.MayBindAt(attribute, attribute.Name));
        Assert.Equal(mayBind, names.PaperId.MayBindAt(paperId, paperId));

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
        var (attribute, paperId) = Citation(compilation);
        var names = BindableNames.Of(compilation);

        Assert.True(names.Attribute.MayBindAt(attribute, attribute.Name));
        Assert.True(names.PaperId.MayBindAt(paperId, paperId));
    }

    [Theory]
    [InlineData("global using Lib.Research;", true)]
    [InlineData("global using static System.Math;", true)]
    [InlineData("global using System.Linq;", false)]
    [InlineData("global using Research = Lib.Research;", false)]
    public void A_global_using_in_another_file_is_in_scope_everywhere(string directive, bool mayBind)
    {
        var compilation = GeneratorHarness.CreateCompilation(
                "namespace MyApp\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n",
                references: [s_library.Value])
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(directive, GeneratorHarness.ParseOptions, path: "GlobalUsings.cs"));
        var (attribute, paperId) = Citation(compilation);
        var names = BindableNames.Of(compilation);

        Assert.Equal(mayBind, names.Attribute.MayBindAt(attribute, attribute.Name));
        Assert.Equal(mayBind, names.PaperId.MayBindAt(paperId, paperId));
    }

    [Theory]
    [InlineData("namespace MyApp.Services\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true)]
    [InlineData("using Lib;\nnamespace MyApp.Services\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true)]
    [InlineData("namespace MyApp.Services\n{\n    using Lib.Research;\n\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false)]
    [InlineData("namespace Lib.Research.Tools\n{\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false)]
    [InlineData("namespace Lib\n{\n    using Research;\n\n    [Cites(PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false)]
    [InlineData("namespace Lib\n{\n    [Research.Cites(Research.PaperId.Cricket)]\n    internal sealed class App { }\n}\n", false)]
    [InlineData("namespace Elsewhere\n{\n    [MyApp.Cites(MyApp.PaperId.Cricket)]\n    internal sealed class App { }\n}\n", true)]
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

    private static (AttributeSyntax Attribute, ExpressionSyntax PaperId) Citation(Compilation compilation)
    {
        var attribute = compilation.SyntaxTrees.SelectMany(static tree => tree.GetRoot().DescendantNodes()).OfType<AttributeSyntax>().Single();
        var argument = (MemberAccessExpressionSyntax)attribute.ArgumentList!.Arguments[0].Expression;
        return (attribute, argument.Expression);
    }
}
