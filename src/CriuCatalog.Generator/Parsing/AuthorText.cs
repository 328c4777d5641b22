using System;
using System.Collections.Generic;

namespace CriuCatalog.Generator.Parsing;

/// <summary>
/// Tells a list of authors from a venue or the words of a title, in the text around an entry's title:
/// <c>Alice Varga, Bruno Costa</c>, <c>A. Ferreira, B. Ncube</c>, <c>by Ingrid Sørensen and Kofi Mensah</c>,
/// <c>Hugo Laurent et al.</c>, <c>Gustav Berg &amp; Hélène Roux</c>. It looks at the shape of the words only
/// (capitalized names, initials, particles such as <c>van</c>), in one pass over the text.
/// </summary>
internal static class AuthorText
{
    private const int MaxNames = 40;
    private const int MaxWordsPerName = 4;

    /// <summary>Lower-case words that are part of a name: <c>Ana de Souza</c>, <c>Jan van der Berg</c>.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le", "bin", "al", "el", "ter", "ten",
    };

    /// <summary>Capitalized words that make a venue, never a person: <c>Example Blog</c>, <c>Open Source Summit</c>.</summary>
    private static readonly HashSet<string> VenueWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Blog", "Conference", "Congress", "Computer", "Computing", "Day", "Days", "Demo", "Edition", "Engineering", "Expo",
        "Forum", "International", "Journal", "Letters", "Magazine", "Meeting", "Networks", "Notes", "Poster", "Press",
        "Proceedings", "Report", "Research", "Review", "Science", "Security", "Series", "Software", "Summit", "Surveys",
        "Symposium", "Systems", "Thesis", "Track", "Transactions", "University", "Workshop", "Workshops",
    };

    /// <summary>
    /// Whether <paramref name="text"/> is a list of people. <c>by …</c>, <c>… et al.</c>, initials or two names or
    /// more always count; a single name (<c>Sven Müller</c>) counts only when <paramref name="allowSingleName"/> is
    /// set, as after a dash, where a title's words rarely stand alone.
    /// </summary>
    public static bool IsAuthorList(string text, bool allowSingleName) => IsAuthorList(text, allowSingleName, surely: false);

    /// <summary>
    /// Whether <paramref name="text"/> is a list of people that no title could be: with initials (<c>A. Writer</c>,
    /// <c>Writer, A.</c>), <c>by …</c> or <c>… et al.</c>. <c>Fast Restore, Lazy Copy</c> is written as two names are,
    /// so names alone are not enough where a title may stand.
    /// </summary>
    public static bool IsSurelyAuthorList(string text) => IsAuthorList(text, allowSingleName: false, surely: true);

    private static bool IsAuthorList(string text, bool allowSingleName, bool surely)
    {
        // The period of a last initial stays: "Writer, A." is a surname and an initial.
        text = text.Trim().TrimEnd(',', ';', ' ');
        while (text.EndsWith(".", StringComparison.Ordinal) && !EndsWithInitial(text))
        {
            text = text.Substring(0, text.Length - 1).TrimEnd(',', ';', ' ');
        }

        var sure = false;
        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring(3).TrimStart();
            sure = true;
        }

        var etAl = text.EndsWith(" et al", StringComparison.Ordinal);
        if (etAl)
        {
            text = text.Substring(0, text.Length - 6).TrimEnd(',', ' ');
            sure = true;
        }

        if (text.Length == 0)
        {
            return false;
        }

        var names = SplitNames(text);
        if (names is null)
        {
            return false;
        }

        var initials = false;
        var singleWords = 0;
        foreach (var name in names)
        {
            if (!IsName(name, ref initials, out var words))
            {
                return false;
            }

            singleWords += words == 1 ? 1 : 0;
        }

        // "Design and Implementation" is no pair of people, but "Alice, Bob" is, and so is "Smith et al.", a surname.
        var commas = text.IndexOf(',') >= 0;
        if (singleWords == names.Count && !(commas && names.Count >= 2) && !initials && !etAl)
        {
            return false;
        }

        return sure || initials || (!surely && (names.Count >= 2 || (allowSingleName && singleWords == 0)));
    }

    /// <summary>Whether the text's last word is initials (<see cref="IsInitials"/>): <c>B.</c>, <c>J.-P.</c>.</summary>
    private static bool EndsWithInitial(string text) => IsInitials(text.Substring(text.LastIndexOf(' ') + 1));

    /// <summary>The names of a list separated by <c>, </c>, <c>; </c>, <c> and </c> or <c> &amp; </c>; null when there are too many.</summary>
    private static List<string>? SplitNames(string text)
    {
        var names = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length ? 0
                : text[i] is ',' or ';' ? 1
                : Matches(text, i, " and ") ? 5
                : Matches(text, i, " & ") ? 3
                : -1;
            if (separator < 0)
            {
                continue;
            }

            var name = text.Substring(start, i - start).Trim();
            if (name.StartsWith("and ", StringComparison.Ordinal))
            {
                name = name.Substring(4).TrimStart();
            }

            if (name.Length == 0 && i < text.Length && text[i] is ',' or ';')
            {
                return null;
            }

            if (name.Length > 0)
            {
                names.Add(name);
            }

            if (names.Count > MaxNames || i == text.Length)
            {
                break;
            }

            start = i + Math.Max(separator, 1);
            i = start - 1;
        }

        return names.Count is > 0 and <= MaxNames ? names : null;
    }

    /// <summary>One person's name: capitalized words, initials and particles, at least one of them not a particle.</summary>
    private static bool IsName(string name, ref bool initials, out int words)
    {
        words = 0;
        var named = false;
        foreach (var word in name.Split(' '))
        {
            if (word.Length == 0)
            {
                continue;
            }

            if (++words > MaxWordsPerName)
            {
                return false;
            }

            if (IsInitials(word))
            {
                initials = true;
                named = true;
            }
            else if (IsNameWord(word))
            {
                named = true;
            }
            else if (!Particles.Contains(word))
            {
                return false;
            }
        }

        return named;
    }

    /// <summary><c>A.</c>, <c>J.-P.</c>, <c>A.B.</c>: one or two letters, each followed by a period.</summary>
    private static bool IsInitials(string word)
    {
        var letters = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && i + 1 < word.Length && word[i + 1] == '.')
            {
                letters++;
                i++;
            }
            else if (word[i] != '-')
            {
                return false;
            }
        }

        return letters is 1 or 2;
    }

    /// <summary>
    /// <c>Varga</c>, <c>Sørensen</c>, <c>O'Brien</c>, <c>Jae-won</c>, <c>McKay</c>, or a name in a script without case
    /// (<c>王芳</c>): never an acronym (<c>OSDI</c>), a word written with inner capitals (<c>KubeCon</c>), or a venue word.
    /// </summary>
    private static bool IsNameWord(string word)
    {
        if (word.Length < 2 || VenueWords.Contains(word))
        {
            return false;
        }

        if (!char.IsUpper(word[0]))
        {
            foreach (var c in word)
            {
                if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.OtherLetter)
                {
                    return false;
                }
            }

            return word.Length <= 4;
        }

        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLower(c))
            {
                continue;
            }

            var afterJoin = word[i - 1] is '-' or '\'' or '\u2019';
            var afterMc = i == 2 && word[0] == 'M' && word[1] == 'c';
            if (!(char.IsUpper(c) && (afterJoin || afterMc)) && !(c is '-' or '\'' or '\u2019' && i + 1 < word.Length))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(string text, int i, string what) => string.CompareOrdinal(text, i, what, 0, what.Length) == 0;
}
