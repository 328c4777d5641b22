using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Exporting;
using CriuCatalog.Generator.Model;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes the BibTeX and Markdown exports: <c>Paper.ToBibTeX()</c>, <c>Paper.ToMarkdown()</c>,
/// <c>Papers.ToBibTeX()</c> and <c>Papers.ToMarkdown()</c>. Every paper's text is computed here, at build time, and
/// lands in the assembly as a string constant; the catalog's export joins those constants once, on first call.
/// </summary>
internal static class ExportEmitter
{
    /// <summary>The part of <c>Paper</c> with its exports, read from tables indexed by <c>PaperId</c>.</summary>
    public static string EmitPaperExports(CatalogEmitter.Context context, CancellationToken cancellationToken) => context.File(writer =>
    {
        var papers = context.Catalog.Papers;
        writer.WriteLine("partial class Paper");
        using (writer.OpenBlock())
        {
            writer.WriteDocLine("<summary>")
                .WriteDocLine($"This paper as a BibTeX entry keyed by <see cref=\"Key\"/>, e.g. <c>@inproceedings{{async-fork, …}}</c>. The entry type follows the venue:")
                .WriteDocLine("<c>@inproceedings</c> for a conference, <c>@article</c> for a journal, <c>@techreport</c> for a report, and <c>@misc</c> for arXiv (with <c>eprint</c>) or an unknown venue.")
                .WriteDocLine("</summary>")
                .WriteDocLine("<remarks>The catalog lists no authors, so the entry has no <c>author</c> field. The text was written by the generator; calling this allocates nothing.</remarks>")
                .WriteDocLine("<returns>The entry; each line ends in <c>\\n</c>.</returns>")
                .WriteLine("public string ToBibTeX() => Exports.BibTeX[(int)Id];")
                .WriteLine()
                .WriteDocLine("<summary>This paper as one line of Markdown: <c>*Title*. Venue, Year.</c> and a link to its arXiv preprint when it has one.</summary>")
                .WriteDocLine("<remarks>Markdown markup characters in the title are escaped. The text was written by the generator; calling this allocates nothing.</remarks>")
                .WriteDocLine("<returns>The line, without a line break.</returns>")
                .WriteLine("public string ToMarkdown() => Exports.Markdown[(int)Id];")
                .WriteLine()
                .WriteDocLine($"<summary>The exports of every paper, indexed by <see cref=\"{context.Type("PaperId")}\"/>; loaded on first use.</summary>")
                .WriteLine("private static class Exports");
            using (writer.OpenBlock())
            {
                writer.WriteLine("internal static readonly string[] BibTeX = new string[]");
                using (writer.OpenBlock(";"))
                {
                    for (var i = 0; i < papers.Count; i++)
                    {
                        ThrowIfCancellationRequested(i, cancellationToken);
                        writer.WriteLine("// " + papers[i].Identifier);
                        WriteConcatenation(writer, BibTeXFormat.Entry(context.Catalog, papers[i]), ",", indent: string.Empty);
                    }
                }

                writer.WriteLine()
                    .WriteLine("internal static readonly string[] Markdown = new string[]");
                using (writer.OpenBlock(";"))
                {
                    for (var i = 0; i < papers.Count; i++)
                    {
                        ThrowIfCancellationRequested(i, cancellationToken);
                        writer.WriteLine(Escaping.Literal(MarkdownFormat.Line(context.Catalog, papers[i])) + ",");
                    }
                }
            }
        }
    });

    /// <summary>
    /// The part of <c>Papers</c> that exports the whole catalog. It joins the papers' own constants once, on first
    /// call, rather than holding a second copy of every text: the compiler limits a program's string constants to
    /// 16 MB in all, and a large catalog's exports are most of it.
    /// </summary>
    public static string EmitCatalogExports(CatalogEmitter.Context context) => context.File(writer =>
    {
        var paper = context.Type("Paper");
        writer.WriteLine("partial class Papers");
        using (writer.OpenBlock())
        {
            writer.WriteLine("private static string? s_bibTeX;")
                .WriteLine("private static string? s_markdown;")
                .WriteLine();
            WriteCachedJoin(
                writer,
                $"<summary>The BibTeX of every paper of the catalog, in catalog order, entries separated by a blank line. See <see cref=\"{paper}.ToBibTeX\"/>.</summary>",
                "ToBibTeX",
                "s_bibTeX",
                "builder.Append(i == 0 ? string.Empty : \"\\n\").Append(s_all[i].ToBibTeX());");
            writer.WriteLine();
            WriteCachedJoin(
                writer,
                $"<summary>A numbered Markdown list of every paper of the catalog, in catalog order, one line per paper. See <see cref=\"{paper}.ToMarkdown\"/>.</summary>",
                "ToMarkdown",
                "s_markdown",
                "builder.Append((i + 1).ToString(global::System.Globalization.CultureInfo.InvariantCulture)).Append(\". \").Append(s_all[i].ToMarkdown()).Append('\\n');");
        }
    });

