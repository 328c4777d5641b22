using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using CriuCatalog.Generator.Citations;
using CriuCatalog.Generator.Diagnostics;
using CriuCatalog.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CriuCatalog.Generator.Analyzers;

/// <summary>
/// Reports CRIU018: a <c>[Cites]</c> of one of this project's catalogs whose argument is not written as a
/// <c>PaperId</c> member (a cast, a constant of the user's own, an expression), so the generated bibliography cannot
/// list it. The generator reads citations from their syntax (<see cref="CitationReader"/>) and leaves such a
/// citation out; this analyzer, which sees the generated types, says so where the citation is written, so that
/// <c>#pragma</c>, <c>[SuppressMessage]</c> and <c>.editorconfig</c> reach it as they reach any C# warning.
/// </summary>
/// <remarks>
/// It used to be reported by the generator, which had to combine its citations with the compilation to place the
/// diagnostic. The generator driver re-filters every diagnostic a generator reported on every run, and the extra
/// steps ran on every keystroke; an analyzer costs nothing while no catalog is marked, and otherwise one syntax test
/// per attribute.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CitationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnreadableCitation);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        // The CitesAttribute of each catalog of this project: generated into this compilation, in the catalog's namespace.
        var attributes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var catalog in AdditionalFiles.Catalogs(context.Options))
        {
            var attribute = context.Compilation.GetTypeByMetadataName(catalog.Catalog.Namespace + "." + GeneratedNames.CitesAttribute);
            if (attribute is not null && SymbolEqualityComparer.Default.Equals(attribute.ContainingAssembly, context.Compilation.Assembly))
            {
                attributes.Add(attribute);
            }
        }

        if (attributes.Count == 0)
        {
            return;
        }

        context.RegisterSyntaxNodeAction(c => Analyze(c, attributes), SyntaxKind.Attribute);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, HashSet<INamedTypeSymbol> attributes)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (!CitationReader.IsCandidate(attribute)
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol { Parameters.Length: > 0 } constructor
            || !attributes.Contains(constructor.ContainingType)
            || CitationReader.PaperArgument(attribute) is not { } argument)
        {
            return;
        }

        if (!NamesPaperIdMember(argument, constructor.Parameters[0].Type, context.SemanticModel, context.CancellationToken))
        {
            var symbol = CitationReader.CitingSymbol(attribute, context.SemanticModel, context.CancellationToken);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnreadableCitation, argument.GetLocation(), symbol));
        }
    }

    /// <summary>
    /// Whether the argument is written as the generator reads it: a member of the catalog's <c>PaperId</c>, named
    /// (<c>PaperId.X</c>, qualified or through an alias, or <c>X</c> under <c>using static</c>), in parentheses or
    /// not. A name that binds to nothing is the compiler's error (CS0117), not this analyzer's.
    /// </summary>
    private static bool NamesPaperIdMember(ExpressionSyntax argument, ITypeSymbol paperId, SemanticModel model, CancellationToken cancellationToken)
    {
        while (argument is ParenthesizedExpressionSyntax parenthesized)
        {
            argument = parenthesized.Expression;
        }

        if (argument is not (MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } or IdentifierNameSyntax))
        {
            return false;
        }

        var info = model.GetSymbolInfo(argument, cancellationToken);
        return info.Symbol switch
        {
            IFieldSymbol field => SymbolEqualityComparer.Default.Equals(field.ContainingType, paperId),
            null => true,
            _ => false,
        };
    }
}
