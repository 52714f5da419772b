using System.Globalization;
using Kata.Machinery;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;
using Kata.Text;

namespace Kata.Tests.Exercises;

/// <summary>
/// What must hold in every interleaving of exercise 04's program: three threads adding into one total.
/// The specs and the mistake zoo both use these checks, so the zoo proves what the specs catch.
/// </summary>
internal static class SharedTotalChecks
{
    public static readonly Action<Observation> FiveSeconds = TakesSeconds(5);

    public static readonly Action<Observation> FourteenSeconds = TakesSeconds(14);

    /// <summary>Part 3's checks (the part whose program the zoo's mistakes rewrite) in the order of the points table, each with its spec: where a mistake in the last part shows first.</summary>
    /// <remarks>Each with the lesson section its spec links (a failure that names its own, such as a deadlock, links that one).</remarks>
    public static IReadOnlyList<(string Spec, Action<Observation> Check, string Section)> InSpecOrder { get; } =
    [
        ("Locking_the_update_totals_105_in_every_interleaving", TheTotalIs105, "lock-update"),
        ("Locking_the_update_keeps_the_5_seconds", FiveSeconds, "lock-update"),
        ("Locking_the_update_each_thread_prints_a_line_per_step", EachStepPrintsALineOnItsThread, "lock-update"),
    ];

    public static void EachStepPrintsALineOnItsThread(Observation seen)
    {
        ThreadChecks.SumLinesArePrintedByTheirThreads(seen);
        foreach (var (thread, low, high, _) in Notebook.Sums)
        {
            var printed = seen.Lines.Count(line => line.Thread == thread && StepTotal(line.Text, thread) is not null);
            Expectation.That(printed == high - low, Language.Format(SharedTotalMessages.LinesPerStep, thread, printed, high - low));
        }

        // Each step prints what its own update gave, not the total read again after it (woven code records the accesses).
        if (PrintedAnotherUpdate(seen) is { } other)
        {
            Expectation.That(false, other.Because, other.Line);
        }

        // Each step writes back a total that some thread had (0 at the start, or one printed) plus its i.
        var lines = seen.Lines;
        var totals = lines.Select(line => StepTotal(line.Text, line.Thread)).OfType<long>().Append(0).ToHashSet();
        var steps = Notebook.Sums.ToDictionary(sum => sum.Name, sum => sum.Low);
        for (var index = 0; index < lines.Count; index++)
        {
            if (steps.TryGetValue(lines[index].Thread, out var i) && StepTotal(lines[index].Text, lines[index].Thread) is { } wrote)
            {
                steps[lines[index].Thread] = i + 1;
                Expectation.That(totals.Contains(wrote - i),
                    Language.Format(SharedTotalMessages.StepAddsI, lines[index].Thread, wrote, i, wrote - i), index);
            }
        }
    }

    /// <summary>The total main prints after joining every thread is 105; if not, the first update that was lost is named and marked.</summary>
    public static void TheTotalIs105(Observation seen)
    {
        var lines = seen.Lines;
        var printed = lines.LastOrDefault(line => line.Thread == VirtualWorld.MainThread && line.Text.StartsWith("total = ", StringComparison.Ordinal));
        Expectation.That(printed is not null, SharedTotalMessages.TotalNeverPrinted);
        if (printed!.Text == $"total = {Notebook.GrandTotal}")
        {
            return;
        }

        var total = printed.Text["total = ".Length..];
        var wrong = Language.Format(SharedTotalMessages.TotalWrong, total, Notebook.GrandTotal);
        if (LostBetweenReadAndWrite(seen.Accesses) is { } overwritten)
        {
            Expectation.That(false, wrong + " " + overwritten.Because, access: overwritten.Write, section: overwritten.Section);
        }

        var lastStep = lines.LastOrDefault(line => StepTotal(line.Text, line.Thread) is not null);
        var lost = lastStep is not null && StepTotal(lastStep.Text, lastStep.Thread)!.Value.ToString(CultureInfo.InvariantCulture) != total
            ? (Language.Format(SharedTotalMessages.UpdatesElsewhere, lastStep.Text, total), lines.ToList().IndexOf(lastStep))
            : FirstLostUpdate(lines);
        Expectation.That(false, wrong + (lost is null ? "" : " " + lost.Value.Because), lost?.Line);
    }

