using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using CriuCatalog.Generator.Benchmarks.Catalogs;
using CriuCatalog.Generator.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CriuCatalog.Generator.Benchmarks.Modes;

/// <summary>
/// <c>-- fresh-process</c>: the first access to the catalog, which happens once per process and so cannot be
/// measured in-process by BenchmarkDotNet. Two programs are compiled: the generated catalog with a Main that
/// takes <c>Papers.All</c> (its count), walks it (every paper, reading nothing), or takes one paper's key, and a Main
/// that reads and parses the same catalog text at run time. A walk is a loop in the measured Main itself, so it also
/// pays for the runtime compiling that Main again mid-loop (on-stack replacement), as the parser's loop does.
/// Each is started many times with <c>dotnet</c>; each process prints the Stopwatch time of the measured operation
/// alone, so process start and the runtime's own start-up are not counted. The medians are reported.
/// </summary>
internal static class FreshProcess
{
    private const string FirstAccessSource = """
        using System;
        using System.Diagnostics;
        using System.Globalization;
        using CriuCatalog;

        public static class FirstAccess
        {
            public static int Main(string[] args)
            {
                _ = Stopwatch.GetTimestamp();
                if (args[0] == "all")
                {
                    var start = Stopwatch.GetTimestamp();
                    var count = Papers.All.Count;
                    return Report(Stopwatch.GetElapsedTime(start), count);
                }

                if (args[0] == "walk")
                {
                    var start = Stopwatch.GetTimestamp();
                    var papers = 0;
                    foreach (var paper in Papers.All)
                    {
                        if (paper is not null)
                        {
                            papers++;
                        }
                    }

                    return Report(Stopwatch.GetElapsedTime(start), papers);
                }

                var id = (PaperId)int.Parse(args[1], CultureInfo.InvariantCulture);
                var begin = Stopwatch.GetTimestamp();
                var key = Papers.Get(id).Key;
                return Report(Stopwatch.GetElapsedTime(begin), key.Length);
            }

            private static int Report(TimeSpan elapsed, int check)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMicroseconds:R} {check}"));
                return 0;
            }
        }
        """;

    // The straightforward way to have a catalog without a generator: read the file when the program runs.
    private const string RuntimeParseSource = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Globalization;
        using System.IO;

        public sealed class Entry(string category, string venue, int year, string title)
        {
            public string Category { get; } = category;
            public string Venue { get; } = venue;
            public int Year { get; } = year;
            public string Title { get; } = title;
        }

        public static class RuntimeParse
        {
            public static int Main(string[] args)
            {
                _ = Stopwatch.GetTimestamp();
                var start = Stopwatch.GetTimestamp();
                var entries = Parse(File.ReadAllText(args[0]));
                var elapsed = Stopwatch.GetElapsedTime(start);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMicroseconds:R} {entries.Count}"));
                return 0;
            }

