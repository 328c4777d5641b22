using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The generated <c>Bibliography</c>: the consumer's <c>[Cites]</c> attributes, whatever they are written on
/// and however the paper is named, become its entries with the right symbols; and the step that builds it reruns
/// only when a citation changes.
/// </summary>
public class BibliographyTests
{
    private const string Citing = """
        using System.Linq;
        using CriuCatalog;
        using static CriuCatalog.PaperId;
        using P = CriuCatalog.PaperId;

        [assembly: Cites(PaperId.Dapper)]

        namespace Demo
        {
            [Cites(PaperId.AsyncFork)]
            [Cites(global::CriuCatalog.PaperId.Cricket)]
            public class SnapshotScheduler
            {
                [Cites(AsyncFork)]
                public void Fork(int pages, string name) { }

                [Cites(paper: P.Singularity)]
                public int Budget { get; set; }

                public void Restore([Cites(CriuCatalog.PaperId.RRC)] int attempt) { }
            }

            public static class Outer
            {
                [Cites(PaperId.AsyncFork)]
                public sealed class Inner<T> { }
            }
        }
        """;

    private static readonly Lazy<Assembly> Compiled = new(() => GeneratorHarness.Run(CatalogFiles.SeedText, Citing + Probe).Load());

    private const string Probe = """

        public static class Probe
        {
            public static string[] Cited() => CriuCatalog.Bibliography.Cited
                .Select(c => c.Paper.Key + " <- " + string.Join(" | ", c.CitedBy))
                .ToArray();
            public static bool[] IsCited() => new[]
            {
                CriuCatalog.Bibliography.IsCited(CriuCatalog.PaperId.AsyncFork),
                CriuCatalog.Bibliography.IsCited(CriuCatalog.PaperId.Dapper),
                CriuCatalog.Bibliography.IsCited(CriuCatalog.PaperId.Portkey),
            };
            public static string BibTeX() => CriuCatalog.Bibliography.ToBibTeX();
            public static string Markdown() => CriuCatalog.Bibliography.ToMarkdown();
        }
        """;

    [Fact]
    public void Every_citation_is_listed_once_per_paper_in_catalog_order_with_its_citing_symbols()
    {
        // PaperId order: Singularity, Cricket, Dapper, AsyncFork, RRC. Symbols in ordinal order.
        Assert.Equal(
            [
                "singularity <- Demo.SnapshotScheduler.Budget",
                "cricket <- Demo.SnapshotScheduler",
                "dapper <- " + CompilationName,
                "async-fork <- Demo.Outer.Inner<T> | Demo.SnapshotScheduler | Demo.SnapshotScheduler.Fork(int, string)",
                "rrc <- Demo.SnapshotScheduler.Restore(int) parameter attempt",
            ],
            Call<string[]>("Cited"));
    }

    [Fact]
    public void IsCited_answers_for_cited_and_uncited_papers()
        => Assert.Equal([true, true, false], Call<bool[]>("IsCited"));

