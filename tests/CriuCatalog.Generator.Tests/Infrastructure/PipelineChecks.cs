using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CriuCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// What every generator run in the tests must satisfy, after the checks of NetEscapades.EnumGenerators' test
/// helpers: running again on an equal compilation does no work and writes the same files, and no step carries a
/// Roslyn object. A step that holds a compilation, symbol or syntax node keeps it alive and never compares equal,
/// so it would defeat caching in the IDE, where the generator runs on every keystroke.
/// </summary>
internal static class PipelineChecks
{
    /// <summary>The names of this generator's steps (<see cref="TrackingNames"/>).</summary>
    public static readonly IReadOnlyList<string> Steps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToArray();

    private static readonly Type[] Forbidden =
    [
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel),
        typeof(SourceText), typeof(AdditionalText), typeof(Location),
    ];

    private static readonly ConcurrentDictionary<Type, FieldInfo[]> FieldsByType = new();

    /// <summary>
    /// Runs <paramref name="driver"/> (which has run once, on <paramref name="compilation"/>) again on a clone of
    /// the compilation, and asserts that nothing ran again and the generated files are the same.
    /// </summary>
    public static void AssertRerunIsCached(GeneratorDriver driver, Compilation compilation)
    {
        var first = driver.GetRunResult().Results.Single();
        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        // A clone is a new compilation, so Roslyn's compilation input is new by construction, and so is the CRIU018
        // output, which combines the citation diagnostics with the compilation to place them (it has an input only
        // while there is a CRIU018). Every step of the generator's own must come out equal, and every other output
        // must be cached.
        foreach (var (name, steps) in second.TrackedSteps)
        {
            foreach (var step in steps.Where(s => Steps.Contains(name) || !ReadsTheCompilation(s)))
            {
                Assert.All(step.Outputs, output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"On a rerun over an equal compilation, step {name} was {output.Reason}."));
            }
        }

        foreach (var (name, steps) in second.TrackedOutputSteps)
        {
            foreach (var step in steps.Where(s => !ReadsTheCompilation(s)))
            {
                Assert.All(step.Outputs, output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached,
                    $"On a rerun over an equal compilation, output {name} was {output.Reason}."));
            }
        }

        Assert.Equal(first.GeneratedSources.Select(s => s.HintName), second.GeneratedSources.Select(s => s.HintName));
        foreach (var (before, after) in first.GeneratedSources.Zip(second.GeneratedSources))
        {
            Assert.True(before.SourceText.ContentEquals(after.SourceText), $"{before.HintName} changed on a rerun over an equal compilation.");
        }
    }

    /// <summary>Asserts that no output of the generator's own steps is or holds a Roslyn object.</summary>
    public static void AssertStepsHoldOnlyPlainValues(GeneratorRunResult result)
    {
        // Only this generator's steps: Roslyn also tracks its own inputs (AdditionalTexts, Compilation…) and the
        // final outputs (the generated SourceText), which are meant to hold those.
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (name, steps) in result.TrackedSteps.Where(s => Steps.Contains(s.Key)))
        {
            foreach (var (value, _) in steps.SelectMany(s => s.Outputs))
            {
                AssertHoldsOnlyPlainValues(value, name, seen);
            }
        }
    }

    /// <summary>Asserts that <paramref name="value"/> is not and holds no Roslyn object; <paramref name="path"/> names it in a failure.</summary>
    public static void AssertHoldsOnlyPlainValues(object? value, string path)
        => AssertHoldsOnlyPlainValues(value, path, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static bool ReadsTheCompilation(IncrementalGeneratorRunStep step)
        => step.Name == WellKnownGeneratorInputs.Compilation || step.Inputs.Any(input => ReadsTheCompilation(input.Source));

    /// <summary>
    /// Walks fields rather than properties, so a Roslyn object held privately, or behind a property that computes
    /// something else, is found too. Tuples, records and EquatableArray are all reached through their fields or as
    /// <see cref="IEnumerable"/>.
    /// </summary>
    private static void AssertHoldsOnlyPlainValues(object? value, string path, HashSet<object> seen)
    {
        if (value is null or string or DiagnosticDescriptor or TextSpan or LinePositionSpan)
        {
            return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.Name}");
        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                AssertHoldsOnlyPlainValues(item, $"{path}[{index++}]", seen);
            }

            return;
        }

        foreach (var field in FieldsByType.GetOrAdd(type, t => t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)))
        {
            AssertHoldsOnlyPlainValues(field.GetValue(value), $"{path}.{field.Name}", seen);
        }
    }
}
