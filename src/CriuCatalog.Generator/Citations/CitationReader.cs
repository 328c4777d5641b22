using System.IO;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CriuCatalog.Generator.Citations;

/// <summary>
/// Reads one <c>[Cites]</c>. <c>CitesAttribute</c> and <c>PaperId</c> are generated in the same run that reads
/// them, and a generator does not see its own output, so neither binds in the pipeline's compilation. The
/// attribute is therefore found by its name (<c>Cites</c> or <c>CitesAttribute</c>, qualified or not), and the
/// cited paper is read from the argument's text: <c>PaperId.X</c>, <c>CriuCatalog.PaperId.X</c>, an alias
/// <c>P.X</c>, or <c>X</c> under <c>using static</c>. An attribute of that name that binds to another type (a
/// <c>CitesAttribute</c> of the user's own) is not a citation.
/// </summary>
internal static class CitationReader
{
    internal const string AttributeName = "CitesAttribute";

    internal const string ShortAttributeName = "Cites";

    private static readonly SymbolDisplayFormat s_symbolFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>The syntax-only test, run on every node: an attribute named <c>Cites</c> or <c>CitesAttribute</c>.</summary>
    public static bool IsCandidate(SyntaxNode node)
        => node is AttributeSyntax attribute
           && RightmostName(attribute.Name) is ShortAttributeName or AttributeName;

    public static CitationInfo? Read(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var attribute = (AttributeSyntax)context.Node;
        var model = context.SemanticModel;
        if (!IsOurs(attribute, model, cancellationToken, out var library))
        {
            return null;
        }

        // An argument not written as a member name cannot be read here; the citation analyzer reports it (CRIU018).
        var argument = PaperArgument(attribute);
        if (argument is null || PaperName(argument, model, cancellationToken) is not { } paperName)
        {
            return null;
        }

        var symbol = CitingSymbol(attribute, model, cancellationToken);
        return new CitationInfo(paperName, symbol, CitationScope.Qualifier(attribute, argument), CitationScope.Scope(attribute))
        {
            Library = library,
            Lookup = library is null ? EquatableArray<string>.Empty : CitationScope.Lookup(attribute),
        };
    }

    /// <summary>
    /// Whether the attribute may cite one of this project's catalogs: it binds to nothing, as the generated class is not
    /// visible yet; or, written without a namespace, it binds to a library's generated attribute, which this project's
    /// may hide once generated (<paramref name="library"/> is then the library's namespace, and the bibliography
    /// decides). One that binds to any other type is not a citation.
    /// </summary>
    private static bool IsOurs(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken, out string? library)
    {
        library = null;

        // Roslyn runs this step again for every [Cites] of the project on every keystroke, with a new compilation, and
        // binding an attribute is most of what that costs. When nothing that either name C# looks the attribute up by
        // could find is in scope here (no such type, alias or global alias in the compilation, and a library's attribute
        // neither in an enclosing namespace nor imported), the binding is skipped, as it would find nothing: this
        // project's attribute is generated after this step.
        if (!BindableNames.Of(model.Compilation).Attribute.MayBindAt(attribute, attribute.Name)
            && CitationScope.AliasTarget(attribute, ShortAttributeName) is null
            && CitationScope.AliasTarget(attribute, AttributeName) is null)
        {
            return true;
        }

        var info = model.GetSymbolInfo(attribute, cancellationToken);
        var type = (info.Symbol ?? (info.CandidateSymbols.Length > 0 ? info.CandidateSymbols[0] : null)) switch
        {
            IMethodSymbol constructor => constructor.ContainingType,
            INamedTypeSymbol named => named,
            _ => null,
        };

        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return true;
        }

        // A CitesAttribute that binds comes from a referenced assembly (this project's is generated after this step):
        // a library's public catalog. Its citation is the library's, unless the name is unqualified and this project's
        // attribute, in a namespace C# looks in first, hides it.
        if (!type.Locations.Any(l => l.IsInSource) && GeneratedSymbols.IsGenerated(type) && attribute.Name is SimpleNameSyntax)
        {
            library = type.ContainingNamespace.ToDisplayString();
            return true;
        }

