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
    EquatableArray<PaperModel> Papers)
{
    /// <summary>
    /// The categories a category is nested in, its parent first (Markdown headings); none in a plain list. The
    /// builder makes no cycle, but the walk stops after as many steps as there are categories anyway.
    /// </summary>
    public System.Collections.Generic.IEnumerable<int> Ancestors(int category)
    {
        for (int parent = Categories[category].Parent, steps = 0; parent >= 0 && parent < Categories.Count && steps < Categories.Count; parent = Categories[parent].Parent, steps++)
        {
            yield return parent;
        }
    }
}

/// <param name="Identifier">The enum member and nested class name, e.g. <c>GPU_CRIU</c>.</param>
/// <param name="DisplayName">The list's own spelling, e.g. <c>GPU CRIU</c>.</param>
/// <param name="Papers">Indexes into <see cref="CatalogModel.Papers"/>, in catalog order.</param>
internal sealed record CategoryModel(string Identifier, string DisplayName, EquatableArray<int> Papers)
{
    /// <summary>
    /// Index into <see cref="CatalogModel.Categories"/> of the category this one is nested in (a Markdown heading
    /// above it of a lower level), or -1 for a top-level category and every category of a plain list.
    /// </summary>
    public int Parent { get; init; } = -1;

    /// <summary>The Markdown heading level (1 for <c>#</c>); 0 for a plain list's <c>- Name</c> category.</summary>
    public int Level { get; init; }

    /// <summary>Its rule-1 name where rule 2 changed it (<c>GpuCriu</c>), kept as an obsolete alias; otherwise null.</summary>
    public string? FormerIdentifier { get; init; }
}

/// <param name="Identifier">The enum member name, e.g. <c>SC_W</c>.</param>
/// <param name="DisplayName">The list's own spelling, e.g. <c>SC-W</c>.</param>
/// <param name="IsPreprint">Whether this is the arXiv preprint server rather than a peer-reviewed venue.</param>
/// <param name="Papers">Indexes of the papers with a publication at this venue, in catalog order.</param>
internal sealed record VenueModel(string Identifier, string DisplayName, bool IsPreprint, EquatableArray<int> Papers)
{
    /// <summary>Its rule-1 name where rule 2 changed it (<c>USENIX_Security</c>), kept as an obsolete alias; otherwise null.</summary>
    public string? FormerIdentifier { get; init; }
}

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

    /// <summary>The paper's own link, the URL of <c>[Title](url)</c> in a Markdown list, from its first listing that has one.</summary>
    public string? Url { get; init; }

    /// <summary>Its other links (code, slides, badges, versions), from every listing, each URL once, in catalog order.</summary>
    public EquatableArray<PaperLinkModel> Links { get; init; } = EquatableArray<PaperLinkModel>.Empty;

    /// <summary>
    /// An arXiv id read from an arxiv.org link of the paper, for a paper whose labels name none (a publication's own
    /// id, <see cref="PublicationModel.ArXivId"/>, comes first).
    /// </summary>
    public string? LinkedArXivId { get; init; }

    /// <summary>A DOI read from a doi.org link, such as <c>10.1145/3600006.3613139</c>.</summary>
    public string? Doi { get; init; }

    /// <summary>Bracketed tags written before the label, each once: <c>Survey</c>.</summary>
    public EquatableArray<string> Tags { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Everything else the listings say (institutions, system names, authors, summaries), each once, in catalog order.</summary>
    public EquatableArray<string> Notes { get; init; } = EquatableArray<string>.Empty;

    /// <summary>
    /// Former names kept usable: those its pin names (<c>{#ParallelGpuOs aka Parallelgpuos}</c>), in the order written,
    /// then its rule-1 name where rule 2 changed it (<c>Rrc</c> for <c>RRC</c>).
    /// </summary>
    public EquatableArray<PaperAliasModel> Aliases { get; init; } = EquatableArray<PaperAliasModel>.Empty;
}

/// <param name="Identifier">
/// The former identifier, emitted as an obsolete <c>PaperId</c> member and <c>Papers</c> and category class property;
/// null when only the key is kept (a rule-1 name that another name now has).
/// </param>
/// <param name="Key">The former key, which <c>TryFind</c> still resolves; null when it is the paper's own key.</param>
internal sealed record PaperAliasModel(string? Identifier, string? Key);

/// <param name="Label">The link's text, e.g. <c>code</c>.</param>
/// <param name="Url">Where it points.</param>
internal sealed record PaperLinkModel(string Label, string Url);

/// <param name="Venue">Index into <see cref="CatalogModel.Venues"/>.</param>
/// <param name="Year">Four-digit year.</param>
/// <param name="ArXivId">The arXiv id of this publication, if it has one.</param>
internal sealed record PublicationModel(int Venue, int Year, string? ArXivId)
{
    /// <summary>
    /// The track or note after the label's year, <c>Spotlight</c> in <c>[NeurIPS'25 Spotlight]</c>, from the first
    /// listing of this publication that has one. Not part of what makes two listings one publication.
    /// </summary>
    public string? Note { get; init; }
}

/// <summary>The outcome of building a <see cref="CatalogModel"/>: the model (absent when nothing can be generated) and what went wrong.</summary>
internal sealed record CatalogBuildResult(CatalogModel? Model, EquatableArray<Diagnostics.DiagnosticInfo> Diagnostics);
