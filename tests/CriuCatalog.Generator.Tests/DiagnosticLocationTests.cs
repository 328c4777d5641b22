using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// Every diagnostic about the catalog points at the exact text it is about, in the catalog file, so the editor
/// underlines the right characters (docs/diagnostics.md, "Where diagnostics point"). Each case marks the span it
/// expects with <c>[|…|]</c>; line and column are checked against Roslyn's own <see cref="SourceText"/> line map.
/// </summary>
public class DiagnosticLocationTests
{
    private const string OtherPath = "/catalogs/a-papers.txt";

    /// <summary>One catalog (or several files) that draws exactly one diagnostic, at the marked span.</summary>
    /// <param name="Id">The diagnostic expected.</param>
    /// <param name="Severity">Its default severity, as docs/diagnostics.md lists it.</param>
    /// <param name="Files">Each file's path and marked text; a null text is a file that cannot be read.</param>
    private sealed record Case(string Id, DiagnosticSeverity Severity, params (string Path, string? Markup)[] Files)
    {
        public Case(string id, DiagnosticSeverity severity, string markup)
            : this(id, severity, (CatalogFiles.SeedPath, markup))
        {
        }
    }

    private static readonly Dictionary<string, Case> Cases = new(StringComparer.Ordinal)
    {
        ["CRIU001 a line that is neither entry, category nor title"] = new("CRIU001", DiagnosticSeverity.Warning,
            "Academic Research\n- GPU CRIU\n  [|Papers about GPU checkpointing:|] \t\n[SC-W '23] Checkpoint/Restart for CUDA Kernels\n"),
        ["CRIU001 after CR LF line breaks and a byte order mark"] = new("CRIU001", DiagnosticSeverity.Warning,
            "\uFEFFAcademic Research\r\n- GPU CRIU\r\n[SC-W '23] Checkpoint/Restart for CUDA Kernels\r\n\r\n[|stray|]\r\n"),
        ["CRIU001 after CR, U+0085, U+2028 and U+2029 line breaks"] = new("CRIU001", DiagnosticSeverity.Warning,
            "Academic Research\r- GPU CRIU\u0085[SC-W '23] Checkpoint/Restart for CUDA Kernels\u2028\u2029\t[|stray|]"),
        ["CRIU002 an entry before any category"] = new("CRIU002", DiagnosticSeverity.Warning,
            "Academic Research\n  [|[SC-W '23] Checkpoint/Restart for CUDA Kernels|]  \n- GPU CRIU\n"),
        ["CRIU003 a missing year"] = new("CRIU003", DiagnosticSeverity.Warning,
            "Academic Research\n- GPU CRIU\n[|[SoCC 24]|] No apostrophe\n[OSDI '23] Fine\n"),
        ["CRIU003 a malformed year"] = new("CRIU003", DiagnosticSeverity.Warning,
            "Academic Research\n- GPU CRIU\n[SoCC [|'2x|] ] Malformed year, with a space before the bracket\n[OSDI '23] Fine\n"),
        ["CRIU003 a year out of range"] = new("CRIU003", DiagnosticSeverity.Warning,
            "Academic Research\n- GPU CRIU\n[SoCC [|'1850|]] Four digits out of range\n[OSDI '23] Fine\n"),
        ["CRIU003 a year with spaces inside the label"] = new("CRIU003", DiagnosticSeverity.Warning,
            "Academic Research\n- GPU CRIU\n[SoCC[|\u2019 123|]  ] Three digits after a typographic apostrophe\n[OSDI '23] Fine\n"),
        ["CRIU003 an apostrophe with no digits"] = new("CRIU003", DiagnosticSeverity.Warning,
            "Academic Research\n- GPU CRIU\n[SoCC [|'|]] No digits\n[OSDI '23] Fine\n"),
        ["CRIU004 an empty venue"] = new("CRIU004", DiagnosticSeverity.Warning,
            "Academic Research\n- GPU CRIU\n[|[ '24]|] On-demand and Parallel Checkpoint/Restore for GPU Applications\n[OSDI '23] Fine\n"),
        ["CRIU005 an empty title"] = new("CRIU005", DiagnosticSeverity.Warning,
            "Academic Research\n- GPU CRIU\n[|[SoCC '24]|]   \n[OSDI '23] Fine\n"),
        ["CRIU006 an unbalanced bracket"] = new("CRIU006", DiagnosticSeverity.Warning,
            "Academic Research\n- GPU CRIU\n[|[SoCC '24 On-demand and Parallel Checkpoint/Restore|]\n[OSDI '23] Fine\n"),
        ["CRIU007 the same entry twice in one category"] = new("CRIU007", DiagnosticSeverity.Warning,
            "Academic Research\n- CRIU for Database\n[VLDB '23] ElasticNotebook: Enabling Live Migration\n[|[vldb '23] ElasticNotebook: enabling live migration|]\n"),
        ["CRIU008 one title listed with conflicting years"] = new("CRIU008", DiagnosticSeverity.Warning,
            "Academic Research\n- CRIU for Migration\n[VLDB '23] ElasticNotebook\n- CRIU for Database\n[|[VLDB '24] ElasticNotebook|]\n"),
        ["CRIU009 an identifier collision that needed a suffix"] = new("CRIU009", DiagnosticSeverity.Info,
            "Academic Research\n- GPU CRIU\n[|[SoCC '24] Cricket: first|]\n[Wiley '21] Cricket: second\n"),
        ["CRIU009 a category that takes a reserved name"] = new("CRIU009", DiagnosticSeverity.Info,
            "Academic Research\n-  [|All|] \n[SoCC '24] Cricket\n"),
        ["CRIU010 a malformed arXiv id"] = new("CRIU010", DiagnosticSeverity.Warning,
            "Academic Research\n- GPU CRIU\n[ [|arXiv:22-02.07848|] '22] Singularity: Planet-Scale\n"),
        ["CRIU011 an arXiv id from another year"] = new("CRIU011", DiagnosticSeverity.Warning,
            "Academic Research\n- CRIU for Database\n[[|arXiv:2301.05861 '22|]] Async-fork: Mitigating Query Latency Spikes\n"),
        ["CRIU012 a catalog with no entries"] = new("CRIU012", DiagnosticSeverity.Warning,
            "[||]Academic Research\n- GPU CRIU\n"),
        ["CRIU013 a catalog that cannot be read"] = new("CRIU013", DiagnosticSeverity.Error,
            ("/catalogs/missing.txt", null)),
        ["CRIU016 an empty category name"] = new("CRIU016", DiagnosticSeverity.Warning,
            "Academic Research\n- GPU CRIU\n[SC-W '23] Checkpoint/Restart for CUDA Kernels\n   [|-|] \t\n[Wiley '21] Cricket\n"),
        ["CRIU017 an entry written as a category"] = new("CRIU017", DiagnosticSeverity.Warning,
            "Academic Research\n- GPU CRIU\n [|- [SC-W '23] Checkpoint/Restart for CUDA Kernels|]\n"),
        ["CRIU019 a Markdown entry with no year anywhere"] = new("CRIU019", DiagnosticSeverity.Warning,
            "# Academic Research\n## GPU CRIU\n  [|* [Checkpoint/Restart for CUDA Kernels](https://example.org/k)|]\n- [SoCC '24] Cricket\n"),
        ["CRIU020 a venue spelled in two ways"] = new("CRIU020", DiagnosticSeverity.Info,
            "# Academic Research\n## GPU CRIU\n[|- [SOCC '24] Cricket|]\n- [SoCC '23] Two\n- [SoCC '22] Three\n"),
        ["CRIU021 Markdown prose"] = new("CRIU021", DiagnosticSeverity.Info,
            "# Academic Research\n\n  [|A list of papers about checkpointing.|]\n## GPU CRIU\n- [SoCC '24] Cricket\n"),
        ["CRIU040 two entries pinned to one name"] = new("CRIU040", DiagnosticSeverity.Error,
            "Academic Research\n- GPU CRIU\n[SoCC '24] Cricket: first {#Twin}\n[Wiley '21] Other paper [|{#Twin}|] \n"),
        ["CRIU040 a Markdown id comment pinned twice"] = new("CRIU040", DiagnosticSeverity.Error,
            ("/catalogs/papers.md", "# Academic Research\n## GPU CRIU\n- [SoCC '24] Cricket <!-- id: Twin -->\n- [SoCC '23] Two [|<!-- id: twin -->|]\n")),
        ["CRIU041 a pin that is a keyword"] = new("CRIU041", DiagnosticSeverity.Error,
            "Academic Research\n- GPU CRIU\n[SoCC '24] Cricket: first [|{#class}|]\n"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Fact]
    public void Every_diagnostic_about_the_catalog_has_a_case()
    {
        var catalogIds = Enumerable.Range(1, 21).Where(n => n is not (14 or 15 or 18)).Concat([40, 41]).Select(n => "CRIU" + n.ToString("000", CultureInfo.InvariantCulture));

        Assert.Equal(catalogIds, Cases.Values.Select(c => c.Id).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_diagnostic_points_at_the_marked_text_in_the_catalog(string name)
    {
        var testCase = Cases[name];
        var files = testCase.Files.Select(f => (f.Path, Parsed: f.Markup is null ? ((string Text, IReadOnlyList<TextSpan> Spans)?)null : Markup.Parse(f.Markup))).ToList();
        var additionalTexts = files.Select(f => f.Parsed is { } parsed
            ? (AdditionalText)CatalogFiles.Catalog(parsed.Text, f.Path)
            : new UnreadableAdditionalText(f.Path));

        var run = GeneratorHarness.Run(additionalTexts);

        var diagnostic = Assert.Single(run.ReportedDiagnostics);
        Assert.Equal(testCase.Id, diagnostic.Id);
        Assert.Equal(testCase.Severity, diagnostic.DefaultSeverity);
        Assert.Equal(testCase.Severity, diagnostic.Severity);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);

        // An unreadable file has no text to mark: the diagnostic is at its start.
        var marked = files.Where(f => f.Parsed is null || f.Parsed.Value.Spans.Count > 0).ToList();
        var (path, expected) = Assert.Single(marked);
        var text = expected?.Text ?? string.Empty;
        var span = expected is { } parsedText ? Assert.Single(parsedText.Spans) : new TextSpan(0, 0);
        var lineSpan = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, lineSpan.Path);
        Assert.Equal(span, diagnostic.Location.SourceSpan);
        Assert.Equal(SourceText.From(text).Lines.GetLinePositionSpan(span), lineSpan.Span);
    }

    [Fact]
    public void The_markup_marks_a_span_and_is_removed_from_the_text()
    {
        // A check of the test's own oracle: the markers go, and the span is where they stood.
        var (text, spans) = Markup.Parse("A\n- B\n  [|stray|] \n");

        Assert.Equal("stray", text.Substring(spans[0].Start, spans[0].Length));
        Assert.Equal(new LinePositionSpan(new LinePosition(2, 2), new LinePosition(2, 7)), SourceText.From(text).Lines.GetLinePositionSpan(spans[0]));
    }

    [Fact]
    public void A_language_version_below_8_is_an_error_at_the_start_of_the_first_catalog_by_path()
    {
        var run = GeneratorHarness.Run(
            [CatalogFiles.Catalog(CatalogFiles.SeedText, "/catalogs/b.txt"), CatalogFiles.Catalog(CatalogFiles.SeedText, "/catalogs/a.txt", ("Namespace", "Other"))],
            "public class A { }",
            parseOptions: GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_2));

        var diagnostic = Assert.Single(run.ReportedDiagnostics, d => d.Id == "CRIU015");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.DefaultSeverity);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        Assert.Equal("/catalogs/a.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(0, 0), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("7.2", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Good_entries_around_bad_lines_are_all_kept_and_every_dropped_line_is_reported()
    {
        string[] lines =
        [
            "Academic Research",
            "- GPU CRIU",
            "[SoCC '24] Good one",
            "this line is junk",
            "[SoCC 24] No apostrophe",
            "[SC-W '23] Good two",
            "[ '24] No venue",
            "[OSDI '23]",
            "[OSDI '23 Never closed",
            "-",
            "[Wiley '21] Good three",
            "[Wiley '21] Good three",
            "[arXiv:not-an-id '22] Good four, kept without an id",
            "- [OSDI '22] Good five, written as a bullet",
            "[SoCC '1850] Out of range",
            "[SoCC '2x] Malformed",
            "- Second category",
            "[EuroSys '20] Good six",
        ];
        int[] kept = [2, 5, 10, 12, 13, 17];
        int[] headings = [0, 1, 16];

        var run = GeneratorHarness.Run(string.Join("\n", lines));

        var catalog = CompiledCatalog.Load(run);
        Assert.Equal(kept.Select(i => lines[i].Substring(lines[i].IndexOf(']', StringComparison.Ordinal) + 1).Trim()), catalog.PaperTitles);
        var reportedLines = run.ReportedDiagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line).ToHashSet();
        var dropped = Enumerable.Range(0, lines.Length).Except(kept).Except(headings);
        Assert.All(dropped, line => Assert.True(reportedLines.Contains(line), $"Line {line + 1} '{lines[line]}' was dropped without a diagnostic."));
    }
}
