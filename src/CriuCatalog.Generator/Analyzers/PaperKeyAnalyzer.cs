using System.Collections.Generic;
using System.Collections.Immutable;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Model;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CriuCatalog.Generator.Analyzers;

/// <summary>
/// Checks the constant strings passed as paper keys to the generated <c>CriuCatalog.Papers</c> (a <c>string</c>
/// parameter named <c>key</c>, as in <c>Papers.TryFind(string key, out Paper paper)</c>) against the project's
/// catalog: a key no paper has is CRIU101, with the closest keys as suggestions; a literal key that names a paper
/// is CRIU102, on which the code fix writes <c>Papers.X.Key</c> instead.
/// </summary>
/// <remarks>
/// Only a <c>Papers</c> class declared in the compilation itself (that is, generated from this project's catalog)
/// is checked, so a catalog referenced from another assembly is never compared with this project's keys.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PaperKeyAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The name of the parameter that takes a paper key.</summary>
    public const string KeyParameterName = "key";

    /// <summary>The last catalog read, reused while its files are unchanged (every keystroke makes a new compilation).</summary>
    private readonly FileSnapshotCache<ImmutableArray<CatalogKeys>> _cache = new();

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }
        = ImmutableArray.Create(PaperKeyDiagnostics.UnknownKey, PaperKeyDiagnostics.UseTypedReference);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(Start);
    }

    private void Start(CompilationStartAnalysisContext context)
    {
        // Each catalog's generated Papers, in this compilation's own assembly, with the catalog's keys.
        var catalogs = new Dictionary<INamedTypeSymbol, CatalogKeys>(SymbolEqualityComparer.Default);
        foreach (var keys in GetKeys(context.Options, context.CancellationToken))
        {
            if (GeneratedSymbols.InOwnAssembly(context.Compilation, keys.Namespace, keys.ClassName) is { } papers)
            {
                catalogs[papers] = keys;
            }
        }

        if (catalogs.Count == 0)
        {
            return;
        }

        context.RegisterOperationAction(
            c =>
            {
                var type = ((IInvocationOperation)c.Operation).TargetMethod.ContainingType;
                if (catalogs.TryGetValue(type, out var keys))
                {
                    AnalyzeInvocation(c, type, keys);
                }
            },
            OperationKind.Invocation);
    }

    private ImmutableArray<CatalogKeys> GetKeys(AnalyzerOptions options, CancellationToken cancellationToken)
        => _cache.GetOrCreate(CatalogKeys.FindCatalogFiles(options, cancellationToken), source: null, CatalogKeys.Build, cancellationToken);

    private static void AnalyzeInvocation(OperationAnalysisContext context, INamedTypeSymbol papers, CatalogKeys keys)
    {
        var invocation = (IInvocationOperation)context.Operation;

        foreach (var argument in invocation.Arguments)
        {
            if (argument.IsImplicit
                || argument.Parameter is not { Name: KeyParameterName, Type.SpecialType: SpecialType.System_String }
                || argument.Value.ConstantValue is not { HasValue: true, Value: string key })
            {
                continue;
            }

            // An old key of a renamed paper still finds it; its Key is another string, so there is no typed form to offer.
            if (keys.IsFormerKey(key))
            {
                continue;
            }

            var location = argument.Value.Syntax.GetLocation();
            if (keys.TryGetPaper(key, out var paper))
            {
                // Only a literal is replaced: a named constant already says what it is, and may be used elsewhere.
                if (WithoutConversions(argument.Value) is ILiteralOperation)
                {
                    var properties = ImmutableDictionary<string, string?>.Empty
                        .Add(PaperKeyProperties.PaperMember, paper.Identifier)
                        .Add(PaperKeyProperties.PaperIdMember, paper.Identifier)
                        .Add(PaperKeyProperties.Key, paper.Key)
                        .Add(PaperKeyProperties.PapersType, papers.ToDisplayString());
                    context.ReportDiagnostic(Diagnostic.Create(PaperKeyDiagnostics.UseTypedReference, location, properties, paper.Key, papers.Name + "." + paper.Identifier));
                }

                continue;
            }

            var suggestions = KeySuggestions.For(key, keys.Keys);
            var members = new string[suggestions.Count];
            for (var i = 0; i < members.Length; i++)
            {
                keys.TryGetPaper(suggestions[i], out var suggested);
                members[i] = suggested.Identifier;
            }

            var suggestionProperties = ImmutableDictionary<string, string?>.Empty
                .Add(PaperKeyProperties.SuggestedKeys, PaperKeyProperties.Join(suggestions))
                .Add(PaperKeyProperties.SuggestedMembers, PaperKeyProperties.Join(members))
                .Add(PaperKeyProperties.PapersType, papers.ToDisplayString());
            context.ReportDiagnostic(Diagnostic.Create(
                PaperKeyDiagnostics.UnknownKey,
                location,
                suggestionProperties,
                key,
                PaperKeyDiagnostics.DidYouMean(suggestions)));
        }
    }

    private static IOperation WithoutConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
