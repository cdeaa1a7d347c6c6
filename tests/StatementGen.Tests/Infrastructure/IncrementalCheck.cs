using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Sdk;

namespace StatementGen.Tests.Infrastructure;

/// <summary>
/// Runs a generator a second time over the same inputs and asserts that it did no work again, as
/// Roslyn's own generator tests do: the second run gets a new compilation with the same syntax trees
/// (<see cref="Compilation.Clone"/>) and the driver's same additional texts and options, so the
/// compilation input is new while nothing in it has changed. Every output of every step the generator
/// names (<c>WithTrackingName</c>) must then be <see cref="IncrementalStepRunReason.Cached"/> or
/// <see cref="IncrementalStepRunReason.Unchanged"/>, and every source output
/// <see cref="IncrementalStepRunReason.Cached"/>; the sources and diagnostics must be those of the first run.
/// </summary>
/// <remarks>
/// A step whose output compares unequal to an equal value (a reference-equality type, an array
/// instead of an equatable one, a collection that is rebuilt) shows here as <c>Modified</c> or
/// <c>New</c>, named with the input that made it run, before it costs a user an editor that
/// regenerates the corpus on every keystroke.
/// </remarks>
public static class IncrementalCheck
{
    /// <summary>The driver's own input nodes (Compilation, AdditionalTexts, …), which are not the generator's steps.</summary>
    private static readonly HashSet<string> InputSteps = typeof(WellKnownGeneratorInputs)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Runs <paramref name="driver"/> (which has run once on <paramref name="compilation"/> with step
    /// tracking on) again on a clone of the compilation, asserts that every step was cached, and
    /// returns the driver after that second run.
    /// </summary>
    public static GeneratorDriver AssertRerunIsCached(GeneratorDriver driver, Compilation compilation)
    {
        var first = driver.GetRunResult();
        var rerun = driver.RunGenerators(compilation.Clone());
        var second = rerun.GetRunResult();
        var problems = NotCached(second);
        if (problems.Count > 0)
        {
            throw new XunitException("A second run over the same inputs redid work; every step should be cached:\n" + string.Join("\n", problems));
        }

        Assert.Equal(first.Results.Length, second.Results.Length);
        foreach (var (before, after) in first.Results.Zip(second.Results))
        {
            Assert.Null(after.Exception);
            Assert.Equal(
                before.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
                after.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
        }
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
        return rerun;
    }

    /// <summary>
    /// Each output of a named step that is not Cached or Unchanged, and each source output that is not
    /// Cached, described with the inputs that made it run; empty when the run was fully cached.
    /// </summary>
    public static IReadOnlyList<string> NotCached(GeneratorDriverRunResult run)
    {
        var problems = new List<string>();
        foreach (var result in run.Results)
        {
            var generator = result.Generator.GetGeneratorType().Name;
            var named = result.TrackedSteps.Where(s => !InputSteps.Contains(s.Key)).ToArray();
            if (named.Length == 0)
            {
                problems.Add($"{generator}: no named step ran, so nothing was checked (is step tracking on?)");
            }

            foreach (var (name, steps) in named.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                foreach (var step in steps)
                {
                    foreach (var (value, reason) in step.Outputs)
                    {
                        if (reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged) continue;
                        problems.Add($"{generator}: step '{name}' output {reason}: {Describe(value)}; its inputs: {Inputs(step)}");
                    }
                }
            }

            foreach (var (name, steps) in result.TrackedOutputSteps)
            {
                foreach (var step in steps)
                {
                    foreach (var (value, reason) in step.Outputs)
                    {
                        if (reason == IncrementalStepRunReason.Cached) continue;
                        problems.Add($"{generator}: source output '{name}' {reason}: {Describe(value)}; its inputs: {Inputs(step)}");
                    }
                }
            }
        }
        return problems;
    }

    private static string Inputs(IncrementalGeneratorRunStep step) => step.Inputs.Length == 0
        ? "none"
        : string.Join(", ", step.Inputs.Select(i => $"{i.Source.Name ?? "(unnamed step)"} {i.Source.Outputs[i.OutputIndex].Reason}"));

    private static string Describe(object value)
    {
        var text = value.GetType().Name;
        return text.Length > 200 ? text[..200] + "…" : text;
    }
}
