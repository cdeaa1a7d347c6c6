using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StatementGen;

/// <summary>
/// The MSBuild properties the generator reads (made visible with <c>CompilerVisibleProperty</c> by the
/// package's props): <c>StatementGenNamespace</c> (default <c>StatementGen.Generated</c>),
/// <c>StatementGenVisibility</c> (<c>public</c> or <c>internal</c>, default <c>public</c>) and
/// <c>StatementGenEnabled</c> (default <c>true</c>; <c>false</c> turns the generator off) and
/// <c>StatementGenMaxNamedMembers</c> (default 10,000: the most entities of one kind that get a named member).
/// </summary>
internal sealed record GeneratorOptions(bool Enabled, string Namespace, string Visibility, int MaxNamedMembers, string? Problem)
{
    /// <summary>
    /// Named members above this many per kind cost more than they give: each is a method (the runtime
    /// allows 65,535 per type) and about 0.3 ms of compile time, and no one types 10,000 names.
    /// </summary>
    public const int DefaultMaxNamedMembers = 10_000;

    /// <summary>The namespace of the generated code when <c>StatementGenNamespace</c> names none.</summary>
    public const string DefaultNamespace = "StatementGen.Generated";

    public static GeneratorOptions From(AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        string? Read(string name) => global.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        var problems = new System.Collections.Generic.List<string>();

        var enabledText = Read("StatementGenEnabled");
        var enabled = true;
        if (enabledText is not null && !bool.TryParse(enabledText, out enabled))
        {
            problems.Add("StatementGenEnabled '" + Show(enabledText) + "' must be true or false");
            enabled = true;
        }

        var ns = Read("StatementGenNamespace") ?? DefaultNamespace;
        if (!IsPlainNamespace(ns))
        {
            problems.Add("StatementGenNamespace '" + Show(ns) + "' is not a valid C# namespace");
            ns = DefaultNamespace;
        }

        var visibility = Read("StatementGenVisibility")?.ToLowerInvariant() ?? "public";
        if (visibility != "public" && visibility != "internal")
        {
            problems.Add("StatementGenVisibility '" + Show(Read("StatementGenVisibility")!) + "' must be public or internal");
            visibility = "public";
        }

        var maxText = Read("StatementGenMaxNamedMembers");
        var maxNamedMembers = DefaultMaxNamedMembers;
        if (maxText is not null && (!int.TryParse(maxText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out maxNamedMembers)))
        {
            problems.Add("StatementGenMaxNamedMembers '" + Show(maxText) + "' must be a whole number, 0 or more");
            maxNamedMembers = DefaultMaxNamedMembers;
        }

        return new GeneratorOptions(enabled, ns, visibility, maxNamedMembers, problems.Count == 0 ? null : string.Join("; ", problems));
    }

    /// <summary>
    /// A namespace the generated files can declare as it is: dot-separated parts, each a C# identifier made
    /// only of letters (and '_') then letters, digits, connectors and combining marks, and neither a keyword
    /// nor <c>global</c>. Stricter than <see cref="SyntaxFacts.IsValidIdentifier"/>, which lets format
    /// characters such as the bidirectional override U+202E inside a name, where they would be written
    /// into every generated file and could make it read differently from what it compiles to.
    /// </summary>
    public static bool IsPlainNamespace(string ns)
    {
        foreach (var part in ns.Split('.'))
        {
            if (part.Length == 0 || part == "global" || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None) return false;
            for (var i = 0; i < part.Length; i += char.IsSurrogatePair(part, i) ? 2 : 1)
            {
                var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(part, i);
                var letter = part[i] == '_' || category is System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
                    or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
                    or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.LetterNumber;
                var later = category is System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.ConnectorPunctuation
                    or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
                if (!(letter || (i > 0 && later))) return false;
            }
        }
        return true;
    }

    /// <summary>About the most characters of an option value a message repeats (escapes included).</summary>
    private const int ShownLength = 64;

    /// <summary>
    /// An option value as a message shows it: escaped as corpus text in messages is (so a bidirectional
    /// override cannot reorder the build log), cut after about <see cref="ShownLength"/> characters.
    /// </summary>
    private static string Show(string value)
    {
        var builder = new System.Text.StringBuilder(ShownLength + 32);
        foreach (var c in value)
        {
            if (builder.Length >= ShownLength)
            {
                builder.Append("… (").Append(value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" characters)");
                break;
            }

            builder.Append(Model.DiagnosticInfo.Escape(c.ToString()));
        }
        return builder.ToString();
    }
}

/// <summary>
/// What the consuming compilation offers: its language version, <c>System.DateOnly</c>, and the
/// compiler-support types that C# 9-11 features need (emitted as internal polyfills when missing),
/// and <c>ReadOnlySpan&lt;byte&gt;</c> (System.Memory on older targets).
/// </summary>
internal sealed record TargetInfo(LanguageVersion LanguageVersion, bool HasDateOnly, bool HasIsExternalInit, bool HasRequiredMember, bool HasCompilerFeatureRequired, bool HasSetsRequiredMembers, bool HasReadOnlySpan = true)
{
    public static TargetInfo From(Compilation compilation)
    {
        bool Has(string name) => compilation.GetTypeByMetadataName(name) is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
        var language = (compilation as CSharpCompilation)?.LanguageVersion ?? LanguageVersion.Default.MapSpecifiedToEffectiveVersion();
        return new TargetInfo(
            language,
            Has("System.DateOnly"),
            Has("System.Runtime.CompilerServices.IsExternalInit"),
            Has("System.Runtime.CompilerServices.RequiredMemberAttribute"),
            Has("System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute"),
            Has("System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute"),
            Has("System.ReadOnlySpan`1"));
    }

    /// <summary>Null when the generated code compiles for this target, or the reason it would not.</summary>
    public string? Problem =>
        LanguageVersion < LanguageVersion.CSharp11
            ? "The generated corpus needs C# 11 or later, but the project uses " + LanguageVersion.ToDisplayString() + "; set <LangVersion>11</LangVersion> (or later, e.g. latest) in the project file"
            : !HasReadOnlySpan
                ? "The generated corpus keeps its data in System.ReadOnlySpan<byte>, which this target lacks; add <PackageReference Include=\"System.Memory\" Version=\"4.6.3\" /> to the project file"
                : null;

    /// <summary>The type that holds dates: <c>System.DateOnly</c>, or <c>System.DateTime</c> where it is missing (.NET Framework, netstandard2.0).</summary>
    public string DateType => HasDateOnly ? "System.DateOnly" : "System.DateTime";
}
