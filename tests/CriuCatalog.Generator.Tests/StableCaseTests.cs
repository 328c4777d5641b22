using System.Linq;
using CriuCatalog.Generator.Naming;
using CsCheck;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// <see cref="StableCase.ToUpper(char)"/> decides ASCII inline and the rest of its table apart; every character must
/// still map as the table says. <see cref="StableCase.IgnoreCase"/>, which tells every identifier of a catalog apart,
/// must compare and hash as that mapping folds, character by character.
/// </summary>
public class StableCaseTests
{
    private static readonly Gen<char> Letter = Gen.Frequency(
        (4, Gen.Char['A', 'z']),
        (2, Gen.Char['\u00C0', '\u00FF']),
        (2, Gen.Char['\u0100', '\u017F']),
        (1, Gen.Char['\u0000', '\u00BF']),
        (1, Gen.Char));

    private static readonly Gen<string> Word = Gen.String[Letter, 0, 6];

    [Fact]
    public void Every_character_maps_to_upper_case_as_the_table_says()
    {
        for (var c = char.MinValue; ; c++)
        {
            Assert.True(TableUpper(c) == StableCase.ToUpper(c), $"U+{(int)c:X4}");
            if (c == char.MaxValue)
            {
                break;
            }
        }
    }

    [Fact]
    public void The_comparer_hashes_and_compares_as_ToUpper_folds()
        => Gen.Select(Word, Word, Gen.Bool).Sample((x, y, fold) =>
        {
            // Half the time the second is the first with its case changed, so that equal pairs are common.
            var other = fold ? new string(x.Select(c => StableCase.IsUpper(c) ? StableCase.ToLower(c) : StableCase.ToUpper(c)).ToArray()) : y;
            var folded = x.Select(StableCase.ToUpper).SequenceEqual(other.Select(StableCase.ToUpper));

            Assert.Equal(folded, StableCase.IgnoreCase.Equals(x, other));
            Assert.Equal(Hash(x), StableCase.IgnoreCase.GetHashCode(x));
            Assert.True(!folded || StableCase.IgnoreCase.GetHashCode(x) == StableCase.IgnoreCase.GetHashCode(other));
        }, iter: 5000);

    /// <summary>
    /// The table as the class documents it, written out plainly: ASCII a–z; Latin-1 à–þ but ÷, and ÿ to Ÿ; in Latin
    /// Extended-A each lower letter of a pair to the upper one before it.
    /// </summary>
    private static char TableUpper(char c)
    {
        if (c is >= 'a' and <= 'z' or >= '\u00E0' and <= '\u00FE' && c != '\u00F7')
        {
            return (char)(c - 32);
        }

        if (c == '\u00FF')
        {
            return '\u0178';
        }

        var upper = (char)(c - 1);
        var isPair = (upper is >= '\u0100' and <= '\u012F' && upper % 2 == 0)
            || (upper is >= '\u0132' and <= '\u0137' && upper % 2 == 0)
            || (upper is >= '\u0139' and <= '\u0148' && upper % 2 == 1)
            || (upper is >= '\u014A' and <= '\u0177' && upper % 2 == 0)
            || (upper is >= '\u0179' and <= '\u017E' && upper % 2 == 1);
        return isPair ? upper : c;
    }

    private static int Hash(string text)
    {
        unchecked
        {
            var hash = 17;
            foreach (var c in text)
            {
                hash = (hash * 31) + StableCase.ToUpper(c);
            }

            return hash;
        }
    }
}
