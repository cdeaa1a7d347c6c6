namespace StatementGen.Emit;

/// <summary>
/// What shapes the emitted code: its namespace, the visibility of its types, the target's abilities, and
/// how many named members a kind may have. Every type the emitted code names is written in full, from
/// <c>global::</c>, so no member the corpus adds (a person named <c>String</c>) can hide it.
/// </summary>
internal sealed record EmitSettings(string Namespace, string Visibility, TargetInfo Target, int MaxNamedMembers = GeneratorOptions.DefaultMaxNamedMembers)
{
    /// <summary>A generated type by its full name: <c>global::</c>, the namespace and <paramref name="name"/>.</summary>
    public string Type(string name) => "global::" + Namespace + "." + name;

    /// <summary>The type that holds dates on this target, in full (see <see cref="TargetInfo.DateType"/>).</summary>
    public string DateType => "global::" + Target.DateType;
}
