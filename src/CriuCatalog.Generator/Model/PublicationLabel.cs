using System.Globalization;

namespace CriuCatalog.Generator.Model;

/// <summary>
/// How a publication is written back: its label, <c>[VLDB '23]</c> or <c>[arXiv:2301.05861 '23]</c>, as the
/// generated <c>Publication.Label</c> and diagnostics show it. The generated code formats labels at run time with
/// the same rule.
/// </summary>
internal static class PublicationLabel
{
    public static string Format(string venue, string? arXivId, int year)
        => "[" + venue + (arXivId is null ? string.Empty : ":" + arXivId) + " '" + Year(year) + "]";

    /// <summary>
    /// The digits after the apostrophe: two where the catalog format reads them back as the same year (1970–2069),
    /// all four otherwise, so <c>'1950</c> is never shown as <c>'50</c>, which reads as 2050.
    /// </summary>
    public static string Year(int year)
        => year is >= 1970 and <= 2069
            ? (year % 100).ToString("00", CultureInfo.InvariantCulture)
            : year.ToString("0000", CultureInfo.InvariantCulture);
}
