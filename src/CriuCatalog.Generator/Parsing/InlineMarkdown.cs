using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CriuCatalog.Generator.Parsing;

/// <summary>What a piece of a Markdown line is, once its inline markup is read.</summary>
internal enum InlineKind : byte
{
    /// <summary>Plain text, emphasis markers and HTML tags removed.</summary>
    Text,

    /// <summary><c>[text](url)</c>; <see cref="Inline.Text"/> is the cleaned link text.</summary>
    Link,

    /// <summary><c>![alt](url)</c>, or a badge <c>[![alt](image)](url)</c> with the outer URL.</summary>
    Image,

    /// <summary><c>[text]</c> with no link after it, such as a label or a tag.</summary>
    Brackets,

    /// <summary><c>`code`</c>.</summary>
    Code,

    /// <summary>An emoji, as a character or a <c>:shortcode:</c>.</summary>
    Emoji,

    /// <summary>An HTML line break, <c>&lt;br /&gt;</c>.</summary>
    Break,

    /// <summary>A <c>|</c> outside any link or code.</summary>
    Pipe,

    /// <summary>An emphasis marker, <c>**</c>, <c>*</c>, <c>__</c> or <c>_</c>: no text, but it bounds a bold or italic title.</summary>
    Emphasis,
}

/// <summary>One piece of a Markdown line.</summary>
internal readonly record struct Inline(InlineKind Kind, string Text, string? Url = null);

/// <summary>
/// Reads the inline Markdown of a line into pieces (<see cref="Inline"/>) and cleans text down to what a reader
/// sees. Brackets and parentheses are matched once per line with a stack, so hostile input such as thousands of
/// unclosed <c>[</c> stays linear; nesting deeper than a few levels is read as text.
/// </summary>
internal static class InlineMarkdown
{
    private const int MaxDepth = 4;
    private const int MaxTagLength = 400;

    /// <summary>The pieces of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<Inline> Tokenize(string text, int start, int end) => Tokenize(text, start, end, references: null);

    /// <summary>
    /// The pieces of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>, with the
    /// list's link reference definitions (<c>[ref]: url</c>), by label, for the links written <c>[Title][ref]</c>,
    /// <c>[Title][]</c> or <c>[Title]</c> that name one.
    /// </summary>
    public static List<Inline> Tokenize(string text, int start, int end, IReadOnlyDictionary<string, string>? references)
    {
        var matches = new Matches(text, start, end) { References = references };
        var tokens = new List<Inline>();
        Tokenize(text, start, end, matches, 0, tokens);
        return tokens;
    }

    /// <summary>The text a reader sees: link texts kept, URLs, emphasis, tags, badges and emoji removed, white space collapsed.</summary>
    public static string Clean(string text) => Clean(text, 0, text.Length);

    /// <inheritdoc cref="Clean(string)"/>
    public static string Clean(string text, int start, int end) => Join(Tokenize(text, start, end));

