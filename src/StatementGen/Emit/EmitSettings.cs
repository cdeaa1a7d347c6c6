namespace StatementGen.Emit;

/// <summary>What shapes the emitted code: its namespace, the visibility of its types, the target's abilities, and how many named members a kind may have.</summary>
internal sealed record EmitSettings(string Namespace, string Visibility, TargetInfo Target, int MaxNamedMembers = GeneratorOptions.DefaultMaxNamedMembers);
