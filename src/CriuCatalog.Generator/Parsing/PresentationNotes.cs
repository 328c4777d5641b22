using System;

namespace CriuCatalog.Generator.Parsing;

/// <summary>
/// What a list says of how a paper was presented or honoured, written next to its label: <c>(Best Paper Award)</c>,
/// <c>Oral</c>, <c>(Spotlight)</c>, <c>🏆 Best Paper</c>, <c>(long talk)</c>, <c>Honorable Mention</c>. It is the
/// publication's note, as <c>Spotlight</c> is in <c>[NeurIPS'25 Spotlight]</c>, and no part of the title or the venue:
/// <c>Fast Restore, OSDI 2020 (Best Paper Award)</c> is the paper <c>Fast Restore</c> at OSDI 2020.
/// </summary>
/// <remarks>
/// A note is made of words such notes are made of, at least one of which says what the note is (<c>award</c>,
/// <c>oral</c>, <c>spotlight</c>, <c>poster</c>, …): <c>Best Paper</c> is one, <c>Paper</c> or <c>Long Version</c> is not.
/// </remarks>
internal static class PresentationNotes
{
    /// <summary>Words that make a note what it is; a note has at least one.</summary>
    private static readonly string[] KindWords =
    [
        "artifact", "artifacts", "award", "awards", "awarded", "best", "candidate", "demo", "distinguished", "finalist", "highlight", "highlighted",
        "honorable", "honourable", "invited", "keynote", "mention", "nominated", "nominee", "oral", "orals", "outstanding",
        "poster", "posters", "presentation", "runner-up", "spotlight", "talk", "winner",
    ];

    /// <summary>Words a note may also hold.</summary>
    private static readonly string[] OtherWords =
    [
        "&", "and", "available", "contributed", "evaluated", "functional", "full", "long", "nomination", "of", "paper", "papers", "reproduced", "reusable", "runner", "selected", "session",
        "short", "student", "test", "the", "time", "top", "track", "up",
    ];

    /// <summary>Whether <paramref name="text"/>, without its parentheses and emphasis, is such a note.</summary>
    public static bool Is(string text) => Clean(text) is { Length: > 0 } note && IsNote(note);

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
    /// Splits a note off the end of <paramref name="text"/>: one in parentheses or brackets (<c>Title, OSDI 2020
    /// (Best Paper Award)</c>), after a separator (<c>, Oral</c>, <c>. Best Paper.</c>, <c> - Spotlight</c>), or after
    /// a closing parenthesis or bracket and a space (<c>(CVPR 2022) Oral</c>). <see langword="null"/> when the text
    /// ends in none, or nothing but the note is there.
    /// </summary>
    public static (string Before, string Note)? SplitTrailing(string text)
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
            if (open > 0 && Is(trimmed.Substring(open)))
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

        var space = trimmed.LastIndexOf(' ');
        if (space > at && space > 0 && trimmed[space - 1] is ')' or ']')
        {
            // "(CVPR 2022) Oral", once the emphasis around "Oral" is gone.
            at = space;
            length = 1;
        }

        // A separator inside parentheses, as in "(ICLR 2021, spotlight)", splits the group, not the text.
        var rest = at > 0 ? trimmed.Substring(at + length) : string.Empty;
        return rest.IndexOfAny(['(', ')', '[', ']']) < 0 && Is(rest) ? Split(trimmed, at, at + length) : null;
    }

    private static readonly string[] Separators = [", ", ". ", "; ", " - ", " \u2013 ", " \u2014 ", " \u00B7 ", " \u2022 ", " | "];

    private static (string Before, string Note)? Split(string text, int beforeEnd, int noteStart)
    {
        var before = text.Substring(0, beforeEnd).TrimEnd();
        return before.Length == 0 ? null : (before, Clean(text.Substring(noteStart)));
    }

    private static bool IsNote(string note)
    {
        var words = note.Split([' ', ',', '/'], StringSplitOptions.RemoveEmptyEntries);
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
