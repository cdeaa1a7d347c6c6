using System.IO;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Emit;

/// <summary>
/// The doc text of an entity's named member: its name or what it is (worked out when the file is laid
/// down as data, while its values are at hand), then its id and its file (added as the member is written,
/// so that what is kept of every entity between runs holds neither twice).
/// </summary>
internal static class MemberDoc
{
    /// <summary>What the member's doc says an entity is: its name, or what it is.</summary>
    public static string Label(EntityFile entity)
    {
        var kind = SchemaCatalog.Kind(entity.Kind);
        var root = entity.Root;
        var label = kind.NameField is { } nameField && root.GetText(nameField) is { } name
            ? CSharpLiteral.Xml(name)
            : kind.Kind == RefKind.Statement
                ? Naming.WithArticle(CSharpLiteral.Xml(root.GetEnum("kind") ?? "statement"), capital: true) + " by " + CSharpLiteral.Xml((root.GetObject("speaker")?.Get("ref") as RefValue)?.Id ?? "?")
                  + (root.GetObject("said")?.Get("edtf") is EdtfValue said ? ", said " + CSharpLiteral.Xml(said.Text) : "")
                : CSharpLiteral.Xml(kind.SchemaName);
        return label;
    }

    /// <summary>The doc comment of an entity's member: its <see cref="Label"/>, its id and its file.</summary>
    public static string Describe(EncodedEntity entity)
        => entity.Label + " (<c>" + CSharpLiteral.Xml(entity.Id) + "</c>, from " + CSharpLiteral.Xml(Path.GetFileName(entity.Path)) + ").";
}
