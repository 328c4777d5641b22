using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CriuCatalog.Generator.Naming;

/// <summary>
/// A white-space separated word of a title and the identifier parts inside it: <c>Checkpoint/Restore</c> is one
/// word of two parts, <c>Don't</c> one word of one part (<c>Dont</c>).
/// </summary>
internal sealed class Word(int end, List<string> parts)
{
    /// <summary>Index just past the word's last character in the text it came from.</summary>
    public int End { get; } = end;

    public List<string> Parts { get; } = parts;
}

/// <summary>
/// A title's words, split once and shared by every choice made from them: a paper's name and its key choose
/// differently (<see cref="WordChoice"/>), but from the same words, and each reads only as many as it needs. Where
/// the title has a short name (<see cref="ShortNameColon"/>), its words are those before that colon.
/// </summary>
internal sealed class TitleWords
{
    private readonly List<Word> _read = [];
    private readonly IEnumerator<Word> _source;

    public TitleWords(string title)
    {
        Title = title;
        ShortNameColon = FindShortNameColon(title);
        _source = Words.Enumerate(title, ShortNameColon >= 0 ? ShortNameColon : title.Length).GetEnumerator();
    }

    public string Title { get; }

    /// <summary>The colon that ends the title's short name, or -1 where it has none.</summary>
    public int ShortNameColon { get; }

    /// <summary>The words, in order, split as they are first asked for.</summary>
    public IEnumerable<Word> Read()
    {
        for (var i = 0; ; i++)
        {
            if (i == _read.Count)
            {
                if (!_source.MoveNext())
                {
                    yield break;
                }

                _read.Add(_source.Current);
            }

            yield return _read[i];
        }
    }

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
}

internal static class Words
{
    public static List<Word> Split(string text) => new(Enumerate(text));

    /// <summary>
    /// The words of <paramref name="text"/>, one at a time: a caller that needs only the first few (a paper's name
    /// takes three significant words of a title) does not pay for splitting the rest.
    /// </summary>
    public static IEnumerable<Word> Enumerate(string text) => Enumerate(text, text.Length);

    /// <summary>The words of the first <paramref name="length"/> characters of <paramref name="text"/>, as <see cref="Enumerate(string)"/> gives them.</summary>
    public static IEnumerable<Word> Enumerate(string text, int length)
    {
        var i = 0;
        while (i < length)
        {
            while (i < length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == length)
            {
                break;
            }

            var parts = new List<string>(1);
            while (i < length && !char.IsWhiteSpace(text[i]))
            {
                i = ReadPart(text, i, length, parts);
            }

            yield return new Word(i, parts);
        }
    }

    /// <summary>
    /// Reads from <paramref name="start"/> to the end of one part (at most to <paramref name="length"/>), or past one
    /// character that is neither part nor space, adds the part to <paramref name="parts"/> if it has any letter or
    /// digit, and returns where it stopped. A part is a slice of the text unless an apostrophe sits inside it
    /// (<c>Don't</c> is <c>Dont</c>).
    /// </summary>
    private static int ReadPart(string text, int start, int length, List<string> parts)
    {
        var i = start;
        var apostrophes = 0;
        while (i < length && !char.IsWhiteSpace(text[i]))
        {
            var c = text[i];
            if (IsApostrophe(c))
            {
                apostrophes++;
            }
            else if (!IsIdentifierCharacter(c))
            {
                break;
            }

            i++;
        }

        if (i - start > apostrophes)
        {
            parts.Add(apostrophes == 0 ? text.Substring(start, i - start) : WithoutApostrophes(text, start, i));
        }

        // A character that ends a part is skipped with it; at a space the word ends.
        return i < length && !char.IsWhiteSpace(text[i]) ? i + 1 : i;
    }

    private static string WithoutApostrophes(string text, int start, int end)
    {
        var part = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (!IsApostrophe(text[i]))
            {
                part.Append(text[i]);
            }
        }

        return part.ToString();
    }

    /// <summary>
    /// Letters, digits and combining marks. Formatting characters (such as bidirectional controls) are legal in C#
    /// identifiers but invisible, so they are left out; so is '_', which separates parts like punctuation does.
    /// </summary>
    internal static bool IsIdentifierCharacter(char c)
    {
        if (c < 128)
        {
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2018' or '\u2019';
}
