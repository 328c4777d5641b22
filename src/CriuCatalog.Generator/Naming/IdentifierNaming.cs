using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CriuCatalog.Generator.Naming;

/// <summary>
/// Turns the catalog's own spellings into C# identifiers and string keys. Every function here looks only at the
/// text it is given, so a name never changes because other entries were added, removed or reordered; making
/// names unique across the catalog is <see cref="UniqueNames"/>'s job.
/// </summary>
internal static class IdentifierNaming
{
    /// <summary>Longest identifier made from a title or name, before a collision suffix is added.</summary>
    public const int MaxIdentifierLength = 64;

    /// <summary>Most significant words a paper name is made from when the title has no short name.</summary>
    private const int MaxSignificantWords = 3;

    /// <summary>A short name before a colon with up to this many words is used whole, small words included.</summary>
    private const int MaxShortNameWords = 4;

    private static readonly HashSet<string> StopWords = new(System.StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "via", "with",
    };

    /// <summary>
    /// Names a paper from its title: the short name before a colon where there is one (<c>Cricket: A …</c> →
    /// <c>Cricket</c>), otherwise the first few significant words (<c>Checkpoint/Restart for CUDA Kernels</c> →
    /// <c>CheckpointRestartCudaKernels</c>).
    /// </summary>
    public static PaperName ForPaper(string title)
    {
        var colon = FindShortNameColon(title);
        List<Word> used;
        string shortName;
        if (colon >= 0)
        {
            var before = Words.Split(title.Substring(0, colon)).FindAll(w => w.Parts.Count > 0);
            used = before.Count <= MaxShortNameWords ? before : FirstSignificant(before);
            shortName = title.Substring(0, colon).Trim();
        }
        else
        {
            used = FirstSignificant(Words.Split(title));
            shortName = used.Count == 0
                ? title
                : title.Substring(0, used[used.Count - 1].End).Trim().TrimEnd(',', ';', '.');
        }

        var identifier = new StringBuilder();
        var key = new StringBuilder();
        foreach (var word in used)
        {
            foreach (var part in word.Parts)
            {
                identifier.Append(Pascal(part));
                if (key.Length > 0)
                {
                    key.Append('-');
                }

                key.Append(Lower(part));
            }
        }

        if (identifier.Length == 0)
        {
            var hash = StableHash(Normalize(title));
            return new PaperName("Paper_" + hash, "paper-" + Lower(hash), title.Trim());
        }

        return new PaperName(Finish(identifier.ToString(), "Paper", title), Truncate(key.ToString()), shortName);
    }

    /// <summary>Names a category by PascalCasing every word: <c>GPU CRIU</c> → <c>GpuCriu</c>.</summary>
    public static string ForCategory(string name) => Finish(PascalParts(name), "Category", name);

    /// <summary>
    /// Names a venue keeping its own capitals, so it stays recognizable (<c>EuroSys</c>, <c>OSDI</c>); an underscore
    /// keeps two capitalised parts apart (<c>SC-W</c> → <c>SC_W</c>, <c>SIGMOD/PODS</c> → <c>SIGMOD_PODS</c>).
    /// </summary>
    public static string ForVenue(string name)
    {
        var identifier = new StringBuilder();
        foreach (var word in Words.Split(name))
        {
            foreach (var part in word.Parts)
            {
                var capitalized = UpperFirst(part);
                if (identifier.Length > 0 && IsUpperOrDigit(identifier[identifier.Length - 1]) && IsUpperOrDigit(capitalized[0]))
                {
                    identifier.Append('_');
                }

                identifier.Append(capitalized);
            }
        }

        return Finish(identifier.ToString(), "Venue", name);
    }

    /// <summary>
    /// What a paper that collides with an earlier one is named after: its venue and two-digit year, as an identifier
    /// suffix and a key suffix (<c>OSDI</c>, 2025 → <c>Osdi25</c> and <c>osdi25</c>); the four-digit year alone for
    /// a venue with no letters or digits.
    /// </summary>
    public static (string Identifier, string Key) CollisionSuffix(string venue, int year)
    {
        // Capitalising only changes case, so the key is the identifier's parts in lower case.
        var name = PascalParts(venue);
        var digits = name.Length == 0
            ? year.ToString("D4", CultureInfo.InvariantCulture)
            : (year % 100).ToString("D2", CultureInfo.InvariantCulture);
        return (name + digits, Lower(name) + digits);
    }

    /// <summary>Every part of every word, each capitalised as <see cref="Pascal"/> does, joined: <c>GPU CRIU</c> → <c>GpuCriu</c>.</summary>
    private static string PascalParts(string text)
    {
        var identifier = new StringBuilder();
        foreach (var word in Words.Split(text))
        {
            foreach (var part in word.Parts)
            {
                identifier.Append(Pascal(part));
            }
        }

        return identifier.ToString();
    }

