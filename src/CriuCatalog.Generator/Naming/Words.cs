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
    public static IEnumerable<Word> Enumerate(string text)
    {
        var part = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            var parts = new List<string>(1);
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                var c = text[i++];
                if (IsIdentifierCharacter(c))
                {
                    part.Append(c);
                }
                else if (!IsApostrophe(c) && part.Length > 0)
                {
                    parts.Add(part.ToString());
                    part.Clear();
                }
            }

            if (part.Length > 0)
            {
                parts.Add(part.ToString());
                part.Clear();
            }

            yield return new Word(i, parts);
        }
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
