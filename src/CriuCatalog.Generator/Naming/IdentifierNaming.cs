using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CriuCatalog.Generator.Naming;

/// <summary>
/// Turns the catalog's own spellings into C# identifiers and string keys, by naming rule 2 (docs/catalog-format.md,
/// "Names"): one rule for papers, categories and venues that keeps acronyms as written. Every function here looks
/// only at the text it is given, so a name never changes because other entries were added, removed or reordered;
/// making names unique across the catalog is <c>UniqueNames</c>'s job. The names rule 1 gave, before the
/// rename, are <c>LegacyNaming</c>'s (the code-fix assembly links this file, not those).
/// </summary>
internal static class IdentifierNaming
{
    /// <summary>Longest identifier made from a title or name, before a collision suffix is added.</summary>
    public const int MaxIdentifierLength = 64;

    /// <summary>
    /// The words an identifier and <c>Paper.ShortName</c> are made from. A word counts its parts (<c>On-demand</c>
    /// counts 2), and the stop words include those that only join a title's words, such as <c>using</c> and
    /// <c>towards</c>.
    /// </summary>
    public static readonly WordChoice NameWords = new(countsParts: true, new HashSet<string>(System.StringComparer.Ordinal)
    {
        "a", "across", "among", "an", "and", "as", "at", "between", "by", "for", "from", "in", "into", "of", "on", "onto",
        "or", "over", "the", "through", "to", "toward", "towards", "upon", "using", "versus", "via", "vs", "with", "within",
    });

    /// <summary>
    /// The words a key is made from: rule 1's choice, unchanged, so that the rename to rule 2 moved no key. A key is
    /// what a paper is cited and stored by, where no compiler warning reaches (docs/catalog-format.md, "Names and keys").
    /// </summary>
    public static readonly WordChoice KeyWords = new(countsParts: false, new HashSet<string>(System.StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "via", "with",
    });

    /// <summary>
    /// Names a paper from its title: the short name before a colon where there is one (<c>Cricket: A …</c> →
    /// <c>Cricket</c>), otherwise the first few significant words (<c>Checkpoint/Restart for CUDA Kernels</c> →
    /// <c>CheckpointRestartCUDAKernels</c>). The key is made from <see cref="KeyWords"/>, which may be other words.
    /// </summary>
    public static PaperName ForPaper(string title)
    {
        var words = new TitleWords(title);
        return ForPaper(words, KeyWords.ChooseWords(words));
    }

    /// <summary>
    /// <see cref="ForPaper(string)"/> from a title already split, with the words <see cref="KeyWords"/> chose from it:
    /// a caller that also needs the paper's rule-1 name (<c>LegacyNaming</c>), made from those words, splits the
    /// title and chooses them once for all three names.
    /// </summary>
    public static PaperName ForPaper(TitleWords titleWords, List<Word> keyWords)
    {
        var title = titleWords.Title;
        var (words, shortName) = NameWords.Choose(titleWords);
        var identifier = Parts(words);
        return new PaperName(
            identifier.Length == 0 ? "Paper_" + StableHash(Normalize(title)) : Finish(identifier, "Paper", title),
            KeyFor(title, keyWords),
            identifier.Length == 0 ? title.Trim() : shortName);
    }

    /// <summary>
    /// A paper's key: every part of the words <see cref="KeyWords"/> chooses, lower-cased with
    /// <see cref="StableCase"/>, joined by <c>-</c>; <c>paper-</c> and the title's hash when it has none.
    /// </summary>
    public static string KeyFor(string title) => KeyFor(title, KeyWords.ChooseWords(title));

    private static string KeyFor(string title, List<Word> keyWords)
    {
        var key = new StringBuilder();
        foreach (var word in keyWords)
        {
            foreach (var part in word.Parts)
            {
                if (key.Length > 0)
                {
                    key.Append('-');
                }

                foreach (var c in part)
                {
                    key.Append(StableCase.ToLower(c));
                }
            }
        }

        return key.Length == 0 ? "paper-" + Lower(StableHash(Normalize(title))) : Truncate(key.ToString());
    }

    /// <summary>Names a category as <see cref="Parts"/> does: <c>GPU CRIU</c> → <c>GPU_CRIU</c>, <c>CRIU for Migration</c> → <c>CRIUForMigration</c>.</summary>
    public static string ForCategory(string name) => Finish(Parts(Words.Split(name)), "Category", name);

    /// <summary>Names a venue as <see cref="Parts"/> does: <c>OSDI</c>, <c>EuroSys</c>, <c>SC-W</c> → <c>SC_W</c>, <c>USENIX Security</c> → <c>USENIXSecurity</c>.</summary>
    public static string ForVenue(string name) => Finish(Parts(Words.Split(name)), "Venue", name);

