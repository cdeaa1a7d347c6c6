using System;
using System.IO;

namespace StatementGen.Emit;

/// <summary>
/// Emits a file of <c>Runtime/</c>, carried as a resource, in the consumer's namespace and visibility.
/// A template names the generated types as <c>global::StatementGen.Generated.…</c> and dates as
/// <c>global::System.DateOnly</c> (or through a <c>CorpusDate</c> alias); both become the consumer's.
/// </summary>
internal static class TemplateEmitter
{
    private const string TemplateNamespace = "global::StatementGen.Generated.";

    /// <summary>The template <paramref name="name"/> (e.g. <c>CorpusQueries.cs</c>) for these settings.</summary>
    public static string Emit(string name, EmitSettings settings)
    {
        using var stream = typeof(TemplateEmitter).Assembly.GetManifestResourceStream("StatementGen.Runtime." + name)
            ?? throw new InvalidOperationException("the template " + name + " is missing from the generator assembly");
        using var reader = new StreamReader(stream);
        var template = reader.ReadToEnd().Replace("\r\n", "\n");
        // A template's file-scoped namespace (StatementGen.Generated, or StatementGen.Emit for the hash,
        // which the generator compiles too) becomes the consumer's.
        var at = template.StartsWith("namespace ", StringComparison.Ordinal) ? 0 : template.IndexOf("\nnamespace ", StringComparison.Ordinal) + 1;
        var end = template.IndexOf(';', at) + 1;
        var usings = template.Substring(0, at).Replace("using CorpusDate = System.DateOnly;", "using CorpusDate = " + settings.Target.DateType + ";");
        var body = template.Substring(end)
            .Replace(TemplateNamespace, settings.Type(""))
            .Replace("global::System.DateOnly", settings.DateType);
        return GeneratedFile.Header + usings + "namespace " + settings.Namespace + ";" + AdjustTopLevelTypes(body, settings.Visibility);
    }

    /// <summary>Gives every top-level type of the template the chosen visibility and marks it as generated code.</summary>
    private static string AdjustTopLevelTypes(string body, string visibility)
    {
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("internal ", StringComparison.Ordinal))
            {
                lines[i] = GeneratedFile.GeneratedCode + "\n" + lines[i];
                continue;
            }
            if (!lines[i].StartsWith("public ", StringComparison.Ordinal)) continue;
            var declaration = visibility + lines[i].Substring("public".Length);
            lines[i] = lines[i].Contains(" partial ") ? declaration : GeneratedFile.GeneratedCode + "\n" + declaration;
        }
        return string.Join("\n", lines);
    }
}
