using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Exporting;
using CriuCatalog.Generator.Model;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Lays a <see cref="CatalogModel"/> out as data: the papers' strings as one block of UTF-8 (<see cref="Text"/>)
/// and everything else as digits (<see cref="Records"/>). The generated code decodes a paper from them the first
/// time it is used, so the compiler sees two literals instead of code per paper, and no paper string goes through
/// the 16 MB user-string heap.
/// </summary>
/// <remarks>
/// <para>
/// <b>Digits.</b> Every number is written in characters <c>?</c> (0x3F) to <c>~</c> (0x7E), which are one byte each
/// in UTF-8 and need no escape in a literal except <c>\</c>. A digit is worth 0–63. Fixed-width numbers take
/// <see cref="IndexWidth"/> or <see cref="SlotWidth"/> digits, least significant first, so any one can be read at a
/// known position. A variable-length number takes 5 bits per digit, least significant first: a digit of 32 or
/// more says another follows.
/// </para>
/// <para>
/// <b><see cref="Records"/></b> holds, in this order: the paper index (one fixed-width offset per paper, to its
/// record), the list index (one offset per category, venue and year from <see cref="MinYear"/>, to a list of
/// paper numbers), the key hash table (<see cref="SlotCount"/> slots, placed by <see cref="SampledKeyHash"/> or <see cref="FullKeyHash"/> with linear
/// probing; see <see cref="HashSlots"/>), then the records. A paper's record is: the offset of its strings in
/// <see cref="Text"/>, the byte length of its key, the byte length of its title, three parts (short name, BibTeX
/// title, Markdown title), its categories (count, then each), its publications (count, then venue, year minus
/// <see cref="MinYear"/>, byte length of the arXiv id or 0, byte length of the note or 0), then the byte lengths
/// of its URL, DOI and linked arXiv id (0 when absent), its links (count, then label and URL lengths), its tags
/// and its notes (count, then each length). A list is a count and that many paper numbers.
/// </para>
/// <para>
/// <b>Parts.</b> A part that is the start of the title (often all of it) is not stored again: its code is twice
/// its byte length. Otherwise the code is twice its length plus one, and its bytes follow in <see cref="Text"/>.
/// Strings follow each other in <see cref="Text"/> in the order the record names them: key, title, stored parts,
/// each publication's arXiv id and note, URL, DOI, linked arXiv id, links, tags, notes.
/// </para>
/// <para>
/// Text is stored as UTF-8, which has no form for an unpaired surrogate: one becomes U+FFFD, and the key hash is
/// computed over the text as it will be decoded.
/// </para>
/// </remarks>
internal sealed class CatalogTable
{
    /// <summary>The character of digit 0.</summary>
    public const int DigitBase = 0x3F;

    /// <summary>A variable-length digit at or above this says another digit follows.</summary>
    public const int Continue = 32;

    private static readonly UTF8Encoding Utf8 = ByteBuffer.Utf8;

    /// <summary>
    /// The characters of each chunk of <see cref="Records"/> but the last, and of the text as the generated code holds
    /// it, two bytes to a character: 2^14, the generated code's <c>ChunkBits</c>.
    /// </summary>
    public const int ChunkChars = 1 << 14;

    private CatalogTable(byte[] text, int textLength, IReadOnlyList<string> records, int recordsLength, int indexWidth, int listIndex, int slots, int slotWidth, int slotCount, int minYear, int yearCount, IReadOnlyList<(string Key, int Paper)> formerKeys, bool sampledHash)
    {
        SampledHash = sampledHash;
        FormerKeys = formerKeys;
        Text = text;
        TextLength = textLength;
        Records = records;
        RecordsLength = recordsLength;
        IndexWidth = indexWidth;
        ListIndex = listIndex;
        Slots = slots;
        SlotWidth = slotWidth;
        SlotCount = slotCount;
        MinYear = minYear;
        YearCount = yearCount;
    }

    /// <summary>
    /// The papers' strings, UTF-8: the first <see cref="TextLength"/> bytes, in the buffer they were written to, which
    /// a large catalog's table does not copy.
    /// </summary>
    public byte[] Text { get; }

    /// <summary>The bytes of <see cref="Text"/> that hold the papers' strings.</summary>
    public int TextLength { get; }

