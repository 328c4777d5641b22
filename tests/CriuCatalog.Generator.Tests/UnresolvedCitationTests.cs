using System;
using System.Globalization;
using System.Linq;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// CRIU022: a <c>[Cites]</c> on a declaration that names no paper is CS0117, a declaration error, and a command-line
/// build then shows no analyzer diagnostic, so the catalog analyzer's warnings about skipped lines are not shown.
/// The generator says what the catalog knows of the missing paper: a close name, or a line it skipped.
/// </summary>
public class UnresolvedCitationTests
{
    private const string Learning = """
        # Learning Papers

        ## Training

        - [OSDI '23] [Gemstone: Fast Checkpoints for Training](https://example.org/gemstone)
        - [Pathways: Asynchronous Distributed Dataflow](https://example.org/pathways)
        - [NeurIPS 2022] [Cricket: A training system](https://example.org/cricket)
        """;

    [Fact]
    public void A_citation_of_a_paper_on_a_skipped_line_points_at_the_line_beside_the_compilers_CS0117()
    {
        const string source = "[CriuCatalog.Cites(CriuCatalog.PaperId.Pathways)] public sealed class Scheduler { }";
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(Learning, "/catalogs/learning.md")], source);

        Assert.Contains(run.Output.GetDeclarationDiagnostics(), d => d.Id == "CS0117" && d.Severity == DiagnosticSeverity.Error);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CRIU022", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("/catalogs/learning.md", 5, 0), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal(
            "PaperId.Pathways, cited by Scheduler, is not a paper of this catalog: this line was skipped (CRIU019) and may be the paper meant",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));

        // The line's own warning stays the analyzer's, which a build without declaration errors shows.
        Assert.Contains(run.AnalyzerDiagnostics, d => d.Id == "CRIU019" && d.Location.GetLineSpan().StartLinePosition.Line == 5);
    }

    [Fact]
    public void A_misspelt_name_gets_a_did_you_mean_and_several_skipped_lines_are_counted()
    {
        const string catalog = """
            Papers
            - Systems
            [OSDI '23] Cricket: A small system
            [OSDI] Dapper: no year
            a stray line
            """;
        const string source = """
            [CriuCatalog.Cites(CriuCatalog.PaperId.Crikcet)] public sealed class A { }
            [CriuCatalog.Cites(CriuCatalog.PaperId.Crikcet)] public sealed class B { }
            [CriuCatalog.Cites(CriuCatalog.PaperId.Crikcet)] public sealed class C { }
            """;
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(catalog, "/catalogs/papers.txt")], source);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(
            "PaperId.Crikcet, cited by A and 2 others, is not a paper of this catalog: did you mean PaperId.Cricket? If not, this line was skipped (CRIU003), the first of 2 lines skipped with a warning, and one of them may be the paper meant",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Without_skipped_lines_a_close_name_is_suggested_at_the_catalogs_start_and_a_name_far_from_all_gets_nothing()
    {
        const string source = """
            [CriuCatalog.Cites(CriuCatalog.PaperId.Crikcet)] public sealed class Near { }
            [CriuCatalog.Cites(CriuCatalog.PaperId.NothingLikeAnyPaper)] public sealed class Far { }
            """;
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, source);

        Assert.Equal(2, run.Output.GetDeclarationDiagnostics().Count(d => d.Id == "CS0117"));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(
            "PaperId.Crikcet, cited by Near, is not a paper of this catalog: did you mean PaperId.Cricket?",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_resolved_citation_a_former_name_and_a_catalog_without_skipped_lines_report_nothing()
    {
        const string source = """
            /// <summary>Cites a paper by its name.</summary>
            [CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public sealed class Current { }
            #pragma warning disable CS0618
            /// <summary>Cites a paper by its former name.</summary>
            [CriuCatalog.Cites(CriuCatalog.PaperId.OnDemandParallelCheckpointRestore)] public sealed class Former { }
            """;
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, source);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.Emit().Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void With_two_catalogs_only_the_catalog_the_citation_names_reports_it()
    {
        const string source = """
            [Learning.Cites(Learning.PaperId.Pathways)] public sealed class Qualified { }
            [Systems.Cites(Systems.PaperId.Pathways)] public sealed class Elsewhere { }
            """;
        var run = GeneratorHarness.Run(
            [
                CatalogFiles.Catalog(Learning, "/catalogs/learning.md", ("Namespace", "Learning")),
                CatalogFiles.Catalog("Systems\n- Kernels\n[OSDI '23] Cricket: A small system\nno year here\n", "/catalogs/systems.txt", ("Namespace", "Systems")),
            ],
            source);

        Assert.Equal(
            [("/catalogs/learning.md", "Qualified"), ("/catalogs/systems.txt", "Elsewhere")],
            run.GeneratorDiagnostics.Select(d => (d.Location.GetLineSpan().Path, d.GetMessage(CultureInfo.InvariantCulture).Split(' ')[3].TrimEnd(','))).OrderBy(d => d.Path, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Research", "Research.Systems", "namespace Research.Systems.Scheduling { [Cites(PaperId.Cricket)] public sealed class A { } }")]
    [InlineData("Learning", "Systems", "using Learning;\nnamespace Systems.Scheduling { [Cites(PaperId.Cricket)] public sealed class A { } }")]
    public void A_citation_that_resolves_with_two_catalogs_in_scope_reports_nothing_in_the_one_without_the_paper(string without, string with, string source)
    {
        var run = GeneratorHarness.Run(
            [
                CatalogFiles.Catalog("Other\n- Kernels\n[OSDI '23] Dapper: A small system\n[OSDI] skipped, no year\n", "/catalogs/a.txt", ("Namespace", without)),
                CatalogFiles.Catalog("Systems\n- Kernels\n[OSDI '23] Cricket: A small system\n", "/catalogs/b.txt", ("Namespace", with)),
            ],
            source);

        Assert.DoesNotContain(run.Output.GetDeclarationDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void A_citation_that_names_another_namespace_is_not_this_catalogs_even_when_it_is_the_only_one()
    {
        const string source = "[Other.Cites(Other.PaperId.Pathways)] public sealed class Scheduler { }";
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(Learning, "/catalogs/learning.md")], source);

        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void A_skipped_line_whose_warning_is_set_to_none_does_not_count_and_CRIU022_takes_its_own_severity()
    {
        const string source = "[CriuCatalog.Cites(CriuCatalog.PaperId.Pathways)] public sealed class Scheduler { }";
        var quiet = GeneratorHarness.Run(
            [CatalogFiles.Catalog(Learning, "/catalogs/learning.md"), CatalogFiles.Other("root = true\n[*.md]\ndotnet_diagnostic.CRIU019.severity = none\n", "/catalogs/.editorconfig")],
            source);
        var raised = GeneratorHarness.Run(
            [CatalogFiles.Catalog(Learning, "/catalogs/learning.md"), CatalogFiles.Other("root = true\n[*.md]\ndotnet_diagnostic.CRIU022.severity = error\n", "/catalogs/.editorconfig")],
            source);

        Assert.Empty(quiet.GeneratorDiagnostics);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(raised.GeneratorDiagnostics).Severity);
    }

    [Fact]
    public void Below_CSharp_7_3_only_CRIU015_is_reported()
    {
        const string source = "[CriuCatalog.Cites(CriuCatalog.PaperId.Pathways)] public sealed class Scheduler { }";
        var run = GeneratorHarness.Run(
            [CatalogFiles.Catalog(Learning, "/catalogs/learning.md")],
            source,
            GeneratorHarness.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_2));

        Assert.Equal(["CRIU015"], run.GeneratorDiagnostics.Select(d => d.Id));
    }
}
