using System;
using System.Linq;
using StatementGen.Model;

namespace StatementGen.Emit;

/// <summary>The location-free entities of one kind, in id order.</summary>
internal sealed record KindEntities(Schema.RefKind Kind, EquatableArray<EncodedEntity> Entities);

/// <summary>A generated file: its hint name and text.</summary>
internal sealed record GeneratedSource(string HintName, string Text);

/// <summary>
/// Sources made by one emission step, not yet added: those of the schema (no name), of one kind (its
/// class's name and how many entities it has) or of one chunk of a kind (the class's name, <c>#</c> and
/// the chunk's number, and how many entities the chunk has); or, when making them failed, the STMT0099 to report.
/// </summary>
internal sealed record EmittedSources(string Name, int Entities, EquatableArray<GeneratedSource> Sources, DiagnosticInfo? Failure)
{
    /// <summary>Nothing: the generator emits nothing.</summary>
    public static EmittedSources None { get; } = new("", 0, EquatableArray<GeneratedSource>.Empty, null);

    /// <summary>Makes every source at once; an exception (a bug) becomes the failure, and no source is kept.</summary>
    public static EmittedSources Make(string name, int entities, Func<System.Collections.Generic.IEnumerable<(string HintName, string Source)>> emit)
    {
        try
        {
            return new EmittedSources(name, entities, emit().Select(s => new GeneratedSource(s.HintName, s.Source)).ToEquatableArray(), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new EmittedSources(name, entities, EquatableArray<GeneratedSource>.Empty, DiagnosticInfo.InternalError(LocationInfo.None, "generating the corpus code", e));
        }
    }
}
