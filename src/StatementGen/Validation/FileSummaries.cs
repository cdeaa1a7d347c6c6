using System;
using System.Collections.Generic;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Validation;

/// <summary>
/// Boils one file down to what the pipeline keeps of it (see <see cref="FileSummary"/>): its problems,
/// its id and kind, the links the checks across files resolve, and its encoded data; the value tree is
/// left behind, so it can be collected as soon as the file's own steps are done.
/// </summary>
internal static class FileSummaries
{
    /// <summary>The summary of <paramref name="file"/>, as read, checked and (when it has no errors) encoded.</summary>
    public static FileSummary Summarize(FileModel file)
    {
        EntitySummary? entity = null;
        if (file.Entity is { } read)
        {
            var links = new List<Link>();
            CollectLinks(read.Root, links);
            var occasion = read.Root.GetObject("occasion");
            entity = new EntitySummary(read.Kind, read.Id, read.IdLocation, read.Encoded?.MemberName ?? MemberNaming.MemberName(read.Id), links.ToEquatableArray(),
                read.Kind == RefKind.Statement ? ClaimKeys(read.Root) : EquatableArray<string>.Empty,
                occasion?.GetText("key"), occasion?.Get("before") as TextValue)
            {
                Encoded = read.Encoded,
            };
        }
        return new FileSummary(file.Path, entity, file.Diagnostics) { HasErrors = file.HasErrors, Omitted = file.Omitted };
    }

    /// <summary>A statement's claim keys, in the order of its claims, each once.</summary>
    private static EquatableArray<string> ClaimKeys(ObjectValue root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var claim in root.GetList("claims"))
        {
            if (claim is ObjectValue obj && obj.GetText("key") is { } key && seen.Add(key)) keys.Add(key);
        }
        return keys.ToEquatableArray();
    }

    /// <summary>Every reference, and every occasion's <c>before</c> (ahead of the occasion's own fields), in the order of the file.</summary>
    private static void CollectLinks(Value value, List<Link> links)
    {
        switch (value)
        {
            case RefValue reference:
                links.Add(Link.To(reference));
                break;
            case ObjectValue obj:
                if (obj.TypeName == "Occasion" && obj.Get("before") is TextValue before) links.Add(Link.Before(before));
                foreach (var field in obj.Fields) CollectLinks(field.Value, links);
                break;
            case ListValue list:
                foreach (var item in list.Items) CollectLinks(item, links);
                break;
        }
    }
}
