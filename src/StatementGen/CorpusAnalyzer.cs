using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StatementGen.Model;
using StatementGen.Parsing;

namespace StatementGen;

/// <summary>
/// The same rules as <see cref="CorpusGenerator"/>, hosted as an analyzer so that editors show
/// problems in YAML files as the curator types: each file is checked as it changes
/// (<c>RegisterAdditionalFileAction</c>), and the cross-file rules run at the end of the compilation.
/// It reads, checks and validates through the generator's own guarded phases (all but the encoding,
/// which only emission needs), so its verdict is the build's and an internal failure is STMT0099 here
/// too, never an analyzer exception.
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
            var texts = new ConcurrentBag<ArchivedText>();
            start.RegisterAdditionalFileAction(file =>
            {
                if (ArchivedTextReader.IsArchivedText(file.AdditionalFile.Path))
                {
                    if (CorpusMarks.PickText(file.AdditionalFile.Path, CorpusMarks.Of(provider.GetOptions(file.AdditionalFile)), anyMarked))
                    {
                        texts.Add(CorpusGenerator.ReadText(file.AdditionalFile, file.CancellationToken));
                    }
                    return;
                }

                if (!CorpusGenerator.IsCorpusFile(file.AdditionalFile.Path) || !CorpusMarks.Pick(CorpusMarks.Of(provider.GetOptions(file.AdditionalFile)), anyMarked)) return;
                var model = CorpusGenerator.ReadAndCheck(file.AdditionalFile, file.CancellationToken);
                files.Add(model);
                foreach (var diagnostic in model.Diagnostics.Where(d => !IsSummary(d))) file.ReportDiagnostic(diagnostic.ToDiagnostic());
            });

            start.RegisterCompilationEndAction(end =>
            {
                // Checks against the archived texts need every text, so they are reported here, with the cross-file rules.
                var archived = new ArchivedTexts(texts.ToEquatableArray());
                var perFile = new HashSet<DiagnosticInfo>(files.SelectMany(m => m.Diagnostics).Where(d => !IsSummary(d)));
                var models = files.Select(m => CorpusGenerator.CheckFile(m, archived, end.CancellationToken)).ToImmutableArray();
                var corpus = CorpusGenerator.ValidateCorpus(models, archived, GeneratorOptions.From(provider).MaxNamedMembers, end.CancellationToken);
                foreach (var diagnostic in corpus.Diagnostics.Where(d => !perFile.Contains(d)))
                {
                    end.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });
        });
    }

    /// <summary>
    /// A file's "N more problems" (STMT0083) is reported once, at the end, where its count includes the
    /// problems found across files; the file's own count would otherwise be reported beside it.
    /// </summary>
    private static bool IsSummary(DiagnosticInfo diagnostic) => diagnostic.Id == DiagnosticDescriptors.MoreProblems.Id;
}