    /// <summary>
    /// The first lost update in the shared accesses (woven learner code): a thread read a field, another thread wrote it,
    /// and the first thread then wrote it without reading it again. Null when the accesses show none, or were not woven.
    /// </summary>
    /// <returns>Why, the write that lost the other's update, and the lesson section that discusses it when the spec's own is not it.</returns>
    public static (string Because, SharedAccess Write, string? Section)? LostBetweenReadAndWrite(IReadOnlyList<SharedAccess> accesses)
    {
        for (var j = 0; j < accesses.Count; j++)
        {
            var write = accesses[j];
            if (write.Kind != AccessKind.Write)
            {
                continue;
            }

            var i = FindLast(accesses, j, access => access.Thread == write.Thread && Same(access, write));
            if (i >= 0 && accesses[i].Reads && FindFirst(accesses, i, j, access => access.Thread != write.Thread && !access.Reads && Same(access, write)) is { } other)
            {
                // Both threads held a lock, but not the same one: the learner wrote a lock, so say what is wrong with it.
                return write.Lock is { } mine && other.Lock is { } theirs && mine != theirs
                    ? (Language.Format(SharedTotalMessages.UpdateLostLockOfItsOwn, write.Thread, mine, other.Thread, theirs, write.Name, accesses[i].Value, other.Value, write.Value), write, "lock-update")
                    : (Language.Format(SharedTotalMessages.UpdateLostBetween, write.Thread, write.Name, accesses[i].Value, other.Thread, other.Value, write.Value), write, null);
            }
        }

        return null;
    }

    /// <summary>A step line whose total is not what its thread's last update before it gave, because the total was read again after it.</summary>
    private static (string Because, int Line)? PrintedAnotherUpdate(Observation seen)
    {
        var events = seen.Events;
        var line = -1;
        for (var index = 0; index < events.Count; index++)
        {
            if (events[index] is not PrintedLine printed)
            {
                continue;
            }

            line++;
            var own = LastUpdate(events, index, printed.Thread);
            if (StepTotal(printed.Text, printed.Thread) is not { } shown || own < 0 || events[own] is not SharedAccess update ||
                update.Value == shown.ToString(CultureInfo.InvariantCulture))
            {
                continue;
            }

            var between = events.Skip(own + 1).Take(index - own - 1).OfType<SharedAccess>().Where(access => Same(access, update)).ToList();
            if (between.FirstOrDefault(access => access.Thread != printed.Thread && !access.Reads) is { } other &&
                between.Any(access => access.Thread == printed.Thread && access.Reads))
            {
                return (Language.Format(SharedTotalMessages.PrintedNotItsUpdate, printed.Thread, shown, update.Value, update.Name, other.Thread), line);
            }
        }

        return null;
    }

    /// <summary>The index of the last write or atomic update by <paramref name="thread"/> before <paramref name="before"/>; -1 if none.</summary>
    private static int LastUpdate(IReadOnlyList<WorldEvent> events, int before, string thread)
    {
        for (var i = before - 1; i >= 0; i--)
        {
            if (events[i] is SharedAccess { Reads: false } access && access.Thread == thread)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Same(SharedAccess a, SharedAccess b) => a.Field == b.Field && a.Owner == b.Owner;

    private static int FindLast(IReadOnlyList<SharedAccess> accesses, int before, Func<SharedAccess, bool> match)
    {
        for (var i = before - 1; i >= 0; i--)
        {
            if (match(accesses[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static SharedAccess? FindFirst(IReadOnlyList<SharedAccess> accesses, int after, int before, Func<SharedAccess, bool> match)
    {
        for (var i = after + 1; i < before; i++)
        {
            if (match(accesses[i]))
            {
                return accesses[i];
            }
        }

        return null;
    }

    private static Action<Observation> TakesSeconds(int seconds) => seen =>
    {
        var took = seen.Elapsed.TotalSeconds;
        Expectation.That(took == seconds, seconds == 5
            ? Language.Format(SharedTotalMessages.NotFiveSeconds, took) + ThreadChecks.NoVirtualTime(seen) + (seen.SleptHoldingALock is { } slept ? " " + Language.Format(SharedTotalMessages.LockHeldThroughSleep, ThreadChecks.Described(slept)) : "")
            : Language.Format(SharedTotalMessages.NotFourteenSeconds, took, seconds) + ThreadChecks.NoVirtualTime(seen));
    };

    /// <summary>
    /// Walks the step lines in the order they were printed (each printed right after its write, with no
    /// scheduling point between) and finds the first write that did not add to the one before it.
    /// </summary>
    private static (string Because, int Line)? FirstLostUpdate(IReadOnlyList<PrintedLine> lines)
    {
        var steps = Notebook.Sums.ToDictionary(sum => sum.Name, sum => sum.Low);
        (long Total, string Thread)? last = null;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (!steps.TryGetValue(line.Thread, out var i) || StepTotal(line.Text, line.Thread) is not { } wrote)
            {
                continue;
            }

            steps[line.Thread] = i + 1;
            if (last is { } before && wrote != before.Total + i && before.Thread != line.Thread)
            {
                return (Language.Format(SharedTotalMessages.UpdateLost, line.Thread, wrote, wrote - i, i, before.Thread, before.Total), index);
            }

            last = (wrote, line.Thread);
        }

        return null;
    }

    private static long? StepTotal(string text, string thread) =>
        ThreadChecks.Step(text) is { } step && step.Thread == thread && step.Total >= long.MinValue && step.Total <= long.MaxValue
            ? (long)step.Total
            : null;
}
