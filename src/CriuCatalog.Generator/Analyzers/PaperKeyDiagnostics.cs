using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Analyzers;

/// <summary>
/// The diagnostics <see cref="PaperKeyAnalyzer"/> reports about string keys passed to the generated
/// <c>Papers</c> lookups. They sit apart from the generator's <see cref="Diagnostics.DiagnosticDescriptors"/>
/// (CRIU0xx, about the catalog file) because they are about C# code; each has a section in docs/diagnostics.md.
/// </summary>
internal static class PaperKeyDiagnostics
{
    private const string Category = Diagnostics.DiagnosticDescriptors.Category;

    /// <summary>CRIU101: a constant key that is no paper's key, so the lookup always fails.</summary>
    /// <remarks>Arguments: the key as written; then <c>; did you mean 'x'?</c>, or nothing when no key is close.</remarks>
    public static readonly DiagnosticDescriptor UnknownKey = new(
        PaperKeyProperties.UnknownKeyId,
        "Unknown paper key",
        "No paper in the catalog has the key '{0}', so this lookup always fails{1}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A constant string passed as a paper key must be the key of a paper in the project's catalog (Paper.Key).",
        helpLinkUri: Diagnostics.DiagnosticDescriptors.HelpLink(PaperKeyProperties.UnknownKeyId));

    /// <summary>CRIU102: a literal key that names a paper; the code fix writes the typed reference instead.</summary>
    /// <remarks>Arguments: the key; the paper's property with its class, <c>Papers.Cricket</c> (or the configured class name).</remarks>
    public static readonly DiagnosticDescriptor UseTypedReference = new(
        PaperKeyProperties.KnownKeyId,
        "Use the typed paper reference",
        "The key '{0}' is the paper {1}; write {1}.Key so that the compiler checks it",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A string literal key is checked only by this analyzer; Papers.X.Key breaks the build when the paper is renamed or removed.",
        helpLinkUri: Diagnostics.DiagnosticDescriptors.HelpLink(PaperKeyProperties.KnownKeyId));

    /// <summary>The second argument of <see cref="UnknownKey"/>'s message for these suggested keys.</summary>
    public static string DidYouMean(System.Collections.Generic.IReadOnlyList<string> keys)
    {
        if (keys.Count == 0)
        {
            return string.Empty;
        }

        var quoted = new string[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            quoted[i] = "'" + keys[i] + "'";
        }

        var list = quoted.Length == 1
            ? quoted[0]
            : string.Join(", ", quoted, 0, quoted.Length - 1) + " or " + quoted[quoted.Length - 1];
        return "; did you mean " + list + "?";
    }
}
