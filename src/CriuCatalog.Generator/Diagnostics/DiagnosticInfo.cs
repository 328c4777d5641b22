using System.Linq;
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

    /// <summary>
    /// The diagnostic with its descriptor's severity, placed in the compilation's syntax tree for its file when
    /// there is one, so that <c>#pragma warning disable</c> and per-file configuration apply as to any C# warning.
    /// </summary>
    public Diagnostic ToDiagnostic(Compilation compilation)
    {
        var tree = Location is null ? null : compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == Location.FilePath);
        if (tree is null || Location!.Span.End > tree.Length)
        {
            return ToDiagnostic();
        }

        return Diagnostic.Create(Descriptor, Microsoft.CodeAnalysis.Location.Create(tree, Location.Span), Arguments());
    }

    /// <summary>The diagnostic, with the severity configuration gives it (see <see cref="SeverityConfiguration"/>).</summary>
    public Diagnostic ToDiagnostic(DiagnosticSeverity effectiveSeverity)
        => Diagnostic.Create(
            Descriptor,
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            effectiveSeverity,
            additionalLocations: null,
            properties: null,
            Arguments());

    private object[] Arguments()
    {
        var args = new object[MessageArgs.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = MessageArgs[i];
        }

        return args;
    }
}
