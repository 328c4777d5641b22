using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Roslyn48Tests;

/// <summary>
/// The packed generator and analyzers, loaded out of the .nupkg into this process, which runs Roslyn 4.8: what the
/// .NET 8 SDK's compiler does with the package. An assembly built against a newer Roslyn fails here, as it fails to
/// load there (CS9057).
/// </summary>
public sealed class PackageOnRoslyn48Tests
{
    private static readonly Lazy<AnalyzerFileReference> Package = new(LoadPackage);

    [Fact]
    public void This_process_runs_the_oldest_supported_Roslyn()
    {
        Assert.Equal("4.8.0", Metadata("RoslynVersion"));
        Assert.Equal(new Version(4, 8, 0, 0), typeof(Compilation).Assembly.GetName().Version);
    }

    [Fact]
    public void The_packed_generator_generates_the_seed_catalog_that_compiles_and_runs()
    {
        var generators = Package.Value.GetGenerators(LanguageNames.CSharp);
        Assert.NotEmpty(generators);

        var source = """
            using CriuCatalog;

            [Cites(PaperId.Cricket)]
            public static class Probe
            {
                public static string Run()
                    => Papers.All.Count + " " + Papers.AsyncFork.Key + " " + Bibliography.Cited.Count + " " + Papers.Get(PaperId.Cricket).Venue.ToDisplayName();
            }
            """;
        var compilation = Compile(source);
        var driver = CSharpGeneratorDriver.Create(generators, [Seed()], (CSharpParseOptions)compilation.SyntaxTrees[0].Options, new CatalogOptions());
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.True(output.SyntaxTrees.Count() > 5, $"the generator added {output.SyntaxTrees.Count() - 1} files");

        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        var context = new AssemblyLoadContext("roslyn48-probe", isCollectible: true);
        try
        {
            image.Position = 0;
            var probe = context.LoadFromStream(image).GetType("Probe")!.GetMethod("Run")!;
            Assert.Equal("53 async-fork 1 Wiley", probe.Invoke(null, null));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task The_packed_analyzers_report_a_catalog_line_and_an_unknown_key()
    {
        var analyzers = Package.Value.GetAnalyzers(LanguageNames.CSharp);
        Assert.NotEmpty(analyzers);

        var catalog = Seed(SeedText() + "\nA note after the entries, which is not an entry.\n");
        var compilation = Compile("""
            public static class Lookup
            {
                public static bool Run() => CriuCatalog.Papers.TryFind("asyncfork", out _);
            }
            """);
        var driver = CSharpGeneratorDriver.Create(Package.Value.GetGenerators(LanguageNames.CSharp), [catalog], (CSharpParseOptions)compilation.SyntaxTrees[0].Options, new CatalogOptions());
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var options = new AnalyzerOptions([catalog], new CatalogOptions());
        var diagnostics = await output.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Contains(diagnostics, d => d.Id == "CRIU001" && d.Location.GetLineSpan().Path == catalog.Path);
        Assert.Contains(diagnostics, d => d.Id == "CRIU101" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'async-fork'", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    private static CSharpCompilation Compile(string source)
    {
        // The running runtime's own assemblies are enough to compile against.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Select(path => MetadataReference.CreateFromFile(path));
        return CSharpCompilation.Create(
            "Roslyn48Consumer",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), path: "Consumer.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static string SeedText()
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "criu-academic-research.txt"));

    private static InMemoryText Seed(string? text = null) => new("/catalogs/criu-academic-research.txt", text ?? SeedText());

    private static AnalyzerFileReference LoadPackage()
    {
        var package = Metadata("PackagePath");
        Assert.True(File.Exists(package), $"{package} is missing: building this project packs the generator there.");

        var directory = Directory.CreateTempSubdirectory("criu-roslyn48-").FullName;
        using (var archive = ZipFile.OpenRead(package))
        {
            foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)))
            {
                entry.ExtractToFile(Path.Combine(directory, entry.Name));
            }
        }

        var reference = new AnalyzerFileReference(Path.Combine(directory, "CriuCatalog.Generator.dll"), new DefaultContextLoader());
        var failures = new List<string>();
        reference.AnalyzerLoadFailed += (_, e) => failures.Add($"{e.ErrorCode}: {e.Message} {e.Exception}");
        reference.GetGenerators(LanguageNames.CSharp);
        reference.GetAnalyzers(LanguageNames.CSharp);
        Assert.Empty(failures);
        return reference;
    }

    private static string Metadata(string key)
        => typeof(PackageOnRoslyn48Tests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    /// <summary>Loads analyzer assemblies into the default context, beside this process's Roslyn 4.8.</summary>
    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>The options MSBuild gives the compiler for <c>PaperCatalog="true"</c> on every AdditionalFile.</summary>
    private sealed class CatalogOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);
        private static readonly Options Catalog = new(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.PaperCatalog", "true"));

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Catalog;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
                => values.TryGetValue(key, out value);
        }
    }
}
