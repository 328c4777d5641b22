using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Diagnostics;

/// <summary>
/// Every catalog diagnostic. The generator reports the errors (<see cref="DiagnosticRoute"/>),
/// <see cref="Analyzers.CitationAnalyzer"/> reports CRIU018, and <see cref="Analyzers.CatalogDiagnosticAnalyzer"/> the
/// warnings and infos (CRIU201 about the project, the rest in its catalog files). IDs are never reused; each has a
/// section in docs/diagnostics.md.
/// Warnings mark input the generator recovered from (the message says what it did); errors mark a catalog that
/// cannot be generated at all. Every severity can be changed with <c>dotnet_diagnostic.CRIUxxx.severity</c>.
/// </summary>
internal static class DiagnosticDescriptors
{
    internal const string Category = "CriuCatalog";

    /// <summary>
    /// The link to <paramref name="id"/>'s section of docs/diagnostics.md, or <see langword="null"/> (no link rather
    /// than a dead one) while the project has no public address: see <c>CriuCatalogRepositoryUrl</c> in
    /// Directory.Build.props.
    /// </summary>
    internal static string? HelpLink(string id)
        => RepositoryInfo.HelpLinkBase.Length == 0 ? null : RepositoryInfo.HelpLinkBase + id.ToLowerInvariant();

