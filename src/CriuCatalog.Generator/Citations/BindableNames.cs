using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CriuCatalog.Generator.Citations;

/// <summary>
/// Where, in one compilation, a name that a <c>[Cites]</c> is read by could bind to something: the attribute's names
/// (<c>CitesAttribute</c>, <c>Cites</c>) and <c>PaperId</c>. Roslyn runs the step that reads citations again for every
/// <c>[Cites]</c> of the project on every keystroke, with a new compilation, and binding is most of what that costs;
/// a name that this tells cannot bind at a citation is not bound there (<see cref="CitationReader"/>).
/// </summary>
/// <remarks>
/// Read once per compilation, the first time a citation of it asks, and kept as long as the compilation lives. A name
/// may bind anywhere when the source declares something of that name, when a global alias has it, or when a referenced
/// assembly has a type of that name in the global namespace or nested in another type. A referenced type in a
/// namespace (a library's public catalog, <c>Lib.Research.CitesAttribute</c>) is found by a simple name only from
/// code in that namespace or a namespace it contains, or in a file or namespace with a <c>using</c> that may name it;
/// a qualified name <c>Left.Cites</c> only where <c>Left</c> may name that namespace (its whole name, its end seen
/// from an enclosing namespace, or an alias).
/// </remarks>
internal sealed class BindableNames
{
    private static readonly ConditionalWeakTable<Compilation, BindableNames> s_byCompilation = new();

    // What a referenced assembly holds does not change while it is referenced; its symbol is shared by the
    // compilations of one project as it is edited, so a library is searched once, not once per keystroke.
    private static readonly ConditionalWeakTable<IAssemblySymbol, AssemblyTypes> s_byAssembly = new();

    private BindableNames(Compilation compilation)
    {
        var globalAliases = new HashSet<string>(StringComparer.Ordinal);
        Attribute = new Sites(
            compilation.ContainsSymbolsWithName(CitationReader.AttributeName, SymbolFilter.Type)
            || compilation.ContainsSymbolsWithName(CitationReader.ShortAttributeName, SymbolFilter.Type),
            globalAliases);
        PaperId = new Sites(compilation.ContainsSymbolsWithName(Model.GeneratedNames.PaperId, SymbolFilter.All), globalAliases);

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            var names = assembly.TypeNames;
            if (names.Contains(CitationReader.AttributeName) || names.Contains(CitationReader.ShortAttributeName) || names.Contains(Model.GeneratedNames.PaperId)
                || assembly.NamespaceNames.Contains(Model.GeneratedNames.PaperId))
            {
                var types = s_byAssembly.GetValue(assembly, static a => new AssemblyTypes(a));
                Attribute.Add(types.Attribute);
                PaperId.Add(types.PaperId);
            }
        }

