using System.Text;

namespace StatementGen.Parsing;

/// <summary>
/// Which paths inside a corpus folder may be read, decided once for the command line and mirrored by
/// the package's MSBuild targets (buildTransitive/StatementGen.targets; a test keeps the two equal).
/// A corpus file is named after its id's slug and lies in its kind's folder or a year folder, so a
/// path made of anything but ASCII letters, digits, '-', '_' and '.' is refused (STMT0093): a line
/// break would start a new line of the compiler's response file, quotes, spaces, ',' and ';' change
/// how an argument is split, and '$(', '@(' and '%' mean something to MSBuild.
/// </summary>
internal static class CorpusPaths
{
    /// <summary>A regular expression that matches a character a path inside the corpus folder may not hold ('/' separates folders).</summary>
    public const string UnsafeCharacterPattern = @"[^A-Za-z0-9._/-]";

    /// <summary>
    /// The same rule as the targets write it, where '\' separates folders too (on Windows). On Linux
    /// and macOS MSBuild also reads a '\' in a name as a separator, so the targets refuse, besides,
    /// every file whose full path is not the corpus folder followed by the path the glob found.
    /// </summary>
    public const string MSBuildUnsafeCharacterPattern = @"[^A-Za-z0-9._/\\-]";

    /// <summary>How many folders below the corpus folder are searched: kind/, statements/YYYY/, and one more, reported as the wrong folder.</summary>
    public const int MaxFolderDepth = 3;

    /// <summary>Whether a path relative to the corpus folder, with '/' between names, holds only characters file and folder names may.</summary>
    public static bool IsSafe(string relativePath)
    {
        foreach (var c in relativePath)
        {
            if (!IsSafe(c)) return false;
        }
        return true;
    }

    private static bool IsSafe(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-' or '/';

    /// <summary>The path as messages show it: each control or line-separator character written as <c>[U+000A]</c>.</summary>
    public static string Show(string path)
    {
        var builder = new StringBuilder(path.Length);
        foreach (var c in path)
        {
            if (c <= '\u001F' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                builder.Append("[U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