    /// <summary>CRIU001: a line that is neither an entry nor a category, below the title or the first category.</summary>
    public static readonly DiagnosticDescriptor UnrecognizedLine = Create(
        "CRIU001",
        "Unrecognized catalog line",
        "Line is not an entry ('[VENUE 'YY] Title') nor a category ('- Name'), and only the first such line, above every category and entry, is the title; it is ignored",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU002: an entry that appears before the first category.</summary>
    public static readonly DiagnosticDescriptor EntryBeforeCategory = Create(
        "CRIU002",
        "Entry before any category",
        "Entry '{0}' comes before the first category ('- Name'); it is kept, but belongs to no category",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU003: the label has no year, or a year that is not two or four digits in range.</summary>
    public static readonly DiagnosticDescriptor InvalidYear = Create(
        "CRIU003",
        "Missing or invalid year",
        "Entry label '[{0}]' {1}; write the year as 'YY or 'YYYY, such as '24; the entry is skipped",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU004: the label has a year but no venue.</summary>
    public static readonly DiagnosticDescriptor EmptyVenue = Create(
        "CRIU004",
        "Empty venue",
        "Entry label '[{0}]' names no venue before the year; the entry is skipped",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU005: nothing follows the label.</summary>
    public static readonly DiagnosticDescriptor EmptyTitle = Create(
        "CRIU005",
        "Empty title",
        "Entry '[{0}]' has no title after its label; the entry is skipped",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU006: a line opens a label with '[' and never closes it.</summary>
    public static readonly DiagnosticDescriptor UnbalancedBracket = Create(
        "CRIU006",
        "Unbalanced '['",
        "Entry label opened with '[' is never closed with ']'; the entry is skipped",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU007: the same publication of a paper is listed twice in one category.</summary>
    public static readonly DiagnosticDescriptor DuplicateEntry = Create(
        "CRIU007",
        "Duplicate entry in a category",
        "'{0}' is already listed in category '{1}' at line {2}; the repeat is ignored",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU008: one title is listed with data that contradicts an earlier listing.</summary>
    public static readonly DiagnosticDescriptor ConflictingEntry = Create(
        "CRIU008",
        "Conflicting listings of one paper",
        "'{0}' is listed at {1} '{2} here but '{3} at line {4}; both publications are kept",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU009: a generated identifier had to be changed to stay unique or legal.</summary>
    public static readonly DiagnosticDescriptor IdentifierRenamed = Create(
        "CRIU009",
        "Generated identifier renamed",
        "{0} '{1}' would be named '{2}', which {3}; it is named '{4}' instead{5}",
        DiagnosticSeverity.Info);

    /// <summary>CRIU010: an arXiv id that is not of the form YYMM.NNNN(N).</summary>
    public static readonly DiagnosticDescriptor MalformedArXivId = Create(
        "CRIU010",
        "Malformed arXiv id",
        "'{0}' is not an arXiv id, such as arXiv:2202.07848 (YYMM.NNNNN) or arXiv:cs/0601001 (archive/YYMMNNN); the entry is kept without an id",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU011: the YYMM prefix of an arXiv id names another year than the label.</summary>
    public static readonly DiagnosticDescriptor ArXivYearMismatch = Create(
        "CRIU011",
        "arXiv id disagrees with the year",
        "arXiv id '{0}' was issued in {1}, but the entry is listed as '{2}",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU012: a catalog without a single entry.</summary>
    public static readonly DiagnosticDescriptor NoEntries = Create(
        "CRIU012",
        "Catalog has no entries",
        "Catalog '{0}' has no entries; the generated catalog is empty",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU013: the catalog file could not be read.</summary>
    public static readonly DiagnosticDescriptor UnreadableCatalog = Create(
        "CRIU013",
        "Catalog cannot be read",
        "Catalog '{0}' could not be read; no code is generated from it",
        DiagnosticSeverity.Error);

    // CRIU014 ("more than one catalog") is retired: files of one namespace merge into one catalog. IDs are never reused.

    /// <summary>CRIU015: the project's C# version is too old for the generated code.</summary>
    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
        "CRIU015",
        "C# 7.3 or later is required",
        "The generated paper catalog needs C# 7.3 or later, but this project uses C# {0}; set <LangVersion> to 7.3 or later",
        DiagnosticSeverity.Error);

    /// <summary>CRIU016: a category line with no name.</summary>
    public static readonly DiagnosticDescriptor EmptyCategoryName = Create(
        "CRIU016",
        "Empty category name",
        "Category line has no name after '-'; it is ignored, and the entries below it stay in the category before it",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU017: an entry written as a bullet, <c>- [VENUE 'YY] Title</c>.</summary>
    public static readonly DiagnosticDescriptor BulletedEntry = Create(
        "CRIU017",
        "Entry written as a category",
        "Line starts with '-' like a category but holds an entry with a label and a year; it is read as an entry, so remove the '-'",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU018: a <c>[Cites]</c> whose argument is not written as a <c>PaperId</c> member, so the bibliography cannot list it.</summary>
    public static readonly DiagnosticDescriptor UnreadableCitation = Create(
        "CRIU018",
        "Citation not written as a PaperId member",
        "The [Cites] on '{0}' is left out of the bibliography: write its argument as a member such as PaperId.AsyncFork, not a cast, constant or expression",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU019: a Markdown entry with no year in its label, in a heading above it, or in its arXiv link.</summary>
    public static readonly DiagnosticDescriptor EntryWithoutYear = Create(
        "CRIU019",
        "Markdown entry without a year",
        "Entry '{0}' has no label with a year ('[VENUE 'YY]'), no heading above it names a year, and it links no arXiv id; the entry is skipped",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU020: one venue written in spellings that differ only in case or punctuation.</summary>
    public static readonly DiagnosticDescriptor VenueSpellings = Create(
        "CRIU020",
        "Venue spelled in several ways",
        "Venue '{0}' is also written {1}; they are one venue, shown as '{0}', its most frequent spelling",
        DiagnosticSeverity.Info);

    /// <summary>CRIU021: a Markdown line that is not an entry, a heading, a table row or markup to skip.</summary>
    public static readonly DiagnosticDescriptor SkippedMarkdownLine = Create(
        "CRIU021",
        "Markdown line skipped",
        "Line is {0}, not an entry, a heading or a table row; it is skipped",
        DiagnosticSeverity.Info);

    /// <summary>
    /// CRIU022: a <c>[Cites]</c> names a <c>PaperId</c> member the catalog does not have (the compiler reports CS0117),
    /// and the catalog knows why it may be missing: a close name, or a line it skipped with a warning.
    /// </summary>
    public static readonly DiagnosticDescriptor UnresolvedCitation = Create(
        "CRIU022",
        "Cited paper not in the catalog",
        "PaperId.{1}, cited by {0}, is not a paper of this catalog: {2}",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU030: the configured namespace of a catalog is not a C# namespace name.</summary>
    public static readonly DiagnosticDescriptor InvalidNamespace = Create(
        "CRIU030",
        "Invalid catalog namespace",
        "'{0}', set by {1}, is not a valid C# namespace (dotted identifiers, none a keyword); the catalog is generated in namespace '{2}' instead",
        DiagnosticSeverity.Error);

    /// <summary>CRIU031: the configured visibility of a catalog is neither <c>public</c> nor <c>internal</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidVisibility = Create(
        "CRIU031",
        "Invalid catalog visibility",
        "'{0}', set by {1}, is not a catalog visibility; use 'public' or 'internal'. The catalog's types are generated {2} instead.",
        DiagnosticSeverity.Error);

    /// <summary>CRIU032: the configured class name of a catalog cannot name its class of papers.</summary>
    public static readonly DiagnosticDescriptor InvalidClassName = Create(
        "CRIU032",
        "Invalid catalog class name",
        "'{0}', set by {1}, cannot name the catalog's class: it {2}; the class is generated as '{3}' instead",
        DiagnosticSeverity.Error);

    /// <summary>CRIU033: files of one catalog (one namespace) set different class names or visibilities.</summary>
    public static readonly DiagnosticDescriptor ConflictingConfiguration = Create(
        "CRIU033",
        "Catalog files configured differently",
        "This file sets {0} '{1}', but it is part of the catalog in namespace '{2}', which takes its {0} '{3}' from {4}; the files of one namespace are one catalog, so give them the same {0}",
        DiagnosticSeverity.Warning);

    /// <summary>CRIU034: the configured legacy-names setting of a catalog is neither <c>true</c> nor <c>false</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidLegacyNames = Create(
        "CRIU034",
        "Invalid legacy-names setting",
        "'{0}', set by {1}, is not 'true' or 'false'; the names of the first naming rule are kept as obsolete aliases, as by default",
        DiagnosticSeverity.Error);

    /// <summary>CRIU035: a budget of the generated code set to a value that is not a whole number in its range.</summary>
    public static readonly DiagnosticDescriptor InvalidBudget = Create(
        "CRIU035",
        "Invalid catalog budget",
        "'{0}', set by the {1} property, is not a whole number from {2} to {3}; the default, {4}, is used instead",
        DiagnosticSeverity.Error);

    /// <summary>CRIU036: the project's target framework lacks what the generated code uses.</summary>
    public static readonly DiagnosticDescriptor TargetFrameworkTooOld = Create(
        "CRIU036",
        "Target framework too old",
        "The generated paper catalog needs .NET Framework 4.5, .NET Standard 2.0, .NET Core 2.0 or later, but this project targets {0}; no code is generated",
        DiagnosticSeverity.Error);

    /// <summary>CRIU040: a pin, former name or key that another entry of the catalog pins already.</summary>
    public static readonly DiagnosticDescriptor DuplicatePin = Create(
        "CRIU040",
        "Name pinned twice",
        "{0} '{1}' is already {2} on line {3}, and pins must be unique (names compared ignoring case); {4}",
        DiagnosticSeverity.Error);

    /// <summary>CRIU041: a pin or former name that is not a valid identifier, a keyword, or a name the generated API uses.</summary>
    public static readonly DiagnosticDescriptor InvalidPin = Create(
        "CRIU041",
        "Invalid pin",
        "{0} '{1}' cannot be pinned: {2}; {3}",
        DiagnosticSeverity.Error);

    /// <summary>
    /// CRIU201: the package is referenced, but no AdditionalFile is marked as a catalog and no referenced assembly
    /// has a catalog the project can cite. Reported once for the compilation, at its end, without a location.
    /// </summary>
    public static readonly DiagnosticDescriptor NoCatalog = Create(
        "CRIU201",
        "No catalog marked",
        "CriuCatalog.Generator is referenced, but no AdditionalFiles item is marked PaperCatalog=\"true\" and no referenced assembly has a catalog this project can use, so there is no paper catalog. Mark your list in the project file: <AdditionalFiles Include=\"papers.txt\" PaperCatalog=\"true\" />. To silence this, set <PaperCatalogWarnWithoutCatalog>false</PaperCatalogWarnWithoutCatalog> or add CRIU201 to NoWarn.",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>
    /// CRIU202: no AdditionalFile is marked as a catalog, and one that is not marked reads as one, most likely the list
    /// the project meant to mark. Reported by the generator at the file's start, so that a build whose C# fails for want
    /// of the catalog (CS0246 on <c>using CriuCatalog;</c>) shows it, where CRIU201 would be hidden.
    /// </summary>
    public static readonly DiagnosticDescriptor UnmarkedCatalog = Create(
        "CRIU202",
        "Catalog not marked",
        "'{0}' reads as a paper catalog ({1} entries), but no AdditionalFiles item is marked PaperCatalog=\"true\", so no catalog is generated. Mark it in the project file: <AdditionalFiles Include=\"{0}\" PaperCatalog=\"true\" />, or Update=\"{0}\" for an item listed elsewhere. If it is no catalog, set PaperCatalog=\"false\" on it; to silence this everywhere, set <PaperCatalogWarnWithoutCatalog>false</PaperCatalogWarnWithoutCatalog> or add CRIU202 to NoWarn.",
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity, params string[] customTags)
        => new(
            id,
            title,
            messageFormat,
            Category,
            severity,
            isEnabledByDefault: true,
            helpLinkUri: HelpLink(id),
            customTags: customTags);
}
