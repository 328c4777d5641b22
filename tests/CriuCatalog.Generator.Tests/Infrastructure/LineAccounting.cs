using System;
using System.Collections.Generic;
using System.Linq;
using CriuCatalog.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Checks that a parsed document accounts for every line of its text: each non-blank line has exactly one kind,
/// blank lines none, and each kind is backed by what the document holds: an entry on an Entry line, a category on a
/// Heading line and none on an EmptyHeading line, the title on the Title line, a diagnostic starting on a Reported line.
/// </summary>
internal static class LineAccounting
{
    public static void AssertEveryLineIsAccountedFor(string text, CatalogDocument document, IEnumerable<int>? moreReportedLines = null)
    {
        var kinds = document.Lines.GroupBy(l => l.Line).ToDictionary(g => g.Key, g => g.Select(l => l.Kind).ToList());
        var entryLines = document.Entries.Select(e => e.LineNumber - 1).ToHashSet();
        var headingLines = document.Categories.Select(c => c.Location.LineSpan.Start.Line).ToHashSet();
        var reported = document.Diagnostics.Where(d => d.Location is not null).Select(d => d.Location!.LineSpan.Start.Line).ToHashSet();
        reported.UnionWith(moreReportedLines ?? []);

        var titles = 0;
        foreach (var line in SourceText.From(text).Lines)
        {
            var content = line.ToString();
            if (line.LineNumber == 0 && content.StartsWith('\uFEFF'))
            {
                content = content.Substring(1);
            }

            var where = $"line {line.LineNumber + 1} ({Shorten(content)})";
            if (content.Trim().Length == 0)
            {
                Assert.False(kinds.ContainsKey(line.LineNumber), $"Blank {where} has a kind.");
                continue;
            }

            Assert.True(kinds.TryGetValue(line.LineNumber, out var kind), $"Non-blank {where} is not accounted for.");
            var only = Assert.Single(kind!);
            switch (only)
            {
                case LineKind.Entry:
                    Assert.True(entryLines.Contains(line.LineNumber), $"{where} is an Entry, but no entry is on it.");
                    break;
                case LineKind.Heading:
                    Assert.True(headingLines.Contains(line.LineNumber), $"{where} is a Heading, but no category is on it.");
                    break;
                case LineKind.EmptyHeading:
                    Assert.False(headingLines.Contains(line.LineNumber), $"{where} is an EmptyHeading, but a category is on it.");
                    break;
                case LineKind.Title:
                    titles++;
                    Assert.NotNull(document.Title);
                    break;
                case LineKind.Reported:
                    Assert.True(reported.Contains(line.LineNumber), $"{where} is Reported, but no diagnostic starts on it.");
                    break;
            }
        }

        Assert.True(titles <= 1, "More than one line is the title.");
        Assert.All(entryLines, l => Assert.Equal(LineKind.Entry, kinds[l].Single()));
    }

    private static string Shorten(string text) => text.Length > 120 ? string.Concat(text.AsSpan(0, 120), "…") : text;
}
