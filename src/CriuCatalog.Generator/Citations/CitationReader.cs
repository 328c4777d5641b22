using System.Collections.Generic;
using System.Threading;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Diagnostics;
using CriuCatalog.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CriuCatalog.Generator.Citations;

/// <summary>
/// Reads the <c>[Cites]</c> attributes on one symbol. The pipeline's compilation has the attribute class (it is
/// post-initialization output) but not <c>PaperId</c>, which the same run generates, so the attribute's
/// constructor does not bind there. The cited paper is therefore read from the argument's syntax:
/// <c>PaperId.X</c>, <c>CriuCatalog.PaperId.X</c>, an alias <c>P.X</c>, or <c>X</c> under <c>using static</c>.
/// </summary>
internal static class CitationReader
{
    private static readonly SymbolDisplayFormat s_symbolFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public static EquatableArray<CitationInfo> Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var symbol = DisplayName(context.TargetSymbol);
        var citations = new List<CitationInfo>(context.Attributes.Length);
        foreach (var attribute in context.Attributes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
            {
                continue;
            }

            var argument = PaperArgument(syntax);
            var where = (SyntaxNode?)argument ?? syntax;
            var location = where.GetLocation();
            var lineSpan = location.GetLineSpan();
            citations.Add(new CitationInfo(
                argument is null ? null : PaperName(argument, context.SemanticModel, cancellationToken),
                symbol,
                new LocationInfo(lineSpan.Path, location.SourceSpan, lineSpan.Span)));
        }

        return citations.ToEquatableArray();
    }

    /// <summary>
    /// How a citing symbol is shown: <c>Demo.Scheduler</c>, <c>Demo.Scheduler.Fork(int)</c>, the assembly's name for
    /// <c>[assembly: Cites]</c>, and the member plus the name for a parameter or type parameter.
    /// </summary>
    private static string DisplayName(ISymbol symbol) => symbol switch
    {
        IAssemblySymbol assembly => assembly.Name,
        IModuleSymbol module => module.Name,
        IParameterSymbol parameter => parameter.ContainingSymbol.ToDisplayString(s_symbolFormat) + " parameter " + parameter.Name,
        ITypeParameterSymbol typeParameter => typeParameter.ContainingSymbol.ToDisplayString(s_symbolFormat) + " type parameter " + typeParameter.Name,
        _ => symbol.ToDisplayString(s_symbolFormat),
    };

    /// <summary>The argument for the constructor's <c>paper</c> parameter: the first positional one, or <c>paper:</c>.</summary>
    private static ExpressionSyntax? PaperArgument(AttributeSyntax attribute)
    {
        if (attribute.ArgumentList is not { } list)
        {
            return null;
        }

        foreach (var argument in list.Arguments)
        {
            if (argument.NameEquals is not null)
            {
                continue;
            }

            if (argument.NameColon is null || argument.NameColon.Name.Identifier.ValueText == "paper")
            {
                return argument.Expression;
            }
        }

        return null;
    }

    /// <summary>
    /// The member name the argument refers to, when it is written as one and does not bind to anything in the
    /// pipeline's compilation (where <c>PaperId</c> does not exist yet). A name that binds, such as a constant of
    /// the user's own, is not read: its value is not knowable here.
    /// </summary>
    private static string? PaperName(ExpressionSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (argument)
        {
            case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access
                when IsUnbound(access.Expression, model, cancellationToken):
                return name.Identifier.ValueText;
            case IdentifierNameSyntax name when IsUnbound(name, model, cancellationToken):
                return name.Identifier.ValueText;
            default:
                return null;
        }
    }

    private static bool IsUnbound(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        var symbol = model.GetSymbolInfo(expression, cancellationToken).Symbol;
        return symbol switch
        {
            null => true,
            IAliasSymbol alias => alias.Target is IErrorTypeSymbol || IsPaperId(alias.Target),
            ITypeSymbol type => type.TypeKind == TypeKind.Error || IsPaperId(type),
            _ => false,
        };
    }

    private static bool IsPaperId(INamespaceOrTypeSymbol symbol)
        => symbol is INamedTypeSymbol { Name: "PaperId", ContainingNamespace: { Name: GenerationSettings.DefaultNamespace, ContainingNamespace.IsGlobalNamespace: true } };
}
