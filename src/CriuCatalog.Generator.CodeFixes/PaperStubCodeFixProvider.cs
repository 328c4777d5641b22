using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CriuCatalog.Generator.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.CodeFixes;

/// <summary>
/// For a paper the code names but the catalog lacks (CS0117 on <c>PaperId.Missing</c>, <c>Papers.Missing</c> or
/// <c>Papers.GPU_CRIU.Missing</c>), adds a stub entry to the catalog file, <c>[TODO '26] Missing: TODO title</c>, from
/// which the generator makes exactly the member asked for. Under the category's heading for a category's class,
/// otherwise at the end of the file (so in its last category).
/// </summary>
/// <remarks>
/// <para>
/// It is offered only when the project has exactly one catalog, in the plain format, and the generated type comes
/// from it (not from a referenced assembly); when the name can come out of a title unchanged (see
/// <see cref="CatalogStub.TitleFor"/>: not <c>missing</c>, <c>Is_Missing</c> or <c>SC_W</c>); and when no generated
/// name already takes it, ignoring case, since the generator would then rename the new paper.
/// </para>
/// <para>
/// There is no Fix All: several uses of one missing paper would each add a stub.
/// </para>
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PaperStubCodeFixProvider))]
[Shared]
public sealed class PaperStubCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of every stub action.</summary>
    internal const string EquivalenceKey = "CriuCatalog.CS0117.AddStub";

    /// <summary>
    /// Names the generator keeps for itself that are no symbol a lookup could find (<c>Model/GeneratedNames.cs</c>):
    /// <c>Cites</c> is how <c>[Cites]</c> is written, and the other two are kept free for export members.
    /// </summary>
    private static readonly string[] ReservedWords = ["Cites", "BibTeX", "Markdown"];

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MissingCatalogMember.DiagnosticId);

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await MissingCatalogMember.FindAsync(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false) is not { } missing
                || await CreateActionAsync(context.Document.Project, missing, context.CancellationToken).ConfigureAwait(false) is not { } action)
            {
                continue;
            }

            context.RegisterCodeFix(action, diagnostic);
        }
    }

    private static async Task<CodeAction?> CreateActionAsync(Project project, MissingCatalogMember missing, CancellationToken cancellationToken)
    {
        if (missing.Kind is not (CatalogTypeKind.PaperId or CatalogTypeKind.Papers or CatalogTypeKind.CategoryClass)
            || !missing.IsDeclaredInProject
            || missing.IsInvoked
            || NamesSomethingElse(missing))
        {
            return null;
        }

        var identifier = missing.Name.Identifier.ValueText;
        if (CatalogStub.TitleFor(identifier) is not { } title
            || NamesInUse(missing).Contains(identifier)
            || FindCatalog(project, CatalogNamespace(missing)) is not { } catalog)
        {
            return null;
        }

        var text = await catalog.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var entry = CatalogStub.EntryLine(title, DateTime.UtcNow.Year);
        string where;
        Func<SourceText> change;
        if (CatalogStub.IsMarkdownFile(catalog.FilePath))
        {
            // A Markdown list: after its last entry, for a paper of no particular category. A category's own heading
            // is not looked for: the Markdown grammar's headings, nesting and merged names are the parser's.
            if (missing.Kind == CatalogTypeKind.CategoryClass || CatalogStub.InsertAfterLastMarkdownEntry(text, entry) is not { } markdown)
            {
                return null;
            }

            where = "after the last entry of " + catalog.Name;
            change = () => markdown;
        }
        else if (CatalogStub.HasMarkdownLine(text))
        {
            // A plain list with a line that starts with '#' or '|', which the generator may read as either, gets none.
            return null;
        }
        else
        {
            TextLine? heading = null;
            where = "at the end of " + catalog.Name;
            if (missing.Kind == CatalogTypeKind.CategoryClass)
            {
                // The category's class has the name of its Category member, whose value is its number in catalog order.
                if (MissingCatalogMember.CategoryEnum(missing.Type.ContainingType!)?.GetMembers(missing.Type.Name).OfType<IFieldSymbol>().FirstOrDefault()
                        is not { ConstantValue: int number }
                    || !CatalogStub.TryFindCategory(text, number, out var line, out var name))
                {
                    return null;
                }

                heading = line;
                where = "to " + catalog.Name + " under '" + name + "'";
            }

            change = () => CatalogStub.Insert(text, entry, heading);
        }

        var catalogId = catalog.Id;
        var solution = project.Solution;
        return CodeAction.Create(
            $"Add a stub for '{identifier}' {where}",
            _ => Task.FromResult(solution.WithAdditionalDocumentText(catalogId, change())),
            EquivalenceKey);
    }

    /// <summary>
    /// Whether <c>Papers.X.Y</c> uses X as something other than a paper: when Y is no member of <c>Paper</c>, X is
    /// more likely a misspelt category (<c>Papers.GpuCrui.Cricket</c>) than a paper to add.
    /// </summary>
    private static bool NamesSomethingElse(MissingCatalogMember missing)
    {
        if (missing.Access.Parent is not MemberAccessExpressionSyntax outer || outer.Expression != missing.Access)
        {
            return false;
        }

        var paper = missing.Type.ContainingNamespace.GetTypeMembers("Paper").FirstOrDefault();
        return paper is null || paper.GetMembers(outer.Name.Identifier.ValueText).IsEmpty;
    }

    /// <summary>
    /// The names a new paper cannot take without being renamed, compared ignoring case as the generator compares
    /// them: every member of <c>Papers</c> (papers, categories, its API and its private helpers) and of
    /// <c>PaperId</c>, the members of <see cref="object"/>, and the types of the catalog's namespace.
    /// </summary>
    private static HashSet<string> NamesInUse(MissingCatalogMember missing)
    {
        var papers = missing.Kind == CatalogTypeKind.CategoryClass ? missing.Type.ContainingType! : missing.Type;
        var catalogNamespace = papers.ContainingNamespace;
        if (missing.Kind == CatalogTypeKind.PaperId)
        {
            papers = catalogNamespace.GetTypeMembers().FirstOrDefault(type => MissingCatalogMember.Classify(type, missing.CatalogNamespaces) == CatalogTypeKind.Papers) ?? papers;
        }

        var names = new HashSet<string>(StableCase.IgnoreCase);
        names.UnionWith(ReservedWords);
        names.UnionWith(catalogNamespace.GetTypeMembers().Select(type => type.Name));
        names.UnionWith(papers.GetMembers().Select(member => member.Name));
        names.UnionWith(missing.Model.Compilation.GetSpecialType(SpecialType.System_Object).GetMembers().Select(member => member.Name));
        foreach (var paperId in catalogNamespace.GetTypeMembers("PaperId"))
        {
            names.UnionWith(paperId.GetMembers().Select(member => member.Name));
        }

        return names;
    }

    /// <summary>The namespace of the catalog the missing member was looked up in.</summary>
    private static string CatalogNamespace(MissingCatalogMember missing)
        => (missing.Kind == CatalogTypeKind.CategoryClass ? missing.Type.ContainingType! : missing.Type).ContainingNamespace.ToDisplayString();

    /// <summary>
    /// The file of the catalog in <paramref name="ns"/>: the one additional document marked <c>PaperCatalog="true"</c>
    /// with that namespace, or none (no such file, or several, when which one should get the stub is unclear).
    /// </summary>
    private static TextDocument? FindCatalog(Project project, string ns)
    {
        var marked = new HashSet<string>(
            AdditionalFiles.Catalogs(project.AnalyzerOptions)
                .Where(catalog => catalog.Catalog.Namespace == ns)
                .Select(catalog => catalog.File.Path),
            StringComparer.Ordinal);
        var catalogs = project.AdditionalDocuments.Where(document => document.FilePath is { } path && marked.Contains(path)).Take(2).ToList();
        return catalogs.Count == 1 ? catalogs[0] : null;
    }
}
