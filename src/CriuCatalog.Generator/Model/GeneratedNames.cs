using System.Collections.Immutable;

namespace CriuCatalog.Generator.Model;

/// <summary>
/// The names the generated API uses, in one list: the emitters write these names, and
/// <c>CatalogBuilder</c> reserves them when <c>UniqueNames</c> names a paper, category or venue, so a catalog entry
/// cannot hide a member or type of the generated code. <see cref="Papers"/> is the default name of the class of
/// papers; a catalog's <c>ClassName</c> can change it. The code-fix assembly compiles this file too (linked).
/// </summary>
internal static class GeneratedNames
{
    // Generated types.
    public const string Papers = nameof(Papers);
    public const string Paper = nameof(Paper);
    public const string PaperId = nameof(PaperId);
    public const string Publication = nameof(Publication);
    public const string PaperLink = nameof(PaperLink);
    public const string Category = nameof(Category);
    public const string Venue = nameof(Venue);
    public const string VenueKind = nameof(VenueKind);
    public const string CitesAttribute = nameof(CitesAttribute);
    public const string Bibliography = nameof(Bibliography);
    public const string CitedPaper = nameof(CitedPaper);
    public const string CatalogEnumExtensions = nameof(CatalogEnumExtensions);

    // Public members of Papers and of each category's nested class.
    public const string All = nameof(All);
    public const string Get = nameof(Get);
    public const string TryFind = nameof(TryFind);
    public const string InCategory = nameof(InCategory);
    public const string ByVenue = nameof(ByVenue);
    public const string ByYear = nameof(ByYear);
    public const string CatalogTitle = nameof(CatalogTitle);
    public const string ToBibTeX = nameof(ToBibTeX);
    public const string ToMarkdown = nameof(ToMarkdown);

    // The internal class that holds the data table and decodes it.
    public const string PaperTable = nameof(PaperTable);

    // Private members of Papers. The nested category classes are inside Papers, so a paper of a category must not
    // take one of these names either.
    public const string At = nameof(At);
    public const string ListAt = nameof(ListAt);
    public const string Make = nameof(Make);
    public const string PaperList = nameof(PaperList);

    /// <summary>
    /// Every name above, and the members every type inherits from <see cref="object"/>: a static member with one of
    /// their names would hide it. <c>Cites</c> is how <c>[Cites]</c> is written, and <c>BibTeX</c>/<c>Markdown</c>
    /// are kept free for export members.
    /// </summary>
    public static ImmutableArray<string> Reserved { get; } = ImmutableArray.Create(
        Papers, Paper, PaperId, Publication, PaperLink, Category, Venue, VenueKind, CitesAttribute, "Cites", Bibliography, CitedPaper, CatalogEnumExtensions,
        All, Get, TryFind, InCategory, ByVenue, ByYear, CatalogTitle, ToBibTeX, ToMarkdown, "BibTeX", "Markdown",
        PaperTable, At, Make, ListAt, PaperList,
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize");
}
