using System.Globalization;
using System.Text;

namespace CriuCatalog.Generator.Tests.Infrastructure;

/// <summary>Generated catalogs far larger than the seed, to check that the generator scales.</summary>
internal static class LargeCatalog
{
    /// <summary>
    /// A catalog of <paramref name="categories"/> categories with <paramref name="perCategory"/> entries each, every
    /// title distinct (so every entry is its own paper), at 50 venues over 25 years.
    /// </summary>
    public static string Create(int categories, int perCategory)
    {
        var builder = new StringBuilder("Scale Test Catalog\n");
        var paper = 0;
        for (var c = 0; c < categories; c++)
        {
            builder.Append("- Category ").Append(Name(c)).Append('\n');
            for (var i = 0; i < perCategory; i++, paper++)
            {
                builder.Append("[Venue").Append(Name(paper % 50)).Append(" '")
                    .Append((paper % 25).ToString("00", CultureInfo.InvariantCulture))
                    .Append("] Study ").Append(paper.ToString(CultureInfo.InvariantCulture))
                    .Append(" of checkpointing at scale\n");
            }
        }

        return builder.ToString();
    }

    /// <summary>A letters-only name for a number (0 → A, 25 → Z, 26 → BA), so venues and categories are plain words.</summary>
    private static string Name(int number)
    {
        var name = string.Empty;
        do
        {
            name = (char)('A' + (number % 26)) + name;
            number /= 26;
        }
        while (number > 0);

        return name;
    }
}