            private static List<Entry> Parse(string text)
            {
                var entries = new List<Entry>();
                var category = string.Empty;
                foreach (var raw in text.Split('\n'))
                {
                    var line = raw.Trim();
                    if (line.Length == 0)
                    {
                        continue;
                    }

                    if (line[0] == '-')
                    {
                        category = line.Substring(1).Trim();
                        continue;
                    }

                    var close = line.IndexOf(']');
                    if (line[0] != '[' || close < 0)
                    {
                        continue;
                    }

                    var label = line.AsSpan(1, close - 1);
                    var apostrophe = label.LastIndexOf('\'');
                    if (apostrophe < 0 || !int.TryParse(label.Slice(apostrophe + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                    {
                        continue;
                    }

                    year += year >= 100 ? 0 : year < 70 ? 2000 : 1900;
                    entries.Add(new Entry(category, label.Slice(0, apostrophe).Trim().ToString(), year, line.Substring(close + 1).Trim()));
                }

                return entries;
            }
        }
        """;

    /// <summary>About 50, 2,000 and 20,000 papers: the sizes the issue sets its first-access targets at.</summary>
    private static readonly string[] Defaults = [SeedCatalogs.X1, SeedCatalogs.X35, SeedCatalogs.X350];

    public static int Run(string[] args)
    {
        var runs = 15;
        var catalogs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--runs")
            {
                runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                catalogs.Add(args[i]);
            }
        }

        var root = Path.GetFullPath(Path.Combine("BenchmarkDotNet.Artifacts", "fresh-process"));
        var parser = Compile(Path.Combine(root, "runtime-parse"), "RuntimeParse", CSharpSyntaxTree.ParseText(RuntimeParseSource, Harness.ParseOptions));
        var rows = new List<IReadOnlyList<string>>();
        foreach (var name in catalogs.Count == 0 ? Defaults : [.. catalogs])
        {
            Console.WriteLine($"{name}: compiling…");
            var directory = Path.Combine(root, name);
            var text = SeedCatalogs.Text(name);
            var catalogFile = Path.Combine(directory, "catalog.txt");
            var consumer = Harness.CreateCompilation(
                "FirstAccess",
                OutputKind.ConsoleApplication,
                CSharpSyntaxTree.ParseText(FirstAccessSource, Harness.ParseOptions, path: "/src/FirstAccess.cs"));
            var output = Harness.Run(Side.Catalog, text, consumer).Output;
            var firstAccess = Write(directory, "FirstAccess", Harness.Emit(output));
            File.WriteAllText(catalogFile, text);

            // A paper from the middle of the catalog, so a table built as far as the paper asked for would show.
            var ids = SizeReport.PaperIds(output);
            var middle = ids[ids.Count / 2].ToString(CultureInfo.InvariantCulture);

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {runs} runs of each program…"));
            var all = new List<double>();
            var walk = new List<double>();
            var one = new List<double>();
            var parse = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                // Interleaved, so a burst of load from another process falls on all three alike.
                all.Add(Measure(firstAccess, "all"));
                walk.Add(Measure(firstAccess, "walk"));
                one.Add(Measure(firstAccess, "one", middle));
                parse.Add(Measure(parser, catalogFile));
            }

            var (allMedian, walkMedian, oneMedian, parseMedian) = (Median(all), Median(walk), Median(one), Median(parse));
            rows.Add(
            [
                name,
                Markdown.Count(ids.Count),
                Markdown.Count(SeedCatalogs.EntryCount(text)),
                Markdown.Nanoseconds(allMedian * 1e3),
                Markdown.Nanoseconds(walkMedian * 1e3),
                Markdown.Nanoseconds(oneMedian * 1e3),
                Markdown.Nanoseconds(parseMedian * 1e3),
                Markdown.Ratio(allMedian, parseMedian),
                Markdown.Ratio(walkMedian, parseMedian),
                Markdown.Ratio(oneMedian, parseMedian),
            ]);
        }

        var table = Markdown.Table(
            ["Catalog", "Papers", "Entries", "Papers.All, first access", "Papers.All, first walk", "One paper, first access", "Run-time parse", "All / parse", "Walk / parse", "One / parse"],
            rows);
        Markdown.Publish(string.Create(CultureInfo.InvariantCulture, $"Medians of {runs} fresh processes each.\n\n{table}"), Path.Combine("BenchmarkDotNet.Artifacts", "results", "fresh-process.md"));
        return 0;
    }

    private static string Compile(string directory, string name, SyntaxTree tree)
        => Write(directory, name, Harness.Emit(Harness.CreateCompilation(name, OutputKind.ConsoleApplication, tree)));

    /// <summary>Writes a program and the runtimeconfig.json that lets <c>dotnet NAME.dll</c> start it.</summary>
    private static string Write(string directory, string name, byte[] assembly)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".dll");
        File.WriteAllBytes(path, assembly);
        File.WriteAllText(
            Path.Combine(directory, name + ".runtimeconfig.json"),
            $$"""
            {
              "runtimeOptions": {
                "tfm": "net10.0",
                "framework": { "name": "Microsoft.NETCore.App", "version": "{{Environment.Version.ToString(3)}}" }
              }
            }
            """);
        return path;
    }

    /// <summary>Starts <c>dotnet DLL ARGS</c> and returns the microseconds the process reported.</summary>
    private static double Measure(string dll, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(dll)} {string.Join(' ', args)} exited with {process.ExitCode}: {output}"));
        }

        return double.Parse(output.Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
