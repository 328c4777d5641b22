using System;
using System.Collections.Generic;
using System.Linq;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CriuCatalog.Generator.Citations;

/// <summary>
/// Which catalog a <c>[Cites]</c> refers to, when a project has several (one per namespace). The generated types
/// do not bind while the generator runs, so this reads the syntax, as the compiler would resolve the names:
/// <list type="number">
/// <item>a namespace written in the attribute or its argument (<c>[Research.Cites(…)]</c>,
/// <c>Research.PaperId.X</c>, an alias of <c>Research.PaperId</c>, <c>global::</c> or not) names the catalog;</item>
/// <item>otherwise the catalogs whose namespace the code is in, or imports with <c>using</c> (or
/// <c>using static Research.PaperId</c>) in its file;</item>
/// <item>otherwise (a <c>global using</c> in another file, say) the catalog that has a paper of that name; if
/// several have one, each of them. With one catalog, every citation is its.</item>
/// </list>
/// </summary>
internal static class CitationScope
{
    private const string PaperId = "PaperId";

    /// <summary>
    /// The namespace written before <c>Cites</c> or <c>PaperId</c>, with an alias in the file standing for what it
    /// names (<c>L.Cites</c>, <c>L::PaperId.X</c> or <c>P.X</c>, where <c>L</c> aliases a namespace and <c>P</c> its
    /// <c>PaperId</c>); <see langword="null"/> when the citation names none.
    /// </summary>
    public static string? Qualifier(AttributeSyntax attribute, ExpressionSyntax? argument)
    {
        if (Left(attribute.Name) is { } written)
        {
            return Expand(attribute, written);
        }

        while (argument is ParenthesizedExpressionSyntax parenthesized)
        {
            argument = parenthesized.Expression;
        }

        // PaperId.X, Research.PaperId.X, L.PaperId.X or P.X.
        if (argument is MemberAccessExpressionSyntax { Expression: var type }
            && Text(type) is { } text
            && Expand(attribute, text) is { } typeName
            && typeName.EndsWith("." + PaperId, StringComparison.Ordinal))
        {
            return typeName.Substring(0, typeName.Length - PaperId.Length - 1);
        }

        return null;
    }

