using System.Collections.Generic;
using System.Linq;
using CriuCatalog.Generator.Model;
using static CriuCatalog.Generator.Model.GeneratedNames;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes <c>Papers</c>: one documented property per paper, a nested class per category whose members refer to those
/// docs, and the lookups. What they return is decoded from the <c>PaperTable</c> that <see cref="DataTableEmitter"/>
/// writes.
/// </summary>
internal static class PapersEmitter
{
    public const string HintName = Papers + ".g.cs";

    private const string ListOfPapers = "global::System.Collections.Generic.IReadOnlyList<" + Paper + ">";

    public static GeneratedFile Emit(EmitContext context) => new(HintName, context.File(writer =>
    {
        var catalog = context.Catalog;
        var budget = context.Settings.PropertyBudget;
        var members = Members(catalog, Enumerable.Range(0, catalog.Papers.Count).ToList());
        var categoryMembers = catalog.Categories.Select(category => Members(catalog, category.Papers)).ToArray();
        var categoryOverflows = false;
        for (var c = 0; c < categoryMembers.Length; c++)
        {
            var (fields, properties) = CategorySlice(catalog.Categories[c].Papers.Count, categoryMembers[c].Count, 0, budget);
            categoryOverflows |= fields + properties < categoryMembers[c].Count;
        }

        var overflows = members.Count > budget;
        var baseClass = overflows ? " : " + context.Type(context.MoreClass(1)) : "";
        writer.WriteLines($"""
            /// <summary>
            /// The papers of the catalog <c>{Escaping.XmlText(catalog.Title)}</c>: {EmitContext.Count(catalog.Papers.Count, "paper")} in {EmitContext.Count(catalog.Categories.Count, "category", "categories")}, {(overflows ? "one member" : "one property")} per paper.
            /// </summary>
            /// <remarks>
            /// Each category has a nested class listing its papers; a paper in several categories is the same instance in each.
            /// A paper is read from a table compiled into the assembly the first time it is used, and only then; lookups do not allocate.{(overflows ? MoreRemark(context) : "")}
            /// </remarks>
            {EmitContext.GeneratedCodeAttribute}
            {context.Accessibility} {(overflows ? "abstract" : "static")} partial class {context.PapersClass}{baseClass}
            """);
        using (writer.OpenBlock())
        {
            if (overflows)
            {
                writer.WriteLine($"private protected {context.PapersClass}() {{ }}")
                    .WriteLine();
            }

            writer.WriteLines($"""
                /// <summary>The catalog's title: its title line, or the file's name when it has none.</summary>
                public const string {CatalogTitle} = {Escaping.Literal(catalog.Title)};

                """);

            // Thousands of one-line members with nothing to check: nullable flow analysis of each would be most of the
            // time the compiler spends on this file.
            context.WriteNullable(writer, "enable annotations");
            WritePaperMembers(writer, context, members.Take(budget), asFields: false, context.PapersClass, At);

            // Nested as the headings are: a sub-category's class is inside its parent's.
            var children = catalog.Categories.Select(_ => new List<int>()).ToArray();
            for (var c = 0; c < catalog.Categories.Count; c++)
            {
                if (catalog.Categories[c].Parent is >= 0 and var parent && parent < children.Length)
                {
                    children[parent].Add(c);
                }
            }

            for (var c = 0; c < catalog.Categories.Count; c++)
            {
                if (catalog.Categories[c].Parent < 0)
                {
                    WriteCategoryClass(writer, context, c, children, categoryMembers);
                }
            }

            context.WriteNullable(writer, "enable");
            writer.WriteLines(Lookups(OutPaper(context), context.Q, overflows || categoryOverflows ? "internal" : "private"));
            writer.WriteLine();
            writer.WriteLines(s_paperListTemplates[context.Q.Length]);
        }

        // Past the budget, the members go to base classes, as many as it takes, each with its own limit of methods.
        var at = context.Type(context.PapersClass) + "." + At;
        for (var part = 1; part * budget < members.Count; part++)
        {
            var next = (part + 1) * budget < members.Count ? " : " + context.Type(context.MoreClass(part + 1)) : "";
            writer.WriteLine()
                .WriteLine($"/// <summary>Papers of <see cref=\"{context.PapersClass}\"/> past its budget of properties; use them through it, as <c>{context.PapersClass}.X</c>.</summary>")
                .WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
                .WriteLine(EmitContext.GeneratedCodeAttribute)
                .WriteLine($"{context.Accessibility} abstract class {context.MoreClass(part)}{next}");
            using (writer.OpenBlock())
            {
                writer.WriteLine($"private protected {context.MoreClass(part)}() {{ }}")
                    .WriteLine();
                context.WriteNullable(writer, "enable annotations");
                WritePaperMembers(writer, context, members.Skip(part * budget).Take(budget), asFields: false, context.MoreClass(part), at);
            }
        }

        // A category past its budget of fields and of properties has its other papers in base classes of its class.
        for (var c = 0; c < catalog.Categories.Count; c++)
        {
            WriteCategoryBaseClasses(writer, context, c, categoryMembers[c], at);
        }
    }));

