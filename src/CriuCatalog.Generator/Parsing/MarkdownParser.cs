using System;
using System.Collections.Generic;
using System.Threading;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Diagnostics;

namespace CriuCatalog.Generator.Parsing;

/// <summary>
/// Reads a Markdown paper list (docs/catalog-format.md, "Markdown lists"): headings are categories nested by level,
/// bullets, numbered items, table rows and labelled lines are entries, sub-bullets add to the entry above them,
/// and everything else is classified as skipped markup or reported. Every non-blank line gets a
/// <see cref="LineKind"/>, and any line not used has a diagnostic at its exact span.
/// </summary>
internal static class MarkdownParser
{
    /// <summary>The venue of an entry whose year is known (from a heading) but whose venue is not.</summary>
    public const string UnknownVenue = "Unknown";

    /// <summary>Words that make a heading with a year a span of time, not that year: <c>Before 2020</c>, <c>Since 2021</c>.</summary>
    private static readonly string[] TimeWords = ["before", "after", "until", "since", "prior", "pre", "older", "earlier", "later", "to"];

    /// <summary>The settings of a page's front matter that mark it as such (Jekyll, Hugo, MkDocs and the like).</summary>
    private static readonly string[] FrontMatterKeys =
        ["title", "layout", "permalink", "description", "date", "tags", "categories", "author", "authors", "nav_order", "parent", "sidebar", "toc", "lang", "slug", "draft", "weight", "summary"];

    /// <summary>The first words of a <c>&lt;summary&gt;</c> that says how to open its section rather than naming it.</summary>
    private static readonly string[] OpeningWords = ["click", "expand", "show", "see", "more", "details", "toggle", "open", "view", "bibtex", "citation", "cite"];

    /// <summary>The words of a count after a heading's name, <c>(3 papers)</c>.</summary>
    private static readonly string[] CountWords = ["paper", "papers", "item", "items", "entries", "works", "articles", "publications"];

    /// <summary>Words of a heading with a year that name the list's parts, never a venue: <c>Papers 2024</c>, <c>Year 2023</c>.</summary>
    /// <summary>
    /// Topics that lists write like acronyms and use as headings (<c>## GPU</c>, <c>## LLM</c>): no venue's name, though
    /// each has two capitals. Compared ignoring case, against a heading of one word.
    /// </summary>
    private static readonly string[] TopicWords =
    [
        "ai", "ml", "dl", "rl", "nlp", "cv", "llm", "llms", "vlm", "gnn", "cnn", "rnn", "dnn", "gan", "moe", "rag", "lora",
        "gpu", "gpus", "cpu", "cpus", "tpu", "npu", "dpu", "fpga", "asic", "rdma", "cuda", "hpc", "iot", "os", "db", "dbms",
        "kv", "nvm", "nvme", "ssd", "ssds", "cxl", "dram", "pim", "nic", "smartnic", "tee", "sgx", "vm", "vms", "api", "apis",
        "sql", "nosql", "olap", "oltp", "etl", "tcp", "quic", "http", "dns", "cdn", "p2p", "5g", "6g", "qos", "slo", "faas",
        "mpi", "wasm", "jit", "gc", "llvm", "ir", "ar", "vr", "xr", "qa", "k8s", "crdt", "bft", "ebpf", "tls", "ids",
    ];

    private static readonly string[] ListWords = ["year", "papers", "paper", "publications", "articles", "works", "talks", "entries", "news", "updates"];

    public static void Parse(string text, List<LineSlice> lines, ParseState state, CancellationToken cancellationToken)
    {
        var reader = new Reader(text, lines, state);
        for (var i = 0; i < lines.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequestedAt(i);
            i = reader.Read(i);
        }

        reader.FinishEntry();
        state.Title ??= reader.FrontMatterTitle;
        DropEmptyHeadings(state);
        state.Lines.Sort((a, b) => a.Line.CompareTo(b.Line));
    }

    /// <summary>
    /// A heading with no entry under it nor under its sub-headings (<c>## Contents</c>, <c>## License</c>, a heading
    /// over prose, a table of contents or only unread lines) is no category: its line becomes
    /// <see cref="LineKind.EmptyHeading"/>, and the categories after it and their entries are renumbered.
    /// </summary>
    private static void DropEmptyHeadings(ParseState state)
    {
        var categories = state.Categories;
        var used = new bool[categories.Count];
        foreach (var entry in state.Entries)
        {
            if (entry.CategoryIndex >= 0)
            {
                used[entry.CategoryIndex] = true;
            }
        }

        // A heading comes before its sub-headings, so one walk from the end carries "used" up the hierarchy.
        for (var c = categories.Count - 1; c >= 0; c--)
        {
            if (used[c] && categories[c].Parent >= 0)
            {
                used[categories[c].Parent] = true;
            }
        }

        if (Array.IndexOf(used, false) < 0)
        {
            return;
        }

        var renumbered = new int[categories.Count];
        var dropped = new HashSet<int>();
        var kept = new List<CategoryLine>();
        for (var c = 0; c < categories.Count; c++)
        {
            renumbered[c] = used[c] ? kept.Count : -1;
            if (used[c])
            {
                var parent = categories[c].Parent;
                kept.Add(categories[c] with { Parent = parent < 0 ? -1 : renumbered[parent] });
            }
            else
            {
                dropped.Add(categories[c].Location.LineSpan.Start.Line);
            }
        }

        categories.Clear();
        categories.AddRange(kept);
        for (var e = 0; e < state.Entries.Count; e++)
        {
            var entry = state.Entries[e];
            if (entry.CategoryIndex >= 0)
            {
                state.Entries[e] = entry with { CategoryIndex = renumbered[entry.CategoryIndex] };
            }
        }

        for (var l = 0; l < state.Lines.Count; l++)
        {
            if (state.Lines[l].Kind == LineKind.Heading && dropped.Contains(state.Lines[l].Line))
            {
                state.Lines[l] = state.Lines[l] with { Kind = LineKind.EmptyHeading };
            }
        }
    }