    /// <summary>
    /// The indexes, the hash table and the records, in digits (ASCII), in chunks of <see cref="ChunkChars"/>, as the
    /// generated code holds them: no one string of them all is made, which a large catalog would put on the large
    /// object heap.
    /// </summary>
    public IReadOnlyList<string> Records { get; }

    /// <summary>The characters of all <see cref="Records"/>.</summary>
    public int RecordsLength { get; }

    /// <summary>Digits per offset in the paper and list indexes.</summary>
    public int IndexWidth { get; }

    /// <summary>Where the list index starts in <see cref="Records"/>.</summary>
    public int ListIndex { get; }

    /// <summary>Where the key hash table starts in <see cref="Records"/>.</summary>
    public int Slots { get; }

    /// <summary>Digits per hash table slot.</summary>
    public int SlotWidth { get; }

    /// <summary>Slots in the hash table: a power of two, at least twice the number of keys (papers' and former).</summary>
    public int SlotCount { get; }

    /// <summary>
    /// The former keys of renamed papers (<c>{#ParallelGpuOs aka Parallelgpuos}</c>) and the paper each finds, in
    /// paper order. In the hash table, former key <c>k</c> has number <c>PaperCount + k</c>; empty in a catalog
    /// without them, whose table is then exactly as before.
    /// </summary>
    public IReadOnlyList<(string Key, int Paper)> FormerKeys { get; }

    /// <summary>The earliest year of any publication (0 when there are none).</summary>
    public int MinYear { get; }

    /// <summary>Years from <see cref="MinYear"/> to the latest, each with a list (empty for a year without papers).</summary>
    public int YearCount { get; }

    /// <summary>
    /// Whether the hash table is placed by <see cref="SampledKeyHash"/>, which reads a fixed number of a key's code
    /// units, rather than by <see cref="FullKeyHash"/>, which reads them all. The generated <c>Hash</c> is the same
    /// function.
    /// </summary>
    public bool SampledHash { get; }

    /// <summary>
    /// The sampled hash is used unless more than one key in this many lacks a sampled hash of its own (a pair that
    /// shares one counts once), or more than <see cref="SampledHashMaxShared"/> keys share one: keys that differ
    /// mostly in the middle, which would make long runs of slots. Such a catalog is placed by <see cref="FullKeyHash"/>.
    /// </summary>
    public const int SampledHashCollisionDivisor = 16;

    /// <summary>The most keys that may share one sampled hash.</summary>
    public const int SampledHashMaxShared = 4;

    /// <summary>
    /// The hash of a key that reads every UTF-16 code unit: two lanes of rotate, add and exclusive-or, each taking two
    /// code units at a time, then a finalizer that spreads every bit into the low bits the table uses. Integer
    /// arithmetic only, so it is the same on every machine.
    /// </summary>
    public static uint FullKeyHash(string key)
    {
        unchecked
        {
            uint first = 0x9E3779B9, second = 0x7F4A7C15;
            var i = 0;
            for (; i + 3 < key.Length; i += 4)
            {
                first = (((first << 5) | (first >> 27)) + first) ^ (key[i] | ((uint)key[i + 1] << 16));
                second = (((second << 5) | (second >> 27)) + second) ^ (key[i + 2] | ((uint)key[i + 3] << 16));
            }

            for (; i < key.Length; i++)
            {
                first = (((first << 5) | (first >> 27)) + first) ^ key[i];
            }

            var hash = first + (second * 0x5D588B65);
            hash ^= hash >> 16;
            hash *= 0x85EBCA6B;
            hash ^= hash >> 13;
            hash *= 0xC2B2AE35;
            hash ^= hash >> 16;
            return hash;
        }
    }

