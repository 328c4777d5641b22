using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Configuration;
using CriuCatalog.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.CodeFixes;

/// <summary>Which generated type a missing member was looked up on.</summary>
internal enum CatalogTypeKind
{
    /// <summary>The <c>PaperId</c> enum.</summary>
    PaperId,

    /// <summary>The <c>Venue</c> enum.</summary>
    Venue,

    /// <summary>The <c>Category</c> enum.</summary>
    Category,

    /// <summary>The <c>Papers</c> class.</summary>
    Papers,

    /// <summary>One of the nested classes of <c>Papers</c> that list a category's papers, such as <c>Papers.GPU_CRIU</c>.</summary>
    CategoryClass,
}

/// <summary>
/// A CS0117 ("'X' does not contain a definition for 'Y'") on a member access whose left side is one of the catalog's
/// generated types: <c>PaperId.Crikcet</c>, <c>Venue.OSDY</c>, <c>Category.GpuCrui</c>, <c>Papers.Crikcet</c> or
/// <c>Papers.GPU_CRIU.Crikcet</c>.
/// </summary>
/// <remarks>
/// A generated type is recognised by what the generator puts on it, not by its name alone, since a project may have
/// its own <c>Category</c>: it is in the namespace <c>CriuCatalog</c>, and it (or, for a category class, <c>Papers</c>)
/// carries <c>[GeneratedCode("CriuCatalog.Generator", …)]</c>.
/// </remarks>
internal sealed class MissingCatalogMember
{
    /// <summary>The compiler's "does not contain a definition" for a member looked up on a type.</summary>
    public const string DiagnosticId = "CS0117";

    private MissingCatalogMember(MemberAccessExpressionSyntax access, INamedTypeSymbol type, CatalogTypeKind kind, SemanticModel model, ImmutableHashSet<string> catalogNamespaces)
    {
        CatalogNamespaces = catalogNamespaces;
        Access = access;
        Type = type;
        Kind = kind;
        Model = model;
    }

    /// <summary>The whole access, such as <c>PaperId.Crikcet</c>.</summary>
    public MemberAccessExpressionSyntax Access { get; }

    /// <summary>The name that does not exist, such as <c>Crikcet</c>.</summary>
    public SimpleNameSyntax Name => Access.Name;

    /// <summary>The generated type the name was looked up on.</summary>
    public INamedTypeSymbol Type { get; }

    /// <summary>Which of the generated types <see cref="Type"/> is.</summary>
    public CatalogTypeKind Kind { get; }

    /// <summary>The namespaces of the project's own catalogs (see <see cref="NamespacesOf"/>).</summary>
    public ImmutableHashSet<string> CatalogNamespaces { get; }

    /// <summary>The semantic model of the document the access is in.</summary>
    public SemanticModel Model { get; }

    /// <summary>Whether the access is called, as in <c>Papers.TryFnd(…)</c>: then only a method can replace it.</summary>
    public bool IsInvoked => Access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == Access;

    /// <summary>
    /// Whether the generated type is declared in this project's own source (its generated files), not in a referenced
    /// assembly: only then is the project's catalog the one that makes it.
    /// </summary>
    public bool IsDeclaredInProject
        => SymbolEqualityComparer.Default.Equals(Type.ContainingAssembly, Model.Compilation.Assembly)
           && Type.Locations.Any(location => location.IsInSource);

    /// <summary>
    /// The CS0117 at <paramref name="span"/> when its member access is on a generated catalog type; otherwise
    /// <see langword="null"/>.
    /// </summary>
    public static async Task<MissingCatalogMember?> FindAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(span, getInnermostNodeForTie: true) is not SimpleNameSyntax name
            || name.Parent is not MemberAccessExpressionSyntax access
            || access.Name != name
            || !access.IsKind(SyntaxKind.SimpleMemberAccessExpression))
        {
            return null;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model?.GetSymbolInfo(access.Expression, cancellationToken).Symbol is not INamedTypeSymbol type
            || NamespacesOf(document.Project) is var namespaces && Classify(type, namespaces) is not { } kind)
        {
            return null;
        }

        return new MissingCatalogMember(access, type, kind, model, namespaces);
    }

    /// <summary>
    /// The namespace of each catalog the project generates: of every AdditionalFile marked <c>PaperCatalog="true"</c>,
    /// read from its options as the generator reads them (<see cref="CatalogConfiguration"/>).
    /// </summary>
    public static ImmutableHashSet<string> NamespacesOf(Project project)
        => AdditionalFiles.Catalogs(project.AnalyzerOptions).Select(catalog => catalog.Catalog.Namespace).ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Which generated type <paramref name="type"/> is, or <see langword="null"/> when it is not one. A type declared
    /// in the project must be in the namespace of one of its catalogs (<paramref name="catalogNamespaces"/>); one from
    /// a referenced assembly, in any namespace, is a library's public catalog.
    /// </summary>
    public static CatalogTypeKind? Classify(INamedTypeSymbol type, ImmutableHashSet<string> catalogNamespaces)
    {
        var outermost = type;
        while (outermost.ContainingType is { } containing)
        {
            outermost = containing;
        }

        if (!GeneratedSymbols.IsGenerated(outermost)
            || (outermost.Locations.Any(location => location.IsInSource) && !catalogNamespaces.Contains(outermost.ContainingNamespace.ToDisplayString())))
        {
            return null;
        }

        if (ReferenceEquals(type, outermost))
        {
            return (type.Name, type.TypeKind) switch
            {
                ("PaperId", TypeKind.Enum) => CatalogTypeKind.PaperId,
                ("Venue", TypeKind.Enum) => CatalogTypeKind.Venue,
                ("Category", TypeKind.Enum) => CatalogTypeKind.Category,
                _ when IsPapersClass(type) => CatalogTypeKind.Papers,
                _ => null,
            };
        }

        // A category's class is an abstract class right inside Papers named as a member of Category (a static one in
        // a library built before rule 2; a renamed category's former class derives from it); anything else a project
        // adds to the partial Papers is not.
        return IsPapersClass(outermost)
               && SymbolEqualityComparer.Default.Equals(type.ContainingType, outermost)
               && type is { TypeKind: TypeKind.Class } and ({ IsStatic: true } or { IsAbstract: true })
               && CategoryEnum(outermost) is { } category
               && category.GetMembers(type.Name).Any(member => member is IFieldSymbol { HasConstantValue: true })
            ? CatalogTypeKind.CategoryClass
            : null;
    }

    /// <summary>
    /// Whether a generated type is the class of papers, whatever its catalog's <c>ClassName</c> calls it: the only
    /// generated static class with <c>TryFind</c> (abstract past its budget of properties, with base classes).
    /// </summary>
    private static bool IsPapersClass(INamedTypeSymbol type)
        => type is { TypeKind: TypeKind.Class } and ({ IsStatic: true } or { IsAbstract: true }) && !type.GetMembers(GeneratedNames.TryFind).IsEmpty;

    /// <summary>The generated <c>Category</c> enum next to <paramref name="papers"/>, if there is one.</summary>
    public static INamedTypeSymbol? CategoryEnum(INamedTypeSymbol papers)
        => papers.ContainingNamespace.GetTypeMembers("Category")
            .FirstOrDefault(type => type.TypeKind == TypeKind.Enum && GeneratedSymbols.IsGenerated(type));
}
