using System;
using System.Collections.Generic;
using System.Linq;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen;

/// <summary>
/// The named member each entity gets in its kind's generated class (<c>People.SabrinaSingh</c>): its
/// name and the names C# does not let it take there; validation and emission both ask here. Kept apart
/// from <see cref="Naming"/>, whose casing rules the schema itself uses; the member's doc text is
/// emission's (<see cref="Emit.MemberDoc"/>).
/// </summary>
internal static class MemberNaming
{
    /// <summary>
    /// Names no entity member may take in any kind's class: the members every class has from object,
    /// and those the generated class declares for every kind (<c>Table</c> is its private data).
    /// </summary>
    private static readonly string[] EveryClass =
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "All", "Find", "Get", "Table",
    };

    /// <summary>The queries and nested types <c>Runtime/CorpusQueries.cs</c> adds to the statements' class.</summary>
    private static readonly string[] StatementQueries =
    {
        "Chronological", "BySpeaker", "ByOnBehalfOf", "ByTopic", "ByPlace", "BySource", "Between", "Indexes", "Lookup",
    };

    /// <summary>The reserved names of each kind's class, by kind.</summary>
    private static readonly Dictionary<RefKind, HashSet<string>> Reserved = SchemaCatalog.Kinds.ToDictionary(
        kind => kind.Kind,
        kind => new HashSet<string>(
            EveryClass
                .Concat(new[] { kind.CollectionName, kind.TypeName + "Table" })
                .Concat(kind.Kind == RefKind.Statement ? StatementQueries : Array.Empty<string>()),
            StringComparer.Ordinal));

    /// <summary>The C# member for an entity: its slug in Pascal case (see <see cref="Naming"/>).</summary>
    public static string MemberName(string id) => Naming.ToPascalCase(id.Substring(id.IndexOf(':') + 1));

    /// <summary>
    /// Whether C# refuses <paramref name="name"/> as an entity member of <paramref name="kind"/>'s class:
    /// the class's own name, a member it already has (its own or object's), or its nested table type.
    /// Type names are free: the generated code names every type from <c>global::</c>.
    /// </summary>
    public static bool IsReservedMember(EntityKindDef kind, string name) => Reserved[kind.Kind].Contains(name);
}
