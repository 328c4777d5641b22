using System.Threading;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Configuration;
using CriuCatalog.Generator.Diagnostics;
using CriuCatalog.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CriuCatalog.Generator;

/// <summary>
/// An AdditionalFile the generator reads, as read: a marked catalog, with the options its item and the project give
/// it; an <c>.editorconfig</c>, whose severities apply to the errors the generator reports; or a file that is not
/// marked but reads as a catalog, which the generator reports when no file is marked (CRIU202). All kinds come through
/// the same steps of the pipeline, as each step costs every keystroke a little. Comparing by text, not by the
/// <c>AdditionalText</c> instance, lets an unchanged file in a new AdditionalText stay parsed.
/// </summary>
/// <param name="Path">The file's path.</param>
/// <param name="Text">The file's text, or <see langword="null"/> when it could not be read.</param>
/// <param name="Options">The catalog options, each invalid value replaced by its default; <see langword="null"/> for an <c>.editorconfig</c>.</param>
/// <param name="ConfigurationErrors">The values set for a catalog that are not valid (<see cref="ConfigurationCheck"/>).</param>
/// <param name="Unmarked">For a file that is not marked but reads as a catalog: its path and entries, and no text kept.</param>
internal sealed record InputFile(string Path, string? Text, CatalogOptions? Options, EquatableArray<DiagnosticInfo> ConfigurationErrors, UnmarkedList? Unmarked = null)
{
    /// <summary>The file as the generator reads it; <see langword="null"/> for a file it does not read.</summary>
    public static InputFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var fileOptions = options.GetOptions(file);
        if (AdditionalFiles.IsCatalog(fileOptions))
        {
            return new InputFile(
                file.Path,
                AdditionalFiles.TryGetText(file, cancellationToken)?.ToString(),
                CatalogConfiguration.Read(fileOptions, options.GlobalOptions),
                ConfigurationCheck.Check(file.Path, fileOptions, options.GlobalOptions));
        }

        if (SeverityConfiguration.IsEditorConfig(file.Path))
        {
            return new InputFile(file.Path, AdditionalFiles.TryGetText(file, cancellationToken)?.ToString(), null, EquatableArray<DiagnosticInfo>.Empty);
        }

        // Read whether or not another file is marked, which this step cannot know: once, when the file changes.
        return CatalogConfiguration.WarnsWithoutCatalog(options.GlobalOptions) && UnmarkedList.IsCandidate(file, fileOptions)
            && UnmarkedList.Read(file.Path, AdditionalFiles.TryGetText(file, cancellationToken), options.GlobalOptions, cancellationToken) is { } unmarked
            ? new InputFile(file.Path, null, null, EquatableArray<DiagnosticInfo>.Empty, unmarked)
            : null;
    }

    /// <summary>A catalog parsed into lines, an <c>.editorconfig</c> as it is, or an unmarked list as read.</summary>
    public ParsedFile Parse(CancellationToken cancellationToken)
        => Options is { } catalogOptions
            ? new ParsedFile(new CatalogFile(CatalogParser.Parse(new CatalogSource(Path, Text), cancellationToken), catalogOptions, ConfigurationErrors), null)
            : Unmarked is { } unmarked
                ? new ParsedFile(null, null, unmarked)
                : new ParsedFile(null, new EditorConfigText(Path, Text));
}
