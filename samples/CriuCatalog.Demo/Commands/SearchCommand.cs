using System.ComponentModel;
using System.Globalization;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CriuCatalog.Demo.Commands;

/// <summary>The argument of <c>search</c>.</summary>
internal sealed class SearchSettings : CommandSettings
{
    [CommandArgument(0, "<text>")]
    [Description("Text to find in the titles and venues, in any case")]
    public string Text { get; init; } = "";

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Text) ? ValidationResult.Error("Give a text to search for.") : ValidationResult.Success();
}

/// <summary><c>search &lt;text&gt;</c>: the papers whose title or venue contains the text.</summary>
internal sealed class SearchCommand(IAnsiConsole console) : Command<SearchSettings>
{
    public override int Execute(CommandContext context, SearchSettings settings, CancellationToken cancellationToken)
    {
        var found = PaperLookup.Search(settings.Text);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{found.Count} of {Papers.All.Count} papers have '{settings.Text}' in their title or venue");
        console.Write(new Text(summary, Styles.Heading));
        console.WriteLine();
        if (found.Count > 0)
        {
            console.Write(PaperListing.Of(found));
        }

        return 0;
    }
}
