using System.Linq;
using CriuCatalog.Generator.Naming;
using CsCheck;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// <see cref="StableCase.IgnoreCase"/>, which tells every identifier of a catalog apart, decides ASCII inline: it must
/// still compare and hash exactly as <see cref="StableCase.ToUpper(char)"/> folds, character by character, in ASCII,
/// Latin-1 and Latin Extended-A alike.
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
