using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using CriuCatalog.Generator.Model;
using CriuCatalog.Generator.Parsing;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes the C# source of a <see cref="CatalogModel"/>: one file per generated type, every member documented,
/// every type <c>global::</c>-qualified, every text written through <see cref="Escaping"/>. The output depends
/// only on the model and settings, never on the machine, the clock or the culture.
/// </summary>
internal static class CatalogEmitter
{
    private const string ListOfPapers = "global::System.Collections.Generic.IReadOnlyList<global::{0}.Paper>";

    /// <summary>
    /// How many papers one generated method creates. Static initializers would put every paper in one static
    /// constructor, a method the JIT takes seconds to compile for a catalog of many thousands of papers.
    /// </summary>
    private const int PapersPerMethod = 256;

    internal static readonly string GeneratedCodeAttribute = string.Format(
        CultureInfo.InvariantCulture,
        "[global::System.CodeDom.Compiler.GeneratedCodeAttribute({0}, {1})]",
        Escaping.Literal("CriuCatalog.Generator"),
        Escaping.Literal(typeof(CatalogEmitter).Assembly.GetName().Version?.ToString() ?? "0.0.0.0"));

    /// <summary>The generated files, as (hint name, source) pairs in a fixed order.</summary>
    public static IEnumerable<GeneratedFile> Emit(CatalogModel catalog, GenerationSettings settings, CancellationToken cancellationToken)
    {
        var context = new Context(catalog, settings, cancellationToken);
        yield return new GeneratedFile("Category.g.cs", EmitCategory(context));
        yield return new GeneratedFile("Venue.g.cs", EmitVenue(context));
        yield return new GeneratedFile("PaperId.g.cs", EmitPaperId(context));
        yield return new GeneratedFile("CatalogEnumExtensions.g.cs", EmitEnumExtensions(context));
        yield return new GeneratedFile("Paper.g.cs", EmitPaper(context));
        yield return new GeneratedFile("Publication.g.cs", EmitPublication(context));
        cancellationToken.ThrowIfCancellationRequested();
        yield return new GeneratedFile("Papers.g.cs", EmitPapers(context, cancellationToken));
        yield return new GeneratedFile(CitesAttributeEmitter.HintName, CitesAttributeEmitter.Emit(context));
        cancellationToken.ThrowIfCancellationRequested();
        yield return new GeneratedFile("Paper.Export.g.cs", ExportEmitter.EmitPaperExports(context, cancellationToken));
        yield return new GeneratedFile("Papers.Export.g.cs", ExportEmitter.EmitCatalogExports(context));
    }

    private static string EmitCategory(Context context) => context.File(writer => WriteEnum(
        writer,
        "Category",
        [
            "<summary>",
            $"The categories of the paper catalog <c>{Escaping.XmlText(context.Catalog.Title)}</c>, in the order the catalog lists them.",
            "</summary>",
            $"<remarks>Each category's papers are in a nested class of <see cref=\"{context.Type("Papers")}\"/>; get them with <see cref=\"{context.Type("Papers")}.InCategory({context.Type("Category")})\"/>.</remarks>",
        ],
        context.Catalog.Categories.Select(category => new EnumMember(
            category.Identifier,
            $"{Escaping.XmlText(category.DisplayName)} ({Count(category.Papers.Count, "paper")}).",
            $"Its papers: <see cref=\"{context.Type("Papers")}.{category.Identifier}\"/>."))));

    private static string EmitVenue(Context context) => context.File(writer => WriteEnum(
        writer,
        "Venue",
        [
            "<summary>",
            $"The venues of the paper catalog <c>{Escaping.XmlText(context.Catalog.Title)}</c>, in the order the catalog first names them.",
            "</summary>",
            $"<remarks>All arXiv listings are one venue; a paper's arXiv id is kept on its <see cref=\"{context.Type("Publication")}.ArXivId\"/>.</remarks>",
        ],
        context.Catalog.Venues.Select(venue => new EnumMember(
            venue.Identifier,
            $"{Escaping.XmlText(venue.DisplayName)} ({Count(venue.Papers.Count, "paper")}).{(venue.IsPreprint ? " The arXiv preprint server: its listings are not peer-reviewed." : string.Empty)}",
            Remarks: null))));

