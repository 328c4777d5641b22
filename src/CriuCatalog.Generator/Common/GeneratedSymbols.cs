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

    /// <summary>Whether <paramref name="type"/> carries <c>[GeneratedCode("CriuCatalog.Generator", …)]</c>.</summary>
    public static bool IsGenerated(INamedTypeSymbol type)
        => type.GetAttributes().Any(attribute =>
            attribute.AttributeClass is { Name: "GeneratedCodeAttribute" } attributeClass
            && attributeClass.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
            && attribute.ConstructorArguments.Length > 0
            && attribute.ConstructorArguments[0].Value is GeneratorName);
}
