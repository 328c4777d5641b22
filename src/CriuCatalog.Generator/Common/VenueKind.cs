using System;
using System.Collections.Generic;

namespace CriuCatalog.Generator.Common;

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
/// and otherwise <see cref="VenueKind.Unknown"/>. The table is documented in docs/bibliography.md. It is shared: the
/// exports take a venue's kind from it, and the Markdown parser asks whether a heading names a venue.
/// </summary>
internal static class VenueKinds
{
    // Every venue of the CRIU seed, and the well-known venues of computer science by the names lists give them (the
    // acronym, or the name written out where that is how it is cited). The match ignores case; a society before the
    // name (USENIX ATC, ACM SIGCOMM, IEEE/ACM CCGrid) is read past, see WithoutSociety.
    private static readonly Dictionary<string, VenueKind> s_known = new(StringComparer.OrdinalIgnoreCase)
    {
        // Journals and transactions.
        ["CACM"] = VenueKind.Journal,
        ["CSUR"] = VenueKind.Journal,
        ["DRONES"] = VenueKind.Journal,
        ["FGCS"] = VenueKind.Journal,
        ["IJCV"] = VenueKind.Journal,
        ["JMLR"] = VenueKind.Journal,
        ["JNCA"] = VenueKind.Journal,
        ["JPDC"] = VenueKind.Journal,
        ["JSAC"] = VenueKind.Journal,
        ["JSS"] = VenueKind.Journal,
        ["PVLDB"] = VenueKind.Journal,
        ["TACO"] = VenueKind.Journal,
        ["TC"] = VenueKind.Journal,
        ["TCC"] = VenueKind.Journal,
        ["TDSC"] = VenueKind.Journal,
        ["TECS"] = VenueKind.Journal,
        ["TIFS"] = VenueKind.Journal,
        ["TKDE"] = VenueKind.Journal,
        ["TMC"] = VenueKind.Journal,
        ["TMLR"] = VenueKind.Journal,
        ["TNNLS"] = VenueKind.Journal,
        ["TNSM"] = VenueKind.Journal,
        ["TOCS"] = VenueKind.Journal,
        ["TODS"] = VenueKind.Journal,
        ["TOG"] = VenueKind.Journal,
        ["TON"] = VenueKind.Journal,
        ["TOPLAS"] = VenueKind.Journal,
        ["TOS"] = VenueKind.Journal,
        ["TOSEM"] = VenueKind.Journal,
        ["TPAMI"] = VenueKind.Journal,
        ["TPDS"] = VenueKind.Journal,
        ["TSE"] = VenueKind.Journal,
        ["VLDBJ"] = VenueKind.Journal,
        ["Wiley"] = VenueKind.Journal,
        ["Journal of Cloud Computing"] = VenueKind.Journal,
        ["ACM Computing Surveys"] = VenueKind.Journal,
        ["Computing Surveys"] = VenueKind.Journal,
        ["IEEE Micro"] = VenueKind.Journal,
        ["Proceedings of the IEEE"] = VenueKind.Journal,
        ["Proceedings of the VLDB Endowment"] = VenueKind.Journal,
        ["Proc. VLDB Endow."] = VenueKind.Journal,
        ["VLDB Journal"] = VenueKind.Journal,
        ["The VLDB Journal"] = VenueKind.Journal,
        ["Communications of the ACM"] = VenueKind.Journal,
        ["Nature"] = VenueKind.Journal,
        ["Science"] = VenueKind.Journal,

        // Reports and archives that are not arXiv.
        ["Virginia Tech"] = VenueKind.Report,
        ["HAL"] = VenueKind.Unknown,

        // Conferences, symposia and workshops.
        ["AAAI"] = VenueKind.Conference,
        ["ACL"] = VenueKind.Conference,
        ["ACSAC"] = VenueKind.Conference,
        ["AISTATS"] = VenueKind.Conference,
        ["APNet"] = VenueKind.Conference,
        ["APSys"] = VenueKind.Conference,
        ["ARES"] = VenueKind.Conference,
        ["ASE"] = VenueKind.Conference,
        ["AsiaCCS"] = VenueKind.Conference,
        ["ASPLOS"] = VenueKind.Conference,
        ["ATC"] = VenueKind.Conference,
        ["CCGRID"] = VenueKind.Conference,
        ["CCS"] = VenueKind.Conference,
        ["CGO"] = VenueKind.Conference,
        ["CHI"] = VenueKind.Conference,
        ["CIDR"] = VenueKind.Conference,
        ["CIKM"] = VenueKind.Conference,
        ["Cloud"] = VenueKind.Conference,
        ["Cluster"] = VenueKind.Conference,
        ["COLING"] = VenueKind.Conference,
        ["COLT"] = VenueKind.Conference,
        ["CoNEXT"] = VenueKind.Conference,
        ["CoRL"] = VenueKind.Conference,
        ["CSCW"] = VenueKind.Conference,
        ["CSF"] = VenueKind.Conference,
        ["CVPR"] = VenueKind.Conference,
        ["DAC"] = VenueKind.Conference,
        ["DATE"] = VenueKind.Conference,
        ["DISC"] = VenueKind.Conference,
        ["DSN"] = VenueKind.Conference,
        ["EACL"] = VenueKind.Conference,
        ["eBPF"] = VenueKind.Conference,
        ["ECCV"] = VenueKind.Conference,
        ["ECOOP"] = VenueKind.Conference,
        ["EDBT"] = VenueKind.Conference,
        ["EMNLP"] = VenueKind.Conference,
        ["ESEC/FSE"] = VenueKind.Conference,
        ["Euro-Par"] = VenueKind.Conference,
        ["EuroS&P"] = VenueKind.Conference,
        ["EuroSys"] = VenueKind.Conference,
        ["FAST"] = VenueKind.Conference,
        ["FOCS"] = VenueKind.Conference,
        ["FSE"] = VenueKind.Conference,
        ["HiPC"] = VenueKind.Conference,
        ["HotCloud"] = VenueKind.Conference,
        ["HotEdge"] = VenueKind.Conference,
        ["HotNets"] = VenueKind.Conference,
        ["HotOS"] = VenueKind.Conference,
        ["HotStorage"] = VenueKind.Conference,
        ["HPCA"] = VenueKind.Conference,
        ["HPDC"] = VenueKind.Conference,
        ["HPEC"] = VenueKind.Conference,
        ["IC2E"] = VenueKind.Conference,
        ["ICASSP"] = VenueKind.Conference,
        ["ICC"] = VenueKind.Conference,
        ["ICCAD"] = VenueKind.Conference,
        ["ICCV"] = VenueKind.Conference,
        ["ICDCS"] = VenueKind.Conference,
        ["ICDE"] = VenueKind.Conference,
        ["ICFEC"] = VenueKind.Conference,
        ["ICLR"] = VenueKind.Conference,
        ["ICML"] = VenueKind.Conference,
        ["ICNP"] = VenueKind.Conference,
        ["ICPADS"] = VenueKind.Conference,
        ["ICPP"] = VenueKind.Conference,
        ["ICRA"] = VenueKind.Conference,
        ["ICS"] = VenueKind.Conference,
        ["ICSE"] = VenueKind.Conference,
        ["ICSME"] = VenueKind.Conference,
        ["ICT"] = VenueKind.Conference,
        ["IJCAI"] = VenueKind.Conference,
        ["IMC"] = VenueKind.Conference,
        ["INFOCOM"] = VenueKind.Conference,
        ["Interspeech"] = VenueKind.Conference,
        ["IPDPS"] = VenueKind.Conference,
        ["IROS"] = VenueKind.Conference,
        ["ISCA"] = VenueKind.Conference,
        ["ISSTA"] = VenueKind.Conference,
        ["KDD"] = VenueKind.Conference,
        ["MCHPC"] = VenueKind.Conference,
        ["MEMSYS"] = VenueKind.Conference,
        ["MICRO"] = VenueKind.Conference,
        ["Middleware"] = VenueKind.Conference,
        ["MLSys"] = VenueKind.Conference,
        ["MobiCom"] = VenueKind.Conference,
        ["MobileCloud"] = VenueKind.Conference,
        ["MobiSys"] = VenueKind.Conference,
        ["MSR"] = VenueKind.Conference,
        ["NAACL"] = VenueKind.Conference,
        ["NDSS"] = VenueKind.Conference,
        ["NetSoft"] = VenueKind.Conference,
        ["NeurIPS"] = VenueKind.Conference,
        ["NIPS"] = VenueKind.Conference,
        ["NSDI"] = VenueKind.Conference,
        ["OOPSLA"] = VenueKind.Conference,
        ["OSDI"] = VenueKind.Conference,
        ["PACT"] = VenueKind.Conference,
        ["PLDI"] = VenueKind.Conference,
        ["PODC"] = VenueKind.Conference,
        ["PODS"] = VenueKind.Conference,
        ["POPL"] = VenueKind.Conference,
        ["PPoPP"] = VenueKind.Conference,
        ["RAID"] = VenueKind.Conference,
        ["RSS"] = VenueKind.Conference,
        ["S&P"] = VenueKind.Conference,
        ["SC"] = VenueKind.Conference,
        ["SC-W"] = VenueKind.Conference,
        ["SEATED"] = VenueKind.Conference,
        ["SenSys"] = VenueKind.Conference,
        ["SIGCOMM"] = VenueKind.Conference,
        ["SIGMETRICS"] = VenueKind.Conference,
        ["SIGMOD"] = VenueKind.Conference,
        ["SIGMOD/PODS"] = VenueKind.Conference,
        ["SoCC"] = VenueKind.Conference,
        ["SODA"] = VenueKind.Conference,
        ["SOSP"] = VenueKind.Conference,
        ["SPLASH"] = VenueKind.Conference,
        ["SRDS"] = VenueKind.Conference,
        ["STOC"] = VenueKind.Conference,
        ["SysML"] = VenueKind.Conference,
        ["SYSTEX"] = VenueKind.Conference,
        ["SYSTOR"] = VenueKind.Conference,
        ["UAI"] = VenueKind.Conference,
        ["UIST"] = VenueKind.Conference,
        ["VEE"] = VenueKind.Conference,
        ["VLDB"] = VenueKind.Conference,
        ["VLSI"] = VenueKind.Conference,
        ["WORDS"] = VenueKind.Conference,
        ["WoWMoM"] = VenueKind.Conference,
        ["WSDM"] = VenueKind.Conference,
        ["WWW"] = VenueKind.Conference,
        ["Cloud Summit"] = VenueKind.Conference,
        ["USENIX Security"] = VenueKind.Conference,
        ["TheWebConf"] = VenueKind.Conference,
        ["The Web Conference"] = VenueKind.Conference,
    };

