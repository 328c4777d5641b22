using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CriuCatalog.Generator.Naming;
using CriuCatalog.Generator.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// Whatever the catalog holds, the generator throws nothing, its output compiles without a warning, no dangerous
/// character is written raw, and every line it cannot use is reported. Four generators feed it: catalogs built
/// from the grammar with hostile Unicode, the seed with random edits, lines of tens of thousands of characters, and
/// Markdown lists in every shape the Markdown parser reads.
/// </summary>
/// <remarks>
/// The run is bounded for CI (see <see cref="Iterations"/>); set <c>CRIUCATALOG_PROPERTY_ITERATIONS</c> for a long
/// local run. A failure prints the CsCheck seed; <c>CsCheck_Seed=&lt;seed&gt; dotnet test --filter PropertyTests</c>
/// replays it.
/// </remarks>
public class PropertyTests(ITestOutputHelper output)
{
    public const string IterationsVariable = "CRIUCATALOG_PROPERTY_ITERATIONS";

    /// <summary>
    /// Iterations per property. 40 keeps the three properties at about 30 s together on a shared 2-core machine
    /// (each iteration runs the generator and binds the whole output); raise it with <see cref="IterationsVariable"/>.
    /// </summary>
    private static readonly long Iterations =
        long.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 40;

    // Characters that have broken generators before: quotes, comment and XML markup, line breaks C# and the
    // catalog know, bidirectional controls, NUL and other controls, lone surrogates, combining marks, BOM,
    // noncharacters, and the catalog's own syntax ([ ] - ' ’ :).
    private const string Hostile =
        "\"\\/*<>&;{}#$@`'\u2019\u2018[]-:.,_ \t\r\n\v\f\0\u0001\u001B\u007F\u0080\u0085\u009F\u00A0\u00AD\u2028\u2029" +
        "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF\uFFFE\uFFFF" +
        "\uD800\uDBFF\uDC00\uDFFF\u0300\u0301\u0345\u20DD\u3000";

    private static readonly Gen<char> Letters = Gen.Frequency(
        (6, Gen.Char['a', 'z']),
        (3, Gen.Char['A', 'Z']),
        (2, Gen.Char['0', '9']),
        (1, Gen.Char['\u4E00', '\u9FFF']), // CJK
        (1, Gen.Char['\u0410', '\u044F']), // Cyrillic
        (1, Gen.Char['\u0621', '\u064A']), // Arabic
        (1, Gen.Char["İıŞşĞğÇçÖöÜüßſ"]));

    private static readonly Gen<char> AnyChar = Gen.Frequency(
        (10, Letters),
        (2, Gen.Const(' ')),
        (3, Gen.Char[Hostile]),
        (1, Gen.Char));

    private static Gen<string> Text(int min, int max) => AnyChar.Array[min, max].Select(c => new string(c));

