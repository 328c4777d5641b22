using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// C# 7.3, the default of .NET Standard 2.0 and .NET Framework projects, gets the catalog without nullable
/// annotations: no <c>#nullable</c>, no <c>string?</c>, and otherwise the same code, so it reads back the same.
/// </summary>
public sealed class CSharp73Tests
{
    private static readonly CSharpParseOptions CSharp73 = GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_3);

    private const string Citing = """
        using CriuCatalog;

        /// <summary>Cites two papers.</summary>
        [Cites(PaperId.Cricket)]
        public static class Store
        {
            /// <summary>Cites one.</summary>
            [Cites(PaperId.AsyncFork)]
            public static void Fork() { }
        }
        """;

    /// <summary>The seed, a Markdown list, and the seed with its data read from metadata (a string budget of 0).</summary>
    public static TheoryData<string> Catalogs => new() { "seed", "awesome", "seed-from-metadata" };

    private static GeneratorRun Run(string catalog, CSharpParseOptions parseOptions) => catalog switch
    {
        "seed" => GeneratorHarness.Run(CatalogFiles.SeedText, Citing, parseOptions),
        "seed-from-metadata" => GeneratorHarness.Run(
            CatalogFiles.SeedText,
            Citing,
            parseOptions,
            System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("build_property.PaperCatalogStringDataBudget", "0")),
        _ => GeneratorHarness.Run([CatalogFiles.Catalog(MarkdownFixtures.Awesome, MarkdownFixtures.AwesomePath)], parseOptions: parseOptions),
    };

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void The_catalog_compiles_as_CSharp_7_3_with_no_diagnostic_at_warning_level_9999(string catalog)
    {
        var run = Run(catalog, CSharp73);

        Assert.Equal(7, run.Sources.Count);
        Assert.Empty(run.Emit().Diagnostics);

        // The catalog's own diagnostics (the fixture has some on purpose) are those of any other C# version.
        static IEnumerable<string> Shown(GeneratorRun run) => run.ReportedDiagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan());
        Assert.Equal(Shown(Run(catalog, GeneratorHarness.ParseOptions)), Shown(run));
        Assert.DoesNotContain(run.ReportedDiagnostics, d => d.Id == "CRIU015");
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Only_CSharp_8_and_later_get_nullable_annotations(string catalog)
    {
        var old = Run(catalog, CSharp73).Sources.Values.ToList();
        var current = Run(catalog, GeneratorHarness.ParseOptions).Sources.Values.ToList();

        Assert.All(old, text => Assert.DoesNotContain("#nullable", text, StringComparison.Ordinal));
        Assert.All(old, text => Assert.DoesNotContain("string?", text, StringComparison.Ordinal));
        Assert.All(current, text => Assert.Contains("#nullable enable", text, StringComparison.Ordinal));
        Assert.Contains(current, text => text.Contains("string? ArXivId", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void The_catalog_reads_back_the_same_in_CSharp_7_3_as_in_the_latest_CSharp(string catalog)
    {
        var old = Observe(CompiledCatalog.Load(Run(catalog, CSharp73)));
        var current = Observe(CompiledCatalog.Load(Run(catalog, GeneratorHarness.ParseOptions)));

        Assert.True(old.Count > 100, "too little was read: " + old.Count);
        Assert.Equal(current, old);
    }

    [Fact]
    public void The_bibliography_of_a_CSharp_7_3_project_lists_what_it_cites()
    {
        var catalog = CompiledCatalog.Load(Run("seed", CSharp73));
        var paperId = catalog.Type("PaperId");
        var isCited = catalog.Type("Bibliography").GetMethod("IsCited", [paperId])!;

        Assert.True((bool)isCited.Invoke(null, [Enum.Parse(paperId, "Cricket")])!);
        Assert.True((bool)isCited.Invoke(null, [Enum.Parse(paperId, "AsyncFork")])!);
        Assert.False((bool)isCited.Invoke(null, [Enum.Parse(paperId, "Singularity")])!);
        var cited = ((IEnumerable)catalog.Type("Bibliography").GetProperty("Cited")!.GetValue(null)!).Cast<object>().ToList();
        Assert.Equal(2, cited.Count);
    }

    /// <summary>
    /// Everything the catalog's API answers, as lines: each paper's fields and exports, each category's parent and
    /// papers, each venue's kind, every key found by <c>TryFind</c> and a miss, and the whole catalog's exports.
    /// </summary>
    private static List<string> Observe(CompiledCatalog catalog)
    {
        var lines = new List<string>();
        var tryFind = catalog.Type("Papers").GetMethod("TryFind")!;
        foreach (var paper in catalog.Papers())
        {
            foreach (var property in new[] { "Id", "Key", "Title", "ShortName", "Venue", "Year", "ArXivId", "Url", "Doi", "Citation" })
            {
                lines.Add(property + ": " + CompiledCatalog.Read(paper, property));
            }

            foreach (var list in new[] { "Categories", "Publications", "Links", "Tags", "Notes" })
            {
                lines.Add(list + ": " + string.Join(" | ", ((IEnumerable)CompiledCatalog.Read(paper, list)!).Cast<object>()));
            }

            lines.Add(CompiledCatalog.Call(paper, "ToBibTeX") + "\n" + CompiledCatalog.Call(paper, "ToMarkdown"));
            var arguments = new object?[] { CompiledCatalog.Read(paper, "Key"), null };
            lines.Add("found: " + tryFind.Invoke(null, arguments) + " " + ReferenceEquals(arguments[1], paper));
        }

        var miss = new object?[] { "no-such-paper", null };
        lines.Add("miss: " + tryFind.Invoke(null, miss) + " " + (miss[1] is null));

        var extensions = catalog.Type("CatalogEnumExtensions");
        var category = catalog.Type("Category");
        var inCategory = catalog.Type("Papers").GetMethod("InCategory", [category])!;
        foreach (var value in Enum.GetValues(category).Cast<object>().Distinct())
        {
            var papers = ((IEnumerable)inCategory.Invoke(null, [value])!).Cast<object>().Select(p => CompiledCatalog.Read(p, "Key"));
            lines.Add($"{value}: parent {Invoke(extensions, "Parent", category, value)}; {string.Join(", ", papers)}");
        }

        var venue = catalog.Type("Venue");
        foreach (var value in Enum.GetValues(venue).Cast<object>().Distinct())
        {
            lines.Add($"{value}: {Invoke(extensions, "ToDisplayName", venue, value)}, {Invoke(extensions, "Kind", venue, value)}");
        }

        lines.Add((string)catalog.Type("Papers").GetMethod("ToBibTeX", Type.EmptyTypes)!.Invoke(null, null)!);
        lines.Add((string)catalog.Type("Papers").GetMethod("ToMarkdown", Type.EmptyTypes)!.Invoke(null, null)!);
        return lines;
    }

    private static object? Invoke(Type type, string method, Type parameter, object value)
        => type.GetMethod(method, BindingFlags.Public | BindingFlags.Static, [parameter])!.Invoke(null, [value]);
}
