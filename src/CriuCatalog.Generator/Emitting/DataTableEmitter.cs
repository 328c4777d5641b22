using System.Collections.Generic;
using System.Linq;
using System.Text;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Exporting;
using CriuCatalog.Generator.Model;
using static CriuCatalog.Generator.Model.GeneratedNames;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes <c>PaperTable</c>: the <see cref="CatalogTable"/> as constant data, and the code that decodes a paper
/// from it the first time the paper is used. See <see cref="CatalogTable"/> for the layout.
/// </summary>
/// <remarks>
/// The data is string constants, which any target compiles quickly, packed so that ASCII text costs one byte
/// of the string heap per character. <c>"…"u8</c> literals would avoid the heap, but the compiler binds them byte by
/// byte, which took it longer than the rest of a 20,000-paper catalog together. See <see cref="WriteData"/> for the
/// catalog too large for the heap.
/// </remarks>
internal static class DataTableEmitter
{
    public const string HintName = PaperTable + ".g.cs";

    public static GeneratedFile Emit(EmitContext context)
    {
        var catalog = context.Catalog;
        var table = CatalogTable.Build(catalog, context.CancellationToken);
        var preprint = catalog.Venues.Select((v, i) => (v, i)).Where(x => x.v.IsPreprint).Select(x => x.i).DefaultIfEmpty(-1).First();
        var q = context.Q;
        return new GeneratedFile(HintName, context.File(writer =>
        {
            writer.WriteLines($$"""
                /// <summary>
                /// The data behind <see cref="{{context.PapersClass}}"/> and <see cref="{{Paper}}"/>, decoded a paper at a time on first use. Not part of the catalog's API.
                /// </summary>
                /// <remarks>
                /// <c>Text</c> holds the papers' strings as UTF-8. <c>Records</c> holds, as digits <c>?</c> (0) to <c>~</c> (63): an index of the
                /// paper records, an index of the category, venue and year lists, the keys' hash table, then the records. The generator's
                /// docs/generated-code.md describes the layout.
                /// </remarks>
                [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
                {{EmitContext.GeneratedCodeAttribute}}
                internal static class {{PaperTable}}
                {
                    internal const int PaperCount = {{EmitContext.Number(catalog.Papers.Count)}};
                    internal const int CategoryCount = {{EmitContext.Number(catalog.Categories.Count)}};
                    internal const int VenueCount = {{EmitContext.Number(catalog.Venues.Count)}};
                    internal const int MinYear = {{EmitContext.Number(table.MinYear)}};
                    internal const int YearCount = {{EmitContext.Number(table.YearCount)}};
                    private const int ListIndex = {{EmitContext.Number(table.ListIndex)}};
                    private const int IndexWidth = {{EmitContext.Number(table.IndexWidth)}};
                    private const int Slots = {{EmitContext.Number(table.Slots)}};
                    private const int SlotWidth = {{EmitContext.Number(table.SlotWidth)}};
                    private const int SlotMask = {{EmitContext.Number(table.SlotCount - 1)}};
                    private const int PreprintVenue = {{EmitContext.Number(preprint)}};
                    private const int Digit = {{EmitContext.Number(CatalogTable.DigitBase)}};
                    private const int Continue = {{EmitContext.Number(CatalogTable.Continue)}};

                    private static readonly string{{q}}[] s_keys = new string{{q}}[PaperCount];
                    private static int[]{{q}} s_slots;

                """);
            WriteNames(writer, catalog, q);
            WriteData(writer, context.Settings.StringDataBudget, table, q);
            if (table.FormerKeys.Count == 0)
            {
                writer.WriteLines(Decoder(q));
            }
            else
            {
                WriteFormerKeys(writer, table);
                writer.WriteLines(Decoder(q).Replace(FindByKey, FindByKeyOrFormerKey));
            }

            writer.WriteLine().WriteLines(table.SampledHash
                ? SampledHash + "\n\n" + FullHash("FullHash", "The hash of a key too short to sample")
                : FullHash("Hash", "The key hash the generator placed the keys with"));
            writer.WriteLine("}");
        }));
    }

