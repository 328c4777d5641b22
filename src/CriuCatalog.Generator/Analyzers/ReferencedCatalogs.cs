using System.Threading;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Model;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Analyzers;

/// <summary>
/// Whether a project can cite a catalog that a referenced assembly generated: one whose <c>CitesAttribute</c> is
/// this generator's and accessible to the project (public, or internal to a friend assembly). Asked only for a
/// project that marks no catalog of its own (CRIU201), so its cost never falls on a project with a catalog.
/// </summary>
/// <remarks>
/// No marker is generated for this: each assembly's set of type names (read from its metadata, once per
/// compilation) rules out every assembly without a type named <c>CitesAttribute</c>, and only an assembly that has
/// one is searched, namespace by namespace.
/// </remarks>
internal static class ReferencedCatalogs
{
    /// <summary>The first referenced catalog's <c>CitesAttribute</c> the compilation can use, or <see langword="null"/>.</summary>
    public static INamedTypeSymbol? FindUsable(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!assembly.TypeNames.Contains(GeneratedNames.CitesAttribute))
            {
                continue;
            }

            if (Find(assembly.GlobalNamespace, compilation, cancellationToken) is { } attribute)
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>A usable generated <c>CitesAttribute</c> in <paramref name="ns"/> or a namespace inside it.</summary>
    private static INamedTypeSymbol? Find(INamespaceSymbol ns, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var type in ns.GetTypeMembers(GeneratedNames.CitesAttribute))
        {
            if (GeneratedSymbols.IsGenerated(type) && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
            {
                return type;
            }
        }

        foreach (var inner in ns.GetNamespaceMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Find(inner, compilation, cancellationToken) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
