using System.Numerics;
using Kata.Machinery;
using Kata.Tests.Exercises;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Mistakes;

/// <summary>One mistake of the zoo: the broken program, the spec's check that must catch it, and the words it must use.</summary>
public sealed record Mistake(string Name, Action Program, Action<VirtualWorld> Check, string Says, bool NeedsInterleaving)
{
    private static BigInteger totalBeforeJoin;

    public static IReadOnlyList<Mistake> Zoo { get; } =
    [
        new("Run() called instead of Start()", BrokenPrograms.RunInsteadOfStart, ThreadChecks.SumLinesArePrintedByTheirThreads,
            "was printed by thread 'main', not by thread 'A'", NeedsInterleaving: false),
        new("each thread joined right after its start", BrokenPrograms.JoinRightAfterStart, StartJoinOrderChecks.AllThreadsStartBeforeTheFirstJoin,
            "Joining each thread right after starting it", NeedsInterleaving: false),
        new("the total read before Join()", () => totalBeforeJoin = BrokenPrograms.TotalBeforeJoin(),
            _ => Expectation.That(totalBeforeJoin, Is.EqualTo(new BigInteger(10)), "After Join() the thread has ended"),
            "After Join() the thread has ended", NeedsInterleaving: true),
        new("a forgotten Join()", BrokenPrograms.ForgottenJoin, StartJoinOrderChecks.FinishComesAfterEveryLineOfItsThread,
            "\"finish:[c] 2024-09-14 22:01:14\" was printed before thread 'C' ended", NeedsInterleaving: true),
        new("a thread started twice", BrokenPrograms.StartTwice, StartJoinOrderChecks.EachThreadsLinesAreInOrder,
            "Thread 'A' was already started; a thread can be started only once", NeedsInterleaving: false),
        new("a thread never started", BrokenPrograms.NeverStarted, StartJoinOrderChecks.EachThreadsLinesAreInOrder,
            "Thread 'C' cannot be joined before it is started: call Start() first", NeedsInterleaving: false),
    ];

    public override string ToString() => Name;
}
