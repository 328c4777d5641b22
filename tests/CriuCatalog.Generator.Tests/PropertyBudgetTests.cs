using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using CriuCatalog.Generator.Tests.Infrastructure;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The runtime loads no type of more than 65,535 methods, and every property of <c>Papers</c> is one: a catalog with
/// more papers and former names than <c>PaperCatalogPropertyBudget</c> (60,000 by default) has them as fields, with
/// the same API. The seed has 53 papers and 12 former names, 65 members, so small budgets stand in for a large catalog.
/// </summary>
public class PropertyBudgetTests
{
    private const string Probe = """
        #pragma warning disable CS0618
        using System.Linq;
        using CriuCatalog;

        public static class Members
        {
            public static string Dump() => string.Join("\n", Papers.All.Select(p =>
                p.Id + "|" + p.Key + "|" + p.Citation + "|" + (Papers.TryFind(p.Key, out var found) && found == p) + "|" + (Papers.Get(p.Id) == p)));

            public static bool NamesAreThePapers()
                => Papers.Cricket == Papers.Get(PaperId.Cricket)
                   && Papers.RRC == Papers.Rrc
                   && Papers.CRIUForMigration.RRC == Papers.RRC
                   && Papers.GPU_CRIU.All.Contains(Papers.Cricket);
        }
        """;

    [Theory]
    [InlineData("0", true)]
    [InlineData("64", true)]
    [InlineData("65", false)]
    [InlineData("not a number", false)]
    [InlineData("70000", false)]
    public void Past_the_budget_each_paper_and_former_name_is_a_field(string budget, bool fields)
    {
        var run = Run(budget);
        var papers = run.Load().GetType("CriuCatalog.Papers")!;

        // The generated code compiles clean with documentation on; the probe here has no docs of its own.
        Assert.DoesNotContain(run.Emit().Diagnostics, d => d.Location.SourceTree?.FilePath != "Consumer.cs");
        Assert.Equal(fields, papers.GetField("Cricket", BindingFlags.Public | BindingFlags.Static) is { IsInitOnly: true });
        Assert.Equal(!fields, papers.GetProperty("Cricket", BindingFlags.Public | BindingFlags.Static) is not null);
        Assert.Equal(fields, papers.GetField("Rrc", BindingFlags.Public | BindingFlags.Static) is not null);
        Assert.Equal(fields, run.Sources["Papers.g.cs"].Contains("PaperCatalogPropertyBudget", StringComparison.Ordinal));
    }

    [Fact]
    public void Fields_give_the_same_catalog_as_properties()
    {
        var properties = Run("60000").Load().GetType("Members")!;
        var fields = Run("0").Load().GetType("Members")!;

        var dump = Call<string>(properties, "Dump");
        Assert.Equal(dump, Call<string>(fields, "Dump"));
        Assert.Equal(53, dump.Split('\n').Length);
        Assert.DoesNotContain("|False", dump, StringComparison.Ordinal);
        Assert.True(Call<bool>(properties, "NamesAreThePapers"));
        Assert.True(Call<bool>(fields, "NamesAreThePapers"));
    }

    private static GeneratorRun Run(string budget)
        => GeneratorHarness.Run(CatalogFiles.SeedText, Probe, globalOptions: ImmutableDictionary<string, string>.Empty.Add("build_property.PaperCatalogPropertyBudget", budget));

    private static T Call<T>(Type type, string method) => (T)type.GetMethod(method)!.Invoke(null, null)!;
}
