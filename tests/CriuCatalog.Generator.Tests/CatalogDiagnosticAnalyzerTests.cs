using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CriuCatalog.Generator.Analyzers;
using CriuCatalog.Generator.Diagnostics;
using CriuCatalog.Generator.Model;
using CriuCatalog.Generator.Parsing;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The catalog's warnings and infos come from <see cref="CatalogDiagnosticAnalyzer"/>, not from the generator: the
/// driver filters every generator diagnostic again on each run, so thousands of them would make each edit cost more.
/// Its errors come from the generator, so that a build shows them even when the C# code has errors in its
/// declarations (<see cref="DiagnosticRoute"/>). Each diagnostic is reported once per compilation, however many
/// catalogs and .editorconfig files there are.
/// </summary>
public class CatalogDiagnosticAnalyzerTests
{
    /// <summary>CRIU002 (2), CRIU007 (5), CRIU001 (6), CRIU003 (7), CRIU004 (8), CRIU009 for 'Fine!', named as 'Fine' is (9).</summary>
    private const string Broken = """
        Broken Papers
        [OSDI '23] Listed before any category
        - Systems
        [OSDI '23] Fine
        [OSDI '23] Fine
        this line means nothing
        [OSDI 23] No apostrophe
        [ '23] No venue
        [OSDI '23] Fine!
        """;

    private const string OtherBroken = """
        Other Papers
        - Storage
        a stray line
        [SoCC '24] Kept
        """;

    /// <summary>
    /// The ids the generator reports itself (<see cref="DiagnosticRoute"/>): those whose descriptors are errors, and
    /// CRIU022, the warning that comes with a citation the compiler cannot resolve.
    /// </summary>
    private static readonly string[] GeneratorIds = ["CRIU013", "CRIU015", "CRIU022", "CRIU030", "CRIU031", "CRIU032", "CRIU034", "CRIU035", "CRIU036", "CRIU040", "CRIU041", "CRIU202"];

    [Fact]
    public void The_generator_reports_the_errors_the_citation_analyzer_CRIU018_and_the_catalog_analyzer_every_other_descriptor()
    {
        var descriptors = typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();
        var all = descriptors.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();

        var catalog = new CatalogDiagnosticAnalyzer().SupportedDiagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        var citation = new CitationAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToList();
        var generator = descriptors.Where(DiagnosticRoute.IsReportedByGenerator).Select(d => d.Id).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(32, all.Count);
        Assert.Equal(["CRIU018"], citation);
        Assert.Equal(GeneratorIds, generator);
        Assert.All(descriptors.Where(d => GeneratorIds.Contains(d.Id)), d => Assert.Equal(d.Id is "CRIU022" or "CRIU202" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, d.DefaultSeverity));
        Assert.Equal(all.Except(citation, StringComparer.Ordinal).Except(generator, StringComparer.Ordinal), catalog);
    }