    /// <summary>An open heading: its level, its category, and the year or venue its text names.</summary>
    /// <param name="Level">The heading's level: 1 for <c>#</c>; one below the heading above for a summary or a bold line.</param>
    /// <param name="Category">Its index in the document's categories.</param>
    /// <param name="Year">The year it names, for the entries under it; 0 for none.</param>
    /// <param name="Venue">The venue it names, or <see langword="null"/>.</param>
    /// <param name="IsBold">A bold line used as a heading (<c>**Scheduling**</c>), one level below the heading above it.</param>
    private readonly record struct Heading(int Level, int Category, int Year, string? Venue, bool IsBold = false);

    private sealed class Reader(string text, List<LineSlice> lines, ParseState state)
    {
        private readonly List<Heading> _headings = [];

        // The list's link reference definitions ("[ref]: https://…"), by label, and the lines that hold them.
        private readonly (Dictionary<string, string>? Urls, HashSet<int>? Lines) _references = ReadReferences(text, lines);

        // The open <details> sections, innermost last: the level of the category each one's summary made, or 0.
        private readonly List<int> _details = [];
        private bool _inFence;
        private bool _inComment;
        private bool _seenContent;

        private EntryDraft? _entry;
        private LineSlice _entryLine;
        private int _entryStart;
        private int _entryEnd;
        private int _entryIndent;
        private bool _blankSinceEntry;

        private TableColumns? _table;

        /// <summary>The <c>title:</c> of the file's front matter, the catalog's title when no heading gives one.</summary>
        public string? FrontMatterTitle { get; private set; }

