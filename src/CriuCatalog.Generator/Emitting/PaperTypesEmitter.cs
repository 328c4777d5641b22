using System.Collections.Generic;
using static CriuCatalog.Generator.Model.GeneratedNames;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes <c>Paper</c> and <c>Publication</c>. Both have a fixed shape, so each is one template. A paper is made by
/// <c>Papers</c> from its id alone and reads the rest from <c>PaperTable</c> when first asked.
/// </summary>
internal static class PaperTypesEmitter
{
    public const string HintName = Paper + ".g.cs";

    public static GeneratedFile Emit(EmitContext context) => new(HintName, context.File(
        writer => writer.WriteLines(PaperTemplate(context.Accessibility, context.PapersClass, context.Q)),
        writer => writer.WriteLines(PublicationTemplate(context.Accessibility, context.Q)),
        writer => writer.WriteLines(PaperLinkTemplate(context.Accessibility))));

    private static string PaperTemplate(string accessibility, string papers, string q) => $$"""
        /// <summary>A paper of the catalog: one instance per paper, reached through <see cref="{{papers}}"/>.</summary>
        /// <remarks>
        /// A paper listed more than once (in several categories, or at a conference and on arXiv) is one instance that carries every category and publication.
        /// Its fields are decoded from the catalog's data the first time one of them is read, once.
        /// </remarks>
        {{EmitContext.GeneratedCodeAttribute}}
        {{accessibility}} sealed partial class {{Paper}}
        {
            private Details{{q}} _details;

            internal {{Paper}}({{PaperId}} id)
            {
                Id = id;
            }

            /// <summary>The paper's constant id, usable in attributes such as <c>[Cites]</c>.</summary>
            public {{PaperId}} Id { get; }

            /// <summary>The paper's stable string key, e.g. <c>async-fork</c>: the words of its name joined by <c>-</c>, with Latin letters in lower case. It depends only on the paper's own title.</summary>
            public string Key => {{PaperTable}}.Key((int)Id);

            /// <summary>The full title, as the catalog lists it.</summary>
            public string Title => Decoded.Title;

            /// <summary>The short name the paper is known by: the part of the title before a colon, or its first words.</summary>
            public string ShortName => Decoded.ShortName;

            /// <summary>The primary venue: the first peer-reviewed publication, or arXiv when there is none.</summary>
            public {{Venue}} Venue => Decoded.Publications[0].Venue;

            /// <summary>The year of the primary publication.</summary>
            public int Year => Decoded.Publications[0].Year;

            /// <summary>
            /// The arXiv id of the paper's preprint (e.g. <c>2301.05861</c>): a publication's own, else one read from an arxiv.org link;
            /// <see langword="null"/> when the catalog gives none.
            /// </summary>
            public string{{q}} ArXivId => Decoded.ArXivId;

            /// <summary>The paper's own link, as a Markdown list gives it (<c>[Title](url)</c>), or <see langword="null"/>.</summary>
            public string{{q}} Url => Decoded.Extras.Url;

            /// <summary>The DOI read from a doi.org link, e.g. <c>10.1145/3600006.3613139</c>, or <see langword="null"/>.</summary>
            public string{{q}} Doi => Decoded.Extras.Doi;

            /// <summary>The paper's other links (code, slides, versions), each with its label, in catalog order; empty for a plain list.</summary>
            public global::System.Collections.Generic.IReadOnlyList<{{PaperLink}}> Links => Decoded.Links;

            /// <summary>The tags written before the label in a Markdown list, such as <c>Survey</c>; empty when there are none.</summary>
            public global::System.Collections.Generic.IReadOnlyList<string> Tags => Decoded.Tags;

            /// <summary>Everything else the listings say (institutions, system names, authors, summaries), in catalog order; empty when there is nothing.</summary>
            public global::System.Collections.Generic.IReadOnlyList<string> Notes => Decoded.Notes;

            /// <summary>Every category the paper is listed in, in catalog order.</summary>
            public global::System.Collections.Generic.IReadOnlyList<{{Category}}> Categories => Decoded.Categories;

            /// <summary>Every publication listed for the paper: peer-reviewed ones first, in catalog order, then preprints. The first is the primary one.</summary>
            public global::System.Collections.Generic.IReadOnlyList<{{Publication}}> Publications => Decoded.Publications;

            /// <summary>The citation line of the primary publication, e.g. <c>[SoCC '24] On-demand and Parallel Checkpoint/Restore for GPU Applications</c>.</summary>
            public string Citation => Decoded.Citation;

            /// <summary>Returns <see cref="Citation"/>.</summary>
            /// <returns>The citation line of the primary publication.</returns>
            public override string ToString() => Citation;

            private Details Decoded => _details ?? Decode();

            // Two threads may both decode; both get the first result stored.
            private Details Decode()
            {
                {{PaperTable}}.Read((int)Id, out var title, out var shortName, out var bibTeXTitle, out var markdownTitle, out var categories, out var publications, out var extras);
                var details = new Details(title, shortName, bibTeXTitle, markdownTitle, categories, publications, extras);
                return global::System.Threading.Interlocked.CompareExchange(ref _details, details, null) ?? details;
            }

            private sealed class Details
            {
                public Details(string title, string shortName, string bibTeXTitle, string markdownTitle, {{Category}}[] categories, {{Publication}}[] publications, {{PaperTable}}.Extras extras)
                {
                    Extras = extras;
                    Links = global::System.Array.AsReadOnly(extras.Links);
                    Tags = global::System.Array.AsReadOnly(extras.Tags);
                    Notes = global::System.Array.AsReadOnly(extras.Notes);
                    ArXivId = extras.LinkedArXivId;
                    Title = title;
                    ShortName = shortName;
                    BibTeXTitle = bibTeXTitle;
                    MarkdownTitle = markdownTitle;
                    Categories = global::System.Array.AsReadOnly(categories);
                    Publications = global::System.Array.AsReadOnly(publications);
                    Citation = publications[0].Label + " " + title;
                    foreach (var publication in publications)
                    {
                        if (publication.ArXivId != null)
                        {
                            ArXivId = publication.ArXivId;
                            break;
                        }
                    }
                }

                public string Title { get; }

                public string ShortName { get; }

                public string BibTeXTitle { get; }

                public string MarkdownTitle { get; }

                public string{{q}} ArXivId { get; }

                public {{PaperTable}}.Extras Extras { get; }

                public global::System.Collections.Generic.IReadOnlyList<{{PaperLink}}> Links { get; }

                public global::System.Collections.Generic.IReadOnlyList<string> Tags { get; }

                public global::System.Collections.Generic.IReadOnlyList<string> Notes { get; }

                public global::System.Collections.Generic.IReadOnlyList<{{Category}}> Categories { get; }

                public global::System.Collections.Generic.IReadOnlyList<{{Publication}}> Publications { get; }

                public string Citation { get; }
            }
        }
        """;

