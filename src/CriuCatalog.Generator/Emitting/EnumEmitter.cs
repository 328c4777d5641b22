using System;
using System.Collections.Generic;
using System.Linq;
using CriuCatalog.Generator.Exporting;
using CriuCatalog.Generator.Model;
using static CriuCatalog.Generator.Model.GeneratedNames;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes the enums <c>Category</c>, <c>Venue</c>, <c>VenueKind</c> and <c>PaperId</c>, and <c>CatalogEnumExtensions</c>. A paper id is
/// documented by reference to its <c>Papers</c> property, so each paper's documentation is written once.
/// </summary>
internal static class EnumEmitter
{
    public const string HintName = "CatalogEnums.g.cs";

    public static GeneratedFile Emit(EmitContext context)
        => new(HintName, context.File(CategoryEnum(context), VenueEnum(context), VenueKindEnum(context), PaperIdEnum(context), Extensions(context)));

    private static Action<SourceWriter> CategoryEnum(EmitContext context) => writer => WriteEnum(
        writer,
        context.Accessibility,
        Category,
        $"""
        /// <summary>
        /// The categories of the paper catalog <c>{Escaping.XmlText(context.Catalog.Title)}</c>, in the order the catalog lists them.
        /// </summary>
        /// <remarks>Each category's papers are in a nested class of <see cref="{context.PapersClass}"/>; get them with <see cref="{context.PapersClass}.{InCategory}({Category})"/>.</remarks>
        """,
        context.Catalog.Categories.Count,
        i => context.Catalog.Categories[i].Identifier,
        (writer, i) => writer.WriteLine($"/// <summary>{Escaping.XmlText(context.Catalog.Categories[i].DisplayName)} ({EmitContext.Count(context.Catalog.Categories[i].Papers.Count, "paper")}): <see cref=\"{context.CategoryClass(i)}\"/>.</summary>"),
        writer => WriteFormerMembers(writer, (identifier, _) => $"{Category}.{identifier}", context.Catalog.Categories.Select((c, i) => (c.FormerIdentifier, c.Identifier, i))));

    private static Action<SourceWriter> VenueEnum(EmitContext context) => writer => WriteEnum(
        writer,
        context.Accessibility,
        Venue,
        $"""
        /// <summary>
        /// The venues of the paper catalog <c>{Escaping.XmlText(context.Catalog.Title)}</c>, in the order the catalog first names them.
        /// </summary>
        /// <remarks>All arXiv listings are one venue; a paper's arXiv id is kept on its <see cref="{Publication}.ArXivId"/>.</remarks>
        """,
        context.Catalog.Venues.Count,
        i => context.Catalog.Venues[i].Identifier,
        (writer, i) =>
        {
            var venue = context.Catalog.Venues[i];
            writer.WriteLine($"/// <summary>{Escaping.XmlText(venue.DisplayName)} ({EmitContext.Count(venue.Papers.Count, "paper")}).{(venue.IsPreprint ? " The arXiv preprint server: its listings are not peer-reviewed." : string.Empty)}</summary>");
        },
        writer => WriteFormerMembers(writer, (identifier, _) => $"{Venue}.{identifier}", context.Catalog.Venues.Select((v, i) => (v.FormerIdentifier, v.Identifier, i))));

    /// <summary>
    /// The members of the generated <c>VenueKind</c>, in the order of <see cref="Common.VenueKind"/> so that their
    /// values are the same, each with what it means for the BibTeX export.
    /// </summary>
    private static readonly (Common.VenueKind Kind, string Doc)[] s_venueKinds =
    [
        (Common.VenueKind.Unknown, "A venue the generator does not classify, such as a blog or an open archive: BibTeX <c>@misc</c>."),
        (Common.VenueKind.Conference, "A conference, symposium or workshop: BibTeX <c>@inproceedings</c>."),
        (Common.VenueKind.Journal, "A journal, transactions, letters or magazine: BibTeX <c>@article</c>."),
        (Common.VenueKind.Preprint, "The arXiv preprint server, which is not peer-reviewed: BibTeX <c>@misc</c> with the arXiv id."),
        (Common.VenueKind.Report, "A university's or institute's technical report: BibTeX <c>@techreport</c>."),
    ];

