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
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Which grammar the file was read with.</summary>
    public CatalogFormat Format { get; init; }

    /// <summary>What each non-blank line became, in file order: every one is accounted for.</summary>
    public EquatableArray<ClassifiedLine> Lines { get; init; } = EquatableArray<ClassifiedLine>.Empty;
}

/// <summary>A <c>- Name</c> line, or a Markdown heading.</summary>
/// <param name="Name">The name as written; for a heading, its text with the Markdown cleaned off.</param>
/// <param name="Location">The name's text on its line.</param>
internal sealed record CategoryLine(string Name, LocationInfo Location)
{
    /// <summary>The heading level (1 for <c>#</c>, 2 for <c>##</c>, …); 0 for a plain <c>- Name</c> line.</summary>
    public int Level { get; init; }

    /// <summary>Index into <see cref="CatalogDocument.Categories"/> of the heading this one is nested in, or -1.</summary>
    public int Parent { get; init; } = -1;
}

/// <summary>A link an entry carries: <c>[code](https://github.com/…)</c> is (<c>code</c>, <c>https://github.com/…</c>).</summary>
internal sealed record EntryLink(string Label, string Url);

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
    LocationInfo Location)
{
    /// <summary>The paper's own link: the URL of <c>[Title](url)</c>.</summary>
    public string? Url { get; init; }

    /// <summary>Every other link on the entry and its sub-bullets, badges included, in order.</summary>
    public EquatableArray<EntryLink> Links { get; init; } = EquatableArray<EntryLink>.Empty;

    /// <summary>An arXiv id read from an arxiv.org link, when the label gave none (or is not arXiv's).</summary>
    public string? LinkedArXivId { get; init; }

    /// <summary>A DOI read from a doi.org link, such as <c>10.1145/3600006.3613139</c>.</summary>
    public string? Doi { get; init; }

    /// <summary>The track or note after the label's year: <c>Spotlight</c> in <c>[NeurIPS'25 Spotlight]</c>.</summary>
    public string? Note { get; init; }

    /// <summary>The month, when the label gives one (<c>[arXiv 2023.02]</c>); 0 otherwise.</summary>
    public int Month { get; init; }

    /// <summary>Bracketed tags before the label: <c>Survey</c> in <c>[Survey :mag:] [ACM CSUR'23] …</c>.</summary>
    public EquatableArray<string> Tags { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Everything else the entry says: institutions, system names, authors, summaries, emoji.</summary>
    public EquatableArray<string> Notes { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The pin at the end of the line (<c>{#CricketTwo}</c>), with its former names and its span; null when there is none.</summary>
    public EntryPin? Pin { get; init; }
}
