using System.Numerics;
using Kata.Machinery;
using Kata.Tests.Exercises;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Mistakes;

/// <summary>Exercise 01's classic mistakes produce the words that name their cause, not a symptom.</summary>
[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class SumMistakeSpecs
{
    [Test]
    public void A_loop_that_runs_to_high_inclusive_is_named_a_range_mistake_not_an_overflow()
    {
        var (_, _, mistake) = SequentialSumSpecs.SumOfTwoSteps(ZooSum.ToHighInclusive, int.MaxValue, int.MaxValue + 2L);

        Assert.That(mistake, Does.StartWith("The range from 2147483647 while i < 2147483649 has 2 steps, so 2 lines; 3 were printed.")
            .And.Contains("(i < high, not i <= high)"));
    }

    [Test]
    public void A_loop_to_high_inclusive_that_never_ends_at_long_MaxValue_is_named_a_range_mistake()
    {
        var (_, _, mistake) = SequentialSumSpecs.SumOfTwoSteps(ZooSum.ToHighInclusive, long.MaxValue - 2, long.MaxValue);

        Assert.That(mistake, Does.StartWith("The loop from 9223372036854775805 while i < 9223372036854775807 never ended: Thread 'main' slept past 60 minutes")
            .And.Contains("i <= high is always true"));
    }

    [Test]
    public void A_right_range_is_no_range_mistake()
    {
        Assert.That(SequentialSumSpecs.SumOfTwoSteps(ZooSum.Right, long.MaxValue - 2, long.MaxValue).RangeMistake, Is.Null);
    }

    [Test]
    public void A_real_sleep_in_place_of_Clock_Sleep_is_named()
    {
        var world = new VirtualWorld();
        Learner.Run(world, () => ZooSum.SleepingForReal("A", 1, 3));

        Assert.That(ThreadChecks.NoVirtualTime(Observation.Of(world)), Does.Contain("No virtual time passed at all").And.Contains("Thread.Sleep"));
        Assert.That(() => Assert.That(Prints.Times(world.Lines), Prints.AtSeconds(1, 2)), Throws.InstanceOf<AssertionException>()
            .With.Message.Contains("expected: \"+1s\"").And.Message.Contains("printed:  \"+0s\""));
    }

    [Test]
    public void Time_that_passed_is_not_taken_for_a_real_sleep()
    {
        var world = new VirtualWorld();
        Learner.Run(world, () => ZooSum.Right("A", 1, 3));

        Assert.That(ThreadChecks.NoVirtualTime(Observation.Of(world)), Is.Empty);
    }

    [Test]
    public void Console_WriteLine_in_place_of_Output_Print_is_named()
    {
        Assert.That(() => Learner.Run(new VirtualWorld(), () => ZooSum.WritingToTheConsole("A", 1, 3)), Throws.InstanceOf<AssertionException>()
            .With.Message.StartsWith("The code wrote 2 line(s) to the console, the first \"[A] total = 1\", and none through Output.Print."));
    }

    [Test]
    public void A_raw_thread_in_place_of_a_KataThread_is_named_a_thread_the_kata_cannot_see()
    {
        var world = new VirtualWorld();
        Learner.Run(world, () =>
        {
            var raw = new Thread(() => ZooSum.Right("A", 1, 3));
            raw.Start();
            raw.Join();
        });

        Assert.That(world.Lines.Select(line => line.Thread), Is.EqualTo(new[] { VirtualWorld.UnknownThread, VirtualWorld.UnknownThread }));
        Assert.That(() => ThreadChecks.SumLinesArePrintedByTheirThreads(Observation.Of(world)), Throws.InstanceOf<Expectation>().With.Message.EqualTo(
            "\"[A] total = 1\" was printed on a thread the kata did not start (a raw new Thread, Task.Run or the thread pool), not by thread 'A'. " +
            "The kata sees, times and schedules only threads started through KataThread: create a SumThread (a KataThread) and call its Start()."));
        Assert.That(world.Elapsed, Is.EqualTo(TimeSpan.Zero), "a thread the world did not start must not move the clock it inherited");
    }

    [Test]
    public void A_total_kept_in_static_state_is_named_when_it_carries_over()
    {
        Assert.That(SumThreadSpecs.CarriedOver(63_115, 10), Does.StartWith(" The sum is 63115 where a fresh one gives 10: the total carried over").And.Contains("static field"));
        Assert.That(SumThreadSpecs.CarriedOver(10, 10), Is.Empty);
        Assert.That(SumThreadSpecs.CarriedOver(null, 10), Is.Empty);
    }

    /// <summary>Exercise 01's sum, right and wrong, written as a learner would.</summary>
    private static class ZooSum
    {
        public static BigInteger Right(string name, long low, long high)
        {
            BigInteger total = 0;
            for (var i = low; i < high; i++)
            {
                total += i;
                Clock.Sleep(TimeSpan.FromSeconds(1));
                Output.Print($"[{name}] total = {total}");
            }

            return total;
        }

        public static BigInteger ToHighInclusive(string name, long low, long high)
        {
            BigInteger total = 0;
            for (var i = low; i <= high; i++)
            {
                total += i;
                Clock.Sleep(TimeSpan.FromSeconds(1));
                Output.Print($"[{name}] total = {total}");
            }

            return total;
        }

        public static BigInteger SleepingForReal(string name, long low, long high)
        {
            BigInteger total = 0;
            for (var i = low; i < high; i++)
            {
                total += i;
                Thread.Sleep(1);
                Output.Print($"[{name}] total = {total}");
            }

            return total;
        }

        public static BigInteger WritingToTheConsole(string name, long low, long high)
        {
            BigInteger total = 0;
            for (var i = low; i < high; i++)
            {
                total += i;
                Clock.Sleep(TimeSpan.FromSeconds(1));
                Console.WriteLine($"[{name}] total = {total}");
            }

            return total;
        }
    }
}
