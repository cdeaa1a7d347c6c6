namespace StatementGen.Tests.Cli;

/// <summary>A corpus folder on disk for one test, removed afterwards.</summary>
public sealed class TempCorpus : IDisposable
{
    public TempCorpus(IEnumerable<(string Path, string Yaml)> files)
    {
        Root = Path.Combine(Path.GetTempPath(), "statementgen-cli-" + Guid.NewGuid().ToString("N")[..8]);
        Directory = Path.Combine(Root, "corpus");
        foreach (var (path, yaml) in files) Write(path, yaml);
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Root { get; }

    public string Directory { get; }

    public string PathOf(string relative) => System.IO.Path.Combine(Directory, relative);

    public void Write(string relative, string yaml)
    {
        var full = PathOf(relative);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, yaml);
    }

    /// <summary>Every file as (full path, text), YAML and archived texts, for running the generator on the same corpus.</summary>
    public (string Path, string Yaml)[] Files() => System.IO.Directory.EnumerateFiles(Directory, "*.*", SearchOption.AllDirectories)
        .Where(p => CorpusGenerator.IsCorpusFile(p) || StatementGen.Parsing.ArchivedTextReader.IsArchivedText(p))
        .Select(p => (p, File.ReadAllText(p))).ToArray();

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