    /// <summary>
    /// Writes the names that <c>ToDisplayName()</c>, <c>Kind()</c> and the exports read: the categories' and the venues'
    /// names as the catalog spells them, then each venue's name as BibTeX and as Markdown write it (see
    /// <see cref="AppendExportName"/>), a line each, in
    /// one constant that is split on first use; and each venue's kind, a digit each. A name is one line of the catalog
    /// at most, so it holds no line break.
    /// </summary>
    private static void WriteNames(SourceWriter writer, CatalogModel catalog, string q)
    {
        var names = new StringBuilder();
        var kinds = new StringBuilder(catalog.Venues.Count);
        foreach (var category in catalog.Categories)
        {
            names.Append(category.DisplayName).Append('\n');
        }

        foreach (var venue in catalog.Venues)
        {
            names.Append(venue.DisplayName).Append('\n');
            kinds.Append((char)('0' + (int)VenueKinds.Classify(venue.DisplayName, venue.IsPreprint)));
        }

        foreach (var venue in catalog.Venues)
        {
            AppendExportName(names, venue, BibTeXFormat.VenueName(venue));
        }

        foreach (var venue in catalog.Venues)
        {
            AppendExportName(names, venue, MarkdownFormat.VenueName(venue));
        }

        // The class's brace is in the template above, so its members are indented here.
        writer.Indent(1).WriteLines("""
                // The categories' names, then the venues', as the catalog spells them; then each venue's name as the BibTeX
                // and as the Markdown export write it, empty where that is its own name. A line each.
                """)
            .Write("private const string Names = ").Write(Escaping.Literal(names.ToString())).Write(";").EndLine()
            .WriteLine()
            .WriteLine("// Each venue's VenueKind, a digit from 0.")
            .Write("private const string VenueKinds = ").Write(Escaping.Literal(kinds.ToString())).Write(";").EndLine()
            .WriteLines($$"""

                private static string[]{{q}} s_names;

                // A name by its line in Names.
                internal static string Name(int line) => (s_names ?? (s_names = Names.Split('\n')))[line];

                // The VenueKind of a venue, as a number.
                internal static int KindOf(int venue) => VenueKinds[venue] - '0';

                """).Indent(-1);
    }

    /// <summary>
    /// A venue's name as an export writes it: an empty line where that is the name the catalog spells (almost every
    /// venue), and <see cref="NoExportName"/> where it is empty, the venue's name being only control or format
    /// characters. Escaped names are normalized, so none holds a control character.
    /// </summary>
    private static void AppendExportName(StringBuilder names, VenueModel venue, string exported)
        => names.Append(string.Equals(exported, venue.DisplayName, System.StringComparison.Ordinal) ? "" : exported.Length == 0 ? NoExportName : exported).Append('\n');

    /// <summary>The line of an export name that is empty.</summary>
    public const string NoExportName = "\u0001";

    /// <summary>
    /// Writes <c>Records</c> and <c>Text</c>, and <c>Utf8</c>, which decodes a range of the text. The digits are an
    /// ASCII string; the text is a string too, two UTF-8 bytes to a character (the first in the low half). Both are
    /// cut into chunks of 2^14 characters, each a string constant.
    /// </summary>
    /// <remarks>
    /// While the data fits the share of the compiler's 16 MB string heap given to it, each chunk is a method that
    /// returns its literal, which the runtime loads as any string. The heap holds only the strings that code loads,
    /// so past that share each chunk is a <c>const</c> field that no code loads instead, whose value the assembly's
    /// metadata keeps: it is read from there by reflection, once, the first time the chunk is needed. That has no
    /// limit and compiles as fast.
    /// </remarks>
    private static void WriteData(SourceWriter writer, int stringBudget, CatalogTable table, string q)
    {
        var packed = PackedText(table);
        var fromMetadata = 2L * (((table.TextLength + 1) / 2) + table.RecordsLength) > stringBudget;
        writer.WriteLines("""
                // Both blocks are cut into constants of 16,384 characters, loaded one at a time as they are read, so
                // reading one paper of a large catalog does not load the whole table.
                private const int ChunkBits = 14;

                private static char Record(int index) => Records(index >> ChunkBits)[index & ((1 << ChunkBits) - 1)];

            """);
        if (fromMetadata)
        {
            var bang = q.Length == 0 ? "" : "!";
            writer.WriteLines($$"""
                    // The data is more than the compiler's 16 MB string heap may take, which holds the strings that code
                    // loads. So no code loads it: each chunk is a constant that the assembly's metadata keeps, read from
                    // there by reflection the first time it is needed, and kept.
                    private const global::System.Reflection.BindingFlags Hidden = global::System.Reflection.BindingFlags.NonPublic | global::System.Reflection.BindingFlags.Static;

                    private static string Constant(global::System.Reflection.FieldInfo{{q}} field) => (string)field{{bang}}.GetRawConstantValue(){{bang}};

                """);
        }

        WriteChunks(writer, "Records", table.Records, fromMetadata, q);
        writer.WriteLines("""
                private static string Utf8(int at, int length)
                {
                    var bytes = new byte[length];
                    for (var i = 0; i < length; i++)
                    {
                        var index = (at + i) >> 1;
                        var pair = Text(index >> ChunkBits)[index & ((1 << ChunkBits) - 1)];
                        bytes[i] = (byte)(((at + i) & 1) == 0 ? pair : pair >> 8);
                    }

                    return global::System.Text.Encoding.UTF8.GetString(bytes, 0, length);
                }

            """);
        WriteChunks(writer, "Text", packed, fromMetadata, q);
    }

