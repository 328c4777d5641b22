using System;
using System.Globalization;
using System.Runtime.ExceptionServices;
using CriuCatalog.Demo.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CriuCatalog.Demo;

/// <summary>
/// The CRIU catalog on the command line. With no command it prints the catalog by category and this demo's
/// bibliography; <c>list</c>, <c>tree</c>, <c>show</c>, <c>search</c> and <c>stats</c> browse it, and
/// <c>bibtex</c> and <c>markdown</c> export it. <c>--help</c> lists them.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">A command and its arguments, or nothing.</param>
    /// <returns>0; 1 for an unknown paper; 2 for a command line that does not parse.</returns>
    public static int Main(string[] args)
    {
        var app = new CommandApp<OverviewCommand>();
        app.Configure(config =>
        {
            config.SetApplicationName("CriuCatalog.Demo");
            config.SetApplicationCulture(CultureInfo.InvariantCulture);
            config.ConfigureConsole(DemoConsole.Out);
            config.SetExceptionHandler(OnException);

            config.AddCommand<ListCommand>("list")
                .WithDescription("A table of the papers in each category: key, publications, title");
            config.AddCommand<TreeCommand>("tree")
                .WithDescription("The categories as a tree, with their counts and papers");
            config.AddCommand<ShowCommand>("show")
                .WithDescription("One paper: its publications and links, and its BibTeX")
                .WithExample("show", "async-fork");
            config.AddCommand<SearchCommand>("search")
                .WithDescription("The papers with a text in their title or venue, in any case")
                .WithExample("search", "migration");
            config.AddCommand<StatsCommand>("stats")
                .WithDescription("Bar charts of the papers per year, per kind of venue, and per venue");
            config.AddCommand<BibTeXCommand>("bibtex")
                .WithDescription("The catalog as BibTeX (--cited: only the papers this demo cites)")
                .WithExample("bibtex", "--cited");
            config.AddCommand<MarkdownCommand>("markdown")
                .WithDescription("The catalog as a Markdown list (--cited: only the papers this demo cites)");
        });

        return app.Run(args);
    }

    // A command line that does not parse is the user's mistake: say why on standard error and exit with 2, as the
    // demo did before it had commands. Anything else is a bug, and crashes with its stack trace.
    private static int OnException(Exception exception, ITypeResolver? resolver)
    {
        if (exception is not CommandAppException usage)
        {
            ExceptionDispatchInfo.Throw(exception);
            return 1;
        }

        if (usage.Pretty is { } pretty)
        {
            DemoConsole.Error.Write(pretty);
        }
        else
        {
            DemoConsole.Error.Write(new Text(usage.Message, new Style(Color.Red)));
            DemoConsole.Error.WriteLine();
        }

        return 2;
    }
}