    /// <summary>
    /// The hash of a key that reads at most twelve code units, whatever its length: the length, the first eight and
    /// the last four, multiplied into 64 bits and folded. A key shorter than eight takes <see cref="FullKeyHash"/>.
    /// Keys that differ only in their middle share this hash; <see cref="Build"/> uses it only where few do.
    /// </summary>
    public static uint SampledKeyHash(string key)
    {
        unchecked
        {
            var length = key.Length;
            if (length < 8)
            {
                return FullKeyHash(key);
            }

            var start = key[0] | ((ulong)key[1] << 16) | ((ulong)key[2] << 32) | ((ulong)key[3] << 48);
            var next = key[4] | ((ulong)key[5] << 16) | ((ulong)key[6] << 32) | ((ulong)key[7] << 48);
            var end = key[length - 4] | ((ulong)key[length - 3] << 16) | ((ulong)key[length - 2] << 32) | ((ulong)key[length - 1] << 48);
            var hash = (start * 0x9E3779B97F4A7C15) ^ (next * 0xC2B2AE3D27D4EB4F) ^ (end * 0x165667B19E3779F9) ^ (ulong)length;
            hash ^= hash >> 32;
            hash *= 0xD6E8FEB86659FD93;
            hash ^= hash >> 32;
            return (uint)hash;
        }
    }

    public static CatalogTable Build(CatalogModel catalog, CancellationToken cancellationToken)
    {
        var papers = catalog.Papers;
        var text = new ByteBuffer(ExpectedTextBytes(papers));
        var records = new StringBuilder();
        var paperRecords = new int[papers.Count];
        var keys = new string[papers.Count];

        var years = papers.SelectMany(p => p.Publications).Select(p => p.Year).ToList();
        var minYear = years.Count == 0 ? 0 : years.Min();
        var yearCount = years.Count == 0 ? 0 : years.Max() - minYear + 1;

        for (var i = 0; i < papers.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequestedAt(i);

            var paper = papers[i];
            paperRecords[i] = records.Length;
            var at = text.Count;
            var keyLength = text.Append(paper.Key);
            var titleAt = text.Count;
            var titleLength = text.Append(paper.Title);
            keys[i] = Utf8.GetString(text.Bytes, at, keyLength);
            AppendNumber(records, at);
            AppendNumber(records, keyLength);
            AppendNumber(records, titleLength);
            AppendPart(records, text, titleAt, titleLength, paper.ShortName);
            var exportTitle = ExportText.Title(paper);
            AppendPart(records, text, titleAt, titleLength, BibTeXFormat.Title(exportTitle));
            AppendPart(records, text, titleAt, titleLength, MarkdownFormat.Title(exportTitle));

            AppendNumber(records, paper.Categories.Count);
            foreach (var category in paper.Categories)
            {
                AppendNumber(records, category);
            }

            AppendNumber(records, paper.Publications.Count);
            foreach (var publication in paper.Publications)
            {
                AppendNumber(records, publication.Venue);
                AppendNumber(records, publication.Year - minYear);
                AppendString(records, text, publication.ArXivId);
                AppendString(records, text, publication.Note);
            }

            // What a Markdown list tells besides the label and title; all absent (six zeros) in a plain list.
            AppendString(records, text, paper.Url);
            AppendString(records, text, paper.Doi);
            AppendString(records, text, paper.LinkedArXivId);
            AppendNumber(records, paper.Links.Count);
            foreach (var link in paper.Links)
            {
                AppendString(records, text, link.Label);
                AppendString(records, text, link.Url);
            }

            AppendStrings(records, text, paper.Tags);
            AppendStrings(records, text, paper.Notes);
        }

        // Categories (each with its sub-categories' papers), then venues, then years.
        var lists = PapersByCategory(catalog)
            .Concat(catalog.Venues.Select(v => (IReadOnlyList<int>)v.Papers))
            .Concat(PapersByYear(catalog, minYear, yearCount))
            .ToList();
        var listRecords = new int[lists.Count];
        for (var l = 0; l < lists.Count; l++)
        {
            listRecords[l] = records.Length;
            AppendNumber(records, lists[l].Count);
            foreach (var paper in lists[l])
            {
                AppendNumber(records, paper);
            }
        }

        var formerKeys = new List<(string Key, int Paper)>();
        for (var i = 0; i < papers.Count; i++)
        {
            foreach (var alias in papers[i].Aliases)
            {
                if (alias.Key is { } formerKey)
                {
                    formerKeys.Add((Utf8.GetString(Utf8.GetBytes(formerKey)), i));
                }
            }
        }

        keys = keys.Concat(formerKeys.Select(f => f.Key)).ToArray();
        var slotCount = 1;
        while (slotCount < keys.Length * 2)
        {
            slotCount <<= 1;
        }

        var slotWidth = WidthFor((keys.Length << 8) | 0xFF);

        // The indexes hold offsets past themselves and the hash table, so their width depends on their own size.
        var indexWidth = 1;
        int header;
        while (true)
        {
            header = ((papers.Count + lists.Count) * indexWidth) + (slotCount * slotWidth);
            var width = WidthFor(header + records.Length);
            if (width <= indexWidth)
            {
                break;
            }

            indexWidth = width;
        }

        // Not sized ahead: a builder's first chunk has the capacity asked for, and a large catalog's would be one
        // object on the large object heap. Grown, its chunks stay small.
        var table = new StringBuilder();
        foreach (var offset in paperRecords.Concat(listRecords))
        {
            AppendFixed(table, header + offset, indexWidth);
        }

        var hashes = KeyHashes(keys, out var sampled, cancellationToken);
        foreach (var slot in HashSlots(hashes, slotCount, cancellationToken))
        {
            AppendFixed(table, slot, slotWidth);
        }

        // In pieces: netstandard2.0 has no Append(StringBuilder), and Append(object) would make one string of them all.
        foreach (var piece in Chunks(records))
        {
            table.Append(piece);
        }

        return new CatalogTable(
            text.Bytes,
            text.Count,
            Chunks(table),
            table.Length,
            indexWidth,
            listIndex: papers.Count * indexWidth,
            slots: (papers.Count + lists.Count) * indexWidth,
            slotWidth,
            slotCount,
            minYear,
            yearCount,
            formerKeys,
            sampled);
    }

