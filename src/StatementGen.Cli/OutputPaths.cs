namespace StatementGen.Cli;

/// <summary>Where a written file would really land: full paths with every link on the way resolved.</summary>
internal static class OutputPaths
{
    /// <summary>More links than this on one path are a loop (the limit Linux uses for one lookup).</summary>
    private const int MaxLinks = 40;

    private static StringComparison Comparison => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// True when <paramref name="path"/>, once links are resolved, is <paramref name="folder"/> or lies
    /// inside it. Parts that do not exist yet are taken as written.
    /// </summary>
    public static bool IsInside(string path, string folder)
    {
        var real = Resolve(path);
        var root = Path.TrimEndingDirectorySeparator(Resolve(folder));
        return real.Equals(root, Comparison)
            || real.StartsWith(root + Path.DirectorySeparatorChar, Comparison)
            || (Path.AltDirectorySeparatorChar != Path.DirectorySeparatorChar && real.StartsWith(root + Path.AltDirectorySeparatorChar, Comparison));
    }

    /// <summary>
    /// The full path with each existing link on it replaced by its target, part by part from the root,
    /// as the operating system would follow them; after <see cref="MaxLinks"/> links the rest is taken as written.
    /// </summary>
    public static string Resolve(string path)
    {
        // Not Path.GetFullPath: it would drop "link/.." by spelling, where the system goes up from the link's target.
        var full = Path.IsPathRooted(path) ? path : Path.Combine(System.IO.Directory.GetCurrentDirectory(), path);
        var current = Path.GetPathRoot(full) ?? "";
        // Enumerable.Reverse by name: for .NET 8, C# 14 binds an array's .Reverse() to the in-place Span one.
        var pending = new Stack<string>(Enumerable.Reverse(Parts(full[current.Length..])));
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(current)) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            string? target = null;
            if (links < MaxLinks)
            {
                try
                {
                    target = new FileInfo(next).LinkTarget;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    target = null;
                }
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            // A link: go on from its target (from the root, or from the link's folder), then the parts still to come.
            links++;
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? "";
                target = target[current.Length..];
            }
            foreach (var step in Enumerable.Reverse(Parts(target))) pending.Push(step);
        }
        return current;
    }

    private static string[] Parts(string path) => path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