        return false;
    }

    /// <summary>The argument for the constructor's <c>paper</c> parameter: the first positional one, or <c>paper:</c>.</summary>
    public static ExpressionSyntax? PaperArgument(AttributeSyntax attribute)
    {
        if (attribute.ArgumentList is not { } list)
        {
            return null;
        }

        foreach (var argument in list.Arguments)
        {
            if (argument.NameEquals is null
                && (argument.NameColon is null || argument.NameColon.Name.Identifier.ValueText == "paper"))
            {
                return argument.Expression;
            }
        }

        return null;
    }

    /// <summary>
    /// The member name the argument refers to, when it is written as one and does not bind to anything else in the
    /// pipeline's compilation. A name that binds, such as a constant of the user's own, is not read: its value
    /// is not knowable here.
    /// </summary>
    private static string? PaperName(ExpressionSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        while (argument is ParenthesizedExpressionSyntax parenthesized)
        {
            argument = parenthesized.Expression;
        }

        return argument switch
        {
            MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access
                when CannotBind(access.Expression, model) || IsPaperIdOrUnbound(access.Expression, model, cancellationToken) => name.Identifier.ValueText,
            IdentifierNameSyntax name when IsPaperIdOrUnbound(name, model, cancellationToken) => name.Identifier.ValueText,
            _ => null,
        };
    }

    /// <summary>
    /// Whether <c>PaperId</c>, <c>N.PaperId</c> or <c>global::N.PaperId</c> binds to nothing, so that binding it can be
    /// skipped (see <see cref="IsOurs"/>): no symbol or namespace of the source, no global alias and no type parameter
    /// around it is called <c>PaperId</c>, no referenced type of that name is in scope (<see cref="BindableNames"/>), and
    /// no alias in the file stands for the name it starts with. An alias or another name is bound. Not looked for: a
    /// member called <c>PaperId</c> that a referenced base class brings in, which would not compile as an attribute
    /// argument either.
    /// </summary>
    private static bool CannotBind(ExpressionSyntax expression, SemanticModel model)
    {
        var right = expression switch
        {
            IdentifierNameSyntax identifier => identifier,
            MemberAccessExpressionSyntax { Name: IdentifierNameSyntax identifier } => identifier,
            QualifiedNameSyntax { Right: IdentifierNameSyntax identifier } => identifier,
            AliasQualifiedNameSyntax { Name: IdentifierNameSyntax identifier } => identifier,
            _ => null,
        };
        if (right?.Identifier.ValueText != GeneratedNames.PaperId
            || BindableNames.Of(model.Compilation).PaperId.MayBindAt(expression, expression)
            || expression.Ancestors().Any(static node => node is TypeDeclarationSyntax { TypeParameterList: not null } or MethodDeclarationSyntax { TypeParameterList: not null } or DelegateDeclarationSyntax { TypeParameterList: not null }))
        {
            return false;
        }

        var left = expression;
        while (true)
        {
            switch (left)
            {
                case MemberAccessExpressionSyntax access:
                    left = access.Expression;
                    continue;
                case QualifiedNameSyntax qualified:
                    left = qualified.Left;
                    continue;
                case AliasQualifiedNameSyntax alias:
                    return alias.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword);
                case IdentifierNameSyntax identifier:
                    return CitationScope.AliasTarget(identifier, identifier.Identifier.ValueText) is null;
                default:
                    return false;
            }
        }
    }

    private static bool IsPaperIdOrUnbound(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        var symbol = model.GetSymbolInfo(expression, cancellationToken).Symbol;
        return symbol switch
        {
            null => true,
            IAliasSymbol alias => alias.Target is IErrorTypeSymbol || IsCatalogType(alias.Target, "PaperId"),
            IFieldSymbol { ContainingType: { } type } field when field.HasConstantValue => IsCatalogType(type, "PaperId"),
            ITypeSymbol type => type.TypeKind == TypeKind.Error || IsCatalogType(type, "PaperId"),
            _ => false,
        };
    }

    /// <summary>
    /// A generated catalog type of that name: in the default namespace, or generated by this generator into a
    /// referenced assembly (a library's <c>Lib.PaperId</c>, which this project's may hide; see <see cref="IsOurs"/>).
    /// </summary>
    private static bool IsCatalogType(INamespaceOrTypeSymbol symbol, string name)
        => symbol is INamedTypeSymbol type
           && type.Name == name
           && (type.ContainingNamespace is { Name: Configuration.CatalogOptions.DefaultNamespace, ContainingNamespace.IsGlobalNamespace: true }
               || GeneratedSymbols.IsGenerated(type));

    /// <summary>
    /// How the citing code is shown: <c>Demo.Scheduler</c>, <c>Demo.Scheduler.Fork(int)</c>, the assembly's name for
    /// <c>[assembly: Cites]</c>, the member and the name for a parameter, type parameter or local function, and
    /// the member for a lambda. Code with no symbol of its own is shown by its file and line.
    /// </summary>
    public static string CitingSymbol(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
        => attribute.Parent?.Parent is { } declaration && SyntacticName(declaration) is { } name
            ? name
            : SemanticName(attribute, model, cancellationToken);

    /// <summary>
    /// What <see cref="SemanticName"/> shows for the most common owners of a <c>[Cites]</c>, read from the syntax alone:
    /// a type, a method without parameters, a property or a field, outside any generic declaration, where the display
    /// of the symbol is its namespaces, containing types and name as written. <see langword="null"/> for anything else.
    /// The step that reads citations runs again for each of them on every keystroke (see <see cref="IsOurs"/>), and
    /// binding a declaration costs more than reading its name.
    /// </summary>
    internal static string? SyntacticName(SyntaxNode declaration)
    {
        var name = declaration switch
        {
            BaseTypeDeclarationSyntax type when IsNamedType(type) && type is not TypeDeclarationSyntax { TypeParameterList: not null } => type.Identifier.ValueText,
            MethodDeclarationSyntax { TypeParameterList: null, ExplicitInterfaceSpecifier: null, ParameterList.Parameters.Count: 0 } method
                => method.Identifier.ValueText + "()",
            PropertyDeclarationSyntax { ExplicitInterfaceSpecifier: null } property => property.Identifier.ValueText,
            FieldDeclarationSyntax { Declaration.Variables.Count: > 0 } field => field.Declaration.Variables[0].Identifier.ValueText,
            _ => null,
        };
        if (name is null)
        {
            return null;
        }

        for (var node = declaration.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case TypeDeclarationSyntax { TypeParameterList: null } container when IsNamedType(container):
                    name = container.Identifier.ValueText + "." + name;
                    break;
                case BaseNamespaceDeclarationSyntax ns when NamespaceText(ns.Name) is { } text:
                    name = text + "." + name;
                    break;
                case CompilationUnitSyntax:
                    return name;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A class, struct, interface, record or enum: a declaration whose symbol shows as its name. Any other kind, such as
    /// a C# 14 <c>extension</c> block, which the running compiler may give though this assembly is built against an
    /// older one, is left to the symbol.
    /// </summary>
    private static bool IsNamedType(BaseTypeDeclarationSyntax declaration)
        => declaration.Kind() is SyntaxKind.ClassDeclaration or SyntaxKind.StructDeclaration or SyntaxKind.InterfaceDeclaration
            or SyntaxKind.RecordDeclaration or SyntaxKind.RecordStructDeclaration or SyntaxKind.EnumDeclaration;

    /// <summary>A namespace's name as written, <c>A.B</c>; <see langword="null"/> for one written with an alias.</summary>
    private static string? NamespaceText(NameSyntax name) => name switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        QualifiedNameSyntax { Right: IdentifierNameSyntax right } qualified when NamespaceText(qualified.Left) is { } left => left + "." + right.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The citing code as <see cref="CitingSymbol"/> shows it, from the symbol the semantic model declares or binds for it.</summary>
    internal static string SemanticName(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        var owner = attribute.Parent?.Parent;
        var symbol = owner switch
        {
            CompilationUnitSyntax when attribute.Parent is AttributeListSyntax { Target.Identifier: var target } && target.IsKind(SyntaxKind.ModuleKeyword)
                => model.Compilation.SourceModule,
            CompilationUnitSyntax => model.Compilation.Assembly,
            BaseFieldDeclarationSyntax field when field.Declaration.Variables.Count > 0
                => model.GetDeclaredSymbol(field.Declaration.Variables[0], cancellationToken),
            LambdaExpressionSyntax or AnonymousMethodExpressionSyntax => model.GetSymbolInfo(owner, cancellationToken).Symbol,
            null => null,
            _ => model.GetDeclaredSymbol(owner, cancellationToken),
        };

        return symbol switch
        {
            IAssemblySymbol or IModuleSymbol => symbol.Name,
            IParameterSymbol parameter => Display(parameter.ContainingSymbol) + " parameter " + parameter.Name,
            ITypeParameterSymbol typeParameter => Display(typeParameter.ContainingSymbol) + " type parameter " + typeParameter.Name,
            IMethodSymbol { MethodKind: MethodKind.LocalFunction } local => Display(local.ContainingSymbol) + " local function " + local.Name,
            IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda => Display(lambda.ContainingSymbol) + " lambda",
            not null => Display(symbol),
            null => Path.GetFileName(attribute.SyntaxTree.FilePath) + " line "
                + (attribute.GetLocation().GetLineSpan().StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static string Display(ISymbol symbol) => symbol.ToDisplayString(s_symbolFormat);

    private static string RightmostName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };
}