    /// <summary>
    /// What a class of a category declares from member <paramref name="from"/> on: its papers as fields, up to the
    /// budget, then as many members again as properties (the papers past it, then the former names).
    /// </summary>
    private static (int Fields, int Properties) CategorySlice(int papers, int members, int from, int budget)
    {
        var fields = System.Math.Max(0, System.Math.Min(papers - from, budget));
        return (fields, System.Math.Min(members - from - fields, budget));
    }

    /// <summary>The base class of a category's class (<paramref name="from"/> its first member), or "" when it needs none.</summary>
    private static string CategoryBase(EmitContext context, int index, int members, int from, int part)
        => from < members ? " : " + context.Type(context.CategoryMoreClass(index, part)) : "";

    private static void WriteCategoryBaseClasses(SourceWriter writer, EmitContext context, int index, List<(int Number, string? Former)> members, string at)
    {
        var category = context.Catalog.Categories[index];
        var budget = context.Settings.PropertyBudget;
        var (fields, properties) = CategorySlice(category.Papers.Count, members.Count, 0, budget);
        for (int from = fields + properties, part = 1; from < members.Count; part++)
        {
            (fields, properties) = CategorySlice(category.Papers.Count, members.Count, from, budget);
            var name = context.CategoryMoreClass(index, part);
            writer.WriteLine()
                .WriteLine($"/// <summary>Papers of <see cref=\"{context.CategoryClass(index)}\"/> past its budget of fields and properties; use them through it.</summary>")
                .WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
                .WriteLine(EmitContext.GeneratedCodeAttribute)
                .WriteLine($"{context.Accessibility} abstract class {name}{CategoryBase(context, index, members.Count, from + fields + properties, part + 1)}");
            using (writer.OpenBlock())
            {
                writer.WriteLine($"private protected {name}() {{ }}")
                    .WriteLine();
                context.WriteNullable(writer, "enable annotations");
                WritePaperMembers(writer, context, members.Skip(from).Take(fields), asFields: true, inClass: null, at);
                WritePaperMembers(writer, context, members.Skip(from + fields).Take(properties), asFields: false, inClass: null, at);
            }

            from += fields + properties;
        }
    }

    private static string MoreRemark(EmitContext context)
        => $" This catalog has more papers and former names than a class may have properties (<c>PaperCatalogPropertyBudget</c>): those past it are declared in base classes, <see cref=\"{context.MoreClass(1)}\"/> and on, and used the same way, <c>{context.PapersClass}.X</c>.";

    /// <summary>
    /// The members of a class that are a paper, in the order written: each paper's own name, then every former name
    /// (a pin's <c>aka</c>, or a rule-1 name that rule 2 changed) of each.
    /// </summary>
    private static List<(int Number, string? Former)> Members(CatalogModel catalog, IReadOnlyList<int> papers)
    {
        var members = papers.Select(number => (number, (string?)null)).ToList();
        foreach (var number in papers)
        {
            foreach (var alias in catalog.Papers[number].Aliases)
            {
                if (alias.Identifier is { } former)
                {
                    members.Add((number, former));
                }
            }
        }

        return members;
    }

