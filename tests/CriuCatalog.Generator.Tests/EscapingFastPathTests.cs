using System;
using System.Buffers;
using System.Linq;
using System.Text;
using CriuCatalog.Generator.Emitting;
using CriuCatalog.Generator.Exporting;
using Microsoft.CodeAnalysis.CSharp;
using CsCheck;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The escaping functions return plain text as it is, without building a new string. These properties check the
/// shortcuts against the character-by-character rules they skip, written out here independently, on text mixed from
/// plain ASCII, every character some rule treats specially, and non-ASCII letters, spaces and controls.
/// </summary>
public class EscapingFastPathTests
{
    private static readonly Gen<string> Text = Gen.Frequency(
            (8, Gen.Char[' ', '~']),
            (2, Gen.OneOf('\\', '{', '}', '"', '&', '<', '>', '`', '*', '_', '[', ']', '$', '#', '\t', '\n', '\u007F')),
            (1, Gen.Char['\u00C0', '\u017F']),
            (1, Gen.OneOf('\u00A0', '\u2028', '\u200B', '\u202E', '\uD83D', '\uDE00', '\uFFFE')))
        .Array[0, 24]
        .Select(chars => new string(chars));

    private static readonly SearchValues<char> MarkdownSpecial = SearchValues.Create(@"\`*_[]<>|~#&!");

    private static readonly SearchValues<char> BibTeXSpecial = SearchValues.Create(@"\{}^~$&%#_");

    [Fact]
    public void ProtectCase_braces_exactly_the_words_with_an_inner_capital_as_a_word_by_word_rewrite_does()
        => Text.Sample(text => Assert.Equal(ProtectCaseWordByWord(text), BibTeXFormat.ProtectCase(text)), iter: 2000);

    [Fact]
    public void Normalize_returns_text_unchanged_only_when_it_has_nothing_to_normalize()
        => Text.Sample(text =>
        {
            var normalized = ExportText.Normalize(text);
            Assert.Equal(normalized, ExportText.Normalize(normalized));
            var plain = text.All(c => c is >= '!' and <= '~' || c == ' ') && !text.StartsWith(' ') && !text.EndsWith(' ') && !text.Contains("  ", StringComparison.Ordinal);
            Assert.Equal(plain, string.Equals(normalized, text, StringComparison.Ordinal) && text.All(c => c < '\u0080'));
        }, iter: 2000);

    [Fact]
    public void Literal_and_XmlText_return_plain_ASCII_as_it_is_and_leave_nothing_raw_that_must_be_escaped()
        => Text.Sample(text =>
        {
            var literal = Escaping.Literal(text);
            if (text.All(c => c is >= ' ' and <= '~' and not '"' and not '\\'))
            {
                Assert.Equal("\"" + text + "\"", literal);
            }

            Assert.DoesNotContain(literal[1..^1].Replace("\\\\", "", StringComparison.Ordinal).Replace("\\\"", "", StringComparison.Ordinal), c => c == '"' || c < ' ' || c == '\u007F' || c == '\u2028');

            var xml = Escaping.XmlText(text);
            if (text.All(c => c is >= ' ' and <= '~' and not '&' and not '<' and not '>' and not '"'))
            {
                Assert.Same(text, xml);
            }

            Assert.DoesNotContain(xml, c => c is '<' or '>' or '"' || c < ' ' || c == '\u007F' || c == '\u2028');
        }, iter: 2000);

    [Fact]
    public void A_literal_written_from_a_slice_is_the_literal_of_that_slice_as_a_string_of_its_own()
        => Gen.Select(Text, Gen.Int[0, 24], Gen.Int[0, 24]).Sample((text, a, b) =>
        {
            // Slices that cut a surrogate pair in two leave each half unpaired, as a substring would.
            var start = Math.Min(Math.Min(a, b), text.Length);
            var end = Math.Min(Math.Max(a, b), text.Length);
            var writer = new SourceWriter();
            writer.Write("x = ");
            Escaping.WriteLiteral(writer, text, start, end - start);
            writer.WriteLine(";");

            Assert.Equal("x = " + Escaping.Literal(text[start..end]) + ";\n", writer.ToString());
        }, iter: 3000);

    [Fact]
    public void A_literal_reads_back_as_its_text_in_the_CSharp_lexer()
        => Text.Sample(text =>
        {
            var token = SyntaxFactory.ParseToken(Escaping.Literal(text));
            Assert.Equal(SyntaxKind.StringLiteralToken, token.Kind());
            Assert.False(token.ContainsDiagnostics);
            Assert.Equal(text, token.ValueText);
        }, iter: 3000);

    [Theory]
    [InlineData(0, 1, "\"\\uD83D\"")]
    [InlineData(1, 1, "\"\\uDE00\"")]
    [InlineData(0, 2, "\"\uD83D\uDE00\"")]
    public void A_slice_that_cuts_a_surrogate_pair_escapes_the_half_it_holds(int start, int length, string expected)
    {
        var writer = new SourceWriter();
        Escaping.WriteLiteral(writer, "\uD83D\uDE00", start, length);
        writer.EndLine();

        Assert.Equal(expected + "\n", writer.ToString());
    }

    [Fact]
    public void The_Markdown_and_BibTeX_escapes_change_exactly_the_text_with_a_special_character()
        => Text.Sample(text =>
        {
            Assert.Equal(text.AsSpan().IndexOfAny(MarkdownSpecial) < 0, MarkdownFormat.Escape(text) == text);
            Assert.Equal(text.AsSpan().IndexOfAny(BibTeXSpecial) < 0, BibTeXFormat.Escape(text) == text);
        }, iter: 2000);

    /// <summary>The rule as docs/bibliography.md states it, one word at a time: split at spaces, brace each word's core.</summary>
    private static string ProtectCaseWordByWord(string title)
        => string.Join(" ", title.Split(' ').Select(word =>
        {
            if (!HasInnerCapital(word))
            {
                return word;
            }

            var start = 0;
            var end = word.Length;
            while (start < end && IsOuterPunctuation(word[start]))
            {
                start++;
            }

            while (end > start && IsOuterPunctuation(word[end - 1]))
            {
                end--;
            }

            var core = word[start..end];
            var braced = core.StartsWith('\\') ? "{{" + core + "}}" : "{" + core + "}";
            return word[..start] + braced + word[end..];
        }));

    private static bool IsOuterPunctuation(char c) => c is ',' or '.' or ':' or ';' or '!' or '?' or '(' or ')' or '"' or '\'';

    private static bool HasInnerCapital(string word)
    {
        var seenLetter = false;
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] == '\\')
            {
                i++;
                while (i < word.Length && char.IsLetter(word[i]))
                {
                    i++;
                }

                if (i + 1 < word.Length && word[i] == '{' && word[i + 1] == '}')
                {
                    i++;
                }

                continue;
            }

            if (char.IsUpper(word[i]) && seenLetter)
            {
                return true;
            }

            seenLetter |= char.IsLetter(word[i]);
        }

        return false;
    }
}
