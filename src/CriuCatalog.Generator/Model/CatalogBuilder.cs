using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Diagnostics;
using CriuCatalog.Generator.Naming;
using CriuCatalog.Generator.Parsing;
using Microsoft.CodeAnalysis.CSharp;

namespace CriuCatalog.Generator.Model;

/// <summary>
/// Turns parsed catalog files into the <see cref="CatalogModel"/> the emitter writes: merges listings of the same
/// paper, gives every category, venue and paper a unique identifier, and reports what it had to change.
/// </summary>
internal static class CatalogBuilder
{
    /// <summary>
    /// The reason quoted when a paper, category or venue would take one of <see cref="GeneratedNames.Reserved"/>;
    /// it gets a suffix naming its kind instead (<c>All</c> → <c>AllPaper</c>).
    /// </summary>
    private const string UsedByTheApi = "the generated API already uses";

    /// <summary><see cref="GeneratedNames.Reserved"/>, with the reason quoted when something wanted one of them.</summary>
    private static readonly (string Name, string Reason)[] ApiNames = GeneratedNames.Reserved.Select(name => (name, UsedByTheApi)).ToArray();

    /// <summary>
    /// Builds one catalog from its files (those of one namespace; see <c>Configuration.CatalogGroups</c>). Several
    /// files merge into one catalog, read in ordinal order of path, so the result never depends on item order: a
    /// category of the same name in two files is one category, a paper listed in two files is one paper, and a
    /// repeat across files is reported as within one file.
    /// </summary>
    /// <param name="documents">The catalog's files.</param>
    /// <param name="cancellationToken">Cancels the build.</param>
    /// <param name="className">
    /// The configured name of the class of papers, which no paper or category may take (a member or nested class
    /// cannot have its class's name), as none may take <c>Papers</c>.
    /// </param>
    /// <param name="legacyNames">
    /// Whether the names of the first naming rule, where today's rule names differently, become obsolete aliases
    /// (<see cref="Configuration.CatalogOptions.LegacyNames"/>). Without them the first rule is not applied at all.
    /// </param>
    public static CatalogBuildResult Build(ImmutableArray<CatalogDocument> documents, CancellationToken cancellationToken, string className = GeneratedNames.Papers, bool legacyNames = true)
    {
        // Each unreadable file has already been reported by the parser.
        var readable = documents.IsDefaultOrEmpty
            ? new List<CatalogDocument>()
            : documents.Where(d => d.IsReadable).OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        if (readable.Count == 0)
        {
            return new CatalogBuildResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var apiNames = string.Equals(className, GeneratedNames.Papers, StringComparison.Ordinal)
            ? ApiNames
            : ApiNames.Concat([(className, UsedByTheApi)]).ToArray();
        var model = new Builder(readable, diagnostics, apiNames, legacyNames, cancellationToken).Build();
        return new CatalogBuildResult(model, diagnostics.ToEquatableArray());
    }

    private sealed class Builder(List<CatalogDocument> documents, ImmutableArray<DiagnosticInfo>.Builder diagnostics, (string Name, string Reason)[] apiNames, bool legacyNames, CancellationToken cancellationToken)
    {
        private readonly List<CategoryDraft> _categories = [];
        // Keyed by parent and name: "2024" under "Scheduling" and "2024" under "Inference" are two categories.
        private readonly Dictionary<(int Parent, string Name), int> _categoryByName = [];
        private readonly List<VenueDraft> _venues = [];
        private readonly Dictionary<string, int> _venueByName = new(StringComparer.Ordinal);
        private readonly List<PaperDraft> _papers = [];
        private readonly Dictionary<string, int> _paperByTitle = new(StringComparer.Ordinal);
        private int _pins;

        // A plain list keeps its documented venue rules (one venue per normalized name, shown as first spelled); a
        // Markdown list also merges spellings that differ in punctuation, and shows the most frequent one.
        // Files of one catalog in both formats get the Markdown rules, so that a venue is one venue in all of them.
        private readonly bool _isMarkdown = documents.Any(d => d.Format == CatalogFormat.Markdown);

        /// <summary>The first file, which names the catalog and is where a catalog-wide problem is reported.</summary>
        private readonly CatalogDocument _first = documents[0];

        public CatalogModel Build()
        {
            var processed = 0;
            foreach (var document in documents)
            {
                var categoryOfLine = new int[document.Categories.Count];
                for (var i = 0; i < categoryOfLine.Length; i++)
                {
                    var line = document.Categories[i];
                    categoryOfLine[i] = CategoryFor(line, line.Parent >= 0 && line.Parent < i ? categoryOfLine[line.Parent] : -1);
                }

                foreach (var entry in document.Entries)
                {
                    cancellationToken.ThrowIfCancellationRequestedAt(processed++);
                    Add(entry, entry.CategoryIndex < 0 ? -1 : categoryOfLine[entry.CategoryIndex]);
                }
            }

            if (_papers.Count == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoEntries, LocationInfo.FileStart(_first.Path), _first.Path));
            }

            ReportVenueSpellings();
            var categories = NameCategories();
            var venues = NameVenues();
            var papers = NamePapers(categories.Current, categories.Rule1);
            var aliases = RenameAliases.Choose(
                GeneratedNames.Reserved, categories.Current, categories.Rule1, papers.Current, papers.Rule1, papers.PinnedFormerNames, venues.Current, venues.Rule1);
            var title = documents.Select(d => d.Title).FirstOrDefault(t => t is not null) ?? System.IO.Path.GetFileNameWithoutExtension(_first.Path);
            return new CatalogModel(title, CategoryModels(categories.Current, aliases), VenueModels(venues.Current, aliases), PaperModels(papers, aliases));
        }

