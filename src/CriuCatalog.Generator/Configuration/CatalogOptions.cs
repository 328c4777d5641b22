namespace CriuCatalog.Generator.Configuration;

/// <summary>
/// How the project configured one catalog: the namespace of its generated types and whether they are public.
/// Read from the AdditionalFile's item metadata (<c>Namespace</c>, <c>Visibility</c>), else from the project's
/// MSBuild properties (<c>PaperCatalogNamespace</c>, <c>PaperCatalogVisibility</c>), else the defaults; the
/// package's props file makes all four visible to the compiler. See docs/configuration.md.
/// </summary>
/// <param name="Namespace">The namespace of every generated type, e.g. <c>CriuCatalog</c>.</param>
/// <param name="IsPublic">Whether the generated types are <c>public</c> rather than <c>internal</c>.</param>
internal sealed record CatalogOptions(string Namespace, bool IsPublic)
{
    /// <summary>
    /// <c>internal</c> in <c>CriuCatalog</c>: a catalog is its project's own unless the project says otherwise, so a
    /// library's catalog never reaches the projects that reference it, and two projects with catalogs never clash.
    /// </summary>
    public static CatalogOptions Default { get; } = new(DefaultNamespace, IsPublic: false);

    public const string DefaultNamespace = "CriuCatalog";

    /// <summary>The C# keyword for the generated types' accessibility.</summary>
    public string Accessibility => IsPublic ? "public" : "internal";
}
