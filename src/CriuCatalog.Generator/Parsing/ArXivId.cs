namespace CriuCatalog.Generator.Parsing;

/// <summary>Recognizes arXiv identifiers and the year they were issued in.</summary>
internal static class ArXivId
{
    /// <summary>
    /// Accepts the current scheme <c>YYMM.NNNN</c> / <c>YYMM.NNNNN</c> (since 2007) and the older
    /// <c>archive/YYMMNNN</c> (1991–2007), each with an optional <c>vN</c> version suffix.
    /// </summary>
    public static bool TryGetIssueYear(string id, out int year)
    {
        year = 0;
        var slash = id.IndexOf('/');
        if (slash >= 0)
        {
            return IsArchiveName(id, slash)
                && TryReadYearMonth(id, slash + 1, out year, pivotTo1900Above: 90)
                && HasDigitsThenVersion(id, slash + 5, exactDigits: 3);
        }

        return id.Length >= 9
            && id[4] == '.'
            && TryReadYearMonth(id, 0, out year, pivotTo1900Above: 100)
            && (HasDigitsThenVersion(id, 5, exactDigits: 4) || HasDigitsThenVersion(id, 5, exactDigits: 5));
    }

    private static bool IsArchiveName(string id, int slash)
    {
        if (slash == 0)
        {
            return false;
        }

        for (var i = 0; i < slash; i++)
        {
            var c = id[i];
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryReadYearMonth(string id, int start, out int year, int pivotTo1900Above)
    {
        year = 0;
        if (start + 4 > id.Length || !AllDigits(id, start, 4))
        {
            return false;
        }

        var yy = ((id[start] - '0') * 10) + (id[start + 1] - '0');
        var mm = ((id[start + 2] - '0') * 10) + (id[start + 3] - '0');
        if (mm is < 1 or > 12)
        {
            return false;
        }

        year = yy >= pivotTo1900Above ? 1900 + yy : 2000 + yy;
        return true;
    }

    private static bool HasDigitsThenVersion(string id, int start, int exactDigits)
    {
        if (start + exactDigits > id.Length || !AllDigits(id, start, exactDigits))
        {
            return false;
        }

        var rest = start + exactDigits;
        if (rest == id.Length)
        {
            return true;
        }

        return id[rest] == 'v' && rest + 1 < id.Length && AllDigits(id, rest + 1, id.Length - rest - 1);
    }

    private static bool AllDigits(string id, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (id[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