    /// <summary>Eight hex digits of a 32-bit FNV-1a hash: the same for the same text on every machine and run.</summary>
    public static string StableHash(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash.ToString("X8", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// Upper-cases (with <see cref="StableCase"/>), trims and collapses white space: two spellings that normalize
    /// alike name the same thing.
    /// </summary>
    public static string Normalize(string text) => StableCase.Normalize(text);

    /// <summary>Whether <paramref name="identifier"/> can be emitted as is: valid, and not a keyword.</summary>
    public static bool IsUsableIdentifier(string identifier)
        => SyntaxFacts.IsValidIdentifier(identifier)
           && SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None
           && SyntaxFacts.GetContextualKeywordKind(identifier) == SyntaxKind.None;

    /// <summary>
    /// The key of a pinned identifier: its words, lower-cased with <see cref="StableCase"/>, joined by <c>-</c>. A
    /// word starts at a capital after a lower-case letter or a digit (<c>CricketTwo</c> → <c>cricket-two</c>), at the
    /// last capital of a run followed by a lower-case letter (<c>GPUSnap</c> → <c>gpu-snap</c>), and at a letter after
    /// a digit; <c>_</c> separates words and is dropped. Digits stay with the word before them (<c>CricketOsdi25</c>
    /// → <c>cricket-osdi25</c>, the key a collision suffix gives), and a run of capitals is one word (<c>RRC</c> →
    /// <c>rrc</c>).
    /// </summary>
    public static string KeyOf(string identifier)
    {
        var key = new StringBuilder(identifier.Length + 8);
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (c == '_')
            {
                if (key.Length > 0 && key[key.Length - 1] != '-')
                {
                    key.Append('-');
                }

                continue;
            }

            if (i > 0 && key.Length > 0 && key[key.Length - 1] != '-' && StartsWord(identifier, i))
            {
                key.Append('-');
            }

            key.Append(StableCase.ToLower(c));
        }

        return key.ToString().TrimEnd('-');
    }

    private static bool StartsWord(string identifier, int i)
    {
        var previous = identifier[i - 1];
        var c = identifier[i];
        if (char.IsDigit(previous))
        {
            return char.IsLetter(c);
        }

        if (!StableCase.IsUpper(c))
        {
            return false;
        }

        return StableCase.IsLower(previous)
            || (StableCase.IsUpper(previous) && i + 1 < identifier.Length && StableCase.IsLower(identifier[i + 1]));
    }

    private static string Finish(string identifier, string fallbackPrefix, string source)
    {
        if (identifier.Length > 0 && !SyntaxFacts.IsIdentifierStartCharacter(identifier[0]))
        {
            identifier = "_" + identifier;
        }

        identifier = Truncate(identifier);
        return IsUsableIdentifier(identifier) ? identifier : fallbackPrefix + "_" + StableHash(Normalize(source));
    }

    private static string Truncate(string text) => text.Length <= MaxIdentifierLength ? text : text.Substring(0, MaxIdentifierLength);

    /// <summary>
    /// The colon that ends a short name: followed by white space (or the end), with a letter or digit before it.
    /// A colon inside a word (<c>10:1</c>, <c>arXiv:2202</c>) is not one. One pass, so a line of many colons
    /// costs no more than any other.
    /// </summary>
    private static int FindShortNameColon(string title)
    {
        var seenPart = false;
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            if (c == ':' && seenPart && (i + 1 == title.Length || char.IsWhiteSpace(title[i + 1])))
            {
                return i;
            }

            seenPart |= Words.IsIdentifierCharacter(c);
        }

        return -1;
    }

    private static List<Word> FirstSignificant(List<Word> words)
    {
        var result = new List<Word>(MaxSignificantWords);
        foreach (var word in words)
        {
            if (word.Parts.Count == 0 || StopWords.Contains(Lower(string.Concat(word.Parts))))
            {
                continue;
            }

            result.Add(word);
            if (result.Count == MaxSignificantWords)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>
    /// Capitalizes the first letter. An all-capitals part of two letters or more is an acronym and is written like
    /// a word (<c>GPU</c> → <c>Gpu</c>), as .NET names do; mixed-case parts keep their capitals (<c>MigrOS</c>).
    /// </summary>
    private static string Pascal(string part)
    {
        var capitals = 0;
        var hasLower = false;
        foreach (var c in part)
        {
            capitals += StableCase.IsUpper(c) ? 1 : 0;
            hasLower |= StableCase.IsLower(c);
        }

        return capitals >= 2 && !hasLower
            ? Upper(part[0]) + Lower(part.Substring(1))
            : UpperFirst(part);
    }

    private static string UpperFirst(string part) => Upper(part[0]) + part.Substring(1);

    private static char Upper(char c) => StableCase.ToUpper(c);

    private static string Lower(string text) => StableCase.ToLower(text);

    private static bool IsUpperOrDigit(char c) => StableCase.IsUpper(c) || c is >= '0' and <= '9';
}

/// <summary>The names of one paper, before they are made unique across the catalog.</summary>
internal readonly record struct PaperName(string Identifier, string Key, string ShortName);