    /// <summary>A builder's text cut into strings of <see cref="ChunkChars"/> (the last one shorter).</summary>
    private static List<string> Chunks(StringBuilder text)
    {
        var chunks = new List<string>((text.Length + ChunkChars - 1) / ChunkChars);
        for (var start = 0; start < text.Length; start += ChunkChars)
        {
            chunks.Add(text.ToString(start, Math.Min(ChunkChars, text.Length - start)));
        }

        return chunks;
    }

    /// <summary>
    /// Every key's hash: the sampled one, unless the keys share it too often (<see cref="SampledHashCollisionDivisor"/>,
    /// <see cref="SampledHashMaxShared"/>), then the full one.
    /// </summary>
    private static uint[] KeyHashes(string[] keys, out bool sampled, CancellationToken cancellationToken)
    {
        var hashes = new uint[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequestedAt(i);
            hashes[i] = SampledKeyHash(keys[i]);
        }

        var sorted = (uint[])hashes.Clone();
        Array.Sort(sorted);
        var shared = 0;
        var run = 1;
        var longestRun = sorted.Length == 0 ? 0 : 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            run = sorted[i] == sorted[i - 1] ? run + 1 : 1;
            shared += run > 1 ? 1 : 0;
            longestRun = Math.Max(longestRun, run);
        }

