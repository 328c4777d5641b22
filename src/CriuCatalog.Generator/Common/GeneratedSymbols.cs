using System.Linq;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Common;

/// <summary>
/// How analyzers and code fixes recognise a type this generator wrote, by the <c>[GeneratedCode]</c> it puts on every
/// generated type rather than by its name, since a project may have its own <c>Category</c> or <c>CitesAttribute</c>.
/// The code-fix assembly compiles this file too (linked).
/// </summary>
internal static class GeneratedSymbols
{
    /// <summary>The tool name in the generated <c>[GeneratedCode]</c>.</summary>
    public const string GeneratorName = "CriuCatalog.Generator";

    /// <summary>
    /// The generated type <paramref name="name"/> of the catalog in <paramref name="ns"/>, declared in the compilation's
    /// own assembly (that is, generated from this project's catalog), or <see langword="null"/>: a referenced library's
    /// type of the same name is not this project's.
    /// </summary>
    public static INamedTypeSymbol? InOwnAssembly(Compilation compilation, string ns, string name)
        => compilation.GetTypeByMetadataName(ns + "." + name) is { } type && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
            ? type
            : null;

    /// <summary>Whether <paramref name="type"/> carries <c>[GeneratedCode("CriuCatalog.Generator", …)]</c>.</summary>
    public static bool IsGenerated(INamedTypeSymbol type)
        => type.GetAttributes().Any(attribute =>
            attribute.AttributeClass is { Name: "GeneratedCodeAttribute" } attributeClass
            && attributeClass.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
            && attribute.ConstructorArguments.Length > 0
            && attribute.ConstructorArguments[0].Value is GeneratorName);
}
