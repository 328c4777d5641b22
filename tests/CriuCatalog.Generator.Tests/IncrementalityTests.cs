using System;
using System.Collections.Generic;
using System.Linq;
using CriuCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The pipeline must do no work for edits that cannot change the catalog. Every test's run is also checked by
/// <see cref="PipelineChecks"/> (through <see cref="GeneratorHarness.Run(string, string, CSharpParseOptions?)"/>):
/// a rerun does nothing, and no step holds a Roslyn object.
/// </summary>
public class IncrementalityTests
{
    /// <summary>The kinds of edit the pipeline is checked against, each made after a first run of <see cref="RunAfter"/>.</summary>
    public enum Edit
    {
        UnrelatedCSharp,
        SameCatalogInNewAdditionalText,
        ChangedCatalog,
        ChangedNamespace,
        UnrelatedEditorConfig,
        PreprocessorSymbol,
        LanguageVersion,
        AddedCites,
        MovedCites,
    }

    /// <summary>
    /// How every step runs after each kind of edit: the reason of each of its outputs, in order. Citations has one
    /// output per [Cites]; every other step has one.
    /// </summary>
    /// <remarks>
    /// Settings comes from the parse options and MSBuild properties: new parse options rerun it, and only a new language
    /// version changes it.
    /// A changed catalog, or a changed namespace, makes a new group and catalog, and so a new bibliography, whose
    /// output carries the catalog it belongs to. A file parsed again (new options, lines added) reruns the untracked
    /// [Cites] transform; its result is equal, so the Citations step after it is Cached, which it could not be if a
    /// valid citation kept its location.
    /// Errors runs again when a catalog, the settings, an .editorconfig file or the citations are new (CRIU022), and
    /// the seed has no error and the citations all resolve, so its output is then Unchanged; a C# edit that changes no
    /// [Cites] never runs it.
    /// </remarks>
    private static readonly Dictionary<Edit, Dictionary<string, IncrementalStepRunReason[]>> Expected = new()
    {
        //                                           CatalogSources ParsedCatalogs CatalogGroups CatalogModel Settings  Citations            Bibliography  Errors
        [Edit.UnrelatedCSharp] =                Row(Cached,        Cached,        Cached,       Cached,      Cached,   [Cached],            Cached,       Cached),
        [Edit.SameCatalogInNewAdditionalText] = Row(Unchanged,     Cached,        Cached,       Cached,      Cached,   [Cached],            Cached,       Cached),
        [Edit.ChangedCatalog] =                 Row(Modified,      Modified,      Modified,     Modified,    Cached,   [Cached],            Modified,     Unchanged),
        [Edit.ChangedNamespace] =               Row(Modified,      Modified,      Modified,     Modified,    Cached,   [Cached],            Modified,     Unchanged),
        [Edit.UnrelatedEditorConfig] =          Row(Cached,        Cached,        Cached,       Cached,      Cached,   [Cached],            Cached,       Unchanged),
        [Edit.PreprocessorSymbol] =             Row(Cached,        Cached,        Cached,       Cached,      Unchanged, [Cached],           Cached,       Cached),
        [Edit.LanguageVersion] =                Row(Cached,        Cached,        Cached,       Cached,      Modified, [Cached],            Modified,     Unchanged),
        [Edit.AddedCites] =                     Row(Cached,        Cached,        Cached,       Cached,      Cached,   [Cached, New],       Modified,     Unchanged),
        [Edit.MovedCites] =                     Row(Cached,        Cached,        Cached,       Cached,      Cached,   [Cached],            Cached,       Cached),
    };

    public static TheoryData<Edit> Edits => new(Enum.GetValues<Edit>());

    /// <summary>The consumer's code before an edit: one valid [Cites], so the citation steps have an output.</summary>
    private const string CitingSource = "[CriuCatalog.Cites(CriuCatalog.PaperId.Cricket)]\npublic class A { }\n";

    /// <summary>An .editorconfig beside the catalog that sets other settings than the catalog diagnostics' severities.</summary>
    private const string UnrelatedSeverity = "root = true\n[*.cs]\ndotnet_diagnostic.CA1000.severity = warning\n";