    /// <summary>
    /// Writes members that are papers: a paper's own member documented in full in <paramref name="inClass"/>, the
    /// class of papers or one of its base classes, where members are properties; by reference in a category class,
    /// where <paramref name="inClass"/> is null and <paramref name="asFields"/> decides. A former name is obsolete
    /// and documented as the paper, so a rename warns rather than breaks a build.
    /// </summary>
    private static void WritePaperMembers(SourceWriter writer, EmitContext context, IEnumerable<(int Number, string? Former)> members, bool asFields, string? inClass, string at)
    {
        var catalog = context.Catalog;
        var written = 0;
        foreach (var (number, former) in members)
        {
            context.ThrowIfCancellationRequested(written++);
            var paper = catalog.Papers[number];
            if (former is null && inClass is not null)
            {
                WritePaperProperty(writer, context, paper, number, at);
                continue;
            }

            var cref = inClass is not null && context.PaperClass(number) == inClass ? paper.Identifier : context.PaperCref(number);
            writer.Write("/// <inheritdoc cref=\"").Write(cref).WriteLine("\"/>");
            if (former is not null)
            {
                writer.WriteLine(EmitContext.RenamedAttribute(paper.Identifier));
            }

            WritePaperMember(writer, former ?? paper.Identifier, number, asFields, at);
        }
    }

    /// <summary>
    /// A member that is a paper, <c>public static Paper X => At(3);</c> or a field that holds it, and a blank line;
    /// written in pieces, as there is one per paper and per category listing.
    /// </summary>
    private static void WritePaperMember(SourceWriter writer, string identifier, int number, bool asField, string at)
        => writer.Write(asField ? "public static readonly " + Paper + " " : "public static " + Paper + " ")
            .Write(identifier)
            .Write(asField ? " = " : " => ")
            .Write(at)
            .Write('(')
            .Write(EmitContext.Number(number))
            .WriteLine(");")
            .WriteLine();

    /// <summary>
    /// The documentation a user reads when hovering over a paper, wherever it appears; written once per paper, in
    /// pieces: each text is escaped on its own, which gives what escaping the joined text would, as every piece
    /// between them is plain ASCII.
    /// </summary>
    private static void WritePaperProperty(SourceWriter writer, EmitContext context, PaperModel paper, int index, string at)
    {
        var catalog = context.Catalog;
        writer.Write("/// <summary>").Write(Escaping.XmlText(context.Label(paper.Primary))).Write(' ').Write(Escaping.XmlText(paper.Title)).WriteLine("</summary>");
        writer.Write("/// <remarks>Key <c>").Write(Escaping.XmlText(paper.Key)).Write("</c>. ")
            .Write(paper.Categories.Count == 1 ? "Category: " : "Categories: ");
        if (paper.Categories.Count == 0)
        {
            writer.Write("none");
        }

        for (var i = 0; i < paper.Categories.Count; i++)
        {
            writer.Write(i == 0 ? "" : ", ").Write(Escaping.XmlText(catalog.Categories[paper.Categories[i]].DisplayName));
        }

        writer.Write('.');
        for (var i = 1; i < paper.Publications.Count; i++)
        {
            writer.Write(i == 1 ? " Also listed as " : ", ").Write(Escaping.XmlText(context.Label(paper.Publications[i])));
        }

        if (paper.Publications.Count > 1)
        {
            writer.Write('.');
        }

        for (var i = 0; i < paper.Tags.Count; i++)
        {
            writer.Write(i == 0 ? " Tags: " : ", ").Write(Escaping.XmlText(paper.Tags[i]));
        }

        if (paper.Tags.Count > 0)
        {
            writer.Write('.');
        }

        // Links only where a reader can follow them: http and https, never a script or file URL from the list.
        if (IsWebLink(paper.Url))
        {
            writer.Write(" <see href=\"").Write(Escaping.XmlText(paper.Url!)).Write("\">Link</see>.");
        }

        if (paper.Doi is { } doi)
        {
            writer.Write(" DOI <c>").Write(Escaping.XmlText(doi)).Write("</c>.");
        }

        writer.WriteLine("</remarks>");
        WritePaperMember(writer, paper.Identifier, index, asField: false, at);
    }

    private static bool IsWebLink(string? url)
        => url is not null
           && (url.StartsWith("https://", System.StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase));

