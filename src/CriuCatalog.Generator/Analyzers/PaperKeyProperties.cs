using System;
using System.Collections.Generic;

namespace CriuCatalog.Generator.Analyzers;

/// <summary>
/// What <c>PaperKeyAnalyzer</c> tells the code fixes through <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>:
/// the diagnostic IDs and the property names and values both sides read. The code-fix assembly compiles this
/// file too (linked, not referenced), so the two cannot disagree and the generator does not depend on it.
/// </summary>
internal static class PaperKeyProperties
{
    /// <summary>The ID of the warning for a constant key that names no paper.</summary>
    public const string UnknownKeyId = "CRIU101";

    /// <summary>The ID of the diagnostic for a literal key that names a paper.</summary>
    public const string KnownKeyId = "CRIU102";

    /// <summary>On <see cref="KnownKeyId"/>: the paper's property on <c>Papers</c>, e.g. <c>Cricket</c>.</summary>
    public const string PaperMember = "PaperMember";

    /// <summary>On <see cref="KnownKeyId"/>: the paper's member of <c>PaperId</c>, e.g. <c>Cricket</c>.</summary>
    public const string PaperIdMember = "PaperIdMember";

    /// <summary>On both: the generated <c>Papers</c> class, fully qualified without <c>global::</c>, e.g. <c>CriuCatalog.Papers</c>.</summary>
    public const string PapersType = "PapersType";

    /// <summary>On <see cref="KnownKeyId"/>: the key, as the catalog spells it.</summary>
    public const string Key = "Key";

    /// <summary>
    /// On <see cref="UnknownKeyId"/>: the suggested papers' properties on <c>Papers</c>, closest first, joined
    /// with <see cref="Separator"/>; absent when nothing is close.
    /// </summary>
    public const string SuggestedMembers = "SuggestedMembers";

    /// <summary>On <see cref="UnknownKeyId"/>: the suggested keys, in the order of <see cref="SuggestedMembers"/>.</summary>
    public const string SuggestedKeys = "SuggestedKeys";

    /// <summary>Joins list values. Member names are C# identifiers and keys are made of letters, digits and '-', so neither holds it.</summary>
    public const char Separator = ' ';

    /// <summary>Joins a list for a property.</summary>
    public static string Join(IEnumerable<string> values) => string.Join(Separator.ToString(), values);

    /// <summary>Splits a property written by <see cref="Join"/>; a missing or empty property is an empty list.</summary>
    public static string[] Split(string? value)
        => string.IsNullOrEmpty(value) ? [] : value!.Split([Separator], StringSplitOptions.RemoveEmptyEntries);
}
