using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CriuCatalog.Generator.Analyzers;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// <see cref="PaperKeyAnalyzer"/> over the generated catalog: which string keys it reports, where, with which
/// message, and what it hands the code fix.
/// </summary>
public class PaperKeyAnalyzerTests
{
    /// <summary>Three papers whose keys are one edit from each other, to check how suggestions are ranked and cut.</summary>
    private const string AlphaCatalog = """
        Alphas
        - Things
        [OSDI '20] Alpha: one
        [OSDI '20] Alphd: four
        [OSDI '20] Alphb: two
        [OSDI '20] Alphc: three
        """;

    private static string Program(string statement) => $$"""
        using CriuCatalog;

        public static class Program
        {
            public static bool Run()
            {
                {{statement}}
            }
        }
        """;

    [Fact]
    public async Task A_misspelt_key_is_a_warning_on_the_literal_with_the_closest_key()
    {
        var source = Program("""return Papers.TryFind("crickett", out var paper);""");

        var diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeWithSeedAsync(source));

        Assert.Equal("CRIU101", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(SpanOf(source, "\"crickett\""), diagnostic.Location.SourceSpan);
        Assert.Equal("Consumer.cs", diagnostic.Location.SourceTree!.FilePath);
        Assert.Equal(
            "No paper in the catalog has the key 'crickett', so this lookup always fails; did you mean 'cricket'?",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("cricket", diagnostic.Properties[PaperKeyProperties.SuggestedKeys]);
        Assert.Equal("Cricket", diagnostic.Properties[PaperKeyProperties.SuggestedMembers]);
    }

    [Theory]
    [InlineData("crikcet", "cricket")] // two neighbouring letters swapped: one edit
    [InlineData("Cricket", "cricket")] // case only: keys are compared ordinally, so this lookup fails too
    [InlineData("asyncfork", "async-fork")] // the identifier's spelling, lower-cased
    [InlineData("AsyncFork", "async-fork")]
    [InlineData("on-demand-fok", "on-demand-fork")]
    public async Task A_near_miss_suggests_the_key(string written, string suggested)
    {
        var diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeWithSeedAsync(Program($"return Papers.TryFind(\"{written}\", out _);")));

        Assert.Equal("CRIU101", diagnostic.Id);
        Assert.Equal(
            $"No paper in the catalog has the key '{written}', so this lookup always fails; did you mean '{suggested}'?",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(suggested, diagnostic.Properties[PaperKeyProperties.SuggestedKeys]);
    }

    [Theory]
    [InlineData("quantum-teleportation")]
    [InlineData("")]
    [InlineData("x")]
    public async Task A_key_far_from_every_key_gets_no_suggestion(string written)
    {
        var diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeWithSeedAsync(Program($"return Papers.TryFind(\"{written}\", out _);")));

        Assert.Equal("CRIU101", diagnostic.Id);
        Assert.Equal(
            $"No paper in the catalog has the key '{written}', so this lookup always fails",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("", diagnostic.Properties[PaperKeyProperties.SuggestedKeys]);
        Assert.Equal("", diagnostic.Properties[PaperKeyProperties.SuggestedMembers]);
    }

    [Fact]
    public async Task A_former_key_of_a_renamed_paper_is_neither_unknown_nor_offered_as_a_typed_reference()
    {
        const string catalog = "Papers\n- Things\n[OSDI '20] Alpha: one {#AlphaOne aka Alpha}\n";

        Assert.Empty(await AnalyzerHarness.AnalyzeAsync([CatalogFiles.Catalog(catalog)], Program("""return Papers.TryFind("alpha", out _);""")));
        Assert.Equal("CRIU102", Assert.Single(await AnalyzerHarness.AnalyzeAsync([CatalogFiles.Catalog(catalog)], Program("""return Papers.TryFind("alpha-one", out _);"""))).Id);
        var unknown = Assert.Single(await AnalyzerHarness.AnalyzeAsync([CatalogFiles.Catalog(catalog)], Program("""return Papers.TryFind("alpha-on", out _);""")));
        Assert.Equal(("CRIU101", "alpha-one"), (unknown.Id, unknown.Properties[PaperKeyProperties.SuggestedKeys]));
    }

    [Fact]
    public async Task Suggestions_are_the_three_closest_keys_in_ordinal_order()
    {
        var diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeAsync(
            [CatalogFiles.Catalog(AlphaCatalog)],
            Program("""return Papers.TryFind("alphz", out _);""")));

        Assert.Equal(
            "No paper in the catalog has the key 'alphz', so this lookup always fails; did you mean 'alpha', 'alphb' or 'alphc'?",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("alpha alphb alphc", diagnostic.Properties[PaperKeyProperties.SuggestedKeys]);
        Assert.Equal("Alpha Alphb Alphc", diagnostic.Properties[PaperKeyProperties.SuggestedMembers]);
    }

    [Fact]
    public async Task A_closer_key_comes_before_an_ordinally_smaller_one()
    {
        var diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeAsync(
            [CatalogFiles.Catalog(AlphaCatalog)],
            Program("""return Papers.TryFind("xlphd", out _);""")));

        Assert.Equal("alphd", diagnostic.Properties[PaperKeyProperties.SuggestedKeys]);
    }

    [Fact]
    public async Task A_valid_literal_key_is_an_info_that_carries_the_paper()
    {
        var source = Program("""return Papers.TryFind("cricket", out var paper);""");

        var diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeWithSeedAsync(source));

