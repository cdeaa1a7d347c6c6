using System;
using System.Collections.Generic;
using StatementGen.Schema;

namespace StatementGen;

/// <summary>
/// The named member each entity gets in its kind's generated class (<c>People.Named.SabrinaSingh</c>):
/// its name and the names C# does not let it take there; validation and emission both ask here. Kept apart
/// from <see cref="Naming"/>, whose casing rules the schema itself uses; the member's doc text is
/// emission's (<see cref="Emit.MemberDoc"/>).
/// </summary>
internal static class MemberNaming
{
    /// <summary>
    /// Whether a kind of <paramref name="count"/> entities has a named member per entity under the limit
    /// <paramref name="maxNamedMembers"/> (<c>StatementGenMaxNamedMembers</c>): the one rule emission, the
    /// STMT0092 warning and the STMT0033 name check all follow.
    /// </summary>
    public static bool HasNamedMembers(int count, int maxNamedMembers) => count <= maxNamedMembers;

    /// <summary>The class nested in each kind's class that holds its named members (<c>People.Named.SabrinaSingh</c>).</summary>
    public const string NamedClass = "Named";

    /// <summary>
    /// The private method of each <see cref="NamedClass"/> class that gives the record at an index of the
    /// kind's table, and that every named member calls (<c>SabrinaSingh => recordAt(12)</c>): members that
    /// call it cost the compiler 0.3-0.7 times the CPU of members that each index the table from
    /// <c>global::</c> (measured in turns on the code generated for 10,000 statements, its data literals
    /// cut to one byte so that the members' share shows). It starts in lower case, which no member
    /// name does (a slug's first part is capitalised, or prefixed with <c>_</c> when it starts with a
    /// digit), so no entity can take it or clash with it, and it needs no place in the reserved names.
    /// </summary>
    public const string RecordAt = "recordAt";

    /// <summary>
    /// Names no entity member may take: the members every class has from object (a member of that name
    /// would hide one, a warning the build treats as an error), and the name of the class that holds
    /// the members (a member may not be named like its enclosing class). The kind's own members
    /// (<c>All</c>, <c>Find</c>, the queries) are free: they live in the enclosing class.
    /// </summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        NamedClass,
    };

    /// <summary>The C# member for an entity: its slug in Pascal case (see <see cref="Naming"/>).</summary>
    public static string MemberName(string id) => Naming.ToPascalCase(id.Substring(id.IndexOf(':') + 1));

    /// <summary>The class that holds <paramref name="kind"/>'s named members, as written in C# (<c>People.Named</c>).</summary>
    public static string NamedClassOf(EntityKindDef kind) => kind.CollectionName + "." + NamedClass;

    /// <summary>
    /// Whether C# refuses <paramref name="name"/> as an entity member (of any kind): a member the class
    /// has from object, or the class's own name. Type names are free: the generated code names every
    /// type, and the table the members read, from <c>global::</c>.
    /// </summary>
    public static bool IsReservedMember(string name) => Reserved.Contains(name);
}
