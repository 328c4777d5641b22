using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The generated code compiles against the reference assemblies of the older targets it supports, as a library for
/// .NET Standard 2.0 or an app for .NET Framework builds it: no <c>Span</c>, no <c>NotNullWhenAttribute</c>, no API
/// that only .NET Core has, and C# 7.3 where that is the target's default. The other tests compile against .NET 10's
/// reference assemblies, which have every API, so only this class would see code that an older target lacks.
/// </summary>
public class OlderTargetTests
{
    /// <summary>A consumer that uses every part of the generated API, so each is bound against the target's types.</summary>
    private const string Consumer = """
        using System.Linq;
        using CriuCatalog;

        /// <summary>Uses the catalog.</summary>
        [Cites(PaperId.FIRST)]
        public static class Use
        {
            /// <summary>Everything the API gives, in one string.</summary>
            [Cites(PaperId.SECOND)]
            public static string All()
            {
                var first = Papers.All[0];
                Paper found;
                var key = Papers.TryFind(first.Key, out found) ? found.Key : "";
                var byId = Papers.Get(first.Id).ToBibTeX() + first.Id.ToPaper().ToMarkdown();
                var lists = Papers.InCategory(first.Categories[0]).Count + Papers.ByVenue(first.Venue).Count + Papers.ByYear(first.Year).Count;
                var publications = string.Join(",", first.Publications.Select(p => p.Label + p.Note + p.IsPreprint + p.Kind));
                var names = first.Venue.ToDisplayName() + first.Venue.Kind() + first.Categories[0].ToDisplayName() + first.Categories[0].Parent();
                var links = string.Join(",", Papers.All.SelectMany(p => p.Links).Select(l => l.Label + l.Url));
                var cited = string.Join(",", Bibliography.Cited.Select(c => c.Paper.Key + string.Join("/", c.CitedBy))) + Bibliography.IsCited(PaperId.FIRST) + Bibliography.ToBibTeX().Length + Bibliography.ToMarkdown().Length;
                return string.Join("|", Papers.All.Count, key, byId.Length, lists, publications, names, links, cited, Papers.ToBibTeX().Length, Papers.ToMarkdown().Length, Papers.CatalogTitle);
            }
        }
        """;

    public static TheoryData<string, string, string> Targets => new()
    {
        // Target, C# version, catalog.
        { "netstandard2.0", "7.3", "seed" },
        { "netstandard2.0", "7.3", "awesome" },
        { "netstandard2.0", "7.3", "seed-from-metadata" },
        { "netstandard2.0", "latest", "seed" },
        { "netstandard2.0", "latest", "awesome" },
        { "net472", "7.3", "seed" },
        { "net472", "7.3", "seed-from-metadata" },
        { "net472", "latest", "awesome" },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void The_catalog_compiles_against_an_older_targets_reference_assemblies_with_no_diagnostic(string target, string languageVersion, string catalog)
    {
        var run = Run(target, languageVersion, catalog);

        Assert.Equal(7, run.Sources.Count);
        var shown = string.Join("\n", run.Emit().Diagnostics);
        Assert.True(shown.Length == 0, shown);
    }

    [Fact]
    public void The_NET_Standard_build_gives_what_the_NET_10_build_gives()
    {
        // A .NET Standard 2.0 assembly runs on .NET 10; run both builds of the same consumer and compare what it reads.
        var file = CatalogFiles.Catalog(MarkdownFixtures.Awesome, MarkdownFixtures.AwesomePath);
        var standard = Call(Run("netstandard2.0", "7.3", "awesome"));
        var current = Call(GeneratorHarness.Run([file], ConsumerOf(file), CSharp73));

        Assert.Equal(current, standard);
        var count = GeneratorHarness.Run([file]).CurrentMembers("CriuCatalog.PaperId").Count;
        Assert.StartsWith(count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|", standard, System.StringComparison.Ordinal);
    }

    private static readonly CSharpParseOptions CSharp73 = GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_3);

    private static GeneratorRun Run(string target, string languageVersion, string catalog)
    {
        var (identifier, version, framework) = target switch
        {
            "netstandard2.0" => (".NETStandard", "v2.0", (IEnumerable<MetadataReference>)Basic.Reference.Assemblies.NetStandard20.References.All),
            _ => (".NETFramework", "v4.7.2", Basic.Reference.Assemblies.Net472.References.All),
        };
        var options = ImmutableDictionary<string, string>.Empty
            .Add("build_property.TargetFrameworkIdentifier", identifier)
            .Add("build_property.TargetFrameworkVersion", version);
        if (catalog == "seed-from-metadata")
        {
            options = options.Add("build_property.PaperCatalogStringDataBudget", "0");
        }

        var file = catalog == "awesome"
            ? CatalogFiles.Catalog(MarkdownFixtures.Awesome, MarkdownFixtures.AwesomePath)
            : CatalogFiles.Catalog(CatalogFiles.SeedText);
        var parseOptions = languageVersion == "7.3" ? CSharp73 : GeneratorHarness.ParseOptions;
        return GeneratorHarness.Run([file], ConsumerOf(file), parseOptions, options, framework: framework);
    }

    /// <summary>The consumer, citing the catalog's first two papers.</summary>
    private static string ConsumerOf(AdditionalText file)
    {
        var papers = GeneratorHarness.Run([file]).CurrentMembers("CriuCatalog.PaperId");
        return Consumer.Replace("FIRST", papers[0]).Replace("SECOND", papers[1]);
    }

    private static string Call(GeneratorRun run) => (string)run.Load().GetType("Use")!.GetMethod("All")!.Invoke(null, null)!;
}
