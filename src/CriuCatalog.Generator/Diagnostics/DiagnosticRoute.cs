using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CriuCatalog.Generator.Diagnostics;

/// <summary>
/// Which catalog diagnostics the generator reports, and which the catalog analyzer does. The generator reports the
/// errors, CRIU022, which explains a citation the compiler cannot resolve, and CRIU202, which explains why there is
/// no catalog at all. The analyzer reports the other warnings and the infos.
/// </summary>
/// <remarks>
/// <para>
/// A command-line build reports no analyzer diagnostic when the C# code has errors in its declarations. An error in
/// a catalog or in its configuration usually leaves generated types or members missing, and then the build has such
/// errors (CS0246, or CS0117 for a missing member in an attribute). If the analyzer reported the catalog's error,
/// the build would show only those errors and hide the one that explains them. Diagnostics from the generator are
/// always reported.
/// </para>
/// <para>
/// The generator driver filters every diagnostic of a generator again on each run, even when the run is cached.
/// Errors are few, because each one stops the build until it is fixed. Warnings and infos can be thousands (one
/// CRIU009 for each renamed paper), so they stay with the analyzer, which computes them only when it runs.
/// CRIU022 is a warning about a citation that does not resolve: it comes with a CS0117 in an attribute, which hides
/// every analyzer diagnostic, and it is reported only while that error lasts.
/// </para>
/// </remarks>
internal static class DiagnosticRoute
{
    /// <summary>Whether <see cref="CatalogGenerator"/> reports <paramref name="descriptor"/>'s diagnostics, rather than the catalog analyzer.</summary>
    public static bool IsReportedByGenerator(DiagnosticDescriptor descriptor)
        => descriptor.DefaultSeverity == DiagnosticSeverity.Error
           || descriptor.Id == DiagnosticDescriptors.UnresolvedCitation.Id
           || descriptor.Id == DiagnosticDescriptors.UnmarkedCatalog.Id;

    /// <summary>The diagnostics of <paramref name="diagnostics"/> that the generator reports, in their order.</summary>
    public static IEnumerable<DiagnosticInfo> ReportedByGenerator(IEnumerable<DiagnosticInfo> diagnostics)
        => diagnostics.Where(diagnostic => IsReportedByGenerator(diagnostic.Descriptor));
}
