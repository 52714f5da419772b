using System.Globalization;
using System.Text.RegularExpressions;

namespace Kata.Classroom;

/// <summary>Deadlines and commit times as the learners file and the gradebook write them, and how late a commit came.</summary>
public static partial class Times
{
    public const string Example = "2026-12-01T23:59:00+09:00";

    /// <summary>
    /// A time written with its offset from UTC. One without an offset is refused: it would mean another moment on
    /// a machine in another time zone, and GitHub's runners keep UTC.
    /// </summary>
    /// <param name="shown">How the text appeared (<c>--deadline x</c>, <c>deadline=x</c>), for the message.</param>
    public static DateTimeOffset Parse(string text, string shown)
    {
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw new FormatException($"{shown} is not a time such as {Example}.");
        }

        return Offset().IsMatch(text) ? time
            : throw new FormatException($"{shown} has no offset from UTC: write it as {Example} (Z for UTC), so that it is the same moment on every machine.");
    }

    /// <summary>A time as the gradebook writes it (ISO 8601 with its own offset), "" for none.</summary>
    public static string Text(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) ?? "";

    /// <summary>How long after the deadline the commit came: zero for one before it, none when either is unknown.</summary>
    public static TimeSpan? Late(DateTimeOffset? committed, DateTimeOffset? deadline) =>
        committed is { } time && deadline is { } due ? (time > due ? time - due : TimeSpan.Zero) : null;

    /// <summary>Hours, minutes and seconds (<c>26:30:00</c>): the form spreadsheets read as a duration. "" for none.</summary>
    public static string Text(TimeSpan? duration) => duration is { } span
        ? string.Create(CultureInfo.InvariantCulture, $"{(long)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}")
        : "";

    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex Offset();
}
