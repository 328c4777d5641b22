using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CriuCatalog.Generator.Parsing;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// Characters that could break out of a string literal, a comment, an XML doc comment or a line, or disguise code
/// (CVE-2021-42574), in every place catalog text reaches generated code: a paper title, a venue, a category name
/// and the catalog title. The output must compile without a single warning, show the value exactly as written,
/// and never carry such a character raw.
/// </summary>
public class InjectionTests
{
    private static readonly Dictionary<string, string> Payloads = new(StringComparer.Ordinal)
    {
        ["quote"] = "\"",
        ["backslash"] = "\\",
        ["comment closer"] = "*/",
        ["line comment"] = "//",
        ["region directive"] = "#region",
        ["summary closer"] = "</summary>",
        ["less than"] = "<",
        ["ampersand"] = "&",
        ["CDATA closer"] = "]]>",
        ["open brace"] = "{",
        ["close brace"] = "}",
        ["U+2028 line separator"] = "\u2028",
        ["U+2029 paragraph separator"] = "\u2029",
        ["U+0085 next line"] = "\u0085",
        ["NUL"] = "\0",
        ["U+0001"] = "\u0001",
        ["bell"] = "\a",
        ["backspace"] = "\b",
        ["tab"] = "\t",
        ["vertical tab"] = "\v",
        ["form feed"] = "\f",
        ["escape"] = "\u001B",
        ["U+001F"] = "\u001F",
        ["delete"] = "\u007F",
        ["U+0080"] = "\u0080",
        ["U+009B CSI"] = "\u009B",
        ["U+009F"] = "\u009F",
        ["U+202A LRE"] = "\u202A",
        ["U+202B RLE"] = "\u202B",
        ["U+202C PDF"] = "\u202C",
        ["U+202D LRO"] = "\u202D",
        ["U+202E RLO"] = "\u202E",
        ["U+2066 LRI"] = "\u2066",
        ["U+2067 RLI"] = "\u2067",
        ["U+2068 FSI"] = "\u2068",
        ["U+2069 PDI"] = "\u2069",
    };

    public enum Place
    {
        Title,
        Venue,
        Category,
        CatalogTitle,
    }

    public static TheoryData<string, Place> Matrix()
    {
        var data = new TheoryData<string, Place>();
        foreach (var payload in Payloads.Keys)
        {
            foreach (var place in Enum.GetValues<Place>())
            {
                data.Add(payload, place);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Catalog_text_cannot_break_out_of_generated_code(string payloadName, Place place)
    {
        var payload = Payloads[payloadName];
        var value = "Injected " + payload + " value";
        var catalogTitle = place == Place.CatalogTitle ? value : "Catalog";
        var category = place == Place.Category ? value : "Category";
        var venue = place == Place.Venue ? value : "Venue";
        var title = place == Place.Title ? value : "Paper title";
        var lines = new[] { catalogTitle, "- " + category, $"[{venue} '24] {title}", "[OSDI '23] Plain paper" };
        var placeLine = place switch { Place.CatalogTitle => 0, Place.Category => 1, _ => 2 };

        var run = GeneratorHarness.Run(string.Join("\n", lines));

        Assert.Empty(run.DriverDiagnostics.Where(d => !d.Id.StartsWith("CRIU", StringComparison.Ordinal)));
        var (diagnostics, xmlDocumentation) = CompileWithDocumentation(run);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        Assert.Null(Record.Exception(() => XDocument.Parse(xmlDocumentation)));
        var source = string.Concat(run.Sources.Values);
        var raw = source.Where(IsForbiddenRaw).Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        Assert.True(raw.Count == 0, "Raw characters in the generated source: U+" + string.Join(", U+", raw));

        var catalog = CompiledCatalog.Load(run);
        if (payload.Any(CatalogParser.IsLineBreak) || (place == Place.Venue && payload.Contains(']', StringComparison.Ordinal)))
        {
            // The grammar cannot hold these here: a line break ends the line, and a venue ends at the first ']'.
            // What does not fit must be reported on the line where it was cut off, never dropped silently.
            var reported = run.ReportedDiagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line).ToHashSet();
            Assert.True(reported.Contains(placeLine) || reported.Contains(placeLine + 1), string.Join("\n", run.ReportedDiagnostics));
            return;
        }

        Assert.DoesNotContain(run.ReportedDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        switch (place)
        {
            case Place.Title:
                Assert.Equal([value, "Plain paper"], catalog.PaperTitles);
                break;
            case Place.Venue:
                Assert.Equal([value, "OSDI"], catalog.DisplayNames("Venue"));
                break;
            case Place.Category:
                Assert.Equal([value], catalog.DisplayNames("Category"));
                break;
            case Place.CatalogTitle:
                Assert.Equal(value, catalog.CatalogTitle);
                break;
        }

        Assert.Equal(2, catalog.PaperTitles.Count);
    }

    /// <summary>
    /// Line breaks C# recognizes inside a line (U+0085, U+2028, U+2029), bidirectional controls, NUL, and every
    /// other C0 or C1 control but the LF that ends generated lines.
    /// </summary>
    private static bool IsForbiddenRaw(char c)
        => c is '\u0085' or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
           || (c < ' ' && c != '\n') || c is >= '\u007F' and <= '\u009F';

    /// <summary>
    /// Compiles the output at warning level 9999 with documentation diagnosed, so a malformed doc comment shows up
    /// as CS1570 and friends, and returns the XML documentation file the compiler wrote.
    /// </summary>
    private static (IReadOnlyList<Diagnostic> Diagnostics, string XmlDocumentation) CompileWithDocumentation(GeneratorRun run)
    {
        using var pe = new MemoryStream();
        using var xml = new MemoryStream();
        var result = run.Output.Emit(pe, xmlDocumentationStream: xml);
        var diagnostics = run.Output.GetDiagnostics().Concat(result.Diagnostics)
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .Distinct()
            .ToList();
        return (diagnostics, System.Text.Encoding.UTF8.GetString(xml.ToArray()));
    }
}
