using System.Globalization;
using System.Text;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Schema;

namespace StatementGen.Cli;

/// <summary>
/// <c>source add</c> archives an article's text beside a new source file, and <c>draft</c> proposes
/// statement files from an archived text. Both write only new files: never over an existing file,
/// never through a link, names made from slugs only.
/// </summary>
internal static class ArticleCommands
{
    /// <summary>The values of <c>source add</c>.</summary>
    public sealed record SourceOptions(string Input, string Slug, string Outlet, string Url, string Date, string Directory, string? Title, string Type, string Language);

    // ---- source add ---------------------------------------------------------------------------------

    public static int AddSource(SourceOptions options, Func<Stream> stdin, TextWriter stdout, TextWriter stderr)
    {
        if (!Slugs.IsSlug(options.Slug))
        {
            stderr.WriteLine($"error: --slug '{DiagnosticInfo.Escape(options.Slug)}' is not a slug: {Parsing.Slugs.Advice}");
            return ExitCode.Usage;
        }

        var outlet = options.Outlet.StartsWith("org:", StringComparison.Ordinal) ? options.Outlet[4..] : options.Outlet;
        if (!Slugs.IsSlug(outlet))
        {
            stderr.WriteLine($"error: --outlet '{DiagnosticInfo.Escape(options.Outlet)}' is not an organisation id: give org:<slug> or <slug>, e.g. org:the-hill");
            return ExitCode.Usage;
        }

        if (!DateTime.TryParseExact(options.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            stderr.WriteLine($"error: --date '{DiagnosticInfo.Escape(options.Date)}' is not a date: give the publication date as YYYY-MM-DD");
            return ExitCode.Usage;
        }

        var textPath = Path.Combine(options.Directory, "sources", options.Slug + ".txt");
        var yamlPath = Path.Combine(options.Directory, "sources", options.Slug + ".yaml");
        foreach (var path in new[] { textPath, yamlPath })
        {
            if (Refused(path, options.Directory, stderr)) return ExitCode.Problems;
        }

        byte[] bytes;
        var name = options.Input == "-" ? "<standard input>" : options.Input;
        try
        {
            if (options.Input == "-")
            {
                using var input = stdin();
                bytes = CorpusBytes.ReadBounded(input, CorpusBytes.MaxTextBytes);
            }
            else
            {
                bytes = CorpusBytes.ReadBounded(options.Input, CorpusBytes.MaxTextBytes);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot read {DiagnosticInfo.Escape(name)}: {DiagnosticInfo.Escape(e.Message)}");
            return ExitCode.Usage;
        }

        if (bytes.Length > CorpusBytes.MaxTextBytes)
        {
            stderr.WriteLine($"error: {DiagnosticInfo.Escape(name)} is larger than an archived text may be ({ArchivedTextReader.MaxTextLength.ToString(CultureInfo.InvariantCulture)} characters); nothing written");
            return ExitCode.Problems;
        }

        var text = ArticleText.FromArticle(name, bytes, out var problem);
        if (text is null)
        {
            stderr.WriteLine(problem);
            stderr.WriteLine("error: the text was not archived; nothing written");
            return ExitCode.Problems;
        }

        var corpus = CorpusFolder.Load(options.Directory);
        var publisher = "org:" + outlet;
        var settings = new List<string>
        {
            "type=" + options.Type,
            "publisher=" + publisher,
            "language=" + options.Language,
            "published.date=" + options.Date,
        };
        if (options.Title is not null) settings.Add("title=" + options.Title);
        settings.Add("url=" + options.Url);
        settings.Add("text.paragraphs=" + text.Paragraphs.Count.ToString(CultureInfo.InvariantCulture));
        settings.Add("text.sha256=" + text.Sha256);
        settings.Add("text.stored=full");
        settings.Add("curation.status=draft");

        var kind = SchemaCatalog.KindBySchemaName("source")!;
        string yaml;
        try
        {
            yaml = Scaffolder.Create(kind, options.Slug, corpus, settings, Scaffolder.SchemaLine(options.Directory, "sources/" + options.Slug + ".yaml", kind));
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine("error: " + e.Message);
            return ExitCode.Usage;
        }

        // The text first, so the new file is checked with it as the build will check it: the file may add
        // no error but the missing publisher, which is said below and which the build reports.
        if (!WriteNew(textPath, text.Bytes, stderr)) return ExitCode.Problems;
        var check = CorpusFolder.Load(options.Directory, [(yamlPath, yaml)]);
        var problems = check.Errors.Where(d => d.Location.Path == yamlPath && d.Id != DiagnosticDescriptors.UnknownReference.Id).ToArray();
        if (problems.Length > 0)
        {
            File.Delete(textPath);
            foreach (var diagnostic in problems) stderr.WriteLine(diagnostic.ToDiagnostic().ToString());
            stderr.WriteLine("error: nothing written; fix the option values above");
            return ExitCode.Usage;
        }

        // A publisher the corpus lacks is scaffolded beside, as a news outlet whose name is a placeholder
        // (warning STMT0072), so the source builds in a corpus that starts empty.
        string? orgPath = null;
        var orgKind = SchemaCatalog.KindBySchemaName("org")!;
        var orgCandidate = Path.Combine(options.Directory, orgKind.Folder, outlet + ".yaml");
        if (!corpus.Files.Any(f => f.Entity?.Id == publisher) && !File.Exists(orgCandidate) && new FileInfo(orgCandidate).LinkTarget is null)
        {
            orgPath = orgCandidate;
            var orgYaml = Scaffolder.Create(orgKind, outlet, corpus, ["type=news_outlet"], Scaffolder.SchemaLine(options.Directory, orgKind.Folder + "/" + outlet + ".yaml", orgKind));
            if (Refused(orgPath, options.Directory, stderr) || !WriteNew(orgPath, Encoding.UTF8.GetBytes(orgYaml), stderr))
            {
                File.Delete(textPath);
                return ExitCode.Problems;
            }
        }

        if (!WriteNew(yamlPath, Encoding.UTF8.GetBytes(yaml), stderr))
        {
            // All the files or none.
            File.Delete(textPath);
            if (orgPath is not null) File.Delete(orgPath);
            return ExitCode.Problems;
        }

        stdout.WriteLine($"wrote {textPath} ({text.Paragraphs.Count.ToString(CultureInfo.InvariantCulture)} paragraphs, sha256 {text.Sha256})");
        stdout.WriteLine($"wrote {yamlPath}");
        if (orgPath is not null)
        {
            stdout.WriteLine($"wrote {orgPath}: {publisher} was not in the corpus; fill in its name (a placeholder, warning STMT0072 until then)");
        }
        stdout.WriteLine($"next: statementgen draft src:{options.Slug} --corpus {options.Directory}");
        return ExitCode.Success;
    }

    // ---- draft --------------------------------------------------------------------------------------

    public static int Draft(string sourceId, string directory, TextWriter stdout, TextWriter stderr)
    {
        var slug = sourceId.StartsWith("src:", StringComparison.Ordinal) ? sourceId[4..] : sourceId;
        if (!Slugs.IsSlug(slug))
        {
            stderr.WriteLine($"error: '{DiagnosticInfo.Escape(sourceId)}' is not a source id: give src:<slug> or <slug>");
            return ExitCode.Usage;
        }

        if (!Directory.Exists(directory))
        {
            stderr.WriteLine($"error: corpus folder '{directory}' does not exist");
            return ExitCode.Usage;
        }

        var id = "src:" + slug;
        var textPath = Path.Combine(directory, "sources", slug + ".txt");
        if (new FileInfo(textPath).LinkTarget is not null || !OutputPaths.IsInside(textPath, directory))
        {
            stderr.WriteLine($"error: {textPath} is a symbolic link or lies in a linked folder (STMT0094); not read");
            return ExitCode.Problems;
        }

        var corpus = CorpusFolder.Load(directory);
        var text = corpus.Texts.For(id);
        if (text is null)
        {
            stderr.WriteLine($"error: {id} has no archived text ({textPath}); archive the text first with source add");
            return ExitCode.Problems;
        }

        if (!text.IsUsable)
        {
            foreach (var problem in text.Problems) stderr.WriteLine(problem.ToDiagnostic().ToString());
            stderr.WriteLine($"error: {textPath} cannot be read as an archived text; fix it first");
            return ExitCode.Problems;
        }

        var source = corpus.Files.Select(f => f.Entity).FirstOrDefault(e => e is not null && e.Id == id);
        if (source?.Root.GetObject("published")?.Get("date") is not DateValue published)
        {
            stderr.WriteLine(source is null
                ? $"error: {id} is not in the corpus: its text is archived, but {Path.Combine(directory, "sources", slug + ".yaml")} is missing or unreadable; write it with source add"
                : $"error: {id} has no valid published.date, which names the drafts and their folder; fix it first ('statementgen validate' shows why)");
            return ExitCode.Problems;
        }

        var date = published.Date.ToString();
        var stem = StemWithoutDate(slug, date);
        var matcher = SpeakerMatcher.From(corpus);
        var kind = SchemaCatalog.KindBySchemaName("statement")!;
        var planned = new List<(string Path, string Yaml, Draft Draft, string Speaker)>();
        var counts = new Dictionary<int, int>();
        var notes = new List<string>();
        foreach (var draft in Drafter.Find(text.Paragraphs.ToArray(), notes))
        {
            counts[draft.Para] = counts.GetValueOrDefault(draft.Para) + 1;
            var draftSlug = $"{date}-{stem}-p{draft.Para.ToString(CultureInfo.InvariantCulture)}-{counts[draft.Para].ToString(CultureInfo.InvariantCulture)}";
            var relative = $"statements/{date[..4]}/{draftSlug}.yaml";
            var path = Path.Combine(directory, relative);
            var (settings, speaker) = Settings(draft, id, matcher);
            var yaml = Scaffolder.Create(kind, draftSlug, corpus, settings, Scaffolder.SchemaLine(directory, relative, kind));
            planned.Add((path, yaml, draft, speaker));
        }

        foreach (var note in notes) stdout.WriteLine("note: " + note);
        if (planned.Count == 0)
        {
            stdout.WriteLine($"no quotation or attribution found in {id} ({text.Paragraphs.Count.ToString(CultureInfo.InvariantCulture)} paragraphs); nothing written");
            return ExitCode.Success;
        }

        // Check the new drafts with the corpus before writing: a draft may add no error.
        var fresh = planned.Where(p => !File.Exists(p.Path) && new FileInfo(p.Path).LinkTarget is null).ToList();
        var check = CorpusFolder.Load(directory, fresh.Select(p => (p.Path, p.Yaml)));
        var exit = ExitCode.Success;
        int written = 0, skipped = 0, placeholders = 0;
        foreach (var (path, yaml, draft, speaker) in planned)
        {
            if (File.Exists(path) || Directory.Exists(path))
            {
                stdout.WriteLine($"skipped {path}: it already exists (not overwritten)");
                skipped++;
                continue;
            }

            var errors = check.Errors.Where(d => d.Location.Path == path).ToArray();
            if (errors.Length > 0)
            {
                foreach (var error in errors) stderr.WriteLine(error.ToDiagnostic().ToString());
                stderr.WriteLine($"error: {path} was not written");
                exit = ExitCode.Problems;
                continue;
            }

            if (Refused(path, directory, stderr) || !WriteNew(path, Encoding.UTF8.GetBytes(yaml), stderr))
            {
                exit = ExitCode.Problems;
                continue;
            }

            written++;
            placeholders += check.Corpus.Diagnostics.Count(d => d.Id == DiagnosticDescriptors.PlaceholderNotFilled.Id && d.Location.Path == path);
            var quotes = draft.Quotes.Count == 0 ? "" : $", {draft.Quotes.Count.ToString(CultureInfo.InvariantCulture)} quote{(draft.Quotes.Count == 1 ? "" : "s")}";
            stdout.WriteLine($"wrote {path} (paragraph {draft.Para.ToString(CultureInfo.InvariantCulture)}, {draft.Mode}{quotes}, speaker {speaker})");
        }

        stdout.WriteLine($"{written.ToString(CultureInfo.InvariantCulture)} drafts written, {skipped.ToString(CultureInfo.InvariantCulture)} skipped; fill in their {placeholders.ToString(CultureInfo.InvariantCulture)} placeholders (TODO: …), which 'validate' reports as warning STMT0072 until then, and check every draft against the text");
        return exit;
    }

    /// <summary>The source's slug without its publication date, which the draft's name already starts with.</summary>
    private static string StemWithoutDate(string slug, string date)
    {
        var stem = slug.Replace("-" + date, "", StringComparison.Ordinal);
        if (stem.StartsWith(date + "-", StringComparison.Ordinal)) stem = stem[(date.Length + 1)..];
        return stem.Length == 0 || stem == date ? "source" : stem;
    }

    /// <summary>The values of a draft statement, as <c>new --set</c> takes them, and the speaker as printed for the curator.</summary>
    private static (List<string> Settings, string Speaker) Settings(Draft draft, string sourceId, SpeakerMatcher matcher)
    {
        string reference, identification, shown;
        if (draft.AttributedAs is null)
        {
            reference = "TODO: the speaker (the excerpt names none; see the paragraphs before)";
            identification = "named";
            shown = "to fill in";
        }
        else
        {
            var match = matcher.Find(draft.AttributedAs);
            if (match.Id is not null)
            {
                reference = match.Id;
                identification = match.Kind switch { RefKind.Org => "institutional", RefKind.Polity => "metonym", _ => "named" };
                shown = match.Id;
            }
            else
            {
                reference = match.Candidates.Count > 1
                    ? $"TODO: \"{draft.AttributedAs}\" is one of {string.Join(", ", match.Candidates)}"
                    : $"TODO: who is \"{draft.AttributedAs}\"? (no person, org or polity of the corpus has that name)";
                var last = draft.AttributedAs.Split(' ')[^1];
                identification = last is "officials" or "official" ? "unnamed_official" : char.IsLower(last[0]) && last.EndsWith('s') ? "collective" : "named";
                shown = match.Candidates.Count > 1 ? "to choose: " + string.Join(" or ", match.Candidates) : "to fill in: \"" + draft.AttributedAs + "\"";
            }
        }

        var settings = new List<string>
        {
            "speaker.ref=" + reference,
            "speaker.identification=" + identification,
            "renderings.0.source=" + sourceId,
            "renderings.0.para=" + draft.Para.ToString(CultureInfo.InvariantCulture),
            "renderings.0.mode=" + draft.Mode,
            "renderings.0.attributed_as=" + (draft.AttributedAs ?? "TODO: the words for the speaker (the excerpt names none)"),
            "renderings.0.cue=" + (draft.Cue ?? "TODO: the reporting verb (the excerpt has none)"),
        };
        settings.AddRange(draft.Quotes.Select(q => "renderings.0.quote=" + q));
        settings.AddRange(draft.Insertions.Select(i => "renderings.0.insertions=" + i));
        settings.Add("renderings.0.excerpt=" + draft.Excerpt);
        settings.Add("renderings.0.fidelity=" + (draft.Mode == "direct" ? "verbatim" : "faithful"));
        settings.Add("curation.status=draft");
        return (settings, shown);
    }

    // ---- writing new files --------------------------------------------------------------------------

    /// <summary>A path that is a link, or lies (through a link) outside the corpus folder, is never written.</summary>
    private static bool Refused(string path, string directory, TextWriter stderr)
    {
        if (new FileInfo(path).LinkTarget is not null || !OutputPaths.IsInside(path, directory))
        {
            stderr.WriteLine($"error: {path} is a symbolic link or lies in a linked folder (STMT0094); nothing written");
            return true;
        }

        if (File.Exists(path) || Directory.Exists(path))
        {
            stderr.WriteLine($"error: {path} already exists; not overwritten, nothing written");
            return true;
        }
        return false;
    }

    /// <summary>Creates a file that must not exist yet (the check and the creation are one step, so a file that appears meanwhile is not overwritten).</summary>
    private static bool WriteNew(string path, byte[] bytes, TextWriter stderr)
    {
        try
        {
            if (Path.GetDirectoryName(path) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(bytes);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write {path}: {DiagnosticInfo.Escape(e.Message)}");
            return false;
        }
    }
}
