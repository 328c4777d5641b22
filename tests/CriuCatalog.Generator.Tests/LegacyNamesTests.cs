using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// <c>PaperCatalogLegacyNames</c> (or <c>LegacyNames</c> on the item) set to <c>false</c> drops the obsolete aliases
/// that keep the first naming rule's names compiling; by default they are kept. A pin's <c>aka</c> stays either way.
/// </summary>
public class LegacyNamesTests
{
    private static readonly ImmutableDictionary<string, string> Off = ImmutableDictionary<string, string>.Empty.Add("build_property.PaperCatalogLegacyNames", "False ");

    [Fact]
    public void By_default_the_seed_keeps_its_rule_1_names_as_obsolete_members()
    {
        var run = GeneratorHarness.Run(CatalogFiles.SeedText);

        Assert.NotEmpty(ObsoleteMembers(run, "CriuCatalog.PaperId"));
        Assert.NotEmpty(ObsoleteMembers(run, "CriuCatalog.Category"));
        Assert.Empty(run.Emit().Diagnostics);
    }

    [Fact]
    public void False_drops_every_rule_1_alias_and_keeps_the_current_names_and_keys()
    {
        var kept = GeneratorHarness.Run(CatalogFiles.SeedText);
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, globalOptions: Off);

        Assert.Empty(ObsoleteMembers(run, "CriuCatalog.PaperId"));
        Assert.Empty(ObsoleteMembers(run, "CriuCatalog.Category"));
        Assert.Empty(ObsoleteMembers(run, "CriuCatalog.Venue"));
        Assert.Empty(run.Output.GetTypeByMetadataName("CriuCatalog.Papers")!.GetTypeMembers().Where(IsObsolete));
        Assert.Equal(kept.CurrentMembers("CriuCatalog.PaperId"), run.CurrentMembers("CriuCatalog.PaperId"));
        Assert.Equal(kept.CurrentMembers("CriuCatalog.Category"), run.CurrentMembers("CriuCatalog.Category"));
        Assert.Equal(kept.Sources["Exports.g.cs"], run.Sources["Exports.g.cs"]);
        Assert.Equal(kept.Sources["PaperTable.g.cs"], run.Sources["PaperTable.g.cs"]);
        Assert.True(run.Sources.Sum(s => s.Value.Length) < kept.Sources.Sum(s => s.Value.Length));
        Assert.Empty(run.Emit().Diagnostics);
        Assert.Empty(run.ReportedDiagnostics);
    }

    [Fact]
    public void A_pins_former_names_stay_without_legacy_names()
    {
        var run = GeneratorHarness.Run("Papers\n- Systems\n[OSDI '23] Cricket: One {#Cricket aka OldCricket}\n", globalOptions: Off);

        Assert.Equal(["OldCricket"], ObsoleteMembers(run, "CriuCatalog.PaperId"));
    }

    [Fact]
    public void A_value_that_is_not_true_or_false_is_CRIU034_and_the_aliases_are_kept()
    {
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(CatalogFiles.SeedText, "/catalogs/papers.txt", ("LegacyNames", "no"))]);

        var diagnostic = Assert.Single(run.ReportedDiagnostics);
        Assert.Equal("CRIU034", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/catalogs/papers.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(
            "'no', set by the catalog's LegacyNames metadata, is not 'true' or 'false'; the names of the first naming rule are kept as obsolete aliases, as by default",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.NotEmpty(ObsoleteMembers(run, "CriuCatalog.PaperId"));
    }

    [Fact]
    public void An_item_listed_twice_has_its_invalid_value_reported_once()
    {
        var catalog = CatalogFiles.Catalog(CatalogFiles.SeedText, "/catalogs/papers.txt", ("LegacyNames", "maybe"));
        var again = CatalogFiles.Catalog(CatalogFiles.SeedText, "/catalogs/papers.txt", ("LegacyNames", "maybe"));

        var run = GeneratorHarness.Run([catalog, again]);

        // Its entries count twice (CRIU007, as for any file listed twice); its configuration is checked once.
        Assert.Single(run.ReportedDiagnostics, d => d.Id == "CRIU034");
    }

    [Fact]
    public void Files_of_one_namespace_that_set_it_differently_are_CRIU033_and_the_first_files_value_holds()
    {
        var run = GeneratorHarness.Run(
        [
            CatalogFiles.Catalog("A\n- GPU CRIU\n[OSDI '23] Cricket: One\n", "/catalogs/a.txt", ("LegacyNames", "false")),
            CatalogFiles.Catalog("B\n- Y\n[SOSP '24] Dapper: Two\n", "/catalogs/b.txt"),
        ]);

        Assert.Empty(ObsoleteMembers(run, "CriuCatalog.Category"));
        Assert.Equal(
            ["/catalogs/b.txt: This file sets LegacyNames 'true', but it is part of the catalog in namespace 'CriuCatalog', which takes its LegacyNames 'false' from 'a.txt'; the files of one namespace are one catalog, so give them the same LegacyNames"],
            run.ReportedDiagnostics.Where(d => d.Id == "CRIU033").Select(d => d.Location.GetLineSpan().Path + ": " + d.GetMessage(CultureInfo.InvariantCulture)).ToList());
    }

    private static string[] ObsoleteMembers(GeneratorRun run, string enumName)
        => run.Output.GetTypeByMetadataName(enumName)!.GetMembers().OfType<IFieldSymbol>().Where(IsObsolete).Select(f => f.Name).ToArray();

    private static bool IsObsolete(ISymbol symbol)
        => symbol.GetAttributes().Any(a => a.AttributeClass?.Name == nameof(ObsoleteAttribute));
}
