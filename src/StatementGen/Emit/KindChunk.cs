using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Emit;

/// <summary>The ids of one kind, in order: all its class and id table hang on.</summary>
internal sealed record KindIds(RefKind Kind, EquatableArray<string> Ids);

/// <summary>
/// One chunk of a kind's location-free entities (see <see cref="DataLayout.ChunkShift"/>): its number,
/// how many entities the kind has (which decides whether they have named members), and its entities.
/// </summary>
internal sealed record KindChunk(RefKind Kind, int Index, int KindCount, EquatableArray<EncodedEntity> Entities)
{
    /// <summary>The chunks of a kind's entities (in id order), in order.</summary>
    public static IEnumerable<KindChunk> Split(RefKind kind, EquatableArray<EncodedEntity> entities)
    {
        var size = 1 << DataLayout.ChunkShift;
        for (var first = 0; first < entities.Count; first += size)
        {
            yield return new KindChunk(kind, first >> DataLayout.ChunkShift, entities.Count,
                ImmutableArray.Create(entities.AsImmutableArray(), first, Math.Min(size, entities.Count - first)).ToEquatableArray());
        }
    }
}
