using System.Collections.Generic;

namespace CriuCatalog.Generator.Naming;

/// <summary>
/// Which words of a title a paper's name is made from (docs/catalog-format.md, "Paper identifiers and keys"): the
/// short name before a colon when it is short enough, otherwise the first few significant words. Identifiers and keys
/// choose differently (<see cref="IdentifierNaming.NameWords"/>, <see cref="IdentifierNaming.KeyWords"/>).
/// </summary>
/// <param name="countsParts">
/// Whether a word counts as many words as it has parts (<c>On-demand</c> counts 2), or as one whatever its parts.
/// </param>
/// <param name="stopWords">Words skipped when counting significant words, compared lower-cased.</param>
internal sealed class WordChoice(bool countsParts, HashSet<string> stopWords)
{
    /// <summary>Most significant words a name is made from when the title has no short name.</summary>
    public const int MaxWords = 3;

    /// <summary>
    /// Most words, counted as <see cref="WordChoice"/> counts them, that a short name may have to be used whole, and that
    /// the significant words may add up to.
    /// </summary>
    public const int MaxCount = 4;

    /// <summary>
    /// The words chosen, and the short name as written: the text before the colon, or the title up to the end of the
    /// last word chosen, without a trailing <c>,</c>, <c>;</c> or <c>.</c>.
    /// </summary>
    public (List<Word> Words, string ShortName) Choose(string title) => Choose(new TitleWords(title));

    /// <inheritdoc cref="Choose(string)"/>
    public (List<Word> Words, string ShortName) Choose(TitleWords title)
    {
        var used = ChooseWords(title);
        var text = title.Title;
        return (used, title.ShortNameColon >= 0 ? text.Substring(0, title.ShortNameColon).Trim()
            : used.Count == 0 ? text
            : text.Substring(0, used[used.Count - 1].End).Trim().TrimEnd(',', ';', '.'));
    }

    /// <summary>The words <see cref="Choose(string)"/> chooses, without the short name, for a caller that needs only the words.</summary>
    public List<Word> ChooseWords(string title) => ChooseWords(new TitleWords(title));

    /// <inheritdoc cref="ChooseWords(string)"/>
    public List<Word> ChooseWords(TitleWords title)
    {
        if (title.ShortNameColon < 0)
        {
            return FirstSignificant(title.Read());
        }

        var before = new List<Word>(MaxWords);
        var count = 0;
        foreach (var word in title.Read())
        {
            if (word.Parts.Count > 0)
            {
                before.Add(word);
                count += Count(word);
            }
        }

        return count <= MaxCount ? before : FirstSignificant(before);
    }

    private int Count(Word word) => countsParts ? word.Parts.Count : 1;

    /// <summary>
    /// Up to <see cref="MaxWords"/> words that are not stop words, in order, while they add up to no more than
    /// <see cref="MaxCount"/>: the first word that would go over ends the choice, and a word is never split, so the
    /// first significant word is taken whatever its count.
    /// </summary>
    private List<Word> FirstSignificant(IEnumerable<Word> words)
    {
        var result = new List<Word>(MaxWords);
        var count = 0;
        foreach (var word in words)
        {
            if (word.Parts.Count == 0 || IsStopWord(word))
            {
                continue;
            }

            count += Count(word);
            if (result.Count > 0 && count > MaxCount)
            {
                break;
            }

            result.Add(word);
            if (result.Count == MaxWords)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>
    /// Whether the word, its parts joined and lower-cased with <see cref="StableCase"/>, is a stop word: compared
    /// character by character with the stop words of its length, without joining or lower-casing it into a string.
    /// </summary>
    private bool IsStopWord(Word word)
    {
        var length = 0;
        foreach (var part in word.Parts)
        {
            length += part.Length;
        }

        if (length >= _byLength.Length)
        {
            return false;
        }

        foreach (var stopWord in _byLength[length])
        {
            if (IsLowerCased(word.Parts, stopWord))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the parts, joined and lower-cased, are <paramref name="text"/>, which is as long as they are.</summary>
    private static bool IsLowerCased(List<string> parts, string text)
    {
        var at = 0;
        foreach (var part in parts)
        {
            foreach (var c in part)
            {
                if (StableCase.ToLower(c) != text[at++])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The stop words by length: entry n holds those of n characters.</summary>
    private readonly List<string>[] _byLength = ByLength(stopWords);

    private static List<string>[] ByLength(HashSet<string> words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            longest = System.Math.Max(longest, word.Length);
        }

        var byLength = new List<string>[longest + 1];
        for (var i = 0; i < byLength.Length; i++)
        {
            byLength[i] = [];
        }

        foreach (var word in words)
        {
            byLength[word.Length].Add(word);
        }

        return byLength;
    }
}
