using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using CriuCatalog.Generator.Tests.Infrastructure;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The runtime loads no type of more than 65,535 methods, nor of more than 65,535 static fields, and every property
/// of <c>Papers</c> is a method: in a catalog with more papers and former names than <c>PaperCatalogPropertyBudget</c>
/// (60,000 by default), those past it are properties of base classes of <c>Papers</c>, with the same API; in a
/// category class, whose papers are fields, those past it are properties. The seed has 53 papers and 12 former names,
/// 65 members, so small budgets stand in for a large catalog.
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
                   && Papers.MdbKcp == Papers.MDB_KCP
                   && Papers.GPU_CRIU.All.Contains(Papers.Cricket);
        }
        """;

    [Theory]
    [InlineData("1", 64)]
    [InlineData("20", 3)]
    [InlineData("64", 1)]
    [InlineData("65", 0)]
    [InlineData("0", 0)]
    [InlineData("not a number", 0)]
    [InlineData("70000", 0)]
    public void Past_the_budget_the_members_of_Papers_are_declared_in_base_classes(string budget, int baseClasses)
    {
        const BindingFlags Static = BindingFlags.Public | BindingFlags.Static;
        var run = Run(budget);
        var assembly = run.Load();
        var papers = assembly.GetType("CriuCatalog.Papers")!;

        // The generated code compiles clean with documentation on (the crefs to members of base classes resolve); the
        // probe here has no docs of its own.
        var generated = run.Emit().Diagnostics.Where(d => d.Location.SourceTree?.FilePath != "Consumer.cs").ToList();
        Assert.True(generated.Count == 0, string.Join("\n", generated.Take(5)));

        var chain = new List<string>();
        for (var type = papers.BaseType; type != typeof(object); type = type!.BaseType)
        {
            chain.Add(type!.Name);
            Assert.True(type.IsAbstract);
            Assert.InRange(type.GetProperties(Static | BindingFlags.DeclaredOnly).Length, 1, int.Parse(budget, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(Enumerable.Range(1, baseClasses).Select(i => "PapersMore" + i), chain);
        Assert.Equal(baseClasses == 0, papers.IsAbstract && papers.IsSealed);
        Assert.Equal(baseClasses > 0, run.Sources["Papers.g.cs"].Contains("PaperCatalogPropertyBudget", StringComparison.Ordinal));

        // Every paper and former name is a property, declared by Papers or by a base class.
        Assert.All(Names, name => Assert.NotNull(papers.GetProperty(name, Static | BindingFlags.FlattenHierarchy)));
    }

    [Theory]
    [InlineData("5", false)]
    [InlineData("6", true)]
    public void Past_the_budget_the_papers_of_a_category_class_are_properties(string budget, bool field)
    {
        const BindingFlags Static = BindingFlags.Public | BindingFlags.Static;

        // Cricket is the 6th paper of GPU CRIU.
        var gpu = Run(budget).Load().GetType("CriuCatalog.Papers+GPU_CRIU")!;

        Assert.Equal(field, gpu.GetField("Cricket", Static) is { IsInitOnly: true });
        Assert.Equal(!field, gpu.GetProperty("Cricket", Static) is not null);
        Assert.NotNull(gpu.GetField("Singularity", Static));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    public void Past_both_budgets_the_papers_of_a_category_class_are_in_its_base_classes(string budget)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var limit = int.Parse(budget, System.Globalization.CultureInfo.InvariantCulture);
        var whole = Run("60000").Load().GetType("CriuCatalog.Papers+GPU_CRIU")!;
        var run = Run(budget);
        var gpu = run.Load().GetType("CriuCatalog.Papers+GPU_CRIU")!;
        var generated = run.Emit().Diagnostics.Where(d => d.Location.SourceTree?.FilePath != "Consumer.cs").ToList();
        Assert.True(generated.Count == 0, string.Join("\n", generated.Take(5)));

        // Each class of the chain keeps to the budget, in fields and in properties (All aside).
        var chain = new List<string>();
        var names = new List<string>();
        for (var type = gpu; type != typeof(object); type = type.BaseType!)
        {
            var fields = type.GetFields(Declared).Select(f => f.Name).ToList();
            var properties = type.GetProperties(Declared).Select(p => p.Name).Where(name => name != "All").ToList();
            Assert.InRange(fields.Count, 0, limit);
            Assert.InRange(properties.Count, 0, limit);
            names.AddRange(fields.Concat(properties));
            if (type != gpu)
            {
                chain.Add(type.Name);
                Assert.True(type.IsAbstract);
            }
        }

        // Together they declare what the one class declares, each the same paper.
        var expected = whole.GetFields(Declared).Select(f => f.Name)
            .Concat(whole.GetProperties(Declared).Select(p => p.Name).Where(name => name != "All")).ToList();
        Assert.True(expected.Count > 2 * limit);
        Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), names.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(1, chain.Count).Select(i => "PapersGPU_CRIUMore" + i), chain);
        Assert.All(expected, name => Assert.Equal(KeyOf(whole, name), KeyOf(gpu, name)));
    }

    private static string KeyOf(Type category, string member)
    {
        const BindingFlags Flattened = BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy;
        var paper = category.GetField(member, Flattened)?.GetValue(null) ?? category.GetProperty(member, Flattened)!.GetValue(null)!;
        return (string)paper.GetType().GetProperty("Key")!.GetValue(paper)!;
    }

    [Theory]
    [InlineData("1")]
    [InlineData("20")]
    public void Base_classes_give_the_same_catalog(string budget)
    {
        var one = Run("60000").Load().GetType("Members")!;
        var split = Run(budget).Load().GetType("Members")!;

        var dump = Call<string>(one, "Dump");
        Assert.Equal(dump, Call<string>(split, "Dump"));
        Assert.Equal(53, dump.Split('\n').Length);
        Assert.DoesNotContain("|False", dump, StringComparison.Ordinal);
        Assert.True(Call<bool>(one, "NamesAreThePapers"));
        Assert.True(Call<bool>(split, "NamesAreThePapers"));
    }

    [Fact]
    public void A_renamed_public_class_of_papers_in_its_own_namespace_splits_the_same_way()
    {
        const string probe = """
            #pragma warning disable CS0618
            public static class Renamed
            {
                public static bool Works()
                    => Research.Literature.MdbKcp == Research.Literature.MDB_KCP
                       && Research.Literature.Cricket == Research.Literature.Get(Research.PaperId.Cricket)
                       && typeof(Research.Literature).BaseType!.Name == "LiteratureMore1"
                       && typeof(Research.Literature).BaseType!.IsPublic;
            }
            """;
        var options = ImmutableDictionary<string, string>.Empty
            .Add("build_property.PaperCatalogPropertyBudget", "20")
            .Add("build_property.PaperCatalogClassName", "Literature")
            .Add("build_property.PaperCatalogNamespace", "Research")
            .Add("build_property.PaperCatalogVisibility", "public");
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, probe, globalOptions: options);

        var generated = run.Emit().Diagnostics.Where(d => d.Location.SourceTree?.FilePath != "Consumer.cs").ToList();
        Assert.True(generated.Count == 0, string.Join("\n", generated.Take(5)));
        Assert.True(Call<bool>(run.Load().GetType("Renamed")!, "Works"));
    }

    private static readonly string[] Names = ["Cricket", "RRC", "Rrc", "MdbKcp"];

    private static GeneratorRun Run(string budget)
        => GeneratorHarness.Run(CatalogFiles.SeedText, Probe, globalOptions: ImmutableDictionary<string, string>.Empty.Add("build_property.PaperCatalogPropertyBudget", budget));

    private static T Call<T>(Type type, string method) => (T)type.GetMethod(method)!.Invoke(null, null)!;
}
