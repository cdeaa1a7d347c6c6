namespace StatementGen.Emit;

/// <summary>What shapes the emitted code: its namespace, the visibility of its types, and the target's abilities.</summary>
internal sealed record EmitSettings(string Namespace, string Visibility, TargetInfo Target);
