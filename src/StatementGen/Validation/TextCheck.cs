using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Schema;

namespace StatementGen.Validation;

/// <summary>
/// Checks one file's verbatim text against the archived texts of the sources it cites, byte for byte:
/// <list type="bullet">
/// <item>a source against its own text: <c>text.sha256</c>, <c>text.paragraphs</c> and <c>text.stored</c> (STMT0041);</item>
/// <item>each rendering's and narrator's assertion's <c>excerpt</c> against paragraph <c>para</c> (STMT0043),
/// naming the paragraph that does hold it when <c>para</c> is wrong, or the first character that differs;</item>
/// <item>every other verbatim value outside an excerpt (a role, an <c>as_stated</c>, a claim's cues)
/// against the paragraphs the file cites (STMT0044).</item>
/// </list>
/// A rendering whose excerpt is in its archived paragraph, and whose other verbatim values are in its
/// excerpt (STMT0050), is verified: the compiled record says so. Sources with no archived text are not
/// checked. The check of one file reads only that file and the texts, so an edit re-checks one file.
/// </summary>
internal static class TextCheck
{
    public static FileModel Check(FileModel file, ArchivedTexts texts, CancellationToken cancellationToken)
    {
        if (file.Entity is not { } entity) return file;
        if (entity.Kind != RefKind.Source && texts.All.Count == 0) return file;

        var diagnostics = new ProblemLimit();
        diagnostics.AddFile(file);
        var budget = new CheckBudget();
        var verified = new List<int>();
        var root = entity.Root;

        if (entity.Kind == RefKind.Source) CheckSourceText(file.Path, entity, texts.For(entity.Id), diagnostics);

        // The paragraphs the file cites, and the excerpts of renderings whose source has no usable text.
        var cited = new List<(ArchivedText Text, int Para)>();
        var unarchivedExcerpts = new List<string>();
        var renderings = root.GetList("renderings");
        for (var i = 0; i < renderings.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (renderings[i] is not ObjectValue rendering) continue;
            var text = rendering.Get("source") is RefValue source ? texts.For(source.Id) : null;
            if (text is not { IsUsable: true })
            {
                if (rendering.GetText(SchemaCatalog.ExcerptKey) is { } excerpt) unarchivedExcerpts.Add(excerpt);
                continue;
            }

            var inParagraph = CheckExcerpt(rendering, text, cited, diagnostics, budget);
            if (inParagraph && VerbatimFields.NotInExcerpt(rendering).Count == 0) verified.Add(i);
        }

        if (entity.Kind == RefKind.Source && texts.For(entity.Id) is { IsUsable: true } own)
        {
            foreach (var assertion in root.GetList("narrator_assertions").OfType<ObjectValue>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                CheckExcerpt(assertion, own, cited, diagnostics, budget);
            }
        }

        foreach (var report in Reports(root))
        {
            if (report.Get("source") is RefValue source && texts.For(source.Id) is { IsUsable: true } text && report.Get("para") is IntValue para)
            {
                if (para.Number >= 1 && para.Number <= text.Paragraphs.Count) cited.Add((text, (int)para.Number));
                else if (para.Number > text.Paragraphs.Count) diagnostics.Add(NoSuchParagraph(text, para, ""));
            }
        }

        if (cited.Count > 0) CheckCitedParagraphs(root, cited.Distinct().ToList(), unarchivedExcerpts, diagnostics, budget, cancellationToken);

        if (budget.IsSpent)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.VerbatimCheckTooLarge, LocationInfo.FileStart(file.Path),
                CheckBudget.PerFile.ToString("N0", CultureInfo.InvariantCulture)));
        }

        return file with
        {
            Diagnostics = diagnostics.ToArray(),
            Omitted = diagnostics.Omitted(file.Path),
            VerifiedRenderings = budget.IsSpent ? EquatableArray<int>.Empty : verified.ToEquatableArray(),
        };
    }

    /// <summary>A source's text block against its archived text (STMT0041).</summary>
    private static void CheckSourceText(string path, EntityFile source, ArchivedText? text, ProblemLimit diagnostics)
    {
        var block = source.Root.GetObject("text");
        var stored = block?.Get("stored") as EnumValue;
        var expectedName = System.IO.Path.GetFileNameWithoutExtension(path) + Parsing.ArchivedTextReader.Extension;
        if (text is null)
        {
            if (stored?.Member == "full")
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArchivedTextMismatch, stored.Location,
                    "text.stored is full, but there is no archived text '" + expectedName + "' beside this file; archive the text (statementgen source add) or set stored: excerpts_only"));
            }
            return;
        }

        if (!text.IsUsable) return; // its own problems are reported at the text

        var describe = "paragraphs: " + text.Paragraphs.Count.ToString(CultureInfo.InvariantCulture) + ", sha256: " + text.Sha256 + ", stored: full";
        if (block is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArchivedTextMismatch, source.IdLocation,
                "This source's text is archived in '" + expectedName + "', but the source has no text block; add text: {" + describe + "}"));
            return;
        }

        var blockAt = source.Root.GetField("text")!.KeyLocation;
        if (stored?.Member != "full")
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArchivedTextMismatch, stored?.Location ?? blockAt,
                "This source's text is archived in '" + expectedName + "', so text.stored is full" + (stored is null ? "; add stored: full" : ", not " + stored.Member)));
        }

        switch (block.Get("sha256"))
        {
            case TextValue sha when sha.Text != text.Sha256:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArchivedTextMismatch, sha.Location,
                    "text.sha256 is " + sha.Text + ", but the archived text '" + expectedName + "' has " + text.Sha256 + ": restore the text, or set the new hash if it was changed on purpose"));
                break;
            case TextValue:
                break;
            case var other:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArchivedTextMismatch, other?.Location ?? blockAt,
                    "text.sha256 is missing, which the archived text '" + expectedName + "' needs; add sha256: " + text.Sha256));
                break;
        }

        switch (block.Get("paragraphs"))
        {
            case IntValue count when count.Number != text.Paragraphs.Count:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArchivedTextMismatch, count.Location,
                    "text.paragraphs is " + count.Number.ToString(CultureInfo.InvariantCulture) + ", but the archived text '" + expectedName + "' has " + text.Paragraphs.Count.ToString(CultureInfo.InvariantCulture) + " (one per line); set paragraphs: " + text.Paragraphs.Count.ToString(CultureInfo.InvariantCulture) + " or restore the text"));
                break;
            case IntValue:
                break;
            case var other:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArchivedTextMismatch, other?.Location ?? blockAt,
                    "text.paragraphs is missing, which the archived text '" + expectedName + "' needs; add paragraphs: " + text.Paragraphs.Count.ToString(CultureInfo.InvariantCulture)));
                break;
        }
    }

    /// <summary>
    /// A scope's excerpt against paragraph <c>para</c> of <paramref name="text"/> (STMT0043); true when it
    /// is there. The paragraph is added to <paramref name="cited"/> when it exists.
    /// </summary>
    private static bool CheckExcerpt(ObjectValue scope, ArchivedText text, List<(ArchivedText, int)> cited, ProblemLimit diagnostics, CheckBudget budget)
    {
        if (scope.Get("para") is not IntValue para || scope.Get(SchemaCatalog.ExcerptKey) is not TextValue excerpt) return false;
        if (Placeholders.IsPlaceholder(excerpt.Text)) return false; // STMT0072 says it is still to be filled
        var source = text.SourceId!;
        var count = text.Paragraphs.Count;
        if (para.Number >= 1 && para.Number <= count)
        {
            cited.Add((text, (int)para.Number));
            if (!Verbatim.HasWords(excerpt.Text))
            {
                // Every part is empty, so it would occur anywhere: it proves nothing.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ExcerptNotInParagraph, excerpt.Location,
                    "The excerpt holds no words, only white space and ellipses, so it shows nothing of paragraph " + Number(para.Number) + " of " + source + "; copy the printed sentence from the archived text"));
                return false;
            }

            var paragraph = text.Paragraphs[(int)para.Number - 1];
            var mismatch = Verbatim.FindMismatch(excerpt.Text, paragraph, budget);
            if (mismatch is null) return !budget.IsSpent;

            if (ParagraphHolding(excerpt.Text, text, budget) is { } holding)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ExcerptNotInParagraph, para.Location,
                    "The excerpt is in paragraph " + Number(holding) + " of " + source + ", not paragraph " + Number(para.Number) + "; set para: " + Number(holding)));
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ExcerptNotInParagraph, excerpt.Location,
                    "The excerpt is not in paragraph " + Number(para.Number) + " of " + source + ": " + Verbatim.Describe(mismatch, excerpt.Text, paragraph, "the excerpt", "the source")
                    + "; copy it exactly from the archived text"));
            }
            return false;
        }

        var elsewhere = ParagraphHolding(excerpt.Text, text, budget);
        diagnostics.Add(NoSuchParagraph(text, para, elsewhere is { } at ? "; the excerpt is in paragraph " + Number(at) + ": set para: " + Number(at) : ""));
        return false;
    }

    /// <summary>STMT0043 at a <c>para</c> beyond the last paragraph of <paramref name="text"/>.</summary>
    private static DiagnosticInfo NoSuchParagraph(ArchivedText text, IntValue para, string hint)
        => DiagnosticInfo.Create(DiagnosticDescriptors.ExcerptNotInParagraph, para.Location,
            text.SourceId + " has " + Number(text.Paragraphs.Count) + " paragraphs, so there is no paragraph " + Number(para.Number) + hint);

    /// <summary>
    /// Every verbatim value outside an excerpt against the cited texts (STMT0044): it must be in a
    /// paragraph the file cites or, failing that, elsewhere in a text it cites (a speaker's role is
    /// often printed once, where the article introduces them). When it is nowhere, the message names
    /// the first character that differs from the paragraph that comes closest.
    /// </summary>
    private static void CheckCitedParagraphs(ObjectValue root, List<(ArchivedText Text, int Para)> cited, List<string> unarchivedExcerpts,
        ProblemLimit diagnostics, CheckBudget budget, CancellationToken cancellationToken)
    {
        var citedTexts = cited.Select(c => c.Text).Distinct().ToList();
        var isCited = new HashSet<(ArchivedText Text, int Para)>(cited);
        string? citedList = null, sources = null;
        foreach (var (path, value) in VerbatimFields.Outside(root))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (value.Text.Length == 0) continue;

            // The cited paragraphs first, then the rest of each cited text.
            var candidates = cited.Concat(citedTexts.SelectMany(t => Enumerable.Range(1, t.Paragraphs.Count).Select(p => (Text: t, Para: p))).Where(c => !isCited.Contains(c)));
            Mismatch? best = null;
            var bestParagraph = "";
            var found = false;
            foreach (var (text, para) in candidates)
            {
                var paragraph = text.Paragraphs[para - 1];
                var mismatch = Verbatim.FindMismatch(value.Text, paragraph, budget);
                if (mismatch is null)
                {
                    found = true;
                    break;
                }

                if (best is null || mismatch.FragmentIndex > best.FragmentIndex)
                {
                    best = mismatch;
                    bestParagraph = paragraph;
                }
            }

            // Words a source with no archived text may hold cannot be disproved.
            if (found || budget.IsSpent || unarchivedExcerpts.Any(e => Verbatim.FindMismatch(value.Text, e, budget) is null)) continue;

            // Short lists (the first few, then "and N more"), so the difference always fits in the message.
            citedList ??= DiagnosticInfo.List(cited.Select(c => c.Para).Distinct().OrderBy(p => p).Select(p => Number(p)).ToArray());
            sources ??= DiagnosticInfo.List(citedTexts.Select(t => t.SourceId!).ToArray());
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotInCitedParagraphs, value.Location,
                "'" + path + "' ('" + value.Text + "') is not in the text of " + sources + " (this file cites paragraphs " + citedList + "): "
                + Verbatim.Describe(best!, value.Text, bestParagraph, "'" + path + "'", "the source") + "; copy it exactly from the archived text"));
        }
    }

    /// <summary>The first paragraph of <paramref name="text"/> that holds <paramref name="fragment"/>, or null.</summary>
    private static long? ParagraphHolding(string fragment, ArchivedText text, CheckBudget budget)
    {
        for (var i = 0; i < text.Paragraphs.Count; i++)
        {
            if (Verbatim.FindMismatch(fragment, text.Paragraphs[i], budget) is null && !budget.IsSpent) return i + 1;
            if (budget.IsSpent) return null;
        }
        return null;
    }

    /// <summary>The objects that cite a source's paragraph without an excerpt of their own (an event's <c>reported_in</c>).</summary>
    private static IEnumerable<ObjectValue> Reports(ObjectValue root)
        => root.GetList("reported_in").OfType<ObjectValue>();

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
