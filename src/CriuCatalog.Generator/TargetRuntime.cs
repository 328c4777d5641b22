using System;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator;

/// <summary>
/// What the project's runtime offers the generated code, read from the identities of its references. References
/// change when the project file does, not on every keystroke, so a step built on them stays cached while the user
/// types; <c>Compilation.GetTypeByMetadataName</c> would run again for every new compilation.
/// </summary>
internal static class TargetRuntime
{
    /// <summary>
    /// Whether the reference is the core of a runtime with <c>ReadOnlySpan&lt;byte&gt;</c>,
    /// <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c> and <c>NotNullWhenAttribute</c>: <c>System.Runtime</c>
    /// 4.2.2 (.NET Core 3.0) or later, <c>netstandard</c> 2.1 or later, or <c>System.Private.CoreLib</c> 5.0 or later.
    /// </summary>
    /// <remarks>
    /// .NET Framework and .NET Standard 2.0 get <see langword="false"/> even with the System.Memory package, which has
    /// spans but not the span overload of <c>Encoding.GetString</c>; a polyfilled <c>NotNullWhenAttribute</c> (from
    /// PolySharp, say) is source, not a reference, and is not seen.
    /// </remarks>
    public static bool IsModernCore(MetadataReference reference)
    {
        try
        {
            if (reference is not PortableExecutableReference executable
                || executable.GetMetadata() is not AssemblyMetadata assembly
                || assembly.GetModules() is not { Length: > 0 } modules)
            {
                return false;
            }

            var reader = modules[0].GetMetadataReader();
            if (!reader.IsAssembly)
            {
                return false;
            }

            var definition = reader.GetAssemblyDefinition();
            var name = reader.GetString(definition.Name);
            var version = definition.Version;
            return name switch
            {
                "System.Runtime" => version >= new Version(4, 2, 2, 0),
                "netstandard" => version >= new Version(2, 1, 0, 0),
                "System.Private.CoreLib" => version >= new Version(5, 0, 0, 0),
                _ => false,
            };
        }
        catch (Exception exception) when (exception is BadImageFormatException or System.IO.IOException or InvalidOperationException)
        {
            // A reference that cannot be read is one the compiler reports itself; it offers nothing here.
            return false;
        }
    }
}
