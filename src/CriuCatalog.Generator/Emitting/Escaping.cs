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

        var sink = new BuilderSink(new StringBuilder(value.Length + 8));
        WriteLiteral(ref sink, value, 0, value.Length);
        return sink.Builder.ToString();
    }

    /// <summary>
    /// Writes the literal of <paramref name="length"/> characters of <paramref name="value"/> from
    /// <paramref name="start"/> straight into <paramref name="writer"/>, as <see cref="Literal"/> would write that
    /// slice as a string of its own: a data chunk of tens of kilobytes is not copied into a string, a builder and an
    /// interpolated line on its way.
    /// </summary>
    public static void WriteLiteral(SourceWriter writer, string value, int start, int length)
    {
        var sink = new WriterSink(writer);
        WriteLiteral(ref sink, value, start, length);
    }

    private static void WriteLiteral<TSink>(ref TSink sink, string value, int start, int length)
        where TSink : struct, ISink
    {
        var end = start + length;
        sink.Append('"');

        // Characters that need no escape go on in runs, not one at a time.
        var run = start;
        for (var i = start; i < end; i++)
        {
            var c = value[i];
            if (c is >= ' ' and <= '~' and not '"' and not '\\' || (c > '~' && !MustEscape(value, i, start, end)))
            {
                continue;
            }

            sink.Append(value, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"': sink.Append("\\\""); break;
                case '\\': sink.Append("\\\\"); break;
                case '\0': sink.Append("\\0"); break;
                case '\a': sink.Append("\\a"); break;
                case '\b': sink.Append("\\b"); break;
                case '\f': sink.Append("\\f"); break;
                case '\n': sink.Append("\\n"); break;
                case '\r': sink.Append("\\r"); break;
                case '\t': sink.Append("\\t"); break;
                case '\v': sink.Append("\\v"); break;
                default:
                    sink.Append("\\u");
                    sink.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        sink.Append(value, run, end - run);
        sink.Append('"');
    }

    /// <summary>Where escaped text goes: a builder, for a string, or a writer, for a line of generated source.</summary>
    private interface ISink
    {
        void Append(char c);

        void Append(string text);

        void Append(string text, int start, int length);
    }

    private readonly struct BuilderSink(StringBuilder builder) : ISink
    {
        public StringBuilder Builder { get; } = builder;

        public void Append(char c) => Builder.Append(c);

        public void Append(string text) => Builder.Append(text);

        public void Append(string text, int start, int length) => Builder.Append(text, start, length);
    }

    private readonly struct WriterSink(SourceWriter writer) : ISink
    {
        public void Append(char c) => writer.Write(c);

        public void Append(string text) => writer.Write(text);

        public void Append(string text, int start, int length) => writer.Write(text, start, length);
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
    private static bool MustEscape(string value, int index) => MustEscape(value, index, 0, value.Length);

    /// <summary><see cref="MustEscape(string, int)"/> for the slice from <paramref name="start"/> to <paramref name="end"/>, as if it were the whole text.</summary>
    private static bool MustEscape(string value, int index, int start, int end)
    {
        var c = value[index];
        if (c < ' ' || c == '\u007F' || c >= '\uFFFE')
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= end || !char.IsLowSurrogate(value[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == start || !char.IsHighSurrogate(value[index - 1]);
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    private static bool IsXmlCharacter(char c)
        => c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uD800') || (c >= '\uE000' && c <= '\uFFFD');
}