    private static string EmitPaperId(Context context) => context.File(writer => WriteEnum(
        writer,
        "PaperId",
        [
            "<summary>",
            $"Identifies each paper of the catalog <c>{Escaping.XmlText(context.Catalog.Title)}</c>. Being constants, these can be used in attributes:",
            "<c>[Cites(PaperId.X)]</c> is a citation the compiler checks.",
            "</summary>",
            "<remarks>",
            "Members follow catalog order, and their numeric values change when papers are added or removed above them.",
            $"Store <see cref=\"{context.Type("Paper")}.Key\"/> rather than the number.",
            "</remarks>",
        ],
        context.Catalog.Papers.Select(paper => new EnumMember(
            paper.Identifier,
            Escaping.XmlText(context.Citation(paper)),
            $"The paper: <see cref=\"{context.Type("Papers")}.{paper.Identifier}\"/>."))));

    /// <summary>
    /// Writes a documented public enum whose members are numbered from zero in model order, each documented, with
    /// a blank line between them.
    /// </summary>
    private static void WriteEnum(SourceWriter writer, string name, string[] documentation, IEnumerable<EnumMember> members)
    {
        foreach (var line in documentation)
        {
            writer.WriteDocLine(line);
        }

        writer.WriteLine(GeneratedCodeAttribute)
            .WriteLine("public enum " + name);
        using (writer.OpenBlock())
        {
            var value = 0;
            foreach (var member in members)
            {
                if (value > 0)
                {
                    writer.WriteLine();
                }

                writer.WriteDocLine($"<summary>{member.Summary}</summary>");
                if (member.Remarks is not null)
                {
                    writer.WriteDocLine($"<remarks>{member.Remarks}</remarks>");
                }

                writer.WriteLine($"{member.Identifier} = {Number(value++)},");
            }
        }
    }

    private static string EmitEnumExtensions(Context context)
    {
        var catalog = context.Catalog;
        return context.File(writer =>
        {
            writer.WriteDocLine($"<summary>Display names and lookups for <see cref=\"{context.Type("Category")}\"/>, <see cref=\"{context.Type("Venue")}\"/> and <see cref=\"{context.Type("PaperId")}\"/>, without reflection.</summary>")
                .WriteLine(GeneratedCodeAttribute)
                .WriteLine("public static class CatalogEnumExtensions");
            using (writer.OpenBlock())
            {
                WriteDisplayName(writer, context, "Category", "category", catalog.Categories.Select(c => (c.Identifier, c.DisplayName)), "GPU CRIU");
                writer.WriteLine();
                WriteDisplayName(writer, context, "Venue", "venue", catalog.Venues.Select(v => (v.Identifier, v.DisplayName)), "SIGMOD/PODS");
                writer.WriteLine();
                writer.WriteDocLine("<summary>Gets the paper an id stands for.</summary>")
                    .WriteDocLine("<param name=\"id\">A paper id.</param>")
                    .WriteDocLine("<returns>The same instance as <see cref=\"" + context.Type("Papers") + ".Get(" + context.Type("PaperId") + ")\"/> returns.</returns>")
                    .WriteDocLine("<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"id\"/> is not a defined <see cref=\"" + context.Type("PaperId") + "\"/>.</exception>")
                    .WriteLine($"public static {context.Type("Paper")} ToPaper(this {context.Type("PaperId")} id) => {context.Type("Papers")}.Get(id);");
            }
        });
    }

    private static void WriteDisplayName(SourceWriter writer, Context context, string type, string noun, IEnumerable<(string Identifier, string DisplayName)> members, string example)
    {
        writer.WriteDocLine($"<summary>Gets the {noun}'s name as the catalog spells it (e.g. <c>{example}</c>).</summary>")
            .WriteDocLine($"<param name=\"value\">A {noun}.</param>")
            .WriteDocLine("<returns>The catalog's spelling, or the number for a value that is not defined.</returns>")
            .WriteLine($"public static string ToDisplayName(this {context.Type(type)} value) => value switch");
        using (writer.OpenBlock(";"))
        {
            foreach (var (identifier, displayName) in members)
            {
                writer.WriteLine($"{context.Type(type)}.{identifier} => {Escaping.Literal(displayName)},");
            }

            writer.WriteLine("_ => ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture),");
        }
    }

