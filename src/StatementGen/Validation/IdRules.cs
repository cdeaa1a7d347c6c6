using System;
using System.Linq;
using StatementGen.Model;
using StatementGen.Parsing;
using StatementGen.Schema;

namespace StatementGen.Validation;

/// <summary>
/// A file's id against its place: the slug after the kind's prefix names the file, and the file sits
/// in its kind's folder (a statement in a year folder, the year its slug starts with). The first
/// problem found is the one reported, so one wrong name is one message.
/// </summary>
internal static class IdRules
{
    /// <summary>
    /// The id's prefix, its slug, the slug against the file name, the file's folder (a statement's
    /// year folder against the year its slug starts with), and a polity's ISO code against its slug.
    /// </summary>
    public static void Check(string path, EntityFile entity, ProblemLimit diagnostics)
    {
        var kind = SchemaCatalog.Kind(entity.Kind);
        var (fileName, stem, folder, grandFolder) = CorpusPlace.Of(path);

        // Ids and names are cut short here, so the advice at the end of a message survives the cut of long arguments.
        static string Short(string text) => DiagnosticInfo.Excerpt(text, 48);
        void Report(string message) => diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BadId, entity.IdLocation, message));
        void ReportFolder(string message) => diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongFolder, entity.IdLocation, message));

        var expectedPrefix = kind.Prefix + ":";
        if (!entity.Id.StartsWith(expectedPrefix, StringComparison.Ordinal))
        {
            Report("Id '" + Short(entity.Id) + "' must start with '" + expectedPrefix + "' in a " + kind.SchemaName + " file");
            return;
        }

        var slug = entity.Id.Substring(expectedPrefix.Length);
        if (!Slugs.IsSlug(slug))
        {
            Report("Id '" + Short(entity.Id) + "' has an invalid slug: " + Slugs.Advice);
            return;
        }

        if (slug != stem)
        {
            Report("Id '" + Short(entity.Id) + "' does not match the file name '" + Short(fileName) + "'; name the file '" + Short(slug) + ".yaml' or change the id to '" + expectedPrefix + Short(stem) + "'");
            return;
        }

        if (entity.Kind == RefKind.Statement)
        {
            var yearFolder = folder.Length == 4 && folder.All(c => c >= '0' && c <= '9');
            if (!yearFolder || grandFolder != kind.Folder)
            {
                ReportFolder("A statement file belongs in '" + kind.Folder + "/YYYY/', but this one is in '" + Short(grandFolder) + "/" + Short(folder) + "/'");
            }
            else if (slug.Length > 4 && slug[4] == '-' && slug.Substring(0, 4).All(c => c >= '0' && c <= '9') && slug.Substring(0, 4) != folder)
            {
                ReportFolder("Statement '" + Short(entity.Id) + "' is dated " + slug.Substring(0, 4) + " but sits in '" + kind.Folder + "/" + Short(folder) + "/'; move it to '" + kind.Folder + "/" + slug.Substring(0, 4) + "/'");
            }
        }
        else if (folder != kind.Folder)
        {
            ReportFolder("A " + kind.SchemaName + " file belongs in '" + kind.Folder + "/', but this one is in '" + Short(folder) + "/'");
        }

        if (entity.Kind == RefKind.Polity && entity.Root.GetText("iso3166") is { } iso && iso != slug.ToUpperInvariant())
        {
            var location = entity.Root.Get("iso3166")!.Location;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IsoMismatch, location, iso, entity.Id, slug.ToUpperInvariant()));
        }
    }
}
