using System.Linq;
using CriuCatalog.Generator.Tests.Infrastructure;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// Catalog text ends up in literals, comments and identifiers. Whatever it holds, the generator must not throw
/// and its output must compile cleanly with every entry still there.
/// </summary>
public class HostileInputTests
{
    [Theory]
    [InlineData("Quote \" and backslash \\ inside")]
    [InlineData("Comment closers */ and openers /* and // slashes")]
    [InlineData("#region not a directive")]
    [InlineData("XML </summary> <remarks> & ]]> <!-- -->")]
    [InlineData("Braces { and } and {0}")]
    [InlineData("Bidi \u202Eevil\u202C and \u2066isolates\u2069")]
    [InlineData("Next line \u0085 inside")]
    [InlineData("NUL \0 and bell \a and escape \u001B")]
    [InlineData("Lone surrogate \uD800 here")]
    [InlineData("Zero width \u200B joiner \u200D")]
    [InlineData("Noncharacters \uFFFE and \uFFFF")]
    [InlineData("Georgian \u10E5\u10D0\u10E0\u10D7\u10E3\u10DA\u10D8: non-Latin letters with new capitals")]
    [InlineData("class: a keyword short name")]
    [InlineData("123: digits only")]
    [InlineData("!!! ??? ***")]
    [InlineData("日本語のタイトル: 非ラテン文字")]
    [InlineData("All: reserved by the API")]
    [InlineData("ToString: inherited from object")]
    public void A_hostile_title_compiles_and_stays_in_the_catalog(string title)
    {
        var catalog = $"Catalog \" */ </c>\n- Category \" */ </c>\n[Venue \" */ </c> '24] {title}\n[OSDI '23] Plain paper\n";

        var run = GeneratorHarness.Run(catalog);

        // A generator that throws shows up as CS8785 here; only the generator's own reports may appear.
        Assert.All(run.DriverDiagnostics, d => Assert.StartsWith("CRIU", d.Id, System.StringComparison.Ordinal));
        var diagnostics = run.Emit().Diagnostics;
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        var source = string.Concat(run.Sources.Values);
        Assert.Equal(2, run.CurrentMembers("CriuCatalog.PaperId").Count);
        Assert.DoesNotContain(source, c => c is '\u202E' or '\u202C' or '\u2066' or '\u2069' or '\u0085' or '\u2028' or '\u2029' or '\0');
    }

    [Fact]
    public void Titles_that_clean_to_the_same_name_get_distinct_names()
    {
        var run = GeneratorHarness.Run("T\n- A\n[X '20] Foo-Bar: one\n[X '20] Foo Bar: two\n[X '20] FOO BAR: three\n");

        Assert.Empty(run.Emit().Diagnostics);
        Assert.Equal(3, run.CurrentMembers("CriuCatalog.PaperId").Count);
        Assert.Equal(2, run.ReportedDiagnostics.Count(d => d.Id == "CRIU009"));
    }

    [Fact]
    public void An_empty_catalog_compiles_and_is_reported()
    {
        var run = GeneratorHarness.Run(string.Empty);

        Assert.Equal("CRIU012", Assert.Single(run.ReportedDiagnostics).Id);
        Assert.Empty(run.Emit().Diagnostics);
    }

    [Fact]
    public void An_unreadable_catalog_is_an_error_and_generates_nothing()
    {
        var run = GeneratorHarness.Run([new UnreadableAdditionalText("/missing.txt")]);

        var diagnostic = Assert.Single(run.ReportedDiagnostics);
        Assert.Equal("CRIU013", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_project_below_CSharp_7_3_gets_an_error_instead_of_code_that_cannot_compile()
    {
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, "public class A { }", parseOptions: GeneratorHarness.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_2));

        var diagnostic = Assert.Single(run.ReportedDiagnostics);
        Assert.Equal("CRIU015", diagnostic.Id);
        Assert.Contains("7.2", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }
}
