using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Parsing;

namespace CriuCatalog.Generator.Configuration;

/// <summary>A marked file as parsed, with the options its item and project give it.</summary>
/// <param name="Document">The file as parsed.</param>
/// <param name="Options">The catalog options it is configured with, each invalid value replaced by its default.</param>
/// <param name="ConfigurationErrors">The values set for the file that are not valid (<see cref="ConfigurationCheck"/>).</param>
internal sealed record CatalogFile(CatalogDocument Document, CatalogOptions Options, EquatableArray<Diagnostics.DiagnosticInfo> ConfigurationErrors = default);

/// <summary>
/// The files of one catalog: every marked file whose options name the same namespace, in ordinal order of path.
/// A project has one catalog per namespace, each with its own types, attribute and bibliography.
/// </summary>
/// <param name="Options">
/// The catalog's options: those of its first readable file (by ordinal path), so the choice never depends on item order.
/// </param>
/// <param name="Documents">The files, by ordinal path.</param>
internal sealed record CatalogGroup(CatalogOptions Options, EquatableArray<CatalogDocument> Documents);

/// <summary>A catalog ready to emit: its model and the namespace and visibility it is generated with.</summary>
/// <param name="Model">The catalog, merged and named.</param>
/// <param name="Options">The options of the catalog's first readable file.</param>
/// <param name="Errors">
/// The errors the builder reported (CRIU040, CRIU041), which the generator reports (<see cref="Diagnostics.DiagnosticRoute"/>);
/// the builder's warnings and infos are the catalog analyzer's, and are not kept here.
/// </param>
internal sealed record ConfiguredCatalog(Model.CatalogModel Model, CatalogOptions Options, EquatableArray<Diagnostics.DiagnosticInfo> Errors = default);

internal static class CatalogGroups
{
    /// <summary>The catalogs the marked files make, by ordinal order of namespace.</summary>
    public static ImmutableArray<CatalogGroup> Group(IEnumerable<CatalogFile> files)
        => files
            .GroupBy(file => file.Options.Namespace, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var byPath = group.OrderBy(file => file.Document.Path, StringComparer.Ordinal).ToList();
                var first = Leader(byPath, file => file.Document.Path, file => file.Document.IsReadable);
                return new CatalogGroup(first.Options, byPath.Select(file => file.Document).ToEquatableArray());
            })
            .ToImmutableArray();

    /// <summary>
    /// The namespaces of the catalogs the marked files make, in ordinal order: those with a readable file, as only they
    /// are built (<see cref="Model.CatalogBuilder.Build"/>).
    /// </summary>
    public static EquatableArray<string> Namespaces(IEnumerable<CatalogFile> files)
        => files
            .Where(file => file.Document.IsReadable)
            .Select(file => file.Options.Namespace)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(ns => ns, StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>
    /// The file of one catalog whose options the catalog takes: its first readable file by ordinal path, else its
    /// first. The catalog analyzer asks the same to report a file configured otherwise (CRIU033).
    /// </summary>
    public static T Leader<T>(IEnumerable<T> files, Func<T, string> path, Func<T, bool> isReadable)
    {
        var byPath = files.OrderBy(path, StringComparer.Ordinal).ToList();
        return byPath.FirstOrDefault(isReadable) ?? byPath[0];
    }

    /// <summary>
    /// The hint name of a generated file of the catalog in <paramref name="ns"/>: as the emitter names it for the
    /// default namespace, prefixed with the namespace otherwise, so that several catalogs never share a name.
    /// </summary>
    public static string HintName(string ns, string hintName)
        => string.Equals(ns, CatalogOptions.DefaultNamespace, StringComparison.Ordinal) ? hintName : ns + "." + hintName;
}
