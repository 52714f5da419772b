using Kata.Machinery;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Machinery;

[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class KataLockSpecs
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Test]
    public void A_lock_without_a_name_is_named_like_Pythons_threads_are()
    {
        var world = new VirtualWorld();

        var names = Learner.Run(world, () => (new KataLock().Name, new KataLock("gate").Name, new KataLock().ToString()));

        Assert.That(names, Is.EqualTo(("lock-1", "gate", "lock-2")));
    }

    [Test]
    public void A_thread_that_waited_for_the_lock_goes_on_from_the_moment_it_was_released()
    {
        var world = new VirtualWorld();

        Learner.Run(world, () =>
        {
            var gate = new KataLock("gate");
            var holder = new Worker("A", () =>
            {
                using (gate.Hold())
                {
                    Clock.Sleep(3 * Second);
                }
            });
            var waiter = new Worker("B", () =>
            {
                Clock.Sleep(Second);
                using (gate.Hold())
                {
                    Output.Print("B holds it");
                }
            });
            holder.Start();
            waiter.Start();
            holder.Join();
            waiter.Join();
        });

        Assert.That(world.Lines.Single(), Is.EqualTo(new PrintedLine(3 * Second, "B", "B holds it")));
        Assert.That(world.Elapsed, Is.EqualTo(3 * Second));
        Assert.That(world.SleptHoldingALock, Is.EqualTo(new SleptHolding("A", "gate")));
        Assert.That(ThreadChecks.Described(world.SleptHoldingALock!), Is.EqualTo("thread 'A' slept while holding lock 'gate'"));
    }

    [Test]
    public void A_lock_released_before_sleeping_is_not_reported_as_held_through_the_sleep()
    {
        var world = new VirtualWorld();

        Learner.Run(world, () =>
        {
            var gate = new KataLock();
            gate.Acquire();
            gate.Release();
            Clock.Sleep(Second);
            using (gate.Hold())
            {
                Clock.Sleep(TimeSpan.Zero);
            }
        });

        Assert.That(world.SleptHoldingALock, Is.Null);
    }

    [Test]
    public void Acquiring_a_lock_its_holder_already_holds_is_an_error_not_a_silent_hang()
    {
        var error = Learner.Run(new VirtualWorld(), () =>
        {
            var gate = new KataLock("gate");
            gate.Acquire();
            return Assert.Throws<InvalidOperationException>(gate.Acquire)!.Message;
        });

        Assert.That(error, Does.StartWith("Thread 'main' already holds lock 'gate' and asked for it again"));
    }

    [Test]
    public void Releasing_a_lock_nobody_holds_is_an_error()
    {
        var error = Learner.Run(new VirtualWorld(), () => Assert.Throws<InvalidOperationException>(new KataLock("gate").Release)!.Message);

        Assert.That(error, Is.EqualTo("Thread 'main' released lock 'gate', which nobody holds. Release only a lock you acquired, once."));
    }

    [Test]
    public void Only_the_holder_releases_a_lock()
    {
        var error = Learner.Run(new VirtualWorld(), () =>
        {
            var gate = new KataLock("gate");
            var holder = new Worker("A", gate.Acquire);
            holder.Start();
            holder.Join();
            return Assert.Throws<InvalidOperationException>(gate.Release)!.Message;
        });

        Assert.That(error, Is.EqualTo("Thread 'main' released lock 'gate', which thread 'A' holds. Only the holder releases a lock."));
    }

    [Test]
    public void A_Held_that_Hold_did_not_return_says_how_to_hold_a_lock()
    {
        Assert.That(() => default(KataLock.Held).Dispose(), Throws.InvalidOperationException.With.Message.Contains("using (gate.Hold())"));
    }

    [Test]
    public void In_the_real_world_the_lock_excludes_other_threads_and_lets_the_next_one_in_after_release()
    {
        var world = new RealWorld(TimeProvider.System, TextWriter.Null, TextWriter.Null);
        using var entered = world.Enter();
        var gate = new KataLock("gate");
        gate.Acquire();
        var tookIt = false;
        var other = new Thread(() =>
        {
            using (gate.Hold())
            {
                tookIt = true;
            }
        });
        other.Start();

        Assert.That(other.Join(TimeSpan.FromMilliseconds(100)), Is.False, "the other thread must wait for the lock");
        gate.Release();
        Assert.That(other.Join(Learner.Backstop), Is.True);
        Assert.That(tookIt, Is.True);
    }

    [Test]
    public void Under_Coyote_a_thread_that_ended_holding_the_lock_is_named_by_the_threads_that_wait_for_it()
    {
        var exploration = Exploration.Run(() =>
        {
            var gate = new KataLock("gate");
            var holder = new Worker("A", gate.Acquire);
            var waiter = new Worker("B", () =>
            {
                Clock.Sleep(Second);
                gate.Acquire();
            });
            holder.Start();
            waiter.Start();
            holder.Join();
            waiter.Join();
        }, _ => { });

        Assert.That(exploration.Failure, Does.StartWith(
            "The threads wait forever and none can go on (a deadlock): thread 'main' waits for thread 'B' to end; " +
            "thread 'B' waits for lock 'gate', which thread 'A' acquired and never released"));
    }

    [Test]
    public void A_thread_started_and_never_joined_is_listed_until_it_is_joined()
    {
        var world = new VirtualWorld();

        var before = Learner.Run(world, () =>
        {
            var a = new Worker("A", () => { });
            var b = new Worker("B", () => { });
            a.Start();
            b.Start();
            b.Join();
            var unjoined = world.NeverJoined;
            a.Join();
            return unjoined;
        });

        Assert.That(before, Is.EqualTo(new[] { "A" }));
        Assert.That(world.NeverJoined, Is.Empty);
    }
}
