using Kata.Machinery;

namespace Kata.Tests.Machinery;

[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class KataThreadSpecs
{
    [Test]
    public void Start_runs_Run_on_a_new_thread_that_begins_at_the_starters_time()
    {
        var world = new VirtualWorld();

        Learner.Run(world, () =>
        {
            Clock.Sleep(TimeSpan.FromSeconds(2));
            var probe = new Probe("P", () => Clock.Sleep(TimeSpan.FromSeconds(3)));
            probe.Start();
            probe.Join();
        });

        Assert.That(world.Lines, Is.EqualTo(new[] { new PrintedLine(TimeSpan.FromSeconds(5), "P", "P done") }));
        Assert.That(world.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(5)), "the joiner continues at the joined thread's end");
    }

    [Test]
    public void A_joiner_later_than_the_thread_keeps_its_own_time()
    {
        var world = new VirtualWorld();

        Learner.Run(world, () =>
        {
            var probe = new Probe("P", () => Clock.Sleep(TimeSpan.FromSeconds(1)));
            probe.Start();
            Clock.Sleep(TimeSpan.FromSeconds(3));
            probe.Join();
        });

        Assert.That(world.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void Threads_without_a_name_are_named_as_in_Python()
    {
        var world = new VirtualWorld();

        var names = Learner.Run(world, () => new[] { new Probe(null).Name, new Probe("").Name, new Probe("X").Name });

        Assert.That(names, Is.EqualTo(new[] { "Thread-1", "Thread-2", "X" }));
    }

    [Test]
    public void A_thread_is_alive_from_its_start_until_its_end_on_the_askers_clock()
    {
        var world = new VirtualWorld();

        var alive = Learner.Run(world, () =>
        {
            var probe = new Probe("P", () => Clock.Sleep(TimeSpan.FromSeconds(2)));
            var beforeStart = probe.IsAlive;
            probe.Start();
            var running = probe.IsAlive;
            Clock.Sleep(TimeSpan.FromSeconds(1));
            // Waits for the real end of the thread, which in virtual time still has a second to go.
            var endedAtOne = probe.Join(TimeSpan.Zero);
            var stillRunning = probe.IsAlive;
            probe.Join();
            return new[] { beforeStart, running, endedAtOne, stillRunning, probe.IsAlive };
        });

        Assert.That(alive, Is.EqualTo(new[] { false, true, false, true, false }));
    }

    [Test]
    public void A_thread_that_has_not_really_ended_is_alive_whatever_the_clocks_say()
    {
        using var gate = new ManualResetEventSlim();
        var world = new VirtualWorld();

        var aliveWhileBlocked = Learner.Run(world, () =>
        {
            var probe = new Probe("P", () => gate.Wait());
            probe.Start();
            var alive = probe.IsAlive;
            gate.Set();
            probe.Join();
            return alive;
        });

        Assert.That(aliveWhileBlocked, Is.True);
    }

    [TestCase(3, true, 2, TestName = "Join_with_a_timeout_past_the_end_returns_true_at_the_end")]
    [TestCase(2, true, 2, TestName = "Join_with_a_timeout_that_ends_with_the_thread_returns_true")]
    [TestCase(1, false, 1, TestName = "Join_with_a_timeout_before_the_end_returns_false_after_the_timeout")]
    public void Join_with_a_timeout(int timeoutSeconds, bool ended, int elapsedSeconds)
    {
        var world = new VirtualWorld();

        var result = Learner.Run(world, () =>
        {
            var probe = new Probe("P", () => Clock.Sleep(TimeSpan.FromSeconds(2)));
            probe.Start();
            return probe.Join(TimeSpan.FromSeconds(timeoutSeconds));
        });

        Assert.That(result, Is.EqualTo(ended));
        Assert.That(world.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(elapsedSeconds)));
    }

    [Test]
    public void Starting_twice_is_an_error_that_says_what_to_do()
    {
        var world = new VirtualWorld();

        Assert.That(() => Learner.Run(world, () =>
        {
            var probe = new Probe("P");
            probe.Start();
            probe.Start();
        }), Throws.InvalidOperationException.With.Message.EqualTo(
            "Thread 'P' was already started; a thread can be started only once. To run the work again, create a new Probe."));
    }

    [Test]
    public void Joining_before_starting_is_an_error_that_says_what_to_do()
    {
        var world = new VirtualWorld();

        Assert.That(() => Learner.Run(world, () => new Probe("P").Join(TimeSpan.FromSeconds(1))),
            Throws.InvalidOperationException.With.Message.EqualTo("Thread 'P' cannot be joined before it is started: call Start() first."));
    }

    [Test]
    public void An_exception_ends_its_thread_is_reported_and_the_program_goes_on()
    {
        var world = new VirtualWorld();
        Probe? self = null;

        // Not through Learner.Run, which fails a spec on any thread's failure.
        using (world.Enter())
        {
            self = new Probe("P", () => self!.Join());
            self.Start();
            self.Join();
            Output.Print("Done!");
        }

        Assert.That(world.Failures.Select(failure => (failure.Thread, failure.Exception.Message)), Is.EqualTo(new[]
        {
            ("P", "Thread 'P' cannot join itself: it would wait for its own end forever. Join it from another thread."),
        }));
        Assert.That(world.Transcript, Prints.Exactly("Done!"));
    }

    [Test]
    public void In_the_real_world_a_thread_runs_on_an_OS_thread_and_failures_go_to_the_error_output()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var world = new RealWorld(TimeProvider.System, output, errors);
        var runner = Environment.CurrentManagedThreadId;
        var ranOn = 0;

        using (world.Enter())
        {
            var fine = new Probe("F", () => ranOn = Environment.CurrentManagedThreadId);
            var broken = new Probe("B", () => throw new InvalidDataException("bad step"));
            fine.Start();
            broken.Start();
            Assert.That(fine.Join(TimeSpan.FromSeconds(10)) && broken.Join(TimeSpan.FromSeconds(10)), Is.True);
            broken.Join();
            Assert.That(fine.IsAlive, Is.False);
        }

        Assert.That(ranOn, Is.Not.EqualTo(runner).And.Not.Zero);
        Assert.That(output.ToString(), Is.EqualTo("F done" + Environment.NewLine));
        Assert.That(errors.ToString(), Does.StartWith("Exception in thread B:" + Environment.NewLine + "System.IO.InvalidDataException: bad step"));
    }

    private sealed class Probe(string? name, Action? work = null) : KataThread(name)
    {
        protected override void Run()
        {
            work?.Invoke();
            Output.Print($"{Name} done");
        }
    }
}
