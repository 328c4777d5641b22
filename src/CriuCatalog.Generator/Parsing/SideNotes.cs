using System;
using System.Collections.Generic;
using System.Linq;

namespace CriuCatalog.Generator.Parsing;

/// <summary>
/// Notes a list writes beside a paper's label that are neither its title nor its venue:
/// <list type="bullet">
/// <item>how the paper was presented or honoured (<see cref="IsPresentation(string)"/>): <c>(Best Paper Award)</c>, <c>Oral</c>,
/// <c>(Spotlight)</c>, <c>(long talk)</c>, <c>Honorable Mention</c>. That is the publication's note, as <c>Spotlight</c>
/// is in <c>[NeurIPS'25 Spotlight]</c>: <c>Fast Restore, OSDI 2020 (Best Paper Award)</c> is the paper
/// <c>Fast Restore</c> at OSDI 2020;</item>
/// <item>another version of the paper (<see cref="IsOtherVersion(string)"/>): <c>(see also HotOS 2019)</c>, <c>(extended version
/// in TOCS 2022)</c>. That is a note of the paper, and never its label: the label is this listing's.</item>
/// </list>
/// </summary>
internal static class SideNotes
{
    /// <summary>The most notes taken off the end of one title: a line of a thousand <c>, Oral</c> costs a few passes, not a thousand.</summary>
    public const int MaxPerLine = 16;

    /// <summary>The most characters a note may have, with its parentheses: awards and tracks are well within it, and so is a sentence on another version.</summary>
    private const int MaxLength = 300;

    /// <summary>Words that make a note what it is; a note has at least one.</summary>
    private static readonly string[] KindWords =
    [
        "artifact", "artifacts", "award", "awards", "awarded", "best", "candidate", "demo", "distinguished", "finalist",
        "highlight", "highlighted", "honorable", "honourable", "influential", "invited", "keynote", "lightning", "mention",
        "nominated", "nominee", "notable", "oral", "orals", "outstanding", "picks", "poster", "posters", "presentation",
        "prize", "runner-up", "spotlight", "talk", "winner",
    ];

    /// <summary>Kind words that say enough alone, after a comma or a stop: <c>Title, OSDI 2020, Oral</c>. "Best" or "Talk" alone does not.</summary>
    private static readonly string[] AloneWords =
    [
        "demo", "finalist", "highlight", "highlighted", "keynote", "nominee", "notable", "oral", "orals", "poster", "posters", "spotlight", "winner",
    ];

    /// <summary>Words a note may also hold.</summary>
    private static readonly string[] OtherWords =
    [
        "&", "and", "available", "contributed", "evaluated", "for", "full", "long", "most", "nomination", "of", "paper",
        "papers", "reproduced", "reusable", "runner", "selected", "session", "short", "student", "test", "the", "time",
        "top", "track", "up",
    ];

    /// <summary>Words no note starts with: <c>Segment, Track, and Spotlight</c> is a title.</summary>
    private static readonly string[] NoStart = ["&", "and", "for", "of", "session", "the", "track", "up"];

    /// <summary>Words that say alone what a note is, besides <see cref="AloneWords"/>.</summary>
    private static readonly string[] AloneMarks = ["runner-up", "wip"];

    /// <summary>Last words that make a name of a few words an award's or a track's: <c>Kanellakis Prize</c>, <c>Industry Track</c>.</summary>
    private static readonly string[] NameEnds = ["award", "awards", "prize", "track"];

    /// <summary>The words a capitalized name may have in lower case: <c>Hall of Fame Award</c>.</summary>
    private static readonly string[] NameJoins = ["of", "and", "for", "&"];

    /// <summary>
    /// Words of a title's phrase that no name of an award or a track has: <c>Winning the Award</c>, <c>Getting Back on
    /// Track</c>, <c>Towards Best Paper Award</c> are words of a title.
    /// </summary>
    private static readonly string[] TitleWords = ["a", "an", "the", "on", "in", "into", "to", "towards", "toward", "from", "with", "about", "at", "by", "off", "over", "under", "beyond"];

    private static readonly string[] Paper = ["paper"];

