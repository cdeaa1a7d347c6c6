using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace StatementGen.Tests.Infrastructure;

/// <summary>
/// Snapshot checks in Verify's file conventions: the accepted text is committed beside the test as
/// <c>&lt;Class&gt;.&lt;Method&gt;#&lt;name&gt;.verified.cs</c>; a mismatch writes
/// <c>….received.cs</c> next to it and fails with a line diff. Set <c>STATEMENTGEN_ACCEPT=1</c> to
/// accept what was received.
/// </summary>
public static class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var stem = Path.Combine(directory, Path.GetFileNameWithoutExtension(testFile) + "." + method + "#" + name);
        var verifiedPath = stem + ".verified.cs";
        var receivedPath = stem + ".received.cs";
        actual = actual.Replace("\r\n", "\n");

        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (verified == actual)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("STATEMENTGEN_ACCEPT") == "1")
        {
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        throw new XunitException(verified is null
            ? $"No snapshot yet: {verifiedPath}\nReview {receivedPath} and rename it to .verified.cs (or run with STATEMENTGEN_ACCEPT=1)."
            : $"Snapshot differs: {verifiedPath}\nReceived: {receivedPath}\n{Diff(verified, actual)}");
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
