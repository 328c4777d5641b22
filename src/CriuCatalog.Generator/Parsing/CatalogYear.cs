namespace CriuCatalog.Generator.Parsing;

/// <summary>The year in an entry label (<c>'24</c>), read and written the same way.</summary>
internal static class CatalogYear
{
    /// <summary>
    /// Two digits expand without a clock: 00–69 to 2000–2069 and 70–99 to 1970–1999 (the POSIX <c>%y</c> pivot),
    /// so a build gives the same years on any day. Four digits are taken as written within 1900–2099.
    /// </summary>
    public static bool TryParse(string text, out int year, out string problem)
    {
        year = 0;
        problem = string.Empty;
        if (text.Length == 0)
        {
            problem = "has no digits after the apostrophe";
            return false;
        }

        var value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                problem = $"has a malformed year '{text}'";
                return false;
            }

            value = (value * 10) + (c - '0');
            if (value > 9999)
            {
                break;
            }
        }

        switch (text.Length)
        {
            case 2:
                year = value < 70 ? 2000 + value : 1900 + value;
                return true;
            case 4 when value is >= 1900 and <= 2099:
                year = value;
                return true;
            case 4:
                problem = $"has a year '{text}' outside 1900–2099";
                return false;
            default:
                problem = $"has a malformed year '{text}' (expected 2 or 4 digits)";
                return false;
        }
    }
}
