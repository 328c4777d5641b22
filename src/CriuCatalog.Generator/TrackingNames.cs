namespace CriuCatalog.Generator;

/// <summary>The names of the pipeline's steps, so tests can assert how each one ran after an edit.</summary>
public static class TrackingNames
{
    /// <summary>The text of each AdditionalFile marked <c>PaperCatalog="true"</c>.</summary>
    public const string CatalogSources = nameof(CatalogSources);

    /// <summary>Each catalog file parsed into lines.</summary>
    public const string ParsedCatalogs = nameof(ParsedCatalogs);

    /// <summary>The parsed files merged into one named catalog, with the diagnostics of merging and naming.</summary>
    public const string BuiltCatalog = nameof(BuiltCatalog);

    /// <summary>The catalog model the emitter writes.</summary>
    public const string CatalogModel = nameof(CatalogModel);

    /// <summary>The namespace and visibility of the catalog, from its file's metadata or the project's properties.</summary>
    public const string CatalogOptions = nameof(CatalogOptions);

    /// <summary>What the emitter needs to know about the consuming project.</summary>
    public const string Settings = nameof(Settings);

    /// <summary>The <c>[Cites]</c> attributes of each symbol that has any.</summary>
    public const string Citations = nameof(Citations);

    /// <summary>The citations matched against the catalog: the papers the compilation cites.</summary>
    public const string Bibliography = nameof(Bibliography);
}
