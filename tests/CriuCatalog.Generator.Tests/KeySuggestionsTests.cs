using CriuCatalog.Generator.Analyzers;

namespace CriuCatalog.Generator.Tests;

/// <summary>The edit distance and the threshold behind CRIU101's "did you mean".</summary>
public class KeySuggestionsTests
{
    [Theory]
    [InlineData("cricket", "cricket", 0)]
    [InlineData("crickett", "cricket", 1)] // one extra letter
    [InlineData("crikcet", "cricket", 1)] // neighbours swapped
    [InlineData("CRICKET", "cricket", 0)] // case does not count
    [InlineData("dapper", "fitm", 4)] // above the limit: limit + 1
    [InlineData("", "abc", 3)]
    [InlineData("ca", "abc", 3)] // optimal string alignment: a swapped pair is not edited again
    public void Distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int expected)
        => Assert.Equal(expected, KeySuggestions.Distance(a, b, limit: 3));

    [Theory]
    [InlineData("", 1)]
    [InlineData("fitm", 1)]
    [InlineData("cricket", 1)]
    [InlineData("crickett", 2)]
    [InlineData("hetmigrate1", 2)]
    [InlineData("async-forks!", 3)]
    [InlineData("on-demand-parallel-checkpoint-restore", 3)]
    public void The_threshold_grows_with_the_length_up_to_three(string text, int expected)
        => Assert.Equal(expected, KeySuggestions.Threshold(text));

    [Fact]
    public void Suggestions_are_closest_first_then_ordinal_and_at_most_three()
        => Assert.Equal(
            ["abcd", "abcde", "abce"],
            KeySuggestions.For("abcd", ["zzzz", "abcf", "abce", "abcg", "abcd", "abcde"]));
}