    private static string EmitPaper(Context context) => context.File(writer =>
    {
        var categoryList = $"global::System.Collections.Generic.IReadOnlyList<{context.Type("Category")}>";
        var publicationList = $"global::System.Collections.Generic.IReadOnlyList<{context.Type("Publication")}>";
        writer.WriteDocLine($"<summary>A paper of the catalog: one instance per paper, reached through <see cref=\"{context.Type("Papers")}\"/>.</summary>")
            .WriteDocLine("<remarks>A paper listed more than once (in several categories, or at a conference and on arXiv) is one instance that carries every category and publication.</remarks>")
            .WriteLine(GeneratedCodeAttribute)
            .WriteLine("public sealed partial class Paper");
        using (writer.OpenBlock())
        {
            writer.WriteLine($"internal Paper({context.Type("PaperId")} id, string key, string title, string shortName, string citation, {context.Type("Category")}[] categories, {context.Type("Publication")}[] publications)");
            using (writer.OpenBlock())
            {
                writer.WriteLine("Id = id;")
                    .WriteLine("Key = key;")
                    .WriteLine("Title = title;")
                    .WriteLine("ShortName = shortName;")
                    .WriteLine("Citation = citation;")
                    .WriteLine("Categories = global::System.Array.AsReadOnly(categories);")
                    .WriteLine("Publications = global::System.Array.AsReadOnly(publications);")
                    .WriteLine("Venue = publications[0].Venue;")
                    .WriteLine("Year = publications[0].Year;")
                    .WriteLine("foreach (var publication in publications)");
                using (writer.OpenBlock())
                {
                    writer.WriteLine("if (publication.ArXivId != null)");
                    using (writer.OpenBlock())
                    {
                        writer.WriteLine("ArXivId = publication.ArXivId;")
                            .WriteLine("break;");
                    }
                }
            }

            writer.WriteLine()
                .WriteDocLine("<summary>The paper's constant id, usable in attributes such as <c>[Cites]</c>.</summary>")
                .WriteLine($"public {context.Type("PaperId")} Id {{ get; }}")
                .WriteLine()
                .WriteDocLine("<summary>The paper's stable string key, e.g. <c>async-fork</c>: the words of its name joined by <c>-</c>, with Latin letters in lower case. It depends only on the paper's own title.</summary>")
                .WriteLine("public string Key { get; }")
                .WriteLine()
                .WriteDocLine("<summary>The full title, as the catalog lists it.</summary>")
                .WriteLine("public string Title { get; }")
                .WriteLine()
                .WriteDocLine("<summary>The short name the paper is known by: the part of the title before a colon, or its first words.</summary>")
                .WriteLine("public string ShortName { get; }")
                .WriteLine()
                .WriteDocLine("<summary>The primary venue: the first peer-reviewed publication, or arXiv when there is none.</summary>")
                .WriteLine($"public {context.Type("Venue")} Venue {{ get; }}")
                .WriteLine()
                .WriteDocLine("<summary>The year of the primary publication.</summary>")
                .WriteLine("public int Year { get; }")
                .WriteLine()
                .WriteDocLine("<summary>The arXiv id of the paper's preprint (e.g. <c>2301.05861</c>), or <see langword=\"null\"/> when the catalog gives none.</summary>")
                .WriteLine("public string? ArXivId { get; }")
                .WriteLine()
                .WriteDocLine("<summary>Every category the paper is listed in, in catalog order.</summary>")
                .WriteLine($"public {categoryList} Categories {{ get; }}")
                .WriteLine()
                .WriteDocLine("<summary>Every publication listed for the paper: peer-reviewed ones first, in catalog order, then preprints. The first is the primary one.</summary>")
                .WriteLine($"public {publicationList} Publications {{ get; }}")
                .WriteLine()
                .WriteDocLine("<summary>The citation line of the primary publication, e.g. <c>[SoCC '24] On-demand and Parallel Checkpoint/Restore for GPU Applications</c>.</summary>")
                .WriteLine("public string Citation { get; }")
                .WriteLine()
                .WriteDocLine("<summary>Returns <see cref=\"Citation\"/>.</summary>")
                .WriteDocLine("<returns>The citation line of the primary publication.</returns>")
                .WriteLine("public override string ToString() => Citation;");
        }
    });

