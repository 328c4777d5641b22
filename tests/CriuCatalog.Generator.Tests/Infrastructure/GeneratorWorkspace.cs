using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// A workspace project in which <see cref="CatalogGenerator"/> runs as it runs in the IDE: the generator is one of
/// the project's analyzer references, the catalog is an additional document marked <c>PaperCatalog = true</c> by a
/// global analyzer config (as MSBuild's generated <c>.globalconfig</c> marks it), and every compilation the
/// workspace makes reruns the generator over the documents as they are now. So a code fix that edits the catalog is
/// checked against the code the generator then writes, and the compiler's own diagnostics (CS0117) are the ones a
/// fix is offered for.
/// </summary>
internal sealed class GeneratorWorkspace
{
    public const string ProjectDirectory = "/Consumer/";

    private readonly AdhocWorkspace _workspace;

    private GeneratorWorkspace(AdhocWorkspace workspace, DocumentId consumer, ImmutableArray<DocumentId> catalogs)
    {
        _workspace = workspace;
        ConsumerId = consumer;
        CatalogIds = catalogs;
    }

    public DocumentId ConsumerId { get; }

    /// <summary>The additional documents, in the order given; the marked ones are catalogs.</summary>
    public ImmutableArray<DocumentId> CatalogIds { get; }

    public Document Consumer => _workspace.CurrentSolution.GetDocument(ConsumerId)!;

    /// <summary>One marked catalog, <c>papers.txt</c>, next to <paramref name="consumerSource"/>.</summary>
    public static GeneratorWorkspace For(string catalogText, string consumerSource)
        => For([("papers.txt", catalogText, true)], consumerSource);

    /// <summary>The seed as the one catalog, next to <paramref name="consumerSource"/>.</summary>
    public static GeneratorWorkspace ForSeed(string consumerSource) => For(CatalogFiles.SeedText, consumerSource);

