using CriuCatalog.Generator.Common;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Diagnostics;

/// <summary>
/// An equatable description of a diagnostic. <see cref="Diagnostic"/> itself holds a <see cref="Location"/>
/// that may root a syntax tree, so the pipeline carries this record and materializes the diagnostic at the end.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    /// <summary>Describes a diagnostic with its message arguments.</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs)
        => new(descriptor, location, messageArgs.ToEquatableArray());

    /// <summary>The diagnostic, with its descriptor's severity.</summary>
    public Diagnostic ToDiagnostic() => ToDiagnostic(Descriptor.DefaultSeverity);

    /// <summary>The diagnostic, with the severity configuration gives it (see <see cref="SeverityConfiguration"/>).</summary>
    public Diagnostic ToDiagnostic(DiagnosticSeverity effectiveSeverity)
    {
        var args = new object[MessageArgs.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = MessageArgs[i];
        }

        return Diagnostic.Create(
            Descriptor,
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            effectiveSeverity,
            additionalLocations: null,
            properties: null,
            args);
    }
}
