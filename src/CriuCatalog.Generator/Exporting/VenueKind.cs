using System;
using System.Collections.Generic;

namespace CriuCatalog.Generator.Exporting;

/// <summary>What kind of venue published a paper; it decides the BibTeX entry type.</summary>
internal enum VenueKind
{
    /// <summary>A venue this generator cannot classify: <c>@misc</c> with <c>howpublished</c>.</summary>
    Unknown,

    /// <summary>A conference, symposium or workshop: <c>@inproceedings</c> with <c>booktitle</c>.</summary>
    Conference,

    /// <summary>A journal or transactions: <c>@article</c> with <c>journal</c>.</summary>
    Journal,

    /// <summary>The arXiv preprint server: <c>@misc</c> with <c>eprint</c> and <c>archivePrefix</c>.</summary>
    Preprint,

    /// <summary>A university or institute report: <c>@techreport</c> with <c>institution</c>.</summary>
    Report,
}

/// <summary>
/// Classifies venues by name: first a table of known venues (every venue of the CRIU seed is in it), then words
/// in the name (<c>Journal</c>, <c>Transactions</c>, <c>Conference</c>, <c>Workshop</c>, <c>University</c>, …),
/// and otherwise <see cref="VenueKind.Unknown"/>. The table is documented in docs/bibliography.md.
/// </summary>
internal static class VenueKinds
{
    private static readonly Dictionary<string, VenueKind> s_known = new(StringComparer.OrdinalIgnoreCase)
    {
        // Journals.
        ["TOCS"] = VenueKind.Journal,
        ["TNSM"] = VenueKind.Journal,
        ["FGCS"] = VenueKind.Journal,
        ["JNCA"] = VenueKind.Journal,
        ["Journal of Cloud Computing"] = VenueKind.Journal,
        ["DRONES"] = VenueKind.Journal,
        ["Wiley"] = VenueKind.Journal,
        ["TPDS"] = VenueKind.Journal,
        ["TC"] = VenueKind.Journal,
        ["CACM"] = VenueKind.Journal,

        // Reports and archives that are not arXiv.
        ["Virginia Tech"] = VenueKind.Report,
        ["HAL"] = VenueKind.Unknown,

        // Conferences, symposia and workshops.
        ["APNet"] = VenueKind.Conference,
        ["APSys"] = VenueKind.Conference,
        ["ARES"] = VenueKind.Conference,
        ["ATC"] = VenueKind.Conference,
        ["CCGRID"] = VenueKind.Conference,
        ["Cloud"] = VenueKind.Conference,
        ["Cloud Summit"] = VenueKind.Conference,
        ["eBPF"] = VenueKind.Conference,
        ["EuroSys"] = VenueKind.Conference,
        ["HPEC"] = VenueKind.Conference,
        ["ICC"] = VenueKind.Conference,
        ["ICDCS"] = VenueKind.Conference,
        ["ICFEC"] = VenueKind.Conference,
        ["ICPADS"] = VenueKind.Conference,
        ["ICT"] = VenueKind.Conference,
        ["IPDPS"] = VenueKind.Conference,
        ["MCHPC"] = VenueKind.Conference,
        ["MEMSYS"] = VenueKind.Conference,
        ["Middleware"] = VenueKind.Conference,
        ["MobileCloud"] = VenueKind.Conference,
        ["NDSS"] = VenueKind.Conference,
        ["NetSoft"] = VenueKind.Conference,
        ["NSDI"] = VenueKind.Conference,
        ["OSDI"] = VenueKind.Conference,
        ["SC"] = VenueKind.Conference,
        ["SC-W"] = VenueKind.Conference,
        ["SEATED"] = VenueKind.Conference,
        ["SIGMOD/PODS"] = VenueKind.Conference,
        ["SoCC"] = VenueKind.Conference,
        ["SOSP"] = VenueKind.Conference,
        ["SRDS"] = VenueKind.Conference,
        ["SYSTEX"] = VenueKind.Conference,
        ["VEE"] = VenueKind.Conference,
        ["VLDB"] = VenueKind.Conference,
        ["VLSI"] = VenueKind.Conference,
        ["WORDS"] = VenueKind.Conference,
        ["WoWMoM"] = VenueKind.Conference,
    };

    private static readonly (string Word, VenueKind Kind)[] s_words =
    [
        ("Journal", VenueKind.Journal),
        ("Transactions", VenueKind.Journal),
        ("Letters", VenueKind.Journal),
        ("Magazine", VenueKind.Journal),
        ("Conference", VenueKind.Conference),
        ("Symposium", VenueKind.Conference),
        ("Workshop", VenueKind.Conference),
        ("Proceedings", VenueKind.Conference),
        ("University", VenueKind.Report),
        ("Institute", VenueKind.Report),
        ("Report", VenueKind.Report),
    ];

    /// <summary>The kind of a venue, from its name as the catalog spells it.</summary>
    /// <param name="displayName">The venue's name, e.g. <c>SoCC</c>.</param>
    /// <param name="isPreprint">Whether the venue is arXiv.</param>
    public static VenueKind Classify(string displayName, bool isPreprint)
    {
        if (isPreprint)
        {
            return VenueKind.Preprint;
        }

        if (s_known.TryGetValue(displayName.Trim(), out var kind))
        {
            return kind;
        }

        foreach (var (word, wordKind) in s_words)
        {
            if (displayName.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return wordKind;
            }
        }

        return VenueKind.Unknown;
    }
}