    [Theory]
    [MemberData(nameof(Edits))]
    public void Every_step_runs_as_the_table_says_after_an_edit(Edit edit)
    {
        var result = RunAfter(edit);

        Assert.Equal(PipelineChecks.Steps.Order(StringComparer.Ordinal), Expected[edit].Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Format(Expected[edit]), Format(PipelineChecks.Steps.ToDictionary(step => step, step => Outputs(result, step).Select(o => o.Reason).ToArray())));
    }

    private static GeneratorRunResult RunAfter(Edit edit)
    {
        var catalog = CatalogFiles.Catalog(CatalogFiles.SeedText);
        var editorConfig = EditorConfig(UnrelatedSeverity);
        var compilation = GeneratorHarness.CreateCompilation(CitingSource);
        var driver = GeneratorHarness.CreateDriver([catalog, editorConfig]).RunGenerators(compilation);
        var consumer = compilation.SyntaxTrees.Single();

        driver = edit switch
        {
            Edit.UnrelatedCSharp => driver.RunGenerators(compilation.AddSyntaxTrees(Parse("public class B { }"))),
            Edit.SameCatalogInNewAdditionalText => driver
                .ReplaceAdditionalText(catalog, CatalogFiles.Catalog(new string(CatalogFiles.SeedText.AsSpan())))
                .RunGenerators(compilation),
            Edit.ChangedCatalog => driver
                .ReplaceAdditionalText(catalog, CatalogFiles.Catalog(CatalogFiles.SeedText.Replace("[SoCC '24]", "[SoCC '25]", StringComparison.Ordinal)))
                .RunGenerators(compilation),
            Edit.ChangedNamespace => driver
                .ReplaceAdditionalText(catalog, CatalogFiles.Catalog(CatalogFiles.SeedText, CatalogFiles.SeedPath, ("Namespace", "Research")))
                .RunGenerators(compilation),
            Edit.UnrelatedEditorConfig => driver
                .ReplaceAdditionalText(editorConfig, EditorConfig(UnrelatedSeverity.Replace("= warning", "= error", StringComparison.Ordinal) + "[*.txt]\nindent_size = 8\n"))
                .RunGenerators(compilation),
            Edit.PreprocessorSymbol => WithParseOptions(GeneratorHarness.ParseOptions.WithPreprocessorSymbols("UNRELATED")),
            Edit.LanguageVersion => WithParseOptions(GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp10)),
            Edit.AddedCites => driver.RunGenerators(compilation.AddSyntaxTrees(Parse("[CriuCatalog.Cites(CriuCatalog.PaperId.AsyncFork)]\npublic class B { }\n"))),
            Edit.MovedCites => driver.RunGenerators(compilation.ReplaceSyntaxTree(consumer, Parse("// Two lines above the [Cites] move it down.\n\n" + CitingSource, consumer.FilePath))),
            _ => throw new ArgumentOutOfRangeException(nameof(edit)),
        };

        return driver.GetRunResult().Results.Single();

