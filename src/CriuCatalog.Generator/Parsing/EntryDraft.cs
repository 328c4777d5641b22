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

    public string Title { get; set; } = string.Empty;

    public string? Url { get; set; }

    public string? LinkedArXivId { get; private set; }

    public string? Doi { get; private set; }

    public List<EntryLink> Links { get; } = [];

    public List<string> Tags { get; } = [];

    public List<string> Notes { get; } = [];

    /// <summary>Keeps a link, and reads an arXiv id or a DOI from its URL.</summary>
    public void AddLink(string label, string? url)
    {
        if (url is null || url.Length == 0)
        {
            AddNote(label);
            return;
        }

        if (LinkedArXivId is null && Links.TrueForAll(l => l.Url != url) && LinkIds.TryRead(url) is { } id)
        {
            LinkedArXivId = id;
        }

        Doi ??= LinkIds.TryReadDoi(url);
        if (!string.Equals(url, Url, StringComparison.Ordinal) && Links.TrueForAll(l => l.Url != url))
        {
            Links.Add(new EntryLink(label, url));
        }
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
        note = InlineMarkdown.Collapse(note).Trim(',', ';', ' ', '|', '-', '\u2013', '\u2014', '.');
        if (note.Length > 0 && !Notes.Contains(note))
        {
            Notes.Add(note);
        }
    }

    public void AddTag(string tag)
    {
        tag = InlineMarkdown.Collapse(tag);
        if (tag.Length > 0 && !Tags.Contains(tag))
        {
            Tags.Add(tag);
        }
    }
}
