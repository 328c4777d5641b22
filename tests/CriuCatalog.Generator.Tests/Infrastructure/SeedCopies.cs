using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CriuCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// The seed repeated, each copy a distinct paper with a distinct name: every title of copy <c>k</c> starts with the
/// word <c>CopyK</c>, which lands in its short name and so in its identifier and key. Venues and categories are
/// the seed's.
/// </summary>
internal static class SeedCopies
{
    public static string Create(int copies)
    {
        var lines = CatalogFiles.SeedText.Split('\n');
        var builder = new StringBuilder(lines[0].TrimEnd('\r')).Append('\n');
        for (var copy = 0; copy < copies; copy++)
        {
            var word = "Copy" + copy.ToString(CultureInfo.InvariantCulture) + " ";
            foreach (var raw in lines.Skip(1))
            {
                var line = raw.TrimEnd('\r');
                var close = line.StartsWith('[') ? line.IndexOf(']', StringComparison.Ordinal) : -1;
                builder.Append(close < 0 ? line : string.Concat(line.AsSpan(0, close + 1), " " + word, line.AsSpan(close + 1).TrimStart())).Append('\n');
            }
        }

        return builder.ToString();
    }
}