        sampled = shared <= keys.Length / SampledHashCollisionDivisor && longestRun <= SampledHashMaxShared;
        if (!sampled)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequestedAt(i);
                hashes[i] = FullKeyHash(keys[i]);
            }
        }

        return hashes;
    }

    /// <summary>
    /// Where each key lands: (its number + 1) × 256 plus the top 8 bits of its hash, which the low bits did not
    /// choose, so a lookup compares keys only when those agree; 0 for an empty slot.
    /// </summary>
    private static int[] HashSlots(uint[] hashes, int slotCount, CancellationToken cancellationToken)
    {
        var slots = new int[slotCount];
        var mask = slotCount - 1;
        for (var i = 0; i < hashes.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequestedAt(i);

            var hash = hashes[i];
            var slot = (int)(hash & (uint)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = ((i + 1) << 8) | (int)(hash >> 24);
        }

        return slots;
    }

    /// <summary>
    /// Each category's papers and those of the categories nested under it (Markdown headings), each once, in
    /// catalog order; a plain list's categories have none nested, and keep their own order.
    /// </summary>
    private static IEnumerable<IReadOnlyList<int>> PapersByCategory(CatalogModel catalog)
    {
        var categories = catalog.Categories;
        if (categories.All(c => c.Parent < 0))
        {
            return categories.Select(c => (IReadOnlyList<int>)c.Papers);
        }

        var all = categories.Select(c => new SortedSet<int>(c.Papers)).ToArray();
        for (var c = 0; c < categories.Count; c++)
        {
            // Every ancestor gets this category's own papers.
            foreach (var parent in catalog.Ancestors(c))
            {
                all[parent].UnionWith(categories[c].Papers);
            }
        }

        return all.Select(set => (IReadOnlyList<int>)set.ToList());
    }

    private static List<int>[] PapersByYear(CatalogModel catalog, int minYear, int yearCount)
    {
        var byYear = Enumerable.Range(0, yearCount).Select(_ => new List<int>()).ToArray();
        for (var p = 0; p < catalog.Papers.Count; p++)
        {
            foreach (var publication in catalog.Papers[p].Publications)
            {
                var list = byYear[publication.Year - minYear];
                if (list.Count == 0 || list[list.Count - 1] != p)
                {
                    list.Add(p);
                }
            }
        }

        return byYear;
    }

    /// <summary>
    /// About the bytes of <see cref="Text"/>, so that it is made once rather than doubled a dozen times: each key, each
    /// title twice (the BibTeX title, with its protected words in braces, is seldom the title's start), and each string
    /// a record may hold, as many bytes as characters, which ASCII text takes. Text beyond ASCII can make it grow once.
    /// </summary>
    private static int ExpectedTextBytes(EquatableArray<PaperModel> papers)
    {
        long bytes = 1024;
        foreach (var paper in papers)
        {
            bytes += paper.Key.Length + (2 * paper.Title.Length) + (paper.Url?.Length ?? 0) + (paper.Doi?.Length ?? 0) + (paper.LinkedArXivId?.Length ?? 0);
            foreach (var publication in paper.Publications)
            {
                bytes += (publication.ArXivId?.Length ?? 0) + (publication.Note?.Length ?? 0);
            }

            foreach (var link in paper.Links)
            {
                bytes += link.Label.Length + link.Url.Length;
            }

            foreach (var tag in paper.Tags)
            {
                bytes += tag.Length;
            }

            foreach (var note in paper.Notes)
            {
                bytes += note.Length;
            }
        }

        return (int)System.Math.Min(bytes, int.MaxValue / 2);
    }

    /// <summary>A string's byte length in the record, its bytes next in the text; absent is length 0, as empty is.</summary>
    private static void AppendString(StringBuilder records, ByteBuffer text, string? value)
        => AppendNumber(records, string.IsNullOrEmpty(value) ? 0 : text.Append(value!));

    /// <summary>
    /// A part of the title (the short name, the BibTeX and Markdown titles): twice its byte length, plus one when its
    /// bytes follow in the text because they are not the start of the title's.
    /// </summary>
    private static void AppendPart(StringBuilder records, ByteBuffer text, int titleAt, int titleLength, string part)
    {
        var at = text.Count;
        var length = text.Append(part);
        if (length <= titleLength && text.Matches(titleAt, at, length))
        {
            text.Count = at;
            AppendNumber(records, length * 2);
        }
        else
        {
            AppendNumber(records, (length * 2) + 1);
        }
    }

    /// <summary>A count, then each string as <see cref="AppendString"/> writes it.</summary>
    private static void AppendStrings(StringBuilder records, ByteBuffer text, EquatableArray<string> values)
    {
        AppendNumber(records, values.Count);
        foreach (var value in values)
        {
            AppendString(records, text, value);
        }
    }

    /// <summary>The fixed width, in 6-bit digits, that holds every value up to <paramref name="max"/>.</summary>
    private static int WidthFor(int max)
    {
        var width = 1;
        while (width < 5 && max >= 1 << (6 * width))
        {
            width++;
        }

        return width;
    }

    private static void AppendFixed(StringBuilder builder, int value, int width)
    {
        for (var i = 0; i < width; i++)
        {
            builder.Append((char)(DigitBase + ((value >> (6 * i)) & 63)));
        }
    }

    private static void AppendNumber(StringBuilder builder, int value)
    {
        while (value >= Continue)
        {
            builder.Append((char)(DigitBase + Continue + (value & (Continue - 1))));
            value >>= 5;
        }

        builder.Append((char)(DigitBase + value));
    }
}
