using System;
using System.Linq;
using System.Reflection;
using System.Threading;
using CriuCatalog.Generator.Model;
using CriuCatalog.Generator.Naming;
using CriuCatalog.Generator.Parsing;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Tests;

/// <summary>Pins and former names (docs/catalog-format.md, "Pinning and renames"): read, allocated, emitted.</summary>
public class PinTests
{
    private const string MarkdownPath = "/catalogs/papers.md";

    // Reading a pin.

    [Fact]
    public void A_plain_entry_ends_with_a_pin_that_is_not_part_of_its_title()
    {
        var (text, spans) = Markup.Parse("T\n- A\n[OSDI '25] Cricket: A second system  [|{#CricketTwo}|]  \n");

        var entry = Assert.Single(Parse(text).Entries);

        Assert.Equal("Cricket: A second system", entry.Title);
        var pin = entry.Pin!;
        Assert.Equal(("CricketTwo", (string?)null), (pin.Identifier, pin.Key));
        Assert.Empty(pin.Aliases);
        Assert.Equal(spans[0], pin.Location.Span);
        Assert.Equal((2, 37, 2, 50), (pin.Location.LineSpan.Start.Line, pin.Location.LineSpan.Start.Character, pin.Location.LineSpan.End.Line, pin.Location.LineSpan.End.Character));
    }

    [Fact]
    public void A_pin_may_give_a_key_and_former_names()
    {
        var entry = Assert.Single(Parse("T\n- A\n[arXiv '23] PARALLELGPUOS: A Concurrent OS {#ParallelGpuOs pgos aka Parallelgpuos, OldPgos}\n").Entries);

        Assert.Equal("PARALLELGPUOS: A Concurrent OS", entry.Title);
        Assert.Equal(("ParallelGpuOs", "pgos"), (entry.Pin!.Identifier, entry.Pin.Key));
        Assert.Equal(["Parallelgpuos", "OldPgos"], entry.Pin.Aliases);
    }

    [Theory]
    [InlineData("[X '24] Set {#x} notation in titles", "Set {#x} notation in titles")]
    [InlineData("[X '24] A title {with braces}", "A title {with braces}")]
    [InlineData("[X '24] Two {#A} {#B}", "Two {#A}")]
    public void Only_a_pin_at_the_very_end_is_a_pin(string line, string title)
    {
        var entry = Assert.Single(Parse("T\n- A\n" + line + "\n").Entries);

        Assert.Equal(title, entry.Title);
    }

    [Fact]
    public void A_plain_list_has_no_comment_pins()
    {
        var entry = Assert.Single(Parse("T\n- A\n[X '24] Title <!-- id: Foo -->\n").Entries);

        Assert.Null(entry.Pin);
        Assert.Equal("Title <!-- id: Foo -->", entry.Title);
    }

    [Theory]
    [InlineData("- [OSDI '25] [Cricket: A second system](https://example.org/c) [|<!-- id: CricketTwo -->|]")]
    [InlineData("- [OSDI '25] [Cricket: A second system](https://example.org/c) [|{#CricketTwo}|]")]
    [InlineData("[OSDI '25] **Cricket: A second system** [|<!--id:CricketTwo-->|]")]
    public void A_markdown_entry_takes_a_pin_or_an_id_comment(string line)
    {
        var (text, spans) = Markup.Parse("# T\n## A\n" + line + "\n");

        var document = Parse(text, MarkdownPath);

        var entry = Assert.Single(document.Entries);
        Assert.Equal("Cricket: A second system", entry.Title);
        Assert.Equal("CricketTwo", entry.Pin!.Identifier);
        Assert.Equal(spans[0], entry.Pin.Location.Span);
        Assert.Empty(document.Diagnostics);
        Assert.DoesNotContain(entry.Notes, n => n.Contains("CricketTwo", StringComparison.Ordinal));
    }

    [Fact]
    public void A_markdown_pin_may_give_former_names()
    {
        var entry = Assert.Single(Parse("# T\n## A\n- [arXiv '23] PARALLELGPUOS: A Concurrent OS <!-- id: ParallelGpuOs aka Parallelgpuos -->\n", MarkdownPath).Entries);

        Assert.Equal(("ParallelGpuOs", "Parallelgpuos"), (entry.Pin!.Identifier, Assert.Single(entry.Pin.Aliases)));
    }

