using System.ComponentModel;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CriuCatalog.Demo.Commands;

/// <summary>The options of the export commands.</summary>
internal sealed class ExportSettings : CommandSettings
{
    [CommandOption("--cited")]
    [Description("Only the papers this demo cites: the generated Bibliography")]
    public bool Cited { get; init; }
}

/// <summary>
/// <c>bibtex</c>: the catalog's BibTeX, or the bibliography's with <c>--cited</c>. The text is written as it is,
/// not through Spectre's renderer, so that it is never wrapped and stays a valid .bib file.
/// </summary>
internal sealed class BibTeXCommand(IAnsiConsole console) : Command<ExportSettings>
{
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        console.Profile.Out.Writer.Write(settings.Cited ? Bibliography.ToBibTeX() : Papers.ToBibTeX());
        return 0;
    }
}

/// <summary><c>markdown</c>: the catalog as a Markdown list, or the bibliography's with <c>--cited</c>.</summary>
internal sealed class MarkdownCommand(IAnsiConsole console) : Command<ExportSettings>
{
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        console.Profile.Out.Writer.Write(settings.Cited ? Bibliography.ToMarkdown() : Papers.ToMarkdown());
        return 0;
    }
}
