using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CriuCatalog.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CriuCatalog.Generator.CodeFixes;

/// <summary>
/// "Did you mean" for a misspelt member of the generated catalog (CS0117 on <c>PaperId</c>, <c>Venue</c>,
/// <c>Category</c>, <c>Papers</c> or a category's class of <c>Papers</c>): offers the closest existing members, each
/// as "Change to 'Cricket'", ranked as CRIU101 ranks keys (<see cref="KeySuggestions"/>: edit distance ignoring
/// case, so a name that differs only in case comes first; at most three, within the same distance threshold).
/// </summary>
/// <remarks>
/// The candidates are the members the type itself declares and the code can reach at that point: constants of an
/// enum; properties, constants and nested classes (papers and categories) of <c>Papers</c>; and, when the name is
/// called, as in <c>Papers.TryFnd(…)</c>, methods instead. Members inherited from <see cref="System.Enum"/> or
/// <see cref="object"/> are never offered.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CatalogMemberCodeFixProvider))]
[Shared]
public sealed class CatalogMemberCodeFixProvider : CodeFixProvider
{
    /// <summary>The start of every equivalence key; the member's name follows, so Fix All applies one member.</summary>
    internal const string EquivalenceKeyPrefix = "CriuCatalog.CS0117.ChangeTo.";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MissingCatalogMember.DiagnosticId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await MissingCatalogMember.FindAsync(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false) is not { } missing)
            {
                continue;
            }

            foreach (var suggestion in KeySuggestions.For(missing.Name.Identifier.ValueText, Candidates(missing)))
            {
                var name = missing.Name;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Change to '{suggestion}'",
                        cancellationToken => RenameAsync(context.Document, name, suggestion, cancellationToken),
                        EquivalenceKeyPrefix + suggestion),
                    diagnostic);
            }
        }
    }

    /// <summary>The names that could stand where the missing one is, each once.</summary>
    private static IEnumerable<string> Candidates(MissingCatalogMember missing)
    {
        var invoked = missing.IsInvoked;
        return missing.Model.LookupStaticMembers(missing.Access.SpanStart, missing.Type)
            .Where(member => IsDeclaredIn(missing.Type, member)
                             && member.CanBeReferencedByName
                             && !member.IsImplicitlyDeclared
                             && !IsObsolete(member)
                             && (invoked
                                 ? member is IMethodSymbol { MethodKind: MethodKind.Ordinary }
                                 : member is IFieldSymbol or IPropertySymbol or INamedTypeSymbol or IEventSymbol))
            .Select(member => member.Name)
            .Distinct(System.StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether <paramref name="member"/> is the type's own or inherited from a class of the catalog: a renamed
    /// category's former class has its papers from the category's class. Members of <see cref="object"/> are not.
    /// </summary>
    private static bool IsDeclaredIn(INamedTypeSymbol type, ISymbol member)
    {
        for (var declaring = type; declaring is { SpecialType: not SpecialType.System_Object }; declaring = declaring.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(member.ContainingType, declaring))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A former name of a renamed paper, category or venue (<c>[Obsolete("Renamed to …")]</c>): offering it would only trade the error for CS0618.</summary>
    private static bool IsObsolete(ISymbol member)
        => member.GetAttributes().Any(a => a.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } });

    private static async Task<Document> RenameAsync(Document document, SimpleNameSyntax name, string replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var leading = name.Identifier.LeadingTrivia;
        var trailing = name.Identifier.TrailingTrivia;
        var identifier = SyntaxFacts.GetKeywordKind(replacement) == SyntaxKind.None
            ? SyntaxFactory.Identifier(leading, replacement, trailing)
            : SyntaxFactory.VerbatimIdentifier(leading, "@" + replacement, replacement, trailing);
        return document.WithSyntaxRoot(root.ReplaceToken(name.Identifier, identifier));
    }
}
