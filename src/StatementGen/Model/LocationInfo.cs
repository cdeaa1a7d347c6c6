using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace StatementGen.Model;

/// <summary>
/// Where a YAML node sits in its file. A plain value (unlike <see cref="Location"/>), so pipeline
/// steps that carry it stay equatable; it becomes a <see cref="Location"/> only when a diagnostic is reported.
/// </summary>
internal sealed record LocationInfo(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>No file: a problem of the corpus or the project as a whole (<see cref="Location.None"/>).</summary>
    public static LocationInfo None { get; } = FileStart("");

    public Location ToLocation() => Path.Length == 0 ? Location.None : Location.Create(Path, Span, LineSpan);

    /// <summary>The first character of a file, for problems that belong to the file as a whole.</summary>
    public static LocationInfo FileStart(string path) =>
        new(path, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 0)));
}
