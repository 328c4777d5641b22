using System.Linq;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Tests;

/// <summary>A citation is checked by the compiler: one that names no paper does not build.</summary>
public class CitationTests
{
    [Fact]
    public void Citing_a_paper_of_the_catalog_compiles()
    {
        const string source = """
            using CriuCatalog;

            /// <summary>Cites two papers.</summary>
            [Cites(PaperId.Cricket)]
            [Cites(PaperId.AsyncFork)]
            public sealed class Scheduler
            {
                /// <summary>Cites one more, on a method.</summary>
                [Cites(PaperId.Singularity)]
                public void Run() { }
            }
            """;

        var run = GeneratorHarness.Run(CatalogFiles.SeedText, source);

        Assert.Empty(run.Emit().Diagnostics);
    }

    [Fact]
    public void A_project_without_a_catalog_gets_nothing_and_builds_without_warnings_even_as_CSharp_7_3()
    {
        var parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3);
        var compilation = GeneratorHarness.CreateCompilation("/// <summary>A.</summary>\npublic class A { }", parseOptions);
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(NullableContextOptions.Disable));

        GeneratorHarness.CreateDriver([], parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);

        Assert.Empty(driverDiagnostics);
        Assert.Equal(compilation.SyntaxTrees.Length, output.SyntaxTrees.Count());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Citing_a_paper_that_is_not_in_the_catalog_is_CS0117()
    {
        const string source = """
            using CriuCatalog;

            /// <summary>Cites a paper the catalog does not have.</summary>
            [Cites(PaperId.NoSuchPaper)]
            public sealed class Scheduler
            {
            }
            """;

        var run = GeneratorHarness.Run(CatalogFiles.SeedText, source);

        var error = Assert.Single(run.Emit().Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS0117", error.Id);
        Assert.Contains("NoSuchPaper", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Equal("Consumer.cs", error.Location.SourceTree!.FilePath);
        Assert.Equal(3, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Cites_is_allowed_on_any_target_and_repeatable()
    {
        var run = GeneratorHarness.Run(CatalogFiles.SeedText);
        var attribute = run.Output.GetTypeByMetadataName("CriuCatalog.CitesAttribute")!;

        var usage = attribute.GetAttributes().Single(a => a.AttributeClass!.Name == "AttributeUsageAttribute");
        Assert.Equal((int)System.AttributeTargets.All, (int)usage.ConstructorArguments[0].Value!);
        Assert.Equal(true, usage.NamedArguments.Single(a => a.Key == "AllowMultiple").Value.Value);
        Assert.Equal("PaperId", attribute.Constructors.Single().Parameters.Single().Type.Name);
    }
}
