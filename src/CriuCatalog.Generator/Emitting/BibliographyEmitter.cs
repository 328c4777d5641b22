using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Model;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes <c>Bibliography</c>, the papers the compilation cites with <c>[Cites]</c>, and <c>CitedPaper</c>, one
/// of its entries. A project that cites nothing gets an empty bibliography that compiles.
/// </summary>
internal static class BibliographyEmitter
{
    public static IEnumerable<GeneratedFile> Emit(CatalogEmitter.Context context, EquatableArray<CitedPaperModel> cited, CancellationToken cancellationToken)
    {
        yield return new GeneratedFile("CitedPaper.g.cs", EmitCitedPaper(context));
        yield return new GeneratedFile("Bibliography.g.cs", EmitBibliography(context, cited, cancellationToken));
    }

    private static string EmitCitedPaper(CatalogEmitter.Context context) => context.File(writer =>
    {
        var paper = context.Type("Paper");
        writer.WriteDocLine($"<summary>An entry of <see cref=\"{context.Type("Bibliography")}.Cited\"/>: a paper this assembly cites, and the code that cites it.</summary>")
            .WriteLine(CatalogEmitter.GeneratedCodeAttribute)
            .WriteLine("public sealed class CitedPaper");
        using (writer.OpenBlock())
        {
            writer.WriteLine($"internal CitedPaper({paper} paper, string[] citedBy)");
            using (writer.OpenBlock())
            {
                writer.WriteLine("Paper = paper;")
                    .WriteLine("CitedBy = global::System.Array.AsReadOnly(citedBy);");
            }

            writer.WriteLine()
                .WriteDocLine("<summary>The paper cited.</summary>")
                .WriteLine($"public {paper} Paper {{ get; }}")
                .WriteLine()
                .WriteDocLine("<summary>The symbols with a <c>[Cites]</c> of the paper, e.g. <c>MyApp.SnapshotScheduler</c> or <c>MyApp.Store.Fork()</c>, each once, in ordinal order.</summary>")
                .WriteLine("public global::System.Collections.Generic.IReadOnlyList<string> CitedBy { get; }")
                .WriteLine()
                .WriteDocLine($"<summary>Returns the paper's <see cref=\"{paper}.Citation\"/>.</summary>")
                .WriteDocLine("<returns>The citation line of the paper's primary publication.</returns>")
                .WriteLine("public override string ToString() => Paper.Citation;");
        }
    });

    private static string EmitBibliography(CatalogEmitter.Context context, EquatableArray<CitedPaperModel> cited, CancellationToken cancellationToken) => context.File(writer =>
    {
        var catalog = context.Catalog;
        var citedPaper = context.Type("CitedPaper");
        writer.WriteDocLine("<summary>")
            .WriteDocLine("The papers this assembly cites with <c>[Cites]</c>, like the reference list of a paper: each cited paper once, in catalog")
            .WriteDocLine($"order (the order of <see cref=\"{context.Type("PaperId")}\"/>), with the code that cites it. Now: {CatalogEmitter.Count(cited.Count, "paper")}.")
            .WriteDocLine("</summary>")
            .WriteDocLine("<remarks>It is generated with the build, so it always matches the code; it has no run-time reflection.</remarks>")
            .WriteLine(CatalogEmitter.GeneratedCodeAttribute)
            .WriteLine("public static class Bibliography");
        using (writer.OpenBlock())
        {
            writer.WriteDocLine("<summary>The cited papers, in catalog order, each with the symbols that cite it.</summary>")
                .WriteLine($"public static global::System.Collections.Generic.IReadOnlyList<{citedPaper}> Cited {{ get; }} = global::System.Array.AsReadOnly(new {citedPaper}[]");
            using (writer.OpenBlock(");"))
            {
                foreach (var entry in cited)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var symbols = string.Join(", ", entry.CitedBy.Select(Escaping.Literal));
                    writer.WriteLine($"new {citedPaper}({context.Type("Papers")}.{catalog.Papers[entry.Paper].Identifier}, new string[] {{ {symbols} }}),");
                }
            }

            writer.WriteLine()
                .WriteDocLine("<summary>Tells whether this assembly cites a paper.</summary>")
                .WriteDocLine("<param name=\"id\">A paper id.</param>")
                .WriteDocLine("<returns><see langword=\"true\"/> when a <c>[Cites]</c> in this assembly names the paper.</returns>");
            if (cited.Count == 0)
            {
                writer.WriteLine($"public static bool IsCited({context.Type("PaperId")} id) => false;");
            }
            else
            {
                writer.WriteLine($"public static bool IsCited({context.Type("PaperId")} id) => id switch");
                using (writer.OpenBlock(";"))
                {
                    foreach (var entry in cited)
                    {
                        writer.WriteLine($"{context.Type("PaperId")}.{catalog.Papers[entry.Paper].Identifier} => true,");
                    }

                    writer.WriteLine("_ => false,");
                }
            }

            writer.WriteLine();
            ExportEmitter.WriteExportMethods(
                writer,
                context,
                "the papers this assembly cites",
                "in catalog order",
                cited.Select(entry => catalog.Papers[entry.Paper]).ToList(),
                cancellationToken);
        }
    });
}
