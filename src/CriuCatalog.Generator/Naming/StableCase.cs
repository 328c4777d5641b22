using System;
using System.Collections.Generic;
using System.Text;

namespace CriuCatalog.Generator.Naming;

/// <summary>
/// Case mapping from a fixed table: ASCII, Latin-1 and Latin Extended-A letter pairs. The runtime's own mapping
/// follows its Unicode version and globalization mode (ICU or invariant), so the .NET Framework compiler inside
/// Visual Studio and the .NET compiler of <c>dotnet build</c> could merge and name papers differently. Letters
/// outside the table, and the few inside it without a one-to-one partner (ß, ı, İ, ĸ, ŉ, ſ), keep their case.
/// </summary>
internal static class StableCase
{
    /// <summary>Compares text ordinally after <see cref="ToUpper(char)"/>; the same on every machine.</summary>
    public static readonly IEqualityComparer<string> IgnoreCase = new IgnoreCaseComparer();

    /// <summary>The upper case of a letter of the table; any other character as it is.</summary>
    /// <remarks>
    /// ASCII, which almost every identifier is, is decided inline: the case-blind comparer hashes and compares every
    /// identifier a catalog names with it, character by character.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char ToUpper(char c) => c < '\u0080' ? (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 32) : c : ToUpperBeyondAscii(c);

    private static char ToUpperBeyondAscii(char c)
    {
        if (c is >= '\u00E0' and <= '\u00FE' && c != '\u00F7')
        {
            return (char)(c - 32);
        }

        if (c == '\u00FF')
        {
            return '\u0178';
        }

        return IsExtendedALower(c) ? (char)(c - 1) : c;
    }

    public static char ToLower(char c)
    {
        if (c is >= 'A' and <= 'Z')
        {
            return (char)(c + 32);
        }

        if (c is >= '\u00C0' and <= '\u00DE' && c != '\u00D7')
        {
            return (char)(c + 32);
        }

        if (c == '\u0178')
        {
            return '\u00FF';
        }

        return IsExtendedAUpper(c) ? (char)(c + 1) : c;
    }

    public static bool IsUpper(char c) => ToLower(c) != c;

    public static bool IsLower(char c) => ToUpper(c) != c;

    /// <summary>
    /// Upper-cases (with <see cref="StableCase"/>), trims and collapses white space: two spellings that normalize
    /// alike name the same thing.
    /// </summary>
    public static string Normalize(string text)
    {
        // Every entry's title and venue are normalized: one builder per thread, not one per call.
        var builder = t_normalizing ??= new StringBuilder(256);
        builder.Clear();
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(ToUpper(c));
        }

        var normalized = builder.ToString();
        if (builder.Capacity > MaxKeptCapacity)
        {
            t_normalizing = null;
        }

        return normalized;
    }

    /// <summary>A builder grown past this by a long text is not kept for the next call.</summary>
    private const int MaxKeptCapacity = 4096;

    [ThreadStatic]
    private static StringBuilder? t_normalizing;

    public static string ToLower(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = ToLower(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>
    /// Latin Extended-A pairs an upper-case letter with the lower-case one after it, in three runs whose
    /// upper-case letters sit on even, odd and even code points.
    /// </summary>
    private static bool IsExtendedAUpper(char c)
        => (c is >= '\u0100' and <= '\u012F' && c % 2 == 0)
           || (c is >= '\u0132' and <= '\u0137' && c % 2 == 0)
           || (c is >= '\u0139' and <= '\u0148' && c % 2 == 1)
           || (c is >= '\u014A' and <= '\u0177' && c % 2 == 0)
           || (c is >= '\u0179' and <= '\u017E' && c % 2 == 1);

    private static bool IsExtendedALower(char c) => IsExtendedAUpper((char)(c - 1)) && c - 1 >= '\u0100';

    private sealed class IgnoreCaseComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y)
        {
            if (x is null || y is null)
            {
                return x is null && y is null;
            }

            if (x.Length != y.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                var a = x[i];
                var b = y[i];
                if (a != b && ToUpper(a) != ToUpper(b))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(string text)
        {
            unchecked
            {
                var hash = 17;
                foreach (var c in text)
                {
                    hash = (hash * 31) + ToUpper(c);
                }

                return hash;
            }
        }
    }
}
