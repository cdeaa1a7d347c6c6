using System.IO;
using StatementGen.Model;
using StatementGen.Schema;

namespace StatementGen.Emit;

/// <summary>The doc text of an entity's named member, written once per file when it is laid down as data.</summary>
internal static class MemberDoc
{
    /// <summary>The doc comment of an entity's member: its name or what it is, its id and its file.</summary>
    public static string Describe(EntityFile entity)
    {
        var kind = SchemaCatalog.Kind(entity.Kind);
        var root = entity.Root;
        var label = kind.NameField is { } nameField && root.GetText(nameField) is { } name
            ? CSharpLiteral.Xml(name)
            : kind.Kind == RefKind.Statement
                ? Naming.WithArticle(CSharpLiteral.Xml(root.GetEnum("kind") ?? "statement"), capital: true) + " by " + CSharpLiteral.Xml((root.GetObject("speaker")?.Get("ref") as RefValue)?.Id ?? "?")
                  + (root.GetObject("said")?.Get("edtf") is EdtfValue said ? ", said " + CSharpLiteral.Xml(said.Text) : "")
                : CSharpLiteral.Xml(kind.SchemaName);
        var file = Path.GetFileName(entity.IdLocation.Path);
        return label + " (<c>" + CSharpLiteral.Xml(entity.Id) + "</c>, from " + CSharpLiteral.Xml(file) + ").";
    }
}
