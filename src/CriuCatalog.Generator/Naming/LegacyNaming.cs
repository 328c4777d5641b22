using System.Collections.Generic;
using System.Text;

namespace CriuCatalog.Generator.Naming;

/// <summary>
/// Naming rule 1: the identifiers the generator gave before the rename to rule 2 (docs/catalog-format.md, "The rename
/// to rule 2"), kept only so that a paper, category or venue that rule 2 renamed keeps its rule-1 name as an obsolete
/// alias. Nothing else is named by it. Papers and categories had their acronyms written like words (<c>GPU</c> →
/// <c>Gpu</c>); venues kept their capitals, with an underscore wherever a capital or digit met another. The words were
/// those that <see cref="IdentifierNaming.KeyWords"/> still chooses for keys, which is why no key moved.
/// </summary>
internal static class LegacyNaming
{
    /// <summary>A paper's rule-1 identifier: <c>PARALLELGPUOS: …</c> → <c>Parallelgpuos</c>, <c>Checkpoint/Restart for CUDA Kernels</c> → <c>CheckpointRestartCudaKernels</c>.</summary>
    public static string ForPaper(string title) => ForPaper(title, IdentifierNaming.KeyWords.ChooseWords(title));

    /// <summary><see cref="ForPaper(string)"/>, with the words <see cref="IdentifierNaming.KeyWords"/> chose for the title already chosen.</summary>
    public static string ForPaper(string title, List<Word> keyWords)
    {
        var identifier = new StringBuilder();
        foreach (var word in keyWords)
        {
            foreach (var part in word.Parts)
            {
                AppendPascal(identifier, part);
            }
        }

        return identifier.Length == 0
            ? "Paper_" + IdentifierNaming.StableHash(IdentifierNaming.Normalize(title))
            : IdentifierNaming.Finish(identifier.ToString(), "Paper", title);
    }

    /// <summary>A category's rule-1 identifier: <c>GPU CRIU</c> → <c>GpuCriu</c>.</summary>
    public static string ForCategory(string name) => IdentifierNaming.Finish(PascalParts(name), "Category", name);

    /// <summary>A venue's rule-1 identifier: <c>USENIX Security</c> → <c>USENIX_Security</c>, <c>SC-W</c> → <c>SC_W</c>.</summary>
    public static string ForVenue(string name)
    {
        var identifier = new StringBuilder();
        foreach (var word in Words.Split(name))
        {
            foreach (var part in word.Parts)
            {
                var capitalized = StableCase.ToUpper(part[0]) + part.Substring(1);
                if (identifier.Length > 0 && IsUpperOrDigit(identifier[identifier.Length - 1]) && IsUpperOrDigit(capitalized[0]))
                {
                    identifier.Append('_');
                }

                identifier.Append(capitalized);
            }
        }

        return IdentifierNaming.Finish(identifier.ToString(), "Venue", name);
    }

    /// <summary>A collision suffix's rule-1 identifier part, appended as it is: <c>OSDI</c>, 2025 → <c>Osdi25</c>.</summary>
    public static string CollisionSuffix(string venue, int year)
    {
        var name = PascalParts(venue);
        return name + IdentifierNaming.YearDigits(name.Length == 0, year);
    }

    private static string PascalParts(string text)
    {
        var identifier = new StringBuilder();
        foreach (var word in Words.Split(text))
        {
            foreach (var part in word.Parts)
            {
                AppendPascal(identifier, part);
            }
        }

        return identifier.ToString();
    }

    /// <summary>
    /// Capitalizes the first letter. An all-capitals part of two letters or more is an acronym and is written like
    /// a word (<c>GPU</c> → <c>Gpu</c>); mixed-case parts keep their capitals (<c>MigrOS</c>).
    /// </summary>
    private static void AppendPascal(StringBuilder identifier, string part)
    {
        var capitals = 0;
        var hasLower = false;
        foreach (var c in part)
        {
            capitals += StableCase.IsUpper(c) ? 1 : 0;
            hasLower |= StableCase.IsLower(c);
        }

        identifier.Append(StableCase.ToUpper(part[0]));
        if (capitals >= 2 && !hasLower)
        {
            for (var i = 1; i < part.Length; i++)
            {
                identifier.Append(StableCase.ToLower(part[i]));
            }
        }
        else
        {
            identifier.Append(part, 1, part.Length - 1);
        }
    }

    private static bool IsUpperOrDigit(char c) => StableCase.IsUpper(c) || c is >= '0' and <= '9';
}
