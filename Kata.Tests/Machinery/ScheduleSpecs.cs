using Kata.Machinery;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Machinery;

/// <summary>
/// The virtual world runs threads in the order of their clocks: in every interleaving Coyote explores, the lines
/// come out in the order of their virtual seconds, through sleeps, joins and lock waits alike.
/// </summary>
[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class ScheduleSpecs
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Test]
    public void Threads_act_in_the_order_of_their_clocks_through_sleeps_and_joins()
    {
        var exploration = Exploration.Run(() =>
        {
            var a = new Worker("A", () => Step(2));
            var b = new Worker("B", () =>
            {
                Step(1);
                Step(2);
            });
            a.Start();
            b.Start();
            Output.Print("main");
            a.Join();
            Output.Print("main joined A");
            b.Join();
            Output.Print("main joined B");
        }, LinesComeInTimeOrder);

        Assert.That(exploration.Failure, Is.Null);
        Assert.That(exploration.Explored, Is.EqualTo(Exploration.Iterations));
    }

    [Test]
    public void A_thread_that_waited_for_a_lock_is_waited_for_in_its_turn()
    {
        var exploration = Exploration.Run(() =>
        {
            var gate = new KataLock("gate");
            var holder = new Worker("A", () =>
            {
                using (gate.Hold())
                {
                    Step(2);
                }
            });
            var waiter = new Worker("B", () =>
            {
                using (gate.Hold())
                {
                    Output.Print("B holds the lock");
                }

                Step(1);
            });
            var other = new Worker("C", () =>
            {
                Step(1);
                Step(2);
            });
            holder.Start();
            waiter.Start();
            other.Start();
            holder.Join();
            waiter.Join();
            other.Join();
        }, LinesComeInTimeOrder);

        Assert.That(exploration.Failure, Is.Null);
        Assert.That(exploration.Lines.Select(line => line.Text), Does.Contain("B holds the lock"));
    }

    [Test]
    public void The_time_order_check_itself_fails_on_lines_out_of_order()
    {
        var world = new VirtualWorld();
        Learner.Run(world, () =>
        {
            Clock.Sleep(Second);
            Output.Print("late");
        });
        var lines = new[] { new PrintedLine(Second, "A", "late"), new PrintedLine(TimeSpan.Zero, "B", "early") };

        Assert.That(() => InTimeOrder(lines), Throws.InstanceOf<Expectation>().With.Message.EqualTo("\"early\" (+0s) came after \"late\" (+1s)"));
        Assert.That(() => LinesComeInTimeOrder(Observation.Of(world)), Throws.Nothing);
    }

    private static void Step(int seconds)
    {
        Clock.Sleep(seconds * Second);
        Output.Print($"at {Clock.Now:HH:mm:ss}");
    }

    private static void LinesComeInTimeOrder(Observation seen) => InTimeOrder(seen.Lines);

    private static void InTimeOrder(IReadOnlyList<PrintedLine> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            Expectation.That(lines[i].At >= lines[i - 1].At,
                $"\"{lines[i].Text}\" (+{lines[i].At.TotalSeconds}s) came after \"{lines[i - 1].Text}\" (+{lines[i - 1].At.TotalSeconds}s)", i);
        }
    }
}
