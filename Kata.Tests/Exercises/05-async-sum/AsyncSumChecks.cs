using System.Globalization;
using System.Numerics;
using Kata.Machinery;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;
using Kata.Text;

namespace Kata.Tests.Exercises;

/// <summary>
/// What must hold in every order of the three sums as tasks. The specs and the mistake zoo both use these
/// checks, so the zoo proves what the specs catch.
/// </summary>
internal static class AsyncSumChecks
{
    /// <summary>The checks in the order of the points table, each with the spec that runs it.</summary>
    /// <remarks>Each with the lesson section its spec links.</remarks>
    public static IReadOnlyList<(string Spec, Action<Observation> Check, string Section)> InSpecOrder { get; } =
    [
        ("Three_at_once_each_tasks_lines_are_in_order_with_the_right_totals", EachTasksLinesAreInOrder, "when-all"),
        ("Three_at_once_print_total_105_then_Done_last", TotalThenDoneLast, "mistakes"),
        ("Three_at_once_take_5_seconds_not_14", FiveSeconds, "when-all"),
    ];

    /// <summary>The three sums' lines, each task's in its own order, whatever the order between tasks.</summary>
    public static void EachTasksLinesAreInOrder(Observation seen)
    {
        foreach (var (task, _, _, expected) in Notebook.Sums)
        {
            Expectation.That(seen.Lines.Select(line => line.Text).Where(text => ThreadChecks.Owner(text) == task), Prints.Exactly(expected),
                Language.Format(AsyncSumMessages.ThreeOwnLines, task));
        }
    }

    /// <summary>The program's own two lines come after every sum's: the tasks were awaited, all of them, by the program.</summary>
    public static void TotalThenDoneLast(Observation seen)
    {
        var loop = seen.Loop ?? new LoopReport(0, 0, 0);
        Expectation.That(loop.AsyncVoids == 0, Language.Format(AsyncSumMessages.ThreeAsyncVoid, loop.AsyncVoids));
        var lines = seen.Lines.ToList();
        var done = lines.FindIndex(line => line.Text == "Done!");
        Expectation.That(loop.PendingWhenProgramEnded == 0,
            Language.Format(AsyncSumMessages.ThreeNeverAwaited, loop.PendingWhenProgramEnded, done >= 0 && done < lines.Count - 1 ? lines[^1].Text : "…"),
            done >= 0 ? done : null);
        var printed = lines.FindIndex(line => line.Text.StartsWith(TotalPrefix, StringComparison.Ordinal));
        var left = printed >= 0 && BigInteger.TryParse(lines[printed].Text[TotalPrefix.Length..], CultureInfo.InvariantCulture, out var total)
            ? LeftOut(total)
            : [];
        Expectation.That(left.Count == 0,
            Language.Format(AsyncSumMessages.ThreeTotalLeavesOut, printed >= 0 ? lines[printed].Text : "", string.Join(", ", left.Select(task => $"{task} ({Totals[task]})"))),
            printed >= 0 ? printed : null);
        Expectation.That(lines.Skip(Math.Max(lines.Count - 2, 0)).Select(line => line.Text), Prints.Exactly($"{TotalPrefix}{Notebook.GrandTotal}", "Done!"),
            AsyncSumMessages.ThreeTotalThenDone);
    }

    private const string TotalPrefix = "total = ";

    /// <summary>Each sum's total: the total of its last line.</summary>
    private static readonly IReadOnlyDictionary<string, BigInteger> Totals =
        Notebook.Sums.ToDictionary(sum => sum.Name, sum => ThreadChecks.Step(sum.Lines[^1])!.Total);

    /// <summary>The tasks whose totals a printed total below the grand total leaves out, when some set of them explains it exactly.</summary>
    private static List<string> LeftOut(BigInteger total)
    {
        var names = Totals.Keys.ToList();
        for (var set = 1; set < 1 << names.Count; set++)
        {
            var missing = names.Where((_, index) => (set & (1 << index)) != 0).ToList();
            if (total + missing.Aggregate(BigInteger.Zero, (sum, task) => sum + Totals[task]) == Notebook.GrandTotal)
            {
                return missing;
            }
        }

        return [];
    }

    public static void FiveSeconds(Observation seen) =>
        Expectation.That(seen.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(5)),
            (seen.Elapsed == TimeSpan.FromSeconds(14) ? AsyncSumMessages.ThreeOneAfterAnother : AsyncSumMessages.ThreeFiveSeconds) + ThreadChecks.NoVirtualTime(seen),
            section: seen.Elapsed == TimeSpan.FromSeconds(14) ? "mistakes" : null);
}
