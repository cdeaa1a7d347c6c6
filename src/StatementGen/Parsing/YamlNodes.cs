using System.Collections.Generic;
using StatementGen.Model;

namespace StatementGen.Parsing;

/// <summary>A YAML node with the span of text it came from.</summary>
internal abstract class YNode
{
    protected YNode(LocationInfo location) => Location = location;

    public LocationInfo Location { get; }

    /// <summary>How a curator would name this kind of node in a message.</summary>
    public abstract string Describe();
}

internal sealed class YScalar : YNode
{
    public YScalar(string value, bool plain, LocationInfo location) : base(location)
    {
        Value = value;
        Plain = plain;
    }

    public string Value { get; }

    /// <summary>Written without quotes or block indicators, so YAML's core schema types apply (null, bool, numbers).</summary>
    public bool Plain { get; }

    public bool IsNull => Plain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    /// <summary>The most characters of a value quoted when describing it: a file that is not a corpus file may hold anything.</summary>
    public const int DescribedLength = 40;

    public override string Describe() => IsNull ? "null" : "the text '" + DiagnosticInfo.Excerpt(Value, DescribedLength) + "'";
}

/// <summary>One key of a mapping, its text and where it is written, with its value. A key is always a scalar, so it is no node of its own.</summary>
internal readonly struct YEntry
{
    public YEntry(string key, LocationInfo keyLocation, YNode value)
    {
        Key = key;
        KeyLocation = keyLocation;
        Value = value;
    }

    public string Key { get; }

    public LocationInfo KeyLocation { get; }

    public YNode Value { get; }
}

internal sealed class YMapping : YNode
{
    public YMapping(IReadOnlyList<YEntry> entries, LocationInfo location) : base(location) => Entries = entries;

    public IReadOnlyList<YEntry> Entries { get; }

    /// <summary>Whether the mapping has the key <paramref name="key"/> (a loop, not a query: the reader asks it for every required field of every object).</summary>
    public bool Has(string key)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].Key == key) return true;
        }
        return false;
    }

    public override string Describe() => "a mapping";
}

internal sealed class YSequence : YNode
{
    public YSequence(IReadOnlyList<YNode> items, LocationInfo location) : base(location) => Items = items;

    public IReadOnlyList<YNode> Items { get; }

    public override string Describe() => "a list";
}
