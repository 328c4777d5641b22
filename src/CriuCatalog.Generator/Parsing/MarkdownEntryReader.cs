using System;
using System.Collections.Generic;
using System.Text;
using CriuCatalog.Generator.Common;

namespace CriuCatalog.Generator.Parsing;

/// <summary>
/// Reads one Markdown entry: tags and a label before the title, the title itself (a link, bold, italic or plain
/// text), and the annotations after it, which become links and notes and never part of the title. Also reads the
/// lines that add to an entry (sub-bullets, continuation lines).
/// </summary>
internal static class MarkdownEntryReader
{
    /// <summary>The most words a venue may have in a label after the title, as in <c>Title, OSDI '23</c>.</summary>
    internal const int TrailingVenueWords = 4;

    /// <summary>The dashes, with the spaces around them, that separate a title from what follows it.</summary>
    private static readonly string[] Dashes = [" \u2014 ", " \u2013 ", " - "];

    /// <summary>Reads the entry in <paramref name="text"/> between the bounds into <paramref name="draft"/>; false when it has no title.</summary>
    public static bool Read(string text, int start, int end, EntryDraft draft) => Read(InlineMarkdown.Tokenize(text, start, end), draft);

    /// <summary>Reads an entry from a line already split into inline pieces; false when it has no title.</summary>
    public static bool Read(List<Inline> tokens, EntryDraft draft)
    {
        // The label reader may shorten a piece; the caller's list stays as it was.
        tokens = [.. tokens];
        var k = ReadLeadingLabels(tokens, draft);
        if (draft.Label is null && ReadReference(tokens, k, draft) is var afterReference and >= 0)
        {
            ReadAnnotations(tokens, afterReference, null, draft);
        }
        else
        {
            k = ReadTitle(tokens, k, draft, out var carry);
            if (carry is null)
            {
                k = ReadNamedLinkTitle(tokens, k, draft);
            }

            ReadAnnotations(tokens, k, carry, draft);
            TakeAuthors(draft);
            if (draft.Label is null)
            {
                // Then authors once more, for "Title — Sven Müller (EuroSys'24)".
                TakeLabelFromTitleEnd(draft);
                TakeAuthors(draft);
            }
        }

        if (draft.Date is { } date)
        {
            // A label after the title gives the venue: a venue's name read after the date was the title's start.
            if (draft.Label is not null && draft.VenueTextAfterDate is { } titleStart)
            {
                draft.Title = titleStart + draft.Title;
            }

            draft.Label = draft.Label is not { } label ? date : label.Year == 0 ? label with { Year = date.Year, Month = date.Month } : label;
        }

        List<string>? titleNotes = null;
        for (var n = 0; n < SideNotes.MaxPerLine && SideNotes.SplitTrailingGroup(draft.Title) is var (title, note) && HasLetterOrDigit(title); n++)
        {
            // "Title (Spotlight) (NeurIPS 2023)", "Title (Best Paper)" under "## OSDI 2019", "Title (see also OSDI '20)
            // (SOSP 2021)": a note in parentheses on how the paper was presented or honoured, or on another version of
            // it, is not part of its title. One after a comma is: "Good, Better, Best (SOSP 2021)".
            draft.Title = title;
            (titleNotes ??= []).Insert(0, SideNotes.Clean(note));
        }

        titleNotes?.ForEach(draft.AddNote);

        // "*EuroSys 2019* · [pdf](…)" has no title: what is left of it, "·", is no paper's name; nor is a link's
        // name, as in "[pdf](…) [code](…)", so "  - [Slides](…)" under a paper is one of its links.
        draft.Title = CleanTitle(draft.Title);
        return HasLetterOrDigit(draft.Title) && !IsLinkName(draft.Title);
    }

    /// <summary>Adds what a sub-bullet or continuation line says to its entry: its links, and its text as a note.</summary>
    public static void ReadPart(string text, int start, int end, EntryDraft draft) => ReadPart(InlineMarkdown.Tokenize(text, start, end), draft);

    /// <inheritdoc cref="ReadPart(string, int, int, EntryDraft)"/>
    public static void ReadPart(List<Inline> tokens, EntryDraft draft)
    {
        var note = new List<Inline>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (i == 0 && token.Kind == InlineKind.Text && token.Text.TrimStart() is { Length: > 0 } quoted && quoted[0] == '>')
            {
                // "  > Ravi Kumar. EuroSys 2024.": a part set as a quote.
                token = token with { Text = quoted.TrimStart('>', ' ') };
            }

            switch (token.Kind)
            {
                case InlineKind.Link:
                case InlineKind.Image:
                    // "  - [pdf](url)" under an entry, or a table's link column.
                    draft.AddLink(token.Text, token.Url);
                    TakePaperLink(token, draft);
                    break;
                case InlineKind.Emoji:
                    break;
                default:
                    note.Add(token);
                    break;
            }
        }

        var text = InlineMarkdown.Join(note);
        if (IsFieldNameAlone(text))
        {
            // "- Code: [github](…)": the link says it all; the field's name is no note.
            return;
        }