    private static readonly Gen<string> LineBreak = Gen.OneOf("\n", "\n", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029");

    private static readonly Gen<string> Year = Gen.OneOf(
        Gen.Int[0, 99].Select(y => y.ToString("00", CultureInfo.InvariantCulture)),
        Gen.Int[1850, 2150].Select(y => y.ToString(CultureInfo.InvariantCulture)),
        Text(0, 4));

    private static readonly Gen<string> Venue = Gen.OneOf(
        Gen.OneOf("OSDI", "SoCC", "SC-W", "SIGMOD/PODS", "arXiv", "ARXIV", "arXiv preprint", "All", "Paper", "5G"),
        Gen.Select(Gen.OneOf("arXiv:", "arXiv ", "arXiv : "), Gen.OneOf(Gen.OneOf("2202.07848", "2301.05861v2", "cs/0601001", "2313.00001"), Text(0, 12)), (a, b) => a + b),
        Text(0, 20));

    private static readonly Gen<string> Apostrophe = Gen.OneOf("'", "'", "\u2019", "\u2018", "", "''");

    private static readonly Gen<string> Entry = Gen.Select(
        Gen.OneOf("", "", "- ", "-", "  "),
        Venue,
        Apostrophe,
        Year,
        Gen.OneOf("]", "]", "]", "", "]]"),
        Gen.Frequency((6, Text(0, 60)), (1, Gen.OneOf("class: x", "123: digits", "All: x", "??? !!!", "\u65E5\u672C: x", "\u041F\u0440\u0438\u0432\u0435\u0442"))),
        (bullet, venue, apostrophe, year, close, title) => bullet + "[" + venue + " " + apostrophe + year + close + " " + title);

    private static readonly Gen<string> Line = Gen.Frequency(
        (8, Entry),
        (2, Text(0, 30).Select(name => "- " + name)),
        (1, Gen.Const("-")),
        (1, Text(0, 40)),
        (1, Gen.Const(string.Empty)),
        (1, Gen.Char[" \t\u00A0\u3000"].Array[1, 4].Select(c => new string(c))));

    /// <summary>(a) Catalogs from the grammar: a title, then categories, entries and junk, with random line breaks.</summary>
    private static readonly Gen<string> GrammarCatalog = Gen.Select(
        Gen.OneOf(Gen.Const(string.Empty), Gen.Const("\uFEFF")),
        Text(0, 30),
        Gen.Select(Line, LineBreak, (line, brk) => line + brk).Array[0, 40],
        (bom, title, lines) => bom + title + "\n" + string.Concat(lines));

    /// <summary>(b) The seed with characters and lines inserted, deleted and duplicated.</summary>
    private static readonly Gen<string> MutatedSeed = Gen.Select(Gen.Int[0, 5], Gen.Int.Positive, Gen.Int[1, 40], AnyChar)
        .Array[1, 12]
        .Select(edits =>
        {
            var text = CatalogFiles.SeedText;
            foreach (var (kind, position, length, c) in edits)
            {
                text = Edit(text, kind, position, length, c);
            }

            return text;
        });

    /// <summary>(c) One line of 10,000 to 40,000 characters, in each place a line can hold text.</summary>
    private static readonly Gen<string> LongLine = Gen.Select(
        Gen.Int[0, 6],
        Gen.Int[10_000, 40_000],
        Text(1, 40),
        (kind, length, chunk) =>
        {
            var builder = new StringBuilder(length + 40);
            while (builder.Length < length)
            {
                builder.Append(chunk);
            }

            var filler = builder.ToString();
            var line = kind switch
            {
                0 => "[OSDI '23] " + filler,
                1 => "[" + filler + " '23] Long venue",
                2 => "- " + filler,
                3 => filler,
                4 => "[" + filler,
                5 => "[arXiv:" + filler + " '23] Long arXiv id",
                _ => "[OSDI '23] " + string.Concat(Enumerable.Repeat("A: ", length / 3)),
            };
            return kind == 3
                ? filler + "\n- Category\n[OSDI '23] Short paper\n" + filler
                : "Long lines\n- Category\n[SoCC '24] Short paper\n" + line + "\n[EuroSys '22] Another short paper";
        });

    private static readonly Gen<string> Words = Gen.OneOf(
        Gen.OneOf("Fast Restore", "Gemstone: Fast Checkpoints", "A Survey of Snapshots", "3D Checkpoints", "Data Processing", "All", "class: x", "2024", "OSDI", "SIGMOD"),
        Text(1, 30));

    private static readonly Gen<string> MarkdownLabel = Gen.OneOf(
        Gen.OneOf("[OSDI '23] ", "[OSDI'23] ", "[OSDI \u201923] ", "[NeurIPS 2017] ", "[SoCC '2024] ", "[arXiv 2023.02] ", "[arXiv23] ", "[arxiv, 2022] ",
            "[NeurIPS'25 Spotlight] ", "[FAST'25 WiP] ", "[ACL 2023 Demo] ", "[CPAL'24 (PMLR)] ", "[Journal of Systems and Software \u201824(CCF B)] ",
            "[arXiv:2202.07848] ", "[SOCC '24] ", "[Survey :mag:] [ACM CSUR'23] ", "(SOSP 2021) ", "OSDI'22: ", "SOSP 2021 - ", "**OSDI 2023**: ", "", ""),
        Gen.Select(Text(0, 12), Year, (venue, year) => "[" + venue + " '" + year + "] "));

    private static readonly Gen<string> MarkdownTitle = Gen.Select(
        Words,
        Gen.OneOf("{0}", "[{0}](https://example.org/p)", "[{0}](https://arxiv.org/abs/2401.01234)", "**{0}**", "*{0}*", "{0}.", "{0} <br />", "**[{0}](https://doi.org/10.1145/1.2)**", "[{0}](#anchor)", "[{0}](",
            "<a href=\"https://example.org/p\">{0}</a>", "<a href='x'>{0}", "[https://example.org/p {0}]", "{0}. *A. Writer, B. Coder*.",
            "`{0}`: [{0}](https://example.org/p)", "A. Writer and B. Coder, \"{0},\" in Proc. OSDI, 2023, pp. 1-10.",
            "Writer, A., & Coder, B. (2023). {0}. In Proceedings of OSDI (pp. 1-10).", "Alice Writer and Bob Coder. 2022. {0}. In Proceedings of SOSP '22. ACM, 1-12.",
            "{0} &mdash; &amp; &#x2014; &bogus; &#0; &#x202E;"),
        (words, shape) => shape.Replace("{0}", words));

    private static readonly Gen<string> Trailing = Gen.OneOf(
        "", "", " | UC Somewhere", " [also in SoCC'23]", " [[code](https://github.com/x/y)]", " (`Parcae`)", " ![stars](https://img.shields.io/x)", " \U0001F525 :rocket:",
        " (CIDR'19)", ". OSDI 2019", ", OSDI '23", " [[", " ](", " <!-- c",
        " \u2014 Alice Varga, Bruno Costa", " by A. Writer 2023", ", B. Coder et al. (2021)", " - Sven M\u00fcller", ", Middleware, 2022", "</a>",
        " ([OSDI 2023](https://example.org/o))", " ![](https://img.shields.io/badge/OSDI-2023-blue)", " ![](https://img.shields.io/badge/%ZZ--_-x)", " `OSDI 2020`",
        ", in Proc. of the Symposium (SOSP '23), 2023", ", _Journal of Systems and Software_, 2021", "</li>");

    private static readonly Gen<string> MarkdownEntry = Gen.Select(
        Gen.OneOf("- ", "* ", "+ ", "1. ", "", "  - ", "<li>", "<li class=\"x\">"),
        MarkdownLabel,
        MarkdownTitle,
        Trailing,
        (bullet, label, title, trailing) => bullet + label + title + trailing);

    private static readonly Gen<string> MarkdownLine = Gen.Frequency(
        (10, MarkdownEntry),
        (3, Gen.Select(Gen.Int[1, 7], Words, (level, words) => new string('#', level) + " " + words)),
        (1, Words.Select(words => "== " + words + " ==")),
        (1, Gen.Select(Gen.Int[1, 7], Words, (level, words) => "<h" + level + " align=\"center\">" + words + "</h" + level + ">")),
        (1, Gen.OneOf("## Contents", "## License", "## Contributing\n- Fork the repository.", "## Before 2020", "## 2024 Papers")),
        (2, Gen.Select(Gen.OneOf("- ", "  - ", "* "), Words, (bullet, words) => bullet + "[" + words + "](#" + words.Replace(' ', '-') + ")")),
        (3, Gen.OneOf("  - [arxiv version](https://arxiv.org/abs/2401.01234)", "  - [code](https://github.com/x/y)", "  - Authors: A. Writer", "    continued text", "  - free text summary",
            "  - Venue: SOSP 2021", "  *OSDI 2023*", "  - Year: 2019", "  - Conference: ATC", "  - Published in: ")),
        (2, Gen.OneOf("| Date | Title | Venue | Code |\n|---|---|:-:|---|", "| Paper | Conference |\n| --- | --- |", "| a | b |\n|---|---|")),
        (3, Gen.Select(Gen.OneOf("2024.03", "2023", "", "x"), MarkdownTitle, Gen.OneOf("EuroSys", "HPDC'22", "", "ICDCS 2021"), (date, title, venue) => "| " + date + " | " + title + " | " + venue + " | [code](https://x/y) |")),
        (2, Gen.OneOf("<!-- a comment -->", "<!--", "-->", "<details>", "<summary>Older</summary>", "</details>", "```", "```bibtex", "---", "<p align=\"center\">x</p>", "> quoted")),
        (2, Text(0, 40)),
        (2, Gen.Const(string.Empty)));

    /// <summary>(d) Markdown lists: headings, ToC, entries in every label and title shape, sub-bullets, tables, HTML and junk.</summary>
    private static readonly Gen<string> MarkdownCatalog = Gen.Select(
        Gen.OneOf("# Awesome Papers\n", "", "<!-- header -->\n# Title\n"),
        Gen.Select(MarkdownLine, LineBreak, (line, brk) => line + brk).Array[0, 50],
        (head, lines) => head + string.Concat(lines));

    [Fact]
    public void Markdown_lists_always_give_compiling_output_with_every_line_accounted_for()
        => Check.Sample(MarkdownCatalog, catalog => AssertGeneratesCleanly(catalog, "/catalogs/papers.md"), iter: Iterations, print: Print, writeLine: output.WriteLine);

    [Fact]
    public void Grammar_catalogs_with_hostile_unicode_always_give_compiling_output()
        => Check.Sample(GrammarCatalog, AssertGeneratesCleanly, iter: Iterations, print: Print, writeLine: output.WriteLine);

    [Fact]
    public void The_seed_with_random_edits_always_gives_compiling_output()
        => Check.Sample(MutatedSeed, AssertGeneratesCleanly, iter: Iterations, print: Print, writeLine: output.WriteLine);

    [Fact]
    public void Very_long_lines_always_give_compiling_output()
        => Check.Sample(LongLine, AssertGeneratesCleanly, iter: Math.Max(1, Iterations / 4), print: Print, writeLine: output.WriteLine);

    /// <summary>The properties every catalog must have.</summary>
    private static void AssertGeneratesCleanly(string catalog) => AssertGeneratesCleanly(catalog, CatalogFiles.SeedPath);

    private static void AssertGeneratesCleanly(string catalog, string path)
    {
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(catalog, path)]);

