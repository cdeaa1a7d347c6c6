using StatementGen.Tests.Infrastructure;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>
/// A reference that still holds a "TODO:" placeholder (a draft whose speaker is not yet known) is
/// unfinished work, as a placeholder in text is: warning STMT0072 at the value, no error, and the
/// file compiles with the reference left empty (a required one) or absent (an optional one).
/// </summary>
public class PlaceholderReferenceTests
{
    private const string Speaker = "speaker: {ref: person:ada-example, on_behalf_of: org:example-ministry, role: spokesperson, identification: named}";

    private static (string Path, string Yaml)[] Corpus(string speaker) =>
        Fixtures.With("statements/2024/2024-05-01-ada-crowd-2000.yaml", Fixtures.StatementEarly.Replace(Speaker, speaker, StringComparison.Ordinal));

    [Fact]
    public void A_placeholder_speaker_warns_at_the_value_and_the_statement_still_compiles()
    {
        var run = TestCorpus.Run(Corpus("speaker: {ref: \"TODO: who said it\", on_behalf_of: \"TODO: for whom\", role: spokesperson, identification: named}"), """
            using StatementGen.Generated;
            public static class Probe
            {
                public static string Read()
                {
                    var statement = Statements.Named._2024_05_01_AdaCrowd_2000;
                    return string.Join("|", "[" + statement.Speaker.Ref.Value + "]", statement.Speaker.OnBehalfOf is null, statement.Speaker.Role,
                        statement.Renderings[0].Excerpt, statement.Claims[0].Text, Statements.BySpeaker(statement.Speaker.Ref).Count);
                }
            }
            """);

        Assert.Equal(["STMT0072", "STMT0072"], run.Ids);
        var messages = run.Diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal("'speaker.ref' still holds the placeholder 'TODO: who said it'; replace it with the real value", messages[0]);
        Assert.Equal("'speaker.on_behalf_of' still holds the placeholder 'TODO: for whom'; replace it with the real value", messages[1]);
        Assert.Empty(run.CompileProblems);
        var read = run.Load(assembly => (string)assembly.GetType("Probe")!.GetMethod("Read")!.Invoke(null, null)!);
        Assert.Equal("[]|True|spokesperson|The ministry said at least 2,000 people came.|At least 2,000 people attended.|1", read);
    }

    [Theory]
    [InlineData("\"todo: who said it\"")]
    [InlineData("\"who said it (TODO: check)\"")]
    [InlineData("\"person: TODO\"")]
    public void Only_the_placeholder_form_is_excused_anything_else_is_still_a_bad_reference(string value)
    {
        var run = TestCorpus.Run(Corpus("speaker: {ref: " + value + ", identification: named}"));
        Assert.Equal(["STMT0015"], run.Ids);
    }
}