    /// <summary>Societies and publishers that lists write before a venue's own name.</summary>
    private static readonly string[] s_societies = ["ACM", "IEEE", "USENIX", "SIAM", "IFIP", "ACM/IEEE", "IEEE/ACM", "ACM-SIAM", "IEEE/IFIP", "IFIP/IEEE", "ACM/IFIP", "ACM/IFIP/USENIX"];

    private static readonly (string Word, VenueKind Kind)[] s_words =
    [
        ("Journal", VenueKind.Journal),
        ("Transactions", VenueKind.Journal),
        ("Trans.", VenueKind.Journal),
        ("Letters", VenueKind.Journal),
        ("Magazine", VenueKind.Journal),
        ("Surveys", VenueKind.Journal),
        ("Review", VenueKind.Journal),
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

        var name = displayName.Trim();
        if (s_known.TryGetValue(name, out var kind) || s_known.TryGetValue(WithoutSociety(name), out kind))
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

    /// <summary>
    /// Whether the table knows the name as a venue's (<c>OSDI</c>, <c>USENIX ATC</c>), as opposed to a word that is
    /// written like one but names a topic (<c>GPU</c>, <c>LLM</c>). The Markdown parser asks it of a heading.
    /// </summary>
    public static bool IsKnown(string name)
    {
        var trimmed = name.Trim();
        return s_known.ContainsKey(trimmed) || s_known.ContainsKey(WithoutSociety(trimmed));
    }

    /// <summary>The name after the societies written before it: <c>ATC</c> for <c>USENIX ATC</c>, <c>CCGrid</c> for <c>IEEE/ACM CCGrid</c>.</summary>
    private static string WithoutSociety(string name)
    {
        var rest = name;
        while (rest.IndexOf(' ') is var space and > 0 && Array.IndexOf(s_societies, rest.Substring(0, space)) >= 0)
        {
            rest = rest.Substring(space + 1).TrimStart();
        }

        return rest;
    }
}
