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
    /// Builds one catalog from its files (those of one namespace; see <c>Configuration.CatalogGroups</c>). Files of
    /// one namespace do not merge yet: when there are several, the first readable one by ordinal path is used and
    /// the others are reported, so the choice never depends on item order.
    /// </summary>
    public static CatalogBuildResult Build(ImmutableArray<CatalogDocument> documents, CancellationToken cancellationToken)
    {
        if (documents.IsDefaultOrEmpty)
        {
            return new CatalogBuildResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var chosen = Choose(documents);
        if (chosen is null)
        {
            // Each unreadable file has already been reported by the parser.
            return new CatalogBuildResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        foreach (var other in documents.Where(d => !ReferenceEquals(d, chosen)).OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MultipleCatalogs,
                LocationInfo.FileStart(other.Path),
                other.Path,
                chosen.Path));
        }

        var model = new Builder(chosen, diagnostics, cancellationToken).Build();
        return new CatalogBuildResult(model, diagnostics.ToEquatableArray());
    }

    /// <summary>The file the catalog is built from: the first readable one by ordinal path, or none.</summary>
    public static CatalogDocument? Choose(ImmutableArray<CatalogDocument> documents)
        => documents.IsDefaultOrEmpty ? null : documents.Where(d => d.IsReadable).OrderBy(d => d.Path, StringComparer.Ordinal).FirstOrDefault();

    private sealed class Builder(CatalogDocument document, ImmutableArray<DiagnosticInfo>.Builder diagnostics, CancellationToken cancellationToken)
    {
        private readonly List<CategoryDraft> _categories = [];
        private readonly Dictionary<string, int> _categoryByName = new(StringComparer.Ordinal);
        private readonly List<VenueDraft> _venues = [];
        private readonly Dictionary<string, int> _venueByName = new(StringComparer.Ordinal);
        private readonly List<PaperDraft> _papers = [];
        private readonly Dictionary<string, int> _paperByTitle = new(StringComparer.Ordinal);

        public CatalogModel Build()
        {
            var categoryOfLine = new int[document.Categories.Count];
            for (var i = 0; i < categoryOfLine.Length; i++)
            {
                categoryOfLine[i] = CategoryFor(document.Categories[i]);
            }

            var processed = 0;
            foreach (var entry in document.Entries)
            {
                cancellationToken.ThrowIfCancellationRequestedAt(processed++);
                Add(entry, entry.CategoryIndex < 0 ? -1 : categoryOfLine[entry.CategoryIndex]);
            }

            if (_papers.Count == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoEntries, LocationInfo.FileStart(document.Path), document.Path));
            }

            var categories = NameCategories();
            var venues = NameVenues();
            var papers = NamePapers(categories);
            return new CatalogModel(document.Title ?? System.IO.Path.GetFileNameWithoutExtension(document.Path), categories, venues, papers);
        }

        private int CategoryFor(CategoryLine line)
        {
            var normalized = IdentifierNaming.Normalize(line.Name);
            if (!_categoryByName.TryGetValue(normalized, out var index))
            {
                index = _categories.Count;
                _categoryByName.Add(normalized, index);
                _categories.Add(new CategoryDraft(line.Name, normalized, line.Location));
            }

            _categories[index].Spell(line.Name);
            return index;
        }

        private int VenueFor(string name, LocationInfo firstListing)
        {
            var normalized = IdentifierNaming.Normalize(name);
            if (!_venueByName.TryGetValue(normalized, out var index))
            {
                index = _venues.Count;
                _venueByName.Add(normalized, index);
                _venues.Add(new VenueDraft(name, normalized, string.Equals(normalized, "ARXIV", StringComparison.Ordinal), firstListing));
            }

            _venues[index].Spell(name);
            return index;
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

            var publication = new PublicationModel(VenueFor(entry.Venue, entry.Location), entry.Year, entry.ArXivId);
            var listing = new Listing(category, publication, entry.LineNumber);

            if (paper.Listings.TryGetValue((category, publication), out var duplicate))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateEntry,
                    entry.Location,
                    entry.Title,
                    category < 0 ? "(none)" : _categories[category].DisplayName,
                    duplicate.LineNumber.ToString(CultureInfo.InvariantCulture)));
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
                    conflict.LineNumber.ToString(CultureInfo.InvariantCulture)));
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
        }

        private EquatableArray<CategoryModel> NameCategories()
        {
            var names = Unique(
                "Category",
                _categories.Select(c => (new NameRequest(IdentifierNaming.ForCategory(c.NamingSpelling), null, c.Normalized, c.DisplayName), c.Location)).ToList(),
                UniqueNames.Reserve(ApiNames));
            return _categories
                .Select((c, i) => new CategoryModel(names[i].Identifier, c.DisplayName, c.Papers.ToEquatableArray()))
                .ToEquatableArray();
        }

        private EquatableArray<VenueModel> NameVenues()
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

            var names = Unique(
                "Venue",
                _venues.Select(v => (new NameRequest(IdentifierNaming.ForVenue(v.NamingSpelling), null, v.Normalized, v.DisplayName), v.FirstListing)).ToList(),
                UniqueNames.Reserve(ApiNames));
            return _venues
                .Select((v, i) => new VenueModel(names[i].Identifier, v.DisplayName, v.IsPreprint, papersAt[i].ToEquatableArray()))
                .ToEquatableArray();
        }

        private EquatableArray<PaperModel> NamePapers(EquatableArray<CategoryModel> categories)
        {
            var paperNames = _papers.Select((p, i) =>
            {
                cancellationToken.ThrowIfCancellationRequestedAt(i);
                return IdentifierNaming.ForPaper(p.NamingSpelling);
            }).ToList();

            // A paper must not take a category's name: Papers.GpuCriu is the category's nested class.
            var reserved = UniqueNames.Reserve(categories
                .Select(c => (c.Identifier, $"is the name of the category '{c.DisplayName}'"))
                .Concat(ApiNames));
            var names = Unique(
                "Paper",
                _papers.Select((p, i) => (new NameRequest(paperNames[i].Identifier, paperNames[i].Key, p.Normalized, p.DisplayName), p.Location)).ToList(),
                reserved);

            return _papers
                .Select((p, i) => new PaperModel(
                    names[i].Identifier,
                    names[i].Key!,
                    p.DisplayName,
                    ReferenceEquals(p.NamingSpelling, p.DisplayName) ? paperNames[i].ShortName : IdentifierNaming.ForPaper(p.DisplayName).ShortName,
                    p.Categories.OrderBy(c => c).ToEquatableArray(),
                    p.Publications.OrderBy(pub => _venues[pub.Venue].IsPreprint).ToEquatableArray()))
                .ToEquatableArray();
        }

        /// <summary>
        /// Gives each request a unique name (see <see cref="UniqueNames.Allocate"/>) and reports every rename at the
        /// location of what was renamed.
        /// </summary>
        private IReadOnlyList<NameRequest> Unique(string kind, List<(NameRequest Request, LocationInfo Location)> wanted, IReadOnlyDictionary<string, string> reserved)
        {
            var result = UniqueNames.Allocate(kind, wanted.ConvertAll(w => w.Request), reserved, cancellationToken);
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
                    rename.Identifier));
            }

            return result.Names;
        }
    }

    private sealed record Listing(int Category, PublicationModel Publication, int LineNumber);

    /// <summary>
    /// Something the catalog may spell in several ways that normalize alike. It is shown as first spelled, but
    /// named after its ordinally smallest spelling, so listing another spelling first never renames it.
    /// </summary>
    private abstract class SpelledDraft(string displayName, string normalized)
    {
        public string DisplayName { get; } = displayName;

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

        public List<int> Papers { get; } = [];
    }

    // A venue has no line of its own: FirstListing is where a rename of it is reported.
    private sealed class VenueDraft(string displayName, string normalized, bool isPreprint, LocationInfo firstListing)
        : SpelledDraft(displayName, normalized)
    {
        public bool IsPreprint { get; } = isPreprint;

        public LocationInfo FirstListing { get; } = firstListing;
    }

    private sealed class PaperDraft(string title, string normalized, LocationInfo location)
        : SpelledDraft(title, normalized)
    {
        public LocationInfo Location { get; } = location;

        public List<int> Categories { get; } = [];

        public List<PublicationModel> Publications { get; } = [];

        /// <summary>Every listing by category and publication, to find repeats.</summary>
        public Dictionary<(int Category, PublicationModel Publication), Listing> Listings { get; } = [];

        /// <summary>The first listing per venue and arXiv id, to find one paper listed with two years there.</summary>
        public Dictionary<(int Venue, string? ArXivId), Listing> FirstAtVenue { get; } = [];
    }
}
