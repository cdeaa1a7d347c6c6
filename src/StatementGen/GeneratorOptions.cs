using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StatementGen.Emit;

namespace StatementGen;

/// <summary>
/// The MSBuild properties the generator reads (made visible with <c>CompilerVisibleProperty</c>):
/// <c>StatementGenNamespace</c>, the namespace of the generated API (default <c>StatementGen.Generated</c>).
/// </summary>
internal sealed record GeneratorOptions(string Namespace, string? Problem)
{
    public static GeneratorOptions From(AnalyzerConfigOptionsProvider provider)
    {
        provider.GlobalOptions.TryGetValue("build_property.StatementGenNamespace", out var ns);
        ns = ns?.Trim();
        if (string.IsNullOrEmpty(ns)) return new GeneratorOptions(CorpusEmitter.DefaultNamespace, null);
        var valid = ns!.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);
        return valid
            ? new GeneratorOptions(ns, null)
            : new GeneratorOptions(CorpusEmitter.DefaultNamespace, "StatementGenNamespace '" + ns + "' is not a valid C# namespace");
    }
}

/// <summary>What the consuming compilation can compile: the language version and <c>System.DateOnly</c>.</summary>
internal sealed record TargetInfo(LanguageVersion LanguageVersion, bool HasDateOnly)
{
    /// <summary>Null when the generated code compiles for this target, or the reason it would not.</summary>
    public string? Problem =>
        LanguageVersion < LanguageVersion.CSharp11
            ? "The generated corpus needs C# 11 or later, but the project uses " + LanguageVersion.ToDisplayString() + "; set <LangVersion>11</LangVersion> or later"
            : !HasDateOnly
                ? "The generated corpus needs System.DateOnly (.NET 6 or later), which the project's target framework lacks"
                : null;
}
