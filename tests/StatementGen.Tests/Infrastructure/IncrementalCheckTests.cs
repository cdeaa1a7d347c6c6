using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Sdk;

namespace StatementGen.Tests.Infrastructure;

/// <summary>The second-run check itself: it passes a generator that caches and names the step of one that does not.</summary>
public class IncrementalCheckTests
{
    /// <summary>A generator with one named step over the compilation, whose output is a string or a new object each run.</summary>
    private sealed class OneStepGenerator(bool equatable) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var step = context.CompilationProvider
                .Select((compilation, _) => equatable ? (object)compilation.AssemblyName! : new object())
                .WithTrackingName("AssemblyName");
            context.RegisterSourceOutput(step, static (spc, _) => spc.AddSource("One.g.cs", "internal static class One { }"));
        }
    }

    private static (GeneratorDriver Driver, Compilation Compilation) RunOnce(bool equatable)
    {
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }")], Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new OneStepGenerator(equatable).AsSourceGenerator()], ImmutableArray<AdditionalText>.Empty, null, null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return (driver.RunGenerators(compilation), compilation);
    }

    [Fact]
    public void A_step_whose_output_is_equal_on_the_second_run_passes()
    {
        var (driver, compilation) = RunOnce(equatable: true);
        var rerun = IncrementalCheck.AssertRerunIsCached(driver, compilation);
        Assert.Empty(IncrementalCheck.NotCached(rerun.GetRunResult()));
    }

    [Fact]
    public void A_step_that_makes_a_new_unequal_output_from_the_same_inputs_is_named_with_the_input_that_ran_it()
    {
        var (driver, compilation) = RunOnce(equatable: false);
        var failure = Assert.Throws<XunitException>(() => IncrementalCheck.AssertRerunIsCached(driver, compilation));
        Assert.Contains("step 'AssemblyName' output Modified: Object; its inputs: Compilation Modified", failure.Message, StringComparison.Ordinal);
        Assert.Contains("source output 'SourceOutput' Modified", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_driver_without_step_tracking_fails_rather_than_passing_unchecked()
    {
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }")], Net100.References.All);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new OneStepGenerator(equatable: true)).RunGenerators(compilation);
        var failure = Assert.Throws<XunitException>(() => IncrementalCheck.AssertRerunIsCached(driver, compilation));
        Assert.Contains("no named step ran", failure.Message, StringComparison.Ordinal);
    }
}
