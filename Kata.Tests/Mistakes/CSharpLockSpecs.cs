using Kata.Tests.Exercises;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Mistakes;

/// <summary>
/// Idiomatic C# gets the verdicts <see cref="Kata.Machinery.KataLock"/> gets: exercise 04 written with <c>lock</c>, a
/// <see cref="Lock"/>, <see cref="Monitor"/>, <see cref="Interlocked"/> or <see cref="Volatile"/> inside a lock passes
/// every spec of its part over every explored interleaving (the woven zoo, like the learner's code).
/// </summary>
[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class CSharpLockSpecs
{
    private static IEnumerable<TestCaseData> PartThree() =>
        new (string Name, Func<ZooSharedTotal, Action<string, int, int>> Step)[]
        {
            ("lock (sync) around the update", total => total.LockStatementAroundTheUpdate),
            ("lock on a System.Threading.Lock", total => total.LockOnALock),
            ("Lock.Enter and Lock.Exit", total => total.LockEnterAndExit),
            ("Monitor.Enter and Monitor.Exit, reentered", total => total.MonitorEnterAndExit),
            ("Interlocked.Add, its result printed", total => total.InterlockedAdd),
            ("Volatile.Read and Volatile.Write inside lock (sync)", total => total.VolatileInsideALock),
        }.Select(twin => new TestCaseData(twin.Step).SetArgDisplayNames(twin.Name));

    [TestCaseSource(nameof(PartThree))]
    public void Part_3_written_in_CSharp_passes_every_spec_of_part_3(Func<ZooSharedTotal, Action<string, int, int>> step)
    {
        var explored = Exploration.RunAll(ZooSharedTotal.Program(step), [.. SharedTotalChecks.InSpecOrder.Select(spec => spec.Check)]);

        Assert.That(explored.Select(exploration => exploration.Failure), Is.All.Null);
        Assert.That(explored[0].Explored, Is.EqualTo(Exploration.Iterations));
    }

    [Test]
    public void Part_2_with_a_CSharp_lock_around_the_sleep_totals_105_in_14_seconds()
    {
        var explored = Exploration.RunAll(ZooSharedTotal.Program(total => total.LockStatementAroundTheSleep),
            [SharedTotalChecks.TheTotalIs105, SharedTotalChecks.EachStepPrintsALineOnItsThread, SharedTotalChecks.FourteenSeconds]);

        Assert.That(explored.Select(exploration => exploration.Failure), Is.All.Null);
    }
}
