using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Diagnostics;

/// <summary>
/// A place inside a catalog file, kept as plain values so it can travel through the incremental pipeline
/// and be turned into a clickable <see cref="Location"/> only when a diagnostic is reported.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
