using System;
using System.Collections.Generic;
using System.Linq;
using CriuCatalog.Generator.Exporting;
using static CriuCatalog.Generator.Model.GeneratedNames;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes the BibTeX and Markdown exports. What needs escaping or a decision (the escaped, case-protected title, a
/// venue's entry type and field) is computed here, by <see cref="BibTeXFormat"/> and <see cref="MarkdownFormat"/>;
/// the generated code only joins those parts with the key, year and arXiv id, on the first call, and keeps the result.
/// </summary>
internal static class ExportEmitter
{
    public const string HintName = "Exports.g.cs";

    public static GeneratedFile Emit(EmitContext context) => new(HintName, context.File(
        PaperExports(context),
        writer =>
        {
            writer.WriteLine("partial class " + context.PapersClass);
            using (writer.OpenBlock())
            {
                WriteListExports(writer, context.Q, "every paper of the catalog", All + ".Count", All + "[i]");
            }
        }));

    /// <summary>
    /// Writes <c>ToBibTeX()</c> and <c>ToMarkdown()</c> of a list of papers: entries separated by a blank line, and a
    /// numbered list. Each is built from the papers' own exports on first call and kept.
    /// </summary>
    public static void WriteListExports(SourceWriter writer, string q, string what, string count, string paperAtI)
    {
        writer.WriteLines($$"""
            private static string{{q}} s_bibTeX;
            private static string{{q}} s_markdown;

            """);
        writer.WriteLines(CachedJoin(
            $"The BibTeX of {what}, in catalog order, entries separated by a blank line. See <see cref=\"{Paper}.{ToBibTeX}\"/>.",
            ToBibTeX,
            "s_bibTeX",
            count,
            $"builder.Append(i == 0 ? \"\" : \"\\n\").Append({paperAtI}.{ToBibTeX}());"));
        writer.WriteLine();
        writer.WriteLines(CachedJoin(
            $"A numbered Markdown list of {what}, in catalog order, one line per paper. See <see cref=\"{Paper}.{ToMarkdown}\"/>.",
            ToMarkdown,
            "s_markdown",
            count,
            $"builder.Append((i + 1).ToString(global::System.Globalization.CultureInfo.InvariantCulture)).Append(\". \").Append({paperAtI}.{ToMarkdown}()).Append('\\n');"));
    }

    /// <summary>A method that builds a string from every paper on its first call, keeps it in a field, and returns it.</summary>
    private static string CachedJoin(string summary, string method, string field, string count, string appendPaper) => $$"""
        /// <summary>{{summary}}</summary>
        /// <returns>Built on the first call, then kept: later calls return the same string.</returns>
        public static string {{method}}()
        {
            if ({{field}} == null)
            {
                var builder = new global::System.Text.StringBuilder();
                for (var i = 0; i < {{count}}; i++)
                {
                    {{appendPaper}}
                }

                {{field}} = builder.ToString();
            }

            return {{field}};
        }
        """;

    private static Action<SourceWriter> PaperExports(EmitContext context) => writer =>
    {
        var venue = context.Type(Venue);
        var q = context.Q;
        writer.WriteLine("partial class " + Paper);
        using (writer.OpenBlock())
        {
            writer.WriteLines($$"""
                private string{{q}} _bibTeX;
                private string{{q}} _markdown;

                /// <summary>
                /// This paper as a BibTeX entry keyed by <see cref="Key"/>, e.g. <c>@inproceedings{async-fork, …}</c>. The entry type follows the venue:
                /// <c>@inproceedings</c> for a conference, <c>@article</c> for a journal, <c>@techreport</c> for a report, and <c>@misc</c> for arXiv (with <c>eprint</c>) or an unknown venue.
                /// </summary>
                /// <remarks>The catalog lists no authors, so the entry has no <c>author</c> field. The title was escaped for LaTeX by the generator; the entry is joined on the first call and kept.</remarks>
                /// <returns>The entry; each line ends in <c>\n</c>.</returns>
                public string {{ToBibTeX}}()
                {
                    if (_bibTeX == null)
                    {
                        var builder = new global::System.Text.StringBuilder()
                            .Append('@').Append(BibTeXType(Venue)).Append('{').Append(Key).Append(",\n")
                            .Append("  title = {").Append(Decoded.BibTeXTitle).Append("},\n");
                        if (ArXivId == null || !Publications[0].IsPreprint)
                        {
                            builder.Append("  ").Append(BibTeXVenue(Venue)).Append(",\n");
                        }

                        builder.Append("  year = {").Append(Year.ToString(global::System.Globalization.CultureInfo.InvariantCulture)).Append("},\n");
                        if (Doi != null)
                        {
                            builder.Append("  doi = {").Append(UrlText(Doi, "{}\\")).Append("},\n");
                        }

                        if (ArXivId != null)
                        {
                            builder.Append("  eprint = {").Append(UrlText(ArXivId, "{}\\")).Append("},\n")
                                .Append("  archivePrefix = {arXiv},\n");
                        }

                        if (Url != null || ArXivId != null)
                        {
                            builder.Append("  url = {").Append(UrlText(Url ?? "https://arxiv.org/abs/" + ArXivId, "{}\\")).Append("},\n");
                        }

                        _bibTeX = builder.Append("}\n").ToString();
                    }

                    return _bibTeX;
                }

                /// <summary>
                /// This paper as one line of Markdown: <c>*Title*. Venue, Year.</c>, the title linked to <see cref="Url"/> when the paper has one,
                /// and a link to its arXiv preprint when it has one.
                /// </summary>
                /// <remarks>Markdown markup characters in the title and venue are escaped. The line is joined on the first call and kept.</remarks>
                /// <returns>The line, without a line break.</returns>
                public string {{ToMarkdown}}()
                {
                    if (_markdown == null)
                    {
                        var title = "*" + Decoded.MarkdownTitle + "*";
                        var line = (Url == null ? title : "[" + title + "](" + UrlText(Url, "()<> ") + ")") + ". " + MarkdownVenue(Venue) + ", " + Year.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ".";
                        _markdown = ArXivId == null ? line : line + " [arXiv:" + ArXivId + "](https://arxiv.org/abs/" + ArXivId + ")";
                    }

                    return _markdown;
                }

                // A URL or id as an export writes it: the characters that would end its field or link, white space and
                // control characters percent-encoded, so an entry's braces and a link's parentheses stay balanced.
                private static string UrlText(string url, string unsafeCharacters)
                {
                    var builder = new global::System.Text.StringBuilder(url.Length);
                    foreach (var c in url)
                    {
                        if (c <= ' ' || c == '\u007F' || unsafeCharacters.IndexOf(c) >= 0)
                        {
                            builder.Append('%').Append(((int)c).ToString("X2", global::System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }
                    }

                    return builder.ToString();
                }

                """);

            WriteVenueParts(writer, context.Type(Venue), context.Type(Model.GeneratedNames.VenueKind));
        }
    };

    /// <summary>
    /// The venue parts of the exports: the entry type and the field follow the venue's kind, as
    /// <see cref="BibTeXFormat"/> maps them, and the names, escaped by the generator, are lines of the table's
    /// <c>Names</c> (the BibTeX names after the venues' own, then the Markdown names).
    /// </summary>
    private static void WriteVenueParts(SourceWriter writer, string venue, string venueKind)
    {
        var kinds = Enum.GetValues(typeof(Common.VenueKind)).Cast<Common.VenueKind>().ToList();
        writer.WriteLine("// The venue parts of the exports; the names were escaped by the generator.")
            .WriteLine($"private static string BibTeXType({venue} venue)");
        WriteKindSwitch(writer, "venue.Kind()", venueKind, kinds, BibTeXFormat.EntryType);
        writer.WriteLine()
            .WriteLine($"private static string BibTeXVenue({venue} venue) => (uint)venue >= (uint){PaperTable}.VenueCount ? \"\" : BibTeXField(venue.Kind()) + \" = {{\" + ExportName(venue, 1) + \"}}\";")
            .WriteLine()
            .WriteLine($"private static string BibTeXField({venueKind} kind)");
        WriteKindSwitch(writer, "kind", venueKind, kinds, BibTeXFormat.VenueField);
        writer.WriteLines($$"""

            private static string MarkdownVenue({{venue}} venue) => (uint)venue >= (uint){{PaperTable}}.VenueCount ? venue.ToDisplayName() : ExportName(venue, 2);

            // A venue's name as the BibTeX (1) or the Markdown (2) export writes it: an empty line is the venue's own
            // name, and U+0001, which no escaped name holds, an empty one.
            private static string ExportName({{venue}} venue, int export)
            {
                var name = {{PaperTable}}.Name({{PaperTable}}.CategoryCount + (export * {{PaperTable}}.VenueCount) + (int)venue);
                return name.Length == 0 ? venue.ToDisplayName() : name == {{Escaping.Literal(DataTableEmitter.NoExportName)}} ? "" : name;
            }
            """);
    }

    /// <summary>
    /// A method body that switches on a kind: a case for each kind whose value is not the default's, then the
    /// default, that of <see cref="Common.VenueKind.Unknown"/>.
    /// </summary>
    private static void WriteKindSwitch(SourceWriter writer, string kindExpression, string venueKind, IReadOnlyList<Common.VenueKind> kinds, Func<Common.VenueKind, string> value)
    {
        var otherwise = value(Common.VenueKind.Unknown);
        writer.WriteReturnSwitch(
            kindExpression,
            kinds.Where(k => value(k) != otherwise).Select(kind => ($"{venueKind}.{kind}", Escaping.Literal(value(kind)))),
            Escaping.Literal(otherwise));
    }
}