    private static string PublicationTemplate(string accessibility, string q) => $$"""
        /// <summary>One listing of a paper at a venue in a year, e.g. <c>[VLDB '23]</c> or <c>[arXiv:2301.05861 '23]</c>.</summary>
        {{EmitContext.GeneratedCodeAttribute}}
        {{accessibility}} sealed class {{Publication}}
        {
            internal {{Publication}}({{Venue}} venue, int year, string{{q}} arXivId, bool isPreprint, string{{q}} note)
            {
                Venue = venue;
                Year = year;
                ArXivId = arXivId;
                IsPreprint = isPreprint;
                Note = note;
                Label = "[" + venue.ToDisplayName() + (arXivId == null ? "" : ":" + arXivId) + " '" + YearDigits(year) + "]";
            }

            /// <summary>Where it was published.</summary>
            public {{Venue}} Venue { get; }

            /// <summary>The four-digit year.</summary>
            public int Year { get; }

            /// <summary>The arXiv id given with the listing (<c>arXiv:2202.07848</c> gives <c>2202.07848</c>), or <see langword="null"/>.</summary>
            public string{{q}} ArXivId { get; }

            /// <summary>Whether this is an arXiv preprint rather than a peer-reviewed publication.</summary>
            public bool IsPreprint { get; }

            /// <summary>The kind of its venue, as <see cref="{{CatalogEnumExtensions}}.Kind({{Venue}})"/> gives it.</summary>
            public {{VenueKind}} Kind => {{CatalogEnumExtensions}}.Kind(Venue);

            /// <summary>The track or note after the year in a Markdown list's label, <c>Spotlight</c> in <c>[NeurIPS'25 Spotlight]</c>, or <see langword="null"/>.</summary>
            public string{{q}} Note { get; }

            /// <summary>The label in the catalog's format, rebuilt from the venue, arXiv id and year, e.g. <c>[SoCC '24]</c>.</summary>
            public string Label { get; }

            /// <summary>Returns <see cref="Label"/>.</summary>
            /// <returns>The label, e.g. <c>[SoCC '24]</c>.</returns>
            public override string ToString() => Label;

            // Two digits where the catalog format reads them back as the same year (1970-2069), four otherwise.
            private static string YearDigits(int year)
                => (year >= 1970 && year <= 2069 ? year % 100 : year).ToString(year >= 1970 && year <= 2069 ? "00" : "0000", global::System.Globalization.CultureInfo.InvariantCulture);
        }
        """;

    private static string PaperLinkTemplate(string accessibility) => $$"""
        /// <summary>A link of a paper besides its own, as a Markdown list gives it: <c>[code](https://…)</c>.</summary>
        {{EmitContext.GeneratedCodeAttribute}}
        {{accessibility}} sealed class {{PaperLink}}
        {
            internal {{PaperLink}}(string label, string url)
            {
                Label = label;
                Url = url;
            }

            /// <summary>The link's text, e.g. <c>code</c> or <c>slides</c>.</summary>
            public string Label { get; }

            /// <summary>Where it points, as the catalog writes it.</summary>
            public string Url { get; }

            /// <summary>Returns the link as Markdown, <c>[Label](Url)</c>.</summary>
            /// <returns>The link as Markdown.</returns>
            public override string ToString() => "[" + Label + "](" + Url + ")";
        }
        """;
}
