using System;
using System.Collections.Generic;
using System.Globalization;

namespace StatementGen.Model;

/// <summary>
/// Keeps each file's list of problems short: the first <see cref="MaxPerFile"/> diagnostics of a
/// file are kept, the rest only counted, and each file with a count gets one final STMT0083 at its
/// start. A file written to produce a million problems thus costs a bounded report, and a bounded
/// amount of memory while it is read: reading a file collects its problems here as they are found.
/// </summary>
internal sealed class ProblemLimit
{
    /// <summary>The most diagnostics listed for one file.</summary>
    public const int MaxPerFile = 100;

    private readonly List<DiagnosticInfo> kept = new();
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> omitted = new(StringComparer.Ordinal);
    private readonly List<string> omittedOrder = new();

    /// <summary>How many diagnostics were added, kept or only counted.</summary>
    public int Added { get; private set; }

    /// <summary>True once an error was added, kept or only counted.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Keeps <paramref name="diagnostic"/>, or counts it when its file has had its share.</summary>
    public void Add(DiagnosticInfo diagnostic)
    {
        Added++;
        if (diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error) HasErrors = true;
        var path = diagnostic.Location.Path;
        counts.TryGetValue(path, out var count);
        if (count < MaxPerFile)
        {
            counts[path] = count + 1;
            kept.Add(diagnostic);
        }
        else
        {
            AddOmitted(path, 1);
        }
    }

    /// <summary>Adds a file's diagnostics as a <see cref="FileModel"/> holds them, its summary folded into this one.</summary>
    public void AddFile(FileModel file) => AddFile(file.Path, file.Diagnostics, file.Omitted);

    /// <summary>The same for a file as the pipeline keeps it.</summary>
    public void AddFile(FileSummary file) => AddFile(file.Path, file.Diagnostics, file.Omitted);

    private void AddFile(string path, EquatableArray<DiagnosticInfo> diagnostics, int omittedCount)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Id != DiagnosticDescriptors.MoreProblems.Id) Add(diagnostic);
        }
        AddOmitted(path, omittedCount);
    }

    /// <summary>How many diagnostics of the file at <paramref name="path"/> were counted but not kept.</summary>
    public int Omitted(string path) => omitted.TryGetValue(path, out var count) ? count : 0;

    /// <summary>The kept diagnostics in the order added, then one STMT0083 per file that had more.</summary>
    public EquatableArray<DiagnosticInfo> ToArray()
    {
        var all = new List<DiagnosticInfo>(kept);
        foreach (var path in omittedOrder)
        {
            all.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MoreProblems, LocationInfo.FileStart(path), omitted[path].ToString("N0", CultureInfo.InvariantCulture)));
        }
        return all.ToEquatableArray();
    }

    private void AddOmitted(string path, int count)
    {
        if (count <= 0) return;
        if (!omitted.TryGetValue(path, out var before)) omittedOrder.Add(path);
        omitted[path] = before + count;
    }
}
