using Kata.Machinery;

namespace Kata.Tests.Machinery;

[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class VirtualWorldSpecs
{
    [Test]
    public void Sleeping_moves_the_virtual_clock_by_the_time_slept()
    {
        var world = new VirtualWorld();

        Learner.Run(world, () =>
        {
            Clock.Sleep(TimeSpan.FromSeconds(1));
            Clock.Sleep(TimeSpan.FromMilliseconds(1500));
        });

        Assert.That(world.Elapsed, Is.EqualTo(TimeSpan.FromMilliseconds(2500)));
    }

    [Test]
    public void OS_threads_of_the_virtual_world_never_keep_the_process_alive()
    {
        // A learner's thread stuck forever (two threads joining each other) must not keep the crash
        // probe's child process or the benchmark from ending.
        Assert.That(OsThreading.Instance.Create(() => { }).IsBackground, Is.True);
    }

    [Test]
    public void A_thread_created_but_not_yet_started_is_not_alive()
    {
        // KataThread hands out its world thread between creating and starting it; another thread
        // asking IsAlive in that window must see "not alive".
        var created = new VirtualWorld().CreateThread("X", () => { });

        Assert.That(created.IsAlive, Is.False);
    }

    [Test]
    public void A_printed_line_keeps_its_moment_and_its_thread()
    {
        var world = new VirtualWorld();

        Learner.Run(world, () =>
        {
            Output.Print("first");
            Clock.Sleep(TimeSpan.FromSeconds(2));
            Output.Print("second");
        });

        Assert.That(world.Lines, Is.EqualTo(new[]
        {
            new PrintedLine(TimeSpan.Zero, "main", "first"),
            new PrintedLine(TimeSpan.FromSeconds(2), "main", "second"),
        }));
        Assert.That(world.Transcript, Prints.Exactly("first", "second"));
    }

    [Test]
    public void The_clock_starts_at_the_notebooks_first_timestamp_and_moves_with_sleep()
    {
        var world = new VirtualWorld();

        var (start, later, elapsed) = Learner.Run(world, () =>
        {
            var start = Clock.Now;
            var stamp = world.Time.GetTimestamp();
            Clock.Sleep(TimeSpan.FromSeconds(5));
            return (start, Clock.Now, world.Time.GetElapsedTime(stamp));
        });

        Assert.That(start.ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("2024-09-14 22:01:09 +09:00"));
        Assert.That(later - start, Is.EqualTo(TimeSpan.FromSeconds(5)));
        Assert.That(world.Time.LocalTimeZone.Id, Is.EqualTo("Notebook"));
        Assert.That(world.Time.LocalTimeZone.StandardName, Is.EqualTo("Korea Standard Time"));
        Assert.That(world.Time.LocalTimeZone.DisplayName, Is.EqualTo("Korea Standard Time"));
        Assert.That(elapsed, Is.EqualTo(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void A_negative_sleep_is_an_argument_error()
    {
        var world = new VirtualWorld();

        Assert.That(() => Learner.Run(world, () => Clock.Sleep(TimeSpan.FromTicks(-1))), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(world.Elapsed, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Sleeping_up_to_the_limit_is_allowed_and_past_it_stops_the_runaway_code()
    {
        var world = new VirtualWorld();

        Assert.That(() => Learner.Run(world, () => Clock.Sleep(VirtualWorld.MaxElapsed)), Throws.Nothing);
        Assert.That(() => Learner.Run(world, () => Clock.Sleep(TimeSpan.FromTicks(1))),
            Throws.TypeOf<RunawayException>().With.Message.EqualTo(
                "Thread 'main' slept past 60 minutes of virtual time. The kata's programs take seconds: look for a loop that never ends."));
    }

    [Test]
    public void Printing_up_to_the_limit_is_allowed_and_past_it_stops_the_runaway_code()
    {
        var world = new VirtualWorld();

        Assert.That(() => Learner.Run(world, () => Enumerable.Range(0, VirtualWorld.MaxLines).ToList().ForEach(_ => Output.Print("x"))), Throws.Nothing);
        Assert.That(() => Learner.Run(world, () => Output.Print("one more")),
            Throws.TypeOf<RunawayException>().With.Message.EqualTo(
                "Thread 'main' printed more than 10000 lines. The kata's programs print a few dozen: look for a loop that never ends."));
        Assert.That(world.Lines, Has.Count.EqualTo(VirtualWorld.MaxLines));
    }

    [Test]
    public void Entering_a_world_makes_it_current_until_disposed()
    {
        var outer = new VirtualWorld();
        var inner = new VirtualWorld();

        Assert.That(World.Current, Is.InstanceOf<RealWorld>());
        using (outer.Enter())
        {
            using (inner.Enter())
            {
                Assert.That(World.Current, Is.SameAs(inner));
            }

            Assert.That(World.Current, Is.SameAs(outer));
        }

        Assert.That(World.Current, Is.InstanceOf<RealWorld>());
    }
}
