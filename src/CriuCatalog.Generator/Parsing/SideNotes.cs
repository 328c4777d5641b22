using System;
using System.Collections.Generic;

namespace CriuCatalog.Generator.Parsing;

/// <summary>
/// Notes a list writes beside a paper's label that are neither its title nor its venue:
/// <list type="bullet">
/// <item>how the paper was presented or honoured (<see cref="IsPresentation"/>): <c>(Best Paper Award)</c>, <c>Oral</c>,
/// <c>(Spotlight)</c>, <c>(long talk)</c>, <c>Honorable Mention</c>. That is the publication's note, as <c>Spotlight</c>
/// is in <c>[NeurIPS'25 Spotlight]</c>: <c>Fast Restore, OSDI 2020 (Best Paper Award)</c> is the paper
/// <c>Fast Restore</c> at OSDI 2020;</item>
/// <item>another version of the paper (<see cref="IsOtherVersion"/>): <c>(see also HotOS 2019)</c>, <c>(extended version
/// in TOCS 2022)</c>. That is a note of the paper, and never its label: the label is this listing's.</item>
/// </list>
/// </summary>
internal static class SideNotes
{
    /// <summary>The most notes taken off the end of one title: a line of a thousand <c>, Oral</c> costs a few passes, not a thousand.</summary>
    public const int MaxPerLine = 4;

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
    private static readonly string[] NoStart = ["&", "and", "of", "the", "track", "session", "up", "from", "on", "to", "in", "with", "about", "at", "by", "towards"];

    /// <summary>Words that say alone what a note is, besides <see cref="AloneWords"/>.</summary>
    private static readonly string[] AloneMarks = ["runner-up", "wip"];

    /// <summary>Last words that make a name of a few words an award's or a track's.</summary>
    private static readonly string[] NameEnds = ["award", "awards", "prize", "track"];

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
    public static bool IsPresentation(string text) => Clean(text) is { Length: > 0 } note && IsPresentationNote(note);

    /// <summary>
    /// Whether <paramref name="text"/>, without its parentheses and emphasis, points to another version of the paper:
    /// it starts with <c>see also</c>, <c>also in</c>, <c>extended version</c>, <c>journal version</c> and the like.
    /// </summary>
    public static bool IsOtherVersion(string text)
    {
        var note = Clean(text);
        foreach (var start in OtherVersionStarts)
        {
            if (note.StartsWith(start, StringComparison.OrdinalIgnoreCase) && (note.Length == start.Length || !char.IsLetterOrDigit(note[start.Length])))
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
    public static (string? Before, List<string> Notes, bool OtherVersion) PeelTrailing(string text)
    {
        var notes = new List<string>();
        var otherVersion = false;
        string? before = null;
        for (var n = 0; n < MaxPerLine; n++)
        {
            var rest = before ?? text;
            if (SplitTrailing(rest, IsOtherVersion) is var (version, versionNote))
            {
                (before, otherVersion) = (version, true);
                notes.Insert(0, Clean(versionNote));
            }
            else if (SplitTrailing(rest, IsPresentation) is var (presented, presentedNote))
            {
                before = presented;
                notes.Insert(0, Clean(presentedNote));
            }
            else
            {
                break;
            }
        }

        return (before, notes, otherVersion);
    }

    /// <summary>
    /// A note of either kind in parentheses or brackets at the end of <paramref name="text"/>, the only form that may
    /// end a title: <c>Title (Spotlight)</c>. One after a comma is words of the title: <c>Good, Better, Best</c>.
    /// </summary>
    public static (string Before, string Note)? SplitTrailingGroup(string text)
    {
        var trimmed = text.TrimEnd(' ', '.', '!', '*', '_');
        if (trimmed.Length == 0 || trimmed[trimmed.Length - 1] is not (')' or ']'))
        {
            return null;
        }

        var open = trimmed.LastIndexOf(trimmed[trimmed.Length - 1] == ')' ? '(' : '[');
        var group = open > 0 ? trimmed.Substring(open) : string.Empty;
        return open > 0 && (IsPresentation(group) || IsOtherVersion(group)) ? Split(trimmed, open, open) : null;
    }

    /// <summary>
    /// Splits a note that <paramref name="isNote"/> accepts off the end of <paramref name="text"/>: one in parentheses
    /// or brackets (<c>Title, OSDI 2020 (Best Paper Award)</c>), after a separator (<c>, Oral</c>, <c>. Best Paper.</c>,
    /// <c> - Spotlight</c>), or after a closing parenthesis or bracket and a space (<c>(CVPR 2022) Oral</c>,
    /// <c>(OSDI 2020) Best Paper Award</c>, once the emphasis around it is gone). <see langword="null"/> when the text
    /// ends in none, or nothing but the note is there.
    /// </summary>
    public static (string Before, string Note)? SplitTrailing(string text, Predicate<string> isNote)
    {
        var trimmed = text.TrimEnd(' ', '.', '!', '*', '_');
        if (trimmed.Length == 0)
        {
            return null;
        }

        var last = trimmed[trimmed.Length - 1];
        if (last is ')' or ']')
        {
            var open = trimmed.LastIndexOf(last == ')' ? '(' : '[');
            if (open > 0 && isNote(trimmed.Substring(open)))
            {
                return Split(trimmed, open, open);
            }
        }

        var at = -1;
        var length = 0;
        foreach (var separator in Separators)
        {
            var found = trimmed.LastIndexOf(separator, StringComparison.Ordinal);
            if (found > at)
            {
                at = found;
                length = separator.Length;
            }
        }

        var closed = trimmed.LastIndexOfAny([')', ']']);
        if (closed > at && closed > 0 && closed + 1 < trimmed.Length && trimmed[closed + 1] == ' ')
        {
            // "(CVPR 2022) Oral", "(OSDI 2020) **Best Paper Award**".
            at = closed + 1;
            length = 1;
        }

        // A separator inside parentheses, as in "(ICLR 2021, spotlight)", splits the group, not the text.
        var rest = at > 0 ? trimmed.Substring(at + length) : string.Empty;
        return rest.IndexOfAny(['(', ')', '[', ']']) < 0 && isNote(rest) ? Split(trimmed, at, at + length) : null;
    }

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
        if (words.Length <= 6 && note.IndexOfAny([',', ';', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']) < 0 && (UnbracketedLabels.IsOneOf(final, NameEnds)
            || (words.Length == 2 && UnbracketedLabels.IsOneOf(final, Paper) && UnbracketedLabels.IsOneOf(words[0], PaperKinds))))
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
