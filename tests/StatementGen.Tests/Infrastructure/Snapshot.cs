using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace StatementGen.Tests.Infrastructure;

/// <summary>
/// Snapshot checks in Verify's file conventions: the accepted text is committed beside the test as
/// <c>&lt;Class&gt;.&lt;Method&gt;#&lt;name&gt;.verified.&lt;extension&gt;</c>; a mismatch writes
/// <c>….received.&lt;extension&gt;</c> next to it and fails with a line diff. Set
/// <c>STATEMENTGEN_ACCEPT=1</c> to accept what was received.
/// </summary>
public static class Snapshot
{
    /// <summary>One snapshot file: its name after the <c>#</c>, its extension (cs, json, txt) and its text.</summary>
    public readonly record struct Entry(string Name, string Extension, string Text);

    /// <summary>Checks one C# snapshot.</summary>
    public static void Verify(string name, string actual, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "") =>
        VerifyAll([new Entry(name, "cs", actual)], testFile, method, exhaustive: false);

    /// <summary>
    /// Checks a set of snapshots that together are the test's whole output: each entry against its
    /// file, and (as the set may change, e.g. when generated files are renamed or split) every
    /// committed <c>&lt;Class&gt;.&lt;Method&gt;#*.verified.*</c> file that no entry matches is reported
    /// as stale (and deleted on accept). All differences are reported together.
    /// </summary>
    public static void VerifyAll(IReadOnlyList<Entry> entries, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "") =>
        VerifyAll(entries, testFile, method, exhaustive: true);

    private static void VerifyAll(IReadOnlyList<Entry> entries, string testFile, string method, bool exhaustive)
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var prefix = Path.GetFileNameWithoutExtension(testFile) + "." + method + "#";
        var accept = Environment.GetEnvironmentVariable("STATEMENTGEN_ACCEPT") == "1";
        var failures = new List<string>();
        var expected = new HashSet<string>(StringComparer.Ordinal);

        foreach (var entry in entries)
        {
            var stem = Path.Combine(directory, prefix + entry.Name);
            var verifiedPath = stem + ".verified." + entry.Extension;
            var receivedPath = stem + ".received." + entry.Extension;
            expected.Add(Path.GetFileName(verifiedPath));
            var actual = entry.Text.Replace("\r\n", "\n");

            var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
            if (verified == actual)
            {
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                continue;
            }

            if (accept)
            {
                File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                continue;
            }

            File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
            failures.Add(verified is null
                ? $"No snapshot yet: {verifiedPath}\nReview {receivedPath} and rename it to .verified.{entry.Extension} (or run with STATEMENTGEN_ACCEPT=1)."
                : $"Snapshot differs: {verifiedPath}\nReceived: {receivedPath}\n{Diff(verified, actual)}");
        }

        if (exhaustive)
        {
            foreach (var stale in Directory.EnumerateFiles(directory, prefix + "*.verified.*").Where(p => !expected.Contains(Path.GetFileName(p))).Order(StringComparer.Ordinal))
            {
                if (accept)
                {
                    File.Delete(stale);
                    continue;
                }
                failures.Add($"Stale snapshot: {stale}\nNothing produces it any more; delete it (or run with STATEMENTGEN_ACCEPT=1).");
            }
        }

        if (failures.Count > 0) throw new XunitException(string.Join("\n\n", failures));
    }

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var builder = new StringBuilder();
        var shown = 0;
        foreach (var line in diff.Lines)
        {
            if (line.Type == ChangeType.Unchanged) continue;
            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Position).Append(": ").AppendLine(line.Text);
            if (++shown == 40)
            {
                builder.AppendLine("… (more differences)");
                break;
            }
        }
        return builder.ToString();
    }
}
