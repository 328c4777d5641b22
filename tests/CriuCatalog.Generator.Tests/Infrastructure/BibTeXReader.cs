using System;
using System.Collections.Generic;

namespace CriuCatalog.Generator.Tests.Infrastructure;

/// <summary>A BibTeX entry as read back: its type, key and fields.</summary>
internal sealed record BibTeXEntry(string Type, string Key, IReadOnlyDictionary<string, string> Fields);

/// <summary>
/// Reads BibTeX the way BibTeX itself does, strictly enough to reject what it would choke on: <c>@type{key,</c>,
/// then <c>name = {value}</c> fields separated by commas, then <c>}</c>. Field values must have balanced braces;
/// like BibTeX, a backslash does not hide a brace from the count. Text between entries must be white space.
/// </summary>
internal static class BibTeXReader
{
    public static IReadOnlyList<BibTeXEntry> Read(string text)
    {
        var entries = new List<BibTeXEntry>();
        var i = 0;
        while (true)
        {
            SkipWhiteSpace(text, ref i);
            if (i == text.Length)
            {
                return entries;
            }

            Expect(text, ref i, '@');
            var type = ReadName(text, ref i);
            Expect(text, ref i, '{');
            var keyStart = i;
            while (i < text.Length && text[i] != ',' && text[i] != '}' && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var key = text[keyStart..i];
            if (key.Length == 0)
            {
                throw new FormatException($"Entry without a key at {keyStart}.");
            }

            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            while (true)
            {
                SkipWhiteSpace(text, ref i);
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    SkipWhiteSpace(text, ref i);
                }

                if (i < text.Length && text[i] == '}')
                {
                    i++;
                    break;
                }

                var name = ReadName(text, ref i);
                SkipWhiteSpace(text, ref i);
                Expect(text, ref i, '=');
                SkipWhiteSpace(text, ref i);
                var value = ReadBracedValue(text, ref i);
                if (!fields.TryAdd(name, value))
                {
                    throw new FormatException($"Field '{name}' twice in entry '{key}'.");
                }
            }

            entries.Add(new BibTeXEntry(type.ToLowerInvariant(), key, fields));
        }
    }

    private static string ReadBracedValue(string text, ref int i)
    {
        Expect(text, ref i, '{');
        var start = i;
        var depth = 1;
        for (; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0:
                    return text[start..i++];
                case '@' when depth == 1 && i > 0 && text[i - 1] == '\n':
                    throw new FormatException($"A new entry starts inside a field value at {i}.");
            }
        }

        throw new FormatException($"Unbalanced braces in the value starting at {start}.");
    }

    private static string ReadName(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-'))
        {
            i++;
        }

        return i > start ? text[start..i] : throw new FormatException($"Expected a name at {start}.");
    }

    private static void Expect(string text, ref int i, char expected)
    {
        if (i >= text.Length || text[i] != expected)
        {
            throw new FormatException($"Expected '{expected}' at {i}.");
        }

        i++;
    }

    private static void SkipWhiteSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }
}