    private static Action<SourceWriter> VenueKindEnum(EmitContext context) => writer => WriteEnum(
        writer,
        context.Accessibility,
        GeneratedNames.VenueKind,
        $"""
        /// <summary>What kind of venue a <see cref="{Venue}"/> is, as <see cref="{CatalogEnumExtensions}.Kind({Venue})"/> tells; it decides the BibTeX entry type.</summary>
        /// <remarks>The generator knows the common venues by name, and classifies the others by words in their name (Journal, Conference, Workshop, University, …).</remarks>
        """,
        s_venueKinds.Length,
        i => s_venueKinds[i].Kind.ToString(),
        (writer, i) => writer.WriteLine($"/// <summary>{s_venueKinds[i].Doc}</summary>"));

    private static Action<SourceWriter> PaperIdEnum(EmitContext context) => writer => WriteEnum(
        writer,
        context.Accessibility,
        PaperId,
        $"""
        /// <summary>
        /// Identifies each paper of the catalog <c>{Escaping.XmlText(context.Catalog.Title)}</c>. Being constants, these can be used in attributes:
        /// <c>[Cites(PaperId.X)]</c> is a citation the compiler checks.
        /// </summary>
        /// <remarks>
        /// Members follow catalog order, and their numeric values change when papers are added or removed above them.
        /// Store <see cref="{Paper}.Key"/> rather than the number. Each member is documented as its <see cref="{context.PapersClass}"/> property.
        /// </remarks>
        """,
        context.Catalog.Papers.Count,
        i => context.Catalog.Papers[i].Identifier,
        (writer, i) => writer.Write("/// <inheritdoc cref=\"").Write(context.PaperClass(i)).Write('.').Write(context.Catalog.Papers[i].Identifier).WriteLine("\"/>"),
        writer => WriteFormerMembers(writer, (_, value) => context.PaperCref(value), context.Catalog.Papers.SelectMany((p, i) => p.Aliases.Select(a => (a.Identifier, p.Identifier, i)))));

    /// <summary>
    /// Former names (a pin's <c>aka</c>, or a rule-1 name that rule 2 changed), after every member, each with the value
    /// of what it was renamed to and documented as it (<paramref name="cref"/> of its name and value): old code still
    /// compiles, with warning CS0618 where it uses one.
    /// </summary>
    private static void WriteFormerMembers(SourceWriter writer, Func<string, int, string> cref, IEnumerable<(string? Former, string Identifier, int Value)> members)
    {
        foreach (var (former, identifier, value) in members)
        {
            if (former is not null)
            {
                writer.WriteLine($"/// <inheritdoc cref=\"{cref(identifier, value)}\"/>")
                    .WriteLine(EmitContext.RenamedAttribute(identifier))
                    .WriteLine($"{former} = {EmitContext.Number(value)},");
            }
        }
    }

    /// <summary>Writes an enum numbered from zero in model order, each member after the documentation <paramref name="documentMember"/> writes.</summary>
    private static void WriteEnum(
        SourceWriter writer,
        string accessibility,
        string name,
        string documentation,
        int count,
        Func<int, string> identifier,
        Action<SourceWriter, int> documentMember,
        Action<SourceWriter>? after = null)
    {
        writer.WriteLines(documentation)
            .WriteLine(EmitContext.GeneratedCodeAttribute)
            .WriteLine(accessibility + " enum " + name);
        using (writer.OpenBlock())
        {
            // Written in pieces: PaperId has a member per paper.
            for (var value = 0; value < count; value++)
            {
                documentMember(writer, value);
                writer.Write(identifier(value)).Write(" = ").Write(EmitContext.Number(value)).WriteLine(",");
            }

            after?.Invoke(writer);
        }
    }

