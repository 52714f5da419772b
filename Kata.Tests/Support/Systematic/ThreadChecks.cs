using System.Globalization;
using System.Numerics;
using Kata.Machinery;
using Kata.Tests.Support.Judging;
using Kata.Text;

namespace Kata.Tests.Support.Systematic;

/// <summary>Checks shared by the thread exercises.</summary>
internal static class ThreadChecks
{
    public static string Ended(Thrown failure) => Language.Format(SpecMessages.ThreadEnded, failure.Thread, failure.Name, failure.LearnerMessage);

    /// <summary>"thread 'A' slept while holding lock 'gate'".</summary>
    public static string Described(SleptHolding slept) => Language.Format(SpecMessages.LockSleptHolding, slept.Thread, slept.Lock);

    /// <summary>What one thread of a deadlock waits for, and, for a lock whose holder ended, what ended it.</summary>
    public static string Described(ThreadWait wait) => wait switch
    {
        LockWait { Ended: true } held =>
            Language.Format(held.Reentrant ? SpecMessages.MonitorWaitsForEnded : SpecMessages.LockWaitsForEnded, held.Thread, held.Lock, held.Holder)
            + (held.HolderFailure is { } failure
                ? Language.Format(SpecMessages.LockHolderThrew, failure.Thread, failure.Exception.GetType().Name, Unwritten.MessageOf(failure.Exception))
                : ""),
        LockWait held => Language.Format(SpecMessages.LockWaits, held.Thread, held.Lock, held.Holder),
        JoinWait join => Language.Format(SpecMessages.JoinWaits, join.Thread, join.Awaited),
        _ => throw new ArgumentOutOfRangeException(nameof(wait), wait, null),
    };

    /// <summary>A line "[X] total = N" is printed by thread X: the work runs on the thread, not on its caller.</summary>
    public static void SumLinesArePrintedByTheirThreads(Observation seen)
    {
        var lines = seen.Lines;
        var stray = lines.ToList().FindIndex(line => Owner(line.Text) is { } owner && line.Thread != owner);
        Expectation.That(stray < 0, stray < 0 ? "" :
            Language.Format(lines[stray].Thread == VirtualWorld.UnknownThread ? SpecMessages.StrayLineUnknownThread : SpecMessages.StrayLine,
                lines[stray].Text, lines[stray].Thread, Owner(lines[stray].Text)),
            stray);
    }

    /// <summary>
    /// " No virtual time passed at all: …" when lines were printed but the kata's clock never moved, which is what a real
    /// Thread.Sleep or Task.Delay(…).Wait() in place of Clock.Sleep looks like from inside; "" otherwise.
    /// </summary>
    public static string NoVirtualTime(Observation seen) =>
        seen.Elapsed == TimeSpan.Zero && seen.Lines is { Count: > 0 } lines && lines.All(line => line.At == TimeSpan.Zero)
            ? " " + SpecMessages.NoVirtualTimePassed
            : "";

    /// <summary>"W1" for "[W1] total = 3": the thread a sum line names, or null for any other line.</summary>
    public static string? Owner(string line) => Step(line)?.Thread;

    /// <summary>The thread and the total of a sum line "[X] total = N", or null for any other line.</summary>
    public static SumStep? Step(string line)
    {
        const string Separator = "] total = ";
        var end = line.IndexOf(Separator, StringComparison.Ordinal);
        return line.StartsWith('[') && end > 1 &&
            BigInteger.TryParse(line[(end + Separator.Length)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var total)
            ? new SumStep(line[1..end], total)
            : null;
    }
}

/// <summary>One line "[X] total = N" of a running sum.</summary>
internal sealed record SumStep(string Thread, BigInteger Total);
