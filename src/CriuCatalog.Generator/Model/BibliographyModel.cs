using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Diagnostics;

namespace CriuCatalog.Generator.Model;

/// <summary>One <c>[Cites]</c> found in the compilation, reduced to plain values.</summary>
/// <param name="PaperName">
/// The <c>PaperId</c> member the argument names, read from its syntax (<c>PaperId.AsyncFork</c> gives
/// <c>AsyncFork</c>), or <see langword="null"/> when the argument is not written as a member name.
/// </param>
/// <param name="Symbol">The citing symbol's display name, e.g. <c>Demo.SnapshotScheduler</c>.</param>
/// <param name="Location">
/// Where the argument is, kept only when <paramref name="PaperName"/> is <see langword="null"/> (for CRIU018), so
/// that a citation that reads fine stays equal when lines are added above it.
/// </param>
/// <param name="Namespace">
/// The namespace the citation writes (<c>Research.PaperId.X</c>, <c>[Research.Cites]</c>, or an alias of
/// <c>Research.PaperId</c>), or <see langword="null"/>; see <c>Citations.CitationScope</c>.
/// </param>
/// <param name="Scope">The namespaces its code is in or imports in its file, in ordinal order.</param>
internal sealed record CitationInfo(string? PaperName, string Symbol, LocationInfo? Location, string? Namespace, EquatableArray<string> Scope);

/// <summary>The papers a compilation cites, in catalog order, and what could not be read.</summary>
internal sealed record BibliographyModel(EquatableArray<CitedPaperModel> Papers, EquatableArray<DiagnosticInfo> Diagnostics);

/// <param name="Paper">Index into <see cref="CatalogModel.Papers"/>.</param>
/// <param name="CitedBy">The display names of the citing symbols, each once, in ordinal order.</param>
internal sealed record CitedPaperModel(int Paper, EquatableArray<string> CitedBy);
