using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// A target older than the generated code needs (CRIU036) gets an error at the catalog and no code, rather than
/// code that does not compile; every other target, and a host that passes no target, gets the code.
/// </summary>
public class TargetFrameworkTests
{
    private static GeneratorRun Run(string? identifier, string? version, string consumer = "", Microsoft.CodeAnalysis.CSharp.CSharpParseOptions? parseOptions = null)
    {
        var options = ImmutableDictionary<string, string>.Empty;
        if (identifier is not null)
        {
            options = options.Add("build_property.TargetFrameworkIdentifier", identifier);
        }

        if (version is not null)
        {
            options = options.Add("build_property.TargetFrameworkVersion", version);
        }

        return GeneratorHarness.Run([CatalogFiles.Catalog(CatalogFiles.SeedText)], consumer, parseOptions, options);
    }

    [Theory]
    [InlineData(".NETFramework", "v4.0", ".NET Framework 4.0")]
    [InlineData(".NETFramework", "v3.5", ".NET Framework 3.5")]
    [InlineData(".NETFramework", "v4.0.3", ".NET Framework 4.0.3")]
    [InlineData(".NETStandard", "v1.6", ".NET Standard 1.6")]
    [InlineData(".NETCoreApp", "v1.1", ".NET Core 1.1")]
    [InlineData(" .NETFramework ", " v4.0 ", ".NET Framework 4.0")]
    [InlineData(".NETPortable", "v4.5", "a portable class library (.NETPortable) 4.5")]
    [InlineData("Silverlight", "v5.0", "Silverlight 5.0")]
    [InlineData("WindowsPhoneApp", "v8.1", "Windows Phone 8.1")]
    [InlineData(".NETCore", "v4.5.1", "Windows Store (.NETCore) 4.5.1")]
    public void A_target_too_old_for_the_generated_code_gets_CRIU036_at_the_catalog_and_no_code(string identifier, string version, string shown)
    {
        var run = Run(identifier, version);

        Assert.Empty(run.Sources);
        var diagnostic = Assert.Single(run.ReportedDiagnostics);
        Assert.Equal("CRIU036", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(CatalogFiles.SeedPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(
            "The generated paper catalog needs .NET Framework 4.5, .NET Standard 2.0, .NET Core 2.0 or later, but this project targets " + shown + "; no code is generated",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(".NETFramework", "v4.5")]
    [InlineData(".NETFramework", "v4.8.1")]
    [InlineData(".NETStandard", "v2.0")]
    [InlineData(".NETCoreApp", "v2.0")]
    [InlineData(".NETCoreApp", "v5.0")]
    [InlineData(".NETCoreApp", "v10.0")]
    [InlineData(".NETCore", "v5.0")]
    [InlineData("MonoAndroid", "v13.0")]
    [InlineData(null, null)]
    [InlineData(".NETFramework", null)]
    [InlineData(".NETFramework", "")]
    [InlineData(".NETFramework", "not a version")]
    [InlineData("Xamarin.iOS", "v1.0")]
    public void Every_other_target_gets_the_code(string? identifier, string? version)
    {
        var run = Run(identifier, version);

        Assert.Equal(7, run.Sources.Count);
        Assert.Empty(run.ReportedDiagnostics);
        Assert.Empty(run.Emit().Diagnostics);
    }

    [Fact]
    public void A_target_too_old_and_a_CSharp_too_old_get_both_errors()
    {
        var run = Run(".NETFramework", "v4.0", parseOptions: GeneratorHarness.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_2));

        Assert.Empty(run.Sources);
        Assert.Equal(["CRIU015", "CRIU036"], run.ReportedDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_citation_on_a_target_too_old_draws_CRIU036_and_the_compiler_errors_but_no_CRIU022()
    {
        var run = Run(".NETFramework", "v4.0", "[CriuCatalog.Cites(CriuCatalog.PaperId.NoSuchPaper)]\npublic class A { }");

        Assert.Equal(["CRIU036"], run.ReportedDiagnostics.Select(d => d.Id));
        Assert.Contains(run.Emit().Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", System.StringComparison.Ordinal));
    }
}
