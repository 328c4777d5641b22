using System;
using System.Collections.Generic;
using System.Linq;
using CriuCatalog.Generator.Naming;
using CsCheck;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// How a title splits into words and parts, checked against the rule written out independently: a word is a run
/// of characters between white space; its apostrophes are dropped; its parts are the runs of letters and digits
/// left between the other characters.
/// </summary>
public class WordsTests
{
    private static readonly Gen<string> Title = Gen.Frequency(
            (8, Gen.Char['a', 'z']),
            (2, Gen.OneOf('A', 'Z', '0', '9')),
            (3, Gen.OneOf(' ', ' ', '\t', '\u00A0')),
            (2, Gen.OneOf('\'', '\u2019', '\u2018')),
            (2, Gen.OneOf('-', '/', ':', '.', ',', '(', ')')),
            (1, Gen.OneOf('\u00E9', '\u4E2D', '\u0301', '\u2028')))
        .Array[0, 40]
        .Select(chars => new string(chars));

    [Theory]
    [InlineData("Don't, Stop", "Dont|Stop")]
    [InlineData("Checkpoint/Restore for CUDA", "Checkpoint,Restore|for|CUDA")]
    [InlineData("'quoted' -- x''y", "quoted||xy")]
    [InlineData("  On-demand   fork ", "On,demand|fork")]
    public void A_title_splits_into_words_of_parts(string title, string expected)
        => Assert.Equal(expected, string.Join("|", Words.Split(title).Select(w => string.Join(",", w.Parts))));

    [Fact]
    public void Every_title_splits_as_the_rule_says()
        => Title.Sample(title =>
        {
            var words = Words.Split(title);
            var expected = Reference(title);
            Assert.Equal(expected.Select(w => w.End), words.Select(w => w.End));
            Assert.Equal(expected.Select(w => string.Join(",", w.Parts)), words.Select(w => string.Join(",", w.Parts)));
        }, iter: 3000);

    [Fact]
    public void The_words_of_a_title_s_first_characters_are_those_of_that_prefix_as_a_title()
        => Gen.Select(Title, Gen.Int[0, 100]).Sample((title, cut) =>
        {
            // How a short name before a colon is split: in place, without cutting the title first.
            var length = Math.Min(cut, title.Length);
            var words = Words.Enumerate(title, length).ToList();
            var expected = Reference(title[..length]);
            Assert.Equal(expected.Select(w => w.End), words.Select(w => w.End));
            Assert.Equal(expected.Select(w => string.Join(",", w.Parts)), words.Select(w => string.Join(",", w.Parts)));
        }, iter: 3000);

    private static List<(int End, List<string> Parts)> Reference(string title)
    {
        var words = new List<(int End, List<string> Parts)>();
        var i = 0;
        while (i < title.Length)
        {
            if (char.IsWhiteSpace(title[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < title.Length && !char.IsWhiteSpace(title[i]))
            {
                i++;
            }

            var token = new string(title[start..i].Where(c => c is not ('\'' or '\u2018' or '\u2019')).ToArray());
            var parts = new List<string>();
            var part = string.Empty;
            foreach (var c in token)
            {
                if (Words.IsIdentifierCharacter(c))
                {
                    part += c;
                }
                else if (part.Length > 0)
                {
                    parts.Add(part);
                    part = string.Empty;
                }
            }

            if (part.Length > 0)
            {
                parts.Add(part);
            }

            words.Add((i, parts));
        }

        return words;
    }
}