    /// <summary>
    /// The table's text as the generated code holds it, two bytes to a character (the first in the low half), in
    /// chunks of <see cref="CatalogTable.ChunkChars"/> characters: each chunk a string of its own, none of them large.
    /// </summary>
    private static List<string> PackedText(CatalogTable table)
    {
        var bytes = table.Text;
        var length = table.TextLength;
        var chunks = new List<string>();
        var chars = new char[CatalogTable.ChunkChars];
        for (var start = 0; start < length; start += 2 * CatalogTable.ChunkChars)
        {
            var count = 0;
            for (var i = start; i < length && count < chars.Length; i += 2)
            {
                chars[count++] = (char)(bytes[i] | (i + 1 < length ? bytes[i + 1] << 8 : 0));
            }

            chunks.Add(new string(chars, 0, count));
        }

        return chunks;
    }

    /// <summary>
    /// Writes a method that returns the chunks (of 2^14 characters, the last one shorter) by number. As string
    /// literals, each chunk is a method of its own: the JIT loads every string constant of a method when it compiles
    /// it, so one method holding every chunk would load the whole table on the first read. Read
    /// <paramref name="fromMetadata"/>, each chunk is a constant named in the method by <c>nameof</c>, which trimming
    /// keeps, and kept in an array once read.
    /// </summary>
    private static void WriteChunks(SourceWriter writer, string name, IReadOnlyList<string> values, bool fromMetadata, string q)
    {
        var chunks = values.Count;
        var read = "s_" + char.ToLowerInvariant(name[0]) + name.Substring(1) + "Read";
        writer.Indent(1);
        if (fromMetadata)
        {
            writer.WriteLine($"private static readonly string{q}[] {read} = new string{q}[{EmitContext.Number(chunks)}];")
                .WriteLine();
        }

        writer.WriteLine($"private static string {name}(int chunk)");
        using (writer.OpenBlock())
        {
            writer.WriteLine("switch (chunk)");
            using (writer.OpenBlock())
            {
                for (var i = 0; i < chunks; i++)
                {
                    var number = EmitContext.Number(i);
                    writer.WriteLine(fromMetadata
                        ? $"case {number}: return {read}[{number}] ?? ({read}[{number}] = Constant(typeof({PaperTable}).GetField(nameof({name}{number}), Hidden)));"
                        : $"case {number}: return {name}{number}();");
                }

                writer.WriteLine("default: return \"\";");
            }
        }

        for (var i = 0; i < chunks; i++)
        {
            writer.WriteLine()
                .Write(fromMetadata ? $"private const string {name}{EmitContext.Number(i)} = " : $"private static string {name}{EmitContext.Number(i)}() => ");
            Escaping.WriteLiteral(writer, values[i], 0, values[i].Length);
            writer.WriteLine(";");
        }

        writer.Indent(-1)
            .WriteLine();
    }