    /// <summary>Tracks written as a kind of paper: <c>(Short Paper)</c>, <c>(Vision Paper)</c>.</summary>
    private static readonly string[] PaperKinds = ["short", "full", "long", "position", "vision", "industry", "regular", "student", "demo", "poster", "workshop"];

    /// <summary>
    /// Whether <paramref name="text"/>, without its parentheses and emphasis, says how the paper was presented or
    /// honoured: it is made of words such notes are made of, at least one of which says what the note is
    /// (<c>award</c>, <c>oral</c>, <c>spotlight</c>, <c>poster</c>, …), and starts with none that joins words
    /// (<c>and</c>, <c>the</c>). <c>Best Paper</c> is one; <c>Paper</c>, <c>Long Version</c> or <c>and Spotlight</c> is
    /// not. An award's or a track's name says what it is by its last word, whatever it names: <c>Jay Lepreau Best
    /// Paper Award</c>, <c>Datasets and Benchmarks Track</c>; so does a kind of paper, <c>Short Paper</c>.
    /// </summary>
    public static bool IsPresentation(string text) => IsPresentation(text, 0);

    /// <summary><see cref="IsPresentation(string)"/> for the text from <paramref name="start"/> on, which is copied only if it may be one.</summary>
    private static bool IsPresentation(string text, int start)
        => !HasDigitsOtherThanShares(text, start) && Clean(text.Substring(start)) is { Length: > 0 } note && IsPresentationNote(note);

    /// <summary>
    /// Whether the text has a digit and no percent sign, which no such note has: <c>(OSDI 2020)</c>, the label most
    /// titles end in, is told from a note without a copy of it.
    /// </summary>
    private static bool HasDigitsOtherThanShares(string text, int start)
    {
        var digit = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                return false;
            }