    [Theory]
    [InlineData("CricketTwo", "cricket-two")]
    [InlineData("RRC", "rrc")]
    [InlineData("GPUSnap", "gpu-snap")]
    [InlineData("Osdi25", "osdi25")]
    [InlineData("CricketOsdi25", "cricket-osdi25")]
    [InlineData("Parallelgpuos", "parallelgpuos")]
    [InlineData("ParallelGpuOs", "parallel-gpu-os")]
    [InlineData("MigrOS", "migr-os")]
    [InlineData("Cricket_Two", "cricket-two")]
    [InlineData("Gpu3Dsnap", "gpu3-dsnap")]
    [InlineData("_5G", "5-g")]
    public void A_pinned_key_is_the_identifiers_words_in_lower_case(string identifier, string key)
        => Assert.Equal(key, IdentifierNaming.KeyOf(identifier));

    // Allocating pinned names.

    [Fact]
    public void A_pin_wins_over_an_older_papers_natural_name()
    {
        var result = Build("T\n- A\n[Wiley '21] Cricket: the original\n[OSDI '25] Cricket: a second system {#Cricket}\n");

        var papers = result.Model!.Papers;
        Assert.Equal(("Cricket", "cricket"), papers.Where(p => p.Title == "Cricket: a second system").Select(p => (p.Identifier, p.Key)).Single());
        Assert.Equal(("CricketWiley21", "cricket-wiley21"), papers.Where(p => p.Title == "Cricket: the original").Select(p => (p.Identifier, p.Key)).Single());
        var rename = Assert.Single(result.Diagnostics);
        Assert.Equal("CRIU009", rename.Descriptor.Id);
        Assert.Equal(2, rename.Location!.LineSpan.Start.Line);
        Assert.Equal("is already the name of 'Cricket: a second system'", rename.MessageArgs[3]);
    }

    [Fact]
    public void A_pin_with_a_key_fixes_both()
    {
        var paper = Build("T\n- A\n[OSDI '25] Cricket: a second system {#CricketTwo cricket-2}\n").Model!.Papers.Single();

        Assert.Equal(("CricketTwo", "cricket-2"), (paper.Identifier, paper.Key));
    }

    [Fact]
    public void Two_entries_pinned_to_one_name_are_an_error_at_the_second_naming_the_first_line()
    {
        var (text, spans) = Markup.Parse("T\n- A\n[X '20] First paper {#Twin}\n[Y '21] Second paper [|{#TWIN}|]\n");

        var result = Build(text);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("CRIU040", error.Descriptor.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Descriptor.DefaultSeverity);
        Assert.Equal(spans[0], error.Location!.Span);
        Assert.Equal(["Name", "TWIN", "pinned by 'First paper'", "3", "the entry gets its natural name"], error.MessageArgs);
        Assert.Equal(["Twin", "SecondPaper"], result.Model!.Papers.Select(p => p.Identifier));
    }

    [Fact]
    public void Two_equal_pinned_keys_are_an_error_too()
    {
        var result = Build("T\n- A\n[X '20] First paper {#One same}\n[Y '21] Second paper {#Two same}\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("CRIU040", "Key", "same"), (error.Descriptor.Id, error.MessageArgs[0], error.MessageArgs[1]));
        Assert.Equal(["One", "SecondPaper"], result.Model!.Papers.Select(p => p.Identifier));
    }

    [Fact]
    public void A_former_name_equal_to_another_pin_is_an_error()
    {
        var (text, spans) = Markup.Parse("T\n- A\n[X '20] First paper {#Twin}\n[Y '21] Second paper [|{#Second aka twin}|]\n");

        var result = Build(text);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("CRIU040", spans[0]), (error.Descriptor.Id, error.Location!.Span));
        Assert.Equal(["Former name", "twin", "pinned by 'First paper'", "3", "the former name is ignored"], error.MessageArgs);
        var second = result.Model!.Papers[1];
        Assert.Equal("Second", second.Identifier);
        Assert.Empty(second.Aliases);
    }

