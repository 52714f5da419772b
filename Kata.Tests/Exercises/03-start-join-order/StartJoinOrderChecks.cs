using Kata.Machinery;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;
using Kata.Text;

namespace Kata.Tests.Exercises;

/// <summary>
/// What must hold in every interleaving of the notebook's last cell. The specs and the mistake zoo
/// both use these checks, so the zoo proves what the specs catch.
/// </summary>
internal static class StartJoinOrderChecks
{
    /// <summary>The checks in the order of the points table, each with the spec that runs it: what the learner sees first comes first.</summary>
    /// <remarks>Each with the lesson section its spec links (a failure that names its own, such as a deadlock, links that one).</remarks>
    public static IReadOnlyList<(string Spec, Action<Observation> Check, string Section)> InSpecOrder { get; } =
    [
        ("Each_threads_lines_are_in_order_with_the_right_totals", EachThreadsLinesAreInOrder, "start-join"),
        ("The_sums_are_printed_by_their_threads_not_by_main", ThreadChecks.SumLinesArePrintedByTheirThreads, "start-join"),
        ("All_three_threads_start_before_the_first_join", AllThreadsStartBeforeTheFirstJoin, "start-join"),
        ("Finish_of_each_thread_comes_after_every_line_of_it", FinishComesAfterEveryLineOfItsThread, "start-join"),
        ("Done_is_printed_last", DoneIsPrintedLast, "start-join"),
        ("Starts_and_finishes_carry_the_notebooks_timestamps", StartsAndFinishesCarryTheNotebooksTimestamps, "timestamps"),
        ("The_whole_run_takes_5_seconds_not_14", TheWholeRunTakesFiveSeconds, "five-seconds"),
    ];

    public static void EachThreadsLinesAreInOrder(Observation seen)
    {
        // A thread's lines printed by another thread (Run() called instead of Start()) is the cause to name first.
        ThreadChecks.SumLinesArePrintedByTheirThreads(seen);
        foreach (var (thread, _, _, expected) in Notebook.Sums)
        {
            // Not joined, a thread may still run when the program ends: its lines would look cut short for no visible reason.
            Expectation.That(!seen.NeverJoined.Contains(thread), Language.Format(StartJoinOrderMessages.OrderStillRunning, thread,
                seen.Lines.Count(line => line.Thread == thread), expected.Count, thread.ToLowerInvariant()));
            Expectation.That(seen.Lines.Where(line => line.Thread == thread).Select(line => line.Text), Prints.Exactly(expected),
                Language.Format(StartJoinOrderMessages.OrderOwnLines, thread));
        }
    }

    public static void AllThreadsStartBeforeTheFirstJoin(Observation seen)
    {
        var main = MainLines(seen);
        var firstFinish = main.FindIndex(line => line.Text.StartsWith("finish:", StringComparison.Ordinal));
        var lastStart = main.FindLastIndex(line => line.Text.StartsWith("start:", StringComparison.Ordinal));
        Expectation.That(main.Count(line => line.Text.StartsWith("start:", StringComparison.Ordinal)) == 3,
            Language.Format(StartJoinOrderMessages.OrderThreeStarts, Show(main)));
        Expectation.That(firstFinish < 0 || lastStart < firstFinish,
            Language.Format(StartJoinOrderMessages.OrderStartsBeforeJoin, main[Math.Max(firstFinish, 0)].Text, main[lastStart].Text),
            firstFinish < 0 ? null : seen.Lines.ToList().IndexOf(main[firstFinish]));
    }

    public static void FinishComesAfterEveryLineOfItsThread(Observation seen)
    {
        var lines = seen.Lines.ToList();
        foreach (var thread in Notebook.Sums.Select(sum => sum.Name))
        {
            var finish = lines.FindIndex(line => line.Thread == VirtualWorld.MainThread && line.Text.StartsWith($"finish:[{thread.ToLowerInvariant()}]", StringComparison.Ordinal));
            Expectation.That(finish >= 0, Language.Format(StartJoinOrderMessages.OrderFinishNeverPrinted, $"finish:[{thread.ToLowerInvariant()}]"));
            Expectation.That(!seen.NeverJoined.Contains(thread),
                Language.Format(StartJoinOrderMessages.OrderNeverJoined, lines[finish].Text, thread, thread.ToLowerInvariant()), finish);
            var last = lines.FindLastIndex(line => line.Thread == thread);
            Expectation.That(last >= 0 && last < finish,
                Language.Format(StartJoinOrderMessages.OrderFinishBeforeEnd, lines[finish].Text, thread,
                    last >= 0 ? Language.Format(StartJoinOrderMessages.OrderLineCameAfter, lines[last].Text) : StartJoinOrderMessages.OrderThreadPrintedNothing, thread.ToLowerInvariant()),
                last >= 0 ? last : finish);
        }
    }

    public static void DoneIsPrintedLast(Observation seen)
    {
        var lines = seen.Lines;
        var done = lines.ToList().FindIndex(line => line.Text == "Done!");
        Expectation.That(done >= 0 && done == lines.Count - 1,
            done < 0 ? StartJoinOrderMessages.OrderDoneNeverPrinted : Language.Format(StartJoinOrderMessages.OrderDoneBefore, lines[^1].Text),
            done < 0 ? null : done);
    }

    public static void StartsAndFinishesCarryTheNotebooksTimestamps(Observation seen) =>
        Expectation.That(MainLines(seen).Select(line => line.Text), Prints.Exactly(Notebook.StartsAndFinishes),
            StartJoinOrderMessages.OrderTimestamps);

    public static void TheWholeRunTakesFiveSeconds(Observation seen) =>
        Expectation.That(seen.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(5)),
            StartJoinOrderMessages.OrderFiveSeconds + ThreadChecks.NoVirtualTime(seen));

    private static List<PrintedLine> MainLines(Observation seen) =>
        [.. seen.Lines.Where(line => line.Thread == VirtualWorld.MainThread)];

    private static string Show(IEnumerable<PrintedLine> lines) => string.Join(", ", lines.Select(line => $"\"{line.Text}\""));
}