    /// <summary>The former keys of renamed papers, and their papers, numbered in the hash table after the papers.</summary>
    private static void WriteFormerKeys(SourceWriter writer, CatalogTable table)
    {
        writer.WriteLine("// Former keys of renamed papers (pins with \"aka\"): number PaperCount + k in the hash table is s_formerKeys[k].")
            .WriteLine("private static readonly string[] s_formerKeys = new string[]");
        using (writer.OpenBlock(";"))
        {
            foreach (var (key, _) in table.FormerKeys)
            {
                writer.WriteLine(Escaping.Literal(key) + ",");
            }
        }

        writer.WriteLine()
            .WriteLine("private static readonly int[] s_formerPapers = new int[]");
        using (writer.OpenBlock(";"))
        {
            foreach (var (_, paper) in table.FormerKeys)
            {
                writer.WriteLine(EmitContext.Number(paper) + ",");
            }
        }

        writer.WriteLine();
    }

    // The comparison in Find, and the one a catalog with former keys uses instead.
    private const string FindByKey = """
                    if ((entry & 0xFF) == (int)(hash >> 24) && string.Equals(Key((entry >> 8) - 1), key))
                    {
                        return (entry >> 8) - 1;
                    }
        """;

    private const string FindByKeyOrFormerKey = """
                    var number = (entry >> 8) - 1;
                    if ((entry & 0xFF) == (int)(hash >> 24) && string.Equals(number < PaperCount ? Key(number) : s_formerKeys[number - PaperCount], key))
                    {
                        return number < PaperCount ? number : s_formerPapers[number - PaperCount];
                    }
        """;

    // The full hash reads every code unit of the key; it must stay CatalogTable.FullKeyHash. It is Hash itself, or
    // FullHash beside the sampled Hash, for the keys too short to sample.
    private static string FullHash(string name, string what) => $$"""
            // {{what}}: two lanes of rotate, add and xor, each taking two UTF-16 code units at a
            // time, then a finalizer that spreads every bit into the low bits.
            private static uint {{name}}(string key)
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
        """;

    // The sampled hash reads at most twelve code units; it must stay CatalogTable.SampledKeyHash, and FullHash for
    // keys shorter than eight.
    private const string SampledHash = """
            // The key hash the generator placed the keys with, whatever the key's length: its length, its first eight and
            // last four UTF-16 code units, multiplied into 64 bits and folded. A key shorter than eight takes FullHash.
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            private static uint Hash(string key)
            {
                unchecked
                {
                    var length = key.Length;
                    if (length < 8)
                    {
                        return FullHash(key);
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
        """;

    /// <summary>The decoder, for files with nullable annotations and for those without (C# 7.3), made once each.</summary>
    private static readonly string[] s_decoders = [DecoderTemplate(""), DecoderTemplate("?")];

    private static string Decoder(string q) => s_decoders[q.Length];

