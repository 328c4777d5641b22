using System;
using System.Collections.Generic;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Diagnostics;

namespace CriuCatalog.Generator.Parsing;

/// <summary>
/// Reads the pin at the end of an entry line (docs/catalog-format.md, "Pinning and renames"): <c>{#Identifier}</c>,
/// <c>{#Identifier key}</c>, <c>{#Identifier aka Old, Older}</c>, or in a Markdown list also
/// <c>&lt;!-- id: Identifier … --&gt;</c>. The plain parser and the Markdown reader cut it off the line before they
/// read the rest, so a pin is never part of a title. What it names is checked by the builder, which knows the other
/// pins and the reserved names; here it is only read.
/// </summary>
internal static class PinReader
{
    /// <summary>The word before a pin's former names.</summary>
    public const string Aka = "aka";

    /// <summary>
    /// Cuts a pin off the end of the text between <paramref name="start"/> and <paramref name="end"/> (already
    /// trimmed). On success <paramref name="end"/> is moved to the end of what comes before the pin, trimmed.
    /// </summary>
    /// <param name="text">The whole file.</param>
    /// <param name="start">Where the entry's text starts; a pin is looked for after it.</param>
    /// <param name="end">Where the entry's text ends; moved before the pin when there is one.</param>
    /// <param name="allowComment">Whether <c>&lt;!-- id: … --&gt;</c> is a pin (Markdown lists).</param>
    /// <param name="state">Locates the pin in the file.</param>
    /// <param name="line">The line the entry is on.</param>
    public static EntryPin? TryRead(string text, int start, ref int end, bool allowComment, ParseState state, LineSlice line)
    {
        if (end - start < 3)
        {
            return null;
        }

        int open;
        int contentStart;
        int contentEnd;
        if (text[end - 1] == '}')
        {
            open = text.LastIndexOf("{#", end - 2, end - 1 - start, StringComparison.Ordinal);
            if (open < start || text.IndexOf('}', open, end - 1 - open) >= 0)
            {
                return null;
            }

            contentStart = open + 2;
            contentEnd = end - 1;
        }
        else if (allowComment && end - start >= 7 && string.CompareOrdinal(text, end - 3, "-->", 0, 3) == 0)
        {
            open = text.LastIndexOf("<!--", end - 4, end - 3 - start, StringComparison.Ordinal);
            if (open < start)
            {
                return null;
            }

            var at = Skip(text, open + 4, end - 3);
            if (end - 3 - at < 3 || string.CompareOrdinal(text, at, "id:", 0, 3) != 0)
            {
                return null;
            }

            contentStart = at + 3;
            contentEnd = end - 3;
        }
        else
        {
            return null;
        }

        var pin = Parse(text.Substring(contentStart, contentEnd - contentStart), state.Locate(line, open, end));
        var before = open;
        while (before > start && char.IsWhiteSpace(text[before - 1]))
        {
            before--;
        }

        end = before;
        return pin;
    }

    /// <summary>Reads <c>Identifier [key] [aka A, B]</c>; a part that is missing is empty, for the builder to report.</summary>
    private static EntryPin Parse(string content, LocationInfo location)
    {
        var words = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var identifier = words.Length > 0 && !IsAka(words[0]) ? words[0] : string.Empty;
        var next = identifier.Length == 0 ? 0 : 1;
        string? key = null;
        if (next < words.Length && !IsAka(words[next]))
        {
            key = words[next++];
        }

        var aliases = new List<string>();
        var malformed = next < words.Length && !IsAka(words[next]);
        if (next < words.Length && IsAka(words[next]))
        {
            var list = string.Join(" ", words, next + 1, words.Length - next - 1);
            foreach (var alias in list.Split(','))
            {
                aliases.Add(alias.Trim());
            }
        }

        return new EntryPin(malformed ? string.Empty : identifier, key, aliases.ToEquatableArray(), location);
    }

    private static bool IsAka(string word) => string.Equals(word, Aka, StringComparison.Ordinal);

    private static int Skip(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}

/// <summary>
/// A pin as written: <c>{#ParallelGpuOs aka Parallelgpuos}</c> is (<c>ParallelGpuOs</c>, no key,
/// [<c>Parallelgpuos</c>]).
/// </summary>
/// <param name="Identifier">The identifier pinned, as written; empty when the pin names none.</param>
/// <param name="Key">The key written after it, or null to derive it from the identifier.</param>
/// <param name="Aliases">Former identifiers, as written (an empty one is reported by the builder).</param>
/// <param name="Location">The whole pin, from <c>{#</c> or <c>&lt;!--</c> to its end.</param>
internal sealed record EntryPin(string Identifier, string? Key, EquatableArray<string> Aliases, LocationInfo Location);
