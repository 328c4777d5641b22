using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using CriuCatalog.Generator.Model;
using CriuCatalog.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Benchmarks;

/// <summary>
/// The generator on a catalog of <see cref="Entries"/> entries in 5 categories, every title distinct: a full run of
/// the generator driver (parse, build, emit, and Roslyn parsing the generated files), and the parser alone.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const string CatalogPath = "/catalogs/papers.txt";

    private CatalogSource _source = null!;
    private GeneratorDriver _driver = null!;
    private CSharpCompilation _compilation = null!;

    /// <summary>The number of entries, each its own paper.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Entries { get; set; }

    /// <summary>Makes the catalog and a driver that has not run yet.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var text = CreateCatalog(categories: 5, perCategory: Entries / 5);
        _source = new CatalogSource(CatalogPath, text);
        _compilation = CSharpCompilation.Create(
            "Consumer",
            references: [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _driver = CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            [new CatalogText(CatalogPath, text)],
            new CSharpParseOptions(LanguageVersion.Latest),
            new CatalogOptions());
    }

    /// <summary>A first build: every step runs, and the compiler parses the generated sources.</summary>
    [Benchmark]
    public GeneratorDriverRunResult Driver() => _driver.RunGenerators(_compilation).GetRunResult();

    /// <summary>The catalog file read into lines; returns the entry count (the document type is internal).</summary>
    [Benchmark]
    public int Parse() => CatalogParser.Parse(_source, CancellationToken.None).Entries.Count;

    /// <summary>Categories of equal size; titles such as <c>Study 42 of checkpointing at scale</c> at 26 venues over 25 years.</summary>
    internal static string CreateCatalog(int categories, int perCategory)
    {
        var builder = new StringBuilder("Benchmark Catalog\n");
        var paper = 0;
        for (var c = 0; c < categories; c++)
        {
            builder.Append("- Category ").Append((char)('A' + c)).Append('\n');
            for (var i = 0; i < perCategory; i++, paper++)
            {
                builder.Append("[Venue").Append((char)('A' + (paper % 26))).Append(" '").Append((paper % 25).ToString("00", CultureInfo.InvariantCulture))
                    .Append("] Study ").Append(paper.ToString(CultureInfo.InvariantCulture)).Append(" of checkpointing at scale\n");
            }
        }

        return builder.ToString();
    }

    /// <summary>The catalog as an AdditionalFile.</summary>
    private sealed class CatalogText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Marks every AdditionalFile as a catalog, as <c>PaperCatalog="true"</c> does.</summary>
    private sealed class CatalogOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Catalog = new(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.PaperCatalog", "true"));

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Catalog;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
                => values.TryGetValue(key, out value);
        }
    }
}