    private static string EmitPublication(Context context) => context.File(writer =>
    {
        writer.WriteDocLine("<summary>One listing of a paper at a venue in a year, e.g. <c>[VLDB '23]</c> or <c>[arXiv:2301.05861 '23]</c>.</summary>")
            .WriteLine(GeneratedCodeAttribute)
            .WriteLine("public sealed class Publication");
        using (writer.OpenBlock())
        {
            writer.WriteLine($"internal Publication({context.Type("Venue")} venue, int year, string? arXivId, bool isPreprint, string label)");
            using (writer.OpenBlock())
            {
                writer.WriteLine("Venue = venue;")
                    .WriteLine("Year = year;")
                    .WriteLine("ArXivId = arXivId;")
                    .WriteLine("IsPreprint = isPreprint;")
                    .WriteLine("Label = label;");
            }

            writer.WriteLine()
                .WriteDocLine("<summary>Where it was published.</summary>")
                .WriteLine($"public {context.Type("Venue")} Venue {{ get; }}")
                .WriteLine()
                .WriteDocLine("<summary>The four-digit year.</summary>")
                .WriteLine("public int Year { get; }")
                .WriteLine()
                .WriteDocLine("<summary>The arXiv id given with the listing (<c>arXiv:2202.07848</c> gives <c>2202.07848</c>), or <see langword=\"null\"/>.</summary>")
                .WriteLine("public string? ArXivId { get; }")
                .WriteLine()
                .WriteDocLine("<summary>Whether this is an arXiv preprint rather than a peer-reviewed publication.</summary>")
                .WriteLine("public bool IsPreprint { get; }")
                .WriteLine()
                .WriteDocLine("<summary>The label in the catalog's format, rebuilt from the venue, arXiv id and year, e.g. <c>[SoCC '24]</c>.</summary>")
                .WriteLine("public string Label { get; }")
                .WriteLine()
                .WriteDocLine("<summary>Returns <see cref=\"Label\"/>.</summary>")
                .WriteDocLine("<returns>The label, e.g. <c>[SoCC '24]</c>.</returns>")
                .WriteLine("public override string ToString() => Label;");
        }
    });

