using System;
using System.IO;
using CriuCatalog.Generator.Benchmarks.Catalogs;
using CriuCatalog.Generator.Benchmarks.Infrastructure;

namespace CriuCatalog.Generator.Benchmarks.Modes;

/// <summary>
/// <c>-- dump CATALOG DIR [floor]</c>: writes what one generator makes of a catalog into a folder, a file per
/// generated source, and the catalog's text beside them, to read the output or to feed it to other tools. CATALOG
/// is a catalog's name or the path of a catalog file.
/// </summary>
internal static class DumpSources
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: dump CATALOG DIR [floor]");
            return 2;
        }

        var text = File.Exists(args[0]) ? File.ReadAllText(args[0]) : SeedCatalogs.Text(args[0]);
        var side = args.Length > 2 && args[2] == "floor" ? Side.Floor : Side.Catalog;
        var run = Harness.Run(side, text, Harness.CreateConsumerCompilation());
        Directory.CreateDirectory(args[1]);
        File.WriteAllText(Path.Combine(args[1], "catalog.txt"), text);
        foreach (var source in run.Result.GeneratedSources)
        {
            File.WriteAllText(Path.Combine(args[1], source.HintName), source.SourceText.ToString());
        }

        Console.WriteLine($"{run.Result.GeneratedSources.Length} files of {side} on {args[0]} in {args[1]}");
        return 0;
    }
}
