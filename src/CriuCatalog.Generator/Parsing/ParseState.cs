using System.Collections.Immutable;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Parsing;

/// <summary>What a parser has read so far; both formats' parsers fill one and turn it into a <see cref="CatalogDocument"/>.</summary>
internal sealed class ParseState(string path)
{
    public string Path { get; } = path;

    public string? Title { get; set; }

    public int CurrentCategory { get; set; } = -1;

    /// <summary>Whether a category or entry line has been seen; the title must come before both.</summary>
    public bool InBody { get; set; }

    public ImmutableArray<CategoryLine>.Builder Categories { get; } = ImmutableArray.CreateBuilder<CategoryLine>();

    public ImmutableArray<EntryLine>.Builder Entries { get; } = ImmutableArray.CreateBuilder<EntryLine>();

    public ImmutableArray<DiagnosticInfo>.Builder Diagnostics { get; } = ImmutableArray.CreateBuilder<DiagnosticInfo>();

    public ImmutableArray<ClassifiedLine>.Builder Lines { get; } = ImmutableArray.CreateBuilder<ClassifiedLine>();

    public CatalogDocument ToDocument(bool isReadable, CatalogFormat format) => new(
        Path,
        isReadable,
        Title,
        Categories.ToEquatableArray(),
        Entries.ToEquatableArray(),
        Diagnostics.ToEquatableArray())
    {
        Format = format,
        Lines = Lines.ToEquatableArray(),
    };

    public void Classify(LineSlice line, LineKind kind) => Lines.Add(new ClassifiedLine(line.Number, kind));

    public LocationInfo Locate(LineSlice line, int start, int end) => new(
        Path,
        TextSpan.FromBounds(start, end),
        new LinePositionSpan(new LinePosition(line.Number, start - line.Start), new LinePosition(line.Number, end - line.Start)));

    public void Report(DiagnosticDescriptor descriptor, LineSlice line, int start, int end, params string[] args)
        => Diagnostics.Add(DiagnosticInfo.Create(descriptor, Locate(line, start, end), args));
}
