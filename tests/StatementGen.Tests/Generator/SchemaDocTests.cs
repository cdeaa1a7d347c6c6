using System.Text.RegularExpressions;
using StatementGen.Tests.Infrastructure;
using Xunit;
using StatementGen.Schema;

namespace StatementGen.Tests.Generator;

/// <summary>
/// docs/schema.md against the schema catalogue: each record type has its table, and each table lists
/// exactly the type's keys, required exactly where the catalogue requires them. (A kind's
/// <c>schema</c> and <c>id</c>, which every file opens with, are left out of its table, as the page says.)
/// </summary>
public class SchemaDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(Paths.Repository, "docs", "schema.md"));

    /// <summary>
    /// Each table whose header reads "| Name … | type | required | meaning |": its name, and its rows as
    /// key and whether required ("yes", or "yes, …"; "yes when …" is a rule of its own, not a required
    /// key). A row may name two keys that share a line: "`subject` / `object`".
    /// </summary>
    private static Dictionary<string, (string Key, bool Required)[]> Tables()
    {
        var tables = new Dictionary<string, (string Key, bool Required)[]>(StringComparer.Ordinal);
        var lines = Doc.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var header = Regex.Match(lines[i], @"^\| ([A-Za-z]+)[^|]* \| type \| required \| meaning \|$");
            if (!header.Success) continue;
            var rows = new List<(string, bool)>();
            for (var j = i + 2; j < lines.Length && lines[j].StartsWith('|'); j++)
            {
                var cells = lines[j].Split('|').Select(c => c.Trim()).ToArray();
                var required = cells[3] == "yes" || cells[3].StartsWith("yes,", StringComparison.Ordinal);
                foreach (var key in cells[1].Split(" / ")) rows.Add((key.Trim('`'), required));
            }
            tables.Add(header.Groups[1].Value, rows.ToArray());
        }
        return tables;
    }

    public static TheoryData<string> TypeNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in SchemaCatalog.Types) data.Add(type.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Each_type_has_a_table_of_exactly_its_keys_and_required_flags(string typeName)
    {
        var type = SchemaCatalog.Type(typeName);
        var isKind = SchemaCatalog.Kinds.Any(k => k.TypeName == typeName);
        var expected = type.Fields.Where(f => !isKind || f.Key is not ("schema" or "id")).Select(f => (f.Key, f.Required)).ToArray();
        Assert.True(Tables().TryGetValue(typeName, out var documented), "docs/schema.md has no table for " + typeName);
        Assert.Equal(expected.OrderBy(f => f.Key, StringComparer.Ordinal), documented!.OrderBy(f => f.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_table_is_a_type_of_the_catalogue()
        => Assert.All(Tables().Keys, name => Assert.Contains(SchemaCatalog.Types, t => t.Name == name));
}