        private int CategoryFor(CategoryLine line, int parent)
        {
            var normalized = IdentifierNaming.Normalize(line.Name);
            if (!_categoryByName.TryGetValue((parent, normalized), out var index))
            {
                index = _categories.Count;
                _categoryByName.Add((parent, normalized), index);
                _categories.Add(new CategoryDraft(line.Name, normalized, line.Location) { Parent = parent, Level = line.Level });
            }

            _categories[index].Spell(line.Name);
            return index;
        }

        private int VenueFor(string name, LocationInfo firstListing)
        {
            var normalized = _isMarkdown ? VenueKey(name) : IdentifierNaming.Normalize(name);
            if (!_venueByName.TryGetValue(normalized, out var index))
            {
                index = _venues.Count;
                _venueByName.Add(normalized, index);
                _venues.Add(new VenueDraft(name, normalized, string.Equals(normalized, "ARXIV", StringComparison.Ordinal), firstListing));
            }

            _venues[index].Spell(name);
            if (_isMarkdown)
            {
                _venues[index].Count(name);
            }
            return index;
        }

        /// <summary>
        /// What makes two venue spellings of a Markdown list one venue: their letters and digits, upper-cased (<c>arxiv</c>, <c>ArXiv</c>,
        /// <c>SOCC</c>/<c>SoCC</c>, <c>SC-W</c>/<c>SCW</c>); the normalized text for a name with neither.
        /// </summary>
        private static string VenueKey(string name)
        {
            var normalized = IdentifierNaming.Normalize(name);
            var key = new System.Text.StringBuilder(normalized.Length);
            foreach (var c in normalized)
            {
                if (char.IsLetterOrDigit(c))
                {
                    key.Append(c);
                }
            }

            return key.Length == 0 ? normalized : key.ToString();
        }

