namespace StatementGen.Emit;

/// <summary>
/// Compiler-support types that C# 9-11 features need and older targets lack (netstandard2.0,
/// .NET Framework): emitted internal, only those the compilation does not already offer.
/// </summary>
internal static class Polyfills
{
    /// <summary>The polyfills <paramref name="target"/> needs, or null when it needs none.</summary>
    public static string? For(TargetInfo target)
    {
        if (target.HasIsExternalInit && target.HasRequiredMember && target.HasCompilerFeatureRequired && target.HasSetsRequiredMembers) return null;
        var w = new CodeWriter();
        foreach (var line in GeneratedFile.Header.TrimEnd('\n').Split('\n')) w.Line(line);
        if (!target.HasIsExternalInit || !target.HasRequiredMember || !target.HasCompilerFeatureRequired)
        {
            w.Line();
            w.Open("namespace System.Runtime.CompilerServices");
            if (!target.HasIsExternalInit)
            {
                w.Line("/// <summary>Lets <c>init</c> accessors compile on targets without it.</summary>");
                w.Line("internal static class IsExternalInit");
                w.Line("{");
                w.Line("}");
            }
            if (!target.HasRequiredMember)
            {
                w.Line();
                w.Line("/// <summary>Lets <c>required</c> members compile on targets without it.</summary>");
                w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct | global::System.AttributeTargets.Field | global::System.AttributeTargets.Property, AllowMultiple = false, Inherited = false)]");
                w.Line("internal sealed class RequiredMemberAttribute : global::System.Attribute");
                w.Line("{");
                w.Line("}");
            }
            if (!target.HasCompilerFeatureRequired)
            {
                w.Line();
                w.Line("/// <summary>Marks members that need a compiler feature.</summary>");
                w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.All, AllowMultiple = true, Inherited = false)]");
                w.Open("internal sealed class CompilerFeatureRequiredAttribute : global::System.Attribute");
                w.Line("/// <summary>Names the feature.</summary>");
                w.Line("public CompilerFeatureRequiredAttribute(string featureName) => FeatureName = featureName;");
                w.Line();
                w.Line("/// <summary>The feature.</summary>");
                w.Line("public string FeatureName { get; }");
                w.Line();
                w.Line("/// <summary>Whether a compiler that lacks the feature may ignore it.</summary>");
                w.Line("public bool IsOptional { get; init; }");
                w.Close();
            }
            w.Close();
        }
        if (!target.HasSetsRequiredMembers)
        {
            w.Line();
            w.Open("namespace System.Diagnostics.CodeAnalysis");
            w.Line("/// <summary>Marks constructors that set every required member.</summary>");
            w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]");
            w.Line("internal sealed class SetsRequiredMembersAttribute : global::System.Attribute");
            w.Line("{");
            w.Line("}");
            w.Close();
        }
        return w.ToString();
    }
}
