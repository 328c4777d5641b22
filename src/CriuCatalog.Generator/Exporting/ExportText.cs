using System.Globalization;
using System.Text;

namespace CriuCatalog.Generator.Exporting;

/// <summary>
/// Prepares catalog text for a document format: line breaks, tabs and other control characters become spaces,
/// invisible format characters (bidirectional controls, zero-width characters) are dropped, a surrogate that is
/// not half of a pair becomes U+FFFD, and runs of white space shrink to one space.
/// </summary>
internal static class ExportText
{
    public static string Normalize(string value)
    {
        if (IsNormal(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                Append(builder, ref pendingSpace, c);
                builder.Append(value[++i]);
                continue;
            }

            if (char.IsSurrogate(c) || c >= '\uFFFE')
            {
                Append(builder, ref pendingSpace, '\uFFFD');
                continue;
            }

            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Format:
                    break;
                case UnicodeCategory.Control:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.SpaceSeparator:
                    pendingSpace = builder.Length > 0;
                    break;
                default:
                    Append(builder, ref pendingSpace, c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether <see cref="Normalize"/> would return the text as it is: printable ASCII, with single spaces between
    /// words and none at either end, as almost every title and venue is.
    /// </summary>
    private static bool IsNormal(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is < ' ' or > '~' || (c == ' ' && (i == 0 || i == value.Length - 1 || value[i - 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The paper's title for an export. A title with nothing visible in it (only format characters, say) falls
    /// back to the paper's key, so that no export has an empty title.
    /// </summary>
    public static string Title(Model.PaperModel paper)
        => Normalize(paper.Title) is { Length: > 0 } title ? title : paper.Key;

    private static void Append(StringBuilder builder, ref bool pendingSpace, char c)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }

        builder.Append(c);
    }
}
