using System.Text;
using Kata.Machinery;

namespace Kata.Tests.Support.Systematic;

/// <summary>Draws a run as text: one column per thread, one row per printed line, in the order printed.</summary>
public static class Interleaving
{
    private const int MaxWidth = 32;

    public static string Draw(IReadOnlyList<PrintedLine> lines, int? marked = null)
    {
        var threads = lines.Select(line => line.Thread).Prepend(VirtualWorld.MainThread).Distinct().ToList();
        var widths = threads.ToDictionary(
            thread => thread,
            thread => Math.Min(MaxWidth, lines.Where(line => line.Thread == thread).Select(line => line.Text.Length).Append(thread.Length).Max()));

        var picture = new StringBuilder();
        picture.AppendLine(Row(" ", "time", threads.Select(thread => thread.PadRight(widths[thread]))));
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var cells = threads.Select(thread => (thread == line.Thread ? Cut(line.Text) : "").PadRight(widths[thread]));
            picture.AppendLine(Row(i == marked ? ">" : " ", $"+{line.At.TotalSeconds:0.###}s", cells));
        }

        if (lines.Count == 0)
        {
            picture.AppendLine("  (nothing was printed)");
        }

        return picture.ToString();
    }

    private static string Row(string marker, string time, IEnumerable<string> cells) =>
        $"{marker} {time,-6} {string.Join("  ", cells)}".TrimEnd();

    private static string Cut(string text) => text.Length <= MaxWidth ? text : text[..(MaxWidth - 1)] + "…";
}
