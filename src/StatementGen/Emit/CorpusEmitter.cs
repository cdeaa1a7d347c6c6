using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Emit;

/// <summary>
/// Composes the generated files in three groups by what they depend on: those of the schema alone (the
/// model, the decoders, the queries and the runtime they share, the look-up across kinds, polyfills),
/// which change only with the settings; those of one kind's ids (its class and id table); and those of
/// one chunk of a kind's entities (their data and named members).
/// Everything is ordered by the catalogue and by id, never by file order, so the output is the same
/// for the same corpus.
/// </summary>
internal static class CorpusEmitter
{
    /// <summary>The files that depend on the schema and the settings alone: hint name and text.</summary>
    public static IEnumerable<(string HintName, string Source)> SchemaSources(EmitSettings settings)
    {
        yield return ("StatementGen.Ids.g.cs", ModelEmitter.Ids(settings));
        yield return ("StatementGen.Vocabularies.g.cs", ModelEmitter.Vocabularies(settings));
        yield return ("StatementGen.Records.g.cs", ModelEmitter.Records(settings));
        yield return ("StatementGen.Queries.g.cs", TemplateEmitter.Emit("CorpusQueries.cs", settings));
        yield return ("StatementGen.Data.g.cs", TemplateEmitter.Emit("CorpusData.cs", settings));
        yield return ("StatementGen.Tables.g.cs", TemplateEmitter.Emit("EntityTable.cs", settings));
        yield return ("StatementGen.Hash.g.cs", TemplateEmitter.Emit("CorpusHash.cs", settings));
        yield return ("StatementGen.IndexReader.g.cs", TemplateEmitter.Emit("CorpusIndexes.cs", settings));
        yield return ("StatementGen.Decoders.g.cs", Decoders(settings));
        yield return ("StatementGen.Corpus.g.cs", CollectionEmitter.Lookup(settings));
        if (Polyfills.For(settings.Target) is { } polyfills) yield return ("StatementGen.Polyfills.g.cs", polyfills);
    }

    /// <summary>The file of one kind that hangs on its ids alone (in id order): its class, look-ups and id table.</summary>
    public static IEnumerable<(string HintName, string Source)> KindSources(EntityKindDef kind, IReadOnlyList<string> ids, EmitSettings settings, CancellationToken cancellationToken)
    {
        yield return ("StatementGen." + kind.CollectionName + ".g.cs", CollectionEmitter.Collection(kind, ids, settings, cancellationToken));
    }

    /// <summary>
    /// The files of one chunk of a kind's entities (see <see cref="DataLayout.ChunkShift"/>): its data
    /// and, when the kind of <paramref name="kindCount"/> entities has them, its entities' named members.
    /// </summary>
    public static IEnumerable<(string HintName, string Source)> ChunkSources(EntityKindDef kind, int chunk, int kindCount, IReadOnlyList<EncodedEntity> entities, EmitSettings settings, CancellationToken cancellationToken)
    {
        var number = chunk.ToString(CultureInfo.InvariantCulture);
        if (CollectionEmitter.Named(kindCount, settings))
        {
            yield return ("StatementGen." + kind.CollectionName + ".Members" + number + ".g.cs", CollectionEmitter.Members(kind, chunk, entities, settings, cancellationToken));
        }
        yield return ("StatementGen." + kind.CollectionName + ".Data" + number + ".g.cs", DataEmitter.Data(kind, chunk, entities, settings, cancellationToken));
    }

    private static string Decoders(EmitSettings settings)
    {
        var w = GeneratedFile.Start(settings, "using System;\nusing CorpusDate = " + settings.Target.DateType + ";\n");
        DecoderEmitter.Write(w);
        return w.ToString();
    }
}
