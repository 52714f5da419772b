using Kata.Tests.Support.Judging;
using System.Numerics;
using Kata.Exercises;
using Kata.Machinery;
using Kata.Tests.Support.Systematic;
using Kata.Text;

namespace Kata.Tests.Exercises;

/// <summary>Every spec with a started thread runs over the interleavings Coyote explores.</summary>
[Exercise("02-thread-subclass")]
public sealed class SumThreadSpecs : ExerciseSpecs
{
    /// <summary>The section <c>After_Join_its_total_is_10</c> links; the mistake zoo checks it.</summary>
    public const string TotalAfterJoinSection = "join";

    [Test]
    public void A_new_thread_keeps_its_name_and_does_nothing_until_started()
    {
        var world = new VirtualWorld();

        var (name, alive) = Learner.Run(world, () =>
        {
            var a = new SumThread("A", 1, 5);
            return (a.Name, a.IsAlive);
        });

        Expect(name, Is.EqualTo("A"), Because(SumThreadMessages.ThreadKeepsName, "subclass"));
        Expect(alive, Is.False, Because(SumThreadMessages.ThreadAliveOnlyOnceStarted, "start-runs-run"));
        Expect(world.Transcript, Prints.Nothing, Because(SumThreadMessages.ThreadNothingBeforeStart, "subclass"));
    }

    [TestCase(null, TestName = "A_thread_with_a_null_name_is_an_argument_error")]
    [TestCase("", TestName = "A_thread_with_an_empty_name_is_an_argument_error")]
    public void Names_are_required(string? name)
    {
        var world = new VirtualWorld();

        Expect(() => Learner.Run(world, () => new SumThread(name!, 1, 5)),
            Throws.InstanceOf<ArgumentException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("name"),
            Because(SumThreadMessages.ThreadNameRequired, "subclass"));
    }

    [Test]
    public void Started_and_joined_it_prints_the_running_totals_of_A()
    {
        Exploration.Verify(() => StartAndJoinA(), world =>
            Expectation.That(world.Transcript, Prints.Exactly(Notebook.A.Lines),
                SumThreadMessages.ThreadPrintsA + CarriedOver(FirstTotal(world, "A"), 1)),
            Lesson.At("start-runs-run"));
    }

    [Test]
    public void After_Join_its_total_is_10()
    {
        var (program, check) = SumThreadChecks.TotalAfterJoin(() => StartAndJoinA().Total);

        Exploration.Verify(program, check, Lesson.At(TotalAfterJoinSection));
    }

    [Test]
    public void Its_lines_are_printed_on_its_own_thread_not_the_callers()
    {
        Exploration.Verify(() => StartAndJoinA(), world =>
        {
            Expectation.That(world.Lines.Count > 0, SumThreadMessages.ThreadNothingPrinted);
            ThreadChecks.SumLinesArePrintedByTheirThreads(world);
        }, Lesson.At("start-runs-run"));
    }

    [Test]
    public void It_takes_4_seconds_of_virtual_time_from_its_start()
    {
        Exploration.Verify(() =>
        {
            Clock.Sleep(TimeSpan.FromSeconds(2));
            StartAndJoinA();
        }, world =>
        {
            Expectation.That(Prints.Times(world.Lines), Prints.AtSeconds(3, 4, 5, 6),
                SumThreadMessages.ThreadSecondsFromStart + ThreadChecks.NoVirtualTime(world));
            Expectation.That(world.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(6)),
                SumThreadMessages.ThreadJoinReturnsAtEnd);
        }, Lesson.At("join"));
    }

    [Test]
    public void Two_threads_keep_their_own_parameters()
    {
        BigInteger[] totals = [];

        Exploration.Verify(() =>
        {
            var a = new SumThread("A", 1, 5);
            var b = new SumThread("B", 5, 10);
            a.Start();
            b.Start();
            a.Join();
            b.Join();
            totals = [a.Total, b.Total];
        }, world =>
        {
            Expectation.That(world.Lines.Where(line => line.Thread == "B").Select(line => line.Text),
                Prints.Exactly(Notebook.B.Lines),
                SumThreadMessages.ThreadOwnParameters + CarriedOver(FirstTotal(world, "B"), 5));
            Expectation.That(totals, Is.EqualTo(new BigInteger[] { 10, 35 }), SumThreadMessages.ThreadBothTotals);
        }, Lesson.At("subclass"));
    }

    [Test]
    public void Its_program_runs_A_on_a_thread_and_prints_the_total_after_Join()
    {
        Exploration.VerifyProgram(Programs.ById[Id], world =>
            Expectation.That(world.Transcript, Prints.Exactly([.. Notebook.A.Lines, "joined A: total = 10"]),
                Language.Format(SumThreadMessages.ThreadProgram, Id)),
            Lesson.At("join"));
    }

    /// <summary>The total on thread's first "[X] total = N" line, if it printed one.</summary>
    private static BigInteger? FirstTotal(Observation world, string thread) =>
        world.Lines.Where(line => line.Thread == thread).Select(line => ThreadChecks.Step(line.Text)).FirstOrDefault(step => step?.Thread == thread)?.Total;

    /// <summary>" The total carried over …" when a sum is above what a fresh one gives: a total kept in shared (static) state.</summary>
    public static string CarriedOver(BigInteger? total, BigInteger fresh) =>
        total > fresh ? " " + Language.Format(SumThreadMessages.ThreadTotalCarriedOver, total, fresh) : "";

    private static SumThread StartAndJoinA()
    {
        var a = new SumThread("A", 1, 5);
        a.Start();
        a.Join();
        return a;
    }
}
