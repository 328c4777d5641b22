using System.Collections.Immutable;
using System.IO;
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

    public static InMemoryAdditionalText Other(string text, string path) => new(path, text, isCatalog: false);
}

/// <summary>An AdditionalFile held in memory; <see cref="IsCatalog"/> stands for its <c>PaperCatalog</c> metadata.</summary>
internal sealed class InMemoryAdditionalText(string path, string text, bool isCatalog) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public bool IsCatalog { get; } = isCatalog;

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

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => textFile is InMemoryAdditionalText { IsCatalog: true } or UnreadableAdditionalText
            ? DictionaryOptions.Catalog
            : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

        public static readonly DictionaryOptions Catalog = new(
            ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.PaperCatalog", "true"));

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            => values.TryGetValue(key, out value);
    }
}
