using Kata.Machinery;

namespace Kata.Tests.Machinery;

[TestFixture]
[Category("machinery")]
public sealed class RealWorldSpecs
{
    [Test]
    public void Printing_writes_one_line_to_the_output()
    {
        using var output = new StringWriter();
        var world = new RealWorld(TimeProvider.System, output, TextWriter.Null);

        world.Print("[A] total = 1");

        Assert.That(output.ToString(), Is.EqualTo("[A] total = 1" + Environment.NewLine));
    }

    [Test]
    public void Time_is_the_given_provider()
    {
        var world = new RealWorld(TimeProvider.System, TextWriter.Null, TextWriter.Null);

        Assert.That(world.Time, Is.SameAs(TimeProvider.System));
    }

    [Test]
    public void Sleeping_is_a_real_thread_sleep()
    {
        var world = new RealWorld(TimeProvider.System, TextWriter.Null, TextWriter.Null);
        Exception? woken = null;
        var sleeper = new Thread(() =>
        {
            try
            {
                world.Sleep(Timeout.InfiniteTimeSpan);
            }
            catch (ThreadInterruptedException interrupted)
            {
                woken = interrupted;
            }
        });

        // A sleep forever blocks the thread in the OS (WaitSleepJoin) until it is interrupted: no real time is waited out.
        sleeper.Start();
        SpinWait.SpinUntil(() => sleeper.ThreadState.HasFlag(ThreadState.WaitSleepJoin) || !sleeper.IsAlive);
        var blocked = sleeper.ThreadState.HasFlag(ThreadState.WaitSleepJoin);
        sleeper.Interrupt();
        sleeper.Join();

        Assert.That(blocked, Is.True, "the sleeping thread was blocked");
        Assert.That(woken, Is.InstanceOf<ThreadInterruptedException>(), "the sleep was Thread.Sleep's, which an interrupt ends");
        Assert.That(() => world.Sleep(TimeSpan.FromMilliseconds(-2)), Throws.InstanceOf<ArgumentOutOfRangeException>(), "the argument reaches Thread.Sleep");
    }

    [Test]
    public void The_console_world_writes_to_the_console()
    {
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            RealWorld.Console.Print("Done!");
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.That(output.ToString(), Is.EqualTo("Done!" + Environment.NewLine));
    }
}
