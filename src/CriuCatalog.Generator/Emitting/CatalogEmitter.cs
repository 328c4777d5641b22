using System.Collections.Generic;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Model;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// The generated files and which emitter writes each. The output depends only on the model and settings, never
/// on the machine, the clock or the culture; every text goes through <see cref="Escaping"/>.
/// </summary>
internal static class CatalogEmitter
{
    /// <summary>The catalog's files, as (hint name, source) pairs in a fixed order.</summary>
    public static IEnumerable<GeneratedFile> Emit(EmitContext context)
    {
        yield return EnumEmitter.Emit(context);
        yield return PaperTypesEmitter.Emit(context);
        yield return PapersEmitter.Emit(context);
        yield return DataTableEmitter.Emit(context);
        yield return CitesAttributeEmitter.Emit(context);
        yield return ExportEmitter.Emit(context);
    }

    /// <summary>The bibliography's file: it changes with the project's citations, the others with the catalog.</summary>
    public static IEnumerable<GeneratedFile> EmitBibliography(EmitContext context, EquatableArray<CitedPaperModel> cited)
    {
        yield return BibliographyEmitter.Emit(context, cited);
    }
}
