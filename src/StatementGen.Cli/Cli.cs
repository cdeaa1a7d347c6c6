using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Cli;

/// <summary>
/// The <c>statementgen</c> command line: the generator's rules for curators who work outside the
/// compiler. Exit codes: 0 success, 1 problems in the corpus (or a refused operation), 2 usage errors,
/// 3 an internal failure (a bug or an unexpected failure of the machine, reported in one line).
/// </summary>
public static class Cli
{
    /// <summary>The exit codes, as the help text gives them.</summary>
    private const string ExitCodes = "Exit codes: 0 success (warnings and info may be printed), 1 the corpus has errors or the operation was refused, 2 usage error, 3 internal failure.";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, Console.OpenStandardInput);

    /// <summary>Runs the command line; <paramref name="stdin"/> opens standard input, which <c>source add -</c> reads.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var root = new RootCommand("Check, scaffold, draft and export a StatementGen corpus (YAML files of official statements) with the same rules as the build. " + ExitCodes);

        var corpusArgument = new Argument<string>("corpus-dir") { Description = "The corpus folder.", DefaultValueFactory = _ => "corpus" };
        var formatOption = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        formatOption.AcceptOnlyFromAmong("text", "json");
        var validate = new Command("validate", "Report every problem in the corpus, as the build would (canonical file(line,col): severity STMTnnnn: message lines).")
        {
            corpusArgument,
            formatOption,
        };
        validate.SetAction(result => Validate(result.GetValue(corpusArgument)!, result.GetValue(formatOption)!, stdout, stderr));
        root.Add(validate);

        var kindArgument = new Argument<string>("kind") { Description = "statement, person, org, polity, place, event or source." };
        kindArgument.AcceptOnlyFromAmong(SchemaCatalog.Kinds.Select(k => k.SchemaName).ToArray());
        var slugArgument = new Argument<string>("slug") { Description = "The new id's slug, e.g. sabrina-singh or 2024-10-29-singh-briefing (the file name without .yaml)." };
        var corpusOption = new Option<string>("--corpus") { Description = "The corpus folder.", DefaultValueFactory = _ => "corpus" };
        var setOption = new Option<string[]>("--set") { Description = "A value for a key, as path=value (e.g. name=\"Sabrina Singh\", speaker.ref=person:sabrina-singh, renderings.0.excerpt=…). Repeatable.", AllowMultipleArgumentsPerToken = false };
        var scaffold = new Command("new", "Create a file of the given kind in the right folder, with the schema line, the id and every required key.")
        {
            kindArgument,
            slugArgument,
            corpusOption,
            setOption,
        };
        scaffold.SetAction(result => New(result.GetValue(kindArgument)!, result.GetValue(slugArgument)!, result.GetValue(corpusOption)!, result.GetValue(setOption) ?? [], stdout, stderr));
        root.Add(scaffold);

        var articleArgument = new Argument<string>("file") { Description = "The article's text as printed, one paragraph per line or paragraphs separated by blank lines (UTF-8); - reads standard input." };
        var sourceSlug = new Option<string>("--slug") { Description = "The new source's slug, e.g. thehill-2024-10-28-dprk-troops.", Required = true };
        var outletOption = new Option<string>("--outlet") { Description = "The publisher: org:<slug> or <slug>, e.g. org:the-hill.", Required = true };
        var urlOption = new Option<string>("--url") { Description = "Where the article is published.", Required = true };
        var dateOption = new Option<string>("--date") { Description = "The publication date, YYYY-MM-DD.", Required = true };
        var sourceCorpus = new Option<string>("--corpus") { Description = "The corpus folder.", DefaultValueFactory = _ => "corpus" };
        var titleOption = new Option<string?>("--title") { Description = "The article's title." };
        var typeOption = new Option<string>("--type") { Description = "The kind of document.", DefaultValueFactory = _ => "news_article" };
        typeOption.AcceptOnlyFromAmong(SchemaCatalog.Vocabulary("SourceType").Members.Select(m => m.Yaml).ToArray());
        var languageOption = new Option<string>("--language") { Description = "The language (BCP 47).", DefaultValueFactory = _ => "en" };
        var addSource = new Command("add", "Archive an article's text as sources/<slug>.txt (a paragraph per line, exact characters) and write sources/<slug>.yaml with its sha256 and paragraph count; never overwrites, writes both files or neither.")
        {
            articleArgument, sourceSlug, outletOption, urlOption, dateOption, sourceCorpus, titleOption, typeOption, languageOption,
        };
        addSource.SetAction(result => ArticleCommands.AddSource(
            new ArticleCommands.SourceOptions(result.GetValue(articleArgument)!, result.GetValue(sourceSlug)!, result.GetValue(outletOption)!, result.GetValue(urlOption)!,
                result.GetValue(dateOption)!, result.GetValue(sourceCorpus)!, result.GetValue(titleOption), result.GetValue(typeOption)!, result.GetValue(languageOption)!),
            stdin, stdout, stderr));
        root.Add(new Command("source", "Work with sources.") { addSource });

        var draftSource = new Argument<string>("source-id") { Description = "The source whose archived text to read: src:<slug> or <slug>." };
        var draftCorpus = new Option<string>("--corpus") { Description = "The corpus folder.", DefaultValueFactory = _ => "corpus" };
        var draft = new Command("draft", "Propose draft statements from a source's archived text: one per attribution, with every quotation, excerpt, attributed_as and cue copied exactly, the speaker matched by name where unambiguous (else a TODO placeholder); never overwrites.")
        {
            draftSource,
            draftCorpus,
        };
        draft.SetAction(result => ArticleCommands.Draft(result.GetValue(draftSource)!, result.GetValue(draftCorpus)!, stdout, stderr));
        root.Add(draft);

        var exportCorpus = new Argument<string>("corpus-dir") { Description = "The corpus folder.", DefaultValueFactory = _ => "corpus" };
        var exportFormat = new Option<string>("--format") { Description = "json (an array), ndjson (one entity per line), csv (one row per claim) or jsonld (schema.org Quotation and Claim nodes).", DefaultValueFactory = _ => "json" };
        exportFormat.AcceptOnlyFromAmong("json", "ndjson", "csv", "jsonld");
        var outputOption = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (never inside the corpus folder)." };
        var forceOption = new Option<bool>("--force") { Description = "Overwrite the --output file if it exists." };
        var export = new Command("export", "Write the whole corpus as JSON or NDJSON (lossless), as CSV (claims, flattened; cells a spreadsheet would run as a formula start with ') or as schema.org JSON-LD.")
        {
            exportCorpus,
            exportFormat,
            outputOption,
            forceOption,
        };
        export.SetAction(result => Export(result.GetValue(exportCorpus)!, result.GetValue(exportFormat)!, result.GetValue(outputOption), result.GetValue(forceOption), stdout, stderr));
        root.Add(export);

        var statsCorpus = new Argument<string>("corpus-dir") { Description = "The corpus folder.", DefaultValueFactory = _ => "corpus" };
        var stats = new Command("stats", "Count entities by kind, statements by speaker, claims by topic, and problems by id.") { statsCorpus };
        stats.SetAction(result => Stats(result.GetValue(statsCorpus)!, stdout, stderr));
        root.Add(stats);

        var schemaOutput = new Option<string>("--output", "-o") { Description = "The folder to write the schema files to.", DefaultValueFactory = _ => "schema" };
        var schema = new Command("schema", "Write the JSON Schema (draft-07) of every kind of corpus file, for editors.") { schemaOutput };
        schema.SetAction(result => Schema(result.GetValue(schemaOutput)!, stdout, stderr));
        root.Add(schema);

        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors) stderr.WriteLine("error: " + DiagnosticInfo.Escape(error.Message));
                stderr.WriteLine("Run 'statementgen --help' for usage.");
                return ExitCode.Usage;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // Not "the corpus has errors": a failure of the tool itself, in one line and without a stack trace.
            stderr.WriteLine("error: internal failure: " + e.GetType().FullName + ": " + DiagnosticInfo.Escape(e.Message));
            return ExitCode.InternalFailure;
        }
    }

    private static bool CheckFolder(string directory, TextWriter stderr)
    {
        if (Directory.Exists(directory)) return true;
        stderr.WriteLine($"error: corpus folder '{directory}' does not exist");
        return false;
    }

    // ---- validate -----------------------------------------------------------------------------------

    private static int Validate(string directory, string format, TextWriter stdout, TextWriter stderr)
    {
        if (!CheckFolder(directory, stderr)) return ExitCode.Usage;
        var corpus = CorpusFolder.Load(directory);
        var diagnostics = corpus.Corpus.Diagnostics;
        if (format == "json")
        {
            var array = new JsonArray(diagnostics.Select(d =>
            {
                var span = d.Location.LineSpan;
                return (JsonNode)new JsonObject
                {
                    ["id"] = d.Id,
                    ["severity"] = d.Severity.ToString().ToLowerInvariant(),
                    ["path"] = d.Location.Path,
                    ["line"] = span.Start.Line + 1,
                    ["column"] = span.Start.Character + 1,
                    ["endLine"] = span.End.Line + 1,
                    ["endColumn"] = span.End.Character + 1,
                    ["message"] = d.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture),
                };
            }).ToArray());
            stdout.WriteLine(array.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            foreach (var diagnostic in diagnostics) stdout.WriteLine(diagnostic.ToDiagnostic().ToString());
            var errors = corpus.Errors.Count();
            var warnings = diagnostics.Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
            var infos = diagnostics.Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Info);
            stdout.WriteLine($"{corpus.Files.Count} files, {corpus.Corpus.Entities.Count} valid entities: {errors} errors, {warnings} warnings, {infos} info.");
        }

        return corpus.Errors.Any() ? ExitCode.Problems : ExitCode.Success;
    }

    // ---- new ----------------------------------------------------------------------------------------

    private static int New(string kindName, string slug, string directory, string[] settings, TextWriter stdout, TextWriter stderr)
    {
        var kind = SchemaCatalog.KindBySchemaName(kindName)!;
        if (!Parsing.Slugs.IsSlug(slug))
        {
            stderr.WriteLine($"error: '{DiagnosticInfo.Escape(slug)}' is not a slug: {Parsing.Slugs.Advice}");
            return ExitCode.Usage;
        }

        var dated = System.Text.RegularExpressions.Regex.IsMatch(slug, "^[0-9]{4}-");
        var relative = kind.Kind == RefKind.Statement
            ? $"{kind.Folder}/{(dated ? slug[..4] : DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture))}/{slug}.yaml"
            : $"{kind.Folder}/{slug}.yaml";
        var path = Path.Combine(directory, relative);
        // Corpus files are real files in real folders: never write through a link (even a dangling one) to somewhere else.
        if (new FileInfo(path).LinkTarget is not null || !OutputPaths.IsInside(path, directory))
        {
            stderr.WriteLine($"error: {path} is a symbolic link or lies in a linked folder (STMT0094); not written");
            return ExitCode.Problems;
        }

        if (File.Exists(path))
        {
            stderr.WriteLine($"error: {path} already exists; not overwritten");
            return ExitCode.Problems;
        }

        var existing = CorpusFolder.Load(directory);
        string yaml;
        try
        {
            yaml = Scaffolder.Create(kind, slug, existing, settings, Scaffolder.SchemaLine(directory, relative, kind));
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine("error: " + e.Message);
            return ExitCode.Usage;
        }

        // Check the new file against the corpus before writing it: it may add no error anywhere.
        var check = CorpusFolder.Load(directory, [(path, yaml)]);
        var before = existing.Errors.ToHashSet();
        var problems = check.Errors.Where(d => !before.Contains(d)).ToArray();
        if (problems.Length > 0)
        {
            foreach (var problem in problems) stderr.WriteLine(problem.ToDiagnostic().ToString());
            stderr.WriteLine($"error: {path} was not written; fix the values above (--set key=value)");
            return ExitCode.Problems;
        }

        if (!TryWrite(path, yaml, stderr)) return ExitCode.Usage;
        var placeholders = check.Corpus.Diagnostics.Count(d => d.Id == DiagnosticDescriptors.PlaceholderNotFilled.Id && d.Location.Path == path);
        stdout.WriteLine(placeholders == 0
            ? $"created {path}"
            : $"created {path}; fill in its {placeholders} placeholder{(placeholders == 1 ? "" : "s")} (TODO: …), which 'validate' reports as warning STMT0072 until then");
        return ExitCode.Success;
    }

    // ---- export -------------------------------------------------------------------------------------

    private static int Export(string directory, string format, string? output, bool force, TextWriter stdout, TextWriter stderr)
    {
        if (!CheckFolder(directory, stderr)) return ExitCode.Usage;
        if (output is not null)
        {
            if (OutputPaths.IsInside(output, directory))
            {
                stderr.WriteLine($"error: {output} is inside the corpus folder {directory}; write the export elsewhere (nothing was written)");
                return ExitCode.Usage;
            }

            if (!force && (File.Exists(output) || System.IO.Directory.Exists(output)))
            {
                stderr.WriteLine($"error: {output} already exists; pass --force to overwrite it (nothing was written)");
                return ExitCode.Usage;
            }
        }
        var corpus = CorpusFolder.Load(directory);
        var errors = corpus.Errors.ToArray();
        if (errors.Length > 0)
        {
            foreach (var error in errors) stderr.WriteLine(error.ToDiagnostic().ToString());
            stderr.WriteLine("error: the corpus has errors; nothing exported");
            return ExitCode.Problems;
        }

        var text = format switch
        {
            "csv" => Exporter.Csv(corpus),
            "ndjson" => Exporter.NdJson(corpus),
            "jsonld" => JsonLdExport.Write(corpus),
            _ => Exporter.Json(corpus),
        };

        if (output is null)
        {
            stdout.Write(text);
        }
        else
        {
            if (!TryWrite(output, text, stderr, createFolder: false)) return ExitCode.Usage;
            stdout.WriteLine($"wrote {output}");
        }
        return ExitCode.Success;
    }

    // ---- stats --------------------------------------------------------------------------------------

    private static int Stats(string directory, TextWriter stdout, TextWriter stderr)
    {
        if (!CheckFolder(directory, stderr)) return ExitCode.Usage;
        var corpus = CorpusFolder.Load(directory);
        var entities = corpus.Corpus.Entities;

        void Table(string title, IEnumerable<(string Key, int Count)> rows)
        {
            stdout.WriteLine(title);
            var list = rows.OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal).ToArray();
            if (list.Length == 0) stdout.WriteLine("  (none)");
            foreach (var (key, count) in list) stdout.WriteLine($"  {count,5}  {key}");
        }

        Table("entities by kind", SchemaCatalog.Kinds.Select(k => (k.SchemaName, entities.Count(e => e.Kind == k.Kind))));
        var statements = entities.Where(e => e.Kind == RefKind.Statement).Select(e => e.Root).ToArray();
        Table("statements by speaker", statements.GroupBy(s => (s.GetObject("speaker")?.Get("ref") as RefValue)?.Id ?? "?").Select(g => (g.Key, g.Count())));
        var claims = statements.SelectMany(s => s.GetList("claims").OfType<ObjectValue>()).ToArray();
        Table("claims by topic", claims.GroupBy(c => c.GetText("topic") ?? "(no topic)").Select(g => (g.Key, g.Count())));
        Table("problems by id", corpus.Corpus.Diagnostics.GroupBy(d => d.Id + " " + d.Severity.ToString().ToLowerInvariant()).Select(g => (g.Key, g.Count())));
        return corpus.Errors.Any() ? ExitCode.Problems : ExitCode.Success;
    }

    // ---- schema -------------------------------------------------------------------------------------

    private static int Schema(string output, TextWriter stdout, TextWriter stderr)
    {
        foreach (var (name, json) in JsonSchemaWriter.WriteAll())
        {
            var path = Path.Combine(output, name);
            if (!TryWrite(path, json, stderr)) return ExitCode.Usage;
            stdout.WriteLine($"wrote {path}");
        }
        return ExitCode.Success;
    }

    /// <summary>Writes a file; a path that cannot be written is a usage error with a message, not a crash.</summary>
    private static bool TryWrite(string path, string text, TextWriter stderr, bool createFolder = true)
    {
        try
        {
            if (createFolder && Path.GetDirectoryName(path) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
            File.WriteAllText(path, text);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write {path}: {e.Message}");
            return false;
        }
    }
}
