using Kata.Machinery;
using static Kata.Tests.Machinery.VirtualRun;

namespace Kata.Tests.Machinery;

/// <summary>What goes wrong in an async program, each named: blocking waits on the loop, a task nothing completes, an exception, runaways, a delay outside World.Run.</summary>
[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class AsyncMistakeSpecs
{
    [Test]
    public void Result_on_the_loop_is_named_at_the_call()
    {
        var world = new VirtualWorld();

        Assert.That(() => Run(world, () =>
        {
            Clock.Delay(OneSecond).Wait();
            return Task.CompletedTask;
        }), Throws.InstanceOf<BlockingWaitException>().With.Message.Contains(".Result, .Wait() or GetAwaiter().GetResult()"));
    }

    [Test]
    public void Clock_Sleep_on_the_loop_is_named_at_the_call()
    {
        var world = new VirtualWorld();

        Assert.That(() => Run(world, async () =>
        {
            await Clock.Delay(OneSecond);
            Clock.Sleep(OneSecond);
        }), Throws.InstanceOf<BlockingWaitException>().With.Message.Contains("await Clock.Delay"));
        Assert.That(world.Elapsed, Is.EqualTo(OneSecond), "the sleep moved no clock");
    }

    [Test]
    [Category(Mistakes.BrokenCaseSpecs.Category)]
    public void Thread_Sleep_on_the_loop_is_named_at_the_call()
    {
        var world = new VirtualWorld();

        // What the weaver makes of Thread.Sleep in the learner's code (this assembly's machinery specs are not woven).
        Assert.That(() => Run(world, async () =>
        {
            await Clock.Delay(OneSecond);
            Shared.Sleep(1);
        }), Throws.InstanceOf<BlockingWaitException>().With.Message.StartsWith("Thread.Sleep inside async code blocks the event loop's one thread"));
    }

    [Test]
    public void A_task_nothing_completes_is_named_when_the_loop_waits_with_nothing_running()
    {
        var world = new VirtualWorld();

        Assert.That(() => Learner.Run(world, () =>
            {
                World.Current.Run(() => new TaskCompletionSource().Task);
                return true;
            }, new ProcessorWatch(TimeSpan.FromHours(1), TimeSpan.FromSeconds(1))),
            Throws.InstanceOf<InconclusiveException>().With.Message.Contains("a task nobody completes"));
    }

    [Test]
    public void An_exception_in_a_task_is_the_programs()
    {
        var world = new VirtualWorld();

        Assert.That(() => Run(world, async () =>
        {
            await Clock.Delay(OneSecond);
            throw new InvalidOperationException("step 2 failed");
        }), Throws.InvalidOperationException.With.Message.EqualTo("step 2 failed"));
    }

    [Test]
    public void Awaiting_past_the_virtual_hour_is_a_runaway()
    {
        var world = new VirtualWorld();

        Assert.That(() => Run(world, async () =>
        {
            while (true)
            {
                await Clock.Delay(TimeSpan.FromMinutes(1));
            }
        }), Throws.InstanceOf<RunawayException>().With.Message.Contains("60 minutes of virtual time"));
    }

    [Test]
    public void Endless_yields_are_a_runaway()
    {
        var world = new VirtualWorld();

        Assert.That(() => Run(world, async () =>
        {
            while (true)
            {
                await Task.Yield();
            }
        }), Throws.InstanceOf<RunawayException>().With.Message.Contains($"{EventLoop.MaxItems} steps"));
    }

    [Test]
    public void A_delay_outside_an_async_program_is_explained()
    {
        var world = new VirtualWorld();

        Assert.That(() => Learner.Run(world, () => Clock.Delay(OneSecond)),
            Throws.InvalidOperationException.With.Message.Contains("World.Run"));
    }
}
