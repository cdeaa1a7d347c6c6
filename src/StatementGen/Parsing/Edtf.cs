using System;
using StatementGen.Model;

namespace StatementGen.Parsing;

/// <summary>
/// Reads the EDTF (ISO 8601-2) level 0 and level 1 forms the corpus uses and works out the first and
/// last day each covers: <c>2024-10-28</c>, <c>2024-10</c>, <c>2024</c>, seasons <c>2024-21</c>…<c>2024-24</c>,
/// qualifiers <c>?</c> <c>~</c> <c>%</c>, unspecified digits (<c>201X</c>, <c>2024-XX</c>), and intervals
/// <c>a/b</c> whose ends may be open (<c>..</c>) or unknown (empty). Seasons are the northern
/// meteorological ones: spring March–May, summer June–August, autumn September–November, winter
/// December to the end of the next February. Years outside 1–9999 are refused.
/// </summary>
internal static class Edtf
{
    public readonly struct Result
    {
        public Result(SimpleDate? earliest, SimpleDate? latest, string? precision, string? error)
        {
            Earliest = earliest;
            Latest = latest;
            Precision = precision;
            Error = error;
        }

        public SimpleDate? Earliest { get; }

        public SimpleDate? Latest { get; }

        /// <summary>day, month, season or year for a single date; null for an interval.</summary>
        public string? Precision { get; }

        /// <summary>Why the value is not valid, or null.</summary>
        public string? Error { get; }

        public bool IsValid => Error is null;
    }

    public static Result Parse(string text)
    {
        if (text.Length == 0) return Fail("the value is empty");
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            return ParseDate(text);
        }

        if (text.IndexOf('/', slash + 1) >= 0) return Fail("an interval has exactly one '/'");
        var startText = text.Substring(0, slash);
        var endText = text.Substring(slash + 1);
        if (startText.Length == 0 && endText.Length == 0) return Fail("an interval needs at least one end");
        if (startText == ".." && endText == "..") return Fail("an interval cannot be open at both ends");

        SimpleDate? earliest = null;
        SimpleDate? latest = null;
        if (startText.Length > 0 && startText != "..")
        {
            var start = ParseDate(startText);
            if (!start.IsValid) return Fail("start: " + start.Error);
            earliest = start.Earliest;
        }

        if (endText.Length > 0 && endText != "..")
        {
            var end = ParseDate(endText);
            if (!end.IsValid) return Fail("end: " + end.Error);
            latest = end.Latest;
        }

        if (earliest is { } e && latest is { } l && e.CompareTo(l) > 0)
        {
            return Fail("the interval ends before it starts");
        }

        return new Result(earliest, latest, null, null);
    }

    private static Result ParseDate(string text)
    {
        // A trailing qualifier (uncertain '?', approximate '~', both '%') leaves the bounds as they are.
        var core = text;
        if (core.Length > 0 && (core[core.Length - 1] == '?' || core[core.Length - 1] == '~' || core[core.Length - 1] == '%'))
        {
            core = core.Substring(0, core.Length - 1);
        }

        if (core.Length > 0 && (core[0] == '-' || core[0] == 'Y'))
        {
            return Fail("years before 1 or after 9999 are not supported");
        }

        var parts = core.Split('-');
        if (parts.Length > 3) return Fail("expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-SS (season 21-24)");
        if (parts[0].Length != 4) return Fail("the year must have four digits");

        if (!TryYear(parts[0], out var firstYear, out var lastYear)) return Fail("'" + parts[0] + "' is not a year (digits, with X only at the end)");
        if (firstYear < 1) firstYear = 1;
        if (parts.Length == 1)
        {
            return new Result(new SimpleDate(firstYear, 1, 1), new SimpleDate(lastYear, 12, 31), "year", null);
        }

        var yearSpecified = firstYear == lastYear;
        var monthText = parts[1];
        if (monthText.Length != 2) return Fail("the month must have two digits");
        if (monthText == "XX")
        {
            if (parts.Length == 3 && parts[2] != "XX") return Fail("a day cannot be given when the month is unspecified");
            return new Result(new SimpleDate(firstYear, 1, 1), new SimpleDate(lastYear, 12, 31), "year", null);
        }

        if (!TryNumber(monthText, out var month)) return Fail("'" + monthText + "' is not a month");
        if (month >= 21 && month <= 24)
        {
            if (parts.Length == 3) return Fail("a season has no day");
            return Season(firstYear, lastYear, month);
        }

        if (month < 1 || month > 12) return Fail("month " + monthText + " does not exist (seasons are 21-24)");
        if (!yearSpecified && parts.Length == 3 && parts[2] != "XX") return Fail("a day cannot be given when the year is unspecified");
        if (parts.Length == 2 || parts[2] == "XX")
        {
            return new Result(new SimpleDate(firstYear, month, 1), SimpleDate.EndOfMonth(lastYear, month), "month", null);
        }

        var dayText = parts[2];
        if (dayText.Length != 2 || !TryNumber(dayText, out var day)) return Fail("'" + dayText + "' is not a day");
        if (!SimpleDate.IsValid(firstYear, month, day)) return Fail(text + " is not a day of the calendar");
        return new Result(new SimpleDate(firstYear, month, day), new SimpleDate(firstYear, month, day), "day", null);
    }

    private static Result Season(int firstYear, int lastYear, int season)
    {
        switch (season)
        {
            case 21: return new Result(new SimpleDate(firstYear, 3, 1), new SimpleDate(lastYear, 5, 31), "season", null);
            case 22: return new Result(new SimpleDate(firstYear, 6, 1), new SimpleDate(lastYear, 8, 31), "season", null);
            case 23: return new Result(new SimpleDate(firstYear, 9, 1), new SimpleDate(lastYear, 11, 30), "season", null);
            default:
                if (lastYear >= 9999) return Fail("winter of 9999 ends after the last supported year");
                return new Result(new SimpleDate(firstYear, 12, 1), SimpleDate.EndOfMonth(lastYear + 1, 2), "season", null);
        }
    }

    /// <summary>Four characters: digits, then optionally X for unspecified trailing digits (201X, 20XX).</summary>
    private static bool TryYear(string text, out int first, out int last)
    {
        first = 0;
        last = 0;
        var seenX = false;
        foreach (var c in text)
        {
            if (c == 'X')
            {
                seenX = true;
                first = first * 10;
                last = (last * 10) + 9;
            }
            else if (c >= '0' && c <= '9' && !seenX)
            {
                first = (first * 10) + (c - '0');
                last = (last * 10) + (c - '0');
            }
            else
            {
                return false;
            }
        }
        return last >= 1;
    }

    private static bool TryNumber(string text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c < '0' || c > '9') return false;
            value = (value * 10) + (c - '0');
        }
        return text.Length > 0;
    }

    private static Result Fail(string error) => new(null, null, null, error);
}