    /// <summary>
    /// The namespaces the attribute's code is in (each enclosing namespace and its parents) and imports in its
    /// file (<c>using N;</c>, and <c>using static N.PaperId;</c> as <c>N</c>), each once, in ordinal order.
    /// </summary>
    public static EquatableArray<string> Scope(AttributeSyntax attribute)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var enclosing = new List<string>();
        for (var node = attribute.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseNamespaceDeclarationSyntax declaration:
                    if (Text(declaration.Name) is { } name)
                    {
                        enclosing.Insert(0, name);
                    }

                    AddUsings(declaration.Usings, names);
                    break;
                case CompilationUnitSyntax unit:
                    AddUsings(unit.Usings, names);
                    break;
            }
        }

        // namespace A { namespace B.C { … } } is in A.B.C, A.B and A.
        var full = string.Join(".", enclosing);
        for (var end = full.Length; end > 0; end = full.LastIndexOf('.', end - 1))
        {
            names.Add(full.Substring(0, end));
        }

        return names.ToEquatableArray();
    }

    /// <summary>
    /// Whether <paramref name="citation"/>, which names a paper of the catalog in <paramref name="ns"/>, refers to
    /// that catalog by the rules above; the last rule holds by the caller's check that the catalog has the paper.
    /// </summary>
    /// <param name="citation">The citation.</param>
    /// <param name="ns">The catalog's namespace.</param>
    /// <param name="namespaces">Every catalog's namespace, this one included.</param>
    public static bool RefersTo(CitationInfo citation, string ns, EquatableArray<string> namespaces)
    {
        if (namespaces.Count <= 1)
        {
            return true;
        }

        if (citation.Namespace is { } written)
        {
            return string.Equals(written, ns, StringComparison.Ordinal);
        }

        var inScope = false;
        foreach (var name in namespaces)
        {
            if (citation.Scope.Contains(name))
            {
                if (string.Equals(name, ns, StringComparison.Ordinal))
                {
                    return true;
                }

                inScope = true;
            }
        }

        return !inScope;
    }

    /// <summary>
    /// Whether <paramref name="citation"/> certainly means the <c>PaperId</c> of the catalog in <paramref name="ns"/>,
    /// whether or not that catalog has the paper: the one it names (<c>Research.PaperId.X</c>), or, unqualified, the
    /// only catalog, or the only one in its scope. With two catalogs in scope (nested namespaces, or a <c>using</c>
    /// beside the enclosing namespace) C# may bind the name in either, so it certainly means neither. One that bound to
    /// a library's attribute is the library's unless this catalog's hides it. Stricter than <see cref="RefersTo"/>,
    /// whose last rule holds only for a catalog that has the paper.
    /// </summary>
    public static bool CertainlyRefersTo(CitationInfo citation, string ns, EquatableArray<string> namespaces)
    {
        if (citation.Library is { } library && !Hides(citation.Lookup, ns, library))
        {
            return false;
        }

        if (citation.Namespace is { } written)
        {
            return string.Equals(written, ns, StringComparison.Ordinal);
        }

        if (namespaces.Count <= 1)
        {
            return true;
        }

        var inScope = 0;
        foreach (var name in namespaces)
        {
            inScope += citation.Scope.Contains(name) ? 1 : 0;
        }

        return inScope == 1 && citation.Scope.Contains(ns);
    }

    /// <summary>
    /// Where C# looks for an unqualified attribute name, first to last: the types of each enclosing namespace, the
    /// innermost first, each declaration's <c>using</c> directives right after the namespace it names, and the file's
    /// own directives last (<c>N:A.B</c> for a namespace's types, <c>U:X</c> for <c>using X;</c>). Global usings in
    /// other files, aliases and <c>using static</c> are not in it: none brings an attribute of this name into scope that
    /// a plain <c>using</c> in the file would not.
    /// </summary>
    public static EquatableArray<string> Lookup(AttributeSyntax attribute)
    {
        var steps = new List<string>();
        var outer = new List<BaseNamespaceDeclarationSyntax>();
        CompilationUnitSyntax? unit = null;
        for (var node = attribute.Parent; node is not null; node = node.Parent)
        {
            if (node is BaseNamespaceDeclarationSyntax declaration)
            {
                outer.Insert(0, declaration);
            }

            unit = node as CompilationUnitSyntax ?? unit;
        }

        var names = outer.Select(d => Text(d.Name) ?? string.Empty).ToList();
        for (var d = outer.Count - 1; d >= 0; d--)
        {
            // namespace A { namespace B.C { using X; … } }: A.B.C's types, then X, then A.B's, then A's.
            var full = string.Join(".", names.Take(d + 1));
            var stop = d == 0 ? 0 : string.Join(".", names.Take(d)).Length;
            steps.Add("N:" + full);
            AddLookupUsings(outer[d].Usings, steps);
            for (var end = full.LastIndexOf('.'); end > stop; end = full.LastIndexOf('.', end - 1))
            {
                steps.Add("N:" + full.Substring(0, end));
            }
        }

        if (unit is not null)
        {
            AddLookupUsings(unit.Usings, steps);
        }

        return steps.ToEquatableArray();
    }

    /// <summary>
    /// Whether C# finds this project's <c>CitesAttribute</c> in <paramref name="ns"/> before the library's in
    /// <paramref name="library"/>, by the order <see cref="Lookup"/> gives.
    /// </summary>
    public static bool Hides(EquatableArray<string> lookup, string ns, string library)
    {
        foreach (var step in lookup)
        {
            var name = step.Substring(2);
            if (string.Equals(name, ns, StringComparison.Ordinal))
            {
                return true;
            }

            if (string.Equals(name, library, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    private static void AddLookupUsings(SyntaxList<UsingDirectiveSyntax> usings, List<string> steps)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && Text(directive.Name) is { } name)
            {
                // "using R;" with "using R = Lib.Research;" around it imports Lib.Research.
                steps.Add("U:" + (Expand(directive, name) ?? name));
            }
        }
    }

    private static void AddUsings(SyntaxList<UsingDirectiveSyntax> usings, SortedSet<string> names)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is not null || Text(directive.Name) is not { } name)
            {
                continue;
            }

            if (!directive.StaticKeyword.IsKind(SyntaxKind.None))
            {
                // using static N.PaperId; imports the members of N's PaperId.
                if (name.EndsWith("." + PaperId, StringComparison.Ordinal))
                {
                    names.Add(name.Substring(0, name.Length - PaperId.Length - 1));
                }

                continue;
            }

            names.Add(name);
        }
    }

    /// <summary>What <c>using <paramref name="alias"/> = …;</c> in the file or namespaces of <paramref name="from"/> stands for.</summary>
    public static string? AliasTarget(SyntaxNode from, string alias)
    {
        for (var node = from.Parent; node is not null; node = node.Parent)
        {
            var usings = node switch
            {
                BaseNamespaceDeclarationSyntax declaration => declaration.Usings,
                CompilationUnitSyntax unit => unit.Usings,
                _ => default(SyntaxList<UsingDirectiveSyntax>?),
            };

            foreach (var directive in usings ?? default)
            {
                if (directive.Alias?.Name.Identifier.ValueText == alias)
                {
                    return Text(directive.Name);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The namespace before the attribute's own name: <c>Research</c> in <c>[global::Research.Cites]</c>, <c>L::</c>
    /// in <c>[L::Cites]</c>.
    /// </summary>
    private static string? Left(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => Text(qualified.Left),
        AliasQualifiedNameSyntax alias when !alias.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword) => alias.Alias.Identifier.ValueText + "::",
        _ => null,
    };

    /// <summary>
    /// A dotted name as the compiler reads it: a leading alias, <c>L.Rest</c> or <c>L::Rest</c>, replaced by what the
    /// alias stands for. <see langword="null"/> for <c>L::</c> when no alias <c>L</c> is in sight.
    /// </summary>
    private static string? Expand(SyntaxNode from, string name)
    {
        var separator = name.IndexOf("::", StringComparison.Ordinal);
        if (separator >= 0)
        {
            var rest = name.Substring(separator + 2);
            return AliasTarget(from, name.Substring(0, separator)) is not { } target ? null
                : rest.Length == 0 ? target
                : target + "." + rest;
        }

        var dot = name.IndexOf('.');
        var first = dot < 0 ? name : name.Substring(0, dot);
        return AliasTarget(from, first) is { } aliased ? aliased + name.Substring(first.Length) : name;
    }

    /// <summary>
    /// A dotted name as text, without <c>global::</c> and with any other alias as <c>L::</c>; <see langword="null"/>
    /// for anything that is not a plain name.
    /// </summary>
    private static string? Text(ExpressionSyntax? node) => node switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        QualifiedNameSyntax qualified => Join(Text(qualified.Left), Text(qualified.Right)),
        AliasQualifiedNameSyntax alias when alias.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword) => Text(alias.Name),
        AliasQualifiedNameSyntax alias => Text(alias.Name) is { } right ? alias.Alias.Identifier.ValueText + "::" + right : null,
        MemberAccessExpressionSyntax access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression) => Join(Text(access.Expression), Text(access.Name)),
        _ => null,
    };

    private static string? Join(string? left, string? right) => left is null || right is null ? null : left + "." + right;
}
