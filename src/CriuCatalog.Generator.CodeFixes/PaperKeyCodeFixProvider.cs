using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CriuCatalog.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace CriuCatalog.Generator.CodeFixes;

/// <summary>
/// Replaces a string key passed to a <c>Papers</c> lookup with the typed reference <c>Papers.X.Key</c>: still a
/// string, so the call is unchanged, but one the compiler checks. For CRIU102 (a key that names a paper) it
/// offers that paper; for CRIU101 (a key no paper has) it offers each suggested paper.
/// </summary>
/// <remarks>
/// The reference is written as <c>global::CriuCatalog.Papers.X.Key</c> (in the catalog's namespace) and left to the workspace's cleanup,
/// which adds <c>using CriuCatalog;</c> when it is missing and reduces the name to <c>Papers.X.Key</c>, or keeps
/// as much of it as a name in scope requires.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PaperKeyCodeFixProvider))]
[Shared]
public sealed class PaperKeyCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; }
        = ImmutableArray.Create(PaperKeyProperties.UnknownKeyId, PaperKeyProperties.KnownKeyId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax key)
            {
                continue;
            }

            if (diagnostic.Id == PaperKeyProperties.KnownKeyId)
            {
                if (diagnostic.Properties.TryGetValue(PaperKeyProperties.PaperMember, out var member) && IsMemberName(member))
                {
                    Register(context, diagnostic, key, member!, $"Use {PapersClass(diagnostic)}.{member}.Key", PaperKeyProperties.KnownKeyId);
                }

                continue;
            }

            var members = PaperKeyProperties.Split(diagnostic.Properties.TryGetValue(PaperKeyProperties.SuggestedMembers, out var m) ? m : null);
            var keys = PaperKeyProperties.Split(diagnostic.Properties.TryGetValue(PaperKeyProperties.SuggestedKeys, out var k) ? k : null);
            for (var i = 0; i < members.Length && i < keys.Length; i++)
            {
                if (IsMemberName(members[i]))
                {
                    // One equivalence key per paper: Fix All applies a suggestion only where that same paper is suggested.
                    Register(
                        context,
                        diagnostic,
                        key,
                        members[i],
                        string.Format(CultureInfo.InvariantCulture, "Use {0}.{1}.Key ('{2}')", PapersClass(diagnostic), members[i], keys[i]),
                        PaperKeyProperties.UnknownKeyId + "." + members[i]);
                }
            }
        }
    }

    private static void Register(CodeFixContext context, Diagnostic diagnostic, ExpressionSyntax key, string member, string title, string equivalenceKey)
        => context.RegisterCodeFix(
            CodeAction.Create(title, cancellationToken => ReplaceAsync(context.Document, key, PapersType(diagnostic) + "." + member, cancellationToken), equivalenceKey),
            diagnostic);

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax key, string paper, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var reference = SyntaxFactory.ParseExpression("global::" + paper + ".Key")
            .WithTriviaFrom(key)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        var replaced = document.WithSyntaxRoot(root.ReplaceNode(key, reference));
        return await ImportAdder.AddImportsAsync(replaced, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The generated <c>Papers</c> class the analyzer found, in the catalog's namespace; <c>CriuCatalog.Papers</c>
    /// when the property is missing or is not a dotted name of plain identifiers.
    /// </summary>
    private static string PapersType(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(PaperKeyProperties.PapersType, out var type) && type is { Length: > 0 } && type.Split('.').All(IsMemberName)
            ? type
            : "CriuCatalog.Papers";

    /// <summary>The class's own name, as the code reads after cleanup: <c>Papers</c>, or the catalog's <c>ClassName</c>.</summary>
    private static string PapersClass(Diagnostic diagnostic)
    {
        var type = PapersType(diagnostic);
        return type.Substring(type.LastIndexOf('.') + 1);
    }

    /// <summary>Whether a property holds a plain identifier, so that no text from elsewhere can reach the code.</summary>
    private static bool IsMemberName(string? value) => value is not null && SyntaxFacts.IsValidIdentifier(value);
}
