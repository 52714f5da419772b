using System.Numerics;
using Kata.Machinery;
using Kata.Tests.Exercises;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Mistakes;

/// <summary>One mistake of the zoo: the broken program, the spec's check that must catch it, and the words it must use.</summary>
public sealed record Mistake(string Name, Action Program, Action<VirtualWorld> Check, string Says)
{
    private static BigInteger totalBeforeJoin;

    public static IReadOnlyList<Mistake> Zoo { get; } =
    [
        new("Run() called instead of Start()", BrokenPrograms.RunInsteadOfStart, ThreadChecks.SumLinesArePrintedByTheirThreads,
            "was printed by thread 'main', not by thread 'A'"),
        new("each thread joined right after its start", BrokenPrograms.JoinRightAfterStart, StartJoinOrderChecks.AllThreadsStartBeforeTheFirstJoin,
            "Joining each thread right after starting it"),
        new("the total read before Join()", () => totalBeforeJoin = BrokenPrograms.TotalBeforeJoin(),
            _ => Expectation.That(totalBeforeJoin, Is.EqualTo(new BigInteger(10)), "After Join() the thread has ended"),
            "After Join() the thread has ended"),
        new("a forgotten Join()", BrokenPrograms.ForgottenJoin, StartJoinOrderChecks.FinishComesAfterEveryLineOfItsThread,
            "\"finish:[c] 2024-09-14 22:01:14\" was printed, but thread 'C' was never joined"),
        new("a forgotten b.Join()", BrokenPrograms.ForgottenJoinOfB, StartJoinOrderChecks.FinishComesAfterEveryLineOfItsThread,
            "\"finish:[b] 2024-09-14 22:01:13\" was printed, but thread 'B' was never joined"),
        new("a thread started twice", BrokenPrograms.StartTwice, StartJoinOrderChecks.EachThreadsLinesAreInOrder,
            "Thread 'A' was already started; a thread can be started only once"),
        new("a thread never started", BrokenPrograms.NeverStarted, StartJoinOrderChecks.EachThreadsLinesAreInOrder,
            "Thread 'C' cannot be joined before it is started: call Start() first"),
        new("read-sleep-write without a lock", ZooSharedTotal.Program(total => total.ReadSleepWriteWithoutALock), SharedTotalChecks.TheTotalIs105,
            "An update was lost: thread"),
        new("a new lock for each step", ZooSharedTotal.Program(total => total.NewLockEachStep), SharedTotalChecks.TheTotalIs105,
            "An update was lost: thread"),
        new("the lock held through the sleep", ZooSharedTotal.Program(total => total.LockHeldThroughTheSleep), SharedTotalChecks.TakesSeconds(5),
            "The run took 14 s of virtual time, not 5: the three threads did not sleep side by side. The cause: thread '"),
        new("a lock never released after an exception", ZooSharedTotal.Program(total => total.LockNeverReleasedAfterAnException), SharedTotalChecks.TheTotalIs105,
            "which thread 'A' still holds although it has ended"),
        new("two locks taken in opposite order", ZooSharedTotal.Program(total => total.TwoLocksInOppositeOrder), SharedTotalChecks.TheTotalIs105,
            "The threads wait forever and none can go on (a deadlock): thread 'main' waits for thread 'A' to end; thread 'A' waits for lock 'audit', which thread 'B' holds; thread 'B' waits for lock 'gate', which thread 'A' holds"),
        new("Interlocked.Add on a local copy", ZooSharedTotal.Program(total => total.InterlockedOnALocalCopy), SharedTotalChecks.TheTotalIs105,
            "but the shared total is 0: the steps' updates went somewhere else"),
    ];

    public override string ToString() => Name;
}
