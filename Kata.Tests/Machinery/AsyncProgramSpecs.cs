using System.Diagnostics;
using Kata.Machinery;
using static Kata.Tests.Machinery.VirtualRun;

namespace Kata.Tests.Machinery;

/// <summary>How an async program runs in a virtual world: on one thread, by a virtual clock, its continuations in order, its leftovers reported.</summary>
[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class AsyncProgramSpecs
{
    [Test]
    public void A_delay_completes_at_its_virtual_moment_without_real_waiting()
    {
        var world = new VirtualWorld();
        var real = Stopwatch.StartNew();

        Run(world, async () =>
        {
            await Clock.Delay(TimeSpan.FromMinutes(30));
            Output.Print("half an hour later");
            await Clock.Delay(TimeSpan.FromMilliseconds(1500));
            Output.Print($"at {Clock.Now:HH:mm:ss.f}");
        });

        Assert.That(world.Lines.Select(line => (line.At, line.Text)), Is.EqualTo(new[]
        {
            (TimeSpan.FromMinutes(30), "half an hour later"),
            (TimeSpan.FromSeconds(1801.5), "at 22:31:10.5"),
        }));
        Assert.That(real.Elapsed, Is.LessThan(TimeSpan.FromMinutes(1)), "no real half hour was waited");
    }

    [Test]
    public void Tasks_awaited_together_take_as_long_as_the_longest_and_run_on_the_one_thread()
    {
        var world = new VirtualWorld();
        var threads = new HashSet<int>();

        Run(world, async () =>
        {
            async Task Steps(string name, int count)
            {
                for (var i = 0; i < count; i++)
                {
                    await Clock.Delay(OneSecond);
                    threads.Add(Environment.CurrentManagedThreadId);
                    Output.Print(name);
                }
            }

            await Task.WhenAll(Steps("a", 2), Steps("b", 3), Steps("c", 1));
        });

        Assert.That(world.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(3)));
        Assert.That(threads, Has.Count.EqualTo(1));
        Assert.That(world.Lines.All(line => line.Thread == VirtualWorld.MainThread), Is.True);
        Assert.That(world.Loop, Is.EqualTo(new LoopReport(0, 0, 3)));
    }

    [Test]
    public void A_continuation_after_ConfigureAwait_false_stays_on_the_loop()
    {
        var world = new VirtualWorld();

        Run(world, async () =>
        {
            await Clock.Delay(OneSecond).ConfigureAwait(false);
            await Clock.Delay(OneSecond).ConfigureAwait(false);
            Output.Print("two seconds");
        });

        Assert.That(world.Lines.Single(), Is.EqualTo(new PrintedLine(TimeSpan.FromSeconds(2), VirtualWorld.MainThread, "two seconds")));
    }

    [Test]
    public void Continuations_due_together_run_in_the_order_they_were_due_unless_a_tester_chooses()
    {
        static IReadOnlyList<string> FiveDueTogether(VirtualWorld world)
        {
            Run(world, () => Task.WhenAll(Enumerable.Range(1, 5).Select(async k =>
            {
                await Clock.Delay(OneSecond);
                Output.Print($"{k}");
            })));
            return world.Transcript;
        }

        Assert.That(FiveDueTogether(new VirtualWorld()), Is.EqualTo(new[] { "1", "2", "3", "4", "5" }));
        Assert.That(FiveDueTogether(new VirtualWorld(new LastFirst())), Is.EqualTo(new[] { "5", "4", "3", "2", "1" }), "a chooser that always picks the last ready item");
    }

    /// <summary>Plain threads, and a tester that always chooses the last of the things that could happen next.</summary>
    private sealed class LastFirst : IThreading
    {
        private readonly OsThreading os = OsThreading.Instance;

        public Thread Create(ThreadStart body) => os.Create(body);

        public void Start(Thread thread) => os.Start(thread);

        public void Join(Thread thread) => os.Join(thread);

        public void Enter(object monitor) => os.Enter(monitor);

        public void Exit(object monitor) => os.Exit(monitor);

        public void Wait(object monitor) => os.Wait(monitor);

        public void PulseAll(object monitor) => os.PulseAll(monitor);

        public void Access(string state, bool write) => os.Access(state, write);

        public int Choose(int count) => count - 1;
    }

    [Test]
    public void Work_posted_from_another_thread_is_run_on_the_loop()
    {
        var world = new VirtualWorld();
        var threads = new List<int>();

        Run(world, async () =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            await Task.Run(() => { });
            threads.Add(Environment.CurrentManagedThreadId);
        });

        Assert.That(threads.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void Async_void_and_work_left_pending_are_reported()
    {
        var world = new VirtualWorld();

        Run(world, () =>
        {
            Forget();
            _ = Clock.Delay(OneSecond);
            return Task.CompletedTask;
        });

        Assert.That(world.Loop, Is.EqualTo(new LoopReport(1, 2, 2)));
        Assert.That(world.Transcript, Is.EqualTo(new[] { "forgotten" }), "work left pending still runs, as the lines after the end show");
    }

    [Test]
    public void Muted_lines_are_not_printed_and_the_rest_are()
    {
        var world = new VirtualWorld();

        Run(world, async () =>
        {
            using (Output.Mute())
            {
                await Task.WhenAll(Print("muted"), Clock.Delay(OneSecond));
            }

            Output.Print("heard");
        });

        Assert.That(world.Transcript, Is.EqualTo(new[] { "heard" }));
    }

    [Test]
    public void The_real_world_runs_an_async_program_to_its_end()
    {
        var output = new StringWriter();
        var world = new RealWorld(TimeProvider.System, output, TextWriter.Null);

        using (world.Enter())
        {
            world.Run(async () =>
            {
                await Task.Yield();
                Output.Print("ended");
            });
        }

        Assert.That(output.ToString(), Is.EqualTo("ended" + Environment.NewLine));
    }

    private static async void Forget()
    {
        await Clock.Delay(OneSecond);
        Output.Print("forgotten");
    }

    private static async Task Print(string line)
    {
        await Task.Yield();
        Output.Print(line);
    }
}
