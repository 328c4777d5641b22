using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Catalog text with the spans a test expects marked as <c>[|…|]</c>, as in Roslyn's own test markup:
/// <c>"Title\n- A\n[|this is not an entry|]\n"</c>. The markers are removed from the text; the spans are where
/// they stood. Catalog text never contains <c>[|</c> or <c>|]</c> in these tests, so no escaping is needed.
/// </summary>
internal static class Markup
{
    private const string Open = "[|";
    private const string Close = "|]";

    public static (string Text, IReadOnlyList<TextSpan> Spans) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = new List<TextSpan>();
        var openAt = -1;
        var i = 0;
        while (i < markup.Length)
        {
            if (string.CompareOrdinal(markup, i, Open, 0, Open.Length) == 0)
            {
                if (openAt >= 0)
                {
                    throw new ArgumentException($"Nested '{Open}' at {i} in: {markup}");
                }

                openAt = text.Length;
                i += Open.Length;
            }
            else if (string.CompareOrdinal(markup, i, Close, 0, Close.Length) == 0)
            {
                if (openAt < 0)
                {
                    throw new ArgumentException($"'{Close}' without '{Open}' at {i} in: {markup}");
                }

                spans.Add(TextSpan.FromBounds(openAt, text.Length));
                openAt = -1;
                i += Close.Length;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (openAt >= 0)
        {
            throw new ArgumentException($"'{Open}' is never closed in: {markup}");
        }

        return (text.ToString(), spans);
    }
}
