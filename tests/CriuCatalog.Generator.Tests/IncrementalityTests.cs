using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The pipeline must do no work for edits that cannot change the catalog, and must carry only plain values:
/// a step that holds a compilation, symbol or syntax node would keep them alive and defeat caching.
/// </summary>
public class IncrementalityTests
{
    private static readonly string[] AllSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void Every_named_step_runs()
    {
        var run = GeneratorHarness.Run([CatalogFiles.Catalog(CatalogFiles.SeedText), EditorConfig(UnrelatedSeverity)], "[CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)] public class A { }");

        Assert.Equal(AllSteps.Order(StringComparer.Ordinal), run.Generator.TrackedSteps.Keys.Where(AllSteps.Contains).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unrelated_CSharp_edit_leaves_every_step_cached_or_unchanged()
    {
        var catalog = CatalogFiles.Catalog(CatalogFiles.SeedText);
        var compilation = GeneratorHarness.CreateCompilation("public class A { public int M() => 1; }");
        var driver = GeneratorHarness.CreateDriver([catalog]).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class B { }", GeneratorHarness.ParseOptions));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllStepsReused(second);
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void The_same_catalog_text_in_a_new_AdditionalText_is_unchanged()
    {
        var original = CatalogFiles.Catalog(CatalogFiles.SeedText);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([original]).RunGenerators(compilation);

        var copy = CatalogFiles.Catalog(new string(CatalogFiles.SeedText.AsSpan()));
        var second = driver.ReplaceAdditionalText(original, copy).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Outputs(second, TrackingNames.CatalogSources)).Reason);
        AssertAllStepsReused(second);
    }

    [Fact]
    public void A_changed_catalog_is_modified_all_the_way_to_the_model()
    {
        var original = CatalogFiles.Catalog(CatalogFiles.SeedText);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([original]).RunGenerators(compilation);

        var changed = CatalogFiles.Catalog(CatalogFiles.SeedText.Replace("[SoCC '24]", "[SoCC '25]", StringComparison.Ordinal));
        var second = driver.ReplaceAdditionalText(original, changed).RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var step in new[] { TrackingNames.CatalogSources, TrackingNames.ParsedCatalogs, TrackingNames.BuiltCatalog, TrackingNames.CatalogModel })
        {
            Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Outputs(second, step)).Reason);
        }

        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Outputs(second, TrackingNames.Settings)).Reason);
    }

    [Fact]
    public void An_editorconfig_edit_reruns_nothing_in_the_generator()
    {
        var catalog = CatalogFiles.Catalog(CatalogFiles.SeedText);
        var editorConfig = EditorConfig(UnrelatedSeverity);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([catalog, editorConfig]).RunGenerators(compilation);

        var edited = EditorConfig(UnrelatedSeverity.Replace("= warning", "= error", StringComparison.Ordinal) + "[*.txt]\nindent_size = 8\n");
        var second = driver.ReplaceAdditionalText(editorConfig, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        // Only the catalog analyzer reads .editorconfig files; the generator has no step that sees them.
        foreach (var step in new[] { TrackingNames.CatalogSources, TrackingNames.ParsedCatalogs, TrackingNames.BuiltCatalog, TrackingNames.CatalogModel })
        {
            Assert.All(Outputs(second, step), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        AssertAllStepsReused(second);
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_catalog_severity_edit_changes_what_the_analyzer_reports_and_reruns_nothing_in_the_generator()
    {
        var catalog = CatalogFiles.Catalog(CatalogFiles.SeedText + "\na stray line");
        var editorConfig = EditorConfig(UnrelatedSeverity);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([catalog, editorConfig]).RunGenerators(compilation);

        var edited = EditorConfig(UnrelatedSeverity + "[*.txt]\ndotnet_diagnostic.CRIU001.severity = error\n");
        var second = driver.ReplaceAdditionalText(editorConfig, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var step in new[] { TrackingNames.CatalogSources, TrackingNames.ParsedCatalogs, TrackingNames.BuiltCatalog, TrackingNames.CatalogModel, TrackingNames.Settings })
        {
            Assert.All(Outputs(second, step), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        Assert.Empty(second.Diagnostics);
        var before = AnalyzerHarness.CatalogDiagnostics(compilation, [catalog, editorConfig]);
        var after = AnalyzerHarness.CatalogDiagnostics(compilation, [catalog, edited]);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(before, d => d.Id == "CRIU001").Severity);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(after, d => d.Id == "CRIU001").Severity);
    }

    /// <summary>An .editorconfig beside the catalog that sets other settings than the catalog diagnostics' severities.</summary>
    private const string UnrelatedSeverity = "root = true\n[*.cs]\ndotnet_diagnostic.CA1000.severity = warning\n";

    private static InMemoryAdditionalText EditorConfig(string text) => CatalogFiles.Other(text, "/catalogs/.editorconfig");

    [Fact]
    public void Other_additional_files_are_ignored()
    {
        var run = GeneratorHarness.Run([CatalogFiles.Other("; Shipped analyzer releases\n", "/AnalyzerReleases.Shipped.md"), CatalogFiles.Other(CatalogFiles.SeedText, "/not-marked.txt")]);

        Assert.Empty(run.Sources);
        Assert.Empty(run.ReportedDiagnostics);
        Assert.Empty(Outputs(run.Generator, TrackingNames.CatalogSources));
    }

    [Fact]
    public void No_step_output_holds_a_compilation_symbol_syntax_node_or_source_text()
    {
        var run = GeneratorHarness.Run(CatalogFiles.SeedText, "public class A { }");

        // Only this generator's steps: Roslyn also tracks its own inputs (AdditionalTexts, Compilation…) and
        // the final outputs (the generated SourceText), which are meant to hold those.
        var outputs = run.Generator.TrackedSteps.Where(s => AllSteps.Contains(s.Key))
            .SelectMany(s => s.Value)
            .SelectMany(step => step.Outputs)
            .ToList();

        Assert.NotEmpty(outputs);
        foreach (var (value, _) in outputs)
        {
            AssertHoldsOnlyPlainValues(value, "output", new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step)
        => result.TrackedSteps.TryGetValue(step, out var steps) ? steps.SelectMany(s => s.Outputs) : [];

    private static void AssertAllStepsReused(GeneratorRunResult result)
    {
        foreach (var step in AllSteps)
        {
            Assert.All(
                Outputs(result, step),
                output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{step} was {output.Reason}"));
        }
    }

    private static readonly Type[] Forbidden =
    [
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel),
        typeof(SourceText), typeof(AdditionalText), typeof(Location),
    ];

    private static void AssertHoldsOnlyPlainValues(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        var type = value.GetType();
        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.Name}");
        if (value is DiagnosticDescriptor or TextSpan or LinePositionSpan)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                AssertHoldsOnlyPlainValues(item, $"{path}[{index++}]", seen);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsOnlyPlainValues(field.GetValue(value), $"{path}.{field.Name}", seen);
        }
    }
}
