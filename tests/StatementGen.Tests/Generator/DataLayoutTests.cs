using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using StatementGen.Emit;
using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>How the data is laid down in the compiled assembly: a handful of literal lengths, whatever the corpus.</summary>
public class DataLayoutTests
{
    /// <summary>The fixture corpus, and people enough for a full piece and a partial one.</summary>
    public static TheoryData<string> Corpora() => new() { "fixtures", "people" };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_data_literal_has_a_power_of_two_length_so_the_compiler_makes_few_array_types(string corpus)
    {
        var files = corpus == "fixtures"
            ? Fixtures.All
            : Enumerable.Range(0, 300).Select(Person).ToArray();
        var run = TestCorpus.Run(files);
        Assert.Empty(run.CompileProblems);

        // A u8 literal's array holds its bytes and a terminating zero.
        var lengths = ArrayInitSizes(run).Select(size => size - 1).ToArray();
        Assert.NotEmpty(lengths);
        Assert.All(lengths, length => Assert.True(length >= DataLayout.MinimumLiteralBytes && (length & (length - 1)) == 0,
            "a data literal of " + length.ToString(CultureInfo.InvariantCulture) + " bytes, in: " + string.Join(", ", lengths)));
        if (corpus == "people") Assert.Contains(DataLayout.PieceSize, lengths);
    }

    /// <summary>The sizes of the array types the compiler made for the literals (<c>__StaticArrayInitTypeSize=N</c> under <c>&lt;PrivateImplementationDetails&gt;</c>).</summary>
    private static int[] ArrayInitSizes(GeneratorRun run)
    {
        using var stream = new MemoryStream();
        var emitted = run.Output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        const string prefix = "__StaticArrayInitTypeSize=";
        return metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Where(type => type.GetDeclaringType() is { IsNil: false } outer && metadata.GetString(metadata.GetTypeDefinition(outer).Name) == "<PrivateImplementationDetails>")
            .Select(type => metadata.GetString(type.Name))
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name => int.Parse(name.Substring(prefix.Length), CultureInfo.InvariantCulture))
            .OrderBy(size => size)
            .ToArray();
    }

    /// <summary>A person file of its own, with aliases enough that 300 people fill more than one piece.</summary>
    private static (string Path, string Yaml) Person(int number)
    {
        var slug = "p-" + number.ToString("D5", CultureInfo.InvariantCulture);
        var n = number.ToString(CultureInfo.InvariantCulture);
        var aliases = string.Join(", ", Enumerable.Range(0, 12).Select(a => "Alias " + a.ToString(CultureInfo.InvariantCulture) + " of person number " + n));
        return ("people/" + slug + ".yaml", "schema: person/1\nid: person:" + slug + "\nname: Person " + n + "\naliases: [" + aliases + "]\n");
    }
}
