using System.Collections.Generic;
using System.Linq;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// <c>dotnet_diagnostic.CRIUxxx.severity</c> in <c>.editorconfig</c> files at and above the catalog (passed as
/// AdditionalFiles by the package's targets) changes the severity of the catalog diagnostics, resolved as the
/// compiler resolves it for a file at the catalog's path.
/// </summary>
public class SeverityConfigurationTests
{
    /// <summary>CRIU002 (line 2), CRIU001 (4), CRIU003 (5), CRIU004 (6), CRIU005 (7), CRIU006 (8): all warnings by default.</summary>
    private const string Catalog = """
        Title
        [SoCC '24] Before any category
        - Systems
        a stray line
        [SoCC 24] No apostrophe
        [ '24] No venue
        [SoCC '24]
        [SoCC '24 Never closed
        """;

    [Fact]
    public void Without_an_editorconfig_every_diagnostic_keeps_its_default_severity()
    {
        var severities = Severities(Run());

        Assert.Equal(["CRIU001", "CRIU002", "CRIU003", "CRIU004", "CRIU005", "CRIU006"], severities.Keys.Order(System.StringComparer.Ordinal));
        Assert.All(severities.Values, s => Assert.Equal(DiagnosticSeverity.Warning, s));
    }

    [Fact]
    public void A_section_matching_the_catalog_sets_error_none_suggestion_silent_and_default()
    {
        var run = Run(EditorConfig("/catalogs/.editorconfig", """
            root = true

            [*.txt]
            dotnet_diagnostic.CRIU001.severity = error
            dotnet_diagnostic.CRIU002.severity = none
            dotnet_diagnostic.CRIU003.severity = suggestion
            dotnet_diagnostic.CRIU004.severity = silent
            dotnet_diagnostic.criu005.severity = default
            """));

        var severities = Severities(run);
        Assert.Equal(DiagnosticSeverity.Error, severities["CRIU001"]);
        Assert.False(severities.ContainsKey("CRIU002"));
        Assert.Equal(DiagnosticSeverity.Info, severities["CRIU003"]);
        Assert.Equal(DiagnosticSeverity.Hidden, severities["CRIU004"]);
        Assert.Equal(DiagnosticSeverity.Warning, severities["CRIU005"]);
        Assert.Equal(DiagnosticSeverity.Warning, severities["CRIU006"]);

        // Only the severity changes: the descriptor, location and message stay as they are.
        var error = run.ReportedDiagnostics.Single(d => d.Id == "CRIU001");
        Assert.Equal(DiagnosticSeverity.Warning, error.DefaultSeverity);
        Assert.Equal(3, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(CatalogFiles.SeedPath, error.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_nearer_editorconfig_overrides_one_further_up()
    {
        var run = Run(
            EditorConfig("/.editorconfig", """
                root = true
                [*]
                dotnet_diagnostic.CRIU001.severity = error
                dotnet_diagnostic.CRIU003.severity = error
                """),
            EditorConfig("/catalogs/.editorconfig", """
                [*.txt]
                dotnet_diagnostic.CRIU001.severity = none
                """));

        var severities = Severities(run);
        Assert.False(severities.ContainsKey("CRIU001"));
        Assert.Equal(DiagnosticSeverity.Error, severities["CRIU003"]);
    }

    [Fact]
    public void Root_true_stops_the_lookup()
    {
        var run = Run(
            EditorConfig("/.editorconfig", """
                [*]
                dotnet_diagnostic.CRIU001.severity = error
                """),
            EditorConfig("/catalogs/.editorconfig", """
                root = true
                [*.txt]
                dotnet_diagnostic.CRIU003.severity = error
                """));

        var severities = Severities(run);
        Assert.Equal(DiagnosticSeverity.Warning, severities["CRIU001"]);
        Assert.Equal(DiagnosticSeverity.Error, severities["CRIU003"]);
    }

    [Theory]
    [InlineData("/catalogs/.editorconfig", "[*.cs]")]
    [InlineData("/catalogs/.editorconfig", "[other.txt]")]
    [InlineData("/catalogs/.editorconfig", "[sub/*.txt]")]
    [InlineData("/elsewhere/.editorconfig", "[*]")]
    [InlineData("/catalogs/sub/.editorconfig", "[*]")]
    public void A_section_or_file_that_does_not_match_the_catalog_has_no_effect(string path, string section)
    {
        var run = Run(EditorConfig(path, section + "\ndotnet_diagnostic.CRIU001.severity = error\n"));

        Assert.Equal(DiagnosticSeverity.Warning, Severities(run)["CRIU001"]);
    }

    [Theory]
    [InlineData("[[[\n= =\n\0\u0001\ndotnet_diagnostic.CRIU001.severity\n[*.txt\ndotnet_diagnostic.CRIU001.severity = loud\n")]
    [InlineData("[*.txt]\ndotnet_diagnostic..severity = error\ndotnet_diagnostic.CRIU001.severity = error = none\n")]
    [InlineData("[{a,b]\n[*.{txt\n[**/../*.txt]\n")]
    [InlineData("")]
    public void Malformed_editorconfig_text_never_throws_and_changes_nothing(string text)
    {
        var run = Run(EditorConfig("/catalogs/.editorconfig", text));

        Assert.Null(run.Generator.Exception);
        Assert.Equal(6, run.ReportedDiagnostics.Count);
        Assert.All(run.ReportedDiagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void A_malformed_line_does_not_hide_the_valid_ones()
    {
        var run = Run(EditorConfig("/catalogs/.editorconfig", "this is not = = valid\n[*.txt]\n]]]\ndotnet_diagnostic.CRIU001.severity = error\n"));

        Assert.Equal(DiagnosticSeverity.Error, Severities(run)["CRIU001"]);
    }

    [Fact]
    public void An_editorconfig_with_a_relative_path_or_no_text_is_ignored()
    {
        var run = Run(
            EditorConfig(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CRIU001.severity = error\n"),
            new UnreadableAdditionalText("/catalogs/.editorconfig"));

        Assert.Null(run.Generator.Exception);
        Assert.Equal(DiagnosticSeverity.Warning, Severities(run)["CRIU001"]);
    }

    [Fact]
    public void Error_severity_fails_the_compilation()
    {
        var run = Run(EditorConfig("/catalogs/.editorconfig", "[*.txt]\ndotnet_diagnostic.CRIU001.severity = error\n"));

        Assert.Contains(run.ReportedDiagnostics, d => d.Id == "CRIU001" && d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed);
    }

    private static InMemoryAdditionalText EditorConfig(string path, string text) => CatalogFiles.Other(text, path);

    private static GeneratorRun Run(params AdditionalText[] editorConfigs)
        => GeneratorHarness.Run([CatalogFiles.Catalog(Catalog), .. editorConfigs]);

    /// <summary>Each reported diagnostic's severity by id; every id in <see cref="Catalog"/> is reported once.</summary>
    private static Dictionary<string, DiagnosticSeverity> Severities(GeneratorRun run)
        => run.ReportedDiagnostics.ToDictionary(d => d.Id, d => d.Severity, System.StringComparer.Ordinal);
}