    /// <summary>
    /// Additional files in the project directory, each marked as a catalog or not, and references beyond the .NET
    /// reference assemblies; <paramref name="namespaces"/> gives catalog files a <c>Namespace</c> metadata, by name,
    /// and <paramref name="properties"/> sets project properties (<c>PaperCatalogClassName</c>, say).
    /// </summary>
    public static GeneratorWorkspace For(
        IReadOnlyList<(string Name, string Text, bool IsCatalog)> files,
        string consumerSource,
        IEnumerable<MetadataReference>? references = null,
        IReadOnlyDictionary<string, string>? namespaces = null,
        IReadOnlyDictionary<string, string>? properties = null)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var globalConfig = "is_global = true\n"
            + string.Concat((properties ?? new Dictionary<string, string>()).Select(p => $"build_property.{p.Key} = {p.Value}\n"))
            + string.Concat(files
            .Where(file => file.IsCatalog)
            .Select(file => $"\n[{ProjectDirectory}{file.Name}]\nbuild_metadata.AdditionalFiles.PaperCatalog = true\n"
                + (namespaces is not null && namespaces.TryGetValue(file.Name, out var ns) ? $"build_metadata.AdditionalFiles.Namespace = {ns}\n" : "")));
        var additional = files
            .Select(file => DocumentInfo.Create(
                DocumentId.CreateNewId(projectId),
                file.Name,
                loader: Loader(file.Text),
                filePath: ProjectDirectory + file.Name))
            .ToList();
        var consumer = DocumentInfo.Create(DocumentId.CreateNewId(projectId), "Consumer.cs", loader: Loader(consumerSource), filePath: ProjectDirectory + "Consumer.cs");
        var project = ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                "Consumer",
                "Consumer",
                LanguageNames.CSharp,
                filePath: ProjectDirectory + "Consumer.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: GeneratorHarness.ParseOptions,
                documents: [consumer],
                metadataReferences: [.. Basic.Reference.Assemblies.Net100.References.All, .. references ?? []],
                analyzerReferences: [GeneratorReference.Instance],
                additionalDocuments: additional)
            .WithAnalyzerConfigDocuments([
                DocumentInfo.Create(DocumentId.CreateNewId(projectId), "Consumer.globalconfig", loader: Loader(globalConfig), filePath: ProjectDirectory + "Consumer.globalconfig"),
            ]);
        workspace.AddProject(project);
        return new GeneratorWorkspace(workspace, consumer.Id, [.. additional.Select(document => document.Id)]);
    }

    /// <summary>The text of the consumer document now.</summary>
    public async Task<string> ConsumerTextAsync() => (await Consumer.GetTextAsync().ConfigureAwait(false)).ToString();

    /// <summary>The text of an additional document now (the first one by default).</summary>
    public async Task<string> CatalogTextAsync(int index = 0)
        => (await _workspace.CurrentSolution.GetAdditionalDocument(CatalogIds[index])!.GetTextAsync().ConfigureAwait(false)).ToString();

    /// <summary>The names of the files the generator wrote for the project as it is now.</summary>
    public async Task<IReadOnlyList<string>> GeneratedFileNamesAsync()
        => (await Consumer.Project.GetSourceGeneratedDocumentsAsync().ConfigureAwait(false)).Select(document => document.HintName).OrderBy(name => name, System.StringComparer.Ordinal).ToList();

    /// <summary>The compiler's errors and warnings for the project as it is now (the generator rerun first).</summary>
    public async Task<IReadOnlyList<Diagnostic>> CompilerProblemsAsync()
    {
        var compilation = await Consumer.Project.GetCompilationAsync().ConfigureAwait(false);
        return compilation!.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    /// <summary>The compiler's diagnostics with this ID in the consumer document, in order.</summary>
    public async Task<IReadOnlyList<Diagnostic>> DiagnosticsAsync(string id)
        => (await CompilerProblemsAsync().ConfigureAwait(false))
            .Where(d => d.Id == id && d.Location.SourceTree?.FilePath == Consumer.FilePath)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToList();

    /// <summary>The code actions a provider registers for one diagnostic.</summary>
    public async Task<IReadOnlyList<CodeAction>> ActionsAsync(CodeFixProvider provider, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(Consumer, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions;
    }

    /// <summary>Applies an action's operations to the workspace, as the IDE does.</summary>
    public async Task ApplyAsync(CodeAction action)
    {
        foreach (var operation in await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false))
        {
            operation.Apply(_workspace, CancellationToken.None);
        }
    }

    /// <summary>Applies a provider's Fix All over the consumer document for every diagnostic with this ID and equivalence key.</summary>
    public async Task FixAllInDocumentAsync(CodeFixProvider provider, string diagnosticId, string equivalenceKey)
    {
        var diagnostics = (await DiagnosticsAsync(diagnosticId).ConfigureAwait(false)).ToImmutableArray();
        var context = new FixAllContext(
            Consumer,
            provider,
            FixAllScope.Document,
            equivalenceKey,
            provider.FixableDiagnosticIds,
            new FixedDiagnostics(diagnostics),
            CancellationToken.None);
        var action = await provider.GetFixAllProvider()!.GetFixAsync(context).ConfigureAwait(false);
        Assert.NotNull(action);
        await ApplyAsync(action).ConfigureAwait(false);
    }

    private static TextLoader Loader(string text) => TextLoader.From(TextAndVersion.Create(SourceText.From(text), VersionStamp.Default));

    /// <summary>The generator as an analyzer reference, one instance so that the workspace's driver keeps its state.</summary>
    private sealed class GeneratorReference : AnalyzerReference
    {
        public static readonly GeneratorReference Instance = new();

        private readonly ImmutableArray<ISourceGenerator> _generators = [new CatalogGenerator().AsSourceGenerator()];

        public override string? FullPath => null;

        public override string Display => "CriuCatalog.Generator";

        public override object Id => this;

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];

        public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => _generators;

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => language == LanguageNames.CSharp ? _generators : [];
    }

    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>([]);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
