using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Diagnostics;

/// <summary>
/// A place inside a catalog file, kept as plain values so it can travel through the incremental pipeline
/// and be turned into a clickable <see cref="Location"/> only when a diagnostic is reported.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>A location at the very start of a file, for diagnostics about the file as a whole.</summary>
    public static LocationInfo FileStart(string path) => new(path, default, default);

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
