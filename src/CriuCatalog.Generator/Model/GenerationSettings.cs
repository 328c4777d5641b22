using CriuCatalog.Generator.Common;

namespace CriuCatalog.Generator.Model;

/// <summary>
/// What the emitter needs to know about the consuming project, for every catalog in it (what differs by catalog is
/// <see cref="Configuration.CatalogOptions"/>): plain values from its parse options and MSBuild
/// properties, which change rarely, never from the compilation, which changes on every keystroke.
/// </summary>
/// <param name="LanguageVersion">The project's effective C# version, e.g. 1300 for C# 13 (the <c>LanguageVersion</c> enum value).</param>
/// <param name="HasNotNullWhenAttribute">
/// Whether the target framework has <c>NotNullWhenAttribute</c> to annotate <c>TryFind</c>: .NET Core 3.0, .NET
/// Standard 2.1 or later.
/// </param>
/// <param name="StringDataBudget">
/// How many bytes of the compiler's 16 MB user-string heap the data table's string literals may take; a catalog
/// whose data needs more has it read from the assembly's metadata instead, which keeps it out of the heap (see
/// <c>DataTableEmitter</c>). Below the limit, to leave room for the rest of the program's strings.
/// </param>
/// <param name="PropertyBudget">
/// How many papers and former names <c>Papers</c> has as properties, and a category class as fields. Those of
/// <c>Papers</c> past it are properties of base classes, as many as it takes; those of a category class past it are
/// properties (see <c>PapersEmitter</c>). The runtime loads no type of more than 65,535 methods, nor of more than
/// 65,535 static fields.
/// </param>
/// <param name="UnsupportedTarget">
/// The project's target framework, as a user reads it (<c>.NET Framework 4.0</c>), when it lacks some of what the
/// generated code uses (among it <c>IReadOnlyList&lt;T&gt;</c>, <c>AggressiveInlining</c>, <c>Array.AsReadOnly</c>,
/// <c>FieldInfo.GetRawConstantValue</c>): a .NET Framework before 4.5, a .NET Standard before 2.0, a .NET Core before
/// 2.0, a portable library, Silverlight, Windows Phone or a Windows 8 Store app. <see langword="null"/> for any
/// other target, or when the target is not known.
/// </param>
/// <param name="Problems">
/// The budgets set to a value that is not valid (CRIU035), each of which has fallen back to its default. They have
/// no location: the generator places them at the start of the first catalog file, as it does the configuration's
/// other problems.
/// </param>
internal sealed record GenerationSettings(
    int LanguageVersion,
    bool HasNotNullWhenAttribute,
    int StringDataBudget = GenerationSettings.DefaultStringDataBudget,
    int PropertyBudget = GenerationSettings.DefaultPropertyBudget,
    EquatableArray<Diagnostics.DiagnosticInfo> Problems = default,
    string? UnsupportedTarget = null)
{
    /// <summary>
    /// Whether the generated code compiles in the project: C# 7.3 or later (else CRIU015) on a target that has what it
    /// uses (else CRIU036). Otherwise nothing is generated.
    /// </summary>
    public bool CanGenerate => LanguageVersion >= MinimumLanguageVersion && UnsupportedTarget is null;

    /// <summary>Below the runtime's 65,535 methods per type, leaving room for the class's own methods.</summary>
    public const int DefaultPropertyBudget = 60_000;

    /// <summary>The most a project may set: a type of more methods does not load.</summary>
    public const int MaxPropertyBudget = 65_000;

    /// <summary>12 MB of the compiler's 16 MB (2^24 bytes) user-string heap.</summary>
    public const int DefaultStringDataBudget = 12 * 1024 * 1024;

    /// <summary>
    /// C# 7.3, the default of .NET Framework and .NET Standard 2.0 projects: the generated code uses nothing newer
    /// but nullable annotations, which it writes only from C# 8 (<see cref="HasNullableAnnotations"/>).
    /// </summary>
    public const int MinimumLanguageVersion = 703;

    /// <summary>C# 8, the first with nullable reference types.</summary>
    public const int NullableLanguageVersion = 800;

    /// <summary>
    /// Whether the generated files enable nullable annotations (<c>#nullable enable</c>, <c>string?</c>): from C# 8.
    /// Below it they are nullable-oblivious, as every library written before C# 8 is.
    /// </summary>
    public bool HasNullableAnnotations => LanguageVersion >= NullableLanguageVersion;
}