    /// <summary>
    /// What a paper that collides with an earlier one is named after: its venue and two-digit year, as an identifier
    /// suffix and a key suffix (<c>OSDI</c>, 2025 → <c>OSDI25</c> and <c>osdi25</c>); the four-digit year alone for
    /// a venue with no letters or digits. The identifier suffix goes on with <see cref="Append(string, string)"/>.
    /// </summary>
    public static (string Identifier, string Key) CollisionSuffix(string venue, int year)
    {
        var words = Words.Split(venue);
        var name = Parts(words);
        var digits = YearDigits(name.Length == 0, year);
        return (Append(name, digits), Lower(string.Concat(words.SelectMany(w => w.Parts))) + digits);
    }

    /// <summary>The year a collision suffix ends with: two digits after a venue's name, all four without one.</summary>
    internal static string YearDigits(bool withoutVenue, int year)
        => withoutVenue ? year.ToString("D4", CultureInfo.InvariantCulture) : (year % 100).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="identifier"/> with <paramref name="suffix"/> after it, an underscore between them where they
    /// would run together (<see cref="RunTogether"/>): <c>Cricket</c> + <c>OSDI25</c> → <c>CricketOSDI25</c>,
    /// <c>RRC</c> + <c>SOSP25</c> → <c>RRC_SOSP25</c>.
    /// </summary>
    public static string Append(string identifier, string suffix)
    {
        var joined = new StringBuilder(identifier, identifier.Length + suffix.Length + 1);
        Append(joined, suffix);
        return joined.ToString();
    }

    /// <summary>
    /// Every part of every word with its first letter capitalised and the rest as written, so acronyms stay as they
    /// are (<c>GPU</c>, <c>CRIU</c>, <c>MigrOS</c>), joined with an underscore only where two parts would run together.
    /// </summary>
    private static string Parts(List<Word> words)
    {
        var identifier = new StringBuilder();
        foreach (var word in words)
        {
            foreach (var part in word.Parts)
            {
                // The part with its first letter capitalised, written without making that string.
                Append(identifier, Upper(part[0]), part);
            }
        }

        return identifier.ToString();
    }

    private static void Append(StringBuilder identifier, string part)
    {
        if (part.Length > 0)
        {
            Append(identifier, part[0], part);
        }
    }

    /// <summary>
    /// Writes <paramref name="first"/> then the rest of <paramref name="part"/> after its first character, with an
    /// underscore before them where they would run together with what is written (<see cref="RunTogether"/>).
    /// </summary>
    private static void Append(StringBuilder identifier, char first, string part)
    {
        if (identifier.Length > 0 && RunTogether(identifier, first, part))
        {
            identifier.Append('_');
        }

        identifier.Append(first).Append(part, 1, part.Length - 1);
    }

    /// <summary>
    /// Whether <paramref name="next"/> written right after <paramref name="previous"/> would hide where one ends: a
    /// capital after a capital, unless a lower-case letter follows it and shows that a word starts there
    /// (<c>SIGMOD</c> + <c>PODS</c>, <c>SC</c> + <c>W</c>, but not <c>CUDA</c> + <c>Kernels</c>), and a digit after a
    /// digit (<c>10</c> + <c>1</c>). Combining marks are looked past.
    /// </summary>
    /// <param name="previous">What is written so far.</param>
    /// <param name="first">The first character of what comes next, as it will be written.</param>
    /// <param name="next">What comes next; its first character is read as <paramref name="first"/>.</param>
    private static bool RunTogether(StringBuilder previous, char first, string next)
    {
        var last = previous.Length - 1;
        while (last > 0 && IsMark(previous[last]))
        {
            last--;
        }

        var second = 1;
        while (second < next.Length && IsMark(next[second]))
        {
            second++;
        }

        var a = previous[last];
        var b = first;
        return (StableCase.IsUpper(a) && StableCase.IsUpper(b) && !(second < next.Length && StableCase.IsLower(next[second])))
               || (char.IsDigit(a) && char.IsDigit(b));
    }

    private static bool IsMark(char c)
        => char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

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
    /// a digit; <c>_</c> separates words and is dropped. Digits stay with the word before them (<c>CricketOSDI25</c>
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

    /// <summary>
    /// An identifier as emitted: with a leading <c>_</c> where it cannot start one (<c>5G</c> → <c>_5G</c>), cut to
    /// <see cref="MaxIdentifierLength"/>, or, if it is still no usable identifier, the prefix and a hash of the text.
    /// </summary>
    internal static string Finish(string identifier, string fallbackPrefix, string source)
    {
        if (identifier.Length > 0 && !SyntaxFacts.IsIdentifierStartCharacter(identifier[0]))
        {
            identifier = "_" + identifier;
        }

        identifier = Truncate(identifier);
        return IsUsableIdentifier(identifier) ? identifier : fallbackPrefix + "_" + StableHash(Normalize(source));
    }

    private static string Truncate(string text) => text.Length <= MaxIdentifierLength ? text : text.Substring(0, MaxIdentifierLength);

    private static char Upper(char c) => StableCase.ToUpper(c);

    private static string Lower(string text) => StableCase.ToLower(text);
}

/// <summary>The names of one paper, before they are made unique across the catalog.</summary>
internal readonly record struct PaperName(string Identifier, string Key, string ShortName);
