using System.Globalization;
using StatementGen.Emit;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>
/// The hash that lays out the id tables at compile time and probes them at run time: its two routes
/// (words read in place, words made from units) agree, and ids that differ little still spread.
/// </summary>
public class CorpusHashTests
{
    [Fact]
    public void The_words_read_in_place_give_the_hash_the_units_give_at_every_length()
    {
        var random = new Random(14);
        for (var length = 0; length <= 40; length++)
        {
            for (var sample = 0; sample < 50; sample++)
            {
                var units = new char[length];
                for (var i = 0; i < length; i++)
                {
                    // ASCII mostly, then any unit at all (lone surrogates included).
                    units[i] = sample % 3 == 0 ? (char)random.Next(0, 0x10000) : (char)random.Next(0x20, 0x7F);
                }

                var text = new string(units);
                Assert.Equal(CorpusHash.OfUnits(text), CorpusHash.OfWords(text));
            }
        }
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void Ids_that_differ_only_in_a_few_units_fill_a_table_of_twice_their_number_with_short_probes(int count)
    {
        // Ids as a corpus has them: one long shared prefix, a date and a counter.
        var ids = Enumerable.Range(0, count)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"stmt:{new DateOnly(2020, 1, 1).AddDays(i / 10):yyyy-MM-dd}-briefing-{i}"))
            .ToArray();
        var slots = 1;
        while (slots < count * 2) slots *= 2;
        var taken = new bool[slots];
        long probes = 0;
        foreach (var id in ids)
        {
            var slot = (int)(CorpusHash.Of(id) & (uint)(slots - 1));
            probes++;
            while (taken[slot])
            {
                slot = (slot + 1) & (slots - 1);
                probes++;
            }

            taken[slot] = true;
        }

        // A uniform hash at this load (under one half) averages about 1.5 probes per insertion; a hash
        // whose low bits ignore some units piles ids up and averages far more.
        Assert.InRange((double)probes / count, 1.0, 2.0);
    }
}