    /// <summary>The visible text of pieces: text, link text, code and bracketed text; white space collapsed.</summary>
    public static string Join(IEnumerable<Inline> tokens)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case InlineKind.Text:
                case InlineKind.Link:
                case InlineKind.Code:
                    builder.Append(token.Text);
                    break;
                case InlineKind.Brackets:
                    builder.Append('[').Append(token.Text).Append(']');
                    break;
                case InlineKind.Break:
                case InlineKind.Pipe:
                    builder.Append(' ');
                    break;
            }
        }

        return Collapse(builder.ToString());
    }

    /// <summary>Trims and collapses every run of white space into one space.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether a character starts an emoji: pictographs outside the BMP, and the BMP's symbol and dingbat blocks.</summary>
    public static bool IsEmojiStart(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var codePoint = char.ConvertToUtf32(c, text[i + 1]);
            return codePoint is >= 0x1F000 and <= 0x1FAFF;
        }

        return c is (>= '\u2600' and <= '\u27BF') or (>= '\u2B00' and <= '\u2BFF') or (>= '\u2300' and <= '\u23FF') or '\u203C' or '\u2049';
    }

    private static void Tokenize(string text, int start, int end, Matches matches, int depth, List<Inline> tokens)
    {
        var pending = new StringBuilder();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' when i + 1 < end && IsAsciiPunctuation(text[i + 1]):
                    pending.Append(text[i + 1]);
                    i += 2;
                    continue;
                case '<' when UrlEnd(text, i + 1, end) is var autolinkEnd and > 0 && autolinkEnd < end && text[autolinkEnd] == '>':
                    // "<https://…>", an autolink.
                    Flush(pending, tokens);
                    tokens.Add(new Inline(InlineKind.Link, text.Substring(i + 1, autolinkEnd - i - 1), text.Substring(i + 1, autolinkEnd - i - 1)));
                    i = autolinkEnd + 1;
                    continue;
                case 'h' when (i == start || !char.IsLetterOrDigit(text[i - 1])) && UrlEnd(text, i, end) is var urlEnd and > 0:
                    // A bare URL is a link, never words of a title.
                    Flush(pending, tokens);
                    tokens.Add(new Inline(InlineKind.Link, text.Substring(i, urlEnd - i), text.Substring(i, urlEnd - i)));
                    i = urlEnd;
                    continue;
                case '<':
                    if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
                    {
                        var close = text.IndexOf("-->", i + 4, end - i - 4 < 0 ? 0 : end - i - 4, StringComparison.Ordinal);
                        i = close < 0 ? end : close + 3;
                        continue;
                    }

                    if (depth < MaxDepth && TryAnchor(text, i, end, matches, depth, out var anchor, out var afterAnchor))
                    {
                        // "<a href="url">Title</a>": a link, as "[Title](url)" is.
                        Flush(pending, tokens);
                        tokens.Add(anchor);
                        i = afterAnchor;
                        continue;
                    }

                    if (TryImageTag(text, i, end, out var imageTag, out var afterImageTag))
                    {
                        // "<img src="https://img.shields.io/badge/OSDI-2022-green">": a badge, as "![](url)" is.
                        Flush(pending, tokens);
                        tokens.Add(imageTag);
                        i = afterImageTag;
                        continue;
                    }

                    if (TagEnd(text, i, end, out var isBreak) is var tagEnd and > 0)
                    {
                        Flush(pending, tokens);
                        if (isBreak)
                        {
                            tokens.Add(new Inline(InlineKind.Break, string.Empty));
                        }
                        else
                        {
                            pending.Append(' ');
                        }

                        i = tagEnd;
                        continue;
                    }

                    break;
                case '!' when i + 1 < end && text[i + 1] == '[' && depth < MaxDepth:
                    if (TryLink(text, i + 1, end, matches, depth, out var alt, out var imageUrl, out var afterImage))
                    {
                        Flush(pending, tokens);
                        tokens.Add(new Inline(InlineKind.Image, Join(alt), imageUrl));
                        i = afterImage;
                        continue;
                    }

                    break;
                case '[' when depth < MaxDepth:
                    if (TryLink(text, i, end, matches, depth, out var inner, out var url, out var afterLink))
                    {
                        Flush(pending, tokens);
                        var image = inner.Find(t => t.Kind == InlineKind.Image);
                        var onlyImage = image.Text is not null && inner.TrueForAll(t => t.Kind == InlineKind.Image || (t.Kind == InlineKind.Text && t.Text.Trim().Length == 0));
                        tokens.Add(onlyImage ? new Inline(InlineKind.Image, image.Text!, url) : new Inline(InlineKind.Link, Join(inner), url));
                        i = afterLink;
                        continue;
                    }

                    if (matches.Close(i) is var bracket and > 0 && bracket < end)
                    {
                        Flush(pending, tokens);
                        var group = new List<Inline>();
                        if (UrlEnd(text, i + 1, bracket) is var wikiUrlEnd and > 0 && wikiUrlEnd < bracket && text[wikiUrlEnd] == ' ')
                        {
                            // "[https://example.org/p Title]": a wiki-style external link.
                            Tokenize(text, wikiUrlEnd + 1, bracket, matches, depth + 1, group);
                            tokens.Add(new Inline(InlineKind.Link, Join(group), text.Substring(i + 1, wikiUrlEnd - i - 1)));
                            i = bracket + 1;
                            continue;
                        }

                        Tokenize(text, i + 1, bracket, matches, depth + 1, group);
                        if (group.Exists(t => t.Kind is InlineKind.Link or InlineKind.Image))
                        {
                            // "[[code](url)]": the brackets only wrap links.
                            tokens.AddRange(group.FindAll(t => t.Kind != InlineKind.Text || t.Text.Trim().Length > 0));
                        }
                        else
                        {
                            tokens.Add(new Inline(InlineKind.Brackets, Join(group)));
                        }

                        i = bracket + 1;
                        continue;
                    }

                    break;
                case '`':
                    var run = 1;
                    while (i + run < end && text[i + run] == '`')
                    {
                        run++;
                    }

                    var closing = ClosingRun(text, i + run, end, run);
                    if (closing >= 0)
                    {
                        Flush(pending, tokens);
                        tokens.Add(new Inline(InlineKind.Code, Collapse(text.Substring(i + run, closing - i - run))));
                        i = closing + run;
                        continue;
                    }

                    pending.Append(text, i, run);
                    i += run;
                    continue;
                case '&' when Entity(text, i, end, out var entityEnd) is { } decoded:
                    // "&mdash;", "&amp;", "&#8217;": the character an HTML entity stands for, as text.
                    pending.Append(decoded);
                    i = entityEnd;
                    continue;
                case '~':
                    i++;
                    continue;
                case '*':
                case '_' when (i == start || !char.IsLetterOrDigit(text[i - 1])) || (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])):
                    var markers = 1;
                    while (i + markers < end && text[i + markers] == c)
                    {
                        markers++;
                    }

                    Flush(pending, tokens);
                    tokens.Add(new Inline(InlineKind.Emphasis, new string(c, Math.Min(markers, 3))));
                    i += markers;
                    continue;
                case '|':
                    Flush(pending, tokens);
                    tokens.Add(new Inline(InlineKind.Pipe, "|"));
                    i++;
                    continue;
                case ':':
                    if (ShortcodeEnd(text, i, end) is var codeEnd and > 0)
                    {
                        Flush(pending, tokens);
                        tokens.Add(new Inline(InlineKind.Emoji, text.Substring(i, codeEnd - i)));
                        i = codeEnd;
                        continue;
                    }

                    break;
            }

            if (IsEmojiStart(text, i))
            {
                Flush(pending, tokens);
                var emojiEnd = EmojiEnd(text, i, end);
                tokens.Add(new Inline(InlineKind.Emoji, text.Substring(i, emojiEnd - i)));
                i = emojiEnd;
                continue;
            }

            pending.Append(c);
            i++;
        }

        Flush(pending, tokens);
    }

    /// <summary>Whether a text is a URL, as the text of a bare or auto link is.</summary>
    public static bool IsUrl(string text) => UrlEnd(text, 0, text.Length) == text.Length;

    /// <summary>
    /// Where a bare <c>http://</c> or <c>https://</c> URL that starts at <paramref name="i"/> ends, or -1: at white
    /// space, <c>&lt;</c> or <c>&gt;</c>, without trailing punctuation or an unbalanced <c>)</c>.
    /// </summary>
    private static int UrlEnd(string text, int i, int end)
    {
        var scheme = string.CompareOrdinal(text, i, "https://", 0, 8) == 0 ? 8 : string.CompareOrdinal(text, i, "http://", 0, 7) == 0 ? 7 : 0;
        if (scheme == 0 || i + scheme >= end)
        {
            return -1;
        }

        var j = i + scheme;
        var open = 0;
        while (j < end && !char.IsWhiteSpace(text[j]) && text[j] is not ('<' or '>' or '"' or '`'))
        {
            if (text[j] == '(')
            {
                open++;
            }
            else if (text[j] == ')' && open-- == 0)
            {
                break;
            }

            j++;
        }

        while (j > i + scheme && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '*' or '_')
        {
            j--;
        }

        return j > i + scheme ? j : -1;
    }

    /// <summary>
    /// Reads <c>&lt;a href="url"&gt;text&lt;/a&gt;</c> starting at the <c>&lt;</c>: a link, or an image (a badge) when its
    /// text is only an <c>&lt;img&gt;</c>, named by the image's <c>alt</c>. The <c>&lt;/a&gt;</c> is found once per line
    /// position (<see cref="Matches.AnchorClose"/>), so a line of many unclosed anchors stays linear.
    /// </summary>
    private static bool TryAnchor(string text, int open, int end, Matches matches, int depth, out Inline anchor, out int after)
    {
        anchor = default;
        after = open;
        if (open + 3 >= end || (text[open + 1] | 0x20) != 'a' || !char.IsWhiteSpace(text[open + 2]))
        {
            return false;
        }

        var tagEnd = TagEnd(text, open, end, out _);
        var href = tagEnd > 0 ? Attribute(text, open, tagEnd, "href") : null;
        var close = href is { Length: > 0 } ? matches.AnchorClose(text, tagEnd) : -1;
        if (close < 0 || close + 4 > end)
        {
            return false;
        }

        var inner = new List<Inline>();
        Tokenize(text, tagEnd, close, matches, depth + 1, inner);
        var label = Join(inner);
        anchor = label.Length > 0
            ? new Inline(InlineKind.Link, label, href!)
            : new Inline(InlineKind.Image, Attribute(text, tagEnd, close, "alt") ?? "image", href!);
        after = close + 4;
        return true;
    }

    /// <summary>
    /// Reads a shields.io badge written in HTML, <c>&lt;img src="https://img.shields.io/badge/…" alt="text"&gt;</c>,
    /// starting at the <c>&lt;</c>: an image named by its <c>alt</c> (empty without one), as <c>![text](url)</c> is. False
    /// for any other tag or image.
    /// </summary>
    private static bool TryImageTag(string text, int open, int end, out Inline image, out int after)
    {
        image = default;
        after = open;
        if (open + 5 >= end || string.Compare(text, open + 1, "img", 0, 3, StringComparison.OrdinalIgnoreCase) != 0 || !char.IsWhiteSpace(text[open + 4]))
        {
            return false;
        }

        // Only a badge: other images in a line are decoration (an icon, a "new" mark), as an HTML tag is.
        var tagEnd = TagEnd(text, open, end, out _);
        var src = tagEnd > 0 ? Attribute(text, open, tagEnd, "src") : null;
        if (src is null || !src.StartsWith("https://img.shields.io/badge/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        image = new Inline(InlineKind.Image, Attribute(text, open, tagEnd, "alt") ?? string.Empty, src);
        after = tagEnd;
        return true;
    }

    /// <summary>The value of the first attribute <paramref name="name"/> between the bounds, quoted or not; null when there is none.</summary>
    private static string? Attribute(string text, int start, int end, string name)
    {
        var at = text.IndexOf(name, start, end - start, StringComparison.OrdinalIgnoreCase);
        if (at <= start || !char.IsWhiteSpace(text[at - 1]))
        {
            return null;
        }

        var i = at + name.Length;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        if (i >= end || text[i] != '=')
        {
            return null;
        }

        i++;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        var quote = i < end && text[i] is '"' or '\'' ? text[i] : '\0';
        var valueStart = quote == '\0' ? i : i + 1;
        var valueEnd = valueStart;
        while (valueEnd < end && (quote == '\0' ? !(char.IsWhiteSpace(text[valueEnd]) || text[valueEnd] is '>' or '/') : text[valueEnd] != quote))
        {
            valueEnd++;
        }

        return text.Substring(valueStart, valueEnd - valueStart).Trim();
    }

    /// <summary>Reads <c>[text](url)</c> starting at the <c>[</c>.</summary>
    private static bool TryLink(string text, int open, int end, Matches matches, int depth, out List<Inline> inner, out string url, out int after)
    {
        inner = [];
        url = string.Empty;
        after = open;
        var close = matches.Close(open);
        if (close > 0 && close < end && matches.References is { } references && ReferenceUrl(text, open, close, end, matches, references) is var (found, afterReference))
        {
            // "[Title][ref]", "[Title][]", or "[Title]" alone, with "[ref]: url" defined elsewhere in the list.
            Tokenize(text, open + 1, close, matches, depth + 1, inner);
            url = found;
            after = afterReference;
            return true;
        }

        if (close <= 0 || close + 1 >= end)
        {
            return false;
        }

        // "[Title] (https://…)": a space between the brackets and the parentheses is a slip lists make, and the link
        // it was meant to be when the parentheses hold a URL and nothing else, and the brackets a word ("[1] (url)" is
        // a reference's number).
        var parenOpen = text[close + 1] == '(' ? close + 1
            : close + 2 < end && text[close + 1] == ' ' && text[close + 2] == '(' && matches.Close(close + 2) is var spaced and > 0 && spaced < end
                && UrlEnd(text, close + 3, spaced) == spaced && HasLetter(text, open + 1, close) ? close + 2
            : -1;
        var paren = parenOpen < 0 ? -1 : matches.Close(parenOpen);
        if (paren <= 0 || paren >= end)
        {
            return false;
        }

        Tokenize(text, open + 1, close, matches, depth + 1, inner);
        url = ReadUrl(text, parenOpen + 1, paren);
        after = paren + 1;
        return true;
    }

    private static bool HasLetter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The URL a reference link starting at <paramref name="open"/> names, and where the link ends: its second bracket's
    /// label, or its own text when that is empty or absent. (null, 0) when no definition has the label.
    /// </summary>
    private static (string Url, int After)? ReferenceUrl(string text, int open, int close, int end, Matches matches, IReadOnlyDictionary<string, string> references)
    {
        var labelStart = open + 1;
        var labelEnd = close;
        var after = close + 1;
        if (close + 1 < end && text[close + 1] == '[' && matches.Close(close + 1) is var second and > 0 && second < end)
        {
            after = second + 1;
            if (second > close + 2)
            {
                labelStart = close + 2;
                labelEnd = second;
            }
        }
        else if (close + 1 < end && text[close + 1] == '(')
        {
            return null;
        }

        return references.TryGetValue(ReferenceLabel(text.Substring(labelStart, labelEnd - labelStart)), out var url) ? (url, after) : null;
    }

    /// <summary>A reference label as Markdown matches it: case ignored, inner white space collapsed.</summary>
    public static string ReferenceLabel(string label)
        => string.Join(" ", label.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    /// <summary>The destination of a link: white space trimmed, <c>&lt;…&gt;</c> removed, a <c>"title"</c> after it dropped.</summary>
    private static string ReadUrl(string text, int start, int end)
    {
        SourceLines.Trim(text, ref start, ref end);
        if (end - start >= 2 && text[start] == '<' && text[end - 1] == '>')
        {
            start++;
            end--;
        }

        var space = start;
        while (space < end && !char.IsWhiteSpace(text[space]))
        {
            space++;
        }

        return text.Substring(start, space - start);
    }

    /// <summary>The named entities lists write, and what they stand for; a non-breaking space is a space.</summary>
    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'", ["nbsp"] = " ", ["ensp"] = " ", ["emsp"] = " ",
        ["ndash"] = "\u2013", ["mdash"] = "\u2014", ["hellip"] = "\u2026", ["lsquo"] = "\u2018", ["rsquo"] = "\u2019",
        ["ldquo"] = "\u201C", ["rdquo"] = "\u201D", ["middot"] = "\u00B7", ["bull"] = "\u2022", ["times"] = "\u00D7",
        ["copy"] = "\u00A9", ["reg"] = "\u00AE", ["trade"] = "\u2122", ["rarr"] = "\u2192", ["larr"] = "\u2190",
    };

    /// <summary>
    /// The text of the HTML entity at <paramref name="i"/>: a named one of <see cref="Entities"/>, or a numeric one
    /// (<c>&amp;#8217;</c>, <c>&amp;#x2019;</c>) of a character that is no control; null for anything else, which stays
    /// as written (<c>AT&amp;T</c>).
    /// </summary>
    private static string? Entity(string text, int i, int end, out int after)
    {
        after = i;
        var semicolon = text.IndexOf(';', i + 1, Math.Min(12, end - i - 1));
        if (semicolon < 0)
        {
            return null;
        }

        after = semicolon + 1;
        var name = text.Substring(i + 1, semicolon - i - 1);
        if (Entities.TryGetValue(name, out var named))
        {
            return named;
        }

        var hex = name.StartsWith("#x", StringComparison.OrdinalIgnoreCase);
        if (name.Length < 2 || name[0] != '#'
            || !int.TryParse(name.Substring(hex ? 2 : 1), hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            || code is < 0x20 or > 0x10FFFF or (>= 0x7F and < 0xA0) or (>= 0xD800 and <= 0xDFFF))
        {
            return null;
        }

        return char.ConvertFromUtf32(code);
    }

    private static void Flush(StringBuilder pending, List<Inline> tokens)
    {
        if (pending.Length > 0)
        {
            tokens.Add(new Inline(InlineKind.Text, pending.ToString()));
            pending.Clear();
        }
    }

    /// <summary>Where an HTML tag that starts at <paramref name="i"/> ends, or -1; <paramref name="isBreak"/> for <c>&lt;br&gt;</c>.</summary>
    private static int TagEnd(string text, int i, int end, out bool isBreak)
    {
        isBreak = false;
        var nameStart = i + 1 < end && text[i + 1] == '/' ? i + 2 : i + 1;
        if (nameStart >= end || !(text[nameStart] is >= 'a' and <= 'z' or >= 'A' and <= 'Z'))
        {
            return -1;
        }

        var nameEnd = nameStart;
        while (nameEnd < end && (char.IsLetterOrDigit(text[nameEnd]) || text[nameEnd] == '-'))
        {
            nameEnd++;
        }

        if (nameEnd < end && !(char.IsWhiteSpace(text[nameEnd]) || text[nameEnd] is '>' or '/'))
        {
            return -1;
        }

        var limit = Math.Min(end, i + MaxTagLength);
        for (var j = nameEnd; j < limit; j++)
        {
            if (text[j] == '<')
            {
                return -1;
            }

            if (text[j] == '>')
            {
                isBreak = nameEnd - nameStart == 2 && string.Compare(text, nameStart, "br", 0, 2, StringComparison.OrdinalIgnoreCase) == 0;
                return j + 1;
            }
        }

        return -1;
    }

    /// <summary>Where a <c>:shortcode:</c> starting at <paramref name="i"/> ends, or -1.</summary>
    private static int ShortcodeEnd(string text, int i, int end)
    {
        if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            return -1;
        }

        var letters = 0;
        var limit = Math.Min(end, i + 42);
        for (var j = i + 1; j < limit; j++)
        {
            var c = text[j];
            if (c == ':')
            {
                return letters > 0 && j > i + 1 && (j + 1 >= end || !char.IsLetterOrDigit(text[j + 1])) ? j + 1 : -1;
            }

            if (c is >= 'a' and <= 'z')
            {
                letters++;
            }
            else if (c is not ((>= '0' and <= '9') or '_' or '+' or '-'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The end of an emoji sequence: the pictograph, variation selectors, joiners and skin tones after it.</summary>
    private static int EmojiEnd(string text, int i, int end)
    {
        i += char.IsHighSurrogate(text[i]) ? 2 : 1;
        while (i < end)
        {
            if (text[i] is '\uFE0F' or '\uFE0E' or '\u20E3')
            {
                i++;
            }
            else if (text[i] == '\u200D' && i + 1 < end && IsEmojiStart(text, i + 1))
            {
                i += char.IsHighSurrogate(text[i + 1]) ? 3 : 2;
            }
            else if (IsEmojiStart(text, i) && char.IsHighSurrogate(text[i]) && char.ConvertToUtf32(text[i], text[i + 1]) is >= 0x1F3FB and <= 0x1F3FF)
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return Math.Min(i, end);
    }

    private static int ClosingRun(string text, int from, int end, int run)
    {
        var i = from;
        while (i < end)
        {
            var next = text.IndexOf('`', i, end - i);
            if (next < 0)
            {
                return -1;
            }

            var length = 1;
            while (next + length < end && text[next + length] == '`')
            {
                length++;
            }

            if (length == run)
            {
                return next;
            }

            i = next + length;
        }

        return -1;
    }

    private static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    /// <summary>The matching <c>]</c> of every <c>[</c> and <c>)</c> of every <c>(</c> of one line, found once with a stack.</summary>
    private sealed class Matches
    {
        private readonly int _start;
        private readonly int _end;
        private readonly int[] _close;

        /// <summary>The list's link reference definitions, by <see cref="ReferenceLabel"/>; null when it has none.</summary>
        public IReadOnlyDictionary<string, string>? References { get; init; }

        public Matches(string text, int start, int end)
        {
            _start = start;
            _end = end;
            _close = new int[end - start];
            var brackets = new Stack<int>();
            var parens = new Stack<int>();
            for (var i = start; i < end; i++)
            {
                switch (text[i])
                {
                    case '\\':
                        i++;
                        break;
                    case '[':
                        brackets.Push(i);
                        break;
                    case ']' when brackets.Count > 0:
                        _close[brackets.Pop() - start] = i;
                        break;
                    case '(':
                        parens.Push(i);
                        break;
                    case ')' when parens.Count > 0:
                        _close[parens.Pop() - start] = i;
                        break;
                }
            }
        }

        // The last "</a>" found, and where that search started: every later search starts after it, so all of them
        // together read the line once.
        private int _anchorClose = -1;
        private int _anchorSearchedFrom = -1;

        /// <summary>Where the first <c>&lt;/a&gt;</c> of the line at or after <paramref name="from"/> starts, or -1.</summary>
        public int AnchorClose(string text, int from)
        {
            if (_anchorSearchedFrom >= 0 && _anchorSearchedFrom <= from && (_anchorClose >= from || _anchorClose < 0))
            {
                return _anchorClose;
            }

            _anchorSearchedFrom = from;
            _anchorClose = from >= _end ? -1 : text.IndexOf("</a>", from, _end - from, StringComparison.OrdinalIgnoreCase);
            return _anchorClose;
        }

        /// <summary>The matching close of the bracket or parenthesis at <paramref name="open"/>, or 0.</summary>
        public int Close(int open) => open - _start >= 0 && open - _start < _close.Length ? _close[open - _start] : 0;
    }
}
