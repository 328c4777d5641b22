using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CriuCatalog.Generator.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// A workspace with one consumer document and the generator's output as ordinary documents, where
/// <see cref="PaperKeyCodeFixProvider"/> runs as the IDE runs it: diagnostics from the analyzer, actions from
/// <see cref="CodeFixProvider.RegisterCodeFixesAsync"/>, and the actions' operations applied to the solution
/// (which is where the workspace adds imports and simplifies names).
/// </summary>
internal sealed class CodeFixHarness
{
    private readonly AdhocWorkspace _workspace;
    private readonly AdditionalText[] _catalog;

    private CodeFixHarness(AdhocWorkspace workspace, DocumentId consumer, AdditionalText[] catalog)
    {
        _workspace = workspace;
        _catalog = catalog;
        ConsumerId = consumer;
    }

    public DocumentId ConsumerId { get; }

    public Document Consumer => _workspace.CurrentSolution.GetDocument(ConsumerId)!;

    public PaperKeyCodeFixProvider Provider { get; } = new();

    /// <summary>Generates the seed catalog and puts it in a project next to <paramref name="consumerSource"/>.</summary>
    public static CodeFixHarness ForSeed(string consumerSource) => For(CatalogFiles.SeedText, consumerSource);

    /// <summary>Generates <paramref name="catalogText"/> and puts it in a project next to <paramref name="consumerSource"/>.</summary>
    public static CodeFixHarness For(string catalogText, string consumerSource) => For(CatalogFiles.Catalog(catalogText), consumerSource);

    /// <summary>Generates the catalog file (with its metadata) and puts it in a project next to <paramref name="consumerSource"/>.</summary>
    public static CodeFixHarness For(AdditionalText catalogFile, string consumerSource)
    {
        AdditionalText[] catalog = [catalogFile];
        var run = GeneratorHarness.Run(catalog);
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: GeneratorHarness.ParseOptions,
            metadataReferences: Basic.Reference.Assemblies.Net100.References.All));
        foreach (var (hintName, source) in run.Sources.OrderBy(s => s.Key, System.StringComparer.Ordinal))
        {
            workspace.AddDocument(project.Id, hintName, SourceText.From(source));
        }

        var consumer = workspace.AddDocument(DocumentInfo.Create(
            DocumentId.CreateNewId(project.Id),
            "Consumer.cs",
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(consumerSource), VersionStamp.Default)),
            filePath: "Consumer.cs"));
        return new CodeFixHarness(workspace, consumer.Id, catalog);
    }

    /// <summary>The analyzer's diagnostics in the consumer document, in order.</summary>
    public async Task<IReadOnlyList<Diagnostic>> DiagnosticsAsync()
    {
        var compilation = await Consumer.Project.GetCompilationAsync().ConfigureAwait(false);
        return await AnalyzerHarness.AnalyzeAsync(compilation!, _catalog).ConfigureAwait(false);
    }

    /// <summary>The code actions the provider registers for one diagnostic.</summary>
    public async Task<IReadOnlyList<CodeAction>> ActionsAsync(Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(Consumer, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await Provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions;
    }

    /// <summary>Applies an action's operations and returns the consumer's text afterwards.</summary>
    public async Task<string> ApplyAsync(CodeAction action)
    {
        foreach (var operation in await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false))
        {
            operation.Apply(_workspace, CancellationToken.None);
        }

        return (await Consumer.GetTextAsync().ConfigureAwait(false)).ToString();
    }

    /// <summary>Applies the provider's Fix All (batch) to every diagnostic in the consumer with this equivalence key.</summary>
    public async Task<string> FixAllInDocumentAsync(string equivalenceKey)
    {
        var diagnostics = (await DiagnosticsAsync().ConfigureAwait(false)).ToImmutableArray();
        var context = new FixAllContext(
            Consumer,
            Provider,
            FixAllScope.Document,
            equivalenceKey,
            Provider.FixableDiagnosticIds,
            new FixedDiagnostics(diagnostics),
            CancellationToken.None);
        var action = await Provider.GetFixAllProvider().GetFixAsync(context).ConfigureAwait(false);
        Assert.NotNull(action);
        return await ApplyAsync(action).ConfigureAwait(false);
    }

    /// <summary>Compiler errors and warnings in the project as it is now.</summary>
    public async Task<IReadOnlyList<Diagnostic>> CompilerProblemsAsync()
    {
        var compilation = await Consumer.Project.GetCompilationAsync().ConfigureAwait(false);
        return compilation!.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
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
