using CriuCatalog.Generator.Common;

namespace CriuCatalog.Generator.Model;

/// <summary>One <c>[Cites]</c> found in the compilation, reduced to plain values.</summary>
/// <param name="PaperName">
/// The <c>PaperId</c> member the argument names, read from its syntax (<c>PaperId.AsyncFork</c> gives
/// <c>AsyncFork</c>). A citation not written as a member name is not read at all; the citation analyzer reports it
/// (CRIU018).
/// </param>
/// <param name="Symbol">The citing symbol's display name, e.g. <c>Demo.SnapshotScheduler</c>.</param>
/// <param name="Namespace">
/// The namespace the citation writes (<c>Research.PaperId.X</c>, <c>[Research.Cites]</c>, or an alias of
/// <c>Research.PaperId</c>), or <see langword="null"/>; see <c>Citations.CitationScope</c>.
/// </param>
/// <param name="Scope">The namespaces its code is in or imports in its file, in ordinal order.</param>
internal sealed record CitationInfo(string PaperName, string Symbol, string? Namespace, EquatableArray<string> Scope)
{
    /// <summary>
    /// The namespace of a referenced library's generated <c>CitesAttribute</c> that the name bound to while this
    /// project's attribute did not exist yet, or <see langword="null"/> when it bound to nothing. With this project's
    /// attribute generated, C# may find that one first; <see cref="Lookup"/> says which it finds.
    /// </summary>
    public string? Library { get; init; }

    /// <summary>
    /// Where C# looks for the attribute's name, first to last, when <see cref="Library"/> is set: <c>N:A.B</c> for the
    /// types of namespace <c>A.B</c>, <c>U:X</c> for a <c>using X;</c>; see <c>Citations.CitationScope.Lookup</c>.
    /// </summary>
    public EquatableArray<string> Lookup { get; init; }
}

/// <summary>A paper the compilation cites, and what cites it.</summary>
/// <param name="Paper">Index into <see cref="CatalogModel.Papers"/>.</param>
/// <param name="CitedBy">The display names of the citing symbols, each once, in ordinal order.</param>
internal sealed record CitedPaperModel(int Paper, EquatableArray<string> CitedBy);
