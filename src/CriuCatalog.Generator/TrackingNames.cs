namespace CriuCatalog.Generator;

/// <summary>The names of the pipeline's steps, so tests can assert how each one ran after an edit.</summary>
public static class TrackingNames
{
    /// <summary>
    /// The text of each AdditionalFile the generator reads: one marked <c>PaperCatalog="true"</c>, with its options, or an
    /// <c>.editorconfig</c>; <see langword="null"/> for any other file.
    /// </summary>
    public const string InputFiles = nameof(InputFiles);

    /// <summary>Each catalog file parsed into lines; an <c>.editorconfig</c> passed on, and <see langword="null"/> for any other file.</summary>
    public const string ParsedFiles = nameof(ParsedFiles);

    /// <summary>Each catalog's files merged into one named catalog model, which the emitter writes, with its options.</summary>
    public const string CatalogModel = nameof(CatalogModel);

    /// <summary>The parsed files grouped into catalogs, one per namespace, with each catalog's options.</summary>
    public const string CatalogGroups = nameof(CatalogGroups);

    /// <summary>What the emitter needs to know about the consuming project.</summary>
    public const string Settings = nameof(Settings);

    /// <summary>Each attribute named <c>Cites</c>, read: the citation, or <see langword="null"/> when it is not one (see <see cref="Citations.CitationReader"/>).</summary>
    public const string Citations = nameof(Citations);

    /// <summary>The errors the generator reports (<see cref="Diagnostics.DiagnosticRoute"/>), with the severities the <c>.editorconfig</c> files set for them.</summary>
    public const string Errors = nameof(Errors);

    /// <summary>The citations matched against each catalog: the papers the compilation cites in it.</summary>
    public const string Bibliography = nameof(Bibliography);
}
