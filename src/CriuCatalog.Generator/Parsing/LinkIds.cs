using System;

namespace CriuCatalog.Generator.Parsing;

/// <summary>Reads arXiv ids and DOIs out of URLs: <c>https://arxiv.org/abs/2401.01234</c>, <c>https://doi.org/10.1145/…</c>.</summary>
internal static class LinkIds
{
    /// <summary>The arXiv id of an arxiv.org <c>abs</c> or <c>pdf</c> URL, or null.</summary>
    public static string? TryRead(string url)
    {
        var path = PathOf(url, "arxiv.org");
        if (path is null)
        {
            return null;
        }

        foreach (var prefix in new[] { "abs/", "pdf/" })
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var id = path.Substring(prefix.Length);
                var stop = id.IndexOfAny(['?', '#']);
                id = stop >= 0 ? id.Substring(0, stop) : id;
                id = id.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? id.Substring(0, id.Length - 4) : id;
                id = id.TrimEnd('/');
                return ArXivId.TryGetIssueYear(id, out _) ? id : null;
            }
        }

        return null;
    }

    /// <summary>The DOI of a doi.org URL (<c>10.…</c>), or null.</summary>
    public static string? TryReadDoi(string url)
    {
        var path = PathOf(url, "doi.org");
        return path is not null && path.StartsWith("10.", StringComparison.Ordinal) && path.IndexOf('/') > 3 ? path : null;
    }

    /// <summary>The path after the host, without its leading '/', when the URL's host is <paramref name="host"/> or a subdomain of it.</summary>
    private static string? PathOf(string url, string host)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var hostStart = scheme < 0 ? 0 : scheme + 3;
        var slash = url.IndexOf('/', hostStart);
        var hostEnd = slash < 0 ? url.Length : slash;
        var name = url.Substring(hostStart, hostEnd - hostStart);
        var matches = name.Equals(host, StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("." + host, StringComparison.OrdinalIgnoreCase);
        return matches && slash >= 0 ? url.Substring(slash + 1) : null;
    }
}
