using System.Collections.Generic;
using System.Linq;
using CriuCatalog.Generator.Model;
using static CriuCatalog.Generator.Model.GeneratedNames;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes the enums <c>Category</c>, <c>Venue</c> and <c>PaperId</c>, and <c>CatalogEnumExtensions</c>. A paper id is
/// documented by reference to its <c>Papers</c> property, so each paper's documentation is written once.
/// </summary>
internal static class EnumEmitter
{
    public static IEnumerable<GeneratedFile> Emit(EmitContext context)
    {
        yield return new GeneratedFile(Category + ".g.cs", EmitCategory(context));
        yield return new GeneratedFile(Venue + ".g.cs", EmitVenue(context));
        yield return new GeneratedFile(PaperId + ".g.cs", EmitPaperId(context));
        yield return new GeneratedFile(CatalogEnumExtensions + ".g.cs", EmitExtensions(context));
    }

    private static string EmitCategory(EmitContext context) => context.File(writer => WriteEnum(
        writer,
        context.Accessibility,
        Category,
        $"""
        /// <summary>
        /// The categories of the paper catalog <c>{Escaping.XmlText(context.Catalog.Title)}</c>, in the order the catalog lists them.
        /// </summary>
        /// <remarks>Each category's papers are in a nested class of <see cref="{context.PapersClass}"/>; get them with <see cref="{context.PapersClass}.{InCategory}({Category})"/>.</remarks>
        """,
        context.Catalog.Categories.Select((c, i) => (
            c.Identifier,
            $"/// <summary>{Escaping.XmlText(c.DisplayName)} ({EmitContext.Count(c.Papers.Count, "paper")}): <see cref=\"{context.CategoryClass(i)}\"/>.</summary>")),
        writer => WriteFormerMembers(writer, $"{Category}.", context.Catalog.Categories.Select((c, i) => (c.FormerIdentifier, c.Identifier, i)))));

    private static string EmitVenue(EmitContext context) => context.File(writer => WriteEnum(
        writer,
        context.Accessibility,
        Venue,
        $"""
        /// <summary>
        /// The venues of the paper catalog <c>{Escaping.XmlText(context.Catalog.Title)}</c>, in the order the catalog first names them.
        /// </summary>
        /// <remarks>All arXiv listings are one venue; a paper's arXiv id is kept on its <see cref="{Publication}.ArXivId"/>.</remarks>
        """,
        context.Catalog.Venues.Select(v => (
            v.Identifier,
            $"/// <summary>{Escaping.XmlText(v.DisplayName)} ({EmitContext.Count(v.Papers.Count, "paper")}).{(v.IsPreprint ? " The arXiv preprint server: its listings are not peer-reviewed." : string.Empty)}</summary>")),
        writer => WriteFormerMembers(writer, $"{Venue}.", context.Catalog.Venues.Select((v, i) => (v.FormerIdentifier, v.Identifier, i)))));

    private static string EmitPaperId(EmitContext context) => context.File(writer => WriteEnum(
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
        context.Catalog.Papers.Select(p => (p.Identifier, $"/// <inheritdoc cref=\"{context.PapersClass}.{p.Identifier}\"/>")),
        writer => WriteFormerMembers(writer, $"{context.PapersClass}.", context.Catalog.Papers.SelectMany((p, i) => p.Aliases.Select(a => (a.Identifier, p.Identifier, i))))));

    /// <summary>
    /// Former names (a pin's <c>aka</c>, or a rule-1 name that rule 2 changed), after every member, each with the value
    /// of what it was renamed to and documented as it (<paramref name="cref"/> and its name): old code still
    /// compiles, with warning CS0618 where it uses one.
    /// </summary>
    private static void WriteFormerMembers(SourceWriter writer, string cref, IEnumerable<(string? Former, string Identifier, int Value)> members)
    {
        foreach (var (former, identifier, value) in members)
        {
            if (former is not null)
            {
                writer.WriteLine($"/// <inheritdoc cref=\"{cref}{identifier}\"/>")
                    .WriteLine(EmitContext.RenamedAttribute(identifier))
                    .WriteLine($"{former} = {EmitContext.Number(value)},");
            }
        }
    }

    /// <summary>Writes an enum numbered from zero in model order, each member after its one line of documentation.</summary>
    private static void WriteEnum(
        SourceWriter writer,
        string accessibility,
        string name,
        string documentation,
        IEnumerable<(string Identifier, string Doc)> members,
        System.Action<SourceWriter>? after = null)
    {
        writer.WriteLines(documentation)
            .WriteLine(EmitContext.GeneratedCodeAttribute)
            .WriteLine(accessibility + " enum " + name);
        using (writer.OpenBlock())
        {
            var value = 0;
            foreach (var (identifier, doc) in members)
            {
                writer.WriteLine(doc)
                    .WriteLine($"{identifier} = {EmitContext.Number(value++)},");
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
            public static {Category}? Parent(this {Category} category) => category switch
            """);
        using (writer.OpenBlock(";"))
        {
            foreach (var child in catalog.Categories.Where(c => c.Parent >= 0 && c.Parent < catalog.Categories.Count))
            {
                writer.WriteLine($"{Category}.{child.Identifier} => {Category}.{catalog.Categories[child.Parent].Identifier},");
            }

            writer.WriteLine($"_ => ({Category}?)null,");
        }
    }

    private static string EmitExtensions(EmitContext context) => context.File(writer =>
    {
        var catalog = context.Catalog;
        writer.WriteLines($"""
            /// <summary>Display names and lookups for <see cref="{Category}"/>, <see cref="{Venue}"/> and <see cref="{PaperId}"/>, without reflection.</summary>
            {EmitContext.GeneratedCodeAttribute}
            {context.Accessibility} static class {CatalogEnumExtensions}
            """);
        using (writer.OpenBlock())
        {
            WriteDisplayName(writer, Category, "category", catalog.Categories.Select(c => (c.Identifier, c.DisplayName)), "GPU CRIU");
            writer.WriteLine();
            WriteParent(writer, catalog);
            writer.WriteLine();
            WriteDisplayName(writer, Venue, "venue", catalog.Venues.Select(v => (v.Identifier, v.DisplayName)), "SIGMOD/PODS");
            writer.WriteLine()
                .WriteLines($"""
                    /// <summary>Gets the paper an id stands for.</summary>
                    /// <param name="id">A paper id.</param>
                    /// <returns>The same instance as <see cref="{context.PapersClass}.{Get}({PaperId})"/> returns.</returns>
                    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="{PaperId}"/>.</exception>
                    public static {Paper} ToPaper(this {PaperId} id) => {context.PapersClass}.{Get}(id);
                    """);
        }
    });

    private static void WriteDisplayName(SourceWriter writer, string type, string noun, IEnumerable<(string Identifier, string DisplayName)> members, string example)
    {
        writer.WriteLines($"""
            /// <summary>Gets the {noun}'s name as the catalog spells it (e.g. <c>{example}</c>).</summary>
            /// <param name="value">A {noun}.</param>
            /// <returns>The catalog's spelling, or the number for a value that is not defined.</returns>
            public static string ToDisplayName(this {type} value) => value switch
            """);
        using (writer.OpenBlock(";"))
        {
            foreach (var (identifier, displayName) in members)
            {
                writer.WriteLine($"{type}.{identifier} => {Escaping.Literal(displayName)},");
            }

            writer.WriteLine("_ => ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture),");
        }
    }
}