    [Theory]
    [InlineData("2Fast", "it is not a valid C# identifier")]
    [InlineData("class", "it is a C# keyword")]
    [InlineData("Cricket-Two", "it is not a valid C# identifier")]
    [InlineData("All", "the generated API already uses it")]
    [InlineData("tryfind", "the generated API already uses it")]
    [InlineData("GPU_CRIU", "it is the name of the category 'GPU CRIU'")]
    [InlineData("gpu_criu", "it is the name of the category 'GPU CRIU'")]
    public void A_pin_that_cannot_be_a_name_is_an_error_and_the_entry_keeps_its_natural_name(string pinned, string problem)
    {
        var (text, spans) = Markup.Parse("T\n- GPU CRIU\n[X '20] Cricket: first [|{#" + pinned + "}|]\n");

        var result = Build(text);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("CRIU041", error.Descriptor.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Descriptor.DefaultSeverity);
        Assert.Equal(spans[0], error.Location!.Span);
        Assert.Equal(["Name", pinned, problem, "the entry gets its natural name"], error.MessageArgs);
        Assert.Equal(
            $"Name '{pinned}' cannot be pinned: {problem}; the entry gets its natural name",
            string.Format(System.Globalization.CultureInfo.InvariantCulture, error.Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), [.. error.MessageArgs]));
        Assert.Equal(("Cricket", "cricket"), (result.Model!.Papers.Single().Identifier, result.Model.Papers.Single().Key));
    }

    [Fact]
    public void An_empty_pin_is_an_error()
    {
        var result = Build("T\n- A\n[X '20] Cricket {#}\n");

        Assert.Equal(("CRIU041", ""), (Assert.Single(result.Diagnostics).Descriptor.Id, result.Diagnostics[0].MessageArgs[1]));
        Assert.Equal("Cricket", result.Model!.Papers.Single().Identifier);
    }

    [Fact]
    public void One_paper_listed_with_two_different_pins_is_an_error_at_the_second()
    {
        var (text, spans) = Markup.Parse("T\n- A\n[X '20] Cricket: first {#CricketOne}\n- B\n[X '20] Cricket: first [|{#CricketTwo}|]\n[Y '21] Cricket: first {#CricketOne}\n");

        var result = Build(text);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("CRIU040", spans[0]), (error.Descriptor.Id, error.Location!.Span));
        Assert.Equal(["Paper", "Cricket: first", "pinned to 'CricketOne'", "3", "a paper has one pin, so this one is ignored"], error.MessageArgs);
        Assert.Equal("CricketOne", result.Model!.Papers.Single().Identifier);
    }

    [Fact]
    public void A_former_name_keeps_its_name_and_key_off_every_natural_name()
    {
        var result = Build("T\n- A\n[arXiv '23] PARALLELGPUOS: A Concurrent OS {#ParallelGpuOs aka Parallelgpuos, Pgos}\n[OSDI '24] PGOS: another paper\n");

        var papers = result.Model!.Papers;
        Assert.Equal(("ParallelGpuOs", "parallel-gpu-os"), (papers[0].Identifier, papers[0].Key));
        Assert.Equal([new PaperAliasModel("Parallelgpuos", "parallelgpuos"), new PaperAliasModel("Pgos", "pgos")], papers[0].Aliases);
        Assert.Equal(("PGOS_OSDI24", "pgos-osdi24"), (papers[1].Identifier, papers[1].Key));
        Assert.Equal([new PaperAliasModel("PgosOsdi24", null)], papers[1].Aliases);
        var rename = Assert.Single(result.Diagnostics);
        Assert.Equal(("CRIU009", "is a former name of 'PARALLELGPUOS: A Concurrent OS'"), (rename.Descriptor.Id, rename.MessageArgs[3]));
    }

    [Fact]
    public void A_former_name_may_differ_from_the_pin_only_in_case_but_not_repeat_it()
    {
        var result = Build("T\n- A\n[X '20] Cricket two {#CricketTwo aka Crickettwo, CricketTwo}\n");

        var paper = result.Model!.Papers.Single();
        Assert.Equal([new PaperAliasModel("Crickettwo", "crickettwo")], paper.Aliases);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("CRIU040", "CricketTwo"), (error.Descriptor.Id, error.MessageArgs[1]));
    }

    [Fact]
    public void A_former_name_whose_key_is_the_papers_own_keeps_only_its_name()
    {
        var paper = Build("T\n- A\n[X '20] Cricket two {#CricketTwo aka Cricket_Two}\n").Model!.Papers.Single();

        Assert.Equal([new PaperAliasModel("Cricket_Two", null)], paper.Aliases);
    }

    [Fact]
    public void Pins_of_several_files_of_one_catalog_are_checked_in_path_order_and_name_the_other_file()
    {
        var (text, spans) = Markup.Parse("T\n- A\n[Y '21] Second paper [|{#Twin}|]\n");
        var result = CatalogBuilder.Build(
            [Parse(text, "/catalogs/b.txt"), Parse("T\n- A\n\n[X '22] First paper {#Twin}\n", "/catalogs/a.txt")],
            CancellationToken.None);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("CRIU040", "/catalogs/b.txt", spans[0]), (error.Descriptor.Id, error.Location!.FilePath, error.Location.Span));
        Assert.Equal(["Name", "Twin", "pinned by 'First paper'", "4 of a.txt", "the entry gets its natural name"], error.MessageArgs);
        Assert.Equal(["Twin", "SecondPaper"], result.Model!.Papers.OrderBy(p => p.Title, StringComparer.Ordinal).Select(p => p.Identifier));
    }

    [Fact]
    public void A_markdown_pin_is_allocated_as_a_plain_one()
    {
        var result = CatalogBuilder.Build([Parse("# T\n## A\n- [Wiley '21] Cricket: the original\n- [OSDI '25] Cricket: second <!-- id: Cricket -->\n", MarkdownPath)], CancellationToken.None);

        Assert.Equal(["CricketWiley21", "Cricket"], result.Model!.Papers.Select(p => p.Identifier));
    }

    // The generated code.

    private const string RenamedCatalog = "Catalog\n- GPU CRIU\n[arXiv '23] PARALLELGPUOS: A Concurrent OS {#ParallelGpuOs aka Parallelgpuos, Pgos}\n[Wiley '21] Cricket: A virtualization layer\n";

    [Fact]
    public void A_former_name_compiles_with_exactly_an_obsolete_warning_and_its_key_still_resolves()
    {
        const string consumer = """
            namespace Consumer
            {
                internal static class Uses
                {
                    [CriuCatalog.Cites(CriuCatalog.PaperId.Parallelgpuos)]
                    public static CriuCatalog.Paper Old() => CriuCatalog.Papers.Parallelgpuos;

                    public static bool Find(string key, out CriuCatalog.Paper? paper) => CriuCatalog.Papers.TryFind(key, out paper);
                }
            }
            """;
        var run = GeneratorHarness.Run(RenamedCatalog, consumer);

        Assert.Empty(run.ReportedDiagnostics);
        var (diagnostics, _) = run.Emit();
        Assert.True(diagnostics.Count == 2, string.Join("\n", diagnostics));
        Assert.All(diagnostics, d =>
        {
            Assert.Equal("CS0618", d.Id);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Equal("Consumer.cs", d.Location.GetLineSpan().Path);
            Assert.EndsWith("is obsolete: 'Renamed to ParallelGpuOs'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        });

        var assembly = run.Load();
        var papers = assembly.GetType("CriuCatalog.Papers")!;
        var current = papers.GetProperty("ParallelGpuOs")!.GetValue(null)!;
        Assert.Same(current, papers.GetProperty("Parallelgpuos")!.GetValue(null));
        Assert.Equal("parallel-gpu-os", CompiledCatalog.Read(current, "Key"));

        var find = assembly.GetType("Consumer.Uses")!.GetMethod("Find")!;
        foreach (var key in new[] { "parallel-gpu-os", "parallelgpuos", "pgos" })
        {
            object?[] args = [key, null];
            Assert.True((bool)find.Invoke(null, args)!, key);
            Assert.Same(current, args[1]);
        }

        object?[] cricket = ["cricket", null];
        Assert.True((bool)find.Invoke(null, cricket)!);
        Assert.Equal("Cricket: A virtualization layer", CompiledCatalog.Read(cricket[1]!, "Title"));
        object?[] none = ["parallelgpuo", null];
        Assert.False((bool)find.Invoke(null, none)!);

        var paperId = assembly.GetType("CriuCatalog.PaperId")!;
        Assert.Equal(Enum.Parse(paperId, "ParallelGpuOs"), Enum.Parse(paperId, "Parallelgpuos"));
        Assert.NotNull(paperId.GetField("Parallelgpuos")!.GetCustomAttribute<ObsoleteAttribute>());
        Assert.Equal("Renamed to ParallelGpuOs", paperId.GetField("Pgos")!.GetCustomAttribute<ObsoleteAttribute>()!.Message);

        // The old name cites the paper.
        var isCited = assembly.GetType("CriuCatalog.Bibliography")!.GetMethod("IsCited", [paperId])!;
        Assert.True((bool)isCited.Invoke(null, [Enum.Parse(paperId, "ParallelGpuOs")])!);
        Assert.Contains("case PaperId.ParallelGpuOs:", run.Sources["Bibliography.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_code_of_a_catalog_with_former_names_has_no_warning()
    {
        var run = GeneratorHarness.Run(RenamedCatalog);

        Assert.Empty(run.Emit().Diagnostics);
        Assert.Contains("[global::System.Obsolete(\"Renamed to ParallelGpuOs\")]", run.Sources["CatalogEnums.g.cs"], StringComparison.Ordinal);
        Assert.Contains("Parallelgpuos = 0,", run.Sources["CatalogEnums.g.cs"], StringComparison.Ordinal);
    }

    private static CatalogDocument Parse(string text, string path = CatalogFiles.SeedPath)
        => CatalogParser.Parse(new CatalogSource(path, text), CancellationToken.None);

    private static CatalogBuildResult Build(string text)
        => CatalogBuilder.Build([Parse(text)], CancellationToken.None);
}
