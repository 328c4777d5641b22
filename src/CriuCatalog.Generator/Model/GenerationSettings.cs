namespace CriuCatalog.Generator.Model;

/// <summary>
/// What the emitter needs to know about the consuming project, reduced from the compilation to plain values so
/// that an edit to C# code does not invalidate the catalog.
/// </summary>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="HasNotNullWhenAttribute">Whether <c>NotNullWhenAttribute</c> is available to annotate <c>TryFind</c>.</param>
/// <param name="LanguageVersion">The project's effective C# version, e.g. 1300 for C# 13 (the <c>LanguageVersion</c> enum value).</param>
internal sealed record GenerationSettings(string Namespace, bool HasNotNullWhenAttribute, int LanguageVersion)
{
    public const string DefaultNamespace = "CriuCatalog";

    /// <summary>The generated code uses <c>#nullable</c> and switch expressions: C# 8.</summary>
    public const int MinimumLanguageVersion = 800;
}
