namespace CriuCatalog.Generator.Configuration;

/// <summary>
/// How the project configured one catalog: the namespace of its generated types, whether they are public, and the
/// name of the class of papers. Read from the AdditionalFile's item metadata (<c>Namespace</c>, <c>Visibility</c>,
/// <c>ClassName</c>), else from the project's MSBuild properties (<c>PaperCatalogNamespace</c>,
/// <c>PaperCatalogVisibility</c>, <c>PaperCatalogClassName</c>), else the defaults; the package's props file makes
/// all of them visible to the compiler. See docs/configuration.md.
/// </summary>
/// <param name="Namespace">The namespace of every generated type, e.g. <c>CriuCatalog</c>.</param>
/// <param name="IsPublic">Whether the generated types are <c>public</c> rather than <c>internal</c>.</param>
/// <param name="ClassName">The name of the static class with one property per paper, <c>Papers</c> by default.</param>
/// <param name="LegacyNames">
/// Whether the names the first naming rule gave, where today's rule names differently, are kept as obsolete aliases
/// (docs/catalog-format.md, "The rename to rule 2"); <see langword="true"/> by default, so code written against them
/// still compiles.
/// </param>
internal sealed record CatalogOptions(string Namespace, bool IsPublic, string ClassName = CatalogOptions.DefaultClassName, bool LegacyNames = true)
{
    /// <summary>
    /// <c>internal</c> in <c>CriuCatalog</c>: a catalog is its project's own unless the project says otherwise, so a
    /// library's catalog never reaches the projects that reference it, and two projects with catalogs never clash.
    /// </summary>
    public static CatalogOptions Default { get; } = new(DefaultNamespace, IsPublic: false);

    public const string DefaultNamespace = "CriuCatalog";

    public const string DefaultClassName = "Papers";

    /// <summary>The C# keyword for the generated types' accessibility.</summary>
    public string Accessibility => IsPublic ? "public" : "internal";
}
