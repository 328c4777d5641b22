using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CriuCatalog.Generator.Tests.Infrastructure;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// Every file generated for the seed, and the diagnostics for a broken catalog, compared with snapshots that
/// were read line by line before they were accepted.
/// </summary>
public class GeneratedCodeSnapshotTests
{
    [Fact]
    public void Seed()
    {
        var run = GeneratorHarness.Run(CatalogFiles.SeedText);

        Assert.Empty(run.ReportedDiagnostics);
        Assert.Equal(
            [
                "Bibliography.g.cs", "CatalogEnums.g.cs", "CitesAttribute.g.cs", "Exports.g.cs", "Paper.g.cs", "PaperTable.g.cs", "Papers.g.cs",
            ],
            run.Sources.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Snapshot.VerifyAll(run.Sources.OrderBy(s => s.Key, System.StringComparer.Ordinal).Select(s => (Path.GetFileNameWithoutExtension(s.Key), s.Value)));
    }

    /// <summary>
    /// The seed in C# 7.3 (the default of .NET Standard 2.0), as its differences from <see cref="Seed"/>'s files, line
    /// by line: the nullable annotations it goes without, and nothing else.
    /// </summary>
    [Fact]
    public void SeedInCSharp73()
    {
        var latest = GeneratorHarness.Run(CatalogFiles.SeedText).Sources;
        var old = GeneratorHarness.Run(CatalogFiles.SeedText, parseOptions: GeneratorHarness.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3)).Sources;

        Assert.Equal(latest.Keys.OrderBy(k => k, System.StringComparer.Ordinal), old.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        var differences = new StringBuilder();
        foreach (var name in latest.Keys.OrderBy(k => k, System.StringComparer.Ordinal))
        {
            differences.Append(name).Append('\n');
            var diff = DiffPlex.DiffBuilder.InlineDiffBuilder.Diff(latest[name], old[name], ignoreWhiteSpace: false);
            // "- N": line N of the latest C#'s file, which C# 7.3 does not have; "+ N": line N of C# 7.3's instead.
            var (latestLine, oldLine) = (0, 0);
            foreach (var piece in diff.Lines)
            {
                var deleted = piece.Type == DiffPlex.DiffBuilder.Model.ChangeType.Deleted;
                var inserted = piece.Type == DiffPlex.DiffBuilder.Model.ChangeType.Inserted;
                latestLine += inserted ? 0 : 1;
                oldLine += deleted ? 0 : 1;
                if (deleted || inserted)
                {
                    differences.Append(deleted ? "- " : "+ ").Append((deleted ? latestLine : oldLine).ToString(CultureInfo.InvariantCulture))
                        .Append(": ").Append(piece.Text.Trim()).Append('\n');
                }
            }
        }

        Snapshot.Verify(differences.ToString(), "differences", "txt");
    }

    /// <summary>A Markdown list: nested category classes, <c>Parent()</c>, links and tags in the docs.</summary>
    [Fact]
    public void MarkdownFixture()
    {
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(MarkdownFixtures.Awesome, MarkdownFixtures.AwesomePath)]);

        Snapshot.VerifyAll(
        [
            ("Papers.g", run.Sources["Papers.g.cs"]),
            ("CatalogEnums.g", run.Sources["CatalogEnums.g.cs"]),
        ]);
    }

    [Fact]
    public void Bibliography()
    {
        const string consumer = """
            using CriuCatalog;

            namespace Demo
            {
                [Cites(PaperId.AsyncFork)]
                [Cites(PaperId.Cricket)]
                public class SnapshotScheduler
                {
                    [Cites(PaperId.AsyncFork)]
                    public void Fork(int pages) { }
                }

                public static class Tools
                {
                    [Cites(PaperId.Singularity)]
                    public static int Scale<T>(T workload) => 0;
                }
            }
            """;

        var run = GeneratorHarness.Run(CatalogFiles.SeedText, consumer);

        Assert.Empty(run.ReportedDiagnostics);
        Snapshot.Verify(run.Sources["Bibliography.g.cs"], "Bibliography.g");
    }

    [Fact]
    public void BrokenCatalogDiagnostics()
    {
        const string catalog = """
            Broken Papers
            [OSDI '23] Listed before any category
            - Systems
            [OSDI '23] Fine: A paper that parses
            [OSDI '23] Fine: A paper that parses
            this line means nothing
            [OSDI 23] No apostrophe before the year
            [OSDI '2x] Malformed year
            [ '23] No venue
            [OSDI '23]
            [OSDI '23 Never closed
            [arXiv:12345 '23] Bad arXiv id
            [arXiv:2301.05861 '22] Wrong year for the id
            -
            - [OSDI '23] Bulleted entry
            """;

        var run = GeneratorHarness.Run(catalog);

        var text = new StringBuilder();
        foreach (var diagnostic in run.ReportedDiagnostics)
        {
            var span = diagnostic.Location.GetLineSpan();
            text.Append(CultureInfo.InvariantCulture, $"{diagnostic.Id} {diagnostic.Severity} ({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): ")
                .Append(diagnostic.GetMessage(CultureInfo.InvariantCulture))
                .Append('\n');
        }

        Snapshot.Verify(text.ToString(), "diagnostics", "txt");
    }
}
