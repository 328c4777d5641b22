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
    /// character that is neither part nor space, adds the part to <paramref name="parts"/> if it has any letter or digit, and returns where it stopped.
    /// A part is a slice of the text unless an apostrophe sits inside it (<c>Don't</c> is <c>Dont</c>).
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