    [Fact]
    public void The_generator_reports_the_errors_while_the_analyzers_report_the_warnings_and_infos()
    {
        const string source = "[CriuCatalog.Cites((CriuCatalog.PaperId)3)] public sealed class Scheduler { }";
        var run = GeneratorHarness.Run(
            [CatalogFiles.Catalog(Broken, "/catalogs/a.txt"), CatalogFiles.Catalog(OtherBroken, "/catalogs/b.txt"), new UnreadableAdditionalText("/catalogs/c.txt")],
            source);

        Assert.Equal(["CRIU013"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Equal("/catalogs/c.txt", run.GeneratorDiagnostics[0].Location.GetLineSpan().Path);
        Assert.Equal(
            ["CRIU001", "CRIU001", "CRIU002", "CRIU003", "CRIU004", "CRIU007", "CRIU009", "CRIU018"],
            run.AnalyzerDiagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Below_CSharp_7_3_the_generator_writes_nothing_and_reports_CRIU015_while_the_analyzer_reports_the_catalog_diagnostics()
    {
        var run = GeneratorHarness.Run(Broken, "public class A { }", parseOptions: GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_2));

        Assert.Empty(run.Generator.GeneratedSources);
        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CRIU015", error.Id);
        Assert.Contains("uses C# 7.2", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(
            ["CRIU001", "CRIU002", "CRIU003", "CRIU004", "CRIU007", "CRIU009"],
            run.AnalyzerDiagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CRIU015_takes_the_severity_an_editorconfig_section_of_the_catalog_sets()
    {
        var run = GeneratorHarness.Run(
            [CatalogFiles.Catalog(CatalogFiles.SeedText, "/catalogs/papers.txt"), CatalogFiles.Other("root = true\n[*.txt]\ndotnet_diagnostic.CRIU015.severity = warning\n", "/catalogs/.editorconfig")],
            "public class A { }",
            parseOptions: GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_2));

        var diagnostic = Assert.Single(run.ReportedDiagnostics);
        Assert.Equal("CRIU015", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Same(diagnostic, Assert.Single(run.GeneratorDiagnostics));
    }

    [Fact]
    public void An_error_an_editorconfig_sets_to_none_is_not_reported_and_one_in_another_folder_keeps_its_severity()
    {
        var run = GeneratorHarness.Run(
        [
            new UnreadableAdditionalText("/quiet/a.txt"),
            new UnreadableAdditionalText("/loud/b.txt"),
            CatalogFiles.Other("[*.txt]\ndotnet_diagnostic.CRIU013.severity = none\n", "/quiet/.editorconfig"),
        ]);

        var error = Assert.Single(run.ReportedDiagnostics);
        Assert.Equal(("CRIU013", "/loud/b.txt", DiagnosticSeverity.Error), (error.Id, error.Location.GetLineSpan().Path, error.Severity));
    }

    [Fact]
    public void A_refused_pin_is_reported_by_the_generator_beside_the_declaration_error_it_causes()
    {
        // A command-line build reports no analyzer diagnostic while the code has a declaration error, such as the
        // CS0117 of an attribute on a class that names a missing member. The error that explains it must not be one.
        const string catalog = """
            Small Papers
            - Systems
            [OSDI '23] Cricket: A small system {#Cricket-Two}
            """;
        const string source = "[CriuCatalog.Cites(CriuCatalog.PaperId.CricketTwo)] public sealed class Scheduler { }";
        var run = GeneratorHarness.Run(catalog, source);

        Assert.Contains(run.Output.GetDeclarationDiagnostics(), d => d.Id == "CS0117" && d.Severity == DiagnosticSeverity.Error);
        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("CRIU041", 2), (error.Id, error.Location.GetLineSpan().StartLinePosition.Line));
        Assert.DoesNotContain(run.AnalyzerDiagnostics, d => d.Id == "CRIU041");
    }

    [Fact]
    public void Below_CSharp_7_3_CRIU015_is_reported_by_the_generator_beside_the_missing_types()
    {
        const string source = "using CriuCatalog;\n[Cites(PaperId.Cricket)] public sealed class Scheduler { }";
        var parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_2);
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, source, parseOptions);

        Assert.Contains(run.Output.GetDeclarationDiagnostics(), d => d.Id == "CS0246");
        Assert.Equal(["CRIU015"], run.GeneratorDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Each_diagnostic_is_reported_once_with_several_catalogs_and_editorconfigs_in_any_order()
    {
        AdditionalText[] files =
        [
            CatalogFiles.Catalog(Broken, "/catalogs/a.txt"),
            CatalogFiles.Catalog(OtherBroken, "/catalogs/b.txt"),
            CatalogFiles.Catalog(OtherBroken + "\n- \n", "/other/c.txt"),
            new UnreadableAdditionalText("/other/d.txt"),
            CatalogFiles.Other("root = true\n[*]\ndotnet_diagnostic.CRIU009.severity = warning\n", "/.editorconfig"),
            CatalogFiles.Other("[b.txt]\ndotnet_diagnostic.CRIU001.severity = error\n", "/catalogs/.editorconfig"),
            CatalogFiles.Other("[*.txt]\ndotnet_diagnostic.CRIU001.severity = none\n", "/other/.editorconfig"),
            CatalogFiles.Other("not a catalog", "/catalogs/notes.txt"),
        ];

        // What the parser and the builder find, read directly: one line of the report for each of these.
        var documents = files.Take(4)
            .Select(f => CatalogParser.Parse(new CatalogSource(f.Path, f.GetText()?.ToString()), CancellationToken.None))
            .ToImmutableArray();
        var expected = documents.SelectMany(d => d.Diagnostics)
            .Concat(CatalogBuilder.Build(documents, CancellationToken.None).Diagnostics)
            .Where(d => !(d.Descriptor.Id == "CRIU001" && d.Location!.FilePath.StartsWith("/other/", StringComparison.Ordinal)))
            .Select(d => Describe(d.Descriptor.Id, d.Location!.FilePath, d.Location.LineSpan.Start.Line, d.Location.Span.Start, d.Location.Span.Length))
            .Order(StringComparer.Ordinal)
            .ToList();
        // b.txt and c.txt are one catalog, so c.txt's listing of b.txt's paper is a repeat (CRIU007).
        Assert.Equal(10, expected.Count);

        foreach (var order in new[] { files, files.Reverse().ToArray() })
        {
            var run = GeneratorHarness.Run(order);
            var reported = run.ReportedDiagnostics;

            // d.txt cannot be read: an error, which the generator reports, once.
            Assert.Equal(["CRIU013"], run.GeneratorDiagnostics.Select(d => d.Id));

            Assert.Equal(expected, reported.Select(Describe).Order(StringComparer.Ordinal));
            // Each file gets the severities of the .editorconfig sections that match it, and /other/ silences CRIU001.
            Assert.Equal(
                [("/catalogs/a.txt", DiagnosticSeverity.Warning), ("/catalogs/b.txt", DiagnosticSeverity.Error)],
                reported.Where(d => d.Id == "CRIU001").Select(d => (d.Location.GetLineSpan().Path, d.Severity)).OrderBy(p => p.Path, StringComparer.Ordinal));
            Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(reported, d => d.Id == "CRIU009").Severity);
        }
    }

    [Fact]
    public void A_catalog_with_a_thousand_diagnostics_leaves_the_generator_nothing_to_filter_after_a_CSharp_edit()
    {
        var text = new StringBuilder(CatalogFiles.SeedText);
        for (var i = 0; i < 1_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nstray line {i}");
        }

        var catalog = CatalogFiles.Catalog(text.ToString());
        var compilation = GeneratorHarness.CreateCompilation("public class A { }");
        var driver = GeneratorHarness.CreateDriver([catalog]).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Results.Single().Diagnostics);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class B { }", GeneratorHarness.ParseOptions));
        var second = driver.RunGenerators(edited).GetRunResult();

        Assert.Empty(second.Results.Single().Diagnostics);
        Assert.Empty(second.Diagnostics);
        var reported = AnalyzerHarness.CatalogDiagnostics(edited, [catalog]);
        Assert.Equal(1_000, reported.Count(d => d.Id == "CRIU001"));
        Assert.Equal(1_000, reported.Length);
    }

    [Fact]
    public async Task An_unchanged_catalog_is_not_read_again_for_a_new_compilation()
    {
        var analyzer = new CatalogDiagnosticAnalyzer();
        var catalog = CatalogFiles.Catalog(Broken);
        var editorConfig = CatalogFiles.Other("[*.txt]\ndotnet_diagnostic.CRIU002.severity = error\n", "/catalogs/.editorconfig");
        var compilation = GeneratorHarness.CreateCompilation("public class A { }");
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class B { }", GeneratorHarness.ParseOptions));

        var first = await AnalyzerHarness.RunAsync(compilation, analyzer, [catalog, editorConfig]);
        var second = await AnalyzerHarness.RunAsync(edited, analyzer, [catalog, editorConfig]);
        var changed = await AnalyzerHarness.RunAsync(edited, analyzer, [CatalogFiles.Catalog(Broken), editorConfig]);

        // The same Diagnostic instances come back only when nothing was parsed, built or resolved again.
        Assert.Equal(6, first.Length);
        Assert.Equal(first.OrderBy(Describe, StringComparer.Ordinal), second.OrderBy(Describe, StringComparer.Ordinal), ReferenceEqualityComparer.Instance);
        Assert.Equal(first.Select(Describe).Order(StringComparer.Ordinal), changed.Select(Describe).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(changed, d => first.Contains(d, ReferenceEqualityComparer.Instance));
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(second, d => d.Id == "CRIU002").Severity);
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return Describe(diagnostic.Id, span.Path, span.StartLinePosition.Line, diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
    }

    private static string Describe(string id, string path, int line, int start, int length)
        => string.Create(CultureInfo.InvariantCulture, $"{id} {path}:{line} [{start}+{length}]");
}
