namespace CriuCatalog.Generator.Parsing;

/// <summary>
/// What the parser made of one non-blank line. Every non-blank line of a catalog gets exactly one, so a test can
/// check that no line is dropped without a trace (docs/catalog-format.md, "No line is dropped silently").
/// </summary>
internal enum LineKind : byte
{
    /// <summary>The catalog's title.</summary>
    Title,

    /// <summary>A category: a <c>- Name</c> line, or a Markdown heading.</summary>
    Heading,

    /// <summary>
    /// A Markdown heading with no entry under it nor under its sub-headings (<c>## Contents</c>, <c>## License</c>, a
    /// heading over prose or a table of contents only): no category is made of it.
    /// </summary>
    EmptyHeading,

    /// <summary>A line that became an entry (it may have a warning too).</summary>
    Entry,

    /// <summary>A line that adds to the entry above it: an indented sub-bullet or a continuation line.</summary>
    EntryPart,

    /// <summary>A table-of-contents line: links to anchors of the same document only.</summary>
    TableOfContents,

    /// <summary>The header row of a Markdown table.</summary>
    TableHeader,

    /// <summary>The <c>|---|---|</c> row under a Markdown table's header.</summary>
    TableSeparator,

    /// <summary>Markup with nothing to read: HTML comments and wrappers, code fences, horizontal rules.</summary>
    Skipped,

    /// <summary>A line that was not used; a diagnostic starts on it.</summary>
    Reported,
}

/// <summary>The kind of one non-blank line (zero-based <paramref name="Line"/>).</summary>
internal readonly record struct ClassifiedLine(int Line, LineKind Kind);
