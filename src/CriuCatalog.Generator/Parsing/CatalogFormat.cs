using System;
using System.Collections.Generic;

namespace CriuCatalog.Generator.Parsing;

/// <summary>The two grammars a catalog can be written in (docs/catalog-format.md).</summary>
internal enum CatalogFormat : byte
{
    /// <summary>The CRIU list's format: a title, <c>- Category</c> lines and <c>[VENUE 'YY] Title</c> lines.</summary>
    Plain,

    /// <summary>A Markdown "awesome" list: headings, bullets, links, tables.</summary>
    Markdown,
}

/// <summary>Decides which grammar reads a file, before any line is read.</summary>
internal static class CatalogFormats
{
    /// <summary>
    /// A file is Markdown when its name ends in <c>.md</c> or <c>.markdown</c>, or when a line is a Markdown heading
    /// (<c>## Name</c>, <c>== Name ==</c>), a table separator (<c>|---|</c>), or a bullet with a Markdown link
    /// (<c>- [Title](url)</c>). A plain list has none of these, so it keeps being read exactly as before.
    /// </summary>
    public static CatalogFormat Detect(string path, string text, List<LineSlice> lines)
        => HasMarkdownName(path) ? CatalogFormat.Markdown : DetectByContent(text, lines);

    /// <summary>Whether the file's name says Markdown: <c>.md</c> or <c>.markdown</c>, in any case.</summary>
    public static bool HasMarkdownName(string path)
        => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>The format the lines alone say, whatever the file's name: Markdown when one of them is Markdown markup.</summary>
    public static CatalogFormat DetectByContent(string text, List<LineSlice> lines)
    {
        foreach (var line in lines)
        {
            var start = line.ContentStart;
            var end = line.End;
            SourceLines.Trim(text, ref start, ref end);
            if (start == end)
            {
                continue;
            }

            if (MarkdownLines.HeadingLevel(text, start, end, out _, out _) > 0
                || MarkdownLines.IsTableSeparator(text, start, end)
                || (MarkdownLines.BulletContent(text, start, end) >= 0 && text.IndexOf("](", start, end - start, StringComparison.Ordinal) >= 0))
            {
                return CatalogFormat.Markdown;
            }
        }

        return CatalogFormat.Plain;
    }
}
