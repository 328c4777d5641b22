using CriuCatalog.Generator.Common;

namespace CriuCatalog.Generator.Model;

/// <summary>
/// The catalog the emitter writes: papers merged across listings, each category and venue once, every name
/// already a unique C# identifier. Lists are in catalog order (first appearance in the file).
/// </summary>
internal sealed record CatalogModel(
    string Title,
    EquatableArray<CategoryModel> Categories,
    EquatableArray<VenueModel> Venues,
    EquatableArray<PaperModel> Papers);

/// <param name="Identifier">The enum member and nested class name, e.g. <c>GpuCriu</c>.</param>
/// <param name="DisplayName">The list's own spelling, e.g. <c>GPU CRIU</c>.</param>
/// <param name="Papers">Indexes into <see cref="CatalogModel.Papers"/>, in catalog order.</param>
internal sealed record CategoryModel(string Identifier, string DisplayName, EquatableArray<int> Papers);

/// <param name="Identifier">The enum member name, e.g. <c>SC_W</c>.</param>
/// <param name="DisplayName">The list's own spelling, e.g. <c>SC-W</c>.</param>
/// <param name="IsPreprint">Whether this is the arXiv preprint server rather than a peer-reviewed venue.</param>
/// <param name="Papers">Indexes of the papers with a publication at this venue, in catalog order.</param>
internal sealed record VenueModel(string Identifier, string DisplayName, bool IsPreprint, EquatableArray<int> Papers);

/// <param name="Identifier">The member name, e.g. <c>AsyncFork</c>.</param>
/// <param name="Key">The stable string key, e.g. <c>async-fork</c>.</param>
/// <param name="Title">The title as first listed.</param>
/// <param name="ShortName">The words the identifier was made from, as written, e.g. <c>Async-fork</c>.</param>
/// <param name="Categories">Indexes into <see cref="CatalogModel.Categories"/>, in catalog order.</param>
/// <param name="Publications">Peer-reviewed publications first, then preprints; the first is the primary one.</param>
internal sealed record PaperModel(
    string Identifier,
    string Key,
    string Title,
    string ShortName,
    EquatableArray<int> Categories,
    EquatableArray<PublicationModel> Publications)
{
    public PublicationModel Primary => Publications[0];
}

/// <param name="Venue">Index into <see cref="CatalogModel.Venues"/>.</param>
/// <param name="Year">Four-digit year.</param>
/// <param name="ArXivId">The arXiv id of this publication, if it has one.</param>
internal sealed record PublicationModel(int Venue, int Year, string? ArXivId);

/// <summary>The outcome of building a <see cref="CatalogModel"/>: the model (absent when nothing can be generated) and what went wrong.</summary>
internal sealed record CatalogBuildResult(CatalogModel? Model, EquatableArray<Diagnostics.DiagnosticInfo> Diagnostics);
