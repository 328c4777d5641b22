using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace CriuCatalog.Generator.Benchmarks.Catalogs;

/// <summary>
/// The catalogs the issue measures, all made from the seed so every size has its mix of venues, categories, colons
/// and repeated listings: the seed repeated N times with a distinct name for every copy's papers, a 100,000-entry
/// catalog made the same way, and copies that keep the seed's names so the generator has to rename about 1,000 papers.
/// </summary>
internal static class SeedCatalogs
{
    public const string X1 = "x1";
    public const string X35 = "x35";
    public const string X350 = "x350";

    /// <summary>Not run unless named: the issue's "1,000× the seed", which the 100,000-entry catalog exceeds.</summary>
    public const string X1000 = "x1000";
    public const string Entries100K = "100k-entries";
    public const string X20SameNames = "x20-same-names";

    /// <summary>Papers in the seed: 57 entries, of which repeated listings (Async-fork, ElasticNotebook, RRC) merge.</summary>
    public const int SeedPapers = 53;

    /// <summary>The catalogs the benchmark classes run unless told otherwise: the sizes, smallest first, then the renames.</summary>
    public static IReadOnlyList<string> All { get; } = [X1, X35, X350, Entries100K, X20SameNames];

    private static readonly ConcurrentDictionary<string, string> s_texts = new(StringComparer.Ordinal);

    /// <summary>The seed, embedded in this assembly (see the csproj).</summary>
    public static string SeedText { get; } = ReadSeed();

    /// <summary>
    /// The catalogs the benchmark classes run: <see cref="All"/>, or the comma-separated names in
    /// <c>CRIU_BENCH_CATALOGS</c>, which BenchmarkDotNet's child processes inherit, so a short run can skip the
    /// large ones, or add <see cref="X1000"/>, without editing code.
    /// </summary>
    public static IEnumerable<string> Chosen()
    {
        var chosen = Environment.GetEnvironmentVariable("CRIU_BENCH_CATALOGS");
        if (string.IsNullOrWhiteSpace(chosen))
        {
            return All;
        }

        var names = chosen.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var name in names)
        {
            // A misspelt name fails here, once, rather than in the setup of every benchmark.
            _ = Text(name);
        }

        return names;
    }

    /// <summary>The text of a named catalog, made once per process.</summary>
    public static string Text(string name) => s_texts.GetOrAdd(name, static name => name switch
    {
        X1 => SeedText,
        X35 => Repeat(35, keepNames: false),
        X350 => Repeat(350, keepNames: false),
        X1000 => Repeat(1000, keepNames: false),
        Entries100K => Repeat(int.MaxValue, keepNames: false, maxEntries: 100_000),
        X20SameNames => Repeat(20, keepNames: true),
        _ => throw new ArgumentException($"Unknown catalog '{name}'; known: {string.Join(", ", All)}, {X1000}.", nameof(name)),
    });

    /// <summary>
    /// What the generator should make of a catalog, if the copies work as meant: 53 papers per copy, and a rename
    /// for every paper of every copy after the first only where names are kept. Null where a copy is cut short.
    /// </summary>
    public static (int Papers, int Renamed)? Expected(string name) => name switch
    {
        X1 => (SeedPapers, 0),
        X35 => (35 * SeedPapers, 0),
        X350 => (350 * SeedPapers, 0),
        X1000 => (1000 * SeedPapers, 0),
        X20SameNames => (20 * SeedPapers, 19 * SeedPapers),
        _ => null,
    };

    /// <summary>The number of entry lines, the unit the issue's per-entry figures divide by.</summary>
    public static int EntryCount(string text) => Lines(text).Count(IsEntry);

    /// <summary>
    /// The seed's title once, then <paramref name="copies"/> copies of its categories and entries. Copy 0 is the
    /// seed as written. Every later copy either puts a copy word before each title, which becomes the first word of
    /// the paper's short name (so names never collide), or, with <paramref name="keepNames"/>, appends the copy
    /// number after the title, where no name is taken from (so every copy is renamed).
    /// </summary>
    public static string Repeat(int copies, bool keepNames, int maxEntries = int.MaxValue)
    {
        var lines = Lines(SeedText).ToList();
        var builder = new StringBuilder(lines[0]).Append('\n');
        var entries = 0;
        for (var copy = 0; copy < copies && entries < maxEntries; copy++)
        {
            foreach (var line in lines.Skip(1))
            {
                if (entries == maxEntries)
                {
                    break;
                }

                if (!IsEntry(line))
                {
                    builder.Append(line).Append('\n');
                    continue;
                }

                entries++;
                var labelEnd = line.IndexOf(']', StringComparison.Ordinal) + 1;
                var label = line[..labelEnd];
                var title = line[labelEnd..].Trim();
                builder.Append(label).Append(' ');
                if (copy == 0)
                {
                    builder.Append(title);
                }
                else if (keepNames)
                {
                    builder.Append(title).Append(" (copy ").Append(copy.ToString(CultureInfo.InvariantCulture)).Append(')');
                }
                else
                {
                    builder.Append("Copy").Append(copy.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(title);
                }

                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    private static bool IsEntry(string line) => line.StartsWith('[');

    private static IEnumerable<string> Lines(string text)
        => text.Split('\n').Select(static line => line.Trim()).Where(static line => line.Length > 0);

    private static string ReadSeed()
    {
        using var stream = typeof(SeedCatalogs).Assembly.GetManifestResourceStream("Seeds.criu-academic-research.txt")
            ?? throw new InvalidOperationException("The seed is not embedded; see the csproj.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
