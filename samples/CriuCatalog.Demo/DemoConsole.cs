using System;
using System.IO;
using Spectre.Console;

namespace CriuCatalog.Demo;

/// <summary>The consoles the commands write to: rich on a terminal, plain text when redirected.</summary>
internal static class DemoConsole
{
    // Redirected output has no terminal width to fit, and Spectre would assume 80 columns and wrap titles inside
    // table cells. Far wider than any row (the seed's longest is about 200 characters): nothing the commands draw
    // pads itself to the width, so it costs nothing.
    internal const int RedirectedWidth = 1024;

    private static readonly Lazy<IAnsiConsole> LazyOut = new(() => Create(Console.Out, Console.IsOutputRedirected));
    private static readonly Lazy<IAnsiConsole> LazyError = new(() => Create(Console.Error, Console.IsErrorRedirected));

    /// <summary>The console on standard output, which the commands get from Spectre.Console.Cli.</summary>
    public static IAnsiConsole Out => LazyOut.Value;

    /// <summary>The console on standard error, for usage errors and unknown keys.</summary>
    public static IAnsiConsole Error => LazyError.Value;

    /// <summary>A console on <paramref name="writer"/>; without escape codes and wide when it is redirected.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(redirected ? new TrailingSpaceTrimmer(writer) : writer),
        });
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