        // A global using in any file (GlobalUsings.cs, the SDK's implicit usings) is in scope everywhere: an alias of
        // either name, a using static, or a namespace that may be one of the referenced types' (by its name, or through
        // an alias) makes the name bindable in every file. One that is not global is looked at in the citation's own file.
        var globalUsings = new List<UsingDirectiveSyntax>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                foreach (var directive in unit.Usings)
                {
                    if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
                    {
                        globalUsings.Add(directive);
                        if (directive.Alias?.Name.Identifier.ValueText is { } alias)
                        {
                            globalAliases.Add(alias);
                            Attribute.Anywhere |= alias is CitationReader.AttributeName or CitationReader.ShortAttributeName;
                            PaperId.Anywhere |= alias == Model.GeneratedNames.PaperId;
                        }
                    }
                }
            }
        }

        foreach (var directive in globalUsings)
        {
            Attribute.Anywhere |= Attribute.MayBeImportedBy(directive);
            PaperId.Anywhere |= PaperId.MayBeImportedBy(directive);
        }
    }

    /// <summary>Where a type could be the attribute.</summary>
    public Sites Attribute { get; }

    /// <summary>Where something could be what <c>PaperId</c> names.</summary>
    public Sites PaperId { get; }

    public static BindableNames Of(Compilation compilation) => s_byCompilation.GetValue(compilation, static c => new BindableNames(c));

    /// <summary>Where one name may bind: anywhere, or in the namespaces of referenced types of that name.</summary>
    internal sealed class Sites
    {
        private readonly HashSet<string> _globalAliases;

        private List<string>? _namespaces;

        public Sites(bool anywhere, HashSet<string>? globalAliases = null)
        {
            Anywhere = anywhere;
            _globalAliases = globalAliases ?? [];
        }

        /// <summary>Whether the name may bind in any code of the compilation.</summary>
        public bool Anywhere { get; set; }

        public void Add(Sites other)
        {
            Anywhere |= other.Anywhere;
            foreach (var name in other._namespaces ?? [])
            {
                AddNamespace(name);
            }
        }

        public void AddNamespace(string name) => (_namespaces ??= []).Add(name);

        /// <summary>
        /// Whether <paramref name="name"/> (<c>Cites</c>, <c>N.Cites</c>, <c>PaperId</c>, <c>N.PaperId</c>, …), written
        /// at <paramref name="node"/>, may bind to something. See the remarks of <see cref="BindableNames"/>.
        /// </summary>
        public bool MayBindAt(SyntaxNode node, ExpressionSyntax name)
        {
            if (Anywhere)
            {
                return true;
            }

            if (_namespaces is null)
            {
                return false;
            }

            return name switch
            {
                SimpleNameSyntax => MayBindSimpleAt(node),
                QualifiedNameSyntax qualified => MayBindQualifiedAt(node, qualified.Left),
                MemberAccessExpressionSyntax access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression) => MayBindQualifiedAt(node, access.Expression),

                // global::Cites names the global namespace's, which makes Anywhere true; an extern alias is not followed.
                AliasQualifiedNameSyntax alias => !alias.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword),
                _ => true,
            };
        }

        /// <summary>
        /// <c>Left.Name</c> binds to a referenced type of namespace N only when <c>Left</c> is N, or the end of N seen from
        /// a namespace around the code (<c>Research.Cites</c> in <c>namespace Lib</c>), or an alias.
        /// </summary>
        private bool MayBindQualifiedAt(SyntaxNode node, ExpressionSyntax left)
        {
            // An extern alias may be the qualifier's first part ("L.Lib.Research.Cites"); such code is not followed.
            for (var parent = node.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is CompilationUnitSyntax { Externs.Count: > 0 } or BaseNamespaceDeclarationSyntax { Externs.Count: > 0 })
                {
                    return true;
                }
            }

            var anchored = false;
            if (Dotted(left, ref anchored) is not { } qualifier)
            {
                return true;
            }

            return (!anchored && IsAlias(node, FirstPart(qualifier))) || IsNamespaceOrEndOfOne(qualifier, orEnd: !anchored);
        }

        /// <summary>A dotted name as text; <paramref name="anchored"/> when it starts at <c>global::</c>; <see langword="null"/> for anything else.</summary>
        private static string? Dotted(ExpressionSyntax name, ref bool anchored) => name switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            QualifiedNameSyntax qualified when Dotted(qualified.Left, ref anchored) is { } left => left + "." + qualified.Right.Identifier.ValueText,
            MemberAccessExpressionSyntax { Name: IdentifierNameSyntax right } access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                && Dotted(access.Expression, ref anchored) is { } left => left + "." + right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias when alias.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword) => Anchor(alias.Name.Identifier.ValueText, ref anchored),
            _ => null,
        };

        private static string Anchor(string text, ref bool anchored)
        {
            anchored = true;
            return text;
        }

        private bool MayBindSimpleAt(SyntaxNode node)
        {
            if (node.SyntaxTree.GetRoot() is not CompilationUnitSyntax unit || unit.Externs.Count > 0 || MayBeImportedBy(unit.Usings))
            {
                return true;
            }

            // The namespaces around the code, outermost first: code in A.B.C finds the types of A.B.C, A.B and A.
            var enclosing = new List<BaseNamespaceDeclarationSyntax>();
            for (var parent = node.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is BaseNamespaceDeclarationSyntax declaration)
                {
                    enclosing.Insert(0, declaration);
                }
            }

            var path = "";
            foreach (var declaration in enclosing)
            {
                if (declaration.Externs.Count > 0 || MayBeImportedBy(declaration.Usings))
                {
                    return true;
                }

                var anchored = false;
                if (Dotted(declaration.Name, ref anchored) is not { } name || anchored)
                {
                    return true;
                }

                foreach (var part in name.Split('.'))
                {
                    path = path.Length == 0 ? part : path + "." + part;
                    if (_namespaces!.Contains(path))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a <c>using</c> may bring one of the namespaces into scope. A directive's name is resolved against the
        /// namespaces around it, so only its last part is compared; a <c>using static</c> may bring in a nested type.
        /// </summary>
        public bool MayBeImportedBy(UsingDirectiveSyntax directive)
        {
            if (_namespaces is null || directive.Alias is not null)
            {
                return false;
            }

            if (directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword))
            {
                return true;
            }

            // "using R;" where R is an alias of the namespace (in the file, or global).
            var anchored = false;
            if (directive.Name is not { } written || Dotted(written, ref anchored) is not { } name || IsAlias(directive, FirstPart(name)))
            {
                return true;
            }

            return IsNamespaceOrEndOfOne(name.Substring(name.LastIndexOf('.') + 1), orEnd: true);
        }

        /// <summary>Whether <paramref name="name"/> is an alias at <paramref name="node"/>: in its file, or global.</summary>
        private bool IsAlias(SyntaxNode node, string name) => _globalAliases.Contains(name) || CitationScope.AliasTarget(node, name) is not null;

        /// <summary>Whether one of the namespaces is <paramref name="name"/> or, with <paramref name="orEnd"/>, ends with <c>.name</c>.</summary>
        private bool IsNamespaceOrEndOfOne(string name, bool orEnd)
        {
            foreach (var ns in _namespaces!)
            {
                if (ns == name || (orEnd && ns.EndsWith("." + name, StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }

        private static string FirstPart(string dotted) => dotted.IndexOf('.') is var dot and >= 0 ? dotted.Substring(0, dot) : dotted;

        private bool MayBeImportedBy(SyntaxList<UsingDirectiveSyntax> usings)
        {
            foreach (var directive in usings)
            {
                if (MayBeImportedBy(directive))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The types of one referenced assembly that a citation's names could bind to, found once.</summary>
    private sealed class AssemblyTypes
    {
        // Dotted names as the syntax's ValueText spells them: Company.event for Company.@event.
        private static readonly SymbolDisplayFormat s_namespaceFormat = new(typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

        public AssemblyTypes(IAssemblySymbol assembly)
        {
            // A namespace called PaperId would bind as N.PaperId.X's left part.
            PaperId.Anywhere = assembly.NamespaceNames.Contains(Model.GeneratedNames.PaperId);
            Search(assembly.GlobalNamespace);
        }

        public Sites Attribute { get; } = new(anywhere: false);

        public Sites PaperId { get; } = new(anywhere: false);

        private void Search(INamespaceSymbol ns)
        {
            foreach (var member in ns.GetMembers())
            {
                if (member is INamespaceSymbol inner)
                {
                    Search(inner);
                }
                else if (member is INamedTypeSymbol type)
                {
                    if (SitesOf(type) is { } sites)
                    {
                        if (ns.IsGlobalNamespace)
                        {
                            sites.Anywhere = true;
                        }
                        else
                        {
                            sites.AddNamespace(ns.ToDisplayString(s_namespaceFormat));
                        }
                    }

                    SearchNested(type);
                }
            }
        }

        // A nested type is found by a simple name in the types that derive from its container, or under a using
        // static of it: anywhere, for this purpose.
        private void SearchNested(INamedTypeSymbol type)
        {
            foreach (var nested in type.GetTypeMembers())
            {
                if (SitesOf(nested) is { } sites)
                {
                    sites.Anywhere = true;
                }

                SearchNested(nested);
            }
        }

        private Sites? SitesOf(INamedTypeSymbol type) => type.Name switch
        {
            CitationReader.AttributeName or CitationReader.ShortAttributeName => Attribute,
            Model.GeneratedNames.PaperId => PaperId,
            _ => null,
        };
    }
}