    private static void WriteCategoryClass(SourceWriter writer, EmitContext context, int index, List<int>[] children, List<(int Number, string? Former)>[] categoryMembers)
    {
        var members = categoryMembers[index];
        var category = context.Catalog.Categories[index];
        var below = children[index].Count == 0
            ? ""
            : " Its sub-categories' papers are in the nested classes, and in <see cref=\"" + All + "\"/>.";
        var (fields, properties) = CategorySlice(category.Papers.Count, members.Count, 0, context.Settings.PropertyBudget);
        writer.WriteLine($"/// <summary>The papers listed under <c>{Escaping.XmlText(category.DisplayName)}</c> (<see cref=\"{Category}.{category.Identifier}\"/>): {EmitContext.Count(category.Papers.Count, "paper")}.{below}</summary>")
            .WriteLine($"public abstract class {category.Identifier}{CategoryBase(context, index, members.Count, fields + properties, 1)}");
        using (writer.OpenBlock())
        {
            // Not static only so that a renamed category's former class can derive from it; it has no instances.
            writer.WriteLine($"private protected {category.Identifier}() {{ }}")
                .WriteLine();
            foreach (var child in children[index])
            {
                WriteCategoryClass(writer, context, child, children, categoryMembers);
            }

            // Its papers are fields, its former names properties. A class may have no more than 65,535 of either, so a
            // category's papers past the budget are properties too, and past both budgets in base classes of this one.
            // Members lists the papers before the former names.
            WritePaperMembers(writer, context, members.Take(fields), asFields: true, inClass: null, At);
            WritePaperMembers(writer, context, members.Skip(fields).Take(properties), asFields: false, inClass: null, At);
            writer.WriteLine(children[index].Count == 0
                    ? "/// <summary>The papers of this category, in the order the catalog lists them.</summary>"
                    : "/// <summary>The papers of this category and of its sub-categories, each once, in catalog order.</summary>")
                .WriteLine($"public static {ListOfPapers} {All} => {InCategory}({Category}.{category.Identifier});");
        }

        writer.WriteLine();

        // A renamed category's former class has its papers, sub-categories and All, inherited: old code compiles, with CS0618.
        if (category.FormerIdentifier is { } former)
        {
            writer.WriteLine($"/// <inheritdoc cref=\"{category.Identifier}\"/>")
                .WriteLine(EmitContext.RenamedAttribute(category.Identifier))
                .WriteLine($"public abstract class {former} : {category.Identifier} {{ private protected {former}() {{ }} }}")
                .WriteLine();
        }
    }