            digit |= c is >= '0' and <= '9';
        }

        return digit;
    }

    /// <summary>
    /// Whether <paramref name="text"/>, without its parentheses and emphasis, points to another version of the paper:
    /// it starts with <c>see also</c>, <c>also in</c>, <c>extended version</c>, <c>journal version</c> and the like.
    /// </summary>
    public static bool IsOtherVersion(string text) => IsOtherVersion(text, 0);

    /// <summary><see cref="IsOtherVersion(string)"/> for the text from <paramref name="start"/> on.</summary>
    private static bool IsOtherVersion(string text, int start)
    {
        var at = start;
        while (at < text.Length && IsWrapping(text[at]))
        {
            at++;
        }

        // Every label is asked: most start with a letter no such phrase starts with.
        if (at == text.Length || OtherVersionInitials.IndexOf(char.ToLowerInvariant(text[at])) < 0)
        {
            return false;
        }

        foreach (var phrase in OtherVersionStarts)
        {
            var end = at + phrase.Length;
            if (end <= text.Length && string.Compare(text, at, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] OtherVersionStarts =
    [
        "see also", "also in", "also at", "also appeared", "also appears", "also published", "also presented", "extended version",
        "an extended version", "journal version", "conference version", "full version", "short version", "earlier version",
        "an earlier version", "preliminary version", "a preliminary version", "workshop version", "superseded by",
    ];

    /// <summary>The first letters of <see cref="OtherVersionStarts"/> (declared after them, so initialised after them).</summary>
    private static readonly string OtherVersionInitials = new(OtherVersionStarts.Select(phrase => phrase[0]).Distinct().ToArray());

    /// <summary>
    /// The note of <paramref name="text"/> cleaned of parentheses, brackets and emphasis (<c>**(Oral)**</c> is
    /// <c>Oral</c>, <c>Best Paper.</c> is <c>Best Paper</c>); empty when nothing is left.
    /// </summary>
    public static string Clean(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsWrapping(text[start]))
        {
            start++;
        }

        while (end > start && IsWrapping(text[end - 1]))
        {
            end--;
        }

        return text.Substring(start, end - start);
    }

    /// <summary>
    /// Takes up to <see cref="MaxPerLine"/> notes, of either kind and in any form <see cref="SplitTrailing"/> reads,
    /// off the end of <paramref name="text"/>: what is left, the notes (cleaned, in the order written), and whether one
    /// is another version's. Null when the text ends in none.
    /// </summary>
    public static (string Before, List<string> Notes, bool OtherVersion)? PeelTrailing(string text)
    {
        List<string>? notes = null;
        var otherVersion = false;
        string? before = null;
        for (var n = 0; n < MaxPerLine; n++)
        {
            var rest = before ?? text;
            if (SplitTrailing(rest, IsOtherVersion) is var (version, versionNote))
            {
                (before, otherVersion) = (version, true);
                (notes ??= []).Insert(0, Clean(versionNote));
            }
            else if (SplitTrailing(rest, IsPresentation) is var (presented, presentedNote))
            {
                before = presented;
                (notes ??= []).Insert(0, Clean(presentedNote));
            }
            else
            {
                break;
            }
        }

        return before is null ? null : (before, notes!, otherVersion);
    }

    /// <summary>Another version's note off the end of <paramref name="text"/>, in any form <see cref="SplitTrailing"/> reads.</summary>
    public static (string Before, string Note)? SplitTrailingOtherVersion(string text) => SplitTrailing(text, IsOtherVersion);

    /// <summary>
    /// A note of either kind in parentheses or brackets at the end of <paramref name="text"/>, the only form that may
    /// end a title: <c>Title (Spotlight)</c>. One after a comma is words of the title: <c>Good, Better, Best</c>.
    /// </summary>
    public static (string Before, string Note)? SplitTrailingGroup(string text)
    {
        var trimmed = WithoutTrailingMarks(text);
        var open = NoteGroupStart(trimmed, IsEitherNote);
        return open > 0 ? Split(trimmed, open, open) : null;
    }

    private static bool IsEitherNote(string text, int start) => IsPresentation(text, start) || IsOtherVersion(text, start);

    /// <summary>
    /// Splits a note that <paramref name="isNote"/> accepts (given the text and where the note would start) off the
    /// end of <paramref name="text"/>: one in parentheses or brackets (<c>Title, OSDI 2020 (Best Paper Award)</c>),
    /// after a separator (<c>, Oral</c>, <c>. Best Paper.</c>, <c> - Spotlight</c>), or after a closing parenthesis or
    /// bracket and a space (<c>(CVPR 2022) Oral</c>, <c>(OSDI 2020) Best Paper Award</c>, once the emphasis around it
    /// is gone). <see langword="null"/> when the text ends in none, or nothing but the note is there.
    /// </summary>
    private static (string Before, string Note)? SplitTrailing(string text, Func<string, int, bool> isNote)
    {
        var trimmed = WithoutTrailingMarks(text);
        if (trimmed.Length == 0)
        {
            return null;
        }

        var open = NoteGroupStart(trimmed, isNote);
        if (open > 0)
        {
            return Split(trimmed, open, open);
        }

        // Only the end of the text is looked at, so that a long title costs no more than a short one.
        var window = Math.Min(trimmed.Length, MaxLength);
        var at = -1;
        var length = 0;
        foreach (var separator in Separators)
        {
            var found = trimmed.LastIndexOf(separator, trimmed.Length - 1, window, StringComparison.Ordinal);
            if (found > at)
            {
                at = found;
                length = separator.Length;
            }
        }

        var closed = trimmed.LastIndexOfAny(Closing, trimmed.Length - 1, window);
        if (closed > at && closed > 0 && closed + 1 < trimmed.Length && trimmed[closed + 1] == ' ')
        {
            // "(CVPR 2022) Oral", "(OSDI 2020) **Best Paper Award**".
            at = closed + 1;
            length = 1;
        }

        // A separator inside parentheses, as in "(ICLR 2021, spotlight)", splits the group, not the text.
        return at > 0 && trimmed.IndexOfAny(Brackets, at + length) < 0 && isNote(trimmed, at + length) ? Split(trimmed, at, at + length) : null;
    }

    /// <summary>The text without the stops and emphasis marks after its last word or group.</summary>
    private static string WithoutTrailingMarks(string text) => text.TrimEnd(' ', '.', '!', '*', '_');

    /// <summary>
    /// Where the parentheses or brackets that end <paramref name="trimmed"/> open, within the last
    /// <see cref="MaxLength"/> characters, when what they hold is a note that <paramref name="isNote"/> accepts; -1
    /// otherwise.
    /// </summary>
    private static int NoteGroupStart(string trimmed, Func<string, int, bool> isNote)
    {
        if (trimmed.Length == 0 || trimmed[trimmed.Length - 1] is not (')' or ']'))
        {
            return -1;
        }

        var open = trimmed.LastIndexOf(trimmed[trimmed.Length - 1] == ')' ? '(' : '[', trimmed.Length - 1, Math.Min(trimmed.Length, MaxLength));
        return open > 0 && isNote(trimmed, open) ? open : -1;
    }

    private static readonly char[] Closing = [')', ']'];

    private static readonly char[] Brackets = ['(', ')', '[', ']'];

    private static readonly string[] Separators = [", ", ". ", "; ", ": ", " - ", " -- ", " \u2013 ", " \u2014 ", " \u00B7 ", " \u2022 ", " | "];

    private static (string Before, string Note)? Split(string text, int beforeEnd, int noteStart)
    {
        var before = text.Substring(0, beforeEnd).TrimEnd();
        return before.Length == 0 ? null : (before, Clean(text.Substring(noteStart)));
    }

    private static bool IsPresentationNote(string note)
    {
        var words = note.Split([' ', ',', '/', ';'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || UnbracketedLabels.IsOneOf(words[0], NoStart))
        {
            return false;
        }

        if (words.Length == 1)
        {
            return UnbracketedLabels.IsOneOf(words[0], AloneWords) || UnbracketedLabels.IsOneOf(words[0], AloneMarks);
        }

        // A name of a few words and nothing else: "OSDI 2020, Best Paper Award" names a venue and its year too.
        var final = words[words.Length - 1];
        if (words.Length <= 6 && note.IndexOfAny([',', ';', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']) < 0
            && ((UnbracketedLabels.IsOneOf(final, NameEnds) && IsName(words)) || (words.Length == 2 && UnbracketedLabels.IsOneOf(final, Paper) && UnbracketedLabels.IsOneOf(words[0], PaperKinds))))
        {
            return true;
        }

        var hasKind = false;
        foreach (var word in words)
        {
            if (UnbracketedLabels.IsOneOf(word, KindWords))
            {
                hasKind = true;
            }
            else if (!UnbracketedLabels.IsOneOf(word, OtherWords) && !IsPercentage(word))
            {
                return false;
            }
        }

        return hasKind;
    }

    /// <summary>
    /// Whether the words before the last are those of an award's or a track's name: capitalized, or joined by one of
    /// <see cref="NameJoins"/> (<c>ACM SIGOPS Hall of Fame Award</c>, <c>Industry track</c>), or all in lower case
    /// (<c>community award</c>); none of them a word of a title's phrase (<see cref="TitleWords"/>).
    /// </summary>
    private static bool IsName(string[] words)
    {
        var capitalized = true;
        var lower = true;
        for (var i = 0; i < words.Length - 1; i++)
        {
            var word = words[i];
            if (UnbracketedLabels.IsOneOf(word, TitleWords))
            {
                return false;
            }

            capitalized &= char.IsUpper(word[0]) || UnbracketedLabels.IsOneOf(word, NameJoins);
            lower &= !char.IsUpper(word[0]);
        }

        return capitalized || lower;
    }

    /// <summary><c>5%</c>, <c>1.8%</c>: "top 5%" is how often a venue gives the note.</summary>
    private static bool IsPercentage(string word)
    {
        if (word.Length < 2 || word[word.Length - 1] != '%')
        {
            return false;
        }

        for (var i = 0; i < word.Length - 1; i++)
        {
            if (word[i] is not (>= '0' and <= '9' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What wraps a note: parentheses, brackets, emphasis and a stop. An emoji before it is a note of its own.</summary>
    private static bool IsWrapping(char c) => c is ' ' or '(' or ')' or '[' or ']' or '*' or '_' or '.' or '!' or ':';
}
