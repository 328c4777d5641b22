using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace CriuCatalog.Generator.Benchmarks.Modes;

/// <summary>The tables every mode prints, formatted the same way on every machine and culture.</summary>
internal static class Markdown
{
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var builder = new StringBuilder();
        Row(builder, header);
        Row(builder, [.. header.Select(static _ => "---")]);
        foreach (var row in rows)
        {
            Row(builder, row);
        }

        return builder.ToString();
    }

    /// <summary>Prints <paramref name="text"/> and writes it to <paramref name="path"/>, so the lead can paste either.</summary>
    public static void Publish(string text, string path)
    {
        Console.WriteLine();
        Console.WriteLine(text);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text);
        Console.WriteLine($"Written to {Path.GetFullPath(path)}");
    }

    public static string Nanoseconds(double nanoseconds) => nanoseconds switch
    {
        double.NaN => "n/a",
        < 1e3 => Number(nanoseconds) + " ns",
        < 1e6 => Number(nanoseconds / 1e3) + " µs",
        < 1e9 => Number(nanoseconds / 1e6) + " ms",
        _ => Number(nanoseconds / 1e9) + " s",
    };

    public static string Bytes(double bytes) => bytes switch
    {
        double.NaN => "n/a",
        < 1024 => bytes.ToString("0", CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => Number(bytes / 1024) + " KB",
        _ => Number(bytes / (1024 * 1024)) + " MB",
    };

    public static string Ratio(double value, double floor) => floor > 0 && !double.IsNaN(value) ? Number(value / floor) + "×" : "n/a";

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Three significant digits: enough to compare with a target, no false precision.</summary>
    public static string Number(double value) => value.ToString(value >= 100 ? "N0" : value >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder builder, IReadOnlyList<string> cells)
        => builder.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
}