    // TryFind's out parameter where the target has NotNullWhenAttribute: null exactly when it returns false.
    private const string AnnotatedOutPaper = " [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + Paper + "? paper)";

    // Where it has not, the parameter is nullable-oblivious, as the framework's own TryGetValue methods are there: an
    // 'out Paper?' would make every use of a paper found warn CS8602, and an 'out Paper' would hide that it may be null.
    private const string ObliviousOutPaper = "\n#nullable disable annotations\n    out " + Paper + " paper)\n#nullable enable";

    // In C# 7.3 every parameter is oblivious, with no directive to say so.
    private const string PlainOutPaper = " out " + Paper + " paper)";

    private static string OutPaper(EmitContext context)
        => !context.Settings.HasNullableAnnotations ? PlainOutPaper
            : context.Settings.HasNotNullWhenAttribute ? AnnotatedOutPaper
            : ObliviousOutPaper;

    private static string Lookups(string outPaper, string q, string atAccessibility) => $$"""
        /// <summary>Every paper, each once, in catalog order (the order of <see cref="{{PaperId}}"/>).</summary>
        public static {{ListOfPapers}} {{All}} { get; } = new {{PaperList}}(null, {{PaperTable}}.PaperCount);

        /// <summary>Gets the paper an id stands for.</summary>
        /// <param name="id">A paper id.</param>
        /// <returns>The paper, the same instance as its property on this class.</returns>
        /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="{{PaperId}}"/>.</exception>
        public static {{Paper}} {{Get}}({{PaperId}} id)
        {
            if ((uint)id >= (uint){{PaperTable}}.PaperCount)
            {
                throw new global::System.ArgumentOutOfRangeException(nameof(id), id, "Not a paper of this catalog.");
            }

            return {{At}}((int)id);
        }

        /// <summary>Finds a paper by its <see cref="{{Paper}}.Key"/>, e.g. <c>async-fork</c>. Keys are compared ordinally, so case matters.</summary>
        /// <param name="key">A paper key.</param>
        /// <param name="paper">The paper, or <see langword="null"/> when no paper has that key.</param>
        /// <returns><see langword="true"/> when a paper has the key.</returns>
        /// <remarks>The keys' hash table was built with the catalog; a lookup hashes the key once and compares it with one paper's key in most cases.</remarks>
        public static bool {{TryFind}}(string{{q}} key,{{outPaper}}
        {
            var number = key == null ? -1 : {{PaperTable}}.Find(key);
            paper = number < 0 ? null : {{At}}(number);
            return paper != null;
        }

        /// <summary>Gets the papers listed in a category, in the order the catalog lists them there.</summary>
        /// <param name="category">A category.</param>
        /// <returns>The papers, or an empty list. The list is shared and read-only.</returns>
        public static {{ListOfPapers}} {{InCategory}}({{Category}} category)
            => (uint)category < (uint){{PaperTable}}.CategoryCount ? ListAt((int)category) : s_none;

        /// <summary>Gets the papers with a publication at a venue (primary or not), in catalog order.</summary>
        /// <param name="venue">A venue.</param>
        /// <returns>The papers, or an empty list. The list is shared and read-only.</returns>
        public static {{ListOfPapers}} {{ByVenue}}({{Venue}} venue)
            => (uint)venue < (uint){{PaperTable}}.VenueCount ? ListAt({{PaperTable}}.CategoryCount + (int)venue) : s_none;

        /// <summary>Gets the papers with a publication in a year (primary or not), in catalog order.</summary>
        /// <param name="year">A four-digit year, e.g. 2024.</param>
        /// <returns>The papers, or an empty list. The list is shared and read-only.</returns>
        public static {{ListOfPapers}} {{ByYear}}(int year)
            => (uint)(year - {{PaperTable}}.MinYear) < (uint){{PaperTable}}.YearCount ? ListAt({{PaperTable}}.CategoryCount + {{PaperTable}}.VenueCount + (year - {{PaperTable}}.MinYear)) : s_none;

        private static readonly {{PaperList}} s_none = new {{PaperList}}(new int[0], 0);
        private static readonly {{Paper}}{{q}}[] s_papers = new {{Paper}}{{q}}[{{PaperTable}}.PaperCount];
        private static readonly {{PaperList}}{{q}}[] s_lists = new {{PaperList}}{{q}}[{{PaperTable}}.CategoryCount + {{PaperTable}}.VenueCount + {{PaperTable}}.YearCount];

        // The paper with this number, made on first use; every later use gets the same instance. It is decoded when
        // first asked for more than its id and key.
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        {{atAccessibility}} static {{Paper}} {{At}}(int number) => s_papers[number] ?? Make(number);

        private static {{Paper}} Make(int number)
        {
            var paper = new {{Paper}}(({{PaperId}})number);
            return global::System.Threading.Interlocked.CompareExchange(ref s_papers[number], paper, null) ?? paper;
        }

        // The list of a category, venue or year, made once.
        private static {{PaperList}} ListAt(int list)
        {
            var cached = s_lists[list];
            if (cached == null)
            {
                var numbers = {{PaperTable}}.List(list);
                cached = new {{PaperList}}(numbers, numbers.Length);
                cached = global::System.Threading.Interlocked.CompareExchange(ref s_lists[list], cached, null) ?? cached;
            }

            return cached;
        }
        """;

    /// <summary>The list class, for files without nullable annotations (C# 7.3) and with, made once each.</summary>
    private static readonly string[] s_paperListTemplates = [PaperListTemplate(""), PaperListTemplate("?")];

    private static string PaperListTemplate(string q) => $$"""
        // A read-only list of papers by number; a paper is decoded when the list first hands it out.
        private sealed class {{PaperList}} : {{ListOfPapers}}
        {
            private readonly int[]{{q}} _numbers;

            public {{PaperList}}(int[]{{q}} numbers, int count)
            {
                _numbers = numbers;
                Count = count;
            }

            public int Count { get; }

            public {{Paper}} this[int index]
                => (uint)index < (uint)Count ? {{At}}(_numbers == null ? index : _numbers[index]) : throw new global::System.ArgumentOutOfRangeException(nameof(index));

            public global::System.Collections.Generic.IEnumerator<{{Paper}}> GetEnumerator()
            {
                for (var i = 0; i < Count; i++)
                {
                    yield return this[i];
                }
            }

            global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }
        """;
}
