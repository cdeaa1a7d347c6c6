namespace StatementGen.Model;

/// <summary>
/// The whole corpus after cross-file validation: the entities that are fit to emit (ordered by kind,
/// then id, ordinally) and every diagnostic of every file.
/// </summary>
internal sealed record CorpusModel(EquatableArray<EntityFile> Entities, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// The same as the generator keeps it: the location-free form of the entities fit to emit (in the same
/// order) and every diagnostic, so that an edit which moves text without changing a value leaves the
/// entities equal.
/// </summary>
internal sealed record EncodedCorpus(EquatableArray<EncodedEntity> Entities, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// The verdict of validation across files: the indexes (into the files validated) of those fit to emit,
/// in emission order (by kind, then id, ordinally), and every diagnostic of every file.
/// </summary>
internal sealed record CorpusVerdict(EquatableArray<int> Accepted, EquatableArray<DiagnosticInfo> Diagnostics);
