using System.Numerics;
using Kata.Machinery;

namespace Kata.Tests.Mistakes;

/// <summary>
/// Code that would end or stall the whole test host if a spec ran it in-process: what
/// <see cref="Support.Containment.CrashProbe"/> must catch in a child process first.
/// </summary>
public static class BrokenCode
{
    public static IReadOnlyDictionary<string, Action> ById { get; } = new Dictionary<string, Action>
    {
        ["stack-overflow"] = () => Output.Print($"total = {RecursiveSum(1, 10_000_000)}"),
        ["environment-exit"] = () => StartAndJoin(() => Environment.Exit(0)),
        ["fail-fast"] = () => StartAndJoin(() => Environment.FailFast("gave up")),
        ["raw-thread-exception"] = RawThreadThatThrows,
        ["busy-spin"] = () => StartAndJoin(new Spinner().Spin),
        ["join-each-other"] = JoinEachOther,
        ["endless-loop-with-sleeps"] = EndlessLoopWithSleeps,
        ["fine"] = () => StartAndJoin(() => Clock.Sleep(TimeSpan.FromSeconds(1))),
        ["fine-again"] = () => StartAndJoin(() => Clock.Sleep(TimeSpan.FromSeconds(2))),
    };

    /// <summary>
    /// A loop with no sleep, so no scheduling point, until its own <see cref="Stop"/>: one spinner per spin, so that a
    /// spin stopped once (at the end of a spec) never makes a later spin return at once.
    /// </summary>
    public sealed class Spinner
    {
        private volatile bool stopped;

        public void Spin()
        {
            while (!stopped)
            {
            }
        }

        public void Stop() => stopped = true;
    }

    public static void StartAndJoin(Action work)
    {
        var thread = new Worker("A", work);
        thread.Start();
        thread.Join();
    }

    public static void JoinEachOther()
    {
        Worker? a = null;
        Worker? b = null;
        a = new Worker("A", () => JoinOnceStarted(b!));
        b = new Worker("B", () => JoinOnceStarted(a));
        a.Start();
        b.Start();
        a.Join();
    }

    /// <summary>As <see cref="JoinEachOther"/>, but waiting for both starts on a real event: on OS threads the
    /// virtual sleeps of the polling loop could run out before the other thread is even started.</summary>
    public static void JoinEachOtherOnceBothStarted()
    {
        using var bothStarted = new ManualResetEventSlim();
        Worker? a = null;
        Worker? b = null;
        a = new Worker("A", () =>
        {
            bothStarted.Wait();
            b!.Join();
        });
        b = new Worker("B", () =>
        {
            bothStarted.Wait();
            a.Join();
        });
        a.Start();
        b.Start();
        bothStarted.Set();
        a.Join();
    }

    public static void JoinItself()
    {
        Worker? a = null;
        a = new Worker("A", () => a!.Join());
        a.Start();
        a.Join();
    }

    public static void EndlessLoopWithSleeps() => StartAndJoin(() =>
    {
        while (true)
        {
            Clock.Sleep(TimeSpan.FromSeconds(1));
        }
    });

    private static void JoinOnceStarted(KataThread other)
    {
        while (!other.IsAlive)
        {
            Clock.Sleep(TimeSpan.FromSeconds(1));
        }

        other.Join();
    }

    private static BigInteger RecursiveSum(long low, long high) => low >= high ? BigInteger.Zero : low + RecursiveSum(low + 1, high);

    private static void RawThreadThatThrows()
    {
        var thread = new Thread(() => throw new InvalidOperationException("a learner's bug on a raw thread"));
        thread.Start();
        thread.Join();
    }
}