    [Fact]
    public void The_bibliography_exports_exactly_the_cited_papers()
    {
        var entries = BibTeXReader.Read(Call<string>("BibTeX"));

        Assert.Equal(["singularity", "cricket", "dapper", "async-fork", "rrc"], entries.Select(e => e.Key));
        Assert.Equal(5, Call<string>("Markdown").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_project_that_cites_nothing_gets_an_empty_bibliography_that_compiles()
    {
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, """
            public static class Probe
            {
                public static int Count() => CriuCatalog.Bibliography.Cited.Count;
                public static string BibTeX() => CriuCatalog.Bibliography.ToBibTeX();
                public static bool AnyCited() => System.Linq.Enumerable.Any(CriuCatalog.Papers.All, p => CriuCatalog.Bibliography.IsCited(p.Id));
            }
            """);

        Assert.DoesNotContain(run.Emit().Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var probe = run.Load().GetType("Probe")!;
        Assert.Equal(0, (int)probe.GetMethod("Count")!.Invoke(null, null)!);
        Assert.Equal(string.Empty, (string)probe.GetMethod("BibTeX")!.Invoke(null, null)!);
        Assert.False((bool)probe.GetMethod("AnyCited")!.Invoke(null, null)!);
    }

    [Fact]
    public void A_citation_not_written_as_a_member_is_reported_where_it_is_and_left_out()
    {
        const string source = """
            using CriuCatalog;

            internal static class Constants
            {
                public const PaperId Favourite = PaperId.Cricket;
            }

            [Cites((PaperId)3)]
            [Cites(Constants.Favourite)]
            [Cites(PaperId.Portkey)]
            public sealed class Scheduler { }
            """;

        var run = GeneratorHarness.Run(CatalogFiles.SeedText, source);

        Assert.DoesNotContain(run.Emit().Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var reported = run.ReportedDiagnostics;
        Assert.Equal(["CRIU018", "CRIU018"], reported.Select(d => d.Id));
        Assert.All(reported, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(["(PaperId)3", "Constants.Favourite"], reported.Select(d => source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)));
        Assert.Equal([(7, 7), (8, 7)], reported.Select(d => (d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character)));
        Assert.Equal("Consumer.cs", reported[0].Location.GetLineSpan().Path);
        Assert.Contains("Scheduler", reported[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var bibliography = run.Sources["Bibliography.g.cs"];
        Assert.Contains("new CitedPaper(Papers.Portkey,", bibliography, StringComparison.Ordinal);
        Assert.DoesNotContain("new CitedPaper(Papers.Cricket,", bibliography, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_method_body_without_Cites_leaves_the_bibliography_cached()
    {
        var (driver, compilation, tree) = Start("public class Other { public int M() => 1; }");

        var edited = compilation.ReplaceSyntaxTree(tree, Reparse(tree, "public class Other { public int M() => 2; }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(Reasons(result, TrackingNames.Bibliography), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.NotEmpty(Reasons(result, TrackingNames.Bibliography));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_a_method_body_next_to_a_Cites_leaves_the_bibliography_cached()
    {
        var (driver, compilation, tree) = Start("[CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public class Other { public int M() => 1; }");

        var edited = compilation.ReplaceSyntaxTree(tree, Reparse(tree, "[CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public class Other { public int M() => 2; }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.NotEmpty(Reasons(result, TrackingNames.Citations));
        Assert.All(Reasons(result, TrackingNames.Citations), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, r.ToString()));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(result, TrackingNames.Bibliography));
    }

    [Fact]
    public void Adding_and_removing_a_Cites_updates_the_bibliography()
    {
        var (driver, compilation, tree) = Start("public class Other { }");

        var added = compilation.ReplaceSyntaxTree(tree, Reparse(tree, "[CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public class Other { }"));
        driver = driver.RunGenerators(added);
        var afterAdd = driver.GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(afterAdd, TrackingNames.Bibliography));
        Assert.Contains("Papers.Cricket,", Bibliography(afterAdd), StringComparison.Ordinal);

        var removed = added.ReplaceSyntaxTree(added.SyntaxTrees.Last(), Reparse(tree, "public class Other { }"));
        var afterRemove = driver.RunGenerators(removed).GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(afterRemove, TrackingNames.Bibliography));
        Assert.DoesNotContain("Papers.Cricket,", Bibliography(afterRemove), StringComparison.Ordinal);
    }

    private static string CompilationName => GeneratorHarness.CreateCompilation().AssemblyName!;

    private static (GeneratorDriver Driver, Compilation Compilation, SyntaxTree Tree) Start(string source)
    {
        var compilation = GeneratorHarness.CreateCompilation("[CriuCatalog.Cites(CriuCatalog.PaperId.AsyncFork)] public class Citing { }");
        var tree = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: "Other.cs");
        compilation = compilation.AddSyntaxTrees(tree);
        var driver = GeneratorHarness.CreateDriver([CatalogFiles.Catalog(CatalogFiles.SeedText)]).RunGenerators(compilation);
        return (driver, compilation, tree);
    }

    private static SyntaxTree Reparse(SyntaxTree tree, string source)
        => CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: tree.FilePath);

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps.TryGetValue(step, out var steps) ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray() : [];

    private static string Bibliography(GeneratorRunResult result)
        => result.GeneratedSources.Single(s => s.HintName == "Bibliography.g.cs").SourceText.ToString();

    private static T Call<T>(string method)
        => (T)Compiled.Value.GetType("Probe")!.GetMethod(method)!.Invoke(null, null)!;
}