        if (!UnbracketedLabels.TakeFromPart(text, draft) && !TakeAuthorsAndLabel(text, draft))
        {
            draft.AddNote(text);
        }
    }

    /// <summary>
    /// The authors and the label of an entry that has no label, on a line of their own under it:
    /// <c>Alice Smith, Bob Jones. OSDI 2023.</c>, <c>by Yuki Sato and Daniel Kim (MLSys 2023)</c>,
    /// <c>Chen Li · KDD 2021</c>. Read as text after a title is; taken only when the venue is written like one and
    /// the rest is a list of people, so that a line of prose with a year stays a note.
    /// </summary>
    private static bool TakeAuthorsAndLabel(string text, EntryDraft draft)
    {
        if (draft.Label is not null || ReadAuthorsAndLabel(text, allowSingleName: true) is not var (label, authors))
        {
            return false;
        }

        draft.Label = label;
        draft.AddNote(authors);
        return true;
    }

    /// <summary>
    /// Whether a sub-bullet under an entry without a label is that entry's authors and label, not an entry of its own:
    /// two names or more (or initials, <c>by</c>, <c>et al.</c>) and a label, and no link, as in
    /// <c>- A. Writer et al., Journal of Systems Research, 2022</c>. A nested paper, <c>- Fast Restore (SOSP 2023)</c>, is none.
    /// </summary>
    public static bool IsAuthorsAndLabel(List<Inline> tokens)
        => !tokens.Exists(t => t.Kind is InlineKind.Link or InlineKind.Image)
           && ReadAuthorsAndLabel(InlineMarkdown.Join(tokens), allowSingleName: false) is not null;

    private static (Label Label, string Authors)? ReadAuthorsAndLabel(string text, bool allowSingleName)
    {
        var part = new EntryDraft();
        ReadTrailingText(text, part);
        return part.Label is { Venue.Length: > 0, Year: > 0 } label
               && (LabelReader.IsVenueName(label.Venue) || LabelReader.IsVenueTitle(label.Venue))
               && part.Notes.Count == 1 && AuthorText.IsAuthorList(part.Notes[0], allowSingleName)
            ? (label, part.Notes[0])
            : null;
    }

    /// <summary>
    /// Whether a paragraph is a sentence about the list that links a title or a person in its course, not an entry:
    /// <c>This list accompanies our survey [Title](url) (arXiv 2024).</c>, <c>See the [OSDI 2023 program](url) for
    /// more.</c>, <c>Maintainer: [@someone](url). Last update: March 2025.</c> Its words before the first link end
    /// with a lower-case word, the link being no link name (<c>pdf</c>, <c>code</c>), or the link is a handle.
    /// </summary>
    public static bool IsProse(List<Inline> tokens)
    {
        var before = new StringBuilder();
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case InlineKind.Text:
                    before.Append(token.Text);
                    continue;
                case InlineKind.Link when token.Text.TrimStart().StartsWith("@", StringComparison.Ordinal):
                    return true;
                case InlineKind.Link when !IsLinkName(token.Text) && !InlineMarkdown.IsUrl(token.Text):
                    var words = before.ToString().Trim();
                    return words.IndexOf(' ') > 0 && char.IsUpper(words[0]) && char.IsLower(words[words.Length - 1]);
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Whether the line is a table-of-contents line: nothing but links to anchors (<c>#section</c>) and separators.</summary>
    public static bool IsTableOfContents(List<Inline> tokens)
    {
        var links = 0;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case InlineKind.Link when token.Url is { Length: > 0 } url && url[0] == '#':
                    links++;
                    break;
                case InlineKind.Pipe:
                case InlineKind.Break:
                case InlineKind.Emoji:
                case InlineKind.Emphasis:
                    break;
                case InlineKind.Text when IsSeparator(token.Text):
                    break;
                default:
                    return false;
            }
        }

        return links > 0;
    }

    /// <summary>Brackets before the title: the first that reads as a label is the label, the others are tags.</summary>
    private static int ReadLeadingLabels(List<Inline> tokens, EntryDraft draft)
    {
        var k = 0;
        string? openMarker = null;
        for (; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind == InlineKind.Text && token.Text.Trim().Length == 0)
            {
                continue;
            }

            // "**OSDI 2023** | [Title](url)": a pipe that sets a label apart from the title.
            if (token.Kind == InlineKind.Pipe && (draft.Label is not null || draft.Date is not null) && HasMoreContent(tokens, k + 1))
            {
                continue;
            }

            // "**[OSDI'23]** Title": emphasis around a label is not the title's.
            if (token.Kind == InlineKind.Emphasis)
            {
                var next = NextSignificant(tokens, k + 1);
                if (openMarker is null && next >= 0 && tokens[next].Kind == InlineKind.Brackets)
                {
                    openMarker = token.Text;
                    continue;
                }

                if (openMarker == token.Text)
                {
                    openMarker = null;
                    continue;
                }

                // "**OSDI 2023**: [Title](url)": a label in emphasis, alone, before the title.
                if (openMarker is null && draft.Label is null && next >= 0 && tokens[next].Kind == InlineKind.Text
                    && next + 1 < tokens.Count && tokens[next + 1].Kind == InlineKind.Emphasis && tokens[next + 1].Text == token.Text
                    && HasMoreContent(tokens, next + 2) && UnbracketedLabels.Leading(tokens[next].Text) is { } emphasized)
                {
                    TakeLeading(emphasized, draft);
                    k = next + 1;
                    if (k + 1 < tokens.Count && tokens[k + 1].Kind == InlineKind.Text)
                    {
                        tokens[k + 1] = tokens[k + 1] with { Text = UnbracketedLabels.WithoutLeadingSeparator(tokens[k + 1].Text) };
                    }

                    continue;
                }

                break;
            }

            // "![new](new.gif) [Title](url)", "![](https://img.shields.io/badge/OSDI-2023-blue) Title": an image before the
            // title is a mark, or a badge that gives the label when nothing else on the line does (it stands as a date
            // does, so "![](…OSDI-2023…) OSDI 2023: Title" still reads its label); it is never the title's start.
            if (token.Kind == InlineKind.Image && HasMoreContent(tokens, k + 1))
            {
                if (draft.Label is null && draft.Date is null && UnbracketedLabels.FromLeadingBadge(token) is { } badge)
                {
                    draft.Date = badge;
                }

                continue;
            }

            // "(SOSP 2021) Title", "OSDI'22: [Title](url)", "SOSP 2021 - Title": a label written before the title.
            if (token.Kind == InlineKind.Text && draft.Label is null && UnbracketedLabels.SplitLeading(token.Text, HasMoreContent(tokens, k + 1)) is var (leading, rest)
                && (HasLetterOrDigit(rest) || HasMoreContent(tokens, k + 1)))
            {
                TakeLeading(leading, draft);
                tokens[k] = token with { Text = rest };
                k--;
                continue;
            }

            // "OSDI 2020 [Title](url)", "2020 OSDI [Title](url)": a label alone right before a linked title.
            if (token.Kind == InlineKind.Text && draft.Label is null && draft.Date is null && k + 1 < tokens.Count
                && tokens[k + 1].Kind == InlineKind.Link && !IsLinkName(tokens[k + 1].Text) && UnbracketedLabels.Alone(token.Text) is { } alone)
            {
                TakeLeading(alone, draft);
                continue;
            }

            // "OSDI 2023 | [Title](url)", "2019 | EuroSys | [Title](url)": a label, a date or, after a date, a known
            // venue, in a cell of its own before a pipe. A bare date so set apart needs a linked or emphasized title
            // after it: "2023 | 12 papers" is no entry.
            if (token.Kind == InlineKind.Text && draft.Label is null && NextSignificant(tokens, k + 1) is var pipe and >= 0
                && tokens[pipe].Kind == InlineKind.Pipe && HasMoreContent(tokens, pipe + 1))
            {
                if (UnbracketedLabels.Leading(token.Text) is { } piped)
                {
                    TakeLeading(piped, draft);
                    continue;
                }

                if (draft.Date is { Venue.Length: 0 } date && KnownVenueAlone(token.Text) is { } known)
                {
                    draft.Date = date with { Venue = known.Venue };
                    continue;
                }

                if (draft.Date is null && IsPipedTitle(tokens, pipe + 1) && LabelReader.BareDate(token.Text.Trim()) is { } pipedDate)
                {
                    TakeLeading(pipedDate, draft);
                    continue;
                }
            }

            // "2019 - EuroSys - [Title](url)": a known venue after a leading date, set off as the date was. It stays
            // with the date, which a label after the title replaces ("2023.05 - RAID - Reliable Arrays (OSDI 2023)").
            if (token.Kind == InlineKind.Text && draft.Label is null && draft.Date is { Venue.Length: 0 } leadingDate
                && LeadingVenue(token.Text, titleFollows: HasMoreContent(tokens, k + 1)) is var (venue, afterVenue)
                && (HasLetterOrDigit(afterVenue) || HasMoreContent(tokens, k + 1)))
            {
                draft.Date = leadingDate with { Venue = venue };
                draft.VenueTextAfterDate = HasLetterOrDigit(afterVenue) ? token.Text.Substring(0, token.Text.Length - afterVenue.Length).TrimStart() : null;
                tokens[k] = token with { Text = afterVenue };
                k--;
                continue;
            }

            if (token.Kind == InlineKind.Brackets && HasMoreContent(tokens, k + 1))
            {
                // "[OSDI '23] Title", "[2301.01234] Title", an arXiv id, and "[2023/05] Title", a date.
                if (draft.Label is null
                    && (LabelReader.Read(token.Text) ?? LabelReader.BareArXivId(token.Text) ?? (draft.Date is null ? LabelReader.BareDate(token.Text) : null)) is { } label)
                {
                    TakeLeading(label, draft);
                }
                else
                {
                    draft.AddTag(token.Text);
                }

                continue;
            }

            // "`OSDI'23` [Title](url)", "`2023.05` Title": a label or a date set in code font.
            if (token.Kind == InlineKind.Code && draft.Label is null && HasMoreContent(tokens, k + 1)
                && (UnbracketedLabels.Leading(token.Text, anyVenue: true) ?? (draft.Date is null ? LabelReader.BareDate(token.Text) : null)) is { } coded)
            {
                TakeLeading(coded, draft);
                continue;
            }

            // "[[OSDI'23](url)] Title" and "[[pdf](url)] Title": a link before the title that is a label or a link name.
            var linkLabel = token.Kind == InlineKind.Link && draft.Label is null ? LinkLabel(token.Text) : null;
            if (token.Kind == InlineKind.Link && HasMoreContent(tokens, k + 1)
                && (linkLabel is not null || IsLinkName(token.Text) || InlineMarkdown.IsUrl(token.Text)))
            {
                draft.Label ??= linkLabel;
                // "[[Paper](url)] Title": the paper's URL, unless the title is a link of its own, which sets it again.
                draft.AddLink(token.Text, token.Url);
                TakePaperLink(token, draft);
                continue;
            }

            if (token.Kind == InlineKind.Emoji && HasMoreContent(tokens, k + 1))
            {
                draft.AddNote(token.Text);
                continue;
            }

            // "【VLDB 2023】 Title": a label in CJK lenticular brackets, as some lists write them.
            if (token.Kind == InlineKind.Text && draft.Label is null && token.Text.TrimStart() is { Length: > 2 } text && text[0] == '\u3010'
                && text.IndexOf('\u3011') is var close and > 1 && LabelReader.Read(text.Substring(1, close - 1).Trim()) is { } lenticular)
            {
                TakeLeading(lenticular, draft);
                tokens[k] = token with { Text = text.Substring(close + 1) };
                k--;
                continue;
            }

            break;
        }

        return k;
    }

    /// <summary>
    /// A label read before the title: the entry's label, or its <see cref="EntryDraft.Date"/> when it has no venue
    /// (<c>[Mar 2023]</c>, <c>2023.07 -</c>), so that a label after the title still gives the venue.
    /// </summary>
    private static void TakeLeading(Label label, EntryDraft draft)
    {
        if (label is { Venue.Length: 0, ArXivId: null })
        {
            draft.Date ??= label;
        }
        else
        {
            draft.Label = label;
        }
    }

    /// <summary>
    /// The title: a link's text (its URL is the paper's), or the text up to the first annotation. <paramref name="carry"/>
    /// is what is left of a text piece the title stopped inside.
    /// </summary>
    private static int ReadTitle(List<Inline> tokens, int k, EntryDraft draft, out string? carry)
    {
        carry = null;
        if (k < tokens.Count && tokens[k].Kind == InlineKind.Emphasis && ReadEmphasizedTitle(tokens, k, draft, ref carry) is var afterEmphasis and > 0)
        {
            return afterEmphasis;
        }

        if (k < tokens.Count && tokens[k].Kind == InlineKind.Link && InlineMarkdown.IsUrl(tokens[k].Text))
        {
            // A URL written as the title is a link; the entry has no title.
            draft.AddLink(tokens[k].Text, tokens[k].Url);
            return k + 1;
        }

        if (k < tokens.Count && tokens[k].Kind == InlineKind.Link)
        {
            draft.Title = tokens[k].Text;
            if (tokens[k].Url is { Length: > 0 } url && url[0] != '#')
            {
                draft.SetUrl(url);
            }

            return ReadAfterLinkedName(tokens, k + 1, draft, ref carry);
        }

        return ReadPlainTitle(tokens, k, draft, out carry);
    }

    /// <summary>
    /// The rest of a title whose first part, a system's name, is the link just read: <c>[Sprocket](url): Preemptive
    /// Scheduling (OSDI 2024)</c>. A capital after the colon; a name of at most three words that is no label or link
    /// name. Returns where the title ends: <paramref name="k"/> when no such rest follows.
    /// </summary>
    private static int ReadAfterLinkedName(List<Inline> tokens, int k, EntryDraft draft, ref string? carry)
    {
        var name = draft.Title.Trim();
        if (k >= tokens.Count || tokens[k].Kind != InlineKind.Text || tokens[k].Text is not { Length: > 2 } after || after[0] != ':'
            || after.TrimStart(':', ' ') is not { Length: > 0 } rest || !char.IsUpper(rest[0]) || !IsSystemName(name)
            || InlineMarkdown.IsUrl(name) || IsLinkName(name) || LabelReader.Read(name, TrailingVenueWords) is not null)
        {
            return k;
        }

        tokens[k] = tokens[k] with { Text = rest };
        var end = ReadPlainTitle(tokens, k, draft, out carry);
        draft.Title = name + ": " + draft.Title.TrimStart();
        return end;
    }

    /// <summary>A title in text: up to the first annotation (a link, code that is no part of it, a finished sentence's emphasis).</summary>
    private static int ReadPlainTitle(List<Inline> tokens, int k, EntryDraft draft, out string? carry)
    {
        carry = null;
        var title = new StringBuilder();
        for (; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind == InlineKind.Text)
            {
                title.Append(token.Text);
                continue;
            }

            if (token.Kind == InlineKind.Emphasis)
            {
                // "Title. *A. Writer, B. Coder*.": emphasis after a finished sentence is the authors, not the title's.
                if (EndsSentence(title))
                {
                    break;
                }

                continue;
            }

            if (token.Kind == InlineKind.Emoji && title.ToString() is var before && before.LastIndexOf('(') > before.LastIndexOf(')'))
            {
                // "Title, OSDI 2020 (🏆 Best Paper)": an emoji in parentheses is a note, as one after the title is; the
                // parentheses go on.
                draft.AddNote(token.Text);
                continue;
            }

            if (token.Kind == InlineKind.Link && title.Length > 0 && title.ToString().TrimEnd() is { Length: > 1 } open && open[open.Length - 1] == '('
                && k + 1 < tokens.Count && tokens[k + 1].Kind == InlineKind.Text && tokens[k + 1].Text.TrimStart().StartsWith(")", StringComparison.Ordinal))
            {
                // "Title ([pdf](url)), NSDI 2021": a link in parentheses after the title; the parentheses go with it.
                title.Length = open.Length - 1;
                tokens[k + 1] = tokens[k + 1] with { Text = tokens[k + 1].Text.TrimStart().Substring(1) };
                break;
            }

            // "Page Tables [Revisited] for Racks": brackets between words of the title are part of it.
            if (token.Kind == InlineKind.Brackets && title.Length > 0 && k + 1 < tokens.Count && tokens[k + 1].Kind == InlineKind.Text
                && tokens[k + 1].Text.Length > 0 && char.IsWhiteSpace(tokens[k + 1].Text[0]) && StartsWithWord(tokens[k + 1].Text)
                && LabelReader.Read(token.Text) is null)
            {
                title.Append('[').Append(token.Text).Append(']');
                continue;
            }

            if (token.Kind != InlineKind.Code)
            {
                break;
            }

            // "Title (`Parcae`)": a system name in code font is a note, not part of the title.
            var last = title.Length - 1;
            while (last >= 0 && char.IsWhiteSpace(title[last]))
            {
                last--;
            }

            if (last >= 0 && title[last] == '(' && k + 1 < tokens.Count && tokens[k + 1].Kind == InlineKind.Text
                && tokens[k + 1].Text.TrimStart().StartsWith(")", StringComparison.Ordinal))
            {
                title.Length = last;
                draft.AddNote(token.Text);
                carry = tokens[k + 1].Text.TrimStart().Substring(1);
                k += 2;
                break;
            }

            title.Append(token.Text);
        }

        draft.Title = title.ToString();
        if (SplitQuotedTitle(draft.Title) is var (quoted, rest))
        {
            // "\"Title\", Carol White, NeurIPS 2023": what follows the closing quote is annotations.
            draft.Title = quoted;
            carry = carry is null ? rest : rest + " " + carry;
        }

        return k;
    }

    /// <summary>
    /// The label a link's text (or a badge's alt text) reads as: its venue written like one, or its year with an
    /// apostrophe (<c>[Middleware '23](url)</c>), so that a linked title with a number like a year,
    /// <c>[Network Snapshots Study 1905](url)</c>, is none.
    /// </summary>
    private static Label? LinkLabel(string text)
        => LabelReader.Read(text, TrailingVenueWords) is { } label && (LabelReader.IsVenueName(label.Venue) || LabelReader.HasApostropheYear(text))
            ? label
            : null;

    /// <summary>
    /// An entry written as a formatted reference, authors first (<see cref="ReferenceReader"/>), in the text before
    /// its first link, image or bracket; emphasis is read through, as styles set a title or a journal in italics.
    /// Returns where that text ends, or -1 when it is no reference.
    /// </summary>
    private static int ReadReference(List<Inline> tokens, int k, EntryDraft draft)
    {
        var text = new StringBuilder();
        var end = k;
        for (; end < tokens.Count && tokens[end].Kind is InlineKind.Text or InlineKind.Emphasis or InlineKind.Code; end++)
        {
            if (tokens[end].Kind != InlineKind.Emphasis)
            {
                text.Append(tokens[end].Text);
            }
        }

        if (ReferenceReader.Read(text.ToString()) is not { } reference)
        {
            return ReadAuthorsBeforeLinkedTitle(tokens, end, text.ToString(), draft);
        }

        draft.Title = reference.Title;
        draft.Label = reference.Label;
        draft.AddNote(reference.Authors);
        return end;
    }

    /// <summary>
    /// The authors, then the linked title: <c>Ana Ruiz, Tom Berg. [Title](url). NSDI 2023.</c>, <c>Ruiz, A., Berg, T.:
    /// [Title](url)</c>. The authors are a note, the link the title and its URL; what follows the link is read as it is
    /// after any linked title. Returns where that starts, or -1 when the text before the link is no list of people
    /// ending in a stop or a colon.
    /// </summary>
    private static int ReadAuthorsBeforeLinkedTitle(List<Inline> tokens, int link, string before, EntryDraft draft)
    {
        before = before.Trim();
        if (link >= tokens.Count || tokens[link] is not { Kind: InlineKind.Link, Url.Length: > 0 } title
            || IsLinkName(title.Text) || InlineMarkdown.IsUrl(title.Text) || !HasLetterOrDigit(title.Text)
            || before.Length == 0 || before[before.Length - 1] is not ('.' or ':')
            || ReferenceReader.AuthorsBeforeTitle(before) is not { } authors)
        {
            return -1;
        }

        draft.Title = title.Text;
        draft.SetUrl(title.Url!);
        draft.AddNote(authors);
        return link + 1;
    }

    /// <summary>
    /// A system's name, a colon, then the linked title: <c>`CRIUgpu`: [Transparent GPU Checkpointing](url)</c>,
    /// <c>**Zapper**: [Title](url)</c>, <c>Zapper: [Title](url)</c>. The name leads the title, as in a plain
    /// <c>Name: Title</c>, and the link's URL is the paper's. Returns where the title ends: past the link, or
    /// <paramref name="k"/> when the title read so far is no such name.
    /// </summary>
    private static int ReadNamedLinkTitle(List<Inline> tokens, int k, EntryDraft draft)
    {
        var name = draft.Title.Trim();
        var next = k;
        if (name.EndsWith(":", StringComparison.Ordinal))
        {
            name = name.Substring(0, name.Length - 1).TrimEnd();
        }
        else if (k < tokens.Count && tokens[k].Kind == InlineKind.Text && tokens[k].Text.Trim() == ":")
        {
            next = k + 1;
        }
        else
        {
            return k;
        }

        next = NextSignificant(tokens, next);
        if (draft.Url is not null || next < 0 || tokens[next].Kind != InlineKind.Link || !IsSystemName(name))
        {
            return k;
        }

        var link = tokens[next];
        var text = link.Text.Trim();
        if (!HasLetterOrDigit(text) || InlineMarkdown.IsUrl(text) || IsLinkName(text) || LabelReader.Read(text, TrailingVenueWords) is not null)
        {
            return k;
        }

        draft.Title = name + ": " + text;
        if (link.Url is { Length: > 0 } url && url[0] != '#')
        {
            draft.SetUrl(url);
        }

        return next + 1;
    }

    /// <summary>A name of at most three words, such as a system's (<c>CRIUgpu</c>, <c>Spot On</c>), not a sentence.</summary>
    private static bool IsSystemName(string name)
    {
        if (name.Length is 0 or > 40 || !HasLetterOrDigit(name))
        {
            return false;
        }

        var words = 1;
        foreach (var c in name)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '+' or '/'))
            {
                return false;
            }
        }

        return words <= 3;
    }

    /// <summary>
    /// A plain title in quotes followed by more text: <c>"Title", A. Writer, OSDI '23</c> or <c>“Title.” OSDI 2023</c>.
    /// Null when the text does not start with a quote, or when neither a separator follows the closing quote nor a
    /// comma or period precedes it (<c>"Hey Siri": A Study</c> and <c>"Hey Siri" and Others</c> are one title each).
    /// </summary>
    private static (string Title, string After)? SplitQuotedTitle(string text)
    {
        var open = 0;
        while (open < text.Length && char.IsWhiteSpace(text[open]))
        {
            open++;
        }

        if (open == text.Length || text[open] is not ('"' or '\u201C'))
        {
            return null;
        }

        var close = text.IndexOf(text[open] == '"' ? '"' : '\u201D', open + 1);
        if (close < 0)
        {
            return null;
        }

        var rest = text.Substring(close + 1);
        var next = rest.TrimStart();
        var punctuatedInside = text[close - 1] is ',' or '.' or ';';
        if (next.Length == 0 || close == open + 1
            || !(punctuatedInside || next[0] is ',' or '.' or ';' or '(' or '[' or '-' or '\u2013' or '\u2014'))
        {
            return null;
        }

        return (text.Substring(open + 1, close - open - 1), rest);
    }

    /// <summary>After the title: links, badges, <c>| Institution</c>, <c>[also in SoCC'23]</c>, code names and emoji.</summary>
    private static void ReadAnnotations(List<Inline> tokens, int k, string? carry, EntryDraft draft)
    {
        if (carry is not null)
        {
            ReadTrailingText(carry, draft);
        }

        for (; k < tokens.Count; k++)
        {
            var token = tokens[k];
            switch (token.Kind)
            {
                case InlineKind.Link:
                case InlineKind.Image:
                    // "Title ([OSDI 2023](url))", "![OSDI 2023](badge)": a link or badge that reads as a label is one.
                    if (draft.Label is null && (LinkLabel(token.Text) ?? UnbracketedLabels.FromBadge(token)) is { } linked)
                    {
                        draft.Label = linked;
                    }

                    draft.AddLink(token.Text, token.Url);
                    TakePaperLink(token, draft);
                    break;
                case InlineKind.Brackets:
                    if (draft.Label is null && !token.Text.StartsWith("also", StringComparison.OrdinalIgnoreCase) && LabelReader.Read(token.Text) is { } label)
                    {
                        draft.Label = label;
                    }
                    else
                    {
                        draft.AddNote(token.Text);
                    }

                    break;
                case InlineKind.Text:
                    // "[Title](url), _Journal of Systems_, 2021": emphasis does not split the text it sets in italics.
                    var text = token.Text;
                    while (k + 1 < tokens.Count && tokens[k + 1].Kind is InlineKind.Text or InlineKind.Emphasis)
                    {
                        text += tokens[++k].Kind == InlineKind.Text ? tokens[k].Text : string.Empty;
                    }

                    ReadTrailingText(text, draft);
                    break;
                case InlineKind.Code when draft.Label is null && LabelReader.Read(token.Text, TrailingVenueWords) is { Note: null } code:
                    // "[Title](url) `OSDI 2020`": a label set in code font.
                    draft.Label = code;
                    break;
                case InlineKind.Code:
                case InlineKind.Emoji:
                    draft.AddNote(token.Text);
                    break;
            }
        }
    }

    /// <summary>Text after the title: a label such as <c>(CIDR'19)</c> or <c>, OSDI '23</c> when there is none yet, else a note.</summary>
    private static void ReadTrailingText(string text, EntryDraft draft)
    {
        // An arrow before the label is the list's pointer to it: "→ NeurIPS 2022".
        var trimmed = text.Trim().Trim(',', ';', '-', '\u2013', '\u2014', '\u00B7', '\u2022', '|', ' ', '.').TrimStart('\u2192', '\u21D2', '\u2794', '\u279C', '\u27F6', '>', '=', ' ');
        if (!HasLetterOrDigit(trimmed))
        {
            // Separators and the parentheses around a code name, as in "(`Parcae`)".
            return;
        }

        if (SideNotes.SplitTrailingOtherVersion(trimmed) is var (before, version))
        {
            // "(SOSP 2021) (an earlier version appeared at HotOS 2019)": the other version is a note, never the label;
            // what is before it is read on.
            draft.AddNote(SideNotes.Clean(version));
            trimmed = before;
        }

        if (draft.Label is null && EndGroup(trimmed) is var (groupStart, groupEnd) && groupEnd - groupStart > 2
            && TakeGroup(trimmed.Substring(groupStart, groupEnd - groupStart), draft))
        {
            // "(ICSE-SEIP'24) — O. Haddad", "Hugo Laurent et al. (2023)": a label in parentheses at either end.
            draft.AddNote(trimmed.Substring(0, groupStart) + " " + trimmed.Substring(groupEnd));
            return;
        }

        if (draft.Label is null && WithoutVolume(trimmed, out var volume) is { } unnumbered)
        {
            // "ACM Computing Surveys, 56(3), 2024", "IEEE Trans. on Computers, vol. 72, no. 4, 2023": a journal's volume,
            // issue and pages are no part of its name; they are kept as a note.
            ReadTrailingText(unnumbered, draft);
            draft.AddNote(volume);
            return;
        }

        var whole = draft.Label is null ? ReadTrailingLabel(trimmed) : null;
        if (whole is not null && !HoldsPieces(whole.Venue))
        {
            draft.Label = whole;
            return;
        }

        if (draft.Label is null)
        {
            // ". A. Writer, B. Coder. OSDI 2023": the label is one of the pieces, what is around it a note (authors).
            // "Carol White, NeurIPS 2023 (Oral)" reads as a whole, but its venue would hold the authors: a piece comes first.
            var pieces = SplitPieces(trimmed);
            for (var i = pieces.Count - 1; i >= 0 && pieces.Count > 1; i--)
            {
                var (start, end) = pieces[i];
                if (ReadTrailingLabel(trimmed.Substring(start, end - start)) is { } piece)
                {
                    var other = pieces.Count == 2 ? (i == 0 ? trimmed.Substring(pieces[1].Start) : trimmed.Substring(0, pieces[0].End)) : null;
                    if (piece.Venue.Length == 0 && other is not null && (LabelReader.IsOneWordVenue(other) || LabelReader.IsVenueTitle(other)))
                    {
                        // "2024, VLDB": a year, then a one-word venue; "Journal of Systems and Software, 2021": a venue's name, then the year.
                        draft.Label = piece with { Venue = other };
                        return;
                    }

                    var previous = i > 0 && other is null ? trimmed.Substring(pieces[i - 1].Start, pieces[i - 1].End - pieces[i - 1].Start).Trim() : null;
                    if (piece.Venue.Length == 0 && previous is not null && (LabelReader.IsOneWordVenue(previous) || LabelReader.IsVenueTitle(previous)))
                    {
                        // "Ana Souza, Li Wei. OSDI, 2024": the authors, then a one-word venue or a venue's name, then the year.
                        draft.Label = piece with { Venue = previous };
                        draft.AddNote(trimmed.Substring(0, pieces[i - 1].Start) + " " + trimmed.Substring(end));
                        return;
                    }

                    draft.Label = piece;
                    draft.AddNote(trimmed.Substring(0, start) + " " + trimmed.Substring(end));
                    return;
                }
            }

            if (whole is not null)
            {
                draft.Label = whole;
                return;
            }

            // "by Alice Varga 2022": the year is the label's, the authors are a note, and the venue comes from the headings.
            if (LabelReader.Read(trimmed, TrailingVenueWords) is { } authorsAndYear && AuthorText.IsAuthorList(authorsAndYear.Venue, allowSingleName: false))
            {
                draft.Label = authorsAndYear with { Venue = string.Empty, Note = null };
                draft.AddNote(authorsAndYear.Venue);
                return;
            }
        }

        if (draft.Label is null && KnownVenueAlone(trimmed) is { } venue)
        {
            draft.Label = venue;
            return;
        }

        // "(Best Paper Award)" is a note without its parentheses; it becomes the publication's if its label has none.
        draft.AddNote(SideNotes.IsPresentation(trimmed) ? SideNotes.Clean(trimmed) : trimmed);
    }

    /// <summary>
    /// The text without the volume, issue and page numbers of a journal citation, which go to <paramref name="volume"/>:
    /// pieces such as <c>56(3)</c>, <c>198:111</c>, <c>72(4):1-15</c>, <c>vol. 72</c>, <c>no. 4</c>, <c>pp. 1-12</c>,
    /// <c>Article 12</c> or a number of one to three digits, and a volume with its issue at the end of a piece
    /// (<see cref="TrailingIssue"/>). <see langword="null"/> when there is none, or nothing else is left.
    /// </summary>
    private static string? WithoutVolume(string text, out string volume)
    {
        volume = string.Empty;
        var kept = new List<string>();
        var removed = new List<string>();
        foreach (var (start, end) in SplitPieces(text))
        {
            var piece = text.Substring(start, end - start).Trim();
            if (IsVolume(piece))
            {
                removed.Add(piece);
                continue;
            }

            if (TrailingIssue(ref piece) is { } issue)
            {
                removed.Add(issue);
            }

            kept.Add(piece);
        }

        if (removed.Count == 0 || kept.Count == 0)
        {
            return null;
        }

        volume = string.Join(", ", removed);
        return string.Join(", ", kept);
    }

    /// <summary>
    /// A plain title that ends with a journal's volume, issue or pages and then a year, <c>…, 56(3), 2024</c>, without
    /// the volume (which goes to <paramref name="volume"/>); <see langword="null"/> for any other title.
    /// </summary>
    private static string? WithoutVolumeBeforeYear(string title, out string volume)
    {
        volume = string.Empty;
        var last = title.LastIndexOf(", ", StringComparison.Ordinal);
        if (last <= 0 || LabelReader.BareYear(title.Substring(last + 2).TrimEnd('.', ' ')) is null)
        {
            return null;
        }

        var head = title.Substring(0, last);
        var removed = new List<string>();
        while (head.LastIndexOf(", ", StringComparison.Ordinal) is var comma and > 0 && IsVolume(head.Substring(comma + 2).Trim()))
        {
            removed.Insert(0, head.Substring(comma + 2).Trim());
            head = head.Substring(0, comma);
        }

        if (TrailingIssue(ref head) is { } issue)
        {
            removed.Insert(0, issue);
        }

        if (removed.Count == 0)
        {
            return null;
        }

        volume = string.Join(", ", removed);
        return head + title.Substring(last);
    }

    /// <summary>
    /// A volume with its issue that ends <paramref name="text"/> after a space, <c>56(3)</c> in
    /// <c>ACM Computing Surveys 56(3)</c>, taken off it; <see langword="null"/> when there is none. A ratio such as
    /// <c>10:1</c>, which a title may end with, is none.
    /// </summary>
    private static string? TrailingIssue(ref string text)
    {
        var space = text.LastIndexOf(' ');
        var number = space > 0 ? text.Substring(space + 1) : string.Empty;
        if (!IsVolumeNumbers(number) || number.IndexOf('(') <= 0)
        {
            return null;
        }

        text = text.Substring(0, space).TrimEnd();
        return number;
    }

    private static readonly string[] s_volumeWords = ["vol.", "vol", "volume", "no.", "no", "issue", "pp.", "pp", "p.", "article", "art."];

    /// <summary>A piece that is only a volume, issue or page reference.</summary>
    private static bool IsVolume(string piece)
    {
        var space = piece.IndexOf(' ');
        if (space > 0 && Array.IndexOf(s_volumeWords, piece.Substring(0, space).ToLowerInvariant()) >= 0)
        {
            return IsVolumeNumbers(piece.Substring(space + 1).Trim());
        }

        // A bare number of one to three digits (not a year), or numbers with parentheses, colons or a range.
        return IsVolumeNumbers(piece) && (piece.Length <= 3 || piece.IndexOfAny(['(', ':', '-', '\u2013']) > 0);
    }

    /// <summary>Digits, with '(' ')' ':' and '-' between them: <c>56(3)</c>, <c>198:111</c>, <c>1-12</c>.</summary>
    private static bool IsVolumeNumbers(string text)
    {
        if (text.Length == 0 || !char.IsDigit(text[0]) || !(char.IsDigit(text[text.Length - 1]) || text[text.Length - 1] == ')'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(c is (>= '0' and <= '9') or '(' or ')' or ':' or '-' or '\u2013'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The label of a group in parentheses or brackets, <c>(CIDR'19)</c>; or, when it also holds the authors
    /// (<c>(Nguyen et al., ISCA 2024)</c>, <c>(Smith et al., 2023)</c>), the label of its pieces, read as text after a
    /// title is, with the authors as a note. False, and nothing taken, when it gives no label.
    /// </summary>
    private static bool TakeGroup(string group, EntryDraft draft)
    {
        var whole = ReadTrailingLabel(group);
        if (whole is not null && !HoldsPieces(whole.Venue) && WithoutVolume(group.Substring(1, group.Length - 2), out _) is null)
        {
            draft.Label = whole;
            return true;
        }

        var pieces = new EntryDraft();
        ReadTrailingText(group.Substring(1, group.Length - 2), pieces);
        if (pieces.Label is { } label && !HoldsPieces(label.Venue))
        {
            draft.Label = label;
            foreach (var note in pieces.Notes)
            {
                draft.AddNote(note);
            }

            return true;
        }

        draft.Label = whole ?? KnownVenueAlone(group);
        return draft.Label is not null;
    }

    /// <summary>
    /// A label written after a title: <c>(CIDR'19)</c>, <c>OSDI '23</c>, or a bare year, <c>(2023)</c>, with no venue.
    /// A "venue" that is a list of people (<c>by Alice Varga 2022</c>, <c>A. Writer et al. 2021</c>) is none.
    /// </summary>
    private static Label? ReadTrailingLabel(string text)
    {
        var inner = Unbracketed(text);
        return LabelReader.BareYear(inner)
            ?? (LabelReader.Read(inner, TrailingVenueWords) is { } label && !AuthorText.IsAuthorList(label.Venue, allowSingleName: false) ? label : null);
    }

    /// <summary>
    /// All that follows a title is a known venue and no year, <c>(ICML)</c> or <c>ICML</c>, as under a year heading:
    /// a label whose year comes from the headings. It must be written as a venue (a word with two capitals, as
    /// <c>ICML</c>, <c>USENIX ATC</c>): <c>- Cloud.</c> or <c>(cluster)</c> is a word, though the table has a venue of that
    /// name. A word that is no known venue, <c>(ConPoint)</c>, is none.
    /// </summary>
    private static Label? KnownVenueAlone(string text)
        => Unbracketed(text) is { Length: > 0 } inner && LabelReader.IsVenueName(inner) && VenueKinds.IsKnown(inner) ? new Label(inner, 0, 0, null, null, null) : null;

    /// <summary>
    /// Whether what follows a pipe from <paramref name="from"/> on is a linked or emphasized title, or a known venue in
    /// a cell of its own before one (<c>| EuroSys | [Title](url)</c>).
    /// </summary>
    private static bool IsPipedTitle(List<Inline> tokens, int from)
    {
        var next = NextSignificant(tokens, from);
        if (next >= 0 && tokens[next].Kind == InlineKind.Text && KnownVenueAlone(tokens[next].Text) is not null
            && NextSignificant(tokens, next + 1) is var pipe and >= 0 && tokens[pipe].Kind == InlineKind.Pipe)
        {
            next = NextSignificant(tokens, pipe + 1);
        }

        return next >= 0 && tokens[next].Kind is InlineKind.Link or InlineKind.Emphasis;
    }

    /// <summary>
    /// A known venue alone at the start of <paramref name="text"/>, before a dash (<c>EuroSys - </c>), and the text
    /// after it; or before a colon or a comma (<c>SOSP: </c>) with nothing after it, when
    /// <paramref name="titleFollows"/> as a piece of its own: <c>RAID: Reliable Arrays</c> is a title. <see langword="null"/>
    /// for anything else.
    /// </summary>
    private static (string Venue, string After)? LeadingVenue(string text, bool titleFollows)
    {
        foreach (var separator in s_leadingVenueSeparators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at <= 40 && KnownVenueAlone(text.Substring(0, at)) is { } label)
            {
                var after = text.Substring(at + separator.Length);
                return separator[0] == ' ' || (titleFollows && after.Trim().Length == 0) ? (label.Venue, after) : null;
            }
        }

        return null;
    }

    private static readonly string[] s_leadingVenueSeparators = [.. Dashes, ": ", ", "];

    /// <summary>The text trimmed of dots and white space, and of the parentheses or brackets around all of it.</summary>
    private static string Unbracketed(string text)
    {
        text = text.Trim().Trim('.', ' ');
        return text.Length >= 2 && text[0] is '(' or '[' && text[text.Length - 1] is ')' or ']' ? text.Substring(1, text.Length - 2).Trim() : text;
    }

    /// <summary>The bounds of a <c>(…)</c> or <c>[…]</c> group that starts or ends <paramref name="text"/>, or (0, 0).</summary>
    private static (int Start, int End) EndGroup(string text)
    {
        if (text.Length < 3)
        {
            return (0, 0);
        }

        if (text[text.Length - 1] is ')' or ']')
        {
            var open = OpeningOfLast(text);
            return open >= 0 ? (open, text.Length) : (0, 0);
        }

        if (text[0] is '(' or '[')
        {
            var close = text.IndexOf(text[0] == '(' ? ')' : ']');
            return close > 0 ? (0, close + 1) : (0, 0);
        }

        return (0, 0);
    }

    /// <summary>
    /// Where the parenthesis or bracket that the last character of <paramref name="text"/> closes opens, counting the
    /// pairs inside it: in <c>Title (PVLDB 13(12), 2020)</c>, the one before <c>PVLDB</c>. The last unpaired one when
    /// the pairs do not match, as a plain search from the end finds it; -1 when there is none.
    /// </summary>
    private static int OpeningOfLast(string text)
    {
        var close = text[text.Length - 1];
        var open = close == ')' ? '(' : '[';
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == close && ++depth > 2)
            {
                // "((((…))))": pairs in pairs are no label's; each would be read once more, inside the last.
                break;
            }

            if (text[i] == open && --depth == 0)
            {
                // "((OSDI 2020))" is read from its inner pair, as "(OSDI 2020)" is.
                return i + 1 < text.Length && text[i + 1] == open ? text.LastIndexOf(open) : i;
            }
        }

        return text.LastIndexOf(open);
    }

    /// <summary>
    /// Authors at the end of a plain title are a note: after a dash, <c>Title — Alice Varga, Bruno Costa</c>,
    /// <c>Title - Sven Müller</c>, or after a sentence, <c>Title. A. Writer, B. Coder</c>. A dash or a period before
    /// words that are not names stays in the title: <c>CkptZip — Lossy Compression</c>.
    /// </summary>
    private static void TakeAuthors(EntryDraft draft)
    {
        var title = draft.Title;
        var at = -1;
        var length = 0;
        foreach (var dash in Dashes)
        {
            var found = title.LastIndexOf(dash, StringComparison.Ordinal);
            if (found > at)
            {
                (at, length) = (found, dash.Length);
            }
        }

        if (at <= 0 || !AuthorText.IsAuthorList(title.Substring(at + length), allowSingleName: true))
        {
            (at, length) = (title.IndexOf(". ", StringComparison.Ordinal), 2);
            if (at <= 0 || !AuthorText.IsAuthorList(title.Substring(at + length), allowSingleName: false))
            {
                return;
            }
        }

        draft.AddNote(title.Substring(at + length));
        draft.Title = title.Substring(0, at);
    }

    /// <summary>
    /// Whether a venue read from the whole of a trailing text spans pieces that a list separates with commas or
    /// dashes (<c>Carol White, NeurIPS</c>, <c>A. Writer - SOSP</c>). A period does not count: <c>Proc. ACM Meas.</c>.
    /// </summary>
    private static bool HoldsPieces(string venue)
    {
        foreach (var dash in Dashes)
        {
            if (venue.IndexOf(dash, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        if (venue.IndexOf(", ", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        // "Alice Smith. NSDI": a sentence's end, not an abbreviation's (Proc. OSDI).
        for (var i = venue.IndexOf(". ", StringComparison.Ordinal); i >= 0; i = venue.IndexOf(". ", i + 1, StringComparison.Ordinal))
        {
            if (!ReferenceReader.EndsAbbreviation(venue, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A mark that, between spaces, sets the pieces of a line apart: a dash (<c>-</c>, en, em), <c>·</c>, <c>•</c>, <c>|</c>.</summary>
    private static bool IsPieceMark(char c) => c is '-' or '\u2013' or '\u2014' or '\u00B7' or '\u2022' or '|';

    /// <summary>
    /// Where the pieces of a text are, split at <c>". "</c> (not an abbreviation's, as in <c>Proc. of EuroSys</c>),
    /// <c>", "</c>, <c>"; "</c>, and a <see cref="IsPieceMark">piece mark</see> between spaces (<c>" - "</c>, <c>" · "</c>, <c>" | "</c>).
    /// </summary>
    private static List<(int Start, int End)> SplitPieces(string text)
    {
        var pieces = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var separator = ((text[i] == '.' && !ReferenceReader.EndsAbbreviation(text, i)) || text[i] is ',' or ';') && text[i + 1] == ' ' ? 2
                : text[i] == ' ' && IsPieceMark(text[i + 1]) && i + 2 < text.Length && text[i + 2] == ' ' ? 3
                : 0;
            if (separator > 0)
            {
                pieces.Add((start, i));
                start = i + separator;
                i = start - 1;
            }
        }

        pieces.Add((start, text.Length));
        return pieces;
    }

    /// <summary>
    /// A bold or italic title, <c>**Title**</c>, <c>*Title*</c> or <c>**[Title](url)**</c>: the pieces up to the
    /// same marker. Returns where the title ends, or -1 when the marker is never closed.
    /// </summary>
    private static int ReadEmphasizedTitle(List<Inline> tokens, int k, EntryDraft draft, ref string? carry)
    {
        var marker = tokens[k].Text;
        var close = -1;
        for (var i = k + 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == InlineKind.Emphasis && tokens[i].Text == marker)
            {
                close = i;
                break;
            }
        }

        // "*Deep* Learning for Checkpoints" emphasizes a word of a plain title: words right after the marker go on.
        var after = close + 1 < tokens.Count && tokens[close + 1].Kind == InlineKind.Text ? tokens[close + 1].Text.TrimStart() : string.Empty;
        if (close < 0 || (after.Length > 0 && char.IsLetterOrDigit(after[0])))
        {
            return -1;
        }

        var inner = tokens.GetRange(k + 1, close - k - 1);
        var link = inner.FindIndex(t => t.Kind == InlineKind.Link);
        if (link >= 0 && inner.TrueForAll(t => t.Kind is InlineKind.Link or InlineKind.Emphasis || (t.Kind == InlineKind.Text && t.Text.Trim().Length == 0)))
        {
            draft.Title = inner[link].Text;
            if (inner[link].Url is { Length: > 0 } url && url[0] != '#')
            {
                draft.SetUrl(url);
            }
        }
        else
        {
            var title = new StringBuilder();
            foreach (var token in inner)
            {
                if (token.Kind is InlineKind.Text or InlineKind.Code or InlineKind.Link)
                {
                    title.Append(token.Text);
                }
                else if (token.Kind is InlineKind.Image or InlineKind.Brackets or InlineKind.Emoji)
                {
                    draft.AddLink(token.Text, token.Url);
                }
            }

            draft.Title = title.ToString();
        }

        if (InlineMarkdown.Join(inner).Length == 0)
        {
            return -1;
        }

        // "**[Sprocket](url)**: Preemptive Scheduling (OSDI 2024)".
        return link >= 0 && draft.Url is not null ? ReadAfterLinkedName(tokens, close + 1, draft, ref carry) : close + 1;
    }

    private static int NextSignificant(List<Inline> tokens, int from)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != InlineKind.Text || tokens[i].Text.Trim().Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The name of a link that is not a title: <c>paper</c>, <c>pdf</c>, <c>code</c>, <c>arXiv</c> and the like.</summary>
    private static bool IsLinkName(string label) => UnbracketedLabels.IsOneOf(label.Trim('[', ']', ' '), LinkNames);

    /// <summary>What lists call a paper's links: <c>[pdf](…)</c>, <c>[code](…)</c>, <c>[project page](…)</c>.</summary>
    private static readonly string[] LinkNames =
    [
        "paper", "pdf", "arxiv", "code", "link", "project", "project page", "website", "homepage", "slides", "video", "talk",
        "poster", "demo", "blog", "github", "doi", "bibtex", "artifact", "dataset",
    ];

    /// <summary>The names of a field whose value is the paper's title, <c>Paper: Fast Restore</c>.</summary>
    private static readonly string[] TitleFields = ["paper", "title"];

    /// <summary>
    /// The names of the fields that say what a paper is, where and by whom, besides those that give its venue or year
    /// (<see cref="UnbracketedLabels.IsLabelField"/>: <c>Venue: OSDI 2020</c>, <c>Year: 2019</c>): <c>**Authors**: …</c>,
    /// <c>Proceedings: …</c>. A heading with one of them on its first line may be a paper; a heading over papers has none there.
    /// </summary>
    private static readonly string[] MetadataFields = ["proceedings", "authors", "author", "author(s)"];

    /// <summary>
    /// The names of the other fields a list writes under a paper: its people's places, links, subject and summary. A
    /// list writes them under a heading of papers too (<c>Notes: …</c>), so they make no heading a paper.
    /// </summary>
    private static readonly string[] OtherFields =
    [
        "institution", "institutions", "affiliation", "affiliations", "organization", "url", "links", "repo", "repository",
        "source code", "tags", "keywords", "topic", "topics", "area", "abstract", "summary", "tl;dr", "tldr", "notes", "note",
        "comment", "comments", "citation", "citations", "cite",
    ];

    /// <summary>
    /// The name of the field a line of a paper's details starts with, <c>Notes</c> in <c>Notes: read twice</c> or
    /// <c>**Notes:** read twice</c> (emphasis is gone from the tokens); null when the line starts with no field's name
    /// and a colon. A link's name is none: <c>Paper: [Title](…)</c>, <c>Demo: Title (MobiSys 2021)</c> name a paper.
    /// </summary>
    public static string? FieldName(List<Inline> tokens)
        => LeadingName(tokens) is { } name && (IsMetadataField(name) || UnbracketedLabels.IsOneOf(name, OtherFields)) ? name : null;

    /// <summary>
    /// The name of the field a line starts with when it is one of <see cref="MetadataFields"/>, <c>Venue</c> in
    /// <c>- Venue: OSDI 2020</c>: a line that is a paper's details, never a paper.
    /// </summary>
    public static string? MetadataFieldName(List<Inline> tokens)
        => LeadingName(tokens) is { } name && IsMetadataField(name) ? name : null;

    private static bool IsMetadataField(string name) => UnbracketedLabels.IsLabelField(name) || UnbracketedLabels.IsOneOf(name, MetadataFields);

    /// <summary>
    /// The name of the metadata field a line is, when its value is what the field says: a venue or a year
    /// (<c>Venue: OSDI 2020</c>, <c>Year: 2019</c>) or people (<c>Authors: Ana Ruiz, Tom Berg</c>). Null for a title that
    /// starts with such a word, <c>Date: A Love Story (SOSP 2019)</c>, <c>Authors: Do They Matter? (CHI 2020)</c>.
    /// </summary>
    public static string? MetadataField(List<Inline> tokens)
    {
        if (MetadataFieldName(tokens) is not { } name)
        {
            return null;
        }

        var text = InlineMarkdown.Join(tokens);
        var value = text.Substring(text.IndexOf(':') + 1).Trim();
        var probe = new EntryDraft();
        return UnbracketedLabels.TakeFromPart(text, probe) || (name.StartsWith("author", StringComparison.OrdinalIgnoreCase) && AuthorText.IsAuthorList(value, allowSingleName: true))
            ? name
            : null;
    }

    /// <summary>The text before the line's first colon, when it is short and only text (emphasis aside); else null.</summary>
    private static string? LeadingName(List<Inline> tokens)
    {
        var name = new StringBuilder();
        foreach (var token in tokens)
        {
            if (token.Kind == InlineKind.Emphasis)
            {
                continue;
            }

            var colon = token.Kind == InlineKind.Text ? token.Text.IndexOf(':') : -1;
            if (token.Kind != InlineKind.Text || name.Length + colon > 30)
            {
                return null;
            }

            if (colon >= 0)
            {
                return name.Append(token.Text, 0, colon).ToString().Trim();
            }

            name.Append(token.Text);
        }

        return null;
    }

    /// <summary>Whether a text is only a field's name and its colon, <c>Code:</c>, whose value was a link.</summary>
    private static bool IsFieldNameAlone(string text)
    {
        // "Authors: [Ana Ruiz](…), [Tom Berg](…)" leaves "Authors: ," once the links are taken.
        text = text.Trim().TrimEnd(',', ';', ' ', '|', '&');
        return text.Length > 1 && text[text.Length - 1] == ':' && IsFieldName(text.Substring(0, text.Length - 1).Trim());
    }

    /// <summary>Whether a text is the name of a field or a link.</summary>
    private static bool IsFieldName(string name) => IsMetadataField(name) || UnbracketedLabels.IsOneOf(name, OtherFields) || IsLinkName(name);

    /// <summary>
    /// A label written at the end of a plain-text title: <c>Title (CIDR'19)</c>, <c>Title. OSDI 2019</c>,
    /// <c>Title, OSDI '23</c>. A trailing parenthesis without a year, as in <c>… CheckPOINTs (ConPoint)</c>, stays.
    /// </summary>
    private static void TakeLabelFromTitleEnd(EntryDraft draft)
    {
        var title = WithoutTrailingPieceMarks(draft.Title);
        if (SideNotes.PeelTrailing(title) is var (peeled, notes, otherVersion))
        {
            // "Title, OSDI 2020 (Best Paper Award)", "Title, NeurIPS 2023, Oral": a note after the label is the
            // publication's. "Title, SOSP 2021 (see also HotOS 2019)": another version's label is never this listing's,
            // so it is a note even when no label is left.
            draft.Title = peeled;
            TakeLabelFromTitleEndWithoutNotes(draft);
            if (draft.Label is null && !otherVersion)
            {
                draft.Title = title;
                return;
            }

            foreach (var note in notes)
            {
                draft.AddNote(note);
            }

            return;
        }

        TakeLabelFromTitleEndWithoutNotes(draft, title);
    }

    /// <summary>"Title — *VLDB 2023* — [[paper]](url)": the dash before the links ends no title.</summary>
    private static string WithoutTrailingPieceMarks(string title)
    {
        title = title.TrimEnd();
        while (title.Length > 2 && title[title.Length - 2] == ' ' && IsPieceMark(title[title.Length - 1]))
        {
            title = title.Substring(0, title.Length - 2).TrimEnd();
        }

        return title;
    }

    /// <inheritdoc cref="TakeLabelFromTitleEnd"/>
    private static void TakeLabelFromTitleEndWithoutNotes(EntryDraft draft, string? title = null)
    {
        title ??= WithoutTrailingPieceMarks(draft.Title);

        if (WithoutVolumeBeforeYear(title, out var volume) is { } unnumbered)
        {
            // "Title, Journal of Systems and Software, 198:111, 2023": the volume and pages are a note, if a label is left.
            draft.Title = unnumbered;
            TakeLabelFromTitleEndWithoutNotes(draft);
            if (draft.Label is null)
            {
                draft.Title = title;
                return;
            }

            draft.AddNote(volume);
            return;
        }

        // "Title (OSDI '20).": the sentence's stop after the group is not part of it.
        var closed = title.TrimEnd('.', ',', ';', ' ');
        if (closed.EndsWith(")", StringComparison.Ordinal))
        {
            var open = OpeningOfLast(closed);
            if (open > 0 && closed.Length - open > 2 && TakeGroup(closed.Substring(open), draft))
            {
                draft.Title = closed.Substring(0, open);
                TakeVenueBeforeGroup(draft);
                return;
            }

            if (closed.Length == title.Length)
            {
                return;
            }
        }

        foreach (var separator in new[] { ". ", ",, ", ", ", " - ", " \u2013 ", " \u2014 ", " \u00B7 ", " \u2022 " })
        {
            // ",, " stands for "Title, Venue, 2023": a one-word venue and the year after the last two commas.
            var pair = separator == ",, ";
            var at = pair && title.LastIndexOf(", ", StringComparison.Ordinal) is var last and > 0
                ? title.LastIndexOf(", ", last - 1, StringComparison.Ordinal)
                : separator == ". " ? LastSentenceEnd(title)
                : title.LastIndexOf(separator, StringComparison.Ordinal);
            var rest = at > 0 ? title.Substring(at + (pair ? 2 : separator.Length)).TrimEnd('.') : string.Empty;
            var label = at <= 0 ? null
                : separator == ", " && LabelReader.BareYear(rest) is { } year ? year
                : LabelReader.Read(rest, pair ? 2 : TrailingVenueWords);
            if (label is not null && (label.Note is null || LabelReader.IsStatus(label.Note) || SideNotes.IsPresentation(label.Note))
                && (!pair || label.Venue.IndexOf(' ') < 0) && !AuthorText.IsAuthorList(label.Venue, allowSingleName: false)
                && !(separator == ", " && HoldsPieces(label.Venue)))
            {
                draft.Label = label;
                draft.Title = title.Substring(0, at);
                if (label is { Venue.Length: 0, Month: > 0 } && VenueBeforeDate(draft.Title) is var (venueAt, venue))
                {
                    // "Title — arXiv, Mar 2023": a one-word venue after a dash, then the date.
                    draft.Label = label with { Venue = venue };
                    draft.Title = draft.Title.Substring(0, venueAt);
                }
                else if (label is { Venue.Length: 0 } && (VenueAfterIn(draft.Title) ?? VenueTitleAtEnd(draft.Title)) is var (inAt, inVenue))
                {
                    // "Title, in Proc. of the Symposium on … (SOSP '23), 2023": the venue after "in", then the year;
                    // "Title, Journal of Systems and Software, 2021": a venue's name, then the year.
                    draft.Label = label with { Venue = inVenue };
                    draft.Title = draft.Title.Substring(0, inAt);
                }

                // "Title. A. Writer, B. Coder. OSDI 2019": what is between the title and the label is the authors.
                var first = separator == ". " ? draft.Title.IndexOf(". ", StringComparison.Ordinal) : -1;
                if (first > 0)
                {
                    draft.AddNote(draft.Title.Substring(first + 2));
                    draft.Title = draft.Title.Substring(0, first);
                }

                // "Title - Alice Smith, Bob Jones - EuroSys 2021": so between two dashes.
                var dash = separator[0] == ' ' ? draft.Title.LastIndexOf(separator, StringComparison.Ordinal) : -1;
                if (dash > 0 && AuthorText.IsAuthorList(draft.Title.Substring(dash + separator.Length), allowSingleName: true))
                {
                    draft.AddNote(draft.Title.Substring(dash + separator.Length));
                    draft.Title = draft.Title.Substring(0, dash);
                }

                return;
            }
        }
    }

    /// <summary>
    /// What comes between a title and the label in parentheses that ended it, when it says where the paper appeared:
    /// a reference's proceedings (<c>Title. In Proceedings of the 2018 USENIX Annual Technical Conference (ATC '18)</c>,
    /// <c>Title, in Proc. OSDI (2023)</c>) or a venue's label with its year (<c>Title. OSDI '23 (2023)</c>, <c>Title.
    /// USENIX ATC 2023 (ATC '23)</c>). It leaves the title; it gives the label the venue or the year the parentheses lack; the authors
    /// before it after a comma are a note (<c>Title, A. Writer, B. Coder, in Proc. OSDI (2023)</c>), and after a stop
    /// <see cref="TakeAuthors"/> takes them.
    /// </summary>
    private static void TakeVenueBeforeGroup(EntryDraft draft)
    {
        var title = draft.Title.TrimEnd(' ', ',', '.');
        var label = draft.Label!;
        Label? written = null;
        var at = Math.Max(
            Math.Max(title.LastIndexOf(", in ", StringComparison.OrdinalIgnoreCase), title.LastIndexOf(". In ", StringComparison.Ordinal)),
            title.LastIndexOf(". In: ", StringComparison.Ordinal));
        if (at > 0)
        {
            // "Fast Restore. In GPU Clusters (SC '22)" is a title: after "In", a venue's name alone counts only where
            // the parentheses name none, as one venue word ("In OSDI (2023)", "In USENIX ATC (2023)") or a venue's name
            // written out ("In ACM Computing Surveys (2021)"), and else only a proceedings' words or a label with its year.
            var text = title.Substring(at + 2).Trim();
            var proceedings = IsProceedings(text.Substring(2).TrimStart(':', ' '));
            written = LabelReader.Read(text, ReferenceReader.MaxVenueWords) is { Venue.Length: > 0 } inLabel ? inLabel
                : label.Venue.Length == 0 && VenueAfterIn(title) is var (_, venue)
                    && (UnbracketedLabels.IsVenueWord(venue) || LabelReader.IsVenueTitle(venue) || proceedings)
                    ? new Label(venue, 0, 0, null, null, null)
                : null;
            if (written is null && !proceedings)
            {
                return;
            }
        }
        else
        {
            // "Title, OSDI '23 (2023)" and "Title. USENIX OSDI 2023 (OSDI '23)": a label with its year. A venue's name
            // alone is no label there: "CRIU, GPU (OSDI '23)", "Spot Instances, AWS (2021)" and "Checkpointing in
            // HPC. MPI (2021)" are titles.
            at = Math.Max(LastSentenceEnd(title), title.LastIndexOf(", ", StringComparison.Ordinal));
            var rest = at > 0 ? title.Substring(at + 2).Trim() : string.Empty;
            written = LabelReader.Read(rest, TrailingVenueWords) is { Venue.Length: > 0 } restLabel ? restLabel : null;
            if (written is null || !(LabelReader.IsVenueName(written.Venue) || LabelReader.IsArXiv(written.Venue)))
            {
                return;
            }
        }

        if (written is not null)
        {
            draft.Label = label with
            {
                Venue = label.Venue.Length == 0 ? written.Venue : label.Venue,
                Year = label.Year == 0 ? written.Year : label.Year,
                ArXivId = label.Venue.Length == 0 ? written.ArXivId : label.ArXivId,
            };
        }

        // "Title, A. Writer, B. Coder, in Proc. OSDI (2023)": authors after a comma, when the title has no stop (after
        // one, TakeAuthors takes them) and they are written as people are, with initials or "et al.".
        title = title.Substring(0, at);
        var comma = title.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && LastSentenceEnd(title) < 0 && WritesInitials(title.Substring(comma + 2))
            && AuthorText.IsAuthorList(title.Substring(comma + 2), allowSingleName: false))
        {
            draft.AddNote(title.Substring(comma + 2));
            title = title.Substring(0, comma);
        }

        draft.Title = title;
    }

    /// <summary>Whether a venue's text starts with the words of proceedings: <c>Proc.</c>, <c>Proc</c>, <c>Proceedings</c>; not <c>Processes</c>.</summary>
    private static bool IsProceedings(string text)
        => text.StartsWith("Proceedings", StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith("Proc", StringComparison.OrdinalIgnoreCase) && (text.Length == 4 || text[4] is '.' or ' '));

    /// <summary>Whether a list of names has an initial (<c>A. Writer</c>) or <c>et al</c>.</summary>
    private static bool WritesInitials(string names)
    {
        if (names.IndexOf("et al", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        for (var i = 0; i + 2 < names.Length; i++)
        {
            if (char.IsUpper(names[i]) && names[i + 1] == '.' && (i == 0 || !char.IsLetter(names[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The venue a title ends with after <c>, in</c> or <c>. In</c>, as a reference written title first names it: the
    /// label in parentheses at its end (<c>… Principles (SOSP '23)</c> gives SOSP), else its words
    /// (<c>in Proc. OSDI</c> gives OSDI). Null when the title has no such ending.
    /// </summary>
    private static (int At, string Venue)? VenueAfterIn(string title)
    {
        var at = Math.Max(title.LastIndexOf(", in ", StringComparison.OrdinalIgnoreCase), title.LastIndexOf(". In ", StringComparison.Ordinal));
        if (at <= 0)
        {
            return null;
        }

        var text = title.Substring(at + 2).Trim().TrimEnd(',', '.', ' ');
        if (EndGroup(text) is var (start, end) && end == text.Length && start > 0
            && LabelReader.Read(text.Substring(start + 1, end - start - 2).Trim(), TrailingVenueWords) is { Venue.Length: > 0 } inner)
        {
            return (at, inner.Venue);
        }

        // "Fault Tolerance, in Theory and in Practice, 2023" is a title: the words must be a proceedings' or a venue's.
        var proceedings = text.Substring(2).TrimStart().StartsWith("Proc", StringComparison.OrdinalIgnoreCase);
        return LabelReader.ReadVenue(text, ReferenceReader.MaxVenueWords) is var (venue, _) && (proceedings || LabelReader.IsVenueName(venue))
            ? (at, venue)
            : null;
    }

    /// <summary>A venue's name written out (<see cref="LabelReader.IsVenueTitle"/>) after the last comma of a title; null when there is none.</summary>
    private static (int At, string Venue)? VenueTitleAtEnd(string title)
    {
        var at = title.LastIndexOf(", ", StringComparison.Ordinal);
        var venue = at > 0 ? title.Substring(at + 2).Trim() : string.Empty;
        return LabelReader.IsVenueTitle(venue) ? (at, venue) : null;
    }

    /// <summary>Where the last <c>". "</c> that ends a sentence is, not an abbreviation's (<c>Proc. of EuroSys</c>); -1 when none does.</summary>
    private static int LastSentenceEnd(string title)
    {
        for (var at = title.LastIndexOf(". ", StringComparison.Ordinal); at > 0; at = title.LastIndexOf(". ", at - 1, StringComparison.Ordinal))
        {
            // "… Ryan Marcus et al. VLDB 2019": "et al." ends a list of authors, and so their sentence.
            if (!ReferenceReader.EndsAbbreviation(title, at) || string.CompareOrdinal(title, Math.Max(0, at - 6), " et al", 0, 6) == 0)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>A one-word venue (<see cref="LabelReader.IsOneWordVenue"/>) after a dash that ends a title; null when there is none.</summary>
    private static (int At, string Venue)? VenueBeforeDate(string title)
    {
        foreach (var dash in Dashes)
        {
            var at = title.LastIndexOf(dash, StringComparison.Ordinal);
            var word = at > 0 ? title.Substring(at + dash.Length).Trim() : string.Empty;
            if (LabelReader.IsOneWordVenue(word))
            {
                return (at, word);
            }
        }

        return null;
    }

    /// <summary>Trims what a title never ends with: a period, a comma, a colon, quotes around it.</summary>
    private static string CleanTitle(string title)
    {
        title = InlineMarkdown.Collapse(title);
        if (title.EndsWith(".", StringComparison.Ordinal) && !title.EndsWith("..", StringComparison.Ordinal))
        {
            title = title.Substring(0, title.Length - 1);
        }

        // "Lazy Restore (🚀) (OSDI 2020)", "Lazy Restore (🚀 Fast Edition)": parentheses left empty, or opened before a
        // space, by an emoji that became a note; "Why malloc() Is Slow" keeps its pair.
        title = title.Replace(" ()", string.Empty).Replace("( ", "(");
        title = title.TrimEnd(',', ';', ':', ' ', '-', '\u2013', '\u2014', '(', '[').TrimStart('-', ' ', ':');

        // "- Paper: [Fast Restore](…) (OSDI 2020)": the field names what follows, which is the title.
        var colon = title.IndexOf(':');
        if (colon > 0 && colon + 1 < title.Length && title[colon + 1] == ' ' && UnbracketedLabels.IsOneOf(title.Substring(0, colon), TitleFields))
        {
            title = title.Substring(colon + 1).TrimStart();
        }

        if (title.Length >= 2 && title[0] is '"' or '\u201C' && title[title.Length - 1] is '"' or '\u201D')
        {
            title = title.Substring(1, title.Length - 2).Trim();
        }

        return title;
    }

    private static bool HasMoreContent(List<Inline> tokens, int from)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            if (tokens[i].Kind is not (InlineKind.Text or InlineKind.Break or InlineKind.Emphasis) || tokens[i].Text.Trim().Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a title so far ends a sentence: <c>.</c>, <c>?</c> or <c>!</c> after its last word.</summary>
    private static bool EndsSentence(StringBuilder title)
    {
        var last = title.Length - 1;
        while (last >= 0 && char.IsWhiteSpace(title[last]))
        {
            last--;
        }

        return last > 0 && title[last] is '.' or '?' or '!' && !char.IsWhiteSpace(title[last - 1]) && title[last - 1] != '.';
    }

    /// <summary>Whether a text, after its leading white space, starts with a letter or digit.</summary>
    private static bool StartsWithWord(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.Length > 0 && char.IsLetterOrDigit(trimmed[0]);
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line holds only images (badges) and white space.</summary>
    public static bool IsOnlyImages(List<Inline> tokens)
    {
        var images = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == InlineKind.Image)
            {
                images++;
            }
            else if (token.Kind != InlineKind.Emphasis && (token.Kind != InlineKind.Text || token.Text.Trim().Length > 0))
            {
                return false;
            }
        }

        return images > 0;
    }

    /// <summary>
    /// Whether the line is only a paper's links, named as links are (<c>[pdf](…) | [code](…)</c>, <c>[[Paper](…)]</c>), with
    /// nothing but separators between them: the details of a paper, not a paper.
    /// </summary>
    public static bool IsOnlyLinks(List<Inline> tokens)
    {
        var links = 0;
        foreach (var token in tokens)
        {
            if (token.Kind is InlineKind.Link or InlineKind.Image && IsLinkName(token.Text))
            {
                links++;
            }
            else if (token.Kind is not (InlineKind.Emphasis or InlineKind.Pipe or InlineKind.Emoji)
                && (token.Kind != InlineKind.Text || token.Text.Trim(' ', '[', ']', '(', ')', '|', ',', ';', '/', '-', '\u2013', '\u2014', '\u00B7', '\u2022').Length > 0))
            {
                return false;
            }
        }

        return links > 0;
    }

    /// <summary>A <c>paper</c> or <c>pdf</c> link, wherever the entry has it, is the paper's URL when it has none yet (an anchor never is).</summary>
    private static void TakePaperLink(Inline token, EntryDraft draft)
    {
        if (draft.Url is null && token.Kind == InlineKind.Link && IsPaperLinkLabel(token.Text) && token.Url is { Length: > 0 } url && url[0] != '#')
        {
            draft.SetUrl(url);
        }
    }

    private static bool IsPaperLinkLabel(string label)
    {
        label = label.Trim('[', ']', ' ');
        return label.Equals("paper", StringComparison.OrdinalIgnoreCase) || label.Equals("pdf", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSeparator(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsWhiteSpace(c) || c is '|' or '-' or '\u00B7' or '\u2022' or ',' or '/' or '.' or ':' or '\u2013' or '\u2014'))
            {
                return false;
            }
        }

        return true;
    }
}
