using System.Globalization;
using System.Linq;

namespace CriuCatalog.Demo;

/// <summary>The few text formats the commands share.</summary>
internal static class Format
{
    /// <summary>Every publication's label, the primary first: <c>[VLDB '23] [arXiv:2301.05861 '23]</c>.</summary>
    public static string Labels(Paper paper) => string.Join(" ", paper.Publications.Select(publication => publication.Label));

    /// <summary><c>GPU CRIU (8 papers)</c>.</summary>
    public static string Count(string name, int papers) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} ({papers} {(papers == 1 ? "paper" : "papers")})");

    /// <summary>The page of an arXiv id.</summary>
    public static string ArXivLink(string arXivId) => "https://arxiv.org/abs/" + arXivId;

    /// <summary>Whether a publication went through peer review, in words.</summary>
    public static string Kind(Publication publication) => publication.IsPreprint ? "preprint" : "peer-reviewed";
}