    /// <summary>Writes a method that builds a string from every paper on its first call, in a field, and returns the field.</summary>
    private static void WriteCachedJoin(SourceWriter writer, string summary, string method, string field, string appendPaper)
    {
        writer.WriteDocLine(summary)
            .WriteDocLine("<returns>Built from the papers' own constants on the first call, then cached: later calls return the same string.</returns>")
            .WriteLine($"public static string {method}()");
        using (writer.OpenBlock())
        {
            writer.WriteLine($"if ({field} == null)");
            using (writer.OpenBlock())
            {
                writer.WriteLine("var builder = new global::System.Text.StringBuilder();")
                    .WriteLine("for (var i = 0; i < s_all.Length; i++)");
                using (writer.OpenBlock())
                {
                    writer.WriteLine(appendPaper);
                }

                writer.WriteLine()
                    .WriteLine($"{field} = builder.ToString();");
            }

            writer.WriteLine()
                .WriteLine($"return {field};");
        }
    }

    /// <summary>
    /// Writes <c>ToBibTeX()</c> and <c>ToMarkdown()</c> returning constants for a list of papers: BibTeX entries
    /// separated by a blank line, and a numbered Markdown list.
    /// </summary>
    public static void WriteExportMethods(SourceWriter writer, CatalogEmitter.Context context, string what, string order, IReadOnlyList<PaperModel> papers, CancellationToken cancellationToken)
    {
        writer.WriteDocLine($"<summary>The BibTeX of {what}, {order}, entries separated by a blank line. See <see cref=\"{context.Type("Paper")}.ToBibTeX\"/>.</summary>")
            .WriteDocLine("<returns>A constant written by the generator; calling this allocates nothing.</returns>")
            .WriteLine("public static string ToBibTeX() => BibTeX;")
            .WriteLine()
            .WriteDocLine($"<summary>A numbered Markdown list of {what}, {order}, one line per paper. See <see cref=\"{context.Type("Paper")}.ToMarkdown\"/>.</summary>")
            .WriteDocLine("<returns>A constant written by the generator; calling this allocates nothing.</returns>")
            .WriteLine("public static string ToMarkdown() => Markdown;")
            .WriteLine();

        var bibTeX = new List<string>();
        var markdown = new List<string>();
        for (var i = 0; i < papers.Count; i++)
        {
            ThrowIfCancellationRequested(i, cancellationToken);
            if (i > 0)
            {
                bibTeX.Add(string.Empty);
            }

            bibTeX.AddRange(BibTeXFormat.Entry(context.Catalog, papers[i]));
            markdown.Add(CatalogEmitter.Number(i + 1) + ". " + MarkdownFormat.Line(context.Catalog, papers[i]));
        }

        writer.WriteLine("private const string BibTeX =");
        WriteConcatenation(writer, bibTeX, ";", indent: "    ");
        writer.WriteLine()
            .WriteLine("private const string Markdown =");
        WriteConcatenation(writer, markdown, ";", indent: "    ");
    }

    /// <summary>Writes lines as one constant expression, a literal per line, each ending in <c>\n</c>.</summary>
    private static void WriteConcatenation(SourceWriter writer, IReadOnlyList<string> lines, string terminator, string indent)
    {
        if (lines.Count == 0)
        {
            writer.WriteLine(indent + "\"\"" + terminator);
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            writer.WriteLine(indent + Escaping.Literal(lines[i] + "\n") + (i == lines.Count - 1 ? terminator : " +"));
        }
    }

    private static void ThrowIfCancellationRequested(int index, CancellationToken cancellationToken)
    {
        if ((index & 0xFF) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
