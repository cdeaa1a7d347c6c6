using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Validation;

namespace StatementGen;

/// <summary>
/// The same rules as <see cref="CorpusGenerator"/>, hosted as an analyzer so that editors show
/// problems in YAML files as the curator types: each file is checked as it changes
/// (<c>RegisterAdditionalFileAction</c>), and the cross-file rules run at the end of the compilation.
/// </summary>
/// <remarks>
/// Command-line builds already get every diagnostic from the generator, so this analyzer stays
/// silent unless <c>build_property.StatementGenLiveDiagnostics</c> is <c>true</c>; the package's
/// props set it from <c>DesignTimeBuild</c>, which is true only in the IDE's design-time builds.
/// Without that, a build would report everything twice.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CorpusAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.All.ToImmutableArray();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.StatementGenLiveDiagnostics", out var live);
            if (!string.Equals(live?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase)) return;
            if (!GeneratorOptions.From(start.Options.AnalyzerConfigOptionsProvider).Enabled) return;

            var provider = start.Options.AnalyzerConfigOptionsProvider;
            var anyMarked = start.Options.AdditionalFiles.Any(text => CorpusGenerator.IsCorpusFile(text.Path) && CorpusMarks.Of(provider.GetOptions(text)) == CorpusMark.Marked);
            var files = new ConcurrentBag<FileModel>();
            start.RegisterAdditionalFileAction(file =>
            {
                if (!CorpusGenerator.IsCorpusFile(file.AdditionalFile.Path) || !CorpusMarks.Pick(CorpusMarks.Of(provider.GetOptions(file.AdditionalFile)), anyMarked)) return;
                var model = CorpusParser.ParseFile(file.AdditionalFile.Path, file.AdditionalFile.GetText(file.CancellationToken), file.CancellationToken);
                files.Add(model);
                foreach (var diagnostic in model.Diagnostics) file.ReportDiagnostic(diagnostic.ToDiagnostic());
            });

            start.RegisterCompilationEndAction(end =>
            {
                var models = files.ToImmutableArray();
                var perFile = new HashSet<DiagnosticInfo>(models.SelectMany(m => m.Diagnostics));
                var corpus = CorpusValidator.Validate(models, end.CancellationToken);
                foreach (var diagnostic in corpus.Diagnostics.Where(d => !perFile.Contains(d)))
                {
                    end.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });
        });
    }
}
