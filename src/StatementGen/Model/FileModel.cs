using System.Linq;
using Microsoft.CodeAnalysis;

namespace StatementGen.Model;

/// <summary>One corpus file after reading: its entity (when the file got that far) and its problems.</summary>
internal sealed record FileModel(string Path, EntityFile? Entity, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>The entity a file declares: its kind, id and value tree.</summary>
internal sealed record EntityFile(RefKind Kind, string Id, LocationInfo IdLocation, ObjectValue Root);
