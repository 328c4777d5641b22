using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Diagnostics;

namespace CriuCatalog.Generator.Parsing;

/// <summary>
/// One catalog file as written, line by line: what the parser read, before papers listed more than once are
/// merged. Produced by <see cref="CatalogParser"/>; the next stage, <c>Model.CatalogBuilder</c>, merges it (named
/// in plain text, as Parsing does not depend on Model).
/// </summary>
/// <param name="Path">The file's path, used only in diagnostics.</param>
/// <param name="IsReadable">Whether the file's text could be read at all.</param>
/// <param name="Title">The first line that is neither an entry nor a category, if there is one.</param>
/// <param name="Categories">The category lines, in file order.</param>
/// <param name="Entries">The entry lines that could be read, in file order.</param>
/// <param name="Diagnostics">What was wrong with the lines that could not be read.</param>
internal sealed record CatalogDocument(
    string Path,
    bool IsReadable,
    string? Title,
    EquatableArray<CategoryLine> Categories,
    EquatableArray<EntryLine> Entries,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A <c>- Name</c> line.</summary>
internal sealed record CategoryLine(string Name, LocationInfo Location);

/// <summary>
/// A <c>[VENUE 'YY] Title</c> line.
/// </summary>
/// <param name="CategoryIndex">Index into <see cref="CatalogDocument.Categories"/>, or -1 before the first category.</param>
/// <param name="Venue">The venue as written, without an arXiv id.</param>
/// <param name="ArXivId">The arXiv id written after <c>arXiv:</c>, when there is a well-formed one.</param>
/// <param name="Year">The four-digit year.</param>
/// <param name="Title">The title, trimmed.</param>
/// <param name="LineNumber">One-based line number, quoted in messages that refer back to this line.</param>
/// <param name="Location">The entry's text on its line, without surrounding white space.</param>
internal sealed record EntryLine(
    int CategoryIndex,
    string Venue,
    string? ArXivId,
    int Year,
    string Title,
    int LineNumber,
    LocationInfo Location);
