using StatementGen.Parsing;
using Xunit;

namespace StatementGen.Tests.Generator;

/// <summary>EDTF level 1 values and the days they cover.</summary>
public class EdtfTests
{
    [Theory]
    [InlineData("2024-10-28", "2024-10-28", "2024-10-28", "day")]
    [InlineData("2024-10", "2024-10-01", "2024-10-31", "month")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", "month")]
    [InlineData("2024", "2024-01-01", "2024-12-31", "year")]
    [InlineData("2024-21", "2024-03-01", "2024-05-31", "season")]
    [InlineData("2024-22", "2024-06-01", "2024-08-31", "season")]
    [InlineData("2024-23", "2024-09-01", "2024-11-30", "season")]
    [InlineData("2023-24", "2023-12-01", "2024-02-29", "season")]
    [InlineData("201X", "2010-01-01", "2019-12-31", "year")]
    [InlineData("2024-XX", "2024-01-01", "2024-12-31", "year")]
    [InlineData("2024-10-XX", "2024-10-01", "2024-10-31", "month")]
    [InlineData("2024-10-28?", "2024-10-28", "2024-10-28", "day")]
    [InlineData("2024-10~", "2024-10-01", "2024-10-31", "month")]
    [InlineData("2024%", "2024-01-01", "2024-12-31", "year")]
    [InlineData("2024-10-21/2024-10-27", "2024-10-21", "2024-10-27", null)]
    [InlineData("2024-06/2024-08", "2024-06-01", "2024-08-31", null)]
    [InlineData("../2024-10-27", null, "2024-10-27", null)]
    [InlineData("2024-10-28/..", "2024-10-28", null, null)]
    [InlineData("/2024-10-27", null, "2024-10-27", null)]
    [InlineData("2024-10-28/", "2024-10-28", null, null)]
    public void Valid_values_cover_the_expected_days(string edtf, string? earliest, string? latest, string? precision)
    {
        var result = Edtf.Parse(edtf);
        Assert.True(result.IsValid, result.Error);
        Assert.Equal(earliest, result.Earliest?.ToString());
        Assert.Equal(latest, result.Latest?.ToString());
        Assert.Equal(precision, result.Precision);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024-1-5")]
    [InlineData("2024-00")]
    [InlineData("2024-25")]
    [InlineData("2024-21-01")]
    [InlineData("2024-02-30")]
    [InlineData("X024")]
    [InlineData("20X4")]
    [InlineData("-0044")]
    [InlineData("Y170000")]
    [InlineData("0000")]
    [InlineData("../..")]
    [InlineData("/")]
    [InlineData("2024/2023")]
    [InlineData("2024-10-28/2024-10-29/2024-10-30")]
    [InlineData("2024-10-28T10:00")]
    [InlineData("last week")]
    public void Invalid_values_are_refused_with_a_reason(string edtf)
    {
        var result = Edtf.Parse(edtf);
        Assert.False(result.IsValid);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }
}