        /// <summary>
        /// The line that closes front matter opened by <c>---</c> on the first line (<c>---</c> or <c>...</c>, within
        /// 200 lines, as GitHub Pages and static site generators write it), or -1 when there is none. Every line between
        /// must read as YAML settings (<c>key: value</c>, an indented or <c>- </c> line after a key, no Markdown link)
        /// and one key must be a page setting that such pages use (<c>title</c>, <c>layout</c>, …), so a list between
        /// two rules is never taken for settings.
        /// </summary>
        private int FrontMatterEnd()
        {
            var keys = false;
            var keyed = false;
            for (var i = 1; i < lines.Count && i <= 200; i++)
            {
                var start = lines[i].ContentStart;
                var end = lines[i].End;
                var first = start;
                SourceLines.Trim(text, ref start, ref end);
                if (end - start == 3 && (string.CompareOrdinal(text, start, "---", 0, 3) == 0 || string.CompareOrdinal(text, start, "...", 0, 3) == 0))
                {
                    return keys ? i : -1;
                }

                if (start == end)
                {
                    continue;
                }

                if (text.IndexOf("](", start, end - start, StringComparison.Ordinal) >= 0)
                {
                    return -1;
                }

                if (YamlKey(start, end) is { } key)
                {
                    keys |= Array.IndexOf(FrontMatterKeys, key) >= 0;
                    keyed = true;
                }
                else if (!keyed || (start == first && !(end - start > 1 && text[start] == '-' && text[start + 1] == ' ')))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary><c>title: Reading list</c>, <c>tags:</c>: the YAML key at the start of the line, in lower case; null when there is none.</summary>
        private string? YamlKey(int start, int end)
        {
            var i = start;
            while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-'))
            {
                i++;
            }

            return i > start && char.IsLetter(text[start]) && i < end && text[i] == ':' && (i + 1 == end || text[i + 1] == ' ')
                ? text.Substring(start, i - start).ToLowerInvariant()
                : null;
        }

        /// <summary>Front matter is the page's settings, not the list: skipped, but for its title.</summary>
        private void ReadFrontMatter(int close)
        {
            for (var i = 0; i <= close; i++)
            {
                var start = lines[i].ContentStart;
                var end = lines[i].End;
                SourceLines.Trim(text, ref start, ref end);
                const string Key = "title:";
                if (i > 0 && i < close && end - start > Key.Length && string.CompareOrdinal(text, start, Key, 0, Key.Length) == 0)
                {
                    var title = text.Substring(start + Key.Length, end - start - Key.Length).Trim();
                    if (title.Length >= 2 && title[0] is '"' or '\'' && title[title.Length - 1] == title[0])
                    {
                        title = title.Substring(1, title.Length - 2).Trim();
                    }

                    FrontMatterTitle ??= title.Length > 0 ? title : null;
                }

                state.Classify(lines[i], LineKind.Skipped);
            }
        }

        /// <summary>Reads line <paramref name="i"/> and returns the index of the last line it used.</summary>
        public int Read(int i)
        {
            var line = lines[i];
            var start = line.ContentStart;
            var end = line.End;
            SourceLines.Trim(text, ref start, ref end);
            if (start == end)
            {
                _blankSinceEntry = true;
                _table = null;
                return i;
            }

            if (_references.Lines?.Contains(i) == true && !_inFence && !_inComment)
            {
                // "[ref]: https://…": where the list's reference links lead, not a line of its own.
                FinishEntry();
                _table = null;
                state.Classify(line, LineKind.Skipped);
                return i;
            }

            if (i == 0 && end - start == 3 && string.CompareOrdinal(text, start, "---", 0, 3) == 0 && FrontMatterEnd() is var close and > 0)
            {
                ReadFrontMatter(close);
                return close;
            }

            if (StartsSkipped(ref start, end, out var tags))
            {
                if (tags && ReadDetails(line, start, end))
                {
                    return i;
                }

                FinishEntryUnlessIndented(line);
                state.Classify(line, LineKind.Skipped);
                return i;
            }

            if (MarkdownLines.HeadingLevel(text, start, end, out var headingStart, out var headingEnd) is var level and > 0)
            {
                FinishEntry();
                _table = null;
                if (PaperHeading(i, level, headingStart, headingEnd) is { } paper)
                {
                    // Under the heading above it, as a heading of its level would be; every line up to the next
                    // heading is the paper's, as a sub-bullet is its entry's.
                    _seenContent = true;
                    CloseHeadings(level);
                    Open(paper, line, start, end, indent: -1);
                    return i;
                }

                ReadHeading(line, start, end, level, headingStart, headingEnd);
                return i;
            }

            if (_table is null && IsTableStart(i, start, end))
            {
                FinishEntry();
                _table = MarkdownTableReader.ReadHeader(text, start, end);
                _seenContent = true;
                state.Classify(line, LineKind.TableHeader);
                state.Classify(lines[i + 1], LineKind.TableSeparator);
                return i + 1;
            }

            if (_table is { } columns && (MarkdownLines.IsTableRow(text, start, end) || text.IndexOf('|', start, end - start) >= 0))
            {
                ReadTableRow(line, start, end, columns);
                return i;
            }

            _table = null;

            // A setext heading: a line of text, not indented and not part of an entry, underlined with === or ---.
            if (i + 1 < lines.Count
                && line.ContentStart == start
                && (_entry is null || _blankSinceEntry)
                && MarkdownLines.BulletContent(text, start, end) < 0
                && text[start] is not ('|' or '>' or '<')
                && MarkdownLines.SetextLevel(text, lines[i + 1].ContentStart, lines[i + 1].End) is var setext and > 0)
            {
                FinishEntry();
                ReadHeading(line, start, end, setext, start, end);
                state.Classify(lines[i + 1], LineKind.Skipped);
                return i + 1;
            }

            if (MarkdownLines.IsRule(text, start, end))
            {
                FinishEntry();
                state.Classify(line, LineKind.Skipped);
                return i;
            }

            var indent = MarkdownLines.Indent(text, line);
            var content = MarkdownLines.BulletContent(text, start, end);
            if (content < 0 && line.ContentStart == start && (_entry is null || _blankSinceEntry)
                && BoldHeadingName(start, end) is var (nameStart, nameEnd) && nameEnd > nameStart && BulletFollows(i))
            {
                // "**Scheduling**" over a list: a category under the heading above, as lists write sub-headings.
                FinishEntry();
                var above = 1;
                for (var h = _headings.Count - 1; h >= 0; h--)
                {
                    if (!_headings[h].IsBold)
                    {
                        above = _headings[h].Level;
                        break;
                    }
                }

                ReadHeading(line, start, end, above + 1, nameStart, nameEnd, isBold: true);
                return i;
            }

            if (content >= 0)
            {
                ReadBullet(line, start, end, content, indent);
            }
            else
            {
                ReadText(line, start, end, indent);
            }

            return i;
        }

        public void FinishEntry()
        {
            if (_entry is not { } draft)
            {
                return;
            }

            _entry = null;
            AddEntry(draft, _entryLine, _entryStart, _entryEnd);
        }

        /// <summary>
        /// Code fences, HTML comments, <c>&lt;details&gt;</c> wrappers and lines of only HTML tags. A line whose comment
        /// closes before more text is not skipped: <paramref name="start"/> moves past the comment, and the rest is read.
        /// <paramref name="tags"/> is set when the line is skipped for its tags, not as code or a comment, so that
        /// <see cref="ReadDetails"/> may read it.
        /// </summary>
        private bool StartsSkipped(ref int start, int end, out bool tags)
        {
            tags = false;
            if (_inFence)
            {
                _inFence = !MarkdownLines.IsFence(text, start, end);
                return true;
            }

            if (_inComment)
            {
                var close = text.IndexOf("-->", start, end - start, StringComparison.Ordinal);
                _inComment = close < 0;
                return close < 0 || !RestAfter(close + 3, ref start, end);
            }

            if (MarkdownLines.IsFence(text, start, end))
            {
                _inFence = true;
                return true;
            }

            // Comments at the start of the line, one after another; what follows the last one is read.
            while (end - start >= 4 && string.CompareOrdinal(text, start, "<!--", 0, 4) == 0)
            {
                var close = text.IndexOf("-->", start + 4, end - start - 4, StringComparison.Ordinal);
                _inComment = close < 0;
                if (close < 0 || !RestAfter(close + 3, ref start, end))
                {
                    return true;
                }
            }

            if (text[start] != '<')
            {
                return false;
            }

            tags = true;
            return StartsWithTag(start, end, "details") || StartsWithTag(start, end, "/details") || StartsWithTag(start, end, "summary")
                || InlineMarkdown.Clean(text, start, end).Length == 0;
        }

        /// <summary>
        /// A collapsed section, <c>&lt;details&gt;&lt;summary&gt;On-Device Training&lt;/summary&gt;</c> … <c>&lt;/details&gt;</c>, as
        /// lists fold their parts: its summary is a category one level below the heading above it, and its papers are
        /// in it until <c>&lt;/details&gt;</c>. A summary that only says how to open it (<c>Click to expand</c>) is none.
        /// False when the line is no such summary or end, and is skipped as before.
        /// </summary>
        private bool ReadDetails(LineSlice line, int start, int end)
        {
            if (StartsWithTag(start, end, "/details"))
            {
                var level = _details.Count > 0 ? _details[_details.Count - 1] : 0;
                if (_details.Count > 0)
                {
                    _details.RemoveAt(_details.Count - 1);
                }

                if (level == 0)
                {
                    return false;
                }

                FinishEntry();
                CloseHeadings(level);
                state.Classify(line, LineKind.Skipped);
                return true;
            }

            if (StartsWithTag(start, end, "details"))
            {
                // A section whose summary is no category closes as it opened.
                _details.Add(0);
            }

            var open = text.IndexOf("<summary", start, end - start, StringComparison.OrdinalIgnoreCase);
            var close = open < 0 ? -1 : text.IndexOf("</summary>", open, end - open, StringComparison.OrdinalIgnoreCase);
            var inner = open < 0 ? -1 : text.IndexOf('>', open, end - open) + 1;
            if (close < 0 || inner <= 0 || inner > close)
            {
                return false;
            }

            var name = InlineMarkdown.Clean(text, inner, close).Trim();
            if (name.Length == 0 || IsOpeningHint(name))
            {
                return false;
            }

            // "Older papers (click to expand)": the hint is not the category's.
            if (name.EndsWith(")", StringComparison.Ordinal) && name.LastIndexOf('(') is var hint and > 0 && IsOpeningHint(name.Substring(hint + 1))
                && text.LastIndexOf('(', close - 1, close - inner) is var paren and > 0 && paren > inner)
            {
                close = paren;
            }

            FinishEntry();
            var below = (_headings.Count > 0 ? _headings[_headings.Count - 1].Level : 1) + 1;
            if (_details.Count > 0 && _details[_details.Count - 1] == 0)
            {
                _details[_details.Count - 1] = below;
            }
            else
            {
                _details.Add(below);
            }

            ReadHeading(line, start, end, below, inner, close);
            return true;
        }

        /// <summary>Whether a summary's text says how to open its section (<c>Click to expand</c>) rather than naming it.</summary>
        private static bool IsOpeningHint(string text)
        {
            var first = text.TrimStart();
            var space = first.IndexOfAny([' ', ')']);
            return Array.IndexOf(OpeningWords, (space > 0 ? first.Substring(0, space) : first).ToLowerInvariant()) >= 0;
        }

        /// <summary>Whether non-blank text follows <paramref name="from"/> on the line; if so, <paramref name="start"/> moves to it.</summary>
        private bool RestAfter(int from, ref int start, int end)
        {
            var rest = from;
            var restEnd = end;
            SourceLines.Trim(text, ref rest, ref restEnd);
            if (rest >= restEnd)
            {
                return false;
            }

            start = rest;
            return true;
        }

        private bool StartsWithTag(int start, int end, string name)
            => end - start > name.Length + 1 && string.Compare(text, start + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && !char.IsLetterOrDigit(text[start + 1 + name.Length]);

        private bool IsTableStart(int i, int start, int end)
        {
            if (i + 1 >= lines.Count || text.IndexOf('|', start, end - start) < 0)
            {
                return false;
            }

            var next = lines[i + 1];
            var nextStart = next.ContentStart;
            var nextEnd = next.End;
            SourceLines.Trim(text, ref nextStart, ref nextEnd);
            return nextStart < nextEnd && MarkdownLines.IsTableSeparator(text, nextStart, nextEnd);
        }

        private void ReadHeading(LineSlice line, int start, int end, int level, int textStart, int textEnd, bool isBold = false)
        {
            var name = CleanHeading(textStart, textEnd);
            if (name.Length == 0)
            {
                state.Report(DiagnosticDescriptors.SkippedMarkdownLine, line, start, end, "an empty heading");
                state.Classify(line, LineKind.Reported);
                return;
            }

            if (level == 1 && !_seenContent && state.Title is null)
            {
                state.Title = name;
                _seenContent = true;
                state.Classify(line, LineKind.Title);
                return;
            }

            _seenContent = true;
            CloseHeadings(level);
            var parent = _headings.Count > 0 ? _headings[_headings.Count - 1].Category : -1;
            var index = state.Categories.Count;
            state.Categories.Add(new CategoryLine(name, state.Locate(line, textStart, textEnd)) { Level = level, Parent = parent });
            state.CurrentCategory = index;
            var (year, venue) = HeadingContext(name);
            _headings.Add(new Heading(level, index, year, venue, isBold));
            state.Classify(line, LineKind.Heading);
        }

        /// <summary>
        /// Closes the headings of <paramref name="level"/> and deeper: what follows is under the heading above them, or
        /// under none.
        /// </summary>
        private void CloseHeadings(int level)
        {
            while (_headings.Count > 0 && _headings[_headings.Count - 1].Level >= level)
            {
                _headings.RemoveAt(_headings.Count - 1);
            }

            state.CurrentCategory = _headings.Count > 0 ? _headings[_headings.Count - 1].Category : -1;
        }

        /// <summary>
        /// A heading that is a paper, not a category: its title (<c>### [Title](url)</c>, <c>### Title (OSDI 2020)</c>), with
        /// the paper's details on the lines under it, the first of them a field that says what the paper is
        /// (<c>- Venue: OSDI 2020</c>, <c>**Authors:** …</c>, <c>Year: 2019</c>) or its links alone (<c>- [pdf](…)</c>). It is
        /// one only when it has a venue (from the heading or a field) or the heading links to it, and a year (from those,
        /// an arXiv link or the headings above); otherwise it stays a category, as a heading over papers, a README's
        /// <c>## Citation</c> over <c>- Authors: …</c>, or a heading over <c>- Notes: …</c> is. Null for such a heading.
        /// </summary>
        private EntryDraft? PaperHeading(int i, int level, int textStart, int textEnd)
        {
            var next = NextContent(i);
            if ((level == 1 && !_seenContent && state.Title is null) || DetailTokens(next, first: true) is not { } details)
            {
                return null;
            }

            var tokens = InlineMarkdown.Tokenize(text, textStart, textEnd, _references.Urls);
            var trial = new EntryDraft();
            if (!MarkdownEntryReader.Read(tokens, trial))
            {
                return null;
            }

            // The details as the paper will read them, on a draft of their own, until they give it a venue and a year: a
            // paper's details are a few lines, so the look-ahead stops after MaxDetailLines.
            var linked = EntryDraft.IsWebUrl(trial.Url);
            for (var read = 0; details is not null && read < MaxDetailLines && !IsPaper(trial, linked, level); read++)
            {
                MarkdownEntryReader.ReadPart(details, trial);
                next = NextContent(next);
                details = DetailTokens(next, first: false);
            }

            if (!IsPaper(trial, linked, level) || PapersFollow(next))
            {
                return null;
            }

            // "### 2. Title": the number is the list's, as a category's is.
            var paper = new EntryDraft();
            MarkdownEntryReader.Read(tokens, paper);
            paper.Title = WithoutSectionNumber(paper.Title);
            return paper;
        }

        /// <summary>
        /// Whether a bullet that is a paper of its own (a label, or a link that is no link's name) comes after a heading's
        /// details, from line <paramref name="i"/> to the next heading: then the heading is over papers
        /// (<c>### Accepted papers</c>, <c>Conference: OSDI 2023, Boston</c>, <c>- [Fast Restore](…)</c>), and its fields
        /// are the section's, not a paper's. Reads at most <see cref="MaxDetailLines"/> lines.
        /// </summary>
        private bool PapersFollow(int i)
        {
            for (var read = 0; i >= 0 && read < MaxDetailLines; read++, i = NextContent(i))
            {
                if (MarkdownLines.HeadingLevel(text, lines[i].ContentStart, lines[i].End, out _, out _) > 0)
                {
                    return false;
                }

                var (start, end, isBullet) = Content(i);
                var draft = new EntryDraft();
                if (isBullet && MarkdownLines.Indent(text, lines[i]) == 0
                    && MarkdownEntryReader.Read(InlineMarkdown.Tokenize(text, start, end, _references.Urls), draft)
                    && (draft.Label is not null || draft.Url is not null))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The most lines under a heading read to tell whether it is a paper.</summary>
        private const int MaxDetailLines = 20;

        /// <summary>Whether a heading read so far, with its details, has a venue or its own link, and a year.</summary>
        private bool IsPaper(EntryDraft draft, bool linked, int level)
        {
            var arXiv = draft.LinkedArXivId is { } id && ArXivId.TryGetIssueYear(id, out _);
            var year = arXiv || draft.Label is { Year: > 0 } || _headings.Exists(h => h.Level < level && h.Year > 0);
            return year && (arXiv || linked || draft.Label is { Venue.Length: > 0 });
        }

        /// <summary>The next line after line <paramref name="i"/> that is not blank, or -1 at the end.</summary>
        private int NextContent(int i)
        {
            for (var next = i + 1; next < lines.Count; next++)
            {
                var (start, end, _) = Content(next);
                if (start < end)
                {
                    return next;
                }
            }

            return -1;
        }

        /// <summary>A line's text without its bullet, trimmed, and whether it is a bullet; empty for a blank line.</summary>
        private (int Start, int End, bool IsBullet) Content(int i)
        {
            var start = lines[i].ContentStart;
            var end = lines[i].End;
            SourceLines.Trim(text, ref start, ref end);
            var content = start < end ? MarkdownLines.BulletContent(text, start, end) : -1;
            return (content >= 0 ? content : start, end, content >= 0);
        }

        /// <summary>
        /// The pieces of line <paramref name="i"/> when it is a detail of a paper written as a heading, in a bullet or not:
        /// a field (<c>Venue: OSDI 2020</c>, <c>**Authors:** …</c>; on the <paramref name="first"/> line one that says what the
        /// paper is, not <c>Notes:</c>) or the paper's links alone (<c>- [pdf](…) | [code](…)</c>). Null for any other line.
        /// </summary>
        private List<Inline>? DetailTokens(int i, bool first)
        {
            if (i < 0 || MarkdownLines.HeadingLevel(text, lines[i].ContentStart, lines[i].End, out _, out _) > 0)
            {
                return null;
            }

            var (start, end, _) = Content(i);
            var tokens = InlineMarkdown.Tokenize(text, start, end, _references.Urls);
            var field = first ? MarkdownEntryReader.MetadataFieldName(tokens) : MarkdownEntryReader.FieldName(tokens);
            return field is not null || MarkdownEntryReader.IsOnlyLinks(tokens) ? tokens : null;
        }

        /// <summary>
        /// The link reference definitions of the list, <c>[label]: url</c> or <c>[label]: &lt;url&gt; "title"</c> at the start
        /// of a line (indented three spaces at most), outside code fences; (null, null) when it has none. The first
        /// definition of a label wins, as in Markdown.
        /// </summary>
        private static (Dictionary<string, string>? Urls, HashSet<int>? Lines) ReadReferences(string text, List<LineSlice> lines)
        {
            Dictionary<string, string>? urls = null;
            HashSet<int>? at = null;
            var fence = false;
            for (var i = 0; i < lines.Count; i++)
            {
                var start = lines[i].ContentStart;
                var end = lines[i].End;
                SourceLines.Trim(text, ref start, ref end);
                if (MarkdownLines.IsFence(text, start, end))
                {
                    fence = !fence;
                    continue;
                }

                if (fence || end - start < 5 || text[start] != '[' || start - lines[i].ContentStart > 3)
                {
                    continue;
                }

                var close = text.IndexOf("]:", start, end - start, StringComparison.Ordinal);
                if (close <= start + 1 || text.IndexOf(']', start, close - start) >= 0 || text.IndexOf('[', start + 1, close - start - 1) >= 0)
                {
                    continue;
                }

                var urlStart = close + 2;
                SourceLines.Trim(text, ref urlStart, ref end);
                if (urlStart >= end)
                {
                    continue;
                }

                var url = text.Substring(urlStart, end - urlStart);
                url = url.Length > 1 && url[0] == '<' && url.IndexOf('>') is var gt and > 1 ? url.Substring(1, gt - 1) : url.Split(' ')[0];
                if (url.IndexOf(':') < 0 && url[0] is not ('/' or '#' or '.'))
                {
                    // "[note]: see below" is prose, not a definition: a destination is a URL or a path.
                    continue;
                }

                urls ??= new Dictionary<string, string>(StringComparer.Ordinal);
                at ??= [];
                var label = InlineMarkdown.ReferenceLabel(text.Substring(start + 1, close - start - 1));
                if (!urls.ContainsKey(label))
                {
                    urls[label] = url;
                }

                at.Add(i);
            }

            return (urls, at);
        }

        /// <summary>
        /// The text inside a line that is all bold, <c>**Scheduling**</c> or <c>__Scheduling__</c> (a colon after or
        /// inside the markers allowed), of at most eight words and no link; (0, 0) for any other line.
        /// </summary>
        private (int Start, int End) BoldHeadingName(int start, int end)
        {
            if (end > start && text[end - 1] == ':')
            {
                end--;
            }

            if (end - start < 5 || !(text[start] is '*' or '_') || text[start + 1] != text[start] || text[end - 1] != text[start] || text[end - 2] != text[start])
            {
                return (0, 0);
            }

            var marker = text.Substring(start, 2);
            var innerStart = start + 2;
            var innerEnd = end - 2;
            if (text.IndexOf(marker, innerStart, innerEnd - innerStart, StringComparison.Ordinal) >= 0 || text.IndexOf('[', innerStart, innerEnd - innerStart) >= 0)
            {
                return (0, 0);
            }

            var words = 1;
            for (var c = innerStart; c < innerEnd; c++)
            {
                words += text[c] == ' ' && c > innerStart && text[c - 1] != ' ' ? 1 : 0;
            }

            return words <= 8 ? (innerStart, innerEnd) : (0, 0);
        }

        /// <summary>Whether the next line that is not blank, after line <paramref name="i"/>, is a bullet.</summary>
        private bool BulletFollows(int i)
        {
            for (var next = i + 1; next < lines.Count; next++)
            {
                var start = lines[next].ContentStart;
                var end = lines[next].End;
                SourceLines.Trim(text, ref start, ref end);
                if (start < end)
                {
                    return MarkdownLines.BulletContent(text, start, end) >= 0;
                }
            }

            return false;
        }

        /// <summary>
        /// A heading's text as a name: Markdown cleaned; emoji, images and the links to anchors beside its words
        /// (<c>## Inference [↑](#contents)</c>) removed; and the section number before it and the count after it
        /// (<c>## 1.2 Training (3 papers)</c>), which are the list's, not the category's.
        /// </summary>
        private string CleanHeading(int start, int end)
        {
            var tokens = InlineMarkdown.Tokenize(text, start, end, _references.Urls);
            var words = tokens.Exists(t => t.Kind == InlineKind.Text && t.Text.Trim().Length > 0);
            var kept = new List<Inline>();
            foreach (var token in tokens)
            {
                if (token.Kind is not (InlineKind.Emoji or InlineKind.Image)
                    && !(words && token.Kind == InlineKind.Link && token.Url is { Length: > 0 } url && url[0] == '#'))
                {
                    kept.Add(token);
                }
            }

            return WithoutCount(WithoutSectionNumber(InlineMarkdown.Join(kept).Trim(':', ' ', '-'))).Trim(':', ' ', '-');
        }

        /// <summary>
        /// <c>1. Training</c>, <c>2.3 Training</c>, <c>4) Training</c>: the name without its section number, numbers of
        /// one or two digits each ended by a dot or a parenthesis but the last, so no year and no <c>3D Vision</c>.
        /// </summary>
        private static string WithoutSectionNumber(string name)
        {
            var i = 0;
            var numbered = false;
            while (i < name.Length && name[i] is >= '0' and <= '9')
            {
                var digits = 1;
                while (i + digits < name.Length && name[i + digits] is >= '0' and <= '9')
                {
                    digits++;
                }

                i += digits;
                if (digits > 2 || i >= name.Length)
                {
                    return name;
                }

                if (name[i] is '.' or ')')
                {
                    numbered = true;
                    i++;
                }
                else if (name[i] != ' ' || !numbered)
                {
                    return name;
                }
            }

            var rest = name.Substring(i).TrimStart();
            return numbered && rest.Length < name.Length && rest.Length > 0 && char.IsLetter(rest[0]) ? rest : name;
        }

        /// <summary><c>Training (3 papers)</c>, <c>Training (12)</c>: the name without the count after it (at most three digits, so no year).</summary>
        private static string WithoutCount(string name)
        {
            if (name.Length < 4 || name[name.Length - 1] != ')' || name.LastIndexOf('(') is not (var open and > 0))
            {
                return name;
            }

            var inner = name.Substring(open + 1, name.Length - open - 2).Trim().Split(' ');
            var number = inner[0].Length is > 0 and <= 3;
            foreach (var c in inner[0])
            {
                number &= c is >= '0' and <= '9';
            }

            var isCount = number && (inner.Length == 1 || (inner.Length == 2 && Array.IndexOf(CountWords, inner[1].ToLowerInvariant()) >= 0));
            return isCount && name.Substring(0, open).Trim() is { Length: > 0 } rest ? rest : name;
        }

            /// <summary>
        /// The year or venue a heading names, for the entries under it that have no label: <c>2025</c>, <c>OSDI 2023</c>,
        /// <c>2024 Papers</c> or <c>Year 2023</c> (a year and a few words that are no venue), or one word written like a
        /// venue's acronym (<c>SIGMOD</c>, <c>NeurIPS</c>, <c>arXiv</c>) that is no topic (<c>GPU</c>). <c>Before 2020</c>
        /// names no year.
        /// </summary>
        private static (int Year, string? Venue) HeadingContext(string name)
        {
            if (name.Length == 4 && CatalogYear.TryParse(name, out var year, out _))
            {
                return (year, null);
            }

            // "## Accepted to OSDI 2024" is a venue's heading as "## OSDI 2024" is; another note says the heading is about more.
            if (LabelReader.Read(name, maxVenueWords: 3) is { } label && (label.Note is null || LabelReader.IsStatus(label.Note)) && IsHeadingVenue(label.Venue))
            {
                return (label.Year, label.Venue);
            }

            if (YearAmongWords(name) is var named and > 0)
            {
                return (named, null);
            }

            // A word alone written like a venue's acronym is one, unless it is a topic written the same way ('## GPU',
            // '## LLM') that no venue of the venue-kind table is named ('## eBPF' is a workshop's).
            return (0, LabelReader.IsOneWordVenue(name) && (VenueKinds.IsKnown(name) || Array.IndexOf(TopicWords, name.ToLowerInvariant()) < 0) ? name : null);
        }

        /// <summary>
        /// The venue of a heading's label: a venue's name (<c>USENIX ATC</c>), or one capitalized word that is no word of
        /// time or of the list's parts (<c>Middleware</c>, not <c>Before</c> or <c>Papers</c>).
        /// </summary>
        private static bool IsHeadingVenue(string venue)
        {
            var word = venue.ToLowerInvariant();
            return LabelReader.IsVenueName(venue)
                || (venue.IndexOf(' ') < 0 && char.IsUpper(venue[0]) && Array.IndexOf(ListWords, word) < 0 && Array.IndexOf(TimeWords, word) < 0);
        }

        /// <summary>
        /// The year of a heading that is a year among at most three other words, none of them a word of time such as
        /// <c>Before</c> (<c>2024 Papers</c>, <c>Papers in 2024</c>, <c>2023 (12 papers)</c>); 0 for any other heading.
        /// </summary>
        private static int YearAmongWords(string name)
        {
            var year = 0;
            var words = name.Split(' ');
            if (words.Length > 4)
            {
                return 0;
            }

            foreach (var word in words)
            {
                var bare = word.Trim('(', ')', ',', ':', '.');
                if (bare.Length == 4 && CatalogYear.TryParse(bare, out var value, out _))
                {
                    if (year != 0)
                    {
                        return 0;
                    }

                    year = value;
                }
                else if (Array.IndexOf(TimeWords, bare.ToLowerInvariant()) >= 0 || bare.IndexOf('-') > 0 && char.IsDigit(bare[0]))
                {
                    return 0;
                }
            }

            return year;
        }

        private void ReadBullet(LineSlice line, int start, int end, int content, int indent)
        {
            if (content == end)
            {
                FinishEntryUnlessIndented(line);
                state.Report(DiagnosticDescriptors.SkippedMarkdownLine, line, start, end, "an empty bullet");
                state.Classify(line, LineKind.Reported);
                return;
            }

            var contentEnd = end;
            var pin = PinReader.TryRead(text, content, ref contentEnd, allowComment: true, state, line);
            var tokens = InlineMarkdown.Tokenize(text, content, contentEnd, _references.Urls);
            if (MarkdownEntryReader.IsTableOfContents(tokens))
            {
                state.Classify(line, LineKind.TableOfContents);
                return;
            }

            _seenContent = true;
            var draft = new EntryDraft { Pin = pin };
            var hasTitle = MarkdownEntryReader.Read(tokens, draft);
            if (_entry is { } parent && indent > _entryIndent)
            {
                // Under a paper written as a heading, a bullet with a link of its own is a paper too: the heading's lines are
                // its details, not its sub-bullets.
                var isEntry = hasTitle
                    && (draft.Label is not null || (draft.Url is not null && ((parent.Url is null && parent.Label is null) || _entryIndent < 0)))
                    && !(parent.Label is null && MarkdownEntryReader.IsAuthorsAndLabel(tokens))
                    && MarkdownEntryReader.FieldName(tokens) is null;
                if (!isEntry)
                {
                    // A pin on a sub-bullet pins the entry above; a second one is reported, never dropped.
                    if (pin is not null && parent.Pin is { } first)
                    {
                        state.Diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.DuplicatePin,
                            pin.Location,
                            "The entry's name",
                            first.Identifier,
                            "pinned",
                            (first.Location.LineSpan.Start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                            "this second pin, on a sub-bullet, is ignored"));
                    }
                    else if (pin is not null)
                    {
                        parent.Pin = pin;
                    }

                    MarkdownEntryReader.ReadPart(tokens, parent);
                    state.Classify(line, LineKind.EntryPart);
                    _blankSinceEntry = false;
                    return;
                }
            }

            FinishEntry();
            if (MarkdownEntryReader.MetadataField(tokens) is { } field)
            {
                ReportField(line, start, end, field);
                return;
            }

            if (!hasTitle)
            {
                state.Report(DiagnosticDescriptors.SkippedMarkdownLine, line, start, end, "a bullet with no title");
                state.Classify(line, LineKind.Reported);
                return;
            }

            Open(draft, line, start, end, indent);
        }

        private void ReadText(LineSlice line, int start, int end, int indent)
        {
            if (_entry is { } entry && (indent > _entryIndent || !_blankSinceEntry))
            {
                // A continuation line of the entry, or an indented paragraph under it.
                MarkdownEntryReader.ReadPart(text, start, end, entry);
                state.Classify(line, LineKind.EntryPart);
                _blankSinceEntry = false;
                return;
            }

            FinishEntry();
            if (text[start] == '>')
            {
                while (start < end && (text[start] == '>' || char.IsWhiteSpace(text[start])))
                {
                    start++;
                }

                if (start == end)
                {
                    state.Classify(line, LineKind.Skipped);
                    return;
                }
            }

            var contentEnd = end;
            var pin = PinReader.TryRead(text, start, ref contentEnd, allowComment: true, state, line);
            var tokens = InlineMarkdown.Tokenize(text, start, contentEnd, _references.Urls);
            if (MarkdownEntryReader.IsTableOfContents(tokens))
            {
                state.Classify(line, LineKind.TableOfContents);
                return;
            }

            if (MarkdownEntryReader.IsOnlyImages(tokens))
            {
                // A row of badges.
                state.Classify(line, LineKind.Skipped);
                return;
            }

            if (MarkdownEntryReader.MetadataField(tokens) is { } field)
            {
                ReportField(line, start, end, field);
                return;
            }

            var draft = new EntryDraft { Pin = pin };
            if (!MarkdownEntryReader.IsProse(tokens) && MarkdownEntryReader.Read(tokens, draft) && draft.Label is not null)
            {
                _seenContent = true;
                Open(draft, line, start, end, indent);
                return;
            }

            state.Report(DiagnosticDescriptors.SkippedMarkdownLine, line, start, end, "text");
            state.Classify(line, LineKind.Reported);
        }

        /// <summary>
        /// CRIU021 for a paper's field with no paper above it (<c>- Venue: OSDI 2020</c> under a category), which is no
        /// paper of its own: its title would be the field.
        /// </summary>
        private void ReportField(LineSlice line, int start, int end, string field)
        {
            state.Report(DiagnosticDescriptors.SkippedMarkdownLine, line, start, end, $"a field ({field}:) with no paper above it");
            state.Classify(line, LineKind.Reported);
        }

        private void ReadTableRow(LineSlice line, int start, int end, TableColumns columns)
        {
            FinishEntry();
            if (!columns.HasTitle)
            {
                state.Report(DiagnosticDescriptors.SkippedMarkdownLine, line, start, end, "a row of a table with no title or paper column");
                state.Classify(line, LineKind.Reported);
                return;
            }

            var draft = new EntryDraft();
            if (!MarkdownTableReader.ReadRow(text, start, end, columns, draft))
            {
                state.Report(DiagnosticDescriptors.SkippedMarkdownLine, line, start, end, "a table row with no title");
                state.Classify(line, LineKind.Reported);
                return;
            }

            AddEntry(draft, line, start, end);
        }

        private void Open(EntryDraft draft, LineSlice line, int start, int end, int indent)
        {
            _entry = draft;
            _entryLine = line;
            _entryStart = start;
            _entryEnd = end;
            _entryIndent = indent;
            _blankSinceEntry = false;
        }

        private void FinishEntryUnlessIndented(LineSlice line)
        {
            if (_entry is not null && MarkdownLines.Indent(text, line) <= _entryIndent)
            {
                FinishEntry();
            }
        }

        /// <summary>
        /// Adds the entry, its year and venue from its label, else from the headings above it, else from its arXiv
        /// link; without a year it is reported and skipped.
        /// </summary>
        private void AddEntry(EntryDraft draft, LineSlice line, int start, int end)
        {
            var label = draft.Label;
            var venue = label is { Venue.Length: > 0 } ? label.Venue : null;
            var year = label?.Year ?? 0;
            var arXivId = label?.ArXivId;
            for (var h = _headings.Count - 1; h >= 0 && (venue is null || year == 0); h--)
            {
                venue ??= _headings[h].Venue;
                year = year == 0 ? _headings[h].Year : year;
            }

            if (draft.LinkedArXivId is { } linked && ArXivId.TryGetIssueYear(linked, out var issued))
            {
                year = year == 0 ? issued : year;
                venue ??= "arXiv";
            }

            if (year == 0)
            {
                // "- Fork the repository": with no label, no web link and no year, an item is prose, not a paper.
                if (label is null && !draft.LinksToWeb)
                {
                    state.Report(DiagnosticDescriptors.SkippedMarkdownLine, line, start, end, "an item with no label, web link or year");
                }
                else
                {
                    state.Report(DiagnosticDescriptors.EntryWithoutYear, line, start, end, draft.Title);
                }

                state.Classify(line, LineKind.Reported);
                return;
            }

            venue ??= UnknownVenue;
            if (LabelReader.IsArXiv(venue) && arXivId is null && draft.LinkedArXivId is { } fromLink)
            {
                arXivId = fromLink;
            }
            else if (!LabelReader.IsArXiv(venue))
            {
                arXivId = null;
            }

            // A note on how the paper was presented or honoured is its publication's, as "Spotlight" is in
            // "[NeurIPS'25 Spotlight]": "Title (OSDI'20) - Best Paper", "- Title (Best Paper)" under "## OSDI 2019".
            var publicationNote = label?.Note ?? (draft.TakeNote(SideNotes.IsPresentation) is { } presented ? SideNotes.Clean(presented) : null);
            var notes = new List<string>(draft.Notes);
            if (label?.MalformedArXivId is { } malformed)
            {
                notes.Insert(0, "arXiv:" + malformed);
            }

            state.Entries.Add(new EntryLine(state.CurrentCategory, venue, arXivId, year, draft.Title, line.Number + 1, state.Locate(line, start, end))
            {
                Url = draft.Url,
                Links = draft.Links.ToEquatableArray(),
                LinkedArXivId = draft.LinkedArXivId,
                Doi = draft.Doi,
                Note = publicationNote,
                Month = label?.Month ?? 0,
                Tags = draft.Tags.ToEquatableArray(),
                Notes = notes.ToEquatableArray(),
                Pin = draft.Pin,
            });
            state.Classify(line, LineKind.Entry);
        }
    }
}
