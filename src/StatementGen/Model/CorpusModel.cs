namespace StatementGen.Model;

/// <summary>
/// The whole corpus after cross-file validation: the entities that are fit to emit (ordered by kind,
/// then id, ordinally) and every diagnostic of every file.
/// </summary>
internal sealed record CorpusModel(EquatableArray<EntityFile> Entities, EquatableArray<DiagnosticInfo> Diagnostics);
