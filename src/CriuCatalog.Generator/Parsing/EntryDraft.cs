using System;
using System.Collections.Generic;

namespace CriuCatalog.Generator.Parsing;

/// <summary>
/// A Markdown entry while it is being read: the line itself, then any sub-bullets and continuation lines that add
/// links and notes to it. <see cref="MarkdownParser"/> turns it into an <see cref="EntryLine"/> when it ends.
/// </summary>
internal sealed class EntryDraft
{
    public Label? Label { get; set; }

    /// <summary>
    /// A date before the title (<c>[2023/05] Title</c>), with the known venue read right after it, if any
    /// (<c>2019 - EuroSys - Title</c>): the entry's label when nothing after the title gives one, as a date label is
    /// often the day the list took the paper in, not the venue's year.
    /// </summary>
    public Label? Date { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>
    /// A known venue read after a leading date with the title's text after it (<c>RAID - </c> in
    /// <c>2023.05 - RAID - Reliable Arrays</c>): given back to the title when a label after the title gives the venue.
    /// </summary>
    public string? VenueTextAfterDate { get; set; }

    public string? Url { get; set; }

    /// <summary>The pin cut off the end of the entry's line, if any (see <see cref="PinReader"/>).</summary>
    public EntryPin? Pin { get; set; }

    public string? LinkedArXivId { get; private set; }

    public string? Doi { get; private set; }

    public List<EntryLink> Links { get; } = [];

    public List<string> Tags { get; } = [];

    public List<string> Notes { get; } = [];

    // What is kept already, so a line of thousands of links or notes stays linear.
    private readonly HashSet<string> _urls = new(StringComparer.Ordinal);
    private readonly HashSet<string> _notes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);

    /// <summary>Whether the entry's URL or one of its links is an <c>http</c> or <c>https</c> URL, not an anchor or a file of the repository.</summary>
    public bool LinksToWeb => IsWebUrl(Url) || Links.Exists(l => IsWebUrl(l.Url));

    /// <summary>Keeps a link, and reads an arXiv id or a DOI from its URL.</summary>
    public void AddLink(string label, string? url)
    {
        label = label.Trim('[', ']', ' ');
        if (url is null || url.Length == 0)
        {
            AddNote(label);
            return;
        }

        if (string.Equals(url, Url, StringComparison.Ordinal) || !_urls.Add(url))
        {
            return;
        }

        LinkedArXivId ??= LinkIds.TryRead(url);
        Doi ??= LinkIds.TryReadDoi(url);
        Links.Add(new EntryLink(label, url));
    }

    /// <summary>The paper's own link: also read for an arXiv id or a DOI.</summary>
    public void SetUrl(string url)
    {
        Url = url;
        LinkedArXivId ??= LinkIds.TryRead(url);
        Doi ??= LinkIds.TryReadDoi(url);
    }

    public void AddNote(string note)
    {
        note = InlineMarkdown.Collapse(note).Trim(',', ';', ' ', '|', '-', '\u2013', '\u2014', '.', '\u00B7', '\u2022');
        if (note.Length > 0 && _notes.Add(note))
        {
            Notes.Add(note);
        }
    }

    /// <summary>Removes the first note that <paramref name="match"/> accepts and returns it; <see langword="null"/> when none does.</summary>
    public string? TakeNote(Predicate<string> match)
    {
        var at = Notes.FindIndex(match);
        if (at < 0)
        {
            return null;
        }

        var note = Notes[at];
        Notes.RemoveAt(at);
        _notes.Remove(note);
        return note;
    }

    /// <summary>Whether a URL is an <c>http</c> or <c>https</c> one.</summary>
    public static bool IsWebUrl(string? url)
        => url is not null && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase));

    public void AddTag(string tag)
    {
        tag = InlineMarkdown.Collapse(tag);
        if (tag.Length > 0 && _tags.Add(tag))
        {
            Tags.Add(tag);
        }
    }
}