    private static string EmitPapers(Context context, CancellationToken cancellationToken)
    {
        var catalog = context.Catalog;
        var papers = catalog.Papers;
        var paperType = context.Type("Paper");
        var list = string.Format(CultureInfo.InvariantCulture, ListOfPapers, context.Settings.Namespace);
        var years = papers
            .SelectMany((p, index) => p.Publications.Select(pub => (pub.Year, index)))
            .GroupBy(x => x.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => (Year: g.Key, Papers: g.Select(x => x.index).Distinct().OrderBy(i => i).ToList()))
            .ToList();

        return context.File(writer =>
        {
            writer.WriteDocLine("<summary>")
                .WriteDocLine($"The papers of the catalog <c>{Escaping.XmlText(catalog.Title)}</c>: {Count(papers.Count, "paper")} in {Count(catalog.Categories.Count, "category", "categories")}, one property per paper.")
                .WriteDocLine("</summary>")
                .WriteDocLine("<remarks>")
                .WriteDocLine("Each category has a nested class listing its papers; a paper in several categories is the same instance in each.")
                .WriteDocLine("Lookups use switches and tables built once, so they do not allocate.")
                .WriteDocLine("</remarks>")
                .WriteLine(GeneratedCodeAttribute)
                .WriteLine("public static partial class Papers");
            using (writer.OpenBlock())
            {
                writer.WriteDocLine("<summary>The catalog's title: its title line, or the file's name when it has none.</summary>")
                    .WriteLine($"public const string CatalogTitle = {Escaping.Literal(catalog.Title)};")
                    .WriteLine();

                for (var i = 0; i < papers.Count; i++)
                {
                    if ((i & 0xFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    WritePaperProperty(writer, context, papers[i]);
                }

                // Static initializers run in text order: every table below is built from this one.
                writer.WriteLine($"private static readonly {paperType}[] s_all = CreatePapers();")
                    .WriteLine();
                writer.WriteDocLine("<summary>Every paper, each once, in catalog order (the order of <see cref=\"" + context.Type("PaperId") + "\"/>).</summary>")
                    .WriteLine($"public static {list} All {{ get; }} = global::System.Array.AsReadOnly(s_all);")
                    .WriteLine();

                WriteGet(writer, context);
                WriteTryFind(writer, context);
                WriteSwitchLookup(
                    writer,
                    $"<summary>Gets the papers listed in a category, in the order the catalog lists them there.</summary>",
                    "<param name=\"category\">A category.</param>",
                    $"public static {list} InCategory({context.Type("Category")} category) => category switch",
                    catalog.Categories.Select(c => $"{context.Type("Category")}.{c.Identifier} => {context.Type("Papers")}.{c.Identifier}.All,"));
                WriteSwitchLookup(
                    writer,
                    "<summary>Gets the papers with a publication at a venue (primary or not), in catalog order.</summary>",
                    "<param name=\"venue\">A venue.</param>",
                    $"public static {list} ByVenue({context.Type("Venue")} venue) => venue switch",
                    catalog.Venues.Select(v => $"{context.Type("Venue")}.{v.Identifier} => s_venue{v.Identifier},"));
                WriteSwitchLookup(
                    writer,
                    "<summary>Gets the papers with a publication in a year (primary or not), in catalog order.</summary>",
                    "<param name=\"year\">A four-digit year, e.g. 2024.</param>",
                    $"public static {list} ByYear(int year) => year switch",
                    years.Select(y => $"{Number(y.Year)} => s_year{Number(y.Year)},"));

                writer.WriteLine("// The papers sorted by key, ordinally, and their keys in the same order, for TryFind's binary search.");
                writer.WriteLine($"private static readonly {paperType}[] s_byKey = ({paperType}[])s_all.Clone();");
                writer.WriteLine("private static readonly string[] s_keys = SortByKey(s_byKey);");
                writer.WriteLine($"private static readonly {list} s_none = global::System.Array.AsReadOnly(new {paperType}[0]);");

                // Lists of ids are constant data in the assembly; only Pick's loop runs to turn them into papers.
                for (var v = 0; v < catalog.Venues.Count; v++)
                {
                    writer.WriteLine($"private static readonly {list} s_venue{catalog.Venues[v].Identifier} = Pick(new {context.Type("PaperId")}[]");
                    WriteItems(writer, catalog.Venues[v].Papers.Select(p => context.Id(papers[p])), ");");
                }

                foreach (var (year, yearPapers) in years)
                {
                    writer.WriteLine($"private static readonly {list} s_year{Number(year)} = Pick(new {context.Type("PaperId")}[]");
                    WriteItems(writer, yearPapers.Select(p => context.Id(papers[p])), ");");
                }

                writer.WriteLine();
                WritePaperCreation(writer, context);
                WriteTableHelpers(writer, context);

                foreach (var category in catalog.Categories)
                {
                    writer.WriteLine();
                    WriteCategoryClass(writer, context, category);
                }
            }
        });
    }

    private static void WritePaperProperty(SourceWriter writer, Context context, PaperModel paper)
    {
        WritePaperDoc(writer, context, paper);
        writer.WriteLine($"public static {context.Type("Paper")} {paper.Identifier} => s_all[(int){context.Id(paper)}];")
            .WriteLine();
    }

    /// <summary>
    /// Writes <c>CreatePapers</c>, which fills <c>s_all</c> in PaperId order, and the methods it calls, each creating
    /// <see cref="PapersPerMethod"/> papers.
    /// </summary>
    private static void WritePaperCreation(SourceWriter writer, Context context)
    {
        var papers = context.Catalog.Papers;
        var paperType = context.Type("Paper");
        var methods = (papers.Count + PapersPerMethod - 1) / PapersPerMethod;
        writer.WriteLine($"// Creates every paper, in PaperId order, {Number(PapersPerMethod)} papers per method: static initializers would put")
            .WriteLine("// them all in the static constructor, a method the JIT takes seconds to compile for a large catalog.")
            .WriteLine($"private static {paperType}[] CreatePapers()");
        using (writer.OpenBlock())
        {
            writer.WriteLine($"var papers = new {paperType}[{Number(papers.Count)}];");
            for (var method = 0; method < methods; method++)
            {
                writer.WriteLine($"CreatePapers_{Number(method)}(papers);");
            }

            writer.WriteLine("return papers;");
        }

        for (var method = 0; method < methods; method++)
        {
            var first = method * PapersPerMethod;
            var last = System.Math.Min(first + PapersPerMethod, papers.Count) - 1;
            writer.WriteLine()
                .WriteLine($"// Papers {Number(first)} to {Number(last)}.")
                .WriteLine($"private static void CreatePapers_{Number(method)}({paperType}[] papers)");
            using (writer.OpenBlock())
            {
                for (var i = first; i <= last; i++)
                {
                    if (i > first)
                    {
                        writer.WriteLine();
                    }

                    WritePaperConstruction(writer, context, papers[i]);
                }
            }
        }
    }

    private static void WritePaperConstruction(SourceWriter writer, Context context, PaperModel paper)
    {
        writer.WriteLine($"papers[(int){context.Id(paper)}] = new {context.Type("Paper")}(")
            .WriteLine($"    {context.Type("PaperId")}.{paper.Identifier},")
            .WriteLine($"    {Escaping.Literal(paper.Key)},")
            .WriteLine($"    {Escaping.Literal(paper.Title)},")
            .WriteLine($"    {Escaping.Literal(paper.ShortName)},")
            .WriteLine($"    {Escaping.Literal(context.Citation(paper))},")
            .WriteLine($"    new {context.Type("Category")}[] {{ {string.Join(", ", paper.Categories.Select(c => context.Type("Category") + "." + context.Catalog.Categories[c].Identifier))} }},")
            .WriteLine($"    new {context.Type("Publication")}[]")
            .WriteLine("    {");
        foreach (var publication in paper.Publications)
        {
            var venue = context.Catalog.Venues[publication.Venue];
            writer.WriteLine($"        new {context.Type("Publication")}({context.Type("Venue")}.{venue.Identifier}, {Number(publication.Year)}, {Escaping.Literal(publication.ArXivId)}, {(venue.IsPreprint ? "true" : "false")}, {Escaping.Literal(context.Label(publication))}),");
        }

        writer.WriteLine("    });");
    }

    /// <summary>Writes the helpers the tables are built with: <c>SortByKey</c> and <c>Pick</c>.</summary>
    private static void WriteTableHelpers(SourceWriter writer, Context context)
    {
        var paperType = context.Type("Paper");
        var list = string.Format(CultureInfo.InvariantCulture, ListOfPapers, context.Settings.Namespace);
        writer.WriteLine()
            .WriteLine("// Sorts the papers by key, ordinally, and returns the keys in the same order.")
            .WriteLine($"private static string[] SortByKey({paperType}[] papers)");
        using (writer.OpenBlock())
        {
            writer.WriteLine("var keys = new string[papers.Length];")
                .WriteLine("for (var i = 0; i < keys.Length; i++)");
            using (writer.OpenBlock())
            {
                writer.WriteLine("keys[i] = papers[i].Key;");
            }

            writer.WriteLine()
                .WriteLine("global::System.Array.Sort(keys, papers, global::System.StringComparer.Ordinal);")
                .WriteLine("return keys;");
        }

        writer.WriteLine()
            .WriteLine("// The papers with these ids, in this order, as a read-only list.")
            .WriteLine($"private static {list} Pick({context.Type("PaperId")}[] ids)");
        using (writer.OpenBlock())
        {
            writer.WriteLine($"var papers = new {paperType}[ids.Length];")
                .WriteLine("for (var i = 0; i < ids.Length; i++)");
            using (writer.OpenBlock())
            {
                writer.WriteLine("papers[i] = s_all[(int)ids[i]];");
            }

            writer.WriteLine()
                .WriteLine("return global::System.Array.AsReadOnly(papers);");
        }
    }

    /// <summary>The documentation a user reads when hovering over a paper, wherever it appears.</summary>
    private static void WritePaperDoc(SourceWriter writer, Context context, PaperModel paper)
    {
        var catalog = context.Catalog;
        var primary = paper.Primary;
        writer.WriteDocLine($"<summary>{Escaping.XmlText(context.Citation(paper))}</summary>")
            .WriteDocLine("<remarks>")
            .WriteDocLine($"<para>Venue: {Escaping.XmlText(catalog.Venues[primary.Venue].DisplayName)}. Year: {Number(primary.Year)}.</para>");
        if (paper.Publications.Count > 1)
        {
            var others = string.Join(", ", paper.Publications.Skip(1).Select(context.Label));
            writer.WriteDocLine($"<para>Also listed as: {Escaping.XmlText(others)}.</para>");
        }

        var categories = paper.Categories.Count == 0
            ? "none"
            : string.Join(", ", paper.Categories.Select(c => catalog.Categories[c].DisplayName));
        writer.WriteDocLine($"<para>{(paper.Categories.Count == 1 ? "Category" : "Categories")}: {Escaping.XmlText(categories)}.</para>")
            .WriteDocLine($"<para>Key: <c>{Escaping.XmlText(paper.Key)}</c>. Cite it with <c>[Cites(PaperId.{paper.Identifier})]</c>.</para>")
            .WriteDocLine("</remarks>");
    }

    private static void WriteGet(SourceWriter writer, Context context)
    {
        var paperId = context.Type("PaperId");
        writer.WriteDocLine("<summary>Gets the paper an id stands for.</summary>")
            .WriteDocLine("<param name=\"id\">A paper id.</param>")
            .WriteDocLine("<returns>The paper, the same instance as its property on this class.</returns>")
            .WriteDocLine($"<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"id\"/> is not a defined <see cref=\"{paperId}\"/>.</exception>")
            .WriteLine($"public static {context.Type("Paper")} Get({paperId} id)");
        using (writer.OpenBlock())
        {
            writer.WriteLine("if ((uint)id >= (uint)s_all.Length)");
            using (writer.OpenBlock())
            {
                writer.WriteLine($"throw new global::System.ArgumentOutOfRangeException(nameof(id), id, \"Not a paper of this catalog.\");");
            }

            writer.WriteLine()
                .WriteLine("return s_all[(int)id];");
        }

        writer.WriteLine();
    }

    /// <summary>
    /// Writes <c>TryFind</c> as a binary search over keys sorted ordinally. A string switch would be as fast for a
    /// small catalog, but the compiler's time for one grows steeply with its size; this stays O(log n) everywhere
    /// and allocates nothing.
    /// </summary>
    private static void WriteTryFind(SourceWriter writer, Context context)
    {
        var notNullWhen = context.Settings.HasNotNullWhenAttribute ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
        writer.WriteDocLine($"<summary>Finds a paper by its <see cref=\"{context.Type("Paper")}.Key\"/>, e.g. <c>async-fork</c>. Keys are compared ordinally, so case matters.</summary>")
            .WriteDocLine("<param name=\"key\">A paper key.</param>")
            .WriteDocLine("<param name=\"paper\">The paper, or <see langword=\"null\"/> when no paper has that key.</param>")
            .WriteDocLine("<returns><see langword=\"true\"/> when a paper has the key.</returns>")
            .WriteLine($"public static bool TryFind(string? key, {notNullWhen}out {context.Type("Paper")}? paper)");
        using (writer.OpenBlock())
        {
            writer.WriteLine("var index = key == null ? -1 : global::System.Array.BinarySearch(s_keys, key, global::System.StringComparer.Ordinal);")
                .WriteLine("paper = index >= 0 ? s_byKey[index] : null;")
                .WriteLine("return paper != null;");
        }

        writer.WriteLine();
    }

    private static void WriteSwitchLookup(SourceWriter writer, string summary, string param, string signature, IEnumerable<string> arms)
    {
        writer.WriteDocLine(summary)
            .WriteDocLine(param)
            .WriteDocLine("<returns>The papers, or an empty list. The list is shared and read-only.</returns>")
            .WriteLine(signature);
        using (writer.OpenBlock(";"))
        {
            foreach (var arm in arms)
            {
                writer.WriteLine(arm);
            }

            writer.WriteLine("_ => s_none,");
        }

        writer.WriteLine();
    }

    private static void WriteItems(SourceWriter writer, IEnumerable<string> items, string closing = ";")
    {
        using (writer.OpenBlock(closing))
        {
            foreach (var item in items)
            {
                writer.WriteLine(item + ",");
            }
        }
    }

    private static void WriteCategoryClass(SourceWriter writer, Context context, CategoryModel category)
    {
        var list = string.Format(CultureInfo.InvariantCulture, ListOfPapers, context.Settings.Namespace);
        writer.WriteDocLine($"<summary>The papers listed under <c>{Escaping.XmlText(category.DisplayName)}</c> (<see cref=\"{context.Type("Category")}.{category.Identifier}\"/>): {Count(category.Papers.Count, "paper")}.</summary>")
            .WriteLine($"public static class {category.Identifier}");
        using (writer.OpenBlock())
        {
            foreach (var index in category.Papers)
            {
                var paper = context.Catalog.Papers[index];
                WritePaperDoc(writer, context, paper);
                writer.WriteLine($"public static {context.Type("Paper")} {paper.Identifier} => {context.Type("Papers")}.{paper.Identifier};")
                    .WriteLine();
            }

            writer.WriteDocLine("<summary>The papers of this category, in the order the catalog lists them.</summary>")
                .WriteLine($"public static {list} All {{ get; }} = {context.Type("Papers")}.Pick(new {context.Type("PaperId")}[]");
            WriteItems(writer, category.Papers.Select(p => context.Id(context.Catalog.Papers[p])), ");");
        }
    }

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Count(int count, string singular, string? plural = null)
        => Number(count) + " " + (count == 1 ? singular : plural ?? singular + "s");

    /// <summary>The pieces of output every file shares.</summary>
    internal sealed class Context(CatalogModel catalog, GenerationSettings settings, CancellationToken cancellationToken)
    {
        public CatalogModel Catalog { get; } = catalog;

        public GenerationSettings Settings { get; } = settings;

        /// <summary>A generated type's fully qualified name, e.g. <c>global::CriuCatalog.Paper</c>.</summary>
        public string Type(string name) => "global::" + Settings.Namespace + "." + name;

        public string Label(PublicationModel publication)
        {
            var venue = Catalog.Venues[publication.Venue].DisplayName;
            var id = publication.ArXivId is null ? string.Empty : ":" + publication.ArXivId;
            return "[" + venue + id + " '" + CatalogYear.Format(publication.Year) + "]";
        }

        public string Citation(PaperModel paper) => Label(paper.Primary) + " " + paper.Title;

        /// <summary>A paper's <c>PaperId</c> constant, e.g. <c>global::CriuCatalog.PaperId.AsyncFork</c>.</summary>
        public string Id(PaperModel paper) => Type("PaperId") + "." + paper.Identifier;

        public string File(System.Action<SourceWriter> body)
        {
            var writer = new SourceWriter(cancellationToken);
            writer.WriteLine("// <auto-generated/>")
                .WriteLine("// Generated by CriuCatalog.Generator from a paper catalog (an AdditionalFile with PaperCatalog=\"true\").")
                .WriteLine("// Edit the catalog, not this file: it is rewritten on every build.")
                .WriteLine("#nullable enable")
                .WriteLine()
                .WriteLine("namespace " + Settings.Namespace);
            using (writer.OpenBlock())
            {
                body(writer);
            }

            return writer.ToString();
        }
    }
}

/// <summary>An enum member to write: its name and documentation, both already escaped.</summary>
internal readonly record struct EnumMember(string Identifier, string Summary, string? Remarks);

/// <summary>A generated source file: its hint name and text.</summary>
internal readonly record struct GeneratedFile(string HintName, string Source);