        Assert.Equal("CRIU102", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(SpanOf(source, "\"cricket\""), diagnostic.Location.SourceSpan);
        Assert.Equal(
            "The key 'cricket' is the paper Papers.Cricket; write Papers.Cricket.Key so that the compiler checks it",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Cricket", diagnostic.Properties[PaperKeyProperties.PaperMember]);
        Assert.Equal("Cricket", diagnostic.Properties[PaperKeyProperties.PaperIdMember]);
        Assert.Equal("cricket", diagnostic.Properties[PaperKeyProperties.Key]);
    }

    [Fact]
    public async Task A_named_argument_out_of_order_is_checked()
    {
        var source = Program("""return Papers.TryFind(paper: out var p, key: "async-frok");""");

        var diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeWithSeedAsync(source));

        Assert.Equal("CRIU101", diagnostic.Id);
        Assert.Equal(SpanOf(source, "\"async-frok\""), diagnostic.Location.SourceSpan);
        Assert.Equal("async-fork", diagnostic.Properties[PaperKeyProperties.SuggestedKeys]);
    }

    [Fact]
    public async Task A_constant_that_names_no_paper_is_reported_where_it_is_used()
    {
        var source = """
            using CriuCatalog;

            public static class Program
            {
                private const string Favourite = "crickett";

                public static bool Run() => Papers.TryFind(Favourite, out _);
            }
            """;

        var diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeWithSeedAsync(source));

        Assert.Equal("CRIU101", diagnostic.Id);
        Assert.Equal(new TextSpan(SpanOf(source, "Favourite, out").Start, "Favourite".Length), diagnostic.Location.SourceSpan);
    }

    [Theory]
    [InlineData("""private const string Favourite = "cricket"; public static bool Run() => Papers.TryFind(Favourite, out _);""")]
    [InlineData("""public static bool Run() => Papers.TryFind("crick" + "et", out _);""")]
    public async Task A_valid_key_that_is_not_a_literal_is_left_alone(string members)
    {
        var source = $$"""
            using CriuCatalog;

            public static class Program
            {
                {{members}}
            }
            """;

        Assert.Empty(await AnalyzerHarness.AnalyzeWithSeedAsync(source));
    }

    [Theory]
    [InlineData("""string key = "crickett"; return Papers.TryFind(key, out _);""")]
    [InlineData("""return Papers.TryFind(null, out _);""")]
    [InlineData("""return Papers.TryFind(System.Console.ReadLine(), out _);""")]
    [InlineData("""return Papers.ByYear(2024).Count > 0 && Papers.Get(PaperId.Cricket) != null;""")]
    [InlineData("""return string.Equals("crickett", "cricket", System.StringComparison.Ordinal) && Other.TryFind("crickett");""")]
    public async Task Non_constant_keys_and_other_methods_are_not_checked(string statement)
    {
        var source = Program(statement) + """

            public static class Other
            {
                public static bool TryFind(string key) => key.Length > 0;
            }
            """;

        Assert.Empty(await AnalyzerHarness.AnalyzeWithSeedAsync(source));
    }

    [Fact]
    public async Task Nothing_is_reported_without_a_catalog()
    {
        // A hand-written Papers in the same namespace, and a text file that is not marked as a catalog.
        var source = """
            namespace CriuCatalog
            {
                public static class Papers
                {
                    public static bool TryFind(string key, out object? paper)
                    {
                        paper = null;
                        return key.Length == 0;
                    }
                }

                public static class Program
                {
                    public static bool Run() => Papers.TryFind("crickett", out _);
                }
            }
            """;

        Assert.Empty(await AnalyzerHarness.AnalyzeAsync([], source));
        Assert.Empty(await AnalyzerHarness.AnalyzeAsync([CatalogFiles.Other(CatalogFiles.SeedText, "/catalogs/notes.txt")], source));
    }

    [Fact]
    public async Task Generated_code_is_not_analyzed()
    {
        var source = "// <auto-generated/>\n" + Program("""return Papers.TryFind("crickett", out _) || Papers.TryFind("cricket", out _);""");

        Assert.Empty(await AnalyzerHarness.AnalyzeWithSeedAsync(source));
    }

    [Fact]
    public async Task Every_lookup_in_a_file_is_reported_in_order()
    {
        var source = Program("""return Papers.TryFind("dapper", out _) && Papers.TryFind("dappr", out _) && Papers.TryFind("zzz", out _);""");

        var diagnostics = await AnalyzerHarness.AnalyzeWithSeedAsync(source);

        Assert.Equal(
            [("CRIU102", "\"dapper\""), ("CRIU101", "\"dappr\""), ("CRIU101", "\"zzz\"")],
            diagnostics.Select(d => (d.Id, source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))).ToList());
    }

    [Fact]
    public async Task The_analyzer_reads_the_catalog_again_when_it_changes()
    {
        // One analyzer instance over two compilations, as in an IDE session: the second catalog renames the paper.
        var analyzer = new PaperKeyAnalyzer();
        var source = Program("""return Papers.TryFind("alpha", out _);""");
        List<string> ids = [];
        foreach (var catalog in new[] { AlphaCatalog, AlphaCatalog.Replace("Alpha: one", "Omega: one", StringComparison.Ordinal) })
        {
            AdditionalText[] texts = [CatalogFiles.Catalog(catalog)];
            var output = GeneratorHarness.Run(texts, source).Output;
            var diagnostics = await output.WithAnalyzers([analyzer], AnalyzerHarness.Options(texts)).GetAnalyzerDiagnosticsAsync();
            ids.Add(Assert.Single(diagnostics).Id);
        }

        Assert.Equal(["CRIU102", "CRIU101"], ids);
    }

    private static TextSpan SpanOf(string source, string text)
    {
        var start = source.IndexOf(text, StringComparison.Ordinal);
        Assert.True(start >= 0 && source.IndexOf(text, start + 1, StringComparison.Ordinal) < 0, $"'{text}' must occur once in the source.");
        return new TextSpan(start, text.Length);
    }
}