        // A generator that throws is reported by the driver as CS8785 and leaves Exception set.
        Assert.Null(run.Generator.Exception);
        Assert.All(run.DriverDiagnostics, d => Assert.StartsWith("CRIU", d.Id, StringComparison.Ordinal));

        var problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));

        foreach (var source in run.Sources.Values)
        {
            var raw = source.FirstOrDefault(c => c is '\0' or '\u0085' or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
            Assert.True(raw == default, $"U+{(int)raw:X4} is written raw into generated source.");
        }

        AssertNoLineIsDroppedSilently(catalog, path, run);
    }

    /// <summary>
    /// Every non-blank line has exactly one kind (the title, a heading, an entry, part of an entry, a ToC line, a
    /// table header or separator, skipped markup), and a line the parser did not use has a diagnostic the build
    /// reports on it; and every kept entry's title is a paper of the compiled catalog.
    /// </summary>
    private static void AssertNoLineIsDroppedSilently(string catalog, string path, GeneratorRun run)
    {
        var document = Parsing.CatalogParser.Parse(new Parsing.CatalogSource(path, catalog), System.Threading.CancellationToken.None);
        var reported = run.ReportedDiagnostics
            .Where(d => d.Location.Kind == LocationKind.ExternalFile)
            .Select(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .ToHashSet();
        LineAccounting.AssertEveryLineIsAccountedFor(catalog, document with { Diagnostics = Common.EquatableArray<Diagnostics.DiagnosticInfo>.Empty }, reported);

        if (run.Output.GetTypeByMetadataName("CriuCatalog.PaperId") is not null)
        {
            var distinctTitles = document.Entries.Select(e => IdentifierNaming.Normalize(e.Title)).Distinct(StringComparer.Ordinal).Count();
            Assert.Equal(distinctTitles, run.CurrentMembers("CriuCatalog.PaperId").Count);
        }
    }

    private static string Edit(string text, int kind, int position, int length, char c)
    {
        if (text.Length == 0)
        {
            return c.ToString();
        }

        var at = position % text.Length;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var lineEnd = text.IndexOf('\n', at) is var end and >= 0 ? end + 1 : text.Length;
        return kind switch
        {
            0 => text.Insert(at, c.ToString()),
            1 => text.Remove(at, Math.Min(length, text.Length - at)),
            2 => text.Insert(at, text.Substring(at, Math.Min(length, text.Length - at))),
            3 => text.Remove(lineStart, lineEnd - lineStart),
            4 => text.Insert(lineStart, text.Substring(lineStart, lineEnd - lineStart)),
            _ => text.Insert(at, new string(c, length)),
        };
    }

    /// <summary>The catalog with every character outside printable ASCII escaped, cut short, for a failure report.</summary>
    private static string Print(string catalog) => Escape(catalog, 4000);

    private static string Escape(string text, int max)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Length > max ? text.Substring(0, max) : text)
        {
            if (c == '\n' || (c >= ' ' && c < '\u007F'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return text.Length > max ? builder.Append(CultureInfo.InvariantCulture, $"… ({text.Length} chars)").ToString() : builder.ToString();
    }
}
