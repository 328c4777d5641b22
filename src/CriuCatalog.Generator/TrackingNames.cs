namespace CriuCatalog.Generator;

/// <summary>The names of the pipeline's steps, so tests can assert how each one ran after an edit.</summary>
public static class TrackingNames
{
    /// <summary>The text of each AdditionalFile marked <c>PaperCatalog="true"</c>.</summary>
    public const string CatalogSources = nameof(CatalogSources);

    /// <summary>Each catalog file parsed into lines.</summary>
    public const string ParsedCatalogs = nameof(ParsedCatalogs);

    /// <summary>Each catalog's files merged into one named catalog model, which the emitter writes, with its options.</summary>
    public const string CatalogModel = nameof(CatalogModel);

    /// <summary>The parsed files grouped into catalogs, one per namespace, with each catalog's options.</summary>
    public const string CatalogGroups = nameof(CatalogGroups);

    /// <summary>What the emitter needs to know about the consuming project.</summary>
    public const string Settings = nameof(Settings);

    /// <summary>The <c>[Cites]</c> attributes of each symbol that has any.</summary>
    public const string Citations = nameof(Citations);

    /// <summary>The errors the generator reports (<see cref="Diagnostics.DiagnosticRoute"/>), with the severities the <c>.editorconfig</c> files set for them.</summary>
    public const string Errors = nameof(Errors);

    /// <summary>The citations matched against each catalog: the papers the compilation cites in it.</summary>
    public const string Bibliography = nameof(Bibliography);
}
