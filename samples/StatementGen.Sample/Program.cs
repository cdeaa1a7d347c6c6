using System.Globalization;
using StatementGen.Generated;

// The corpus is compiled into this program: every query below runs on generated records, with no
// YAML parsed and no file read at run time.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

Console.WriteLine("Every estimate of North Korean troop numbers, in the order said");
Console.WriteLine();
Console.WriteLine($"{"said",-22}  {"who (on whose behalf)",-56}  {"how many",-24}  {"where",-28}  how sure");
foreach (var claim in Claims.Estimates("dprk-troops-russia"))
{
    var statement = claim.Statement;
    var speaker = statement.Speaker;
    var attributed = statement.Renderings[0].AttributedAs;
    var who = speaker.OnBehalfOf is { } behalf
        ? $"{Corpus.DisplayName(speaker.Ref)} ({Corpus.DisplayName(behalf)})"
        : $"{attributed} ({Corpus.DisplayName(speaker.Ref)})";
    var where = string.Join(", ", claim.Where.Select(p => p.AsStated ?? Corpus.DisplayName(p.Ref)));
    Console.WriteLine($"{statement.Said.Edtf,-22}  {who,-56}  {Format.Quantity(claim.Quantity!),-24}  {where,-28}  {Format.Stance(claim.Stance)}");
}

Console.WriteLine();
Console.WriteLine("Which estimate updates which");
foreach (var relation in RelationGraph.All.Where(r => r.Type == RelationType.UpdatesEstimate))
{
    var newer = Claims.Get(new ClaimId(relation.Origin.Value));
    var older = Claims.Get(new ClaimId(relation.To.Value));
    var direction = relation.Direction is { } d ? d.ToYaml() : "change";
    Console.WriteLine($"  {Format.Quantity(newer.Quantity!)} ({newer.Statement.Said.Edtf}) updates {Format.Quantity(older.Quantity!)} ({older.Statement.Said.Edtf}): {direction}");
    if (relation.Note is { } note) Console.WriteLine($"    note: {note}");
}

var latest = Claims.LatestEstimate("troops_deployed");
Console.WriteLine();
Console.WriteLine($"Latest estimate of troops_deployed: {(latest is null ? "none" : $"{Format.Quantity(latest.Quantity!)}, {Corpus.DisplayName(latest.Statement.Speaker.Ref)}, {latest.Statement.Said.Edtf}")}");

Console.WriteLine();
Console.WriteLine($"Everything {People.Named.SabrinaSingh.Name} said");
foreach (var statement in Statements.BySpeaker(People.Named.SabrinaSingh.Id))
{
    Console.WriteLine($"  {statement.Said.Edtf}  {statement.Kind.ToYaml(),-16} {statement.Claims[0].Text}");
}

var from = new DateOnly(2024, 10, 21);
var to = new DateOnly(2024, 10, 27);
Console.WriteLine();
Console.WriteLine($"Statements that may have been made {from:yyyy-MM-dd}..{to:yyyy-MM-dd}");
foreach (var statement in Statements.Between(from, to))
{
    Console.WriteLine($"  {statement.Said.Edtf,-22}  {Corpus.DisplayName(statement.Speaker.Ref),-20}  {statement.Kind.ToYaml()}");
}

Console.WriteLine();
Console.WriteLine("The relation graph");
foreach (var relation in RelationGraph.All)
{
    Console.WriteLine($"  {relation.Origin.Value} --{relation.Type.ToYaml()}--> {relation.To.Value}");
}

/// <summary>How the sample prints quantities and stances.</summary>
internal static class Format
{
    /// <summary>≈10,000 soldiers, ≥3,000 soldiers, unspecified (withheld).</summary>
    public static string Quantity(Quantity quantity)
    {
        if (quantity.Value is not { } value)
        {
            return quantity.Disclosed ? "unspecified" : "unspecified, withheld";
        }

        var sign = quantity.Qualifier switch
        {
            QuantityQualifier.Approximate => "≈",
            QuantityQualifier.AtLeast => "≥",
            QuantityQualifier.MoreThan => ">",
            QuantityQualifier.AtMost or QuantityQualifier.UpTo => "≤",
            QuantityQualifier.FewerThan => "<",
            _ => "",
        };
        var number = quantity.Qualifier == QuantityQualifier.Range ? $"{value:N0}–{quantity.High:N0}" : $"{value:N0}";
        return $"{sign}{number} {quantity.Unit}s";
    }

    /// <summary>certain (confirm), probable "We believe" [likely 55–80%].</summary>
    public static string Stance(Stance stance)
    {
        var text = stance.Certainty.ToYaml();
        if (stance.Evidential is { } evidential) text += $" ({evidential.ToYaml()})";
        if (stance.Cues.Count > 0) text += " " + string.Join(", ", stance.Cues.Select(c => $"“{c}”"));
        if (stance.Icd203 is { } band) text += $" [{band.ToYaml()} {band.Range().Low:P0}–{band.Range().High:P0}]";
        return text;
    }
}
