using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Tests.Infrastructure;

/// <summary>The seed catalog and in-memory catalog files for driving the generator.</summary>
internal static class CatalogFiles
{
    public const string SeedPath = "/catalogs/criu-academic-research.txt";

    /// <summary>The seed, read from the copy in the test output (see the test project's csproj).</summary>
    public static string SeedText { get; } = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Seeds", "criu-academic-research.txt"));

    public static InMemoryAdditionalText Catalog(string text, string path = SeedPath) => new(path, text, isCatalog: true);

    /// <summary>A catalog file with item metadata besides <c>PaperCatalog="true"</c>, such as <c>Namespace</c> or <c>Visibility</c>.</summary>
    public static InMemoryAdditionalText Catalog(string text, string path, params (string Name, string Value)[] metadata)
        => new(path, text, isCatalog: true, metadata.ToImmutableDictionary(m => "build_metadata.AdditionalFiles." + m.Name, m => m.Value));

    public static InMemoryAdditionalText Other(string text, string path) => new(path, text, isCatalog: false);
}

/// <summary>
/// An AdditionalFile held in memory; <see cref="IsCatalog"/> stands for its <c>PaperCatalog</c> metadata, and
/// <see cref="Metadata"/> holds its other item metadata as the compiler sees it (<c>build_metadata.AdditionalFiles.*</c>).
/// </summary>
internal sealed class InMemoryAdditionalText(string path, string text, bool isCatalog, ImmutableDictionary<string, string>? metadata = null) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public bool IsCatalog { get; } = isCatalog;

    public ImmutableDictionary<string, string> Metadata { get; } = metadata ?? ImmutableDictionary<string, string>.Empty;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>An AdditionalText whose contents cannot be read, as when the file is missing on disk.</summary>
internal sealed class UnreadableAdditionalText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
}

/// <summary>
/// Answers the compiler's metadata questions the way MSBuild does once the package's props file has declared
/// <c>CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="PaperCatalog"</c>.
/// </summary>
internal sealed class CatalogOptionsProvider(ImmutableDictionary<string, string> globalOptions) : AnalyzerConfigOptionsProvider
{
    public CatalogOptionsProvider()
        : this(ImmutableDictionary<string, string>.Empty)
    {
    }

    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globalOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile switch
    {
        InMemoryAdditionalText { IsCatalog: true, Metadata.IsEmpty: false } file => new DictionaryOptions(DictionaryOptions.CatalogValues.SetItems(file.Metadata)),
        InMemoryAdditionalText { IsCatalog: true } or UnreadableAdditionalText => DictionaryOptions.Catalog,
        InMemoryAdditionalText { Metadata.IsEmpty: false } file => new DictionaryOptions(file.Metadata),
        _ => DictionaryOptions.Empty,
    };

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

        public static readonly ImmutableDictionary<string, string> CatalogValues =
            ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.PaperCatalog", "true");

        public static readonly DictionaryOptions Catalog = new(CatalogValues);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            => values.TryGetValue(key, out value);
    }
}