    /// <summary>The category a category is nested in, from the headings of a Markdown list.</summary>
    private static void WriteParent(SourceWriter writer, Model.CatalogModel catalog)
    {
        writer.WriteLines($"""
            /// <summary>Gets the category a category is nested in: the heading above its own in a Markdown list.</summary>
            /// <param name="category">A category.</param>
            /// <returns>The parent category, or <see langword="null"/> for a top-level category (every category of a plain list).</returns>
            public static {Category}? Parent(this {Category} category)
            """);
        var children = catalog.Categories.Where(c => c.Parent >= 0 && c.Parent < catalog.Categories.Count).ToList();
        if (children.Count == 0)
        {
            writer.Indent(1).WriteLine("=> null;").Indent(-1);
            return;
        }

        writer.WriteReturnSwitch(
            "category",
            children.Select(child => ($"{Category}.{child.Identifier}", $"{Category}.{catalog.Categories[child.Parent].Identifier}")),
            "null");
    }

    /// <summary>The kind of each venue, as <see cref="Common.VenueKinds.Classify"/> found it for the BibTeX export, read from the table.</summary>
    private static void WriteKind(SourceWriter writer)
        => writer.WriteLines($"""
            /// <summary>Gets the kind of a venue: conference, journal, report or preprint.</summary>
            /// <param name="venue">A venue.</param>
            /// <returns>Its kind; <see cref="{GeneratedNames.VenueKind}.Unknown"/> for a venue the generator does not classify, or a value that is not defined.</returns>
            public static {GeneratedNames.VenueKind} Kind(this {Venue} venue)
                => (uint)venue < (uint){PaperTable}.VenueCount ? ({GeneratedNames.VenueKind}){PaperTable}.KindOf((int)venue) : {GeneratedNames.VenueKind}.{Common.VenueKind.Unknown};
            """);

    private static Action<SourceWriter> Extensions(EmitContext context) => writer =>
    {
        var catalog = context.Catalog;
        writer.WriteLines($"""
            /// <summary>Display names and lookups for <see cref="{Category}"/>, <see cref="{Venue}"/> and <see cref="{PaperId}"/>, and the kind of each venue, without reflection.</summary>
            {EmitContext.GeneratedCodeAttribute}
            {context.Accessibility} static class {CatalogEnumExtensions}
            """);
        using (writer.OpenBlock())
        {
            WriteDisplayName(writer, Category, "category", PaperTable + ".CategoryCount", "", "GPU CRIU");
            writer.WriteLine();
            WriteParent(writer, catalog);
            writer.WriteLine();
            WriteDisplayName(writer, Venue, "venue", PaperTable + ".VenueCount", PaperTable + ".CategoryCount + ", "SIGMOD/PODS");
            writer.WriteLine();
            WriteKind(writer);
            writer.WriteLine()
                .WriteLines($"""
                    /// <summary>Gets the paper an id stands for.</summary>
                    /// <param name="id">A paper id.</param>
                    /// <returns>The same instance as <see cref="{context.PapersClass}.{Get}({PaperId})"/> returns.</returns>
                    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="{PaperId}"/>.</exception>
                    public static {Paper} ToPaper(this {PaperId} id) => {context.PapersClass}.{Get}(id);
                    """);
        }
    };

    /// <summary>
    /// <c>ToDisplayName()</c> of an enum whose names are lines of the table's <c>Names</c>, from the line that
    /// <paramref name="firstLine"/> adds to the value.
    /// </summary>
    private static void WriteDisplayName(SourceWriter writer, string type, string noun, string count, string firstLine, string example)
        => writer.WriteLines($"""
            /// <summary>Gets the {noun}'s name as the catalog spells it (e.g. <c>{example}</c>).</summary>
            /// <param name="value">A {noun}.</param>
            /// <returns>The catalog's spelling, or the number for a value that is not defined.</returns>
            public static string ToDisplayName(this {type} value)
                => (uint)value < (uint){count} ? {PaperTable}.Name({firstLine}(int)value) : ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture);
            """);
}
