using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Kata.Exercises;
using Kata.Machinery;
using Kata.Tests.Support.Judging;
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
        var seen = NewThreadAct();
        var created = JsonSerializer.Deserialize<Created>(Judge.Returned(seen).Returned!)!;

        Expect(created.Name, Is.EqualTo("A"), Because(SumThreadMessages.ThreadKeepsName, "subclass"));
        Expect(created.Alive, Is.False, Because(SumThreadMessages.ThreadAliveOnlyOnceStarted, "start-runs-run"));
        Expect(seen.Transcript, Prints.Nothing, Because(SumThreadMessages.ThreadNothingBeforeStart, "subclass"));
    }

    [TestCase(null, TestName = "A_thread_with_a_null_name_is_an_argument_error")]
    [TestCase("", TestName = "A_thread_with_an_empty_name_is_an_argument_error")]
    public void Names_are_required(string? name)
    {
        Expect(Judge.Threw(NamedAct(name)),
            Has.Property(nameof(Thrown.Types)).Contains(typeof(ArgumentException).FullName).And.Property(nameof(Thrown.ParamName)).EqualTo("name"),
            Because(SumThreadMessages.ThreadNameRequired, "subclass"));
    }

    [Test]
    public void Started_and_joined_it_prints_the_running_totals_of_A()
    {
        Exploration.Verify(StartAndJoin, seen =>
            Expectation.That(seen.Transcript, Prints.Exactly(Notebook.A.Lines),
                SumThreadMessages.ThreadPrintsA + CarriedOver(FirstTotal(seen, "A"), 1)),
            Lesson.At("start-runs-run"));
    }

    [Test]
    public void After_Join_its_total_is_10()
    {
        Exploration.Verify(TotalOfA, SumThreadChecks.TotalAfterJoin, Lesson.At(TotalAfterJoinSection));
    }

    [Test]
    public void Its_lines_are_printed_on_its_own_thread_not_the_callers()
    {
        Exploration.Verify(StartAndJoin, seen =>
        {
            Expectation.That(seen.Lines.Count > 0, SumThreadMessages.ThreadNothingPrinted);
            ThreadChecks.SumLinesArePrintedByTheirThreads(seen);
        }, Lesson.At("start-runs-run"));
    }

    [Test]
    public void It_takes_4_seconds_of_virtual_time_from_its_start()
    {
        Exploration.Verify(SleepThenStartAndJoin, seen =>
        {
            Expectation.That(Prints.Times(seen.Lines), Prints.AtSeconds(3, 4, 5, 6),
                SumThreadMessages.ThreadSecondsFromStart + ThreadChecks.NoVirtualTime(seen));
            Expectation.That(seen.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(6)),
                SumThreadMessages.ThreadJoinReturnsAtEnd);
        }, Lesson.At("join"));
    }

    [Test]
    public void Two_threads_keep_their_own_parameters()
    {
        Exploration.Verify(TwoThreads, seen =>
        {
            Expectation.That(seen.Lines.Where(line => line.Thread == "B").Select(line => line.Text),
                Prints.Exactly(Notebook.B.Lines),
                SumThreadMessages.ThreadOwnParameters + CarriedOver(FirstTotal(seen, "B"), 5));
            Expectation.That(seen.Returned!.Split(' ').Select(total => BigInteger.Parse(total, CultureInfo.InvariantCulture)), Is.EqualTo(new BigInteger[] { 10, 35 }),
                SumThreadMessages.ThreadBothTotals);
        }, Lesson.At("subclass"));
    }

    [Test]
    public void Its_program_runs_A_on_a_thread_and_prints_the_total_after_Join()
    {
        Exploration.VerifyProgram(Programs.ById[Id], seen =>
            Expectation.That(seen.Transcript, Prints.Exactly([.. Notebook.A.Lines, "joined A: total = 10"]),
                Language.Format(SumThreadMessages.ThreadProgram, Id)),
            Lesson.At("join"));
    }

    /// <summary>The total on thread's first "[X] total = N" line, if it printed one.</summary>
    private static BigInteger? FirstTotal(Observation seen, string thread) =>
        seen.Lines.Where(line => line.Thread == thread).Select(line => ThreadChecks.Step(line.Text)).FirstOrDefault(step => step?.Thread == thread)?.Total;

    /// <summary>" The total carried over …" when a sum is above what a fresh one gives: a total kept in shared (static) state.</summary>
    public static string CarriedOver(BigInteger? total, BigInteger fresh) =>
        total > fresh ? " " + Language.Format(SumThreadMessages.ThreadTotalCarriedOver, total, fresh) : "";

    /// <summary>Act: a new SumThread A(1, 5), its name and whether it is alive, where learner code runs (<see cref="Acts"/>).</summary>
    internal static Observation NewThreadAct() =>
        Acts.Observe(typeof(SumThreadSpecs), nameof(NewThreadAct), [], () => Learner.Observe(() =>
        {
            var a = new SumThread("A", 1, 5);
            return new Created(a.Name, a.IsAlive);
        }, created => JsonSerializer.Serialize(created)));

    /// <summary>Act: a SumThread named <paramref name="name"/>, where learner code runs.</summary>
    internal static Observation NamedAct(string? name) =>
        Acts.Observe(typeof(SumThreadSpecs), nameof(NamedAct), [name], () => Learner.Observe(() => new SumThread(name!, 1, 5), _ => null));

    /// <summary>What a new thread says of itself.</summary>
    private sealed record Created(string? Name, bool Alive);

    // The programs explored are named static methods: a subject explores them (a lambda has no name it could find).
    private static void StartAndJoin() => StartAndJoinA();

    private static string TotalOfA() => Observation.Invariant(StartAndJoinA().Total);

    private static void SleepThenStartAndJoin()
    {
        Clock.Sleep(TimeSpan.FromSeconds(2));
        StartAndJoinA();
    }

    /// <summary>A(1, 5) and B(5, 10) started, then joined: their totals, "10 35" when each kept its own parameters.</summary>
    private static string TwoThreads()
    {
        var a = new SumThread("A", 1, 5);
        var b = new SumThread("B", 5, 10);
        a.Start();
        b.Start();
        a.Join();
        b.Join();
        return $"{Observation.Invariant(a.Total)} {Observation.Invariant(b.Total)}";
    }

    private static SumThread StartAndJoinA()
    {
        var a = new SumThread("A", 1, 5);
        a.Start();
        a.Join();
        return a;
    }
}