    private static string DecoderTemplate(string q) => $$"""
            // A paper's key, decoded once, without decoding the rest of the paper; inlined, as TryFind reads it.
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            internal static string Key(int number) => s_keys[number] ?? ReadKey(number);

            private static string ReadKey(int number)
            {
                var reader = new Reader(Digits(number * IndexWidth, IndexWidth));
                var at = reader.Next();
                return s_keys[number] = Utf8(at, reader.Next());
            }

            // The number of the paper with this key, or -1: one hash, then linear probing from the slot it names. A slot
            // holds (number + 1) × 256 plus the top 8 bits of its key's hash, so most other keys are passed over
            // without being compared.
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            internal static int Find(string key)
            {
                var hash = Hash(key);
                var slots = s_slots ?? ReadSlots();
                for (var slot = (int)(hash & SlotMask); ; slot = (slot + 1) & SlotMask)
                {
                    var entry = slots[slot];
                    if (entry == 0)
                    {
                        return -1;
                    }

                    if ((entry & 0xFF) == (int)(hash >> 24) && string.Equals(Key((entry >> 8) - 1), key))
                    {
                        return (entry >> 8) - 1;
                    }
                }
            }

            // The hash table as numbers, read from its digits on the first lookup.
            private static int[] ReadSlots()
            {
                var slots = new int[SlotMask + 1];
                for (var i = 0; i < slots.Length; i++)
                {
                    slots[i] = Digits(Slots + (i * SlotWidth), SlotWidth);
                }

                return s_slots = slots;
            }

            // The paper numbers of a category, venue or year (lists are numbered in that order).
            internal static int[] List(int list)
            {
                var reader = new Reader(Digits(ListIndex + (list * IndexWidth), IndexWidth));
                var numbers = new int[reader.Next()];
                for (var i = 0; i < numbers.Length; i++)
                {
                    numbers[i] = reader.Next();
                }

                return numbers;
            }

            // Everything of a paper but its key, read from its record.
            internal static void Read(int number, out string title, out string shortName, out string bibTeXTitle, out string markdownTitle, out {{Category}}[] categories, out {{Publication}}[] publications, out Extras extras)
            {
                var reader = new Reader(Digits(number * IndexWidth, IndexWidth));
                var at = reader.Next();
                var titleAt = at + reader.Next();
                var titleLength = reader.Next();
                title = Utf8(titleAt, titleLength);
                at = titleAt + titleLength;
                shortName = reader.Part(ref at, titleAt, titleLength, title);
                bibTeXTitle = reader.Part(ref at, titleAt, titleLength, title);
                markdownTitle = reader.Part(ref at, titleAt, titleLength, title);
                categories = new {{Category}}[reader.Next()];
                for (var i = 0; i < categories.Length; i++)
                {
                    categories[i] = ({{Category}})reader.Next();
                }

                publications = new {{Publication}}[reader.Next()];
                for (var i = 0; i < publications.Length; i++)
                {
                    var venue = reader.Next();
                    var year = MinYear + reader.Next();
                    var arXivId = reader.String(ref at);
                    publications[i] = new {{Publication}}(({{Venue}})venue, year, arXivId, venue == PreprintVenue, reader.String(ref at));
                }

                extras.Url = reader.String(ref at);
                extras.Doi = reader.String(ref at);
                extras.LinkedArXivId = reader.String(ref at);
                extras.Links = new {{PaperLink}}[reader.Next()];
                for (var i = 0; i < extras.Links.Length; i++)
                {
                    var label = reader.String(ref at) ?? "";
                    extras.Links[i] = new {{PaperLink}}(label, reader.String(ref at) ?? "");
                }

                extras.Tags = reader.Strings(ref at);
                extras.Notes = reader.Strings(ref at);
            }

            // What a paper of a Markdown list says besides its label and title; all absent in a plain list.
            internal struct Extras
            {
                public string{{q}} Url;
                public string{{q}} Doi;
                public string{{q}} LinkedArXivId;
                public {{PaperLink}}[] Links;
                public string[] Tags;
                public string[] Notes;
            }

            // A fixed-width number: width digits, least significant first.
            private static int Digits(int at, int width)
            {
                var value = 0;
                for (var i = width - 1; i >= 0; i--)
                {
                    value = (value << 6) | (Record(at + i) - Digit);
                }

                return value;
            }

            // Reads a record's variable-length numbers in order: 5 bits per digit, a digit of Continue or more says another follows.
            private struct Reader
            {
                private int _at;

                public Reader(int at)
                {
                    _at = at;
                }

                public int Next()
                {
                    var value = 0;
                    for (var shift = 0; ; shift += 5)
                    {
                        var digit = Record(_at++) - Digit;
                        if (digit < Continue)
                        {
                            return value | (digit << shift);
                        }

                        value |= (digit - Continue) << shift;
                    }
                }

                // A string stored next in Text, by its byte length; null for length 0.
                public string{{q}} String(ref int at)
                {
                    var length = Next();
                    if (length == 0)
                    {
                        return null;
                    }

                    var value = Utf8(at, length);
                    at += length;
                    return value;
                }

                // A count, then that many strings.
                public string[] Strings(ref int at)
                {
                    var values = new string[Next()];
                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = String(ref at) ?? "";
                    }

                    return values;
                }

                // A part of a paper: the start of its title (code = 2 × length), or stored next in Text (2 × length + 1).
                public string Part(ref int at, int titleAt, int titleLength, string title)
                {
                    var code = Next();
                    var length = code >> 1;
                    if ((code & 1) == 0)
                    {
                        return length == titleLength ? title : Utf8(titleAt, length);
                    }

                    var part = Utf8(at, length);
                    at += length;
                    return part;
                }
            }
        """;
}