        /// <summary>CRIU020 for every venue written in more than one way, at its first listing.</summary>
        private void ReportVenueSpellings()
        {
            foreach (var venue in _venues)
            {
                if (venue.Spellings.Count > 1)
                {
                    var others = venue.Spellings.Where(s => !string.Equals(s.Spelling, venue.DisplayName, StringComparison.Ordinal)).Select(s => "'" + s.Spelling + "'");
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.VenueSpellings, venue.FirstListing, venue.DisplayName, string.Join(", ", others)));
                }
            }
        }

        private void Add(EntryLine entry, int category)
        {
            var normalizedTitle = IdentifierNaming.Normalize(entry.Title);
            if (!_paperByTitle.TryGetValue(normalizedTitle, out var paperIndex))
            {
                paperIndex = _papers.Count;
                _paperByTitle.Add(normalizedTitle, paperIndex);
                _papers.Add(new PaperDraft(entry.Title, normalizedTitle, entry.Location));
            }

            var paper = _papers[paperIndex];
            paper.Spell(entry.Title);
            paper.Keep(entry);
            KeepPin(paper, entry);

            var publication = new PublicationModel(VenueFor(entry.Venue, entry.Location), entry.Year, entry.ArXivId);
            var listing = new Listing(category, publication, entry.LineNumber, entry.Location.FilePath);

            if (paper.Listings.TryGetValue((category, publication), out var duplicate))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateEntry,
                    entry.Location,
                    entry.Title,
                    category < 0 ? "(none)" : _categories[category].DisplayName,
                    duplicate.Where(entry.Location.FilePath)));
                return;
            }

            var sameVenue = (publication.Venue, publication.ArXivId);
            if (paper.FirstAtVenue.TryGetValue(sameVenue, out var conflict) && conflict.Publication.Year != publication.Year)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ConflictingEntry,
                    entry.Location,
                    entry.Title,
                    _venues[publication.Venue].DisplayName,
                    PublicationLabel.Year(publication.Year),
                    PublicationLabel.Year(conflict.Publication.Year),
                    conflict.Where(entry.Location.FilePath)));
            }

            paper.Listings.Add((category, publication), listing);
            if (!paper.FirstAtVenue.ContainsKey(sameVenue))
            {
                paper.FirstAtVenue.Add(sameVenue, listing);
            }

            if (category >= 0 && !paper.Categories.Contains(category))
            {
                paper.Categories.Add(category);
                _categories[category].Papers.Add(paperIndex);
            }

            if (!paper.Publications.Contains(publication))
            {
                paper.Publications.Add(publication);
            }

            if (entry.Note is { } note)
            {
                paper.KeepNote(publication, note);
            }
        }

        /// <summary>A paper's first pin; another listing may repeat it, but a different one is CRIU040 and ignored.</summary>
        private void KeepPin(PaperDraft paper, EntryLine entry)
        {
            if (entry.Pin is not { } pin)
            {
                return;
            }

            if (paper.Pin is null)
            {
                // Entries come in file order, and files in path order: the order pins are checked in.
                paper.Pin = pin;
                paper.PinOrder = _pins++;
                return;
            }

            if (paper.Pin.Identifier != pin.Identifier || paper.Pin.Key != pin.Key || !paper.Pin.Aliases.Equals(pin.Aliases))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicatePin,
                    pin.Location,
                    "Paper",
                    paper.DisplayName,
                    $"pinned to '{paper.Pin.Identifier}'",
                    LineOf(paper.Pin.Location, pin.Location),
                    "a paper has one pin, so this one is ignored"));
            }
        }

        /// <summary>The line of an earlier pin, with its file's name when it is in another file than <paramref name="at"/>: <c>12 of systems.md</c>.</summary>
        private static string LineOf(LocationInfo location, LocationInfo at)
        {
            var line = (location.LineSpan.Start.Line + 1).ToString(CultureInfo.InvariantCulture);
            return string.Equals(location.FilePath, at.FilePath, StringComparison.Ordinal) ? line : line + " of " + System.IO.Path.GetFileName(location.FilePath);
        }

        /// <summary>Each category's name by rule 2, reporting every rename, and by rule 1, silently, for its alias.</summary>
        private (IReadOnlyList<NameRequest> Current, IReadOnlyList<NameRequest> Rule1) NameCategories()
        {
            NameRequest Request(CategoryDraft c, NamingRule rule) => new(CategoryIdentifier(c, rule), null, c.Normalized, c.DisplayName);
            var reserved = UniqueNames.Reserve(apiNames);
            var current = Unique("Category", _categories.Select(c => (Request(c, NamingRule.Current), c.Location)).ToList(), reserved);
            return (current, legacyNames ? UniqueNames.Allocate("Category", _categories.ConvertAll(c => Request(c, NamingRule.Rule1)), reserved, cancellationToken, rule: NamingRule.Rule1).Names : current);
        }

        private EquatableArray<CategoryModel> CategoryModels(IReadOnlyList<NameRequest> names, RenameAliasResult aliases)
            => _categories
                .Select((c, i) => new CategoryModel(names[i].Identifier, c.DisplayName, c.Papers.ToEquatableArray())
                {
                    Parent = c.Parent,
                    Level = c.Level,
                    FormerIdentifier = aliases.Categories[i],
                })
                .ToEquatableArray();

        /// <summary>
        /// A category's identifier. A Markdown heading that starts with a digit is named for what it is rather than
        /// with a leading underscore: <c>## 2024</c> is <c>Year2024</c>, <c>## 3D Vision</c> is <c>Section3DVision</c>.
        /// </summary>
        private static string CategoryIdentifier(CategoryDraft category, NamingRule rule)
        {
            var identifier = rule.Category(category.NamingSpelling);
            if (category.Level == 0 || identifier.Length < 2 || identifier[0] != '_' || identifier[1] is < '0' or > '9')
            {
                return identifier;
            }

            var isYear = category.Normalized.Length == 4 && category.Normalized.All(c => c is >= '0' and <= '9');
            return (isYear ? "Year" : "Section") + identifier.Substring(1);
        }

        /// <summary>Each venue's name by rule 2, reporting every rename, and by rule 1, silently, for its alias.</summary>
        private (IReadOnlyList<NameRequest> Current, IReadOnlyList<NameRequest> Rule1) NameVenues()
        {
            NameRequest Request(VenueDraft v, NamingRule rule) => new(rule.Venue(v.NamingSpelling), null, v.Normalized, v.DisplayName);
            var reserved = UniqueNames.Reserve(apiNames);
            var current = Unique("Venue", _venues.Select(v => (Request(v, NamingRule.Current), v.FirstListing)).ToList(), reserved);
            return (current, legacyNames ? UniqueNames.Allocate("Venue", _venues.ConvertAll(v => Request(v, NamingRule.Rule1)), reserved, cancellationToken, rule: NamingRule.Rule1).Names : current);
        }

        private EquatableArray<VenueModel> VenueModels(IReadOnlyList<NameRequest> names, RenameAliasResult aliases)
        {
            var papersAt = _venues.Select(_ => new List<int>()).ToArray();
            for (var p = 0; p < _papers.Count; p++)
            {
                foreach (var publication in _papers[p].Publications)
                {
                    var atVenue = papersAt[publication.Venue];
                    if (atVenue.Count == 0 || atVenue[atVenue.Count - 1] != p)
                    {
                        atVenue.Add(p);
                    }
                }
            }

            return _venues
                .Select((v, i) => new VenueModel(names[i].Identifier, v.DisplayName, v.IsPreprint, papersAt[i].ToEquatableArray()) { FormerIdentifier = aliases.Venues[i] })
                .ToEquatableArray();
        }

        /// <summary>
        /// Each paper's names by rule 2, after the pins are checked, reporting every rename; and by rule 1, silently, for
        /// its alias, with the categories' rule-1 names reserved as rule 1 reserved them.
        /// </summary>
        private PaperNames NamePapers(IReadOnlyList<NameRequest> categories, IReadOnlyList<NameRequest> rule1Categories)
        {
            // A title is split once for its name and its key, and the words a key is made from are also rule 1's.
            var keyWords = new List<Word>[_papers.Count];
            var naturalNames = new List<PaperName>(_papers.Count);
            for (var i = 0; i < _papers.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequestedAt(i);
                var words = new TitleWords(_papers[i].NamingSpelling);
                keyWords[i] = IdentifierNaming.KeyWords.ChooseWords(words);
                var name = IdentifierNaming.ForPaper(words, keyWords[i]);
                naturalNames.Add(name with { Identifier = PaperIdentifier(name.Identifier) });
            }

            // A paper must not take a category's name: Papers.GPU_CRIU is the category's nested class.
            IReadOnlyDictionary<string, string> Reserved(IReadOnlyList<NameRequest> names) => UniqueNames.Reserve(_categories
                .Select((c, i) => (names[i].Identifier, $"is the name of the category '{c.DisplayName}'"))
                .Concat(apiNames));
            var reserved = Reserved(categories);
            var (pins, formerNames) = CheckPins(reserved);
            var pinnedFormerNames = formerNames.SelectMany(f => f.Value).ToList();
            var current = Unique(
                "Paper",
                _papers.Select((p, i) => (pins[i] is { } pin ? PinnedRequest(p, pin) : PaperRequest(p, naturalNames[i].Identifier, naturalNames[i].Key, NamingRule.Current), p.Location)).ToList(),
                reserved,
                pinnedFormerNames);
            var rule1 = !legacyNames ? current : UniqueNames.Allocate(
                "Paper",
                _papers.Select((p, i) => pins[i] is { } pin ? PinnedRequest(p, pin) : PaperRequest(p, PaperIdentifier(LegacyNaming.ForPaper(p.NamingSpelling, keyWords[i])), naturalNames[i].Key, NamingRule.Rule1)).ToList(),
                Reserved(rule1Categories),
                cancellationToken,
                pinnedFormerNames,
                NamingRule.Rule1).Names;
            return new PaperNames(current, rule1, formerNames, naturalNames);
        }

        /// <summary>In a Markdown list, a title that starts with a digit is named "Paper3DGaussian…", not "_3DGaussian…".</summary>
        private string PaperIdentifier(string identifier)
            => _isMarkdown && identifier.Length > 1 && identifier[0] == '_' && identifier[1] is >= '0' and <= '9'
                ? "Paper" + identifier.Substring(1)
                : identifier;

        private EquatableArray<PaperModel> PaperModels(PaperNames names, RenameAliasResult aliases)
            => _papers
                .Select((p, i) => new PaperModel(
                    names.Current[i].Identifier,
                    names.Current[i].Key!,
                    p.DisplayName,
                    ReferenceEquals(p.NamingSpelling, p.DisplayName) ? names.Natural[i].ShortName : IdentifierNaming.ForPaper(p.DisplayName).ShortName,
                    SortedCategories(p.Categories),
                    Publications(p))
                {
                    Url = p.Url,
                    Links = p.Links.ToEquatableArray(),
                    LinkedArXivId = p.LinkedArXivId,
                    Doi = p.Doi,
                    Tags = p.Tags.ToEquatableArray(),
                    Notes = p.Notes.ToEquatableArray(),
                    Aliases = Aliases(names.PinnedFormerNames, i, aliases.Papers[i]),
                })
                .ToEquatableArray();

        /// <summary>A paper's categories in the order the catalog first lists each, which is their numbers' order.</summary>
        private static EquatableArray<int> SortedCategories(List<int> categories)
        {
            var sorted = categories.ToArray();
            Array.Sort(sorted);
            return new EquatableArray<int>(ImmutableArray.Create(sorted));
        }

        /// <summary>A paper's publications with their notes: the peer-reviewed ones in catalog order, then the preprints.</summary>
        private EquatableArray<PublicationModel> Publications(PaperDraft paper)
        {
            var publications = ImmutableArray.CreateBuilder<PublicationModel>(paper.Publications.Count);
            for (var pass = 0; pass < 2; pass++)
            {
                foreach (var publication in paper.Publications)
                {
                    if (_venues[publication.Venue].IsPreprint == (pass == 1))
                    {
                        publications.Add(paper.PublicationNotes is { } notes && notes.TryGetValue(publication, out var note) ? publication with { Note = note } : publication);
                    }
                }
            }

            return new EquatableArray<PublicationModel>(publications.MoveToImmutable());
        }

        /// <summary>A paper's former names: those its pin names (<c>aka</c>), in the order written, then its rule-1 name.</summary>
        private static EquatableArray<PaperAliasModel> Aliases(Dictionary<int, List<FormerName>> pinned, int paper, (string? Identifier, string? Key) rule1)
        {
            var aliases = pinned.TryGetValue(paper, out var former)
                ? former.ConvertAll(f => new PaperAliasModel(f.Identifier, f.Key.Length == 0 ? null : f.Key))
                : [];
            if (rule1.Identifier is not null || rule1.Key is not null)
            {
                aliases.Add(new PaperAliasModel(rule1.Identifier, rule1.Key));
            }

            return aliases.ToEquatableArray();
        }

        /// <summary>
        /// The pins that hold, by paper, and each pinned paper's former names. Visited in file order: a pin, former
        /// name or key that an earlier pin took is CRIU040 at the later one, and a name that is no identifier or that
        /// the generated API or a category uses is CRIU041. A paper whose own pin fails gets its natural name; a
        /// former name that fails is dropped.
        /// </summary>
        private (PinnedName?[] Pins, Dictionary<int, List<FormerName>> FormerNames) CheckPins(IReadOnlyDictionary<string, string> reserved)
        {
            var pins = new PinnedName?[_papers.Count];
            var formerNames = new Dictionary<int, List<FormerName>>();
            var names = new Dictionary<string, (int Paper, string Display, LocationInfo Location)>(StableCase.IgnoreCase);
            var keys = new Dictionary<string, (int Paper, string Display, LocationInfo Location)>(StringComparer.Ordinal);
            var pinned = Enumerable.Range(0, _papers.Count)
                .Where(i => _papers[i].Pin is not null)
                .OrderBy(i => _papers[i].PinOrder);
            foreach (var i in pinned)
            {
                var paper = _papers[i];
                var pin = paper.Pin!;
                var key = pin.Key ?? IdentifierNaming.KeyOf(pin.Identifier);
                if (!CheckName("Name", pin.Identifier, i, pin, reserved, names, "the entry gets its natural name")
                    || !CheckKey(key, pin, keys, "the entry gets its natural name"))
                {
                    continue;
                }

                names[pin.Identifier] = (i, paper.DisplayName, pin.Location);
                keys[key] = (i, paper.DisplayName, pin.Location);
                pins[i] = new PinnedName(pin.Identifier, key);

                // A former name may differ from the paper's other names only in case, as a rename that fixed the case
                // does (ParallelGpuOs aka Parallelgpuos); C# tells them apart, so only an exact repeat is refused.
                var own = new HashSet<string>(StringComparer.Ordinal) { pin.Identifier };
                var kept = new List<FormerName>();
                foreach (var alias in pin.Aliases)
                {
                    if (!CheckName("Former name", alias, i, pin, reserved, names, "the former name is ignored"))
                    {
                        continue;
                    }

                    if (!own.Add(alias))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.DuplicatePin, pin.Location, "Former name", alias, $"a name of '{paper.DisplayName}'", LineOf(pin.Location, pin.Location), "the former name is ignored"));
                        continue;
                    }

                    // A former name whose key is the paper's own key keeps only its name; TryFind finds the paper anyway.
                    var aliasKey = IdentifierNaming.KeyOf(alias);
                    var ownKey = string.Equals(aliasKey, key, StringComparison.Ordinal);
                    if (!ownKey && keys.TryGetValue(aliasKey, out var sameKey) && sameKey.Paper == i)
                    {
                        // Another former name of this paper has that key already (Parallelgpuos, PARALLELGPUOS).
                        ownKey = true;
                    }

                    if (!ownKey && !CheckKey(aliasKey, pin, keys, "the former name is ignored"))
                    {
                        continue;
                    }

                    names[alias] = (i, paper.DisplayName, pin.Location);
                    if (!ownKey)
                    {
                        keys[aliasKey] = (i, paper.DisplayName, pin.Location);
                    }

                    kept.Add(new FormerName(alias, ownKey ? string.Empty : aliasKey, paper.DisplayName));
                }

                if (kept.Count > 0)
                {
                    formerNames.Add(i, kept);
                }
            }

            return (pins, formerNames);
        }

        private bool CheckName(
            string what,
            string name,
            int paper,
            EntryPin pin,
            IReadOnlyDictionary<string, string> reserved,
            Dictionary<string, (int Paper, string Display, LocationInfo Location)> taken,
            string outcome)
        {
            var problem = !SyntaxFacts.IsValidIdentifier(name) ? "it is not a valid C# identifier"
                : !IdentifierNaming.IsUsableIdentifier(name) ? "it is a C# keyword"
                : reserved.TryGetValue(name, out var reason) ? (reason == UsedByTheApi ? "the generated API already uses it" : "it " + reason)
                : null;
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPin, pin.Location, what, name, problem, outcome));
                return false;
            }

            if (taken.TryGetValue(name, out var holder) && holder.Paper != paper)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicatePin, pin.Location, what, name, $"pinned by '{holder.Display}'", LineOf(holder.Location, pin.Location), outcome));
                return false;
            }

            return true;
        }

        private bool CheckKey(string key, EntryPin pin, Dictionary<string, (int Paper, string Display, LocationInfo Location)> taken, string outcome)
        {
            if (key.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPin, pin.Location, "Key", key, "it is empty", outcome));
                return false;
            }

            if (taken.TryGetValue(key, out var holder))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicatePin, pin.Location, "Key", key, $"pinned by '{holder.Display}'", LineOf(holder.Location, pin.Location), outcome));
                return false;
            }

            return true;
        }

        /// <summary>A pinned paper asks for its pin, served before every natural name.</summary>
        private static NameRequest PinnedRequest(PaperDraft paper, PinnedName pin)
            => new(pin.Identifier, pin.Key, paper.Normalized, paper.DisplayName) { IsPinned = true };

        /// <summary>
        /// What a paper asks for: its natural name, served by its earliest publication (so a paper added later that
        /// is not older keeps off an existing paper's name), with that publication's venue and year as the suffix it
        /// tries when it collides, written by <paramref name="rule"/>. Ties in year go to the venue first in ordinal order.
        /// </summary>
        private NameRequest PaperRequest(PaperDraft paper, string identifier, string key, NamingRule rule)
        {
            var earliest = paper.Publications[0];
            foreach (var publication in paper.Publications)
            {
                if (publication.Year < earliest.Year
                    || (publication.Year == earliest.Year && string.CompareOrdinal(_venues[publication.Venue].Normalized, _venues[earliest.Venue].Normalized) < 0))
                {
                    earliest = publication;
                }
            }

            return new NameRequest(identifier, key, paper.Normalized, paper.DisplayName, earliest.Year, CollisionSuffix(earliest.Venue, earliest.Year, rule));
        }

        /// <summary>
        /// The collision suffix of a venue and year by a rule, and its key suffix: one per venue, year and rule, made
        /// only if a paper that collides asks for it. Every paper has one, and most never use it.
        /// </summary>
        private CollisionSuffix CollisionSuffix(int venue, int year, NamingRule rule)
        {
            if (!_suffixes.TryGetValue((venue, year, rule), out var suffix))
            {
                var spelling = _venues[venue].NamingSpelling;
                _suffixes[(venue, year, rule)] = suffix = new CollisionSuffix(() => (rule.CollisionSuffix(spelling, year), IdentifierNaming.CollisionSuffix(spelling, year).Key));
            }

            return suffix;
        }

        private readonly Dictionary<(int Venue, int Year, NamingRule Rule), CollisionSuffix> _suffixes = [];

        /// <summary>
        /// Gives each request a unique name (see <see cref="UniqueNames.Allocate"/>) and reports every rename at the
        /// location of what was renamed.
        /// </summary>
        private IReadOnlyList<NameRequest> Unique(
            string kind,
            List<(NameRequest Request, LocationInfo Location)> wanted,
            IReadOnlyDictionary<string, string> reserved,
            IReadOnlyList<FormerName>? formerNames = null)
        {
            var result = UniqueNames.Allocate(kind, wanted.ConvertAll(w => w.Request), reserved, cancellationToken, formerNames);
            foreach (var rename in result.Renames)
            {
                var (request, location) = wanted[rename.Index];
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.IdentifierRenamed,
                    location,
                    kind,
                    request.Display,
                    request.Identifier,
                    rename.Reason,
                    rename.Identifier,
                    kind == "Paper" ? "; pin a name with {#Name} after its title" : string.Empty));
            }

            return result.Names;
        }
    }

    private sealed record Listing(int Category, PublicationModel Publication, int LineNumber, string Path)
    {
        /// <summary>Its line number, and its file's name too when that is not the file of <paramref name="otherPath"/>: <c>12 of systems.md</c>.</summary>
        public string Where(string otherPath)
            => string.Equals(Path, otherPath, StringComparison.Ordinal)
                ? LineNumber.ToString(CultureInfo.InvariantCulture)
                : LineNumber.ToString(CultureInfo.InvariantCulture) + " of " + System.IO.Path.GetFileName(Path);
    }

    /// <summary>A pin that holds: its identifier and its key (written, or made from the identifier).</summary>
    private sealed record PinnedName(string Identifier, string Key);

    /// <summary>The papers' names by rule 2 and by rule 1, the former names pins give (by paper), and each paper's natural names.</summary>
    private sealed record PaperNames(
        IReadOnlyList<NameRequest> Current,
        IReadOnlyList<NameRequest> Rule1,
        Dictionary<int, List<FormerName>> PinnedFormerNames,
        List<PaperName> Natural);

    /// <summary>
    /// Something the catalog may spell in several ways that normalize alike. It is shown as first spelled, but
    /// named after its ordinally smallest spelling, so listing another spelling first never renames it.
    /// </summary>
    private abstract class SpelledDraft(string displayName, string normalized)
    {
        public virtual string DisplayName { get; } = displayName;

        public string Normalized { get; } = normalized;

        public string NamingSpelling { get; private set; } = displayName;

        public void Spell(string spelling)
        {
            if (string.CompareOrdinal(spelling, NamingSpelling) < 0)
            {
                NamingSpelling = spelling;
            }
        }
    }

    private sealed class CategoryDraft(string displayName, string normalized, LocationInfo location)
        : SpelledDraft(displayName, normalized)
    {
        public LocationInfo Location { get; } = location;

        public int Parent { get; init; } = -1;

        public int Level { get; init; }

        public List<int> Papers { get; } = [];
    }

    // A venue has no line of its own: FirstListing is where a rename of it is reported.
    private sealed class VenueDraft(string displayName, string normalized, bool isPreprint, LocationInfo firstListing)
        : SpelledDraft(displayName, normalized)
    {
        public bool IsPreprint { get; } = isPreprint;

        public LocationInfo FirstListing { get; } = firstListing;

        /// <summary>Each spelling (white space collapsed) with its number of listings, in order of first use.</summary>
        public List<(string Spelling, int Listings)> Spellings { get; } = [];

        /// <summary>The most frequent spelling; of equally frequent ones, the first.</summary>
        public override string DisplayName
        {
            get
            {
                var best = 0;
                for (var i = 1; i < Spellings.Count; i++)
                {
                    if (Spellings[i].Listings > Spellings[best].Listings)
                    {
                        best = i;
                    }
                }

                return Spellings.Count == 0 ? base.DisplayName : Spellings[best].Spelling;
            }
        }

        public void Count(string spelling)
        {
            spelling = string.Join(" ", spelling.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            var at = Spellings.FindIndex(s => string.Equals(s.Spelling, spelling, StringComparison.Ordinal));
            if (at < 0)
            {
                Spellings.Add((spelling, 1));
            }
            else
            {
                Spellings[at] = (spelling, Spellings[at].Listings + 1);
            }
        }
    }

    private sealed class PaperDraft(string title, string normalized, LocationInfo location)
        : SpelledDraft(title, normalized)
    {
        public LocationInfo Location { get; } = location;

        public List<int> Categories { get; } = new(1);

        public List<PublicationModel> Publications { get; } = new(1);

        /// <summary>Every listing by category and publication, to find repeats.</summary>
        public FirstThenMap<(int Category, PublicationModel Publication), Listing> Listings { get; } = new();

        /// <summary>The first listing per venue and arXiv id, to find one paper listed with two years there.</summary>
        public FirstThenMap<(int Venue, string? ArXivId), Listing> FirstAtVenue { get; } = new();

        /// <summary>The first note (track) each publication is listed with; made for the first note (a plain list has none).</summary>
        public Dictionary<PublicationModel, string>? PublicationNotes { get; private set; }

        public void KeepNote(PublicationModel publication, string note)
        {
            PublicationNotes ??= [];
            if (!PublicationNotes.ContainsKey(publication))
            {
                PublicationNotes.Add(publication, note);
            }
        }

        public string? Url { get; private set; }

        /// <summary>The first pin any listing of the paper gives.</summary>
        public EntryPin? Pin { get; set; }

        /// <summary>Where <see cref="Pin"/> comes among all the catalog's first pins, in file order.</summary>
        public int PinOrder { get; set; }

        public string? LinkedArXivId { get; private set; }

        public string? Doi { get; private set; }

        public List<PaperLinkModel> Links { get; } = [];

        public List<string> Tags { get; } = [];

        public List<string> Notes { get; } = [];

        // Made for the first link, tag or note: a plain list has none, and most entries of a Markdown list few.
        private HashSet<string>? _linkUrls;
        private HashSet<string>? _tags;
        private HashSet<string>? _notes;

        /// <summary>Keeps what a listing adds beyond its publication: the first URL, id and DOI, every new link, tag and note.</summary>
        public void Keep(EntryLine entry)
        {
            Url ??= entry.Url;
            LinkedArXivId ??= entry.LinkedArXivId;
            Doi ??= entry.Doi;
            foreach (var link in entry.Links)
            {
                if (!string.Equals(link.Url, Url, StringComparison.Ordinal) && (_linkUrls ??= new(StringComparer.Ordinal)).Add(link.Url))
                {
                    Links.Add(new PaperLinkModel(link.Label, link.Url));
                }
            }

            AddNew(Tags, ref _tags, entry.Tags);
            AddNew(Notes, ref _notes, entry.Notes);
        }

        private static void AddNew(List<string> list, ref HashSet<string>? seen, EquatableArray<string> items)
        {
            foreach (var item in items)
            {
                if ((seen ??= new(StringComparer.Ordinal)).Add(item))
                {
                    list.Add(item);
                }
            }
        }
    }
}
