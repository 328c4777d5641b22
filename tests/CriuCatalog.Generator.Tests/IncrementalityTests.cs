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
    /// How every step runs after each kind of edit: the reason of each of its outputs, in order. InputFiles and
    /// ParsedFiles have one output per AdditionalFile (the catalog, then the .editorconfig); Citations has one per
    /// [Cites]; every other step has one.
    /// </summary>
    /// <remarks>
    /// Settings comes from the parse options and MSBuild properties: new parse options rerun it, and only a new language
    /// version changes it.
    /// A changed catalog, or a changed namespace, makes a new group and catalog, and so a new bibliography, whose
    /// output carries the catalog it belongs to. An .editorconfig is one of the files, so its edit groups the catalogs
    /// again (Unchanged) and reruns the bibliography, which reports the catalog's errors with its severities, and the
    /// errors.
    /// Citations is the [Cites] transform, which reads the semantic model: Roslyn runs it again on every run, so each
    /// citation is Unchanged, never Cached; the steps after it are Cached while the citations are equal.
    /// Errors (the files' and the project's) runs again when a file or the settings are new; the seed has no error, so
    /// its output is then Unchanged. A C# edit never runs it: CRIU022 is the bibliography step's.
    /// </remarks>
    private static readonly Dictionary<Edit, Dictionary<string, IncrementalStepRunReason[]>> Expected = new()
    {
        //                                           InputFiles            ParsedFiles           CatalogGroups CatalogModel Settings   Citations         Bibliography Errors
        [Edit.UnrelatedCSharp] =                Row([Cached, Cached],     [Cached, Cached],     Cached,       Cached,      Cached,    [Unchanged],      Cached,      Cached),
        [Edit.SameCatalogInNewAdditionalText] = Row([Unchanged, Cached],  [Cached, Cached],     Cached,       Cached,      Cached,    [Unchanged],      Cached,      Cached),
        [Edit.ChangedCatalog] =                 Row([Modified, Cached],   [Modified, Cached],   Modified,     Modified,    Cached,    [Unchanged],      Modified,    Unchanged),
        [Edit.ChangedNamespace] =               Row([Modified, Cached],   [Modified, Cached],   Modified,     Modified,    Cached,    [Unchanged],      Modified,    Unchanged),
        [Edit.UnrelatedEditorConfig] =          Row([Cached, Modified],   [Cached, Modified],   Unchanged,    Cached,      Cached,    [Unchanged],      Unchanged,   Unchanged),
        [Edit.PreprocessorSymbol] =             Row([Cached, Cached],     [Cached, Cached],     Cached,       Cached,      Unchanged, [Unchanged],      Cached,      Cached),
        [Edit.LanguageVersion] =                Row([Cached, Cached],     [Cached, Cached],     Cached,       Cached,      Modified,  [Unchanged],      Modified,    Unchanged),
        [Edit.AddedCites] =                     Row([Cached, Cached],     [Cached, Cached],     Cached,       Cached,      Cached,    [Unchanged, New], Modified,    Cached),
        [Edit.MovedCites] =                     Row([Cached, Cached],     [Cached, Cached],     Cached,       Cached,      Cached,    [Unchanged],      Cached,      Cached),
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
        IncrementalStepRunReason[] inputFiles,
        IncrementalStepRunReason[] parsedFiles,
        IncrementalStepRunReason catalogGroups,
        IncrementalStepRunReason catalogModel,
        IncrementalStepRunReason settings,
        IncrementalStepRunReason[] citations,
        IncrementalStepRunReason bibliography,
        IncrementalStepRunReason errors)
        => new(StringComparer.Ordinal)
        {
            [TrackingNames.InputFiles] = inputFiles,
            [TrackingNames.ParsedFiles] = parsedFiles,
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

        // The catalog is neither read nor parsed again (the .editorconfig beside it is), and nothing is built or emitted.
        Assert.Equal([Cached, Modified], Outputs(second, TrackingNames.InputFiles).Select(o => o.Reason));
        Assert.Equal([Cached, Modified], Outputs(second, TrackingNames.ParsedFiles).Select(o => o.Reason));
        foreach (var step in new[] { TrackingNames.CatalogModel, TrackingNames.Settings })
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
        var run = GeneratorHarness.Run([CatalogFiles.Other("; Shipped analyzer releases\n", "/AnalyzerReleases.Shipped.md"), CatalogFiles.Other("Notes on the build.\n", "/not-marked.txt")]);

        Assert.Empty(run.Sources);
        // Nothing about the files; only CRIU201, since the project has no catalog at all.
        Assert.Equal("CRIU201", Assert.Single(run.ReportedDiagnostics).Id);
        // Neither file is kept: each is null in the files the pipeline collects.
        Assert.Equal([null, null], Outputs(run.Generator, TrackingNames.InputFiles).Select(o => o.Value));
    }

    [Fact]
    public void An_unmarked_file_that_reads_as_a_catalog_is_kept_as_its_path_and_entry_count_only()
    {
        var run = GeneratorHarness.Run([CatalogFiles.Other(CatalogFiles.SeedText, "/not-marked.txt")]);

        Assert.Empty(run.Sources);
        Assert.Equal("CRIU202", Assert.Single(run.ReportedDiagnostics).Id);
        var input = Assert.IsType<InputFile>(Assert.Single(Outputs(run.Generator, TrackingNames.InputFiles)).Value);
        Assert.Equal((null, new UnmarkedList("/not-marked.txt", "/not-marked.txt", 57)), (input.Text, input.Unmarked));
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
