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

    /// <summary>Reads <paramref name="text"/> in place: the reader parses every date of every file, and only a message copies a part of it.</summary>
    public static Result Parse(string text)
    {
        if (text.Length == 0) return Fail("the value is empty");
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            return ParseDate(text, 0, text.Length);
        }

        if (text.IndexOf('/', slash + 1) >= 0) return Fail("an interval has exactly one '/'");
        var startLength = slash;
        var endLength = text.Length - slash - 1;
        if (startLength == 0 && endLength == 0) return Fail("an interval needs at least one end");
        var openStart = IsOpen(text, 0, slash);
        var openEnd = IsOpen(text, slash + 1, text.Length);
        if (openStart && openEnd) return Fail("an interval cannot be open at both ends");

        SimpleDate? earliest = null;
        SimpleDate? latest = null;
        if (startLength > 0 && !openStart)
        {
            var start = ParseDate(text, 0, slash);
            if (!start.IsValid) return Fail("start: " + start.Error);
            earliest = start.Earliest;
        }

        if (endLength > 0 && !openEnd)
        {
            var end = ParseDate(text, slash + 1, text.Length);
            if (!end.IsValid) return Fail("end: " + end.Error);
            latest = end.Latest;
        }

        if (earliest is { } e && latest is { } l && e.CompareTo(l) > 0)
        {
            return Fail("the interval ends before it starts");
        }

        return new Result(earliest, latest, null, null);
    }

    /// <summary>Whether the characters from <paramref name="start"/> up to <paramref name="end"/> are <c>..</c>, an open end.</summary>
    private static bool IsOpen(string text, int start, int end) => end - start == 2 && text[start] == '.' && text[start + 1] == '.';

    /// <summary>Whether the characters from <paramref name="start"/> up to <paramref name="end"/> are <c>XX</c>, unspecified digits.</summary>
    private static bool IsUnspecified(string text, int start, int end) => end - start == 2 && text[start] == 'X' && text[start + 1] == 'X';

    /// <summary>One date, the characters of <paramref name="text"/> from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private static Result ParseDate(string text, int from, int to)
    {
        // A trailing qualifier (uncertain '?', approximate '~', both '%') leaves the bounds as they are.
        var end = to;
        if (end > from && (text[end - 1] == '?' || text[end - 1] == '~' || text[end - 1] == '%'))
        {
            end--;
        }

        if (end > from && (text[from] == '-' || text[from] == 'Y'))
        {
            return Fail("years before 1 or after 9999 are not supported");
        }

        // The parts between '-': the year, then the month or season, then the day.
        var firstDash = text.IndexOf('-', from, end - from);
        var secondDash = firstDash < 0 ? -1 : text.IndexOf('-', firstDash + 1, end - firstDash - 1);
        if (secondDash >= 0 && text.IndexOf('-', secondDash + 1, end - secondDash - 1) >= 0)
        {
            return Fail("expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-SS (season 21-24)");
        }

        var parts = firstDash < 0 ? 1 : secondDash < 0 ? 2 : 3;
        var yearEnd = firstDash < 0 ? end : firstDash;
        if (yearEnd - from != 4) return Fail("the year must have four digits");

        if (!TryYear(text, from, yearEnd, out var firstYear, out var lastYear)) return Fail("'" + text.Substring(from, 4) + "' is not a year (digits, with X only at the end)");
        if (firstYear < 1) firstYear = 1;
        if (parts == 1)
        {
            return new Result(new SimpleDate(firstYear, 1, 1), new SimpleDate(lastYear, 12, 31), "year", null);
        }

        var yearSpecified = firstYear == lastYear;
        var monthStart = firstDash + 1;
        var monthEnd = parts == 3 ? secondDash : end;
        var dayStart = secondDash + 1;
        var dayUnspecified = parts == 3 && IsUnspecified(text, dayStart, end);
        if (monthEnd - monthStart != 2) return Fail("the month must have two digits");
        if (IsUnspecified(text, monthStart, monthEnd))
        {
            if (parts == 3 && !dayUnspecified) return Fail("a day cannot be given when the month is unspecified");
            return new Result(new SimpleDate(firstYear, 1, 1), new SimpleDate(lastYear, 12, 31), "year", null);
        }

        if (!TryNumber(text, monthStart, monthEnd, out var month)) return Fail("'" + text.Substring(monthStart, 2) + "' is not a month");
        if (month >= 21 && month <= 24)
        {
            if (parts == 3) return Fail("a season has no day");
            return Season(firstYear, lastYear, month);
        }

        if (month < 1 || month > 12) return Fail("month " + text.Substring(monthStart, 2) + " does not exist (seasons are 21-24)");
        if (!yearSpecified && parts == 3 && !dayUnspecified) return Fail("a day cannot be given when the year is unspecified");
        if (parts == 2 || dayUnspecified)
        {
            return new Result(new SimpleDate(firstYear, month, 1), SimpleDate.EndOfMonth(lastYear, month), "month", null);
        }

        if (end - dayStart != 2 || !TryNumber(text, dayStart, end, out var day)) return Fail("'" + text.Substring(dayStart, end - dayStart) + "' is not a day");
        if (!SimpleDate.IsValid(firstYear, month, day)) return Fail(text.Substring(from, to - from) + " is not a day of the calendar");
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
    private static bool TryYear(string text, int from, int to, out int first, out int last)
    {
        first = 0;
        last = 0;
        var seenX = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
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

    /// <summary>The number written in ASCII digits from <paramref name="from"/> up to <paramref name="to"/>, read in place; false for no digits or any other character.</summary>
    public static bool TryNumber(string text, int from, int to, out int value)
    {
        value = 0;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9') return false;
            value = (value * 10) + (c - '0');
        }
        return to > from;
    }

    private static Result Fail(string error) => new(null, null, null, error);
}
