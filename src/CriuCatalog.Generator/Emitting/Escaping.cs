using System.Globalization;
using System.Text;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// The one place catalog text is made safe for generated source. Titles, venues and categories are untrusted:
/// nothing in them may close a literal or a comment, and no invisible or line-breaking character (C# treats
/// U+0085, U+2028 and U+2029 as line ends; bidirectional controls can disguise code, CVE-2021-42574) is ever
/// written raw.
/// </summary>
internal static class Escaping
{
    /// <summary>A C# regular string literal, quotes included, or <c>null</c>.</summary>
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        // Most catalog text is printable ASCII with nothing to escape: one concatenation, no scan of the full rules.
        if (IsPlainAscii(value, "\"\\"))
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 8);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\0': builder.Append("\\0"); break;
                case '\a': builder.Append("\\a"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\v': builder.Append("\\v"); break;
                default:
                    if (MustEscape(value, i))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Text for an XML documentation comment: markup characters become entities, and characters that must not
    /// appear raw become character references (or U+FFFD where XML allows no reference to them).
    /// </summary>
    public static string XmlText(string value)
    {
        if (IsPlainAscii(value, "&<>\""))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                default:
                    if (!MustEscape(value, i))
                    {
                        builder.Append(c);
                    }
                    else if (IsXmlCharacter(c))
                    {
                        builder.Append("&#x").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        builder.Append("&#xFFFD;");
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether <paramref name="value"/> is printable ASCII (space to <c>~</c>) with none of <paramref name="special"/>:
    /// text that every escaping here returns unchanged.
    /// </summary>
    internal static bool IsPlainAscii(string value, string special)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c > '~' || special.IndexOf(c) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Control, format, line and paragraph separator characters, the noncharacters U+FFFE and U+FFFF, and
    /// surrogates that are not part of a pair.
    /// </summary>
    private static bool MustEscape(string value, int index)
    {
        var c = value[index];
        if (c < ' ' || c == '\u007F' || c >= '\uFFFE')
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(value[index - 1]);
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    private static bool IsXmlCharacter(char c)
        => c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uD800') || (c >= '\uE000' && c <= '\uFFFD');
}
