using System.Text;
using Kata.Machinery;
using Kata.Text;

namespace Kata.Tests.Support.Systematic;

/// <summary>
/// Draws a run as text: one column per thread, one row per printed line, in the order printed. A field that two or
/// more threads wrote gets a row for each of its reads and writes, with the value read or written, as Lincheck shows
/// <c>counter ➜ 0</c>: where two threads read the same total before either wrote it, the picture says so.
/// </summary>
internal static class Interleaving
{
    private const int MaxWidth = 32;

    /// <summary>Rows drawn after the marked one before the rest is left out, unless the picture is drawn whole.</summary>
    public const int AfterMark = 3;

    /// <summary>Rows drawn at the end of a cut picture: how the run ended (exercise 04's total read and printed).</summary>
    public const int Ending = 2;

    /// <param name="whole">
    /// Every row; else the rows after <see cref="AfterMark"/> past the marked one are left out but the last <see cref="Ending"/>,
    /// and a row says how many: the first failure in full, the rest short. A replay (one interleaving) draws it whole.
    /// </param>
    public static string Draw(IReadOnlyList<WorldEvent> events, int? markedLine, SharedAccess? markedAccess, bool whole = true)
    {
        var contended = Contended(events);
        var rows = new List<(WorldEvent Event, string Text, bool Marked)>();
        var line = 0;
        foreach (var happened in events)
        {
            switch (happened)
            {
                case PrintedLine printed:
                    rows.Add((printed, printed.Text, line++ == markedLine));
                    break;
                case SharedAccess access when contended.Contains((access.Field, access.Owner)):
                    rows.Add((access, Describe(access), access == markedAccess));
                    break;
            }
        }

        var threads = rows.Select(row => row.Event.Thread).Prepend(VirtualWorld.MainThread).Distinct().ToList();
        var widths = threads.ToDictionary(
            thread => thread,
            thread => rows.Where(row => row.Event.Thread == thread).Select(row => DisplayWidth.Of(Cut(row.Text))).Append(DisplayWidth.Of(thread)).Max());

        var picture = new StringBuilder();
        picture.AppendLine(Row(" ", SpecMessages.PictureTime, threads.Select(thread => DisplayWidth.Pad(thread, widths[thread]))));
        var markedAt = rows.FindIndex(row => row.Marked);
        var shown = markedAt + 1 + AfterMark;
        var leftOut = whole || markedAt < 0 ? 0 : rows.Count - shown - Ending;
        for (var at = 0; at < rows.Count; at++)
        {
            if (leftOut > 1 && at == shown)
            {
                picture.AppendLine("  " + Language.Format(SpecMessages.PictureRowsLeftOut, leftOut));
                at += leftOut - 1;
                continue;
            }

            var (happened, text, marked) = rows[at];
            var cells = threads.Select(thread => DisplayWidth.Pad(thread == happened.Thread ? Cut(text) : "", widths[thread]));
            picture.AppendLine(Row(marked ? ">" : " ", $"+{happened.At.TotalSeconds:0.###}s", cells));
        }

        if (line == 0)
        {
            picture.AppendLine("  " + SpecMessages.PictureNothingPrinted);
        }

        return picture.ToString();
    }

    /// <summary>"reads total (10)", "writes total (21)", "Interlocked.Add total ➜ 21".</summary>
    public static string Describe(SharedAccess access) => access switch
    {
        { Operation: { } operation } => Language.Format(SpecMessages.AccessAtomic, access.Name, access.Value, operation),
        { Kind: AccessKind.Read } => Language.Format(SpecMessages.AccessRead, access.Name, access.Value),
        _ => Language.Format(SpecMessages.AccessWrite, access.Name, access.Value),
    };

    /// <summary>The fields (of one object, or static) that two or more threads wrote: those whose accesses the picture shows.</summary>
    private static HashSet<(string Field, int Owner)> Contended(IReadOnlyList<WorldEvent> events) =>
    [
        .. events.OfType<SharedAccess>().Where(access => !access.Reads)
            .GroupBy(access => (access.Field, access.Owner))
            .Where(writes => writes.Select(access => access.Thread).Distinct().Skip(1).Any())
            .Select(writes => writes.Key),
    ];

    private static string Row(string marker, string time, IEnumerable<string> cells) =>
        $"{marker} {DisplayWidth.Pad(time, 6)} {string.Join("  ", cells)}".TrimEnd();

    private static string Cut(string text) => text.Length <= MaxWidth ? text : text[..(MaxWidth - 1)] + "…";
}
