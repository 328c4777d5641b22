namespace CriuCatalog.Generator.Model;

/// <summary>
/// What the emitter needs to know about the consuming project: plain values from its parse options and MSBuild
/// properties, which change rarely, never from the compilation, which changes on every keystroke.
/// </summary>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="LanguageVersion">The project's effective C# version, e.g. 1300 for C# 13 (the <c>LanguageVersion</c> enum value).</param>
/// <param name="HasModernRuntime">
/// Whether the project targets a runtime with <c>ReadOnlySpan&lt;byte&gt;</c>,
/// <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c> and <c>NotNullWhenAttribute</c>: .NET Core 3.0, .NET Standard
/// 2.1 or later.
/// </param>
internal sealed record GenerationSettings(string Namespace, int LanguageVersion, bool HasModernRuntime)
{
    public const string DefaultNamespace = "CriuCatalog";

    /// <summary>The generated code uses <c>#nullable</c> and switch expressions: C# 8.</summary>
    public const int MinimumLanguageVersion = 800;

    /// <summary>C# 11, the first with <c>"…"u8</c> literals.</summary>
    public const int Utf8LiteralLanguageVersion = 1100;

    /// <summary>Whether the data table is written as UTF-8 literals read in place, rather than as array constants.</summary>
    public bool UsesUtf8Literals => HasModernRuntime && LanguageVersion >= Utf8LiteralLanguageVersion;
}