        // As the IDE does: the driver gets the new options, and every file is parsed again with them.
        GeneratorDriver WithParseOptions(CSharpParseOptions options)
            => driver.WithUpdatedParseOptions(options)
                .RunGenerators(compilation.ReplaceSyntaxTree(consumer, CSharpSyntaxTree.ParseText(consumer.GetText(), options, consumer.FilePath)));
    }

    private static Dictionary<string, IncrementalStepRunReason[]> Row(
        IncrementalStepRunReason catalogSources,
        IncrementalStepRunReason parsedCatalogs,
        IncrementalStepRunReason catalogGroups,
        IncrementalStepRunReason catalogModel,
        IncrementalStepRunReason settings,
        IncrementalStepRunReason[] citations,
        IncrementalStepRunReason bibliography,
        IncrementalStepRunReason errors)
        => new(StringComparer.Ordinal)
        {
            [TrackingNames.CatalogSources] = [catalogSources],
            [TrackingNames.ParsedCatalogs] = [parsedCatalogs],
            [TrackingNames.CatalogGroups] = [catalogGroups],
            [TrackingNames.CatalogModel] = [catalogModel],
            [TrackingNames.Settings] = [settings],
            [TrackingNames.Citations] = citations,
            [TrackingNames.Bibliography] = [bibliography],
            [TrackingNames.Errors] = [errors],
        };

    /// <summary>One line per step, so a failure shows every step's reasons side by side with the table's.</summary>
    private static string Format(Dictionary<string, IncrementalStepRunReason[]> row)
        => string.Join("\n", row.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key + ": " + string.Join(", ", s.Value)));

    private static SyntaxTree Parse(string source, string path = "Edit.cs")
        => CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path);

    [Fact]
    public void A_catalog_severity_edit_changes_what_the_analyzer_reports_and_reruns_nothing_in_the_generator()
    {
        var catalog = CatalogFiles.Catalog(CatalogFiles.SeedText + "\na stray line");
        var editorConfig = EditorConfig(UnrelatedSeverity);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([catalog, editorConfig]).RunGenerators(compilation);

        var edited = EditorConfig(UnrelatedSeverity + "[*.txt]\ndotnet_diagnostic.CRIU001.severity = error\n");
        var second = driver.ReplaceAdditionalText(editorConfig, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var step in new[] { TrackingNames.CatalogSources, TrackingNames.ParsedCatalogs, TrackingNames.CatalogModel, TrackingNames.Settings })
        {
            Assert.All(Outputs(second, step), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        Assert.Empty(second.Diagnostics);
        var before = AnalyzerHarness.CatalogDiagnostics(compilation, [catalog, editorConfig]);
        var after = AnalyzerHarness.CatalogDiagnostics(compilation, [catalog, edited]);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(before, d => d.Id == "CRIU001").Severity);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(after, d => d.Id == "CRIU001").Severity);
    }

    private static InMemoryAdditionalText EditorConfig(string text) => CatalogFiles.Other(text, "/catalogs/.editorconfig");

    [Fact]
    public void Other_additional_files_are_ignored()
    {
        var run = GeneratorHarness.Run([CatalogFiles.Other("; Shipped analyzer releases\n", "/AnalyzerReleases.Shipped.md"), CatalogFiles.Other(CatalogFiles.SeedText, "/not-marked.txt")]);

        Assert.Empty(run.Sources);
        // Nothing about the files; only CRIU201, since the project has no catalog at all.
        Assert.Equal("CRIU201", Assert.Single(run.ReportedDiagnostics).Id);
        Assert.Empty(Outputs(run.Generator, TrackingNames.CatalogSources));
    }

    [Fact]
    public void The_plain_value_check_finds_a_Roslyn_object_in_a_tuple_a_record_or_a_list()
    {
        var tree = Parse("public class A { }");
        var plain = (1, "text", new[] { Cached }, new Generator.Diagnostics.LocationInfo("/a.txt", default, default));

        PipelineChecks.AssertHoldsOnlyPlainValues(plain, "plain");
        Assert.Contains("tuple.Item2 holds a ", Assert.ThrowsAny<Exception>(() => PipelineChecks.AssertHoldsOnlyPlainValues((1, tree), "tuple")).Message, StringComparison.Ordinal);
        Assert.Contains("record.<Nodes>k__BackingField[0] holds a ", Assert.ThrowsAny<Exception>(() => PipelineChecks.AssertHoldsOnlyPlainValues(new Holder(new[] { tree.GetRoot() }), "record")).Message, StringComparison.Ordinal);
        Assert.Contains("list[1] holds a ", Assert.ThrowsAny<Exception>(() => PipelineChecks.AssertHoldsOnlyPlainValues(new List<object> { "a", tree.GetRoot().GetLocation() }, "list")).Message, StringComparison.Ordinal);
    }

    private sealed record Holder(IReadOnlyList<SyntaxNode> Nodes);

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step)
        => result.TrackedSteps.TryGetValue(step, out var steps) ? steps.SelectMany(s => s.Outputs) : [];
}
